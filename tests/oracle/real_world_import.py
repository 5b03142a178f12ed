#!/usr/bin/env python3
"""Copy a project's Alembic revisions from its PyPI package into the corpus.

    python3 tests/oracle/real_world_import.py tests/real-world/<project>

Reads <project>/project.json ({"package": "name==version", "versions":
"path/inside/the/wheel", "stop_before": "<revision id>" or null}), downloads
that wheel with pip (no dependencies), and copies the revision files unchanged
into <project>/versions/ (flattened), in chain order from the first revision up
to, not including, `stop_before`. Files are copied byte for byte.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from real_world_chain import chain  # noqa: E402


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    project = sys.argv[1]
    spec = json.load(open(os.path.join(project, "project.json"), encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             "--only-binary", ":all:", "--dest", tmp, spec["package"]],
            check=True,
        )
        (wheel,) = [f for f in os.listdir(tmp) if f.endswith(".whl")]
        prefix = spec["versions"].rstrip("/") + "/"
        unpacked = os.path.join(tmp, "unpacked")
        with zipfile.ZipFile(os.path.join(tmp, wheel)) as z:
            z.extractall(unpacked, [n for n in z.namelist() if n.startswith(prefix)])
        order = chain(os.path.join(unpacked, prefix))
        out = os.path.join(project, "versions")
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(out)
        copied = 0
        for rev in order:
            if rev.id == spec.get("stop_before"):
                break
            shutil.copyfile(rev.path, os.path.join(out, os.path.basename(rev.path)))
            copied += 1
        print(f"{os.path.basename(os.path.abspath(project))}: {copied} of {len(order)} revisions from {wheel}")


if __name__ == "__main__":
    main()
