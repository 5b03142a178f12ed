//! `rehearse run` as a user runs it, for the three kinds of answer: PostgreSQL's
//! verdict (exit 0 or 1), and a step Rehearse cannot simulate (exit 2, located on
//! stderr, never shown as a rollback).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn case(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/scenarios")
        .join(name)
}

/// Runs `rehearse run --setup CASE/setup.sql CASE/migration.* --format json`.
fn run(name: &str) -> (i32, Value, String) {
    let dir = case(name);
    let migration = ["migration.py", "migration.sql"]
        .iter()
        .map(|m| dir.join(m))
        .find(|p| p.exists())
        .expect("a migration file");
    let out = Command::new(env!("CARGO_BIN_EXE_rehearse"))
        .args(["run", "--format", "json", "--setup"])
        .arg(dir.join("setup.sql"))
        .arg(&migration)
        .output()
        .expect("the rehearse binary runs");
    let json = serde_json::from_slice(&out.stdout).expect("a JSON report");
    (
        out.status.code().expect("an exit code"),
        json,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn an_unsupported_step_is_exit_2_located_and_not_a_rollback() {
    let (code, report, stderr) = run("sql-unsupported-builtin-size-tsvector");
    assert_eq!(code, 2);
    assert_eq!(report["outcome"], "unsupported");
    let step = &report["steps"][0];
    assert_eq!(step["status"], "unsupported");
    assert!(step["error"].is_null());
    assert_eq!(
        step["unsupported"]["construct"],
        "the function pg_column_size(bigint)"
    );
    // The step after it is not run, but its hazard is still reported.
    assert_eq!(report["steps"][1]["status"], "skipped");
    assert_eq!(
        report["steps"][1]["hazards"][0]["rule"],
        "backfill-in-transaction"
    );
    assert!(
        stderr.contains("migration.sql:1:1: Rehearse cannot simulate the function pg_column_size("),
        "{stderr}"
    );
}

#[test]
fn a_failure_after_a_commit_is_partial() {
    let (code, report, _) = run("alembic-autocommit-then-failure-partial");
    assert_eq!(code, 1);
    assert_eq!(report["outcome"], "partial");
    let committed: Vec<bool> = report["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|s| s["committed"] == true)
        .collect();
    assert_eq!(committed, [true, true, true, false, false]);
    let names: Vec<&str> = report["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .filter_map(|t| t["name"].as_str())
        .collect();
    assert_eq!(names, ["audit", "vendors"]);
}

#[test]
fn a_failed_concurrent_build_leaves_an_invalid_index() {
    let (code, report, _) = run("alembic-concurrent-unique-index-fails-invalid");
    assert_eq!(code, 1);
    assert_eq!(report["outcome"], "partial");
    let users = &report["tables"][0];
    assert_eq!(users["indexes"][0]["name"], "ix_users_email");
    assert_eq!(users["indexes"][0]["valid"], false);
}

#[test]
fn a_lossy_conversion_lists_the_changed_cells() {
    let (code, report, _) = run("alembic-type-change-rounds-lossy");
    assert_eq!(code, 0);
    assert_eq!(
        report["steps"][0]["changed"],
        serde_json::json!([{"table": "invoices", "column": "amount", "cells": 2}])
    );
    assert_eq!(
        report["steps"][1]["changed"],
        serde_json::json!([{"table": "invoices", "column": "issued", "cells": 1}])
    );
}

#[test]
fn the_memory_cap_stops_a_runaway_run_with_a_message() {
    let dir = std::env::temp_dir().join(format!("rehearse-memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(
        dir.join("setup.sql"),
        "CREATE TABLE t (v text);\nINSERT INTO t VALUES ('x');\n",
    )
    .expect("write setup");
    // Each UPDATE doubles the value: 2^34 bytes by the end, far past the cap.
    std::fs::write(dir.join("m.sql"), "UPDATE t SET v = v || v;\n".repeat(34)).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_rehearse"))
        .env("REHEARSE_MAX_MEMORY", "64M")
        .args(["run", "--setup"])
        .arg(dir.join("setup.sql"))
        .arg(dir.join("m.sql"))
        .output()
        .expect("the rehearse binary runs");
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("needs more than 64 MB of memory"),
        "{stderr}"
    );
}

/// A ROLLBACK inside a migration kept the values the rolled-back INSERT drew from the
/// sequence, as PostgreSQL does (nextval is not transactional; checked on PGlite: the
/// next row gets id 2). The runner used to restore the sequence with the tables.
#[test]
fn a_rollback_keeps_sequence_positions() {
    let dir = std::env::temp_dir().join(format!("rehearse-rollback-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(
        dir.join("setup.sql"),
        "CREATE TABLE t (id serial PRIMARY KEY, name text);\n",
    )
    .expect("write setup");
    std::fs::write(
        dir.join("m.sql"),
        "BEGIN;\nINSERT INTO t (name) VALUES ('a');\nROLLBACK;\nINSERT INTO t (name) VALUES ('b');\n",
    )
    .expect("write migration");
    let out = Command::new(env!("CARGO_BIN_EXE_rehearse"))
        .args(["run", "--format", "json", "--setup"])
        .arg(dir.join("setup.sql"))
        .arg(dir.join("m.sql"))
        .output()
        .expect("the rehearse binary runs");
    let _ = std::fs::remove_dir_all(&dir);
    let report: Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
    assert_eq!(report["outcome"], "committed");
    assert_eq!(report["tables"][0]["rows"], serde_json::json!([[2, "b"]]));
}

/// A revision whose `if` calls the project's own helper, in a folder of its own.
fn helper_revision(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rehearse-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    std::fs::write(dir.join("setup.sql"), "CREATE TABLE t (id int);\n").expect("writes");
    std::fs::write(
        dir.join("migration.py"),
        "from alembic import op\nimport sqlalchemy as sa\nfrom myproject.migration import skip_legacy\n\n\ndef upgrade():\n    if skip_legacy(op, __name__):\n        return\n    op.add_column('t', sa.Column('x', sa.Integer()))\n",
    )
    .expect("writes");
    dir
}

fn rehearse(args: &[&str], dir: &Path) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rehearse"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the rehearse binary runs");
    (
        out.status.code().expect("an exit code"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_condition_on_the_projects_own_code_is_refused_with_the_flag_that_states_it() {
    let dir = helper_revision("refused");
    let (code, _, stderr) = rehearse(&["run", "--setup", "setup.sql", "migration.py"], &dir);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(
            "migration.py:7:8: Rehearse cannot tell whether `skip_legacy(op, __name__)` is true"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("--assume 'skip_legacy(op, __name__)=false'"),
        "{stderr}"
    );
    // The flag it offers, added as printed (the shell removes the quotes), runs it.
    let (code, stdout, stderr) = rehearse(
        &[
            "run",
            "--setup",
            "setup.sql",
            "migration.py",
            "--assume",
            "skip_legacy(op, __name__)=false",
        ],
        &dir,
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.starts_with("Assuming `skip_legacy(op, __name__)` is false, as you said.\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("ALTER TABLE t ADD COLUMN x INTEGER"),
        "{stdout}"
    );
    let (code, stdout, _) = rehearse(
        &[
            "run",
            "--format",
            "json",
            "--setup",
            "setup.sql",
            "migration.py",
            "--assume",
            "skip_legacy( op,__name__ )=true",
        ],
        &dir,
    );
    assert_eq!(code, 0);
    let report: Value = serde_json::from_str(&stdout).expect("a JSON report");
    assert_eq!(
        report["assumptions"],
        serde_json::json!([{"condition": "skip_legacy(op, __name__)", "value": true}])
    );
    assert_eq!(report["steps"], serde_json::json!([]));
    let (code, _, stderr) = rehearse(
        &[
            "run",
            "--setup",
            "setup.sql",
            "migration.py",
            "--assume",
            "x=maybe",
        ],
        &dir,
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--assume: an assumption's value is true or false, not `maybe`"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
