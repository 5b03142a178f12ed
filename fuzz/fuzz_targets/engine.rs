//! The engine on SQL statement sequences, with downgrade and fixes (same as
//! `run_engine` in tests/fuzz.rs).
#![no_main]
use libfuzzer_sys::fuzz_target;
use rehearse_core::{run, MigrationKind, RunOptions};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let options = RunOptions {
        downgrade: true,
        old_code: "SELECT * FROM t0;".into(),
        ..RunOptions::default()
    };
    let _ = run("", text, MigrationKind::Sql, &options);
    let _ = rehearse_core::fix::fix("", text, MigrationKind::Sql, &options);
});
