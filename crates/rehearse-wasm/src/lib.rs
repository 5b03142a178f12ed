//! The Rehearse core for JavaScript:
//!
//! * `run(setup, migration, options)` returns the same report shape as
//!   `rehearse run --format json`;
//! * `Database` is the engine as a PGlite-shaped client (`query(sql, params)`,
//!   `exec(sql)`) on an engine session (`rehearse_engine::session`, which owns
//!   transaction blocks), with PostgreSQL's extended and simple protocols in
//!   `protocol.rs` and `$n` parameters in `params.rs`.
//!
//! A thin adapter: it converts arguments and results at the boundary and holds no
//! migration logic and no transaction semantics (the core and the engine stay free of
//! wasm-bindgen). The ES module with
//! TypeScript types (`js/rehearse.js`, `js/rehearse.d.ts`, built by `build-js.sh`)
//! wraps both in PGlite's promise-based API.

mod database;
mod params;
mod protocol;

pub use database::Database;

use rehearse_core::{MigrationKind, RunOptions, Source};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

/// Options accepted from JavaScript; every field is optional.
#[derive(Deserialize, Default)]
#[serde(default)]
struct JsOptions {
    /// "auto" (default), "alembic" or "sql".
    kind: Option<String>,
    /// Run downgrade() after a committed upgrade.
    downgrade: bool,
    /// `now()` as "YYYY-MM-DD HH:MM:SS" (UTC); default: the current time.
    now: Option<String>,
    /// The deployed application's queries (`;`-separated SQL), re-run after each step.
    old_code: String,
    /// SQL changed by hand on this environment (schema drift).
    drift: String,
}

/// An input error as JavaScript sees it.
#[derive(Serialize)]
struct JsInputError<'a> {
    source: Source,
    line: u32,
    column: u32,
    message: &'a str,
}

fn serializer() -> serde_wasm_bindgen::Serializer {
    serde_wasm_bindgen::Serializer::json_compatible()
}

pub(crate) fn current_time() -> chrono::NaiveDateTime {
    let millis = js_sys::Date::now() as i64;
    chrono::DateTime::from_timestamp_millis(millis)
        .map(|d| d.naive_utc())
        .unwrap_or_default()
}

/// Runs `setup` then `migration`; resolves to the report, or rejects with
/// `{source, line, column, message}` when the input cannot be read.
#[wasm_bindgen]
pub fn run(setup: &str, migration: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let options: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsValue::from_str(&format!("bad options: {e}")))?
    };
    let kind = match options.kind.as_deref() {
        None | Some("auto") => MigrationKind::Auto,
        Some("alembic") => MigrationKind::Alembic,
        Some("sql") => MigrationKind::Sql,
        Some(other) => {
            return Err(JsValue::from_str(&format!(
                "bad options: kind must be auto, alembic or sql, not {other}"
            )))
        }
    };
    let now = match options.now.as_deref() {
        Some(text) => chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S")
            .map_err(|e| JsValue::from_str(&format!("bad options: now: {e}")))?,
        None => current_time(),
    };
    let run_options = RunOptions {
        downgrade: options.downgrade,
        now,
        old_code: options.old_code,
        drift: options.drift,
    };
    match rehearse_core::run(setup, migration, kind, &run_options) {
        // Through JSON text, as `--format json` prints it: integers beyond 2^53 become
        // JavaScript numbers the way JSON.parse reads them, instead of failing.
        Ok(report) => {
            let json =
                serde_json::to_string(&report).map_err(|e| JsValue::from_str(&e.to_string()))?;
            js_sys::JSON::parse(&json)
        }
        Err(e) => {
            let error = JsInputError {
                source: e.source,
                line: e.span.line,
                column: e.span.column,
                message: &e.message,
            };
            Err(error
                .serialize(&serializer())
                .unwrap_or_else(|_| JsValue::from_str(&e.message)))
        }
    }
}
