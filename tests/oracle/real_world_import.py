#!/usr/bin/env python3
"""Copy a project's Alembic revisions from its PyPI packages into the corpus.

    python3 tests/oracle/real_world_import.py tests/real-world/<project>

Reads <project>/project.json:
  "packages": [{"package": "name==version", "versions": "folder/inside/the/wheel"}]
      (and "subfolders": false to leave out the files of the folder's subfolders,
      e.g. an older chain kept beside a squashed one); or, for a project that is
      not on PyPI, {"git": "owner/name", "commit": "<40 hex>", "versions":
      "folder/in/the/repository"}, read with `git archive` from a local clone
      at $REHEARSE_GIT_MIRRORS/owner+name/repo (a bare or normal clone holding
      that commit)
  "oracle_imports": top-level modules the recorder can import besides alembic,
      sqlalchemy, sqlalchemy_utils, alembic_utils and the standard library (they
      come from "oracle_packages", installed by the recorder)
  "leaves": revisions kept without anything after them (Alembic cannot render
      them offline, so the upgrade script ends there)
  "excluded": revisions left out with everything after them (on another branch
      that the upgrade script never reaches, as it stops at a leaf)
  "assume": {"<condition>": true|false}: not read here; the real-world test runs
      the revisions under these assumptions (what the project's own helpers
      returned when the recorder ran them; the reason goes in SOURCE.md)
downloads each wheel with pip (no dependencies), and copies unchanged into
<project>/versions/ (flattened) every revision that imports only what the
oracle can import and whose ancestors are all copied too: a revision importing
the project's own code cannot be rendered by real Alembic here, nor can
anything that depends on it.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from real_world_chain import chain, renderable  # noqa: E402

ALWAYS = {"alembic", "sqlalchemy", "sqlalchemy_utils", "alembic_utils"} | set(sys.stdlib_module_names)


def copy_from_git(package, dest, unpacked):
    """Copies the .py files of `versions` at `commit` from a local clone (flattened)."""
    mirrors = os.environ.get("REHEARSE_GIT_MIRRORS")
    if not mirrors:
        sys.exit("REHEARSE_GIT_MIRRORS must name the folder holding owner+name/repo clones")
    repo = os.path.join(mirrors, package["git"].replace("/", "+"), "repo")
    folder = package["versions"].rstrip("/")
    os.makedirs(dest)
    archive = subprocess.run(["git", "-C", repo, "archive", package["commit"], folder],
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", dest], input=archive, check=True)
    for root, _dirs, files in os.walk(os.path.join(dest, folder)):
        nested = os.path.abspath(root) != os.path.abspath(os.path.join(dest, folder))
        for base in files:
            if base.endswith(".py") and base != "__init__.py" and not (nested and package.get("subfolders") is False):
                shutil.copyfile(os.path.join(root, base), os.path.join(unpacked, base))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    project = sys.argv[1]
    spec = json.load(open(os.path.join(project, "project.json"), encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        unpacked = os.path.join(tmp, "revisions")
        os.makedirs(unpacked)
        wheels = []
        for i, package in enumerate(spec["packages"]):
            dest = os.path.join(tmp, str(i))
            if "git" in package:
                copy_from_git(package, dest, unpacked)
                wheels.append(f"{package['git']}@{package['commit'][:12]}")
                continue
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                 "--only-binary", ":all:", "--dest", dest, package["package"]],
                check=True,
            )
            (wheel,) = [f for f in os.listdir(dest) if f.endswith(".whl")]
            wheels.append(wheel)
            prefix = package["versions"].rstrip("/") + "/"
            with zipfile.ZipFile(os.path.join(dest, wheel)) as z:
                for name in z.namelist():
                    base = os.path.basename(name)
                    nested = "/" in name[len(prefix):]
                    if (name.startswith(prefix) and base.endswith(".py") and base != "__init__.py"
                            and not (nested and package.get("subfolders") is False)):
                        with open(os.path.join(unpacked, base), "wb") as f:
                            f.write(z.read(name))
        order = chain(unpacked)
        allowed = ALWAYS | set(spec.get("oracle_imports", []))
        kept = renderable(order, allowed, set(spec.get("leaves", [])), set(spec.get("excluded", [])))
        out = os.path.join(project, "versions")
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(out)
        for rev in kept:
            shutil.copyfile(rev.path, os.path.join(out, os.path.basename(rev.path)))
        print(f"{os.path.basename(os.path.abspath(project))}: {len(kept)} of {len(order)} revisions from {', '.join(wheels)}")


if __name__ == "__main__":
    main()
