//! The Python (Alembic) front end, through `run` (same as `run_py` in tests/fuzz.rs).
#![no_main]
use libfuzzer_sys::fuzz_target;
use rehearse_core::{run, MigrationKind, Scenario};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let scenario = Scenario {
        setup: "CREATE TABLE t (id int);".into(),
        migration: text.into(),
        kind: MigrationKind::Alembic,
        ..Scenario::default()
    };
    let _ = run(&scenario, chrono::NaiveDateTime::default());
});
