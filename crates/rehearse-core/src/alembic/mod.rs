//! The Alembic front end: a revision file (or a bare snippet of `op.*` lines) parsed
//! with a real Python parser, its `upgrade()` / `downgrade()` bodies turned into steps,
//! each carrying the SQL Alembic emits for that call on PostgreSQL (offline mode).
//!
//! The file runs as Python (`py/`): module-level constants, tables, enums and helper
//! functions are defined first, then `upgrade()` / `downgrade()` are called; each
//! `op.*` / `batch_op.*` call and each `conn.execute(...)` becomes a step at the call's
//! own line (also inside helpers and loops), as real Alembic's recorder sees them.
//!
//! A condition that depends on code outside the file is refused, naming it, unless the
//! user assumed its value (`crate::assume`); the revision lists the assumptions each
//! direction used.
//!
//! **Invariant:** nothing is skipped silently. What the playground does not run (a
//! module-level op call, reading query results, an unknown call, a construct the
//! interpreter lacks) is an [`InputError`] naming it, with its line and column.

mod args;
pub mod chain;
pub mod core_sql;
pub mod nesting;
pub mod ops;
pub mod py;
pub mod sa;

use crate::assume::Assumption;
use crate::plan::PlannedStep;
use py::Py;
use rehearse_engine::error::{InputError, Source};
use rustpython_parser::ast;

/// A revision's steps.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    /// `upgrade()` steps.
    pub upgrade: Vec<PlannedStep>,
    /// `downgrade()` steps.
    pub downgrade: Vec<PlannedStep>,
    /// Why `downgrade()` cannot run, if it cannot (as with Alembic, where a downgrade
    /// such as `drop_constraint(None, ...)` fails only when it is run).
    pub downgrade_error: Option<InputError>,
    /// The assumptions `upgrade()` (and the module around it) used.
    pub upgrade_assumptions: Vec<Assumption>,
    /// The assumptions `downgrade()` (and the module around it) used.
    pub downgrade_assumptions: Vec<Assumption>,
}

/// Parses a revision file or snippet.
pub fn parse(source: &str) -> Result<Revision, InputError> {
    parse_assuming(source, &[])
}

/// Parses a revision file or snippet, with the conditions `assumptions` name taking
/// the values stated.
pub fn parse_assuming(source: &str, assumptions: &[Assumption]) -> Result<Revision, InputError> {
    let (suite, ev) = py::parse_module(source, "migration.py", Source::Migration)?;
    ev.assume(assumptions);
    let has = |name: &str| {
        suite
            .iter()
            .any(|s| matches!(s, ast::Stmt::FunctionDef(f) if f.name.as_str() == name))
    };
    if !has("upgrade") && !has("downgrade") {
        // A snippet: the body of upgrade().
        ev.start_effects();
        let result = ev.run(&suite);
        let steps = ev.take_effects();
        result?;
        return Ok(Revision {
            upgrade: steps,
            downgrade: Vec::new(),
            downgrade_error: None,
            upgrade_assumptions: ev.take_used_assumptions(),
            downgrade_assumptions: Vec::new(),
        });
    }
    // Module level: constants, tables, enums and functions are defined; an op call
    // there is refused (no steps are being recorded).
    ev.run(&suite)?;
    let module_assumptions = ev.take_used_assumptions();
    let with_module = |used: Vec<Assumption>| {
        let mut all = module_assumptions.clone();
        used.into_iter()
            .for_each(|a| crate::assume::add(&mut all, a));
        all
    };
    let direction = |name: &str| -> Result<Vec<PlannedStep>, InputError> {
        let Some(Py::Function(_)) = ev.global(name) else {
            return Ok(Vec::new());
        };
        let Some(f) = suite.iter().find_map(|s| match s {
            ast::Stmt::FunctionDef(f) if f.name.as_str() == name => Some(f),
            _ => None,
        }) else {
            return Ok(Vec::new());
        };
        ev.start_effects();
        let result = ev.call_global(f);
        let steps = ev.take_effects();
        result.map(|()| steps)
    };
    let upgrade = direction("upgrade")?;
    let upgrade_assumptions = with_module(ev.take_used_assumptions());
    let (downgrade, downgrade_error) = match direction("downgrade") {
        Ok(steps) => (steps, None),
        Err(e) => (Vec::new(), Some(e)),
    };
    Ok(Revision {
        upgrade,
        downgrade,
        downgrade_error,
        upgrade_assumptions,
        downgrade_assumptions: with_module(ev.take_used_assumptions()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_and_revision_give_the_same_steps() {
        let snippet =
            "op.add_column(\"applications\", sa.Column(\"notes\", sa.Text(), nullable=True))\n";
        let rev = parse(snippet).unwrap();
        assert_eq!(rev.upgrade.len(), 1);
        assert_eq!(
            rev.upgrade[0].sql,
            vec!["ALTER TABLE applications ADD COLUMN notes TEXT".to_string()]
        );
        assert_eq!(rev.upgrade[0].span.line, 1);
    }

    #[test]
    fn upgrade_is_called_with_no_arguments() {
        let rev =
            parse("def upgrade(prefix='x_', *args, **kw):\n    op.drop_table(prefix + 't')\n")
                .unwrap();
        assert_eq!(rev.upgrade[0].sql, vec!["DROP TABLE x_t".to_string()]);
        // As Python words it when Alembic calls `upgrade()`.
        let err = parse("def upgrade(a, b, c, *, d):\n    pass\n").unwrap_err();
        assert!(
            err.message
                .contains("upgrade() missing 3 required positional arguments: 'a', 'b', and 'c'"),
            "{}",
            err.message
        );
        let err = parse("def upgrade(*, d):\n    pass\n").unwrap_err();
        assert!(
            err.message
                .contains("upgrade() missing 1 required keyword-only argument: 'd'"),
            "{}",
            err.message
        );
    }

    #[test]
    fn a_data_table_refuses_what_sqlalchemy_writes_into_its_statements() {
        // Python-side defaults and sequences become values in the INSERT/UPDATE
        // SQLAlchemy writes; constraints change nothing.
        for (column, word) in [
            ("sa.Column('w', sa.Float(), default=1.0)", "default="),
            ("sa.Column('w', sa.Float(), onupdate=2.0)", "onupdate="),
            ("sa.Column('w', sa.Integer(), sa.Sequence('s'))", "nextval"),
        ] {
            let src = format!(
                "t = sa.Table('t', sa.MetaData(), sa.Column('n', sa.String()), {column}, sa.PrimaryKeyConstraint('n'))\n\
                 def upgrade():\n    op.execute(t.update().values(n='a'))\n"
            );
            let err = parse(&src).unwrap_err();
            assert!(err.message.contains(word), "{}", err.message);
            assert_eq!(err.span.line, 3);
        }
    }

    #[test]
    fn a_second_table_object_of_the_same_name_is_refused() {
        // SQLAlchemy writes `UPDATE t SET a='y' FROM t WHERE t.b = 'x'` for this.
        let err = parse("op.execute(sa.table('t', sa.column('a'), sa.column('b')).update().where(sa.table('t', sa.column('b')).c.b == op.inline_literal('x')).values(a=op.inline_literal('y')))\n").unwrap_err();
        assert!(err.message.contains("second FROM"), "{}", err.message);
        // The same table value is the same table.
        let rev = parse("t = sa.table('t', sa.column('a'), sa.column('b'))\nop.execute(t.update().where(t.c.b == op.inline_literal('x')).values(a=op.inline_literal('y')))\n").unwrap();
        assert_eq!(
            rev.upgrade[0].sql,
            vec!["UPDATE t SET a='y' WHERE t.b = 'x'".to_string()]
        );
    }

    #[test]
    fn existing_type_is_read_only_when_the_type_changes() {
        // Alembic resolves existing_type only to drop the old type's CHECK when type_
        // changes it: beside a rename, the project's own type is never looked at.
        let head = "from alembic import op\nimport sqlalchemy as sa\nfrom magnum.db.sqlalchemy import models\n";
        let rename = format!("{head}op.alter_column('bay', 'minions_address', new_column_name='node_addresses', existing_type=models.JSONEncodedList())\n");
        let rev = parse(&rename).unwrap();
        assert_eq!(
            rev.upgrade[0].sql,
            vec!["ALTER TABLE bay RENAME minions_address TO node_addresses".to_string()]
        );
        let retype = format!("{head}op.alter_column('bay', 'minions_address', type_=sa.Text(), existing_type=models.JSONEncodedList())\n");
        let err = parse(&retype).unwrap_err();
        assert!(
            err.message.contains("models.JSONEncodedList"),
            "{}",
            err.message
        );
    }

    #[test]
    fn alter_column_forms_alembic_accepts() {
        // Rendered by Alembic 1.20 (tests/oracle/forms): its **kw reaches the
        // PostgreSQL implementation, which ignores all but postgresql_using; a MySQL
        // existing_type that is no SchemaType has no CHECK to drop.
        let rev = parse("op.alter_column(\"items\", \"qty\", nullable=False, default=\"x\", mysql_charset=\"utf8\")\n").unwrap();
        assert_eq!(
            rev.upgrade[0].sql,
            vec!["ALTER TABLE items ALTER COLUMN qty SET NOT NULL".to_string()]
        );
        let rev = parse("from sqlalchemy.dialects import mysql\nop.alter_column(\"items\", \"qty\", type_=sa.String(255), existing_type=mysql.VARCHAR(length=63), existing_nullable=True)\n").unwrap();
        assert_eq!(
            rev.upgrade[0].sql,
            vec!["ALTER TABLE items ALTER COLUMN qty TYPE VARCHAR(255)".to_string()]
        );
        // A value from the project's configuration: SQLAlchemy writes it, Rehearse
        // cannot know it.
        let err = parse("from ironic.conf import CONF\nfrom sqlalchemy import sql\ndef upgrade():\n    t = sql.table('portgroups', sql.column('mode', sa.String(255)))\n    op.execute(t.update().values({'mode': CONF.default_portgroup_mode}))\n").unwrap_err();
        assert!(
            err.message.starts_with(
                "`ironic.conf.CONF.default_portgroup_mode` comes from outside the migration file"
            ),
            "{}",
            err.message
        );
    }

    #[test]
    fn oslo_db_json_types_are_text() {
        // As SQLAlchemy compiles them on PostgreSQL with oslo.db 18.1.1 installed.
        let rev = parse("from alembic import op\nimport sqlalchemy as sa\nfrom oslo_db.sqlalchemy import types as db_types\nop.create_table('t', sa.Column('a', db_types.JsonEncodedDict(mysql_as_long=True)), sa.Column('b', db_types.JsonEncodedList()), sa.Column('c', db_types.JsonEncodedType(mysql_as_medium=True)))\n").unwrap();
        assert_eq!(
            rev.upgrade[0].sql,
            vec!["CREATE TABLE t (\n    a TEXT, \n    b TEXT, \n    c TEXT\n)".to_string()]
        );
        let err = parse("from alembic import op\nimport sqlalchemy as sa\nfrom oslo_db.sqlalchemy import types\nop.add_column('t', sa.Column('a', types.JsonEncodedDict(mysql_as_long=True, mysql_as_medium=True)))\n").unwrap_err();
        assert_eq!(
            err.message,
            "TypeError: mysql_as_long and mysql_as_medium are mutually exclusive"
        );
        // `.impl`, of the class and of an instance: Text (its MySQL variant aside).
        let rev = parse("from alembic import op\nfrom oslo_db.sqlalchemy import types as db_types\nop.alter_column('nodes', 'instance_info', existing_type=db_types.JsonEncodedDict.impl, type_=db_types.JsonEncodedDict(mysql_as_long=True).impl)\n").unwrap();
        assert_eq!(
            rev.upgrade[0].sql,
            vec!["ALTER TABLE nodes ALTER COLUMN instance_info TYPE TEXT".to_string()]
        );
        // SoftDeleteInteger is an Integer (measured: `id SERIAL NOT NULL` as the
        // primary key, `d INTEGER DEFAULT '0'`).
        let rev = parse("from alembic import op\nimport sqlalchemy as sa\nfrom oslo_db.sqlalchemy import types\nop.create_table('x', sa.Column('id', types.SoftDeleteInteger(), primary_key=True), sa.Column('d', types.SoftDeleteInteger(), server_default='0'))\n").unwrap();
        assert_eq!(
            rev.upgrade[0].sql,
            vec!["CREATE TABLE x (\n    id SERIAL NOT NULL, \n    d INTEGER DEFAULT '0', \n    PRIMARY KEY (id)\n)".to_string()]
        );
        let err = parse("from alembic import op\nimport sqlalchemy as sa\nfrom oslo_db.sqlalchemy import types\nop.add_column('t', sa.Column('a', types.EqualityComparator()))\n").unwrap_err();
        assert!(
            err.message.contains("not an oslo.db type"),
            "{}",
            err.message
        );
    }

    #[test]
    fn unsupported_constructs_are_located_errors() {
        let err =
            parse("def upgrade():\n    for t in ['a']:\n        op.drop_tabel(t)\n").unwrap_err();
        assert_eq!((err.span.line, err.span.column), (3, 9));
        assert!(err.message.contains("op.drop_tabel"), "{}", err.message);
        let err = parse("def upgrade():\n    rows = op.get_bind().execute(sa.select(sa.table('t', sa.column('a')))).fetchall()\n").unwrap_err();
        assert_eq!(err.span.line, 2);
        assert!(err.message.contains("sample rows"), "{}", err.message);
        // fittrackee's 3243cd25eca7 loops over `table.select()`'s rows.
        let err = parse("def upgrade():\n    t = sa.Table('t', sa.MetaData(), sa.Column('id', sa.Integer()))\n    for row in op.get_bind().execute(t.select()):\n        op.execute(f'SELECT {row.id}')\n").unwrap_err();
        assert_eq!(err.span.line, 3);
        assert!(err.message.contains("sample rows"), "{}", err.message);
        let err = parse("op.execute('x')\ndef upgrade():\n    pass\n").unwrap_err();
        assert!(err.message.starts_with("module-level"), "{}", err.message);
    }
}
