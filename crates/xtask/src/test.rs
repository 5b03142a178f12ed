//! `cargo xtask test`: every check, in order: formatting and lints, the native and wasm
//! tests, the JavaScript API on PGlite and Rehearse, a short libFuzzer run, the
//! playground's end-to-end tests, then the live oracle (re-recording the corpus and the
//! real-world chains) and the live differential run, which must leave the recorded
//! results unchanged. The first
//! failing check stops the run; "all checks passed" ends a good one.

use crate::cmd::{header, run};
use crate::fuzz::fuzz;
use crate::install::{ensure_chromium, ensure_postgresql, ensure_wasm_tools, npm_packages};
use crate::playground::build;
use crate::record::record;

/// A check with its header: `program args` in the repository root.
fn step(title: &str, program: &str, args: &[&str]) -> Result<(), String> {
    header(title);
    run(program, args)
}

/// The JavaScript API (crates/rehearse-wasm/js): builds the package into target/js-api,
/// then runs the same script on PGlite and on Rehearse in Node (tests/js-api/parity.mjs)
/// and in Debian's Chromium (tests/js-api/browser.mjs), each printing its summary.
fn js_api_tests() -> Result<(), String> {
    step(
        "JavaScript API: build the package (target/js-api)",
        "bash",
        &["crates/rehearse-wasm/build-js.sh"],
    )?;
    npm_packages(
        "tests/js-api",
        &["@electric-sql/pglite", "playwright-core"],
        None,
    )?;
    step(
        "JavaScript API: the same script on PGlite and on Rehearse, in Node",
        "node",
        &["tests/js-api/parity.mjs"],
    )?;
    header("JavaScript API: the same script on PGlite and on Rehearse, in Chromium");
    ensure_chromium()?;
    run("node", &["tests/js-api/browser.mjs"])
}

/// `cargo xtask test`.
pub fn test() -> Result<(), String> {
    ensure_wasm_tools()?;
    step(
        "cargo fmt --check",
        "cargo",
        &["fmt", "--all", "--", "--check"],
    )?;
    step(
        "cargo clippy --all-targets -- -D warnings",
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--quiet",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    step(
        "native tests (scenario corpus and real-world chains against recorded PostgreSQL and Alembic results)",
        "cargo",
        &["test", "--workspace", "--quiet", "--", "--nocapture"],
    )?;
    step(
        "wasm tests in Node (the core through wasm-bindgen)",
        "cargo",
        &[
            "test",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            "rehearse-wasm",
        ],
    )?;
    js_api_tests()?;
    ensure_postgresql()?;
    step(
        "lock queue: each case's schedule on a real PostgreSQL 15, as recorded (tests/lock_queue)",
        "node",
        &["tests/lock_queue/compare.mjs"],
    )?;
    // libFuzzer on every fuzzed input for a short budget (`cargo xtask fuzz --seconds N`
    // runs longer); the stable mutation fuzzer already ran with the native tests.
    fuzz(&["--seconds".to_string(), "5".to_string()])?;
    header("playground: release build, then end-to-end tests in Chromium");
    build()?;
    ensure_chromium()?;
    npm_packages("tests/e2e", &["playwright-core", "axe-core"], None)?;
    run("node", &["tests/e2e/run.mjs"])?;
    header("live oracle: re-recording the corpus on PGlite and Alembic");
    record(&[])?;
    step(
        "live oracle: re-recording the autogenerate corpus (alembic revision --autogenerate on PGlite)",
        "tests/oracle/record-autogen",
        &[],
    )?;
    // The whole corpus takes about nine minutes to record: CI re-records a sample of
    // its chains (all of them with REHEARSE_REAL_WORLD=all); the native test above
    // always checks every recorded revision.
    let all = std::env::var("REHEARSE_REAL_WORLD").is_ok_and(|v| v == "all");
    let sample: &[&str] = if all {
        &[]
    } else {
        &[
            "tests/real-world/fittrackee",
            "tests/real-world/octavia",
            "tests/real-world/dstack",
        ]
    };
    step(
        if all {
            "live oracle: re-recording the real-world chains (alembic upgrade --sql, then PGlite)"
        } else {
            "live oracle: re-recording a sample of the real-world chains (fittrackee, octavia, dstack; REHEARSE_REAL_WORLD=all for every chain)"
        },
        "tests/oracle/record-real-world",
        sample,
    )?;
    step(
        "live differential: generated scenarios on PGlite and the engine (seeded)",
        "bash",
        &["tests/differential/build.sh"],
    )?;
    run(
        "node",
        &[
            "tests/differential/generate.mjs",
            "--cases",
            "3000",
            "--seed",
            "1",
        ],
    )?;
    run("git", &["diff", "--stat", "--exit-code", "--", "tests/scenarios", "lessons", "tests/autogen", "tests/real-world"]).map_err(|_| {
        "recorded results differ from what PostgreSQL/Alembic do now (see git diff tests/scenarios lessons tests/autogen tests/real-world); \
         commit the re-recorded files if the change is expected"
            .to_string()
    })?;
    println!("\nall checks passed");
    Ok(())
}
