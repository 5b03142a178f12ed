//! The core never panics on user input (in wasm a panic kills the page). Every corpus
//! input is cut short at many points and mangled in small ways; each variant must give
//! a report or an input error, never a panic.

use rehearse_core::{run, MigrationKind, Scenario};
use std::path::Path;

fn variants(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let mut out = Vec::new();
    let step = (n / 40).max(1);
    for cut in (0..n).step_by(step) {
        out.push(chars[..cut].iter().collect());
        // Drop one character, or double it.
        let mut dropped = chars.clone();
        dropped.remove(cut);
        out.push(dropped.iter().collect());
        let mut doubled = chars.clone();
        doubled.insert(cut, chars[cut]);
        out.push(doubled.iter().collect());
    }
    out.push(text.replace('(', "((").replace("'", "''"));
    out.push(
        text.replace("nullable=True", "nullable=None")
            .replace("NOT NULL", "NULL NOT NULL"),
    );
    out
}

#[test]
fn mangled_corpus_inputs_never_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios");
    let now = chrono::NaiveDateTime::default();
    let scenario = |setup: &str, migration: &str, kind| Scenario {
        setup: setup.into(),
        migration: migration.into(),
        kind,
        check_downgrade: true,
        ..Scenario::default()
    };
    let mut runs = 0;
    for entry in std::fs::read_dir(&root).expect("corpus").flatten() {
        let dir = entry.path();
        let setup = std::fs::read_to_string(dir.join("setup.sql")).unwrap_or_default();
        let (migration, kind) = match std::fs::read_to_string(dir.join("migration.py")) {
            Ok(m) => (m, MigrationKind::Alembic),
            Err(_) => (
                std::fs::read_to_string(dir.join("migration.sql")).unwrap_or_default(),
                MigrationKind::Sql,
            ),
        };
        for (i, variant) in variants(&migration).into_iter().enumerate() {
            runs += 1;
            let outcome = std::panic::catch_unwind(|| run(&scenario(&setup, &variant, kind), now));
            assert!(outcome.is_ok(), "panic on {}:\n{variant}", dir.display());
            // The safe rewrite edits source text by byte ranges: mangled input is where
            // an off-by-one would show. Every fifth variant keeps the run short.
            if i % 5 == 0 {
                let fixed = std::panic::catch_unwind(|| {
                    rehearse_core::fix::fix(&scenario(&setup, &variant, kind), now)
                });
                assert!(
                    fixed.is_ok(),
                    "panic in fix on {}:\n{variant}",
                    dir.display()
                );
            }
        }
        for variant in variants(&setup).into_iter().step_by(3) {
            runs += 1;
            let outcome =
                std::panic::catch_unwind(|| run(&scenario(&variant, &migration, kind), now));
            assert!(
                outcome.is_ok(),
                "panic on the setup of {}:\n{variant}",
                dir.display()
            );
        }
    }
    // Models: the autogenerate corpus, each model mangled, compared with its setup.
    let autogen = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/autogen");
    for entry in std::fs::read_dir(&autogen)
        .expect("autogen corpus")
        .flatten()
    {
        let dir = entry.path();
        let setup = std::fs::read_to_string(dir.join("setup.sql")).unwrap_or_default();
        let model = std::fs::read_to_string(dir.join("model.py")).unwrap_or_default();
        for variant in variants(&model) {
            runs += 1;
            let outcome = std::panic::catch_unwind(|| {
                rehearse_core::autogen::generate_against(&setup, "", &variant, now)
            });
            assert!(
                outcome.is_ok(),
                "panic on the model of {}:\n{variant}",
                dir.display()
            );
        }
    }
    println!("no-panic: {runs} mangled inputs, no panic");
}

/// Bad input tried on purpose: every case is an input error with a line and column,
/// or a PostgreSQL error — never a panic, a hang or a crash.
#[test]
fn hostile_inputs_give_spanned_errors() {
    let setup = "CREATE TABLE t (id int PRIMARY KEY, name text);\nINSERT INTO t VALUES (1, 'a');\n";
    let deep_sum = format!("SELECT 1{};", " + 1".repeat(5_000));
    let deep_and = format!(
        "SELECT * FROM t WHERE {} true;",
        "id = 1 AND ".repeat(2_000)
    );
    let big_paste = format!("-- {}\nSELECT 1;", "x".repeat(10 << 20));
    let junk: String = (0..4096u32)
        .map(|i| char::from_u32(i * 7919 % 0xD7FF).unwrap_or('?'))
        .collect();
    let cases: Vec<(&str, String, MigrationKind)> = vec![
        ("empty", String::new(), MigrationKind::Auto),
        ("binary junk", junk, MigrationKind::Auto),
        ("10 MB paste", big_paste, MigrationKind::Sql),
        ("deep sum", deep_sum, MigrationKind::Sql),
        ("deep AND", deep_and, MigrationKind::Sql),
        (
            "unterminated string",
            "SELECT 'abc;\n".into(),
            MigrationKind::Sql,
        ),
        (
            "unterminated Python string",
            "op.execute(\"SELECT 1)\n".into(),
            MigrationKind::Alembic,
        ),
        (
            "Python syntax error",
            "def upgrade(:\n    pass\n".into(),
            MigrationKind::Alembic,
        ),
        (
            "SQL in the Python pane",
            "ALTER TABLE t ADD COLUMN x int;".into(),
            MigrationKind::Alembic,
        ),
        (
            "Python in the SQL pane",
            "op.add_column('t', sa.Column('x', sa.Integer()))".into(),
            MigrationKind::Sql,
        ),
        (
            "deep Python",
            format!(
                "op.execute({}\"SELECT 1\"{})",
                "(".repeat(5_000),
                ")".repeat(5_000)
            ),
            MigrationKind::Alembic,
        ),
    ];
    for (name, migration, kind) in cases {
        let result = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || {
                let scenario = Scenario {
                    setup: setup.into(),
                    migration,
                    kind,
                    ..Scenario::default()
                };
                run(&scenario, Default::default()).map(|r| r.committed())
            })
            .expect("thread")
            .join();
        match result {
            Err(_) => panic!("{name}: panicked"),
            Ok(Err(e)) => assert!(e.span.line >= 1 && !e.message.is_empty(), "{name}: {e:?}"),
            Ok(Ok(_)) => {}
        }
    }
}
