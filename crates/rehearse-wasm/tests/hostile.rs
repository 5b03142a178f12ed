//! The hostile-input corpus (`tests/hostile/`, embedded by this crate's build script)
//! in the wasm build, on its real 1 MB stack: each case must come out as its
//! `expected.json` says, as it does natively (`crates/rehearse-core/tests/hostile.rs`,
//! whose harness this shares). A stack overflow here is a trap that fails the run.

#[path = "../../rehearse-core/tests/hostile/harness.rs"]
mod harness;

use wasm_bindgen_test::{console_log, wasm_bindgen_test};

include!(concat!(env!("OUT_DIR"), "/hostile.rs"));

fn case(name: &str) -> harness::Case {
    let files = HOSTILE
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, files)| *files)
        .unwrap_or_else(|| panic!("no case {name}"));
    harness::Case::new(name, files).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[wasm_bindgen_test]
fn hostile_inputs_come_out_as_expected() {
    assert!(HOSTILE.len() >= 30, "cases: {}", HOSTILE.len());
    let mut failures = Vec::new();
    for (name, _) in HOSTILE {
        // Printed first: a trap ends the run, and the last line names the case.
        console_log!("hostile: {name}");
        let case = case(name);
        let outcome = harness::run(&case).unwrap_or_else(|e| panic!("{name}: {e}"));
        if let Err(e) = case.check(&outcome) {
            failures.push(e);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The JavaScript client's path (`Database.exec`, PGlite's shape) reads SQL through
/// the same front end: a hostile SQL migration is an error there, not a trap.
#[wasm_bindgen_test]
fn hostile_sql_through_the_database_api_is_an_error() {
    for (name, _) in HOSTILE {
        let case = case(name);
        let Ok(harness::Input::Run(rehearse_core::Scenario {
            setup,
            migration,
            kind: rehearse_core::MigrationKind::Sql,
            ..
        })) = case.input()
        else {
            continue;
        };
        if !name.starts_with("sql-") {
            continue;
        }
        console_log!("hostile (Database.exec): {name}");
        let options = js_sys::Object::new();
        let mut db = rehearse_wasm::Database::new(options.into()).expect("database");
        if !setup.is_empty() {
            db.exec(&setup).expect("setup");
        }
        assert!(db.exec(&migration).is_err(), "{name}: accepted");
    }
}
