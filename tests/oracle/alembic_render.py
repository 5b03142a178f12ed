#!/usr/bin/env python3
"""Record the exact SQL that real Alembic emits for a migration, per op call.

    python3 tests/oracle/alembic_render.py path/to/migration.py
    python3 tests/oracle/alembic_render.py path/to/migration.sql

Prints JSON {"upgrade": [STEP...], "downgrade": [STEP...]} with
STEP = {"line": N, "sql": ["...", ...]}: one step per op.* call in the order
the calls run, `line` = 1-based line where the call expression starts, `sql` =
the statements Alembic writes in offline (--sql) mode for PostgreSQL, with the
trailing ";" and surrounding whitespace stripped. If Alembic raises, prints
{"error": "<ExceptionClass>: <message>"} and still exits 0.

A file without `def upgrade` is treated as the body of upgrade() (with `op`
and `sa` predefined); its downgrade is []. A .sql file is split with sqlparse:
one step per statement (upgrade only), comment-only fragments skipped.

How steps are found: every op.* call goes through AbstractOperations.invoke;
the outermost invoke opens a step and all statements written while it runs
belong to it. batch_op.* calls inside `with op.batch_alter_table(...)` also
go through invoke but only queue an entry on the batch; on PostgreSQL
(recreate="auto" never recreates) Alembic replays the queue in order when the
`with` block exits. We tag each queued entry with the step of the batch_op
call that queued it, so the SQL written during the replay is attributed to
that call (its own line), not to the `with` line.
"""
import ast
import contextlib
import io
import json
import os
import sys
import traceback

import sqlalchemy as sa
from alembic import op as alembic_op
from alembic.operations import Operations, batch
from alembic.operations.base import AbstractOperations
from alembic.runtime.migration import MigrationContext


def dump(obj):
    sys.stdout.write(json.dumps(obj, indent=2, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- .sql files

def render_sql(path):
    import sqlparse
    from sqlparse import tokens as T

    text = open(path, encoding="utf-8").read()
    steps, offset = [], 0
    for stmt in sqlparse.parse(text):
        raw = str(stmt)
        # statements are consecutive slices of the input, except that
        # sqlparse drops a whitespace-only tail, so locate each one
        offset = text.index(raw, offset)
        pos, first, last = 0, None, None
        for tok in stmt.flatten():
            if not (tok.is_whitespace or tok.ttype in T.Comment):
                if first is None:
                    first = pos
                last = (pos, tok)
            pos += len(tok.value)
        if first is not None:
            lpos, ltok = last
            end = lpos if ltok.match(T.Punctuation, ";") else lpos + len(ltok.value)
            sql = raw[first:end].strip()
            if sql:
                line = text.count("\n", 0, offset + first) + 1
                steps.append({"line": line, "sql": [sql]})
        offset += len(raw)
    return {"upgrade": steps}


# ------------------------------------------------------------ alembic files

class Recorder:
    """Collects steps; `current` is the step receiving emitted statements."""

    def __init__(self, path, source):
        self.path = os.path.abspath(path)
        self.steps = None
        self.current = None
        self.depth = 0
        # ast.Call nodes keyed by where they end: a CALL instruction's source
        # position ends where its call expression ends, and the node's lineno
        # is where the expression starts (3.11 positions can start later, at
        # the `.attr`, e.g. for `(op\n .add_column(...))`).
        self.calls = {}
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call):
                self.calls.setdefault((node.end_lineno, node.end_col_offset), node.lineno)

    def caller_line(self):
        f = sys._getframe(1)
        while f is not None and os.path.abspath(f.f_code.co_filename) != self.path:
            f = f.f_back
        if f is None:
            return None
        positions = list(f.f_code.co_positions())
        start, end, _col, end_col = positions[f.f_lasti // 2]
        return self.calls.get((end, end_col), start or f.f_lineno)

    def new_step(self):
        line = getattr(self, "forced_line", None) or self.caller_line()
        step = {"line": line, "sql": []}
        self.steps.append(step)
        return step

    def emit(self, text):
        sql = text.strip().removesuffix(";").strip()
        if self.current is None:  # written outside any op call: own step
            self.new_step()["sql"].append(sql)
            return
        self.current["sql"].append(sql)


class TaggedBatch(list):
    """BatchOperationsImpl.batch: remembers which step queued each entry and
    switches the recorder to that step while flush() iterates the queue."""

    recorder = None

    def __init__(self):
        super().__init__()
        self.steps = []

    def append(self, item):
        super().append(item)
        self.steps.append(self.recorder.current)

    def __iter__(self):
        rec = self.recorder
        saved = rec.current
        try:
            for item, step in zip(list.__iter__(self), self.steps):
                rec.current = step
                yield item
        finally:
            rec.current = saved


def install_hooks(rec, ctx):
    orig_invoke = AbstractOperations.invoke

    def invoke(self, operation):
        if rec.depth == 0:
            rec.current = rec.new_step()
        rec.depth += 1
        try:
            return orig_invoke(self, operation)
        finally:
            rec.depth -= 1
            if rec.depth == 0:
                rec.current = None

    AbstractOperations.invoke = invoke

    orig_init = batch.BatchOperationsImpl.__init__

    def batch_init(self, *a, **kw):
        orig_init(self, *a, **kw)
        self.batch = TaggedBatch()

    batch.BatchOperationsImpl.__init__ = batch_init

    # autocommit_block() writes COMMIT on entry and BEGIN on exit, outside any op:
    # both are steps of the `with` line.
    orig_autocommit = type(ctx).autocommit_block

    @contextlib.contextmanager
    def autocommit_block(self):
        line = sys._getframe(2).f_lineno
        rec.forced_line = line
        with orig_autocommit(self):
            rec.forced_line = None
            yield
            rec.forced_line = line
        rec.forced_line = None

    type(ctx).autocommit_block = autocommit_block
    TaggedBatch.recorder = rec
    ctx.impl.static_output = rec.emit


def render_py(path):
    source = open(path, encoding="utf-8").read()
    code = compile(source, os.path.abspath(path), "exec")
    # Same settings as the stock env.py's run_migrations_offline(); the
    # "named" paramstyle is what keeps "%" from being doubled in op.execute().
    ctx = MigrationContext.configure(
        dialect_name="postgresql",
        dialect_opts={"paramstyle": "named"},
        opts={"as_sql": True, "output_buffer": io.StringIO(), "literal_binds": True},
    )
    rec = Recorder(path, source)
    install_hooks(rec, ctx)
    is_revision = "upgrade" in {
        n.name for n in ast.parse(source).body if isinstance(n, ast.FunctionDef)
    }
    ns = {"__name__": "migration", "__file__": path, "op": alembic_op, "sa": sa}
    out = {}
    with Operations.context(ctx):
        if is_revision:
            exec(code, ns)
        for direction in ("upgrade", "downgrade"):
            rec.steps = out[direction] = []
            if is_revision:
                if callable(ns.get(direction)):
                    ns[direction]()
            elif direction == "upgrade":
                exec(code, ns)
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    path = sys.argv[1]
    try:
        result = render_sql(path) if path.endswith(".sql") else render_py(path)
    except Exception as e:  # Alembic (or the migration itself) raised
        if os.environ.get("ALEMBIC_RENDER_DEBUG"):
            traceback.print_exc()
        result = {"error": f"{type(e).__name__}: {e}"}
    dump(result)


if __name__ == "__main__":
    main()
