//! Comparing two states of the database, for two lessons:
//!
//! - "Check downgrade": after upgrade then downgrade, does the database look as it did
//!   before? Schema (columns, types, nullability, defaults, indexes, constraints) and
//!   data; values a downgrade cannot restore (a dropped column re-added empty) are
//!   called out.
//! - Schema drift: the schema of an environment changed by hand against one built from
//!   the migration history alone (schema only; see `run::RunOptions::drift`).

use crate::report::TableState;
use serde::{Deserialize, Serialize};

/// One difference between two states.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Difference {
    /// Table.
    pub table: String,
    /// What differs, in one line.
    pub message: String,
    /// For data lost for good: the column and how many values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lost_values: Option<(String, usize)>,
}

/// The round trip's verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundTrip {
    /// Schema and data came back exactly (rows compared as multisets).
    pub restored: bool,
    /// What did not.
    pub differences: Vec<Difference>,
}

/// How differences are worded: relative to "before" for a round trip, to the other
/// environment for drift.
pub struct Wording {
    /// Something of `a` missing from `b`.
    pub gone: &'static str,
    /// Something of `b` missing from `a`.
    pub extra: &'static str,
    /// Introduces `a`'s value.
    pub was: &'static str,
}

/// Round-trip wording: `a` is the state before the upgrade, `b` after the downgrade.
pub const ROUND_TRIP: Wording = Wording {
    gone: "is gone",
    extra: "was not there before",
    was: "was",
};

/// Drift wording: `a` is built from the history, `b` is the environment changed by hand.
pub const DRIFT: Wording = Wording {
    gone: "is missing from the hand-changed environment",
    extra: "exists only in the hand-changed environment",
    was: "from the history:",
};

fn diff(table: &str, message: String) -> Difference {
    Difference {
        table: table.to_string(),
        message,
        lost_values: None,
    }
}

/// Schema differences from `a` to `b`: tables, columns (type, nullability, default),
/// indexes and constraints.
pub fn schema_differences(a: &[TableState], b: &[TableState], w: &Wording) -> Vec<Difference> {
    let mut out = Vec::new();
    for x in a {
        let Some(y) = b.iter().find(|y| y.name == x.name) else {
            out.push(diff(&x.name, format!("table \"{}\" {}", x.name, w.gone)));
            continue;
        };
        for col in &x.columns {
            let Some(now) = y.columns.iter().find(|c| c.name == col.name) else {
                out.push(diff(&x.name, format!("column \"{}\" {}", col.name, w.gone)));
                continue;
            };
            let name = &col.name;
            if now.ty != col.ty {
                out.push(diff(
                    &x.name,
                    format!("column \"{name}\" is {} ({} {})", now.ty, w.was, col.ty),
                ));
            }
            if now.nullable != col.nullable {
                let state = |n: bool| if n { "nullable" } else { "NOT NULL" };
                out.push(diff(
                    &x.name,
                    format!(
                        "column \"{name}\" is {} ({} {})",
                        state(now.nullable),
                        w.was,
                        state(col.nullable)
                    ),
                ));
            }
            if now.default != col.default {
                let show = |d: &Option<String>| d.clone().unwrap_or_else(|| "no default".into());
                out.push(diff(
                    &x.name,
                    format!(
                        "column \"{name}\" default is {} ({} {})",
                        show(&now.default),
                        w.was,
                        show(&col.default)
                    ),
                ));
            }
        }
        for col in y
            .columns
            .iter()
            .filter(|c| !x.columns.iter().any(|d| d.name == c.name))
        {
            out.push(diff(
                &x.name,
                format!("column \"{}\" {}", col.name, w.extra),
            ));
        }
        for i in x.indexes.iter().filter(|i| !y.indexes.contains(i)) {
            out.push(diff(&x.name, format!("index \"{}\" {}", i.name, w.gone)));
        }
        for i in y
            .indexes
            .iter()
            .filter(|i| !x.indexes.iter().any(|j| j.name == i.name))
        {
            out.push(diff(&x.name, format!("index \"{}\" {}", i.name, w.extra)));
        }
        for c in x.constraints.iter().filter(|c| !y.constraints.contains(c)) {
            out.push(diff(
                &x.name,
                format!("constraint \"{}\" {}", c.name, w.gone),
            ));
        }
        for c in y
            .constraints
            .iter()
            .filter(|c| !x.constraints.iter().any(|d| d.name == c.name))
        {
            out.push(diff(
                &x.name,
                format!("constraint \"{}\" {}", c.name, w.extra),
            ));
        }
    }
    for y in b.iter().filter(|y| !a.iter().any(|x| x.name == y.name)) {
        out.push(diff(&y.name, format!("table \"{}\" {}", y.name, w.extra)));
    }
    out
}

/// Compares `before` (after setup) with `after` (after the downgrade): the schema,
/// then the data.
pub fn compare(before: &[TableState], after: &[TableState]) -> RoundTrip {
    let mut differences = schema_differences(before, after, &ROUND_TRIP);
    for b in before {
        let Some(a) = after.iter().find(|a| a.name == b.name) else {
            continue;
        };
        let mut lost = false;
        for (i, col) in b.columns.iter().enumerate() {
            let Some(j) = a.columns.iter().position(|c| c.name == col.name) else {
                continue;
            };
            let had = b.rows.iter().filter(|r| !r[i].is_null()).count();
            let has = a.rows.iter().filter(|r| !r[j].is_null()).count();
            if had > has {
                lost = true;
                differences.push(Difference {
                    table: b.name.clone(),
                    message: format!(
                        "column \"{}\" came back with {} of its {had} values missing: the downgrade cannot restore them",
                        col.name,
                        had - has
                    ),
                    lost_values: Some((col.name.clone(), had - has)),
                });
            }
        }
        // The rows on the columns both states have, in `before`'s order (a re-added
        // column comes back last), compared as multisets.
        let shared: Vec<(usize, usize)> = b
            .columns
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                a.columns
                    .iter()
                    .position(|d| d.name == c.name)
                    .map(|j| (i, j))
            })
            .collect();
        let key = |rows: &[Vec<serde_json::Value>], before: bool| {
            let mut k: Vec<String> = rows
                .iter()
                .map(|r| {
                    let cells: Vec<&serde_json::Value> = shared
                        .iter()
                        .filter_map(|&(i, j)| r.get(if before { i } else { j }))
                        .collect();
                    serde_json::to_string(&cells).unwrap_or_default()
                })
                .collect();
            k.sort();
            k
        };
        if !lost && key(&a.rows, false) != key(&b.rows, true) {
            differences.push(diff(
                &b.name,
                format!(
                    "rows differ ({} before, {} after)",
                    b.rows.len(),
                    a.rows.len()
                ),
            ));
        }
    }
    RoundTrip {
        restored: differences.is_empty(),
        differences,
    }
}
