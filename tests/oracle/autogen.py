#!/usr/bin/env python3
"""Oracle for `alembic revision --autogenerate`: records what real Alembic writes.

    tests/oracle/record-autogen [tests/autogen/<case> ...]        (the usual entry point)
    python3 tests/oracle/autogen.py --url URL [--verify-cli] [tests/autogen/<case> ...]

For each case folder (default: every tests/autogen/*/ holding a model.py):

1. reset the database (``DROP SCHEMA public CASCADE; CREATE SCHEMA public``) and run the
   case's ``setup.sql`` (split into statements with sqlparse);
2. import ``model.py`` as a fresh module and take ``Base.metadata`` as target_metadata;
   if the import fails (or there is no ``Base``) the case fails and nothing is written;
3. configure a MigrationContext on that connection with exactly the options a stock
   ``env.py`` online mode passes (``context.configure(connection=connection,
   target_metadata=target_metadata)``, everything else at EnvironmentContext.configure's
   defaults: compare_type=True, compare_server_default=False, include_schemas=False,
   sqlalchemy_module_prefix="sa.", alembic_module_prefix="op.", user_module_prefix=None,
   render_item=None, render_as_batch=False), then ``produce_migrations(ctx, metadata)``;
4. render the upgrade and downgrade bodies the way the revision command does: one
   ``AutogenContext(ctx)`` and ``render._render_python_into_templatevars`` (the function
   ``RevisionContext._to_script`` calls), which fills ``upgrades``, ``downgrades`` and
   ``imports`` for ``script.py.mako``. Each body is also checked to equal
   ``alembic.autogenerate.render_python_code(ops, migration_context=ctx)`` (the public
   API; it must be given the PostgreSQL migration context, otherwise it renders against
   SQLAlchemy's DefaultDialect);
5. write ``expected/upgrade.py`` and ``expected/downgrade.py`` (the body strings verbatim:
   first line unindented, later lines indented by 4, no trailing newline) and
   ``expected/imports.txt`` (the sorted imports, one per line, newline-terminated; empty
   file when there are none).

Note on imports: ``produce_migrations(...).imports`` is always empty (it only carries
imports a ``process_revision_directives`` hook adds); the imports the revision file gets
(``from sqlalchemy.dialects import postgresql`` ...) are collected in the AutogenContext
while the ops are rendered. imports.txt records the latter, i.e. the template's
``${imports}``.

Verification against the real command: ``--verify-cli`` additionally runs, per case, in a
temporary directory, ``alembic init alembic`` (stock "generic" template), points
``sqlalchemy.url`` in alembic.ini at the same database, replaces ``target_metadata = None``
in env.py with the case's ``Base.metadata``, runs ``alembic revision --autogenerate`` and
compares the upgrade() body, the downgrade() body and the imports block of the generated
revision file byte for byte with what this script records. Done on 2026-11-26 with
alembic 1.20.1 / SQLAlchemy 2.1.9 / pg8000 1.31.6 on PGlite 0.5.16: all 39 cases
identical (bodies and imports), so the normal run uses the API only (2 s for the corpus
instead of 51 s). Re-run ``tests/oracle/record-autogen --verify-cli`` after upgrading
Alembic or SQLAlchemy.

Determinism: Alembic emits a few kinds of ops in Python set-iteration order, which
changes with PYTHONHASHSEED (see ``order_hazards``); a case that would depend on it fails
instead of being recorded. Everything else was checked to record identically under
several PYTHONHASHSEED values. Alembic's UserWarnings (e.g. "drop_constraint() directive
for an unnamed constraint") are counted in the summary line; the rendered text already
carries them as ``# WARNING`` comments.

Which PostgreSQL: PGlite (PostgreSQL 18.6, the product's reference) served over the wire
protocol by npm @electric-sql/pglite-socket 0.2.17 (tests/oracle/pglite_socket.mjs),
reached with the pure-Python pg8000 driver as ``postgresql+pg8000://postgres@127.0.0.1:
<port>/postgres``. SQLAlchemy's reflection queries, pg8000's extended-protocol statements
and the Alembic CLI's own engine all work on it unchanged. PGlite serves one connection
at a time, so the harness uses a NullPool engine and holds one connection per case, closed
before the CLI check connects.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import time
import traceback
import warnings
from pathlib import Path

import sqlalchemy as sa
import sqlparse
from alembic.autogenerate import produce_migrations, render_python_code
from alembic.autogenerate import render as alembic_render
from alembic.autogenerate.api import AutogenContext
from alembic.operations import ops
from alembic.runtime.migration import MigrationContext
from sqlalchemy.pool import NullPool

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "autogen"

# What EnvironmentContext.configure(connection=..., target_metadata=...) puts into the
# MigrationContext's opts when env.py passes nothing else (alembic 1.20.1).
STOCK_OPTS = {
    "transaction_per_migration": False,
    "include_name": None,
    "include_object": None,
    "include_schemas": False,
    "render_as_batch": False,
    "upgrade_token": "upgrades",
    "downgrade_token": "downgrades",
    "sqlalchemy_module_prefix": "sa.",
    "alembic_module_prefix": "op.",
    "user_module_prefix": None,
    "literal_binds": False,
    "process_revision_directives": None,
    "on_version_apply": (),
    "compare_type": True,
    "compare_server_default": False,
}


class CaseError(Exception):
    pass


def load_metadata(model: Path, index: int) -> sa.MetaData:
    name = f"_rehearse_autogen_model_{index}"
    spec = importlib.util.spec_from_file_location(name, model)
    if spec is None or spec.loader is None:
        raise CaseError(f"cannot load {model}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        raise CaseError(
            f"model.py failed to import: {type(exc).__name__}: {exc}\n"
            + traceback.format_exc()
        ) from exc
    finally:
        sys.modules.pop(name, None)
    base = getattr(module, "Base", None)
    metadata = getattr(base, "metadata", None)
    if not isinstance(metadata, sa.MetaData):
        raise CaseError("model.py defines no Base with a MetaData")
    if not metadata.tables:
        raise CaseError("model.py's Base.metadata has no tables")
    return metadata


def setup_statements(setup: Path) -> list[str]:
    text = setup.read_text()
    stmts = [s.strip().rstrip(";").strip() for s in sqlparse.split(text)]
    return [s for s in stmts if s and sqlparse.format(s, strip_comments=True).strip()]


def reset_and_setup(conn: sa.Connection, setup: Path) -> None:
    conn.exec_driver_sql("DROP SCHEMA public CASCADE")
    conn.exec_driver_sql("CREATE SCHEMA public")
    for stmt in setup_statements(setup):
        try:
            conn.exec_driver_sql(stmt)
        except Exception as exc:
            raise CaseError(f"setup.sql failed on:\n{stmt}\n{exc}") from exc
    conn.commit()


def order_hazards(upgrade_ops: ops.UpgradeOps) -> list[str]:
    """Places where Alembic 1.20.1 emits ops in Python set-iteration order, which depends
    on PYTHONHASHSEED and so differs from run to run: removed tables
    (compare/tables.py, ``conn_table_names.difference``), removed columns of one table
    (``set(conn_col_names).difference``), added or removed foreign keys of one table
    (compare/constraints.py, ``set(..._fks_by_sig)``) and unnamed unique constraints
    added to one table. A case with two or more of one kind has no single right answer,
    so the corpus must not contain one."""
    found = []
    dropped_tables = [o.table_name for o in upgrade_ops.ops if isinstance(o, ops.DropTableOp)]
    if len(dropped_tables) > 1:
        found.append(f"{len(dropped_tables)} tables dropped ({', '.join(dropped_tables)})")
    for group in upgrade_ops.ops:
        if not isinstance(group, ops.ModifyTableOps):
            continue
        kinds = {
            "columns dropped": [o for o in group.ops if isinstance(o, ops.DropColumnOp)],
            "foreign keys added": [o for o in group.ops if isinstance(o, ops.CreateForeignKeyOp)],
            "foreign keys dropped": [
                o for o in group.ops
                if isinstance(o, ops.DropConstraintOp) and o.constraint_type == "foreignkey"
            ],
            "unnamed unique constraints added": [
                o for o in group.ops
                if isinstance(o, ops.CreateUniqueConstraintOp) and o.constraint_name is None
            ],
        }
        for kind, found_ops in kinds.items():
            if len(found_ops) > 1:
                found.append(f"{len(found_ops)} {kind} on {group.table_name}")
    return found


def autogenerate(conn: sa.Connection, metadata: sa.MetaData) -> tuple[str, str, list[str]]:
    ctx = MigrationContext.configure(
        connection=conn, opts={**STOCK_OPTS, "target_metadata": metadata}
    )
    script = produce_migrations(ctx, metadata)
    hazards = order_hazards(script.upgrade_ops)
    if hazards:
        raise CaseError(
            "Alembic orders these ops by Python set iteration (differs per PYTHONHASHSEED); "
            "keep at most one of each kind per table in a case: " + "; ".join(hazards)
        )
    if script.imports:
        raise CaseError(f"unexpected migration_script.imports: {script.imports}")
    autogen_context = AutogenContext(ctx, autogenerate=True)
    autogen_context.imports = set()
    template_args: dict = {}
    alembic_render._render_python_into_templatevars(autogen_context, script, template_args)
    up, down = template_args["upgrades"], template_args["downgrades"]
    imports = sorted(autogen_context.imports)
    assert template_args["imports"] == "\n".join(imports)
    # The public API, given the same PostgreSQL context, must agree.
    for ops, body in ((script.upgrade_ops, up), (script.downgrade_ops, down)):
        api = render_python_code(ops, migration_context=ctx)
        if api != body:
            raise CaseError(f"render_python_code differs from the revision renderer:\n{api}\n---\n{body}")
    conn.rollback()
    return up, down, imports


def connect(engine: sa.Engine) -> sa.Connection:
    """One connection; retried briefly because the PGlite socket server rejects a new
    client ("Too many connections") until it has processed the previous one's close."""
    deadline = time.monotonic() + 10
    while True:
        try:
            return engine.connect()
        except sa.exc.DBAPIError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def alembic_cli() -> list[str]:
    return [sys.executable, "-m", "alembic"]


def verify_cli(url: str, model: Path, up: str, down: str, imports: list[str]) -> None:
    """Runs the real `alembic init` + `alembic revision --autogenerate` and compares."""
    with tempfile.TemporaryDirectory(prefix="rehearse-autogen-") as tmp:
        def run(*args: str) -> None:
            for attempt in range(20):
                r = subprocess.run([*alembic_cli(), *args], cwd=tmp, capture_output=True, text=True)
                if r.returncode == 0:
                    return
                if "network error" not in r.stderr:  # see connect()
                    break
                time.sleep(0.1)
            raise CaseError(f"alembic {' '.join(args)} failed:\n{r.stdout}{r.stderr}")

        run("init", "alembic")
        ini = Path(tmp, "alembic.ini")
        text = ini.read_text()
        text, n = re.subn(r"(?m)^sqlalchemy\.url = .*$", lambda _: f"sqlalchemy.url = {url}", text)
        assert n == 1, "alembic.ini template changed"
        ini.write_text(text)
        env = Path(tmp, "alembic", "env.py")
        text = env.read_text()
        hook = (
            "import importlib.util as _ilu\n"
            f"_spec = _ilu.spec_from_file_location('model', {str(model)!r})\n"
            "_model = _ilu.module_from_spec(_spec)\n"
            "_spec.loader.exec_module(_model)\n"
            "target_metadata = _model.Base.metadata\n"
        )
        assert text.count("target_metadata = None\n") == 1, "env.py template changed"
        env.write_text(text.replace("target_metadata = None\n", hook))
        run("revision", "--autogenerate", "-m", "oracle check")
        [rev] = list(Path(tmp, "alembic", "versions").glob("*.py"))
        src = rev.read_text()
        m = re.search(
            r'import sqlalchemy as sa\n(.*?)\n\n# revision identifiers.*?'
            r'def upgrade\(\) -> None:\n    """Upgrade schema."""\n    (.*?)\n\n\n'
            r'def downgrade\(\) -> None:\n    """Downgrade schema."""\n    (.*)\n\Z',
            src,
            re.S,
        )
        if not m:
            raise CaseError(f"unexpected revision file layout:\n{src}")
        got_imports, got_up, got_down = m.group(1), m.group(2), m.group(3)
        problems = []
        if got_up != up:
            problems.append(f"upgrade differs:\nCLI:\n{got_up}\nAPI:\n{up}")
        if got_down != down:
            problems.append(f"downgrade differs:\nCLI:\n{got_down}\nAPI:\n{down}")
        if got_imports != "\n".join(imports):
            problems.append(f"imports differ: CLI {got_imports!r}, API {imports!r}")
        if problems:
            raise CaseError("\n".join(problems))


def count_ops(body: str) -> int:
    return sum(1 for line in body.splitlines() if line.strip().startswith("op."))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases", nargs="*", help="case folders (default: every tests/autogen/*/)")
    ap.add_argument("--url", default=os.environ.get("REHEARSE_AUTOGEN_URL"),
                    help="SQLAlchemy URL of the PostgreSQL to use (env REHEARSE_AUTOGEN_URL)")
    ap.add_argument("--verify-cli", action="store_true",
                    help="also compare each case with a real `alembic revision --autogenerate`")
    args = ap.parse_args()
    if not args.url:
        print("no database: pass --url or run tests/oracle/record-autogen", file=sys.stderr)
        return 2

    dirs = [Path(c) for c in args.cases] or sorted(
        p.parent for p in CORPUS.glob("*/model.py")
    )
    if not dirs:
        print("autogen: no cases found", file=sys.stderr)
        return 1

    engine = sa.create_engine(args.url, poolclass=NullPool)
    failed = 0
    started = time.monotonic()
    conn: sa.Connection | None = None
    for index, case in enumerate(dirs):
        name = case.name
        try:
            model, setup = case / "model.py", case / "setup.sql"
            for f in (model, setup):
                if not f.is_file():
                    raise CaseError(f"missing {f.name}")
            metadata = load_metadata(model.resolve(), index)
            if conn is None or conn.closed or conn.invalidated:
                conn = connect(engine)
            reset_and_setup(conn, setup)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                up, down, imports = autogenerate(conn, metadata)
            if args.verify_cli:
                conn.close()  # PGlite serves one client at a time
                verify_cli(args.url, model.resolve(), up, down, imports)
            out = case / "expected"
            out.mkdir(exist_ok=True)
            (out / "upgrade.py").write_text(up)
            (out / "downgrade.py").write_text(down)
            (out / "imports.txt").write_text("".join(f"{i}\n" for i in imports))
            print(
                f"{name}: {count_ops(up)} upgrade op(s), {count_ops(down)} downgrade op(s), "
                f"{len(imports)} import(s)"
                + (f", {len({str(w.message) for w in caught})} alembic warning(s)" if caught else "")
                + (", same as alembic CLI" if args.verify_cli else "")
            )
        except Exception as exc:  # noqa: BLE001 - report every case, fail at the end
            failed += 1
            detail = str(exc) if isinstance(exc, CaseError) else traceback.format_exc()
            print(f"{name}: FAILED: {detail}", file=sys.stderr)
            print(f"{name}: FAILED")
    if conn is not None:
        conn.close()
    engine.dispose()
    total = len(dirs)
    print(
        f"autogen: {total} cases, {total - failed} recorded, {failed} failed "
        f"({time.monotonic() - started:.1f} s)"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
