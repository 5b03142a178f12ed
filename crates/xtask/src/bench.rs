//! `cargo xtask bench [--quick] [--page] [--save]`: Rehearse against PGlite
//! (tests/bench/bench.mjs), then the playground in headless Chromium
//! (tests/bench/page.mjs, on the last `cargo xtask build`; `--page`: that one alone).

use crate::cmd::{capture, header, root, run};
use crate::install::{ensure_oracle, ensure_wasm_tools};
use crate::sizes::sizes_report;
use std::process::Command;

/// The core (wasm, in Node) and the native CLI against PGlite on the lessons and on
/// generated 10k/100k-row tables; prints a table, and with `--save` writes it to
/// BENCHMARKS.md.
pub fn bench(args: &[String]) -> Result<(), String> {
    let flag = |name: &str| args.iter().any(|a| a == name);
    let core = if flag("--page") {
        saved_core_table()
    } else {
        core_bench(flag("--quick"))?
    };
    let page = page_bench()?;
    if flag("--save") {
        // What the page loads, from the last release build (`cargo xtask build`).
        let sizes = sizes_report(None)
            .map(|s| format!("\n## What the page loads (`cargo xtask sizes`, last `cargo xtask build`)\n\n```\n{s}```\n"))
            .unwrap_or_default();
        let text = format!(
            "# Benchmarks\n\nMeasured by `cargo xtask bench --save` (tests/bench/bench.mjs, \
             tests/bench/page.mjs) on the development machine (2 cores). Numbers move between \
             runs; compare columns, not digits.\n\n{core}\n## The page\n\n{page}{sizes}"
        );
        std::fs::write(root().join("BENCHMARKS.md"), text).map_err(|e| e.to_string())?;
        println!("wrote BENCHMARKS.md");
    }
    Ok(())
}

/// The playground in headless Chromium (tests/bench/page.mjs): its figures, or a line
/// saying there is no build to measure.
fn page_bench() -> Result<String, String> {
    header("benchmarks: the page in headless Chromium");
    if !root().join("dist/index.html").exists() {
        let note = "no build in dist/ (run `cargo xtask build` first): the page was not measured\n";
        print!("{note}");
        return Ok(note.to_string());
    }
    let out = capture(
        Command::new("node")
            .arg("tests/bench/page.mjs")
            .current_dir(root()),
        "node",
    )?;
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    print!("{text}");
    if !out.status.success() {
        return Err(format!(
            "page.mjs failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(text)
}

/// The core (wasm, in Node) against PGlite: its table.
fn core_bench(quick: bool) -> Result<String, String> {
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
    if quick {
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
    Ok(table)
}

/// The core's table as BENCHMARKS.md holds it (kept by `--page --save`).
fn saved_core_table() -> String {
    let saved = std::fs::read_to_string(root().join("BENCHMARKS.md")).unwrap_or_default();
    let Some(start) = saved.find("Rehearse core (wasm)") else {
        return String::new();
    };
    let rest = &saved[start..];
    rest[..rest.find("\n## ").unwrap_or(rest.len())].to_string()
}
