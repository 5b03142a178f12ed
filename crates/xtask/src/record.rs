//! `cargo xtask record [case...]`: re-records expected results on real PostgreSQL
//! (PGlite) and real Alembic (tests/oracle/record), installing the oracle when missing.

use crate::cmd::run;
use crate::install::ensure_oracle;

/// Re-records `cases` (every case when empty).
pub fn record(cases: &[String]) -> Result<(), String> {
    ensure_oracle()?;
    let args: Vec<&str> = cases.iter().map(String::as_str).collect();
    run("tests/oracle/record", &args)
}
