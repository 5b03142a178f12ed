//! The engine on SQL statement sequences, with downgrade and fixes (same as
//! `run_engine` in tests/fuzz.rs).
#![no_main]
use libfuzzer_sys::fuzz_target;
use rehearse_core::{run, MigrationKind, Scenario};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let scenario = Scenario {
        migration: text.into(),
        kind: MigrationKind::Sql,
        check_downgrade: true,
        old_code: "SELECT * FROM t0;".into(),
        ..Scenario::default()
    };
    let now = chrono::NaiveDateTime::default();
    let _ = run(&scenario, now);
    let _ = rehearse_core::fix::fix(&scenario, now);
});
