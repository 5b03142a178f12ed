//! Helpers for the engine's unit tests that compare answers with PostgreSQL's text
//! output: one engine loaded with a setup, and a query's rows written as psql-like text.

use crate::{sql, Engine, QueryOutput};
use chrono::NaiveDateTime;

/// An engine that has run `setup` (which must run).
pub(crate) fn engine_with(setup: &str) -> Engine {
    let mut engine = Engine::new(NaiveDateTime::default());
    for s in sql::parse_script(setup, crate::error::Source::Setup).expect("setup parses") {
        engine.query(&s).expect("setup runs");
    }
    engine
}

/// A query's rows as `|`-separated text output, rows joined with `; `.
pub(crate) fn text_rows(out: &QueryOutput) -> String {
    out.rows
        .iter()
        .map(|r| {
            r.iter()
                .zip(&out.fields)
                .map(|(v, (_, ty))| v.output(ty).unwrap_or_else(|| "NULL".into()))
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect::<Vec<_>>()
        .join("; ")
}
