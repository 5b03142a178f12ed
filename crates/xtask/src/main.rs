//! `cargo xtask <task>`: the project's automation, in Rust so it runs wherever cargo does.
//!
//! * `cargo xtask test` — installs what the tests need when missing (the wasm32 target,
//!   the wasm-bindgen CLI matching Cargo.lock, the oracle's npm and pip packages), then
//!   runs formatting and lint checks, the native tests (the scenario corpus against the
//!   recorded PostgreSQL/Alembic results), the wasm tests in Node, and re-records the
//!   corpus on real PostgreSQL (PGlite) and real Alembic to prove the recordings current,
//!   runs the JavaScript API's parity script on PGlite and Rehearse (Node and Chromium),
//!   and runs 3000 generated scenarios on both (`tests/differential/generate.mjs`).
//! * `cargo xtask record [case...]` — re-records expected results (needs Node, Python).
//! * `cargo xtask serve` — installs trunk, the wasm-bindgen CLI and wasm-opt when missing,
//!   then builds and serves the playground on http://127.0.0.1:8080/.
//! * `cargo xtask build` — the release build into `dist/`, with the size report.
//! * `cargo xtask sizes [dir]` — what the page loads, raw and gzipped (trunk's
//!   post-build hook runs it on every build).
//! * `cargo xtask fuzz [--seconds N]` — installs cargo-fuzz (pinned) when missing, then
//!   runs every libFuzzer target in `fuzz/` for N seconds (default 10) from its seeds.
//! * `cargo xtask bench [--quick] [--page] [--save]` — Rehearse and PGlite timed side by side,
//!   then the page in headless Chromium on the last build (`--page`: the page alone;
//!   `--save` writes BENCHMARKS.md).
//! * `cargo xtask calibrate [--refit] [--only CLASS,...]` — measures each cost class on
//!   native PostgreSQL and PGlite and writes the costs the estimates use
//!   (tests/calibration/costs.json, docs/calibration.md and .svg); `--refit` fits the
//!   committed points again; `--only` measures those classes and keeps the others' points.
//! * `cargo xtask vendor` — trunk's hook: copies PGlite into the build.
//!
//! Each step prints a header; the first failing step stops the run (exit status 1).
//!
//! This file only dispatches. Each task is a module (`test`, `record`, `playground` for
//! `serve`/`build`, `sizes`, `vendor`, `bench`, `fuzz`); `install` installs what they
//! need when missing, `cmd` runs processes, `wasm_crates` reads a wasm's bytes per crate.

mod bench;
mod calibrate;
mod cmd;
mod fuzz;
mod install;
mod playground;
mod record;
mod sizes;
mod test;
mod vendor;
mod wasm_crates;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("test") => test::test(),
        Some("record") => record::record(&args[1..]),
        Some("serve") => playground::serve(),
        Some("build") => playground::build(),
        Some("sizes") => sizes::sizes(args.get(1).map(String::as_str)),
        Some("vendor") => vendor::vendor(),
        Some("bench") => bench::bench(&args[1..]),
        Some("fuzz") => fuzz::fuzz(&args[1..]),
        Some("calibrate") => calibrate::calibrate(&args[1..]),
        _ => {
            eprintln!("usage: cargo xtask serve | test | build | sizes [dir] | vendor | bench [--quick] [--page] [--save] | fuzz [--seconds N] | calibrate [--refit] [--only CLASS] | record [tests/scenarios/<case>...]");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}
