//! The setup/grid parser (same as `run_setup` in tests/fuzz.rs).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = rehearse_core::setup::load(text, chrono::NaiveDateTime::default());
});
