//! Installing what the tasks need when it is missing: the wasm32 target, the pinned
//! tools (wasm-bindgen-cli matching Cargo.lock, trunk, cargo-fuzz), npm packages, the
//! oracle's Python packages and Debian's Chromium. Each check is quiet when nothing is
//! missing; an install prints a header first.

use crate::cmd::{header, output, root, run, run_in};
use std::path::Path;
use std::process::Command;

/// Where PGlite's browser build is, under a node_modules folder (installed in `web/`,
/// copied into the build by `vendor`).
pub const PGLITE_DIST: &str = "@electric-sql/pglite/dist";

const TRUNK_VERSION: &str = "0.21.14";
/// cargo-fuzz, pinned: it runs on stable with `RUSTC_BOOTSTRAP=1` (for its `-Z` flags).
const CARGO_FUZZ_VERSION: &str = "0.13.2";

/// The version of a package in Cargo.lock.
fn locked_version(name: &str) -> Option<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).ok()?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{name}\"") {
            return lines
                .next()?
                .strip_prefix("version = \"")?
                .strip_suffix('"')
                .map(str::to_string);
        }
    }
    None
}

/// Whether `program args` (a `--version`) prints `version` as its second word.
fn reports_version(program: &str, args: &[&str], version: &str) -> bool {
    output(program, args)
        .unwrap_or_default()
        .split_whitespace()
        .nth(1)
        == Some(version)
}

/// `npm ci` in `dir` (relative to the root) unless every `needed` path is under its
/// `node_modules`; `title`, when given, is the step's header.
pub fn npm_packages(dir: &str, needed: &[&str], title: Option<&str>) -> Result<(), String> {
    let dir = root().join(dir);
    let modules = dir.join("node_modules");
    if needed.iter().all(|path| modules.join(path).exists()) {
        return Ok(());
    }
    if let Some(title) = title {
        header(title);
    }
    run_in(&dir, "npm", &["ci", "--no-audit", "--no-fund"])
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    header("installing the wasm32-unknown-unknown target");
    run("rustup", &["target", "add", "wasm32-unknown-unknown"])
}

fn ensure_wasm_bindgen_cli() -> Result<(), String> {
    let version = locked_version("wasm-bindgen").ok_or("wasm-bindgen is not in Cargo.lock")?;
    if reports_version("wasm-bindgen", &["--version"], &version) {
        return Ok(());
    }
    header(&format!(
        "installing wasm-bindgen-cli {version} (matches Cargo.lock; a few minutes, once)"
    ));
    // Not --locked: the CLI's own lock file names a crate the registry lacks.
    run(
        "cargo",
        &["install", "wasm-bindgen-cli", "--version", &version],
    )
}

/// What building the core for wasm needs: the wasm32 target and the wasm-bindgen CLI.
pub fn ensure_wasm_tools() -> Result<(), String> {
    ensure_wasm_target()?;
    ensure_wasm_bindgen_cli()
}

fn ensure_trunk() -> Result<(), String> {
    if reports_version("trunk", &["--version"], TRUNK_VERSION) {
        return Ok(());
    }
    header(&format!(
        "installing trunk {TRUNK_VERSION} (about 11 minutes, once)"
    ));
    run(
        "cargo",
        &["install", "trunk", "--version", TRUNK_VERSION, "--locked"],
    )
}

/// What trunk needs for the playground: the wasm tools, trunk itself, and web/'s npm
/// packages (wasm-opt from binaryen, and PGlite for `vendor`).
pub fn ensure_web() -> Result<(), String> {
    ensure_wasm_tools()?;
    ensure_trunk()?;
    npm_packages(
        "web",
        &[".bin/wasm-opt", &format!("{PGLITE_DIST}/index.js")],
        Some("installing wasm-opt (npm binaryen) and PGlite, in web/"),
    )
}

/// The live oracle's packages: PGlite, pglite-socket and pglite-tools (npm, in
/// tests/oracle) and tests/oracle/requirements.txt (pip: Alembic, SQLAlchemy, sqlparse,
/// pg8000, and the add-on packages real revisions import with what they need).
pub fn ensure_oracle() -> Result<(), String> {
    npm_packages(
        "tests/oracle",
        &[
            "@electric-sql/pglite",
            "@electric-sql/pglite-socket",
            "@electric-sql/pglite-tools",
        ],
        Some("installing PGlite, pglite-socket and pglite-tools (npm ci in tests/oracle)"),
    )?;
    let has_alembic = output(
        "python3",
        &[
            "-c",
            "import alembic, sqlalchemy, sqlparse, pg8000, sqlalchemy_utils, alembic_utils, arrow, passlib, babel, phonenumbers, colour, intervals, pytz",
        ],
    )
    .is_some();
    if !has_alembic {
        header("installing the oracle's Python packages (pip, tests/oracle/requirements.txt)");
        run(
            "python3",
            &[
                "-m",
                "pip",
                "install",
                "--quiet",
                "-r",
                "tests/oracle/requirements.txt",
            ],
        )?;
    }
    Ok(())
}

/// cargo-fuzz at [`CARGO_FUZZ_VERSION`].
pub fn ensure_cargo_fuzz() -> Result<(), String> {
    if reports_version("cargo", &["fuzz", "--version"], CARGO_FUZZ_VERSION) {
        return Ok(());
    }
    header(&format!(
        "installing cargo-fuzz {CARGO_FUZZ_VERSION} (about a minute, once)"
    ));
    run(
        "cargo",
        &[
            "install",
            "cargo-fuzz",
            "--locked",
            "--version",
            CARGO_FUZZ_VERSION,
        ],
    )
}

/// Debian's Chromium (the only browser that can be installed here: Playwright's own
/// download is blocked).
pub fn ensure_chromium() -> Result<(), String> {
    ensure_debian_package("Chromium", "/usr/bin/chromium", "chromium")
}

/// Debian's PostgreSQL 15 (the lock-queue comparison starts its own server with it).
pub fn ensure_postgresql() -> Result<(), String> {
    ensure_debian_package(
        "PostgreSQL 15",
        "/usr/lib/postgresql/15/bin/postgres",
        "postgresql",
    )
}

/// Installs Debian's `package` with apt-get unless `installed` (a file it brings)
/// exists; runs `apt-get update` once if the first try fails.
fn ensure_debian_package(what: &str, installed: &str, package: &str) -> Result<(), String> {
    if Path::new(installed).exists() {
        return Ok(());
    }
    header(&format!("installing {what} (apt)"));
    let apt = |args: &[&str]| {
        Command::new("apt-get")
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .is_ok_and(|s| s.success())
    };
    let install = ["install", "-y", "--no-install-recommends", package];
    if apt(&install) || (apt(&["update"]) && apt(&install)) {
        Ok(())
    } else {
        Err(format!("cannot install {package} with apt-get (run as root, or install Debian's {package} package)"))
    }
}
