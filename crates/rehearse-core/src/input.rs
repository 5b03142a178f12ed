//! The input stage: the texts a run reads, bounded by [`MAX_INPUT`], and the migration
//! read by its front end (Alembic or SQL, [`MigrationKind`]) into a [`Plan`].

use crate::alembic;
use crate::assume::Assumption;
use crate::plan::{Plan, PlannedStep};
use crate::report::InputFormat;
use rehearse_engine::error::{InputError, Source};
use rehearse_engine::span::Span;
use rehearse_engine::sql;

/// What the migration text is (its names: `crate::scenario`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MigrationKind {
    /// Decide from the text: Python with `op.` calls or `def upgrade` is Alembic.
    #[default]
    Auto,
    /// An Alembic revision or a bare snippet of `op.*` calls.
    Alembic,
    /// Plain SQL.
    Sql,
}

/// The longest text read (setup, migration, deployed code, hand change), in bytes.
pub const MAX_INPUT: usize = 32 << 20;

/// The text itself, or an error when it is over [`MAX_INPUT`].
pub(crate) fn within_limit(text: &str, source: Source) -> Result<&str, InputError> {
    if text.len() > MAX_INPUT {
        return Err(InputError::new(
            source,
            Span::new(1, 1),
            format!(
                "the {source} is {:.1} MB; the playground reads at most {} MB",
                text.len() as f64 / (1 << 20) as f64,
                MAX_INPUT >> 20
            ),
        ));
    }
    Ok(text)
}

/// Whether `text` reads as an Alembic migration.
pub fn looks_like_alembic(text: &str) -> bool {
    text.contains("op.") || text.contains("def upgrade") || text.contains("import ")
}

/// Turns migration text into steps.
pub fn plan(migration: &str, kind: MigrationKind) -> Result<Plan, InputError> {
    plan_assuming(migration, kind, &[])
}

/// Turns migration text into steps, with the conditions `assumptions` name taking the
/// values stated (SQL has no conditions: there they are never used).
pub fn plan_assuming(
    migration: &str,
    kind: MigrationKind,
    assumptions: &[Assumption],
) -> Result<Plan, InputError> {
    let migration = within_limit(migration, Source::Migration)?;
    let alembic = match kind {
        MigrationKind::Alembic => true,
        MigrationKind::Sql => false,
        MigrationKind::Auto => looks_like_alembic(migration),
    };
    if alembic {
        let revision = alembic::parse_assuming(migration, assumptions)?;
        Ok(Plan {
            input: InputFormat::Alembic,
            upgrade: revision.upgrade,
            downgrade: revision.downgrade,
            downgrade_error: revision.downgrade_error,
            upgrade_assumptions: revision.upgrade_assumptions,
            downgrade_assumptions: revision.downgrade_assumptions,
        })
    } else {
        let steps = sql::split(migration, Source::Migration)?
            .into_iter()
            .map(|p| PlannedStep {
                op: p.text.clone(),
                span: p.span,
                sql: vec![p.text],
            })
            .collect();
        Ok(Plan {
            input: InputFormat::Sql,
            upgrade: steps,
            downgrade: Vec::new(),
            downgrade_error: None,
            upgrade_assumptions: Vec::new(),
            downgrade_assumptions: Vec::new(),
        })
    }
}

/// An input error for text read the wrong way (SQL read as Python, an Alembic
/// revision read as SQL) says so.
pub(crate) fn wrong_pane(mut e: InputError, migration: &str, read_as_python: bool) -> InputError {
    let first = migration
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_ascii_uppercase();
    let sql_start = [
        "ALTER", "CREATE", "INSERT", "UPDATE", "DELETE", "DROP", "SELECT", "BEGIN", "TRUNCATE",
        "WITH", "SET", "COMMENT",
    ];
    if read_as_python && sql_start.contains(&first.as_str()) {
        e.message
            .push_str(" — this looks like SQL: read it as SQL (`--sql`, or \"read as SQL\" in the playground)");
    } else if !read_as_python && looks_like_alembic(migration) {
        e.message
            .push_str(" — this looks like an Alembic migration: read it as Alembic (`--alembic`, or \"read as Alembic\" in the playground)");
    }
    e
}
