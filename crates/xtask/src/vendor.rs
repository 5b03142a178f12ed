//! `cargo xtask vendor` (a trunk hook): copies PGlite's browser build from npm into the
//! build, for the "Verify on PostgreSQL" button.

use crate::cmd::root;
use crate::install::PGLITE_DIST;
use crate::playground::staging_dir;

/// Copies PGlite's browser build (from npm, in web/node_modules) into the staging
/// directory's `pglite/` (with its contrib extensions' bundles), with the oracle's
/// `pg_state.mjs`, for the "Verify on PostgreSQL" button. Nothing is downloaded; the page loads it only when asked.
pub fn vendor() -> Result<(), String> {
    let from = root().join("web/node_modules").join(PGLITE_DIST);
    let to = staging_dir().join("pglite");
    std::fs::create_dir_all(&to).map_err(|e| format!("{}: {e}", to.display()))?;
    let entries = std::fs::read_dir(&from).map_err(|e| {
        format!(
            "{}: {e} (run `npm ci` in web/, or `cargo xtask build`)",
            from.display()
        )
    })?;
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        // The contrib extensions' bundles (`citext.tar.gz`, ...; 1.5 MB in all) are
        // fetched only when a verified setup creates one (js/verify.js).
        let wanted = (name.ends_with(".js") && !name.ends_with(".d.js"))
            || name.ends_with(".tar.gz")
            || matches!(name.as_str(), "pglite.wasm" | "pglite.data" | "initdb.wasm");
        if wanted && path.is_file() {
            std::fs::copy(&path, to.join(&name)).map_err(|e| format!("{name}: {e}"))?;
        }
    }
    let state = root().join("tests/oracle/pg_state.mjs");
    std::fs::copy(&state, to.join("pg_state.mjs")).map_err(|e| format!("pg_state.mjs: {e}"))?;
    Ok(())
}
