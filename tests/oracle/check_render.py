#!/usr/bin/env python3
"""Cross-check alembic_render.py against the real `alembic ... --sql` CLI.

    python3 tests/oracle/check_render.py [tests/scenarios/<case> ...]   (default: all)

For every case with a migration.py and a recorded expected/alembic.json, puts
the migration (a bare snippet is wrapped in upgrade()) into a throwaway
project made by `alembic init`, runs `alembic upgrade r1 --sql` and
`alembic downgrade r1:base --sql`, drops BEGIN/COMMIT, the alembic_version
statements and `-- Running ...` comments, and compares the statements with the
recorded steps flattened. Prints OK / MISMATCH per case; exit 1 on mismatch.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

SCENARIOS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scenarios")


def as_revision(src):
    if not re.search(r"^def upgrade", src, re.M):
        body = "".join("    " + l if l.strip() else l for l in src.splitlines(True))
        src = ("from alembic import op\nimport sqlalchemy as sa\n\ndef upgrade():\n"
               + body + "\n\ndef downgrade():\n    pass\n")
    src = re.sub(r"^(revision|down_revision)\b.*$", "", src, flags=re.M)
    return src + "\nrevision = 'r1'\ndown_revision = None\n"


def cli_statements(project, *args):
    p = subprocess.run([sys.executable, "-m", "alembic", *args, "--sql"],
                       cwd=project, capture_output=True, text=True)
    if p.returncode:
        return "ERROR: " + p.stderr.strip().splitlines()[-1]
    out = []
    for chunk in p.stdout.split(";\n\n"):  # static_output writes "<sql>;\n\n"
        s = "\n".join(l for l in chunk.splitlines() if not l.startswith("-- Running")).strip()
        if s and s not in ("BEGIN", "COMMIT") and "alembic_version" not in s:
            out.append(s)
    return out


def main():
    cases = sys.argv[1:] or sorted(glob.glob(os.path.join(SCENARIOS, "*")))
    failed = 0
    with tempfile.TemporaryDirectory() as project:
        subprocess.run([sys.executable, "-m", "alembic", "init", "env"], cwd=project,
                       check=True, capture_output=True)
        ini = os.path.join(project, "alembic.ini")
        text = open(ini).read()
        text = re.sub(r"^sqlalchemy.url = .*$", "sqlalchemy.url = postgresql://u@localhost/db",
                      text, flags=re.M)
        open(ini, "w").write(text)
        for case in cases:
            mig = os.path.join(case, "migration.py")
            rec = os.path.join(case, "expected", "alembic.json")
            if not (os.path.exists(mig) and os.path.exists(rec)):
                continue
            with open(os.path.join(project, "env", "versions", "r1.py"), "w") as f:
                f.write(as_revision(open(mig).read()))
            mine = json.load(open(rec))
            up = cli_statements(project, "upgrade", "r1")
            down = cli_statements(project, "downgrade", "r1:base")
            name = os.path.basename(os.path.normpath(case))
            if "error" in mine:
                ok = isinstance(up, str) or isinstance(down, str)
                print(f"{name}: {'OK' if ok else 'MISMATCH'} (recorded error; CLI: {up if isinstance(up, str) else down})")
            else:
                flat = lambda d: [s for step in mine[d] for s in step["sql"]]
                ok = flat("upgrade") == up and flat("downgrade") == down
                print(f"{name}: {'OK' if ok else 'MISMATCH'}")
                if not ok:
                    print("  recorded:", json.dumps([flat("upgrade"), flat("downgrade")]))
                    print("  cli:     ", json.dumps([up, down]))
            failed += not ok
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
