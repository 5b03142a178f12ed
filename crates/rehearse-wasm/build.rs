//! Embeds the hostile-input corpus (`tests/hostile/<case>/`, every file of every
//! folder) for `tests/hostile.rs`, so the wasm build runs the same cases as the native
//! test and a new case is a new folder: no Rust change. The library itself does not use
//! the list.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/hostile");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    dirs.sort();
    let mut out = String::from(
        "/// Every hostile case: its folder's name and files (name, text).\npub const HOSTILE: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for dir in dirs.iter().filter(|d| d.is_dir()) {
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.sort();
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let _ = write!(out, "    ({name:?}, &[");
        for file in files.iter().filter(|f| f.is_file()) {
            println!("cargo:rerun-if-changed={}", file.display());
            let file_name = file
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            let _ = write!(
                out,
                "({file_name:?}, include_str!({:?})), ",
                file.display().to_string()
            );
        }
        out.push_str("]),\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("hostile.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
