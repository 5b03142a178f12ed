//! `rehearse run --rows` and `--stats`: production sizes give each step its estimated
//! lock hold time; sizes that do not read are usage or input errors with a place.

use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output};

/// A scratch directory holding the files of one test.
struct Dir(PathBuf);

impl Dir {
    fn new(name: &str, files: &[(&str, &str)]) -> Dir {
        let dir =
            std::env::temp_dir().join(format!("rehearse-estimates-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch directory");
        for (file, text) in files {
            std::fs::write(dir.join(file), text).expect("writes");
        }
        Dir(dir)
    }

    fn path(&self, file: &str) -> String {
        self.0.join(file).to_string_lossy().into_owned()
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const SETUP: &str = "CREATE TABLE users (id bigint PRIMARY KEY, email text, score int);
CREATE INDEX users_score ON users (score);
INSERT INTO users SELECT g, 'u' || g, g FROM generate_series(1, 10) g;
CREATE TABLE orders (id int PRIMARY KEY, user_id bigint);
";
const MIGRATION: &str = "ALTER TABLE users ALTER COLUMN score TYPE bigint;
UPDATE users SET email = NULL WHERE id <= 5;
ALTER TABLE users ADD COLUMN note text;
ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id);
";

fn rehearse(dir: &Dir, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rehearse"))
        .args(["run", "--format", "json", "--setup"])
        .arg(dir.path("setup.sql"))
        .arg(dir.path("migration.sql"))
        .args(extra)
        .output()
        .expect("the rehearse binary runs")
}

#[test]
fn rows_give_each_step_a_range_with_its_basis() {
    let dir = Dir::new(
        "rows",
        &[("setup.sql", SETUP), ("migration.sql", MIGRATION)],
    );
    let out = rehearse(&dir, &["--rows", "users=1_000_000:120"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let steps = report["steps"].as_array().expect("steps");
    // The rewrite: 1M rows of 120 bytes, its two indexes rebuilt.
    let rewrite = &steps[0]["estimate"];
    let (low, high) = (
        rewrite["low_ms"].as_f64().expect("low"),
        rewrite["high_ms"].as_f64().expect("high"),
    );
    assert!(0.0 < low && low < high, "{rewrite}");
    let term = &rewrite["basis"][0];
    assert_eq!(term["class"], "type_change_rewrite");
    assert_eq!(term["rows"], 1_000_000);
    assert_eq!(term["bytes"], 120_000_000);
    assert_eq!(term["indexes_rebuilt"], 2);
    let summary = rewrite["summary"].as_str().expect("summary");
    assert!(
        summary.ends_with(" at 1,000,000 rows (rewrite + 1 more index)"),
        "{summary}"
    );
    // The UPDATE wrote half the sample's rows: half of production.
    assert_eq!(steps[1]["estimate"]["basis"][0]["rows"], 500_000);
    // Catalog only: constant.
    assert!(steps[2]["estimate"]["summary"]
        .as_str()
        .expect("summary")
        .contains("catalog only"));
    // orders has no size: the validation's scan cannot be estimated.
    let fk = &steps[3]["estimate"];
    assert!(fk["low_ms"].is_null() && fk["high_ms"].is_null(), "{fk}");
    assert_eq!(fk["summary"], "give a row count for `orders` to estimate");
}

#[test]
fn a_foreign_key_is_estimated_against_the_referenced_table() {
    let dir = Dir::new("fk", &[("setup.sql", SETUP), ("migration.sql", MIGRATION)]);
    let out = rehearse(
        &dir,
        &[
            "--rows",
            "users=1_000_000:120",
            "--rows",
            "orders=2_000_000",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let fk = &report["steps"][3]["estimate"];
    let (low, high) = (
        fk["low_ms"].as_f64().expect("low"),
        fk["high_ms"].as_f64().expect("high"),
    );
    assert!(0.0 < low && low < high, "{fk}");
    let term = &fk["basis"][0];
    assert_eq!(term["class"], "foreign_key_scan", "{fk}");
    assert_eq!(term["rows"], 2_000_000, "{fk}");
    assert_eq!(term["referenced"], "users", "{fk}");
    assert_eq!(term["referenced_rows"], 1_000_000, "{fk}");
    let summary = fk["summary"].as_str().expect("summary");
    assert!(summary.contains("1,000,000 rows of users"), "{summary}");
}

#[test]
fn without_sizes_the_report_has_no_estimate() {
    let dir = Dir::new(
        "none",
        &[("setup.sql", SETUP), ("migration.sql", MIGRATION)],
    );
    let report: Value = serde_json::from_slice(&rehearse(&dir, &[]).stdout).expect("JSON");
    assert!(report["steps"][0].get("estimate").is_none());
}

#[test]
fn stats_output_from_psql_reads_and_a_later_rows_wins() {
    let stats = " relname | reltuples | heap_bytes | total_bytes\n\
                 ---------+-----------+------------+------------\n \
                 users   |   2000000 |  240000000 |   300000000\n\
                 (1 row)\n";
    let dir = Dir::new(
        "stats",
        &[
            ("setup.sql", SETUP),
            ("migration.sql", MIGRATION),
            ("stats.txt", stats),
        ],
    );
    let report: Value =
        serde_json::from_slice(&rehearse(&dir, &["--stats", &dir.path("stats.txt")]).stdout)
            .expect("JSON");
    let term = &report["steps"][0]["estimate"]["basis"][0];
    assert_eq!(
        (term["rows"].as_u64(), term["bytes"].as_u64()),
        (Some(2_000_000), Some(240_000_000))
    );
    let report: Value = serde_json::from_slice(
        &rehearse(
            &dir,
            &["--stats", &dir.path("stats.txt"), "--rows", "users=10"],
        )
        .stdout,
    )
    .expect("JSON");
    assert_eq!(report["steps"][0]["estimate"]["basis"][0]["rows"], 10);
}

#[test]
fn sizes_that_do_not_read_are_errors_with_a_place() {
    let dir = Dir::new(
        "errors",
        &[
            ("setup.sql", SETUP),
            ("migration.sql", MIGRATION),
            ("stats.csv", "relname,reltuples\nusers,-1\n"),
        ],
    );
    let out = rehearse(&dir, &["--rows", "users=lots"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "--rows users=lots: at column 7: rows: expected a whole number, found `lots`"
        ),
        "{stderr}"
    );
    let out = rehearse(&dir, &["--stats", &dir.path("stats.csv")]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("stats.csv:2:7: `users` was never analysed"),
        "{stderr}"
    );
}
