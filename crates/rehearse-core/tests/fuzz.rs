//! Fuzzing on stable Rust: random mutations of the corpus's inputs, and random
//! statement sequences on random tables, fed to each front end and to the engine for a
//! time budget, with no extra tools (the libFuzzer targets in `fuzz/`, run by
//! `cargo xtask fuzz`, add coverage guidance and AddressSanitizer). It keeps
//! cargo-fuzz's contract: a panic is a failure, the input that caused it is written
//! to `tests/fuzz/crashes/`, and every file under `tests/fuzz/regressions/<target>/` is
//! replayed on every run (move a crash there once it is fixed).
//!
//!   cargo test -p rehearse-core --test fuzz                      (a few seconds each)
//!   REHEARSE_FUZZ_SECONDS=600 cargo test -p rehearse-core --release --test fuzz -- --nocapture

use rehearse_core::{run, MigrationKind, Scenario};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// xorshift64*: deterministic per seed, so a run can be repeated.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const SPLICES: &[&str] = &[
    "(",
    ")",
    "'",
    "\"",
    "\\",
    ";",
    ",",
    "::",
    "NULL",
    "NOT NULL",
    "op.",
    "sa.Column(",
    "=",
    "DEFAULT",
    "\n",
    "    ",
    "#",
    "--",
    "/*",
    "$1",
    "1e308",
    "-",
    "9999999999999999999",
    "ALTER TABLE",
    "DROP",
    "💥",
    "\u{0}",
    "%s",
    "{",
    "]",
    "nullable=False",
    "CHECK (",
];

/// One random edit of `text`: delete, duplicate, or splice in a token.
fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..=rng.below(4) {
        let at = rng.below(chars.len() + 1).min(chars.len());
        match rng.below(3) {
            0 if !chars.is_empty() => {
                let end = (at + rng.below(12)).min(chars.len());
                chars.drain(at..end);
            }
            1 if !chars.is_empty() => {
                let end = (at + rng.below(24)).min(chars.len());
                let copy: Vec<char> = chars[at..end].to_vec();
                chars.splice(at..at, copy);
            }
            _ => {
                let s: Vec<char> = rng.pick(SPLICES).chars().collect();
                chars.splice(at..at, s);
            }
        }
    }
    chars.into_iter().collect()
}

fn corpus(file: &str) -> Vec<String> {
    let mut out = Vec::new();
    for dir in ["tests/scenarios", "lessons", "tests/autogen"] {
        for e in std::fs::read_dir(root().join(dir))
            .into_iter()
            .flatten()
            .flatten()
        {
            if let Ok(t) = std::fs::read_to_string(e.path().join(file)) {
                out.push(t);
            }
        }
    }
    out
}

/// A random statement on tables t0..t2 (the engine target).
fn statement(rng: &mut Rng) -> String {
    let t = format!("t{}", rng.below(3));
    let c = format!("c{}", rng.below(4));
    let ty = *rng.pick(&[
        "int",
        "bigint",
        "text",
        "varchar(3)",
        "numeric(5,2)",
        "boolean",
        "timestamp",
        "jsonb",
        "uuid",
        "date",
    ]);
    let v = *rng.pick(&[
        "1",
        "-1",
        "NULL",
        "'x'",
        "'2020-01-01'",
        "true",
        "'{}'",
        "2147483648",
        "1.5",
        "''",
        "now()",
        "gen_random_uuid()",
    ]);
    match rng.below(12) {
        0 => format!("CREATE TABLE {t} (id int PRIMARY KEY, {c} {ty})"),
        1 => format!("INSERT INTO {t} VALUES ({}, {v})", rng.below(5)),
        2 => format!("ALTER TABLE {t} ADD COLUMN {c} {ty} DEFAULT {v}"),
        3 => format!("ALTER TABLE {t} DROP COLUMN {c}"),
        4 => format!("ALTER TABLE {t} ALTER COLUMN {c} TYPE {ty} USING {c}::{ty}"),
        5 => format!("ALTER TABLE {t} ALTER COLUMN {c} SET NOT NULL"),
        6 => format!("UPDATE {t} SET {c} = {v} WHERE id > {}", rng.below(3)),
        7 => format!("DELETE FROM {t} WHERE {c} IS NULL"),
        8 => format!("CREATE UNIQUE INDEX ON {t} ({c})"),
        9 => format!(
            "ALTER TABLE {t} ADD CONSTRAINT k{} CHECK ({c} IS NOT NULL) NOT VALID",
            rng.below(3)
        ),
        10 => format!("ALTER TABLE {t} RENAME COLUMN {c} TO c{}", rng.below(4)),
        _ => format!(
            "ALTER TABLE {t} ADD FOREIGN KEY ({c}) REFERENCES t{} (id)",
            rng.below(3)
        ),
    }
}

type Target = fn(&str);

fn run_py(text: &str) {
    let scenario = Scenario {
        setup: "CREATE TABLE t (id int);".into(),
        migration: text.into(),
        kind: MigrationKind::Alembic,
        ..Scenario::default()
    };
    let _ = run(&scenario, chrono::NaiveDateTime::default());
}
fn run_sql(text: &str) {
    let _ = rehearse_engine::sql::parse_script(text, rehearse_core::Source::Migration);
}
fn run_setup(text: &str) {
    let _ = rehearse_core::setup::load(text, chrono::NaiveDateTime::default());
}
fn run_model(text: &str) {
    let _ = rehearse_core::autogen::generate_against(
        "CREATE TABLE users (id serial PRIMARY KEY, name varchar(50) UNIQUE, team_id int);\nCREATE INDEX ix_users_team_id ON users (team_id);",
        "",
        text,
        chrono::NaiveDateTime::default(),
    );
}
fn run_share(text: &str) {
    let _ = rehearse_core::share::decode(text);
}
fn run_engine(text: &str) {
    let scenario = Scenario {
        migration: text.into(),
        kind: MigrationKind::Sql,
        check_downgrade: true,
        old_code: "SELECT * FROM t0;".into(),
        ..Scenario::default()
    };
    let now = chrono::NaiveDateTime::default();
    let _ = run(&scenario, now);
    let _ = rehearse_core::fix::fix(&scenario, now);
}

fn fuzz(name: &str, target: Target, mut input: impl FnMut(&mut Rng) -> String) {
    let budget = std::env::var("REHEARSE_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let regressions = root().join("tests/fuzz/regressions").join(name);
    for e in std::fs::read_dir(&regressions)
        .into_iter()
        .flatten()
        .flatten()
    {
        let text = std::fs::read_to_string(e.path()).unwrap_or_default();
        assert!(
            std::panic::catch_unwind(|| target(&text)).is_ok(),
            "regression {} panics",
            e.path().display()
        );
    }
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ name.len() as u64);
    let start = Instant::now();
    let mut runs = 0u64;
    std::panic::set_hook(Box::new(|_| {}));
    while start.elapsed() < Duration::from_secs(budget) {
        let text = input(&mut rng);
        runs += 1;
        if std::panic::catch_unwind(|| target(&text)).is_err() {
            let _ = std::panic::take_hook();
            let dir = root().join("tests/fuzz/crashes");
            let _ = std::fs::create_dir_all(&dir);
            let file = dir.join(format!("{name}-{runs}.txt"));
            let _ = std::fs::write(&file, &text);
            panic!("{name}: a panic; the input is in {}", file.display());
        }
    }
    let _ = std::panic::take_hook();
    println!("fuzz {name}: {runs} inputs in {budget}s, no panic");
}

#[test]
fn fuzz_python_front_end() {
    let seeds = corpus("migration.py");
    fuzz("python", run_py, |rng| {
        let i = rng.below(seeds.len());
        mutate(seeds.get(i).map_or("", String::as_str), rng)
    });
}

#[test]
fn fuzz_sql_front_end() {
    let seeds = corpus("migration.sql");
    fuzz("sql", run_sql, |rng| {
        let i = rng.below(seeds.len());
        mutate(seeds.get(i).map_or("", String::as_str), rng)
    });
}

#[test]
fn fuzz_setup_grid_parser() {
    let seeds = corpus("setup.sql");
    fuzz("setup", run_setup, |rng| {
        let i = rng.below(seeds.len());
        mutate(seeds.get(i).map_or("", String::as_str), rng)
    });
}

#[test]
fn fuzz_model_parser_and_autogenerate() {
    let seeds = corpus("model.py");
    fuzz("model", run_model, |rng| {
        let i = rng.below(seeds.len());
        mutate(seeds.get(i).map_or("", String::as_str), rng)
    });
}

#[test]
fn fuzz_share_link_decoder() {
    let link = rehearse_core::share::encode(&Scenario {
        setup: "CREATE TABLE t (id int);".into(),
        migration: "ALTER TABLE t ADD COLUMN x int;".into(),
        ..Default::default()
    });
    fuzz("share", run_share, |rng| mutate(&link, rng));
}

#[test]
fn fuzz_engine_statement_sequences() {
    fuzz("engine", run_engine, |rng| {
        (0..3 + rng.below(10))
            .map(|_| statement(rng) + ";\n")
            .collect()
    });
}
