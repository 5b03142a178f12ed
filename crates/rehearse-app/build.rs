//! Embeds every lesson folder (`lessons/<id>/` with a `lesson.json`) into the app, so
//! adding a lesson is adding a folder: no Rust change.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    dirs.sort();
    let mut out = String::from(
        "/// Every lesson folder, in name order.\npub const LESSONS: &[LessonFiles] = &[\n",
    );
    for dir in dirs.iter().filter(|d| d.join("lesson.json").is_file()) {
        println!("cargo:rerun-if-changed={}", dir.display());
        let file = |name: &str| {
            let path = dir.join(name);
            if path.is_file() {
                format!("include_str!({:?})", path.display().to_string())
            } else {
                "\"\"".to_string()
            }
        };
        let (migration, sql) = if dir.join("migration.py").is_file() {
            (file("migration.py"), false)
        } else {
            (file("migration.sql"), true)
        };
        let id = dir
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "    LessonFiles {{ id: {id:?}, meta: {}, setup: {}, migration: {migration}, sql: {sql}, old_code: {}, drift: {}, case: {} }},",
            file("lesson.json"),
            file("setup.sql"),
            file("old_code.sql"),
            file("drift.sql"),
            file("case.json"),
        );
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("lessons.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
