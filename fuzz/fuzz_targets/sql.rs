//! The SQL front end (same as `run_sql` in tests/fuzz.rs).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = rehearse_engine::sql::parse_script(text, rehearse_engine::error::Source::Migration);
});
