#!/usr/bin/env python3
"""Render every op-call form in forms.txt through real Alembic (offline / --sql
mode, PostgreSQL dialect) and record the exact statements it emits.

Usage:
    python3 render_forms.py            # writes forms.json (stock env.py config)
    python3 render_forms.py --variant pyformat   # writes forms.pyformat.json

Configurations
--------------
* ``stock`` (default, -> forms.json): exactly what the stock ``generic``
  template's ``run_migrations_offline()`` does, i.e.
  ``context.configure(url="postgresql://...", literal_binds=True,
  dialect_opts={"paramstyle": "named"})``.  This is what ``alembic upgrade
  --sql`` prints for a project created with ``alembic init``.
* ``pyformat`` (-> forms.pyformat.json): the same but WITHOUT
  ``dialect_opts`` (the dialect keeps its default ``pyformat`` paramstyle).
  The only observable difference is that literal ``%`` characters in
  compiled SQL statements (op.execute, bulk_insert values, ...) are doubled.

forms.txt format
----------------
Entries are separated by a line consisting solely of ``---``.  Lines that
start with ``#`` (column 0) are comments and are dropped before the entry
text is used.  Each entry is Python source (usually one expression, but
``with`` blocks are allowed) and is ``exec``'d with::

    from alembic import op; import sqlalchemy as sa
    from sqlalchemy.dialects import postgresql; import datetime, decimal

A fresh MigrationContext is built for every entry.

Capture
-------
Every string Alembic writes goes through ``impl.static_output(text)``, which
appends ``"\\n\\n"``; SQL statements arrive there as
``str(compiled).replace("\\t", "    ").strip() + ";"``.  We record one list
element per ``static_output`` call, with the single trailing ``;`` command
terminator that Alembic appended removed and surrounding whitespace
stripped.  The real file output for an entry is therefore
``"".join(s + ";\\n\\n" for s in sql)`` -- this is asserted for each entry.

Output record per entry:
    {"op": text, "sql": [...]}                          on success
    {"op": text, "error": "ExcType: message"}           when Alembic raises
      (+ "partial_sql": [...] if statements were emitted before the raise)
    (+ "warnings": ["WarningType: message", ...] if any warning was issued)
    (+ "order_unstable": true, see below)
  Memory addresses in error messages are normalised to "at 0x...".

Statement order that Alembic leaves to chance
---------------------------------------------
Alembic iterates ``Table.indexes`` (create_table, add_column) and
``Table.constraints`` (add_column) which are plain Python ``set``s, so the
relative order of e.g. several CREATE INDEX statements after a CREATE TABLE
depends on memory addresses and differs from run to run.  Each entry is
therefore rendered REPEATS times with the heap perturbed in between, plus once
with those sets made insertion-ordered (``sqlalchemy.sql.schema.set`` shadowed
by ``OrderedSet``).  The insertion-ordered ("declaration order") render is the
one recorded in "sql"; if the plain renders disagree with it or with each
other, the entry gets ``"order_unstable": true`` (it is asserted that every
observed render is a permutation of the recorded one).

State shared between op calls
-----------------------------
Every entry gets a fresh MigrationContext.  NB: in a real ``alembic upgrade
--sql`` run ONE context (and its ``impl.memo``) spans all revisions, so a
named PostgreSQL ENUM/DOMAIN is CREATEd by op.create_table only the first time
its (schema, name) is seen in the whole run.  Entries with several op calls
show this.
"""
import io
import json
import os
import re
import sys
import warnings

import sqlalchemy.sql.schema as sa_schema_module
from sqlalchemy.util import OrderedSet

from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext

HERE = os.path.dirname(os.path.abspath(__file__))

PRELUDE = (
    "from alembic import op\n"
    "import sqlalchemy as sa\n"
    "from sqlalchemy.dialects import postgresql\n"
    "import datetime, decimal\n"
)


def parse_forms(path):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    entries, cur = [], []
    for line in lines:
        if line.strip() == "---":
            entries.append(cur)
            cur = []
        elif line.startswith("#"):
            continue
        else:
            cur.append(line)
    entries.append(cur)
    out = []
    for e in entries:
        text = "\n".join(e).strip("\n")
        if text.strip():
            out.append(text)
    return out


def make_context(variant, buf):
    dialect_opts = {"paramstyle": "named"} if variant == "stock" else {}
    return MigrationContext.configure(
        dialect_name="postgresql",
        opts={"as_sql": True, "output_buffer": buf, "literal_binds": True},
        dialect_opts=dialect_opts,
    )


def render(text, variant, ordered=False):
    """Render one entry.  ordered=True makes SQLAlchemy's Table.indexes /
    Table.constraints (plain ``set``s, iterated by Alembic) insertion-ordered,
    which yields the declaration order for the statements whose order Alembic
    otherwise leaves to set-iteration (memory-address) order."""
    if ordered:
        sa_schema_module.set = OrderedSet
    try:
        return _render(text, variant)
    finally:
        if ordered:
            del sa_schema_module.set


def _render(text, variant):
    buf = io.StringIO()
    ctx = make_context(variant, buf)
    captured = []
    orig = ctx.impl.static_output

    def static_output(s):
        captured.append(s)
        orig(s)

    ctx.impl.static_output = static_output
    rec = {"op": text}
    env = {}
    exec(PRELUDE, env)
    with warnings.catch_warnings(record=True) as wlist:
        warnings.simplefilter("always")
        try:
            with Operations.context(ctx):
                exec(compile(text, "<form>", "exec"), env)
        except Exception as exc:  # noqa: BLE001
            msg = re.sub(r" at 0x[0-9a-fA-F]+", " at 0x...", str(exc).strip())
            rec["error"] = "%s: %s" % (type(exc).__name__, msg)
        ws = ["%s: %s" % (w.category.__name__, w.message) for w in wlist]

    stmts = []
    for s in captured:
        s2 = s
        if s2.endswith(ctx.impl.command_terminator):
            s2 = s2[: -len(ctx.impl.command_terminator)]
        else:
            raise AssertionError("static_output without terminator: %r" % s)
        stmts.append(s2.strip())
    # byte-exact reconstruction check
    assert buf.getvalue() == "".join(s + "\n\n" for s in captured)
    assert all(s == s.strip() for s in captured), captured

    if "error" in rec:
        if stmts:
            rec["partial_sql"] = stmts
    else:
        rec["sql"] = stmts
    if ws:
        rec["warnings"] = ws
    return rec


REPEATS = 24
_keep_alive = []


def render_checked(text, variant):
    """Canonical (declaration-order) render + REPEATS plain renders with the
    heap perturbed between them, to detect statements whose relative order
    Alembic leaves to Python set iteration."""
    canonical = render(text, variant, ordered=True)
    seen = []
    for i in range(REPEATS):
        _keep_alive.append([object() for _ in range(7 * i + 1)])
        rec = render(text, variant)
        if rec not in seen:
            seen.append(rec)
    if seen == [canonical]:
        return canonical
    # every observed render must be the canonical one up to statement order
    key = lambda r: (r.get("error"), sorted(r.get("sql", []) + r.get("partial_sql", [])))
    for rec in seen:
        assert key(rec) == key(canonical), (text, rec, canonical)
    canonical = dict(canonical)
    canonical["order_unstable"] = True
    return canonical


def main():
    variant = "stock"
    if "--variant" in sys.argv:
        variant = sys.argv[sys.argv.index("--variant") + 1]
    assert variant in ("stock", "pyformat")
    forms = parse_forms(os.path.join(HERE, "forms.txt"))
    results = [render_checked(t, variant) for t in forms]
    name = "forms.json" if variant == "stock" else "forms.%s.json" % variant
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        json.dump(results, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    nerr = sum(1 for r in results if "error" in r)
    print("%s: %d forms, %d errors" % (name, len(results), nerr))


if __name__ == "__main__":
    main()
