//! `cargo xtask fuzz [--seconds N]`: every libFuzzer target in `fuzz/` (cargo-fuzz, on
//! stable with `RUSTC_BOOTSTRAP=1`) for N seconds from its seeds.

use crate::cmd::{capture, check, header, root};
use crate::install::ensure_cargo_fuzz;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The libFuzzer targets in `fuzz/fuzz_targets/`, with their seed files.
const FUZZ_TARGETS: &[(&str, &[&str])] = &[
    ("python", &["tests/scenarios/*/migration.py"]),
    ("sql", &["tests/scenarios/*/migration.sql"]),
    ("setup", &["tests/scenarios/*/setup.sql"]),
    ("share", &["crates/rehearse-core/tests/share_v1_link.txt"]),
    ("engine", &["tests/scenarios/*/migration.sql"]),
    ("model", &["tests/autogen/*/model.py"]),
];

/// The paths in a directory; none when it cannot be read.
fn entries(dir: &Path) -> impl Iterator<Item = PathBuf> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
}

/// Copies a target's seeds (`dir/*/file` patterns, plain paths, and
/// `tests/fuzz/regressions/<target>/`) into `fuzz/corpus/<target>/` (gitignored).
fn fuzz_seeds(target: &str, patterns: &[&str]) -> Result<PathBuf, String> {
    let root = root();
    let corpus = root.join("fuzz/corpus").join(target);
    std::fs::create_dir_all(&corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
    let mut files = Vec::new();
    for pattern in patterns {
        match pattern.split_once("/*/") {
            Some((dir, file)) => files.extend(entries(&root.join(dir)).map(|p| p.join(file))),
            None => files.push(root.join(pattern)),
        }
    }
    files.extend(entries(&root.join("tests/fuzz/regressions").join(target)));
    for file in files.iter().filter(|f| f.is_file()) {
        let relative = file.strip_prefix(&root).unwrap_or(file);
        let name = relative.to_string_lossy().replace(['/', '\\'], "_");
        std::fs::copy(file, corpus.join(name)).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(corpus)
}

/// `cargo fuzz <args>` in `fuzz/`, with `RUSTC_BOOTSTRAP=1`.
fn fuzz_command(args: &[&str]) -> Command {
    let mut command = Command::new("cargo");
    command
        .arg("fuzz")
        .args(args)
        .env("RUSTC_BOOTSTRAP", "1")
        .current_dir(root().join("fuzz"));
    command
}

/// Every libFuzzer target for N seconds (`--seconds N`, default 10) from its seeds; a
/// crash's input lands in `fuzz/artifacts/<target>/` and fails the run.
pub fn fuzz(args: &[String]) -> Result<(), String> {
    let seconds = match args {
        [] => 10,
        [flag, n] if flag == "--seconds" => n
            .parse::<u64>()
            .map_err(|_| format!("--seconds wants a number, not `{n}`"))?,
        _ => return Err("usage: cargo xtask fuzz [--seconds N]".into()),
    };
    ensure_cargo_fuzz()?;
    header("cargo fuzz build (libFuzzer, AddressSanitizer; RUSTC_BOOTSTRAP=1)");
    check(
        &mut fuzz_command(&["build"]),
        "`cargo fuzz`",
        "cargo fuzz build",
    )?;
    header(&format!("fuzzing each target for {seconds}s"));
    let mut crashed = Vec::new();
    for (target, patterns) in FUZZ_TARGETS {
        let corpus = fuzz_seeds(target, patterns)?;
        let limit = format!("-max_total_time={seconds}");
        let out = capture(
            &mut fuzz_command(&["run", target, "--", &limit]),
            "`cargo fuzz`",
        )?;
        let log = String::from_utf8_lossy(&out.stderr);
        let done = log
            .lines()
            .rfind(|l| l.starts_with("Done "))
            .unwrap_or("")
            .to_string();
        let files = std::fs::read_dir(&corpus).map_or(0, |d| d.count());
        if out.status.success() {
            println!("fuzz {target}: {done}, corpus {files} files, no crash");
        } else {
            let lines: Vec<&str> = log.lines().collect();
            eprintln!("{}", lines[lines.len().saturating_sub(40)..].join("\n"));
            let artifact = lines
                .iter()
                .find_map(|l| l.split("Test unit written to ").nth(1))
                .unwrap_or("(no artifact written; see the output above)");
            println!("fuzz {target}: CRASH ({}), input in {artifact}", out.status);
            crashed.push(*target);
        }
    }
    if crashed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "fuzz targets crashed: {} (inputs under fuzz/artifacts/; replay one with \
             `RUSTC_BOOTSTRAP=1 cargo fuzz run <target> <file>` in fuzz/)",
            crashed.join(", ")
        ))
    }
}
