//! The hostile-input corpus (`tests/hostile/`), natively, on the test harness's own
//! thread and its default 2 MB stack: every case must come out as its `expected.json`
//! says — an input error with a position, or PostgreSQL's error — never a stack
//! overflow or an exhausted memory. The same cases run in the wasm build
//! (`crates/rehearse-wasm/tests/hostile.rs`) on its 1 MB stack.

#[path = "hostile/harness.rs"]
mod harness;

use std::path::Path;

fn cases() -> Vec<harness::Case> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/hostile");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("tests/hostile")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs.iter()
        .map(|dir| {
            let name = dir.file_name().expect("name").to_string_lossy().to_string();
            let files: Vec<(String, String)> = std::fs::read_dir(dir)
                .expect("case folder")
                .flatten()
                .map(|f| {
                    let file = f.file_name().to_string_lossy().to_string();
                    (file, std::fs::read_to_string(f.path()).expect("case file"))
                })
                .collect();
            let files: Vec<(&str, &str)> = files
                .iter()
                .map(|(n, t)| (n.as_str(), t.as_str()))
                .collect();
            harness::Case::new(&name, &files).unwrap_or_else(|e| panic!("{name}: {e}"))
        })
        .collect()
}

#[test]
fn hostile_inputs_come_out_as_expected() {
    let cases = cases();
    assert!(cases.len() >= 30, "cases: {}", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let outcome = harness::run(case).unwrap_or_else(|e| panic!("{}: {e}", case.name));
        if let Err(e) = case.check(&outcome) {
            failures.push(e);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    println!("hostile: {} cases as expected", cases.len());
}
