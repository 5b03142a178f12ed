//! `cargo xtask bench [--quick] [--save]`: Rehearse against PGlite (tests/bench/bench.mjs).

use crate::cmd::{capture, header, root, run};
use crate::install::{ensure_oracle, ensure_wasm_tools};
use crate::sizes::sizes_report;
use std::process::Command;

/// The core (wasm, in Node) and the native CLI against PGlite on the lessons and on
/// generated 10k/100k-row tables; prints a table, and with `--save` writes it to
/// BENCHMARKS.md.
pub fn bench(args: &[String]) -> Result<(), String> {
    let flag = |name: &str| args.iter().any(|a| a == name);
    ensure_wasm_tools()?;
    ensure_oracle()?;
    header("building the core for Node");
    run("bash", &["tests/differential/build.sh"])?;
    header("building the CLI (the `cli` profile: release at opt-level 3)");
    run(
        "cargo",
        &["build", "--profile", "cli", "-p", "rehearse-cli"],
    )?;
    let cli = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| root().join("target"), std::path::PathBuf::from)
        .join("cli/rehearse");
    let cli = cli.to_string_lossy().to_string();
    header("benchmarks: Rehearse vs PGlite");
    let mut node_args = vec!["tests/bench/bench.mjs", "--cli", &cli];
    if flag("--quick") {
        node_args.push("--quick");
    }
    let out = capture(
        Command::new("node").args(&node_args).current_dir(root()),
        "node",
    )?;
    let table = String::from_utf8_lossy(&out.stdout).to_string();
    print!("{table}");
    if !out.status.success() {
        return Err(format!(
            "bench.mjs failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    if flag("--save") {
        // What the page loads, from the last release build (`cargo xtask build`).
        let sizes = sizes_report(None)
            .map(|s| format!("\n## What the page loads (`cargo xtask sizes`, last `cargo xtask build`)\n\n```\n{s}```\n"))
            .unwrap_or_default();
        let text = format!(
            "# Benchmarks\n\nMeasured by `cargo xtask bench --save` (tests/bench/bench.mjs) on the \
             development machine (2 cores). Numbers move between runs; compare columns, not \
             digits.\n\n{table}{sizes}"
        );
        std::fs::write(root().join("BENCHMARKS.md"), text).map_err(|e| e.to_string())?;
        println!("wrote BENCHMARKS.md");
    }
    Ok(())
}
