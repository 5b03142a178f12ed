"""The env.py of the real-world corpus's temporary Alembic environments.

The recorder (tests/oracle/record-real-world) writes an env.py that runs this
file. It configures the stock offline (--sql) mode for PostgreSQL, as
alembic_render.py does, and while the real `alembic upgrade heads --sql` runs
it records each revision's own steps with alembic_render.py's hooks: every
statement still goes to Alembic's output (the upgrade script), and while a
revision's upgrade() runs, it is also attributed to that revision's op calls.
The per-revision steps are written as JSON to the path in the environment
variable REHEARSE_RENDERING ({revision: {"file": name, "alembic": {"upgrade":
[STEP...]} or {"error": ...}}}, alembic_render.py's shape).
"""
import functools
import json
import os

from alembic import context
from alembic.ddl.impl import DefaultImpl

from alembic_render import Recorder, install_hooks

# Alembic writes a new table's indexes in the order of `table.indexes`, a set of
# Index objects hashed by identity: the order changes from run to run. Any order
# is Alembic's; we fix one (the table's column order, then the name) so that a
# re-recording is identical. The real-world test compares such runs of CREATE
# INDEX in any order.
class IndexesInColumnOrder(set):
    def __init__(self, table, indexes):
        super().__init__(indexes)
        self.position = {c.name: i for i, c in enumerate(table.columns)}

    def __iter__(self):
        def key(index):
            places = [self.position.get(c.name, len(self.position)) for c in index.columns]
            return (min(places, default=len(self.position)), index.name or "")

        return iter(sorted(set.__iter__(self), key=key))


alembic_create_table = DefaultImpl.create_table


def create_table(self, table, **kw):
    table.indexes = IndexesInColumnOrder(table, table.indexes)
    return alembic_create_table(self, table, **kw)


DefaultImpl.create_table = create_table

context.configure(
    dialect_name="postgresql",
    dialect_opts={"paramstyle": "named"},
    literal_binds=True,
)
ctx = context.get_context()
alembic_output = ctx.impl.static_output
rec = Recorder(__file__, "")
install_hooks(rec, ctx)
recording = [False]


def tee(text):
    alembic_output(text)
    if recording[0]:
        rec.emit(text)


ctx.impl.static_output = tee
results = {}


def recorded(script):
    upgrade = script.module.upgrade

    # Alembic names the step after the function ("-- Running upgrade ..."): keep it.
    @functools.wraps(upgrade)
    def run(*args, **kwargs):
        source = open(script.path, encoding="utf-8").read()
        name = os.path.basename(script.path)
        Recorder.__init__(rec, script.path, source)
        rec.steps = []
        recording[0] = True
        try:
            upgrade(*args, **kwargs)
        except Exception as e:
            results[script.revision] = {"file": name, "alembic": {"error": f"{type(e).__name__}: {e}"}}
            raise
        finally:
            recording[0] = False
        results[script.revision] = {"file": name, "alembic": {"upgrade": rec.steps}}

    return run


for script in context.script.walk_revisions():
    script.module.upgrade = recorded(script)

try:
    with context.begin_transaction():
        context.run_migrations()
finally:
    with open(os.environ["REHEARSE_RENDERING"], "w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False)
