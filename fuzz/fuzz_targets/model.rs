//! The SQLAlchemy model parser, through autogenerate (same as `run_model` in
//! tests/fuzz.rs).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = rehearse_core::autogen::generate_against(
        "CREATE TABLE users (id serial PRIMARY KEY, name varchar(50) UNIQUE, team_id int);\nCREATE INDEX ix_users_team_id ON users (team_id);",
        "",
        text,
        chrono::NaiveDateTime::default(),
    );
});
