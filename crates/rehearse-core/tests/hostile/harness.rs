//! The hostile-input corpus (`tests/hostile/<case>/`), read the same way by the native
//! test (`crates/rehearse-core/tests/hostile.rs`, files read from disk) and the wasm
//! one (`crates/rehearse-wasm/tests/hostile.rs`, files embedded by its build script), so
//! both stacks run the same cases.
//!
//! A case folder holds `setup.sql` (optional), the input — `migration.sql`,
//! `migration.py` or `model.py` (an autogenerate model) — and `expected.json`. An input
//! too big to keep as a file is described by `case.json` instead: one object (or a
//! list of them) `{"file": "migration.py", "template": "x = {}1", "repeat": "-",
//! "times": 4000}`, each `{}` of the template replaced by `repeat` written `times`
//! times (`repeat` may be a list: one string per `{}`, in order).
//!
//! Both run the core directly, as the playground does (Rust to Rust), and compare the
//! outcome and the failing step's error only: a report's JSON of a case near
//! PostgreSQL's 1 GB value limit would be gigabytes.
//!
//! `expected.json` is one of:
//! * `{"input_error": {"source": "migration", "contains": "...", "line": 1}}`
//!   (`line` and `column` optional);
//! * `{"outcome": "rolled_back", "error": {"sqlstate": "54000", "message": "..."}}`
//!   (the failing step's error; `detail` and `hint` compared when given);
//! * `{"outcome": "unsupported", "unsupported": {"contains": "..."}}`: a step Rehearse
//!   cannot simulate (never a PostgreSQL error);
//! * `{"outcome": "committed"}`; for a model, `{"model": "ok"}`.

use rehearse_core::{MigrationKind, Scenario};
use serde_json::Value;
use std::collections::BTreeMap;

/// What a case runs.
pub enum Input {
    /// A scenario's setup then migration (SQL or Alembic).
    Run(Scenario),
    /// Autogenerate: `model` against the database `setup` builds.
    Model {
        /// The setup script.
        setup: String,
        /// The model file.
        model: String,
    },
}

/// An input error as both front ends see it.
#[derive(Debug)]
pub struct InputError {
    /// "setup", "migration", "model".
    pub source: String,
    /// Line.
    pub line: u32,
    /// Column.
    pub column: u32,
    /// Message.
    pub message: String,
}

/// What came out: a report (as JSON), a model's success, or an input error.
pub enum Outcome {
    /// The report's JSON.
    Report(Value),
    /// Autogenerate succeeded.
    Model,
    /// The input was refused.
    Input(InputError),
}

/// One case, its generated files written out.
pub struct Case {
    /// The folder's name.
    pub name: String,
    files: BTreeMap<String, String>,
    expected: Value,
}

fn generate(spec: &Value) -> Result<(String, String), String> {
    let file = spec["file"].as_str().ok_or("case.json: no \"file\"")?;
    let template = spec["template"]
        .as_str()
        .ok_or("case.json: no \"template\"")?;
    let times = spec["times"].as_u64().ok_or("case.json: no \"times\"")? as usize;
    let repeats: Vec<String> = match &spec["repeat"] {
        Value::String(s) => vec![s.repeat(times); template.matches("{}").count()],
        Value::Array(items) => items
            .iter()
            .map(|v| v.as_str().unwrap_or_default().repeat(times))
            .collect(),
        _ => return Err("case.json: \"repeat\" is a string or a list".into()),
    };
    let mut text = String::new();
    let mut parts = template.split("{}");
    text.push_str(parts.next().unwrap_or_default());
    for (i, part) in parts.enumerate() {
        text.push_str(repeats.get(i).map_or("", String::as_str));
        text.push_str(part);
    }
    Ok((file.to_string(), text))
}

impl Case {
    /// A case from its folder's files (name → text).
    pub fn new(name: &str, files: &[(&str, &str)]) -> Result<Case, String> {
        let mut map: BTreeMap<String, String> = files
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        if let Some(spec) = map.get("case.json") {
            let spec: Value = serde_json::from_str(spec).map_err(|e| format!("case.json: {e}"))?;
            let specs = match spec {
                Value::Array(items) => items,
                one => vec![one],
            };
            for spec in &specs {
                let (file, text) = generate(spec)?;
                map.insert(file, text);
            }
        }
        let expected = map
            .get("expected.json")
            .ok_or("no expected.json")
            .and_then(|t| serde_json::from_str(t).map_err(|_| "expected.json is not JSON"))?;
        Ok(Case {
            name: name.to_string(),
            files: map,
            expected,
        })
    }

    /// What to run.
    pub fn input(&self) -> Result<Input, String> {
        let file = |n: &str| self.files.get(n).cloned();
        let setup = file("setup.sql").unwrap_or_default();
        if let Some(model) = file("model.py") {
            return Ok(Input::Model { setup, model });
        }
        let run = |migration, kind| {
            Input::Run(Scenario {
                setup,
                migration,
                kind,
                ..Scenario::default()
            })
        };
        if let Some(migration) = file("migration.sql") {
            return Ok(run(migration, MigrationKind::Sql));
        }
        match file("migration.py") {
            Some(migration) => Ok(run(migration, MigrationKind::Alembic)),
            None => Err("no migration.sql, migration.py or model.py".into()),
        }
    }

    /// Whether `outcome` is what `expected.json` says.
    pub fn check(&self, outcome: &Outcome) -> Result<(), String> {
        let e = &self.expected;
        let name = &self.name;
        if let Some(want) = e.get("input_error") {
            let Outcome::Input(got) = outcome else {
                return Err(format!("{name}: expected an input error, got a result"));
            };
            let same =
                |key: &str, value: u64| want.get(key).is_none_or(|w| w.as_u64() == Some(value));
            let fits = want["source"].as_str().is_none_or(|s| s == got.source)
                && want["contains"]
                    .as_str()
                    .is_none_or(|s| got.message.contains(s))
                && same("line", got.line.into())
                && same("column", got.column.into());
            return if fits {
                Ok(())
            } else {
                Err(format!("{name}: expected input error {want}, got {got:?}"))
            };
        }
        if e.get("model").is_some() {
            return match outcome {
                Outcome::Model => Ok(()),
                Outcome::Input(got) => Err(format!("{name}: expected a model, got {got:?}")),
                Outcome::Report(_) => Err(format!("{name}: expected a model, got a report")),
            };
        }
        let report = match outcome {
            Outcome::Report(r) => r,
            Outcome::Input(got) => {
                return Err(format!("{name}: expected a report, got {got:?}"));
            }
            Outcome::Model => return Err(format!("{name}: expected a report, got a model")),
        };
        if report["outcome"] != e["outcome"] {
            return Err(format!(
                "{name}: expected outcome {}, got {} (errors: {})",
                e["outcome"],
                report["outcome"],
                errors(report)
            ));
        }
        if let Some(want) = e.get("error") {
            let got = report["steps"]
                .as_array()
                .and_then(|steps| steps.iter().find(|s| s["status"] == "error"))
                .map(|s| &s["error"]);
            let Some(got) = got else {
                return Err(format!("{name}: expected error {want}, no step failed"));
            };
            for key in ["sqlstate", "message", "detail", "hint"] {
                if want.get(key).is_some() && want[key] != got[key] {
                    return Err(format!("{name}: expected error {want}, got {got}"));
                }
            }
        }
        if let Some(want) = e.get("unsupported") {
            let got = report["steps"]
                .as_array()
                .and_then(|steps| steps.iter().find(|s| s["status"] == "unsupported"))
                .map(|s| &s["unsupported"]["message"]);
            let contains = want["contains"].as_str().unwrap_or_default();
            if !got
                .and_then(Value::as_str)
                .is_some_and(|m| m.contains(contains))
            {
                return Err(format!("{name}: expected unsupported {want}, got {got:?}"));
            }
        }
        Ok(())
    }
}

/// Runs a case's input through the core.
pub fn run(case: &Case) -> Result<Outcome, String> {
    let now = chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .unwrap_or_default();
    let input_error = |e: rehearse_core::InputError| {
        Outcome::Input(InputError {
            source: e.source.to_string(),
            line: e.span.line,
            column: e.span.column,
            message: e.message,
        })
    };
    Ok(match case.input()? {
        Input::Model { setup, model } => {
            match rehearse_core::autogen::generate_against(&setup, "", &model, now) {
                Ok(_) => Outcome::Model,
                Err(e) => input_error(e),
            }
        }
        Input::Run(scenario) => match rehearse_core::run(&scenario, now) {
            Ok(report) => Outcome::Report(slim(&report)),
            Err(e) => input_error(e),
        },
    })
}

/// The parts of a report a case compares: the outcome and each step's status and error.
fn slim(report: &rehearse_core::Report) -> Value {
    let steps: Vec<Value> = report
        .upgrade
        .steps
        .iter()
        .map(|s| {
            serde_json::json!({
                "status": serde_json::to_value(s.status).unwrap_or_default(),
                "error": serde_json::to_value(&s.error).unwrap_or_default(),
                "unsupported": serde_json::to_value(&s.unsupported).unwrap_or_default(),
            })
        })
        .collect();
    serde_json::json!({
        "outcome": serde_json::to_value(report.upgrade.outcome).unwrap_or_default(),
        "steps": steps,
    })
}

/// The failing steps' errors, for a message.
fn errors(report: &Value) -> String {
    report["steps"]
        .as_array()
        .map(|steps| {
            steps
                .iter()
                .filter(|s| s["status"] == "error")
                .map(|s| s["error"].to_string())
                .collect::<Vec<_>>()
                .join("; ")
        })
        .unwrap_or_default()
}
