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
