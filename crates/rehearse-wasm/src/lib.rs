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

use chrono::NaiveDateTime;
use rehearse_core::{MigrationKind, Scenario, Source};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

/// What `run(setup, migration, options)` runs: the scenario (`options` holds its
/// `kind`, `downgrade`, `old_code` and `drift`, every one optional; see
/// [`rehearse_core::scenario`]) and the clock.
struct JsRun {
    scenario: Scenario,
    now: NaiveDateTime,
}

/// What `options` holds besides the scenario: the clock, `now()` as "YYYY-MM-DD
/// HH:MM:SS" (UTC), default the current time; and `kind` as written, which this API
/// refuses when unknown (a link reads an unknown kind as auto).
#[derive(Deserialize, Default)]
#[serde(default)]
struct JsExtras {
    now: Option<String>,
    kind: Option<String>,
}

impl JsRun {
    fn read(setup: &str, migration: &str, options: JsValue) -> Result<JsRun, JsValue> {
        let bad = |e: &dyn std::fmt::Display| JsValue::from_str(&format!("bad options: {e}"));
        let (scenario, extras) = if options.is_undefined() || options.is_null() {
            (Scenario::default(), JsExtras::default())
        } else {
            (
                serde_wasm_bindgen::from_value::<Scenario>(options.clone()).map_err(|e| bad(&e))?,
                serde_wasm_bindgen::from_value::<JsExtras>(options).map_err(|e| bad(&e))?,
            )
        };
        if let Some(other) = extras
            .kind
            .filter(|k| MigrationKind::from_name(k).is_none())
        {
            return Err(bad(&format!(
                "kind must be auto, alembic or sql, not {other}"
            )));
        }
        let now = match extras.now.as_deref() {
            Some(text) => NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S")
                .map_err(|e| bad(&format!("now: {e}")))?,
            None => current_time(),
        };
        Ok(JsRun {
            scenario: Scenario {
                setup: setup.to_string(),
                migration: migration.to_string(),
                ..scenario
            },
            now,
        })
    }
}

/// An input error as JavaScript sees it.
#[derive(Serialize)]
struct JsInputError<'a> {
    source: Source,
    line: u32,
    column: u32,
    message: &'a str,
    /// A condition the user can state (an assumption) to run on.
    #[serde(skip_serializing_if = "Option::is_none")]
    condition: Option<&'a rehearse_core::OpenCondition>,
}

fn serializer() -> serde_wasm_bindgen::Serializer {
    serde_wasm_bindgen::Serializer::json_compatible()
}

/// The JavaScript clock (`Date.now()`), as `now()`: the JavaScript API's one reading.
pub(crate) fn current_time() -> NaiveDateTime {
    rehearse_core::scenario::time_from_millis(js_sys::Date::now() as i64)
}

/// Runs `setup` then `migration`; resolves to the report, or rejects with
/// `{source, line, column, message}` when the input cannot be read.
#[wasm_bindgen]
pub fn run(setup: &str, migration: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let run = JsRun::read(setup, migration, options)?;
    match rehearse_core::run(&run.scenario, run.now) {
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
                condition: e.condition.as_ref(),
            };
            Err(error
                .serialize(&serializer())
                .unwrap_or_else(|_| JsValue::from_str(&e.message)))
        }
    }
}
