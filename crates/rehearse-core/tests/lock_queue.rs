//! The lock-queue simulation against real PostgreSQL, data-driven: each folder under
//! `tests/lock_queue/` holds a setup, a migration (with `rehearse: hold` directives),
//! annotated traffic, and `expected.json`: what PostgreSQL 15 did with the same
//! schedule, recorded by `tests/lock_queue/compare.mjs --record` from pg_stat_activity
//! and pg_blocking_pids — who waited on whom (in the order the waits began), the order
//! the waits ended, and each lock_timeout cancellation (a migration with a `rehearse:
//! retry` directive is rerun by compare.mjs as a deploy would). The simulation's
//! timeline must say the same.

use rehearse_core::lock_queue::timeline::State;
use rehearse_core::{MigrationKind, Scenario};
use serde_json::{json, Value};
use std::path::Path;

/// The observation PostgreSQL's samples give, from the report's timelines.
fn observe(report: &rehearse_core::Report) -> Value {
    let mut waits: Vec<(i64, u64, String, Vec<String>)> = Vec::new();
    let mut errors: Vec<(i64, Value)> = Vec::new();
    for step in &report.upgrade.steps {
        let Some(queue) = &step.queue else { continue };
        assert_eq!(queue.unsupported, None);
        for lane in &queue.timeline {
            for i in lane.intervals.iter().filter(|i| i.state == State::Waiting) {
                let mut blockers = i.waits_for.clone();
                blockers.sort();
                let wait = (i.start_ms, i.end_ms, lane.connection.clone(), blockers);
                if !waits.contains(&wait) {
                    // Each cancelled wait is an attempt that failed with 55P03 (the
                    // last one, with no retry left, is the step's error).
                    if i.timed_out {
                        let message = rehearse_core::lock_queue::lock_timeout_error().message;
                        errors.push((
                            i.start_ms,
                            json!({"connection": lane.connection, "message": message}),
                        ));
                    }
                    waits.push(wait);
                }
            }
        }
    }
    waits.sort_by_key(|w| w.0);
    errors.sort_by_key(|e| e.0);
    let mut ended = waits.clone();
    ended.sort_by_key(|w| w.1);
    json!({
        "waits": waits.iter().map(|w| json!({"connection": w.2, "waits_for": w.3})).collect::<Vec<_>>(),
        "ended": ended.iter().map(|w| w.2.clone()).collect::<Vec<_>>(),
        "errors": errors.into_iter().map(|e| e.1).collect::<Vec<_>>(),
    })
}

#[test]
fn the_simulation_waits_as_postgresql_does() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/lock_queue");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("tests/lock_queue")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("expected.json").exists())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 4, "cases: {dirs:?}");
    let read = |p: &Path| std::fs::read_to_string(p).expect("readable");
    for dir in dirs {
        let scenario = Scenario {
            setup: read(&dir.join("setup.sql")),
            migration: read(&dir.join("migration.sql")),
            kind: MigrationKind::Sql,
            old_code: read(&dir.join("traffic.sql")),
            ..Scenario::default()
        };
        let report = rehearse_core::run(&scenario, Default::default()).expect("runs");
        let expected: Value =
            serde_json::from_str(&read(&dir.join("expected.json"))).expect("expected.json");
        assert_eq!(observe(&report), expected, "{}", dir.display());
    }
}
