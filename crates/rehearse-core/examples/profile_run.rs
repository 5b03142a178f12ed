//! Times `run` plus the report's JSON (what the wasm API does) on files, for profiling:
//!
//!   cargo run --release -p rehearse-core --example profile_run -- setup.sql migration.sql [repeats]
//!
//! With `PROFILE_RUN_JSON=file` it also writes the report's JSON there.
#![allow(clippy::unwrap_used, missing_docs)]

use rehearse_core::{run, MigrationKind, Scenario};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let scenario = Scenario {
        setup: std::fs::read_to_string(&args[1]).unwrap(),
        migration: std::fs::read_to_string(&args[2]).unwrap(),
        kind: MigrationKind::Sql,
        ..Scenario::default()
    };
    let repeats: usize = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(1);
    let now = chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap();
    for _ in 0..repeats {
        let t = Instant::now();
        let report = run(&scenario, now).unwrap();
        let ran = t.elapsed();
        let json = serde_json::to_string(&report).unwrap();
        // To compare the reports of two builds byte for byte.
        if let Ok(path) = std::env::var("PROFILE_RUN_JSON") {
            std::fs::write(path, &json).unwrap();
        }
        println!(
            "run {:.1} ms, json {:.1} ms ({} bytes), outcome {:?}",
            ran.as_secs_f64() * 1000.0,
            (t.elapsed() - ran).as_secs_f64() * 1000.0,
            json.len(),
            report.upgrade.outcome
        );
    }
}
