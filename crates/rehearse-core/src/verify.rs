//! "Verify on PostgreSQL": the report compared with what real PostgreSQL did with the
//! same scenario (in the browser, PGlite runs it the way the corpus recorder does and
//! hands back its JSON). Compared: the outcome, each step's status and error, and the
//! final tables (rows as multisets).

use crate::assume::Assumption;
use crate::input::MigrationKind;
use crate::report::Report;
use crate::InputError;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What PostgreSQL is asked to run: the setup, the hand change, then the migration's
/// upgrade steps in one transaction (the browser's `verifyOnPostgres` reads it as JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Request {
    /// The setup script.
    pub setup: String,
    /// The hand change run after it ("" if none).
    pub drift: String,
    /// The upgrade's steps, in order.
    pub steps: Vec<RequestStep>,
}

/// One step of a [`Request`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RequestStep {
    /// The step's line in the migration.
    pub line: u32,
    /// The SQL statements PostgreSQL receives for it.
    pub sql: Vec<String>,
}

/// The request for a scenario: the migration planned as a run plans it (the same steps
/// and SQL the report has). `Err` when the migration cannot be read.
/// `assumptions` as the run took them (the scenario's).
pub fn request(
    setup: &str,
    drift: &str,
    migration: &str,
    kind: MigrationKind,
    assumptions: &[Assumption],
) -> Result<Request, InputError> {
    let plan = crate::input::plan_assuming(migration, kind, assumptions)?;
    Ok(Request {
        setup: setup.to_string(),
        drift: drift.to_string(),
        steps: plan
            .upgrade
            .into_iter()
            .map(|s| RequestStep {
                line: s.span.line,
                sql: s.sql,
            })
            .collect(),
    })
}

/// The verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verification {
    /// Everything compared agrees.
    pub agrees: bool,
    /// PostgreSQL's outcome, in the report's words.
    pub postgres: String,
    /// What differs, one line each.
    pub differences: Vec<String>,
}

fn tables(v: &Value) -> Value {
    let mut v = v.clone();
    if let Some(ts) = v.as_array_mut() {
        for t in ts {
            if let Some(rows) = t.get_mut("rows").and_then(Value::as_array_mut) {
                rows.sort_by_key(|r| r.to_string());
            }
        }
    }
    v
}

/// Where two lists of tables first differ, in words: the table and the part of it.
fn first_difference(ours: &Value, theirs: &Value) -> String {
    let empty = Vec::new();
    let (ours, theirs) = (
        ours.as_array().unwrap_or(&empty),
        theirs.as_array().unwrap_or(&empty),
    );
    let name = |t: &Value| t["name"].as_str().unwrap_or_default().to_string();
    for t in theirs {
        let Some(o) = ours.iter().find(|o| name(o) == name(t)) else {
            return format!("{} is only in PostgreSQL", name(t));
        };
        for part in ["columns", "rows", "indexes", "constraints"] {
            if o[part] != t[part] {
                return format!("{} ({part})", name(t));
            }
        }
    }
    match ours
        .iter()
        .find(|o| !theirs.iter().any(|t| name(t) == name(o)))
    {
        Some(o) => format!("{} is only in Rehearse", name(o)),
        None => "in a part not shown".into(),
    }
}

fn error_text(e: &Value) -> String {
    if e.is_null() {
        "no error".into()
    } else {
        format!(
            "{} {}",
            e["sqlstate"].as_str().unwrap_or(""),
            e["message"].as_str().unwrap_or("")
        )
    }
}

/// Compares the report with PostgreSQL's run (`{upgrade}` or `{setup_error}` JSON).
pub fn compare(report: &Report, postgres_json: &str) -> Verification {
    let mut differences = Vec::new();
    let pg: Value = match serde_json::from_str(postgres_json) {
        Ok(v) => v,
        Err(e) => {
            return Verification {
                agrees: false,
                postgres: "unreadable".into(),
                differences: vec![format!("PostgreSQL's answer could not be read: {e}")],
            }
        }
    };
    if !pg["setup_error"].is_null() {
        return Verification {
            agrees: false,
            postgres: "setup failed".into(),
            differences: vec![format!(
                "PostgreSQL rejected the setup: {}",
                error_text(&pg["setup_error"])
            )],
        };
    }
    let ours = serde_json::to_value(&report.upgrade).unwrap_or(Value::Null);
    let theirs = &pg["upgrade"];
    // Where Rehearse could not simulate a step, PostgreSQL's run is the answer, not a
    // disagreement: only that step is compared (what PostgreSQL did with it).
    let simulated = ours["outcome"] != "unsupported";
    if simulated && ours["outcome"] != theirs["outcome"] {
        differences.push(format!(
            "outcome: Rehearse {}, PostgreSQL {}",
            ours["outcome"], theirs["outcome"]
        ));
    }
    let empty = Vec::new();
    let (a, b) = (
        ours["steps"].as_array().unwrap_or(&empty),
        theirs["steps"].as_array().unwrap_or(&empty),
    );
    if a.len() != b.len() {
        differences.push(format!(
            "steps: Rehearse {}, PostgreSQL {}",
            a.len(),
            b.len()
        ));
    }
    for (i, (x, y)) in a.iter().zip(b).enumerate() {
        if x["status"] == "unsupported" {
            differences.push(format!(
                "step {}: Rehearse cannot simulate it ({}); PostgreSQL: {}",
                i + 1,
                x["unsupported"]["construct"].as_str().unwrap_or_default(),
                match y["status"].as_str() {
                    Some("error") => error_text(&y["error"]),
                    Some(status) => status.to_string(),
                    None => "unknown".into(),
                }
            ));
            break;
        }
        if x["status"] != y["status"] {
            differences.push(format!(
                "step {}: Rehearse {}, PostgreSQL {}",
                i + 1,
                x["status"],
                y["status"]
            ));
        }
        let fields = ["sqlstate", "message", "detail", "hint"];
        if fields.iter().any(|f| x["error"][f] != y["error"][f]) {
            differences.push(format!(
                "step {} error: Rehearse {}, PostgreSQL {}",
                i + 1,
                error_text(&x["error"]),
                error_text(&y["error"])
            ));
        }
    }
    if simulated && tables(&ours["tables"]) != tables(&theirs["tables"]) {
        differences.push(format!(
            "the final tables differ: {}",
            first_difference(&tables(&ours["tables"]), &tables(&theirs["tables"]))
        ));
    }
    let failed_at = || {
        b.iter()
            .position(|s| s["status"] == "error")
            .map(|i| format!(" at step {}: {}", i + 1, error_text(&b[i]["error"])))
            .unwrap_or_default()
    };
    let postgres = match theirs["outcome"].as_str() {
        Some("committed") => format!("committed ({})", crate::plural::count(b.len(), "step")),
        Some("partial") => format!("partially committed, then rolled back{}", failed_at()),
        Some(_) => format!("rolled back{}", failed_at()),
        None => "unknown".into(),
    };
    Verification {
        agrees: differences.is_empty(),
        postgres,
        differences,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_request_holds_the_upgrade_steps_as_a_run_plans_them() {
        let migration = "def upgrade():\n    op.add_column('t', sa.Column('b', sa.Integer()))\n    op.drop_column('t', 'a')\n\ndef downgrade():\n    pass\n";
        let r = request(
            "CREATE TABLE t (a int);",
            "",
            migration,
            MigrationKind::Auto,
            &[],
        )
        .unwrap();
        assert_eq!(r.setup, "CREATE TABLE t (a int);");
        assert_eq!(r.drift, "");
        assert_eq!(
            r.steps,
            vec![
                RequestStep {
                    line: 2,
                    sql: vec!["ALTER TABLE t ADD COLUMN b INTEGER".into()]
                },
                RequestStep {
                    line: 3,
                    sql: vec!["ALTER TABLE t DROP COLUMN a".into()]
                },
            ]
        );
        let sql = request(
            "",
            "CREATE INDEX i ON t (a);",
            "SELECT 1;\n\nSELECT 2;",
            MigrationKind::Sql,
            &[],
        )
        .unwrap();
        assert_eq!(sql.drift, "CREATE INDEX i ON t (a);");
        assert_eq!(
            sql.steps.iter().map(|s| s.line).collect::<Vec<_>>(),
            vec![1, 3]
        );
        let err = request("", "", "op.add_column(", MigrationKind::Alembic, &[]).unwrap_err();
        assert_eq!(err.source, crate::Source::Migration);
    }
}
