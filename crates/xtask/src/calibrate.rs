//! `cargo xtask calibrate [--reps N] [--rows A,B,C] [--no-pglite] [--refit]`: measures
//! each cost class on native PostgreSQL 15 (Debian's `postgresql-15`, started by the
//! script on a temporary directory and a loopback port) and on PGlite, fits the
//! per-row and per-byte costs the estimates use, and writes
//! tests/calibration/costs.json, docs/calibration.svg and docs/calibration.md
//! (tests/calibration/measure.mjs). Not part of `cargo xtask test`: it takes minutes and
//! its numbers are the machine's; commit what it writes.

use crate::cmd::{header, root, run_in};
use crate::install::ensure_oracle;

/// Where the script finds native PostgreSQL.
const PG_BIN: &str = "/usr/lib/postgresql/15/bin";

/// Runs the calibration with `args` passed on to measure.mjs.
pub fn calibrate(args: &[String]) -> Result<(), String> {
    if !args.iter().any(|a| a == "--refit") {
        if !std::path::Path::new(PG_BIN).join("initdb").exists() {
            return Err(format!(
                "no native PostgreSQL at {PG_BIN} (apt-get install postgresql-15)"
            ));
        }
        ensure_oracle()?;
    }
    header("calibration: cost classes on native PostgreSQL and PGlite");
    let mut argv = vec!["tests/calibration/measure.mjs"];
    argv.extend(args.iter().map(String::as_str));
    run_in(&root(), "node", &argv)
}
