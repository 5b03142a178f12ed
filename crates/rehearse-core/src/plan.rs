//! The pipeline's steps stage: what a front end turns a migration into ([`Plan`], one
//! [`PlannedStep`] per `op.*` call or SQL statement, each with the exact SQL PostgreSQL
//! receives) and that SQL parsed before anything runs (`parse_steps`).
//!
//! The front ends (`alembic`, and the SQL splitter in `rehearse_engine::sql`) produce
//! these; [`crate::input`] picks the front end; [`crate::run`] runs the steps. This
//! module depends on none of them.

use crate::assume::Assumption;
use crate::report::InputFormat;
use rehearse_engine::error::{InputError, Source};
use rehearse_engine::span::Span;
use rehearse_engine::sql::{self, Statement};

/// One step before it runs: its source and the SQL it sends.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedStep {
    /// Source text of the op call or statement.
    pub op: String,
    /// Where it starts.
    pub span: Span,
    /// The SQL statements PostgreSQL receives.
    pub sql: Vec<String>,
}

/// A migration ready to run.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// What the migration was read as.
    pub input: InputFormat,
    /// Upgrade steps.
    pub upgrade: Vec<PlannedStep>,
    /// Downgrade steps (Alembic revisions only).
    pub downgrade: Vec<PlannedStep>,
    /// Why the downgrade cannot run; reported only when it is asked for.
    pub downgrade_error: Option<InputError>,
    /// The user's assumptions the upgrade's steps rest on (those it used).
    pub upgrade_assumptions: Vec<Assumption>,
    /// The user's assumptions the downgrade's steps rest on.
    pub downgrade_assumptions: Vec<Assumption>,
}

/// Parses every statement of every step up front, so unreadable SQL is an input error
/// before anything runs.
pub(crate) fn parse_steps(steps: &[PlannedStep]) -> Result<Vec<Vec<Statement>>, InputError> {
    steps
        .iter()
        .map(|step| {
            let mut out = Vec::new();
            for text in &step.sql {
                let mut parsed = sql::parse_script(text, Source::Migration).map_err(|mut e| {
                    // Positions inside generated SQL mean little; point at the step.
                    // A hostile statement can be megabytes: quote its start only.
                    let quoted: String = text.chars().take(200).collect();
                    let more = if quoted.len() < text.len() {
                        " …"
                    } else {
                        ""
                    };
                    e.message = format!("{} (in the SQL of this step: {quoted}{more})", e.message);
                    e.span = step.span;
                    e
                })?;
                out.append(&mut parsed);
            }
            Ok(out)
        })
        .collect()
}
