//! "Old code keeps working": the queries the currently deployed application runs,
//! re-run against the schema after every step. Migrations run before the new code
//! deploys, so every step must leave these queries working.
//!
//! Each query runs on a throwaway copy of the database: it never changes the
//! migration's data.

use rehearse_engine::error::{InputError, PgError, Source};
use rehearse_engine::sql::{self, Statement};
use rehearse_engine::Engine;
use serde::{Deserialize, Serialize};

/// One query of the deployed code, parsed.
#[derive(Debug, Clone)]
pub struct OldQuery {
    /// Its text.
    pub text: String,
    /// Parsed.
    pub statement: Statement,
}

/// How one of the deployed code's queries ([`OldQuery`]) fared after a step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OldQueryResult {
    /// The query.
    pub query: String,
    /// PostgreSQL's error, when it fails.
    pub error: Option<PgError>,
}

/// Parses the deployed code's queries (`;`-separated SQL).
pub fn parse(text: &str) -> Result<Vec<OldQuery>, InputError> {
    Ok(sql::parse_script(text, Source::OldCode)?
        .into_iter()
        .map(|statement| OldQuery {
            text: statement.text.clone(),
            statement,
        })
        .collect())
}

/// Runs every query on a copy of `engine`.
pub fn run(engine: &Engine, queries: &[OldQuery]) -> Vec<OldQueryResult> {
    queries
        .iter()
        .map(|q| {
            let mut copy = engine.clone();
            OldQueryResult {
                query: q.text.clone(),
                error: copy.dispatch(&q.statement).err().map(|f| f.error),
            }
        })
        .collect()
}
