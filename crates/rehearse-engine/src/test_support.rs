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

/// Runs `setup`, then `sql_text`'s statements: the last one's rows as `rows` writes
/// them, or the first failure as `error` writes it (`input: ...` when the text does not
/// parse).
pub(crate) fn answer(
    setup: &str,
    sql_text: &str,
    rows: impl Fn(&QueryOutput) -> String,
    error: impl Fn(&crate::error::PgError) -> String,
) -> String {
    let mut engine = engine_with(setup);
    let statements = match sql::parse_script(sql_text, crate::error::Source::Migration) {
        Ok(s) => s,
        Err(e) => return format!("input: {e:?}"),
    };
    let mut last = String::new();
    for s in statements {
        last = match engine.query(&s) {
            Ok(out) => rows(&out),
            Err(f) => return error(&f.error),
        };
    }
    last
}

/// An error as `SQLSTATE: message`.
pub(crate) fn sqlstate_message(e: &crate::error::PgError) -> String {
    format!("{}: {}", e.sqlstate, e.message)
}

/// A refusal as `unsupported: message`, PostgreSQL's errors as `SQLSTATE: message`.
pub(crate) fn refusal_or_error(e: &crate::error::PgError) -> String {
    match e.unsupported {
        Some(_) => format!("unsupported: {}", e.message),
        None => sqlstate_message(e),
    }
}
