//! What the corpus tests share about PostgreSQL's recorded answers.

use serde_json::Value;

/// The worst bug this product can have: an error or rollback PostgreSQL would not give.
/// Where the engine answers as PostgreSQL (a step's error, a rollback), PostgreSQL must
/// have answered the same; a known difference may only be a refusal (`unsupported`, an
/// input error) or a missing answer, never an invented one.
pub fn fabricated(postgres: &Value, actual: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if postgres.is_null() || actual["outcome"].is_null() {
        return out;
    }
    let failed = |outcome: &Value| matches!(outcome.as_str(), Some("rolled_back" | "partial"));
    if failed(&actual["outcome"]) && !failed(&postgres["outcome"]) {
        out.push(format!(
            "outcome: Rehearse says {}, PostgreSQL {}",
            actual["outcome"], postgres["outcome"]
        ));
    }
    let empty = Vec::new();
    let ours = actual["steps"].as_array().unwrap_or(&empty);
    let theirs = postgres["steps"].as_array().unwrap_or(&empty);
    for (i, (a, p)) in ours.iter().zip(theirs).enumerate() {
        if a["status"] == "error" && a["error"]["sqlstate"] != p["error"]["sqlstate"] {
            out.push(format!(
                "step {} (line {}): Rehearse raises {}, PostgreSQL {} {}",
                i + 1,
                a["line"],
                a["error"]["sqlstate"],
                p["status"],
                p["error"]["sqlstate"]
            ));
        }
    }
    out
}
