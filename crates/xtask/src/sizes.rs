//! `cargo xtask sizes [dir]` (trunk's post-build hook runs it): what the page loads,
//! raw and gzipped, the background worker apart, then the linked wasm's bytes per crate.

use crate::cmd::root;
use crate::playground::staging_dir;
use crate::wasm_crates::per_crate;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Prints the size of every wasm/js/css file the page loads, raw and gzipped, and
/// the wasm's bytes per crate.
pub fn sizes(dir: Option<&str>) -> Result<(), String> {
    print!("{}", sizes_report(dir)?);
    Ok(())
}

/// [`sizes`]'s report, for `dir` (else trunk's staging directory, else `dist/`).
pub fn sizes_report(dir: Option<&str>) -> Result<String, String> {
    let mut out = String::new();
    let dir = dir.map(PathBuf::from).unwrap_or_else(staging_dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("wasm" | "js" | "css" | "html")
            )
        })
        // The embed script and example page are for other pages; pglite/ loads only
        // when "Verify on PostgreSQL" is pressed.
        .filter(|p| !name_starts_with(p, "embed"))
        .collect();
    files.sort();
    // The background worker loads only when a large scenario runs: listed apart.
    let (worker, page): (Vec<PathBuf>, Vec<PathBuf>) = files
        .into_iter()
        .partition(|p| name_starts_with(p, "rehearse-worker"));
    let _ = writeln!(
        out,
        "page assets ({}):",
        dir.strip_prefix(root()).unwrap_or(&dir).display()
    );
    list_sizes(&mut out, &page);
    if !worker.is_empty() {
        let _ = writeln!(
            out,
            "loaded only when a large scenario runs (the background worker):"
        );
        list_sizes(&mut out, &worker);
    }
    for name in ["rehearse-app", "rehearse-worker"] {
        let linked = target_dir().join(format!("wasm32-unknown-unknown/release/{name}.wasm"));
        if let Ok(bytes) = std::fs::read(&linked) {
            per_crate(&mut out, name, &bytes)?;
        }
    }
    Ok(out)
}

/// Cargo's target directory (`CARGO_TARGET_DIR`, else `target/`): the linked wasm is
/// there.
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
}

fn name_starts_with(path: &Path, prefix: &str) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
}

fn gzipped_len(path: &Path) -> Option<usize> {
    let out = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(path)
        .output()
        .ok()?;
    out.status.success().then_some(out.stdout.len())
}

/// Prints each file's size, raw and gzipped, and the total.
fn list_sizes(out: &mut String, files: &[PathBuf]) {
    let (mut raw_total, mut gz_total) = (0, 0);
    for f in files {
        let raw = std::fs::metadata(f).map(|m| m.len() as usize).unwrap_or(0);
        let gz = gzipped_len(f).unwrap_or(0);
        raw_total += raw;
        gz_total += gz;
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        size_row(out, &name, raw, gz);
    }
    size_row(out, "total", raw_total, gz_total);
}

fn size_row(out: &mut String, name: &str, raw: usize, gz: usize) {
    let _ = writeln!(out, "  {name:<48} {raw:>9} bytes  {gz:>9} gzipped");
}
