//! `rehearse fix` prints the same rewrite the corpus keeps as each hazard case's
//! `-fixed` sibling (which the recorder ran on PostgreSQL).

use std::path::{Path, PathBuf};
use std::process::Command;

fn scenarios() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios")
}

fn fix(case: &str, file: &str, extra: &[&str]) -> std::process::Output {
    let dir = scenarios().join(case);
    Command::new(env!("CARGO_BIN_EXE_rehearse"))
        .arg("fix")
        .arg("--setup")
        .arg(dir.join("setup.sql"))
        .arg(dir.join(file))
        .args(extra)
        .output()
        .expect("the rehearse binary runs")
}

#[test]
fn fix_prints_the_recorded_rewrite_for_alembic_and_sql() {
    for (case, file) in [
        ("hazard-create-index-non-concurrently", "migration.py"),
        ("hazard-rename-as-drop-add-sql", "migration.sql"),
        ("hazard-add-not-null-column-without-default", "migration.py"),
    ] {
        let out = fix(case, file, &[]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{case}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let expected =
            std::fs::read_to_string(scenarios().join(format!("{case}-fixed")).join(file))
                .expect("the -fixed sibling");
        assert_eq!(String::from_utf8_lossy(&out.stdout), expected, "{case}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("committed"), "{case}: {stderr}");
    }
}

#[test]
fn fix_diff_shows_removed_and_added_lines() {
    let out = fix(
        "hazard-foreign-key-without-not-valid",
        "migration.py",
        &["--diff"],
    );
    let diff = String::from_utf8_lossy(&out.stdout);
    assert!(
        diff.contains("+        postgresql_not_valid=True,"),
        "{diff}"
    );
    assert!(diff.contains("+        op.execute(\"ALTER TABLE applications VALIDATE CONSTRAINT applications_vendor_id_fkey\")"), "{diff}");
}

#[test]
fn fix_without_setup_is_a_usage_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_rehearse"))
        .args(["fix", "migration.py"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing --setup"));
}
