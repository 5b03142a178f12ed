//! The autogenerate corpus: every `tests/autogen/<case>/` runs its `setup.sql`, compares
//! its `model.py` with the result, and must render exactly what real Alembic rendered
//! against real PostgreSQL (`expected/`, recorded by `tests/oracle/record-autogen`).

use rehearse_core::autogen::generate_against;
use std::fs;
use std::path::{Path, PathBuf};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/autogen")
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn autogenerate_matches_alembic() {
    let now = chrono::NaiveDateTime::default();
    let mut cases: Vec<PathBuf> = fs::read_dir(corpus())
        .expect("tests/autogen")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("expected/upgrade.py").exists())
        .collect();
    cases.sort();
    let mut failures = Vec::new();
    let mut compared = 0;
    for dir in &cases {
        let name = dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let setup = read(&dir.join("setup.sql"));
        let model = read(&dir.join("model.py"));
        let drift = fs::read_to_string(dir.join("drift.sql")).unwrap_or_default();
        let got = match generate_against(&setup, &drift, &model, now) {
            Ok(g) => g,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        // The generated revision runs in the playground as it stands; only a downgrade
        // Alembic itself marks as failing (an unnamed constraint) may refuse to run.
        let revision = got.revision_file("update model", "0123456789ab", "2026-01-01 00:00:00");
        let alembic_warns = got.downgrade.contains("# WARNING: constraint name is None");
        let scenario = rehearse_core::Scenario {
            setup: setup.clone(),
            migration: revision.clone(),
            kind: rehearse_core::MigrationKind::Alembic,
            check_downgrade: !alembic_warns,
            ..Default::default()
        };
        if let Err(e) = rehearse_core::run(&scenario, now) {
            failures.push(format!(
                "{name}: the generated revision does not run: {e}\n{revision}"
            ));
        }
        if alembic_warns {
            let with_downgrade = rehearse_core::Scenario {
                check_downgrade: true,
                ..scenario
            };
            let downgrade = rehearse_core::run(&with_downgrade, now);
            if !matches!(&downgrade, Err(e) if e.message.contains("Can't emit DROP CONSTRAINT")) {
                failures.push(format!(
                    "{name}: the downgrade of an unnamed constraint should fail as Alembic's does"
                ));
            }
        }
        // Its SQL is what real Alembic emits for the recorded revision.
        if let Ok(sql) = fs::read_to_string(dir.join("expected/alembic.json")) {
            let want: serde_json::Value = serde_json::from_str(&sql).expect("alembic.json");
            match rehearse_core::input::plan(&revision, rehearse_core::MigrationKind::Alembic) {
                Ok(plan) => {
                    for (part, steps, error) in [
                        ("upgrade", &plan.upgrade, None),
                        ("downgrade", &plan.downgrade, plan.downgrade_error.as_ref()),
                    ] {
                        compared += 1;
                        let got = match error {
                            Some(e) => serde_json::json!({ "error": e.message }),
                            None => serde_json::json!(steps
                                .iter()
                                .map(|s| s.sql.clone())
                                .collect::<Vec<_>>()),
                        };
                        let agree = match (&want[part], &got) {
                            (w, g) if w.get("error").is_some() => g.get("error").is_some(),
                            (w, g) => w == g,
                        };
                        if !agree {
                            failures.push(format!(
                                "{name} {part} SQL:\n--- Alembic\n{}\n--- Rehearse\n{got}\n",
                                want[part]
                            ));
                        }
                    }
                }
                Err(e) => failures.push(format!(
                    "{name}: the generated revision does not parse: {e}"
                )),
            }
        }
        let expected_imports: Vec<String> = read(&dir.join("expected/imports.txt"))
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect();
        for (what, got, want) in [
            (
                "upgrade",
                got.upgrade.clone(),
                read(&dir.join("expected/upgrade.py")),
            ),
            (
                "downgrade",
                got.downgrade.clone(),
                read(&dir.join("expected/downgrade.py")),
            ),
            (
                "imports",
                got.imports.join("\n"),
                expected_imports.join("\n"),
            ),
        ] {
            compared += 1;
            if got.trim_end() != want.trim_end() {
                failures.push(format!(
                    "{name} {what}:\n--- Alembic\n{want}\n--- Rehearse\n{got}\n"
                ));
            }
        }
    }
    println!(
        "autogenerate corpus: {} cases, {compared} renderings compared, {} differ",
        cases.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        cases.len() >= 20,
        "the corpus is missing: {}",
        corpus().display()
    );
}

/// The Model tab's starting model describes its database exactly: autogenerate finds
/// nothing to do, for every corpus setup and every lesson.
#[test]
fn model_from_database_round_trips() {
    let now = chrono::NaiveDateTime::default();
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
    let mut setups: Vec<PathBuf> = Vec::new();
    for root in [corpus(), lessons] {
        for e in fs::read_dir(&root).expect("folder").flatten() {
            if e.path().join("setup.sql").exists() {
                setups.push(e.path().join("setup.sql"));
            }
        }
    }
    setups.sort();
    let mut written = 0;
    let mut failures = Vec::new();
    for path in &setups {
        let setup = read(path);
        let model = match rehearse_core::autogen::model_for(&setup, "", now) {
            Ok(m) => m,
            Err(e) => {
                println!("{}: no model ({e})", path.display());
                continue;
            }
        };
        written += 1;
        match generate_against(&setup, "", &model, now) {
            Ok(g) if g.operations == 0 => {}
            Ok(g) => failures.push(format!("{}:\n{model}\n{}", path.display(), g.upgrade)),
            Err(e) => failures.push(format!("{}: {e}\n{model}", path.display())),
        }
    }
    println!(
        "model from database: {written} of {} setups written, all round trip",
        setups.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        written * 10 >= setups.len() * 9,
        "too few setups could be written as a model"
    );
}

/// What SQLAlchemy itself refuses, or what the simulation does not model, is an error
/// at the model's line, never a guess.
#[test]
fn unsupported_or_invalid_models_are_located_errors() {
    let now = chrono::NaiveDateTime::default();
    let setup = "CREATE TABLE users (id serial PRIMARY KEY);";
    let head = "from sqlalchemy import ForeignKey, Index, Integer, Column\nfrom sqlalchemy.orm import DeclarativeBase\n\nclass Base(DeclarativeBase):\n    pass\n\n";
    for (body, line, words) in [
        ("class A(Base):\n    __tablename__ = 'a'\n    id = Column(Integer, primary_key=True)\n\nclass B(Base):\n    __tablename__ = 'a'\n    id = Column(Integer, primary_key=True)\n", 11, "already defined"),
        ("class A(Base):\n    __tablename__ = 'a'\n    id = Column(Integer, primary_key=True)\n    u = Column(Integer, ForeignKey('users.id', deferrable=True))\n", 10, "deferrable"),
        ("class A(Base):\n    __tablename__ = 'a'\n    __table_args__ = (Index('ix_a_nope', 'nope'),)\n    id = Column(Integer, primary_key=True)\n", 9, "no column \"nope\""),
        ("class A(Base):\n    __tablename__ = 'a'\n    id = 5\n", 9, "not a column"),
    ] {
        let model = format!("{head}{body}");
        match generate_against(setup, "", &model, now) {
            Err(e) => {
                assert_eq!(e.source, rehearse_core::Source::Model, "{e}");
                assert_eq!(e.span.line, line, "{e}\n{model}");
                assert!(e.message.contains(words), "{e}");
            }
            Ok(g) => panic!("accepted:\n{model}\n{}", g.upgrade),
        }
    }
}
