//! The scenario corpus: every folder under `tests/scenarios/` (and every lesson under
//! `lessons/`) is a case (setup.sql,
//! migration.py or migration.sql, optional case.json). The engine's report is compared
//! with what real PostgreSQL (PGlite) and real Alembic did, recorded in the case's
//! `expected/` by `tests/oracle/record`; and the human-readable report is kept as an
//! insta snapshot (`expected/report.snap`), so a snapshot review is a UX review.
//!
//! Mismatches listed in `tests/known-differences.md` (case and field) are reported but
//! do not fail the run; every other mismatch fails it.

mod oracle;
use oracle::fabricated;

use rehearse_core::{run, MigrationKind, Scenario};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

fn fixed_now() -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .unwrap_or_default()
}

/// Integers beyond JavaScript's exact range: the recorder writes them as strings.
fn exact_integer(v: &mut Value) {
    if let Some(i) = v.as_i64() {
        if i.unsigned_abs() > (1u64 << 53) {
            *v = Value::String(i.to_string());
        }
    }
}

/// Sorted rows so row order does not matter.
fn normalize_tables(v: &Value) -> Value {
    let mut v = v.clone();
    if let Some(tables) = v.as_array_mut() {
        for t in tables {
            if let Some(rows) = t.get_mut("rows").and_then(Value::as_array_mut) {
                rows.iter_mut()
                    .filter_map(Value::as_array_mut)
                    .flatten()
                    .for_each(exact_integer);
                rows.sort_by_key(|r| r.to_string());
            }
        }
    }
    v
}

struct Comparison {
    case: String,
    fields: usize,
    mismatches: Vec<(String, String)>,
    /// PostgreSQL outcomes the engine claims and PostgreSQL did not give: never excused
    /// by a known difference (see [`fabricated`]).
    fabricated: Vec<String>,
}

impl Comparison {
    fn check(&mut self, field: &str, expected: &Value, actual: &Value) {
        self.fields += 1;
        if expected != actual {
            let (path, e, a) = first_difference(expected, actual, String::new());
            self.mismatches.push((
                field.to_string(),
                format!("at {path}: expected {e}\n      actual   {a}"),
            ));
        }
    }
}

/// The first place two JSON values differ: (path, expected part, actual part).
fn first_difference(e: &Value, a: &Value, path: String) -> (String, Value, Value) {
    match (e, a) {
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (p, q)) in x.iter().zip(y).enumerate() {
                if p != q {
                    return first_difference(p, q, format!("{path}[{i}]"));
                }
            }
        }
        (Value::Object(x), Value::Object(y)) => {
            for (k, p) in x {
                let q = y.get(k).unwrap_or(&Value::Null);
                if p != q {
                    let name = x
                        .get("name")
                        .and_then(Value::as_str)
                        .map(|n| format!("({n})"))
                        .unwrap_or_default();
                    return first_difference(p, q, format!("{path}{name}.{k}"));
                }
            }
        }
        _ => {}
    }
    (
        if path.is_empty() { "/".into() } else { path },
        e.clone(),
        a.clone(),
    )
}

fn compare_run(cmp: &mut Comparison, prefix: &str, expected: &Value, actual: &Value) {
    cmp.check(
        &format!("{prefix}.outcome"),
        &expected["outcome"],
        &actual["outcome"],
    );
    let empty = Vec::new();
    let exp_steps = expected["steps"].as_array().unwrap_or(&empty);
    let act_steps = actual["steps"].as_array().unwrap_or(&empty);
    cmp.check(
        &format!("{prefix}.steps.len"),
        &Value::from(exp_steps.len()),
        &Value::from(act_steps.len()),
    );
    for (i, (e, a)) in exp_steps.iter().zip(act_steps).enumerate() {
        let p = format!("{prefix}.steps[{i}]");
        cmp.check(&format!("{p}.status"), &e["status"], &a["status"]);
        let error = |v: &Value| {
            if v["error"].is_null() {
                Value::Null
            } else {
                serde_json::json!({
                    "sqlstate": v["error"]["sqlstate"], "message": v["error"]["message"],
                    "detail": v["error"]["detail"], "hint": v["error"]["hint"],
                })
            }
        };
        cmp.check(&format!("{p}.error"), &error(e), &error(a));
        if e["status"] == "ok" && a["status"] == "ok" && !e["tables_after"].is_null() {
            cmp.check(
                &format!("{p}.after"),
                &normalize_tables(&e["tables_after"]),
                &normalize_tables(&a["after"]),
            );
        }
        // The analysis against pg_locks and relfilenode, where the recorder took them.
        if e["status"] == "ok" && a["status"] == "ok" && !e["held"].is_null() {
            cmp.check(&format!("{p}.held"), &held(&e["held"]), &held(&a["held"]));
            cmp.check(&format!("{p}.rewritten"), &e["rewritten"], &rewritten(a));
        }
        if e["status"] == "ok" && a["status"] == "ok" && !e["old_code"].is_null() {
            cmp.check(
                &format!("{p}.old_code"),
                &old_code(&e["old_code"]),
                &old_code(&a["old_code"]),
            );
        }
    }
    cmp.check(
        &format!("{prefix}.tables"),
        &normalize_tables(&expected["tables"]),
        &normalize_tables(&actual["tables"]),
    );
}

/// The deployed code's query results: each query's error (SQLSTATE and message).
fn old_code(results: &Value) -> Value {
    Value::from(
        results
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| serde_json::json!({"query": r["query"], "sqlstate": r["error"]["sqlstate"], "message": r["error"]["message"]}))
            .collect::<Vec<_>>(),
    )
}

/// Held locks without ACCESS SHARE: the recorder's own snapshot queries take ACCESS
/// SHARE on every table inside the transaction, so that level cannot be observed.
fn held(locks: &Value) -> Value {
    Value::from(
        locks
            .as_array()
            .into_iter()
            .flatten()
            .filter(|l| l["mode"] != "ACCESS SHARE")
            .cloned()
            .collect::<Vec<_>>(),
    )
}

/// Tables whose storage the engine says a step replaces (a rewrite or TRUNCATE), as
/// the recorder sees them: tables that existed before the step, sorted.
fn rewritten(step: &Value) -> Value {
    let mut tables: Vec<String> = step["costs"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|c| c["kind"] == "rewrite" || c["kind"] == "truncate")
        .filter_map(|c| c["table"].as_str().map(str::to_string))
        .filter(|t| {
            step["before"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|b| b["name"] == *t)
        })
        .collect();
    tables.sort();
    tables.dedup();
    Value::from(tables)
}

fn compare_rendering(cmp: &mut Comparison, prefix: &str, expected: &Value, actual: &Value) {
    let empty = Vec::new();
    let exp = expected.as_array().unwrap_or(&empty);
    let act = actual["steps"].as_array().unwrap_or(&empty);
    cmp.check(
        &format!("{prefix}.rendered.len"),
        &Value::from(exp.len()),
        &Value::from(act.len()),
    );
    for (i, (e, a)) in exp.iter().zip(act).enumerate() {
        cmp.check(
            &format!("{prefix}.rendered[{i}].line"),
            &e["line"],
            &a["line"],
        );
        cmp.check(&format!("{prefix}.rendered[{i}].sql"), &e["sql"], &a["sql"]);
    }
}

fn known_differences() -> Vec<(String, String)> {
    let text = read(&repo_root().join("tests/known-differences.md")).unwrap_or_default();
    text.lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("- `")?;
            let (case, rest) = rest.split_once("` `")?;
            let (field, _) = rest.split_once('`')?;
            Some((case.to_string(), field.to_string()))
        })
        .collect()
}

fn run_case(dir: &Path) -> (Comparison, String) {
    let case = dir
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let mut cmp = Comparison {
        case: case.clone(),
        fields: 0,
        mismatches: Vec::new(),
        fabricated: Vec::new(),
    };
    let setup = read(&dir.join("setup.sql")).unwrap_or_default();
    let (migration, kind) = match read(&dir.join("migration.py")) {
        Some(m) => (m, MigrationKind::Alembic),
        None => (
            read(&dir.join("migration.sql")).unwrap_or_default(),
            MigrationKind::Sql,
        ),
    };
    let options: Value = read(&dir.join("case.json"))
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null);
    let downgrade = options["downgrade"] == Value::Bool(true);
    let rendered: Value = read(&dir.join("expected/alembic.json"))
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null);
    let postgres: Value = read(&dir.join("expected/postgres.json"))
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null);
    let scenario = Scenario {
        setup,
        migration,
        kind,
        old_code: read(&dir.join("old_code.sql")).unwrap_or_default(),
        drift: read(&dir.join("drift.sql")).unwrap_or_default(),
        check_downgrade: downgrade,
        ..Scenario::default()
    };
    let result = run(&scenario, fixed_now());
    let report = match result {
        Err(e) => {
            let expected_error =
                !rendered["error"].is_null() || !postgres["alembic_error"].is_null();
            cmp.check(
                "input_error",
                &Value::Bool(expected_error),
                &Value::Bool(true),
            );
            if !expected_error {
                if let Some(m) = cmp.mismatches.last_mut() {
                    m.1.push_str(&format!("\n      ({e})"));
                }
            }
            return (cmp, format!("input error: {e}\n"));
        }
        Ok(r) => r,
    };
    if !rendered["error"].is_null() {
        cmp.check("input_error", &Value::Bool(true), &Value::Bool(false));
        return (cmp, rehearse_core::text::render(&report));
    }
    let actual = serde_json::to_value(&report).unwrap_or(Value::Null);
    // Rendering is compared on the plan, so a downgrade that never ran is checked too.
    if let Ok(plan) = rehearse_core::input::plan(&scenario.migration, kind) {
        let steps = |s: &[rehearse_core::plan::PlannedStep]| serde_json::json!({"steps": s.iter().map(|p| serde_json::json!({"line": p.span.line, "sql": p.sql})).collect::<Vec<_>>()});
        compare_rendering(
            &mut cmp,
            "upgrade",
            &rendered["upgrade"],
            &steps(&plan.upgrade),
        );
        if downgrade {
            compare_rendering(
                &mut cmp,
                "downgrade",
                &rendered["downgrade"],
                &steps(&plan.downgrade),
            );
        }
    }
    compare_run(&mut cmp, "upgrade", &postgres["upgrade"], &actual);
    cmp.fabricated = fabricated(&postgres["upgrade"], &actual);
    if !postgres["old_code_before"].is_null() {
        cmp.check(
            "old_code_before",
            &old_code(&postgres["old_code_before"]),
            &old_code(&actual["old_code_before"]),
        );
    }
    if downgrade {
        let actual_down = actual.get("downgrade").cloned().unwrap_or(Value::Null);
        if !postgres["downgrade"].is_null() {
            compare_run(&mut cmp, "downgrade", &postgres["downgrade"], &actual_down);
        }
    }
    (cmp, rehearse_core::text::render(&report))
}

fn snapshot(dir: &Path, text: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(dir.join("expected"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!("report", text));
}

#[test]
fn scenarios_agree_with_postgres_and_alembic() {
    // Every corpus case, and every lesson (a lesson folder is a scenario folder with a
    // lesson.json).
    let root = repo_root().join("tests/scenarios");
    let mut dirs: Vec<PathBuf> = [root.clone(), repo_root().join("lessons")]
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).into_iter().flatten())
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no scenarios under {}", root.display());
    let known = known_differences();
    let mut used = vec![false; known.len()];
    let (mut fields, mut failures, mut tolerated) = (0, Vec::new(), 0);
    let mut texts = Vec::new();
    let mut fabricated_answers = Vec::new();
    for dir in &dirs {
        let (cmp, text) = run_case(dir);
        texts.push((dir, text));
        fields += cmp.fields;
        for f in &cmp.fabricated {
            fabricated_answers.push(format!("{}: {f}", cmp.case));
        }
        for (field, diff) in &cmp.mismatches {
            if let Some(k) = known
                .iter()
                .position(|(c, f)| *c == cmp.case && field.starts_with(f.as_str()))
            {
                used[k] = true;
                tolerated += 1;
            } else {
                failures.push(format!("{}: {field}\n      {diff}", cmp.case));
            }
        }
    }
    println!(
        "scenarios: {} cases, {fields} fields compared with PostgreSQL/Alembic, {} mismatches ({tolerated} known)",
        dirs.len(),
        failures.len() + tolerated
    );
    assert!(
        fabricated_answers.is_empty(),
        "answers PostgreSQL would not give (known differences cannot excuse these):\n{}",
        fabricated_answers.join("\n")
    );
    // A known difference that no longer shows up must leave the list.
    for ((case, field), used) in known.iter().zip(used) {
        if !used && dirs.iter().any(|d| d.ends_with(case)) {
            failures.push(format!("{case}: {field}\n      listed in tests/known-differences.md but now agrees: remove the entry"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} unexplained mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // Only once the engine agrees with PostgreSQL: the reports as users read them.
    for (dir, text) in texts {
        snapshot(dir, &text);
    }
}
