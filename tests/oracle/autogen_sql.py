#!/usr/bin/env python3
"""Record the SQL real Alembic emits (offline, PostgreSQL) for each autogenerate case's
recorded revision: expected/upgrade.py and expected/downgrade.py, each run through
alembic_render.py as the body of an upgrade(), written to expected/alembic.json as
{"upgrade": [[sql, ...] per op], "downgrade": ...} or {"upgrade": {"error": "..."}}.

    python3 tests/oracle/autogen_sql.py [tests/autogen/<case> ...]   (default: every case)

The playground runs the revisions it generates; this is what its Alembic front end must
emit for them (compared by crates/rehearse-core/tests/autogen.rs).
"""
import json
import os
import re
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, "..", "autogen"))


def render(body, imports):
    text = "from alembic import op\nimport sqlalchemy as sa\n" + imports + "\n\n\ndef upgrade():\n    " + body + "\n"
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(text)
        path = f.name
    try:
        out = subprocess.run([sys.executable, os.path.join(here, "alembic_render.py"), path],
                             check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    result = json.loads(out)
    if "error" in result:
        # Object addresses in SQLAlchemy's reprs change from run to run.
        return {"error": re.sub(r" at 0x[0-9a-f]+", "", result["error"])}
    return [step["sql"] for step in result["upgrade"]]


def main(cases):
    cases = cases or sorted(os.path.join(root, d) for d in os.listdir(root)
                            if os.path.isfile(os.path.join(root, d, "expected", "upgrade.py")))
    for case in cases:
        expected = os.path.join(case, "expected")
        with open(os.path.join(expected, "imports.txt")) as f:
            imports = f.read().strip()
        record = {}
        for part in ("upgrade", "downgrade"):
            with open(os.path.join(expected, part + ".py")) as f:
                record[part] = render(f.read(), imports)
        with open(os.path.join(expected, "alembic.json"), "w") as f:
            json.dump(record, f, indent=1)
            f.write("\n")
        print(f"{os.path.basename(case)}: SQL recorded")


if __name__ == "__main__":
    main([c.rstrip("/") for c in sys.argv[1:] if c and not c.startswith("--")])
