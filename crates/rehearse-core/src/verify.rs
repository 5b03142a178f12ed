//! "Verify on PostgreSQL": the report compared with what real PostgreSQL did with the
//! same scenario (in the browser, PGlite runs it the way the corpus recorder does and
//! hands back its JSON). Compared: the outcome, each step's status and error, and the
//! final tables (rows as multisets).

use crate::report::Report;
use serde::Serialize;
use serde_json::Value;

/// The verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
        differences.push("the final tables differ".into());
    }
    let failed_at = || {
        b.iter()
            .position(|s| s["status"] == "error")
            .map(|i| format!(" at step {}: {}", i + 1, error_text(&b[i]["error"])))
            .unwrap_or_default()
    };
    let postgres = match theirs["outcome"].as_str() {
        Some("committed") => format!("committed ({} steps)", b.len()),
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
