//! The playground through trunk: `cargo xtask build` (the release build into `dist/`)
//! and `cargo xtask serve`, with the project's pinned tools first on PATH; and where
//! trunk stages a build, for its hooks (`vendor`, `sizes`).

use crate::cmd::{check, header, root};
use crate::install::ensure_web;
use std::path::{Path, PathBuf};
use std::process::Command;

/// trunk's staging directory while its hooks run (`TRUNK_STAGING_DIR`), else `dist/`.
pub fn staging_dir() -> PathBuf {
    std::env::var_os("TRUNK_STAGING_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("dist"))
}

/// PATH with the project's tools first, so trunk finds them and never downloads.
fn tool_path() -> String {
    let mut parts = vec![root().join("web/node_modules/.bin").display().to_string()];
    if let Some(home) = std::env::var_os("HOME") {
        parts.push(Path::new(&home).join(".cargo/bin").display().to_string());
    }
    parts.push(std::env::var("PATH").unwrap_or_default());
    parts.join(":")
}

fn trunk(args: &[&str]) -> Result<(), String> {
    check(
        Command::new("trunk")
            .args(args)
            .current_dir(root())
            .env("PATH", tool_path()),
        "trunk",
        &format!("trunk {}", args.join(" ")),
    )
}

/// `cargo xtask build`.
pub fn build() -> Result<(), String> {
    ensure_web()?;
    header("trunk build --release (playground into dist/)");
    trunk(&["build", "--release", "--offline"])
}

/// `cargo xtask serve`.
pub fn serve() -> Result<(), String> {
    ensure_web()?;
    header("serving the playground");
    println!("Rehearse playground: http://127.0.0.1:8080/  (Ctrl+C stops it)");
    // No autoreload: trunk's is an inline script, which the page's
    // Content-Security-Policy refuses (and reports).
    trunk(&["serve", "--release", "--offline", "--no-autoreload"])
}
