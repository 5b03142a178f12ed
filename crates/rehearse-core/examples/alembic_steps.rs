//! Prints a migration's steps as `tests/oracle/alembic_render.py` does, for comparing
//! the front end with real Alembic on any file:
//!
//!   cargo run -p rehearse-core --example alembic_steps -- migration.py
//!
//! `{"upgrade": [{"line": N, "sql": [...]}], "downgrade": [...]}`, or `{"error": "..."}`.
#![allow(clippy::unwrap_used, missing_docs)]

use serde_json::json;

fn main() {
    let path = std::env::args().nth(1).expect("a migration.py");
    let source = std::fs::read_to_string(path).unwrap();
    let steps = |steps: &[rehearse_core::plan::PlannedStep]| {
        steps
            .iter()
            .map(|s| json!({"line": s.span.line, "sql": s.sql}))
            .collect::<Vec<_>>()
    };
    let out = match rehearse_core::alembic::parse(&source) {
        Ok(rev) => match &rev.downgrade_error {
            None => json!({"upgrade": steps(&rev.upgrade), "downgrade": steps(&rev.downgrade)}),
            Some(e) => json!({"upgrade": steps(&rev.upgrade), "downgrade_error": e.to_string()}),
        },
        Err(e) => json!({"error": e.to_string()}),
    };
    println!("{}", serde_json::to_string_pretty(&out).unwrap());
}
