//! "Check downgrade": after upgrade then downgrade, does the database look as it did
//! before? Compares the tables after the setup with the tables after the downgrade:
//! schema (columns, types, nullability, defaults, indexes, constraints) and data.
//! Values a downgrade cannot restore (a dropped column re-added empty) are called out.

use crate::report::TableState;
use serde::Serialize;

/// One difference between the state before the upgrade and after the downgrade.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoundTrip {
    /// Schema and data came back exactly (rows compared as multisets).
    pub restored: bool,
    /// What did not.
    pub differences: Vec<Difference>,
}

/// Compares `before` (after setup) with `after` (after the downgrade).
pub fn compare(before: &[TableState], after: &[TableState]) -> RoundTrip {
    let mut differences = Vec::new();
    let diff = |table: &str, message: String| Difference {
        table: table.to_string(),
        message,
        lost_values: None,
    };
    for b in before {
        let Some(a) = after.iter().find(|a| a.name == b.name) else {
            differences.push(diff(
                &b.name,
                format!("table \"{}\" is gone ({} rows)", b.name, b.rows.len()),
            ));
            continue;
        };
        for (i, col) in b.columns.iter().enumerate() {
            let Some(j) = a.columns.iter().position(|c| c.name == col.name) else {
                differences.push(diff(&b.name, format!("column \"{}\" is gone", col.name)));
                continue;
            };
            let now = &a.columns[j];
            if now.ty != col.ty {
                differences.push(diff(
                    &b.name,
                    format!("column \"{}\" is {} (was {})", col.name, now.ty, col.ty),
                ));
            }
            if now.nullable != col.nullable {
                let state = |n: bool| if n { "nullable" } else { "NOT NULL" };
                differences.push(diff(
                    &b.name,
                    format!(
                        "column \"{}\" is {} (was {})",
                        col.name,
                        state(now.nullable),
                        state(col.nullable)
                    ),
                ));
            }
            if now.default != col.default {
                let show = |d: &Option<String>| d.clone().unwrap_or_else(|| "no default".into());
                differences.push(diff(
                    &b.name,
                    format!(
                        "column \"{}\" default is {} (was {})",
                        col.name,
                        show(&now.default),
                        show(&col.default)
                    ),
                ));
            }
            let had = b.rows.iter().filter(|r| !r[i].is_null()).count();
            let has = a.rows.iter().filter(|r| !r[j].is_null()).count();
            if had > has {
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
        for col in &a.columns {
            if !b.columns.iter().any(|c| c.name == col.name) {
                differences.push(diff(
                    &b.name,
                    format!("column \"{}\" was not there before", col.name),
                ));
            }
        }
        if a.columns.len() == b.columns.len()
            && a.columns
                .iter()
                .zip(&b.columns)
                .all(|(x, y)| x.name == y.name)
        {
            let key = |rows: &[Vec<serde_json::Value>]| {
                let mut k: Vec<String> = rows
                    .iter()
                    .map(|r| serde_json::Value::from(r.clone()).to_string())
                    .collect();
                k.sort();
                k
            };
            if key(&a.rows) != key(&b.rows)
                && !differences
                    .iter()
                    .any(|d| d.table == b.name && d.lost_values.is_some())
            {
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
        for i in &b.indexes {
            if !a.indexes.contains(i) {
                differences.push(diff(
                    &b.name,
                    format!("index \"{}\" is gone or changed", i.name),
                ));
            }
        }
        for i in &a.indexes {
            if !b.indexes.iter().any(|x| x.name == i.name) {
                differences.push(diff(
                    &b.name,
                    format!("index \"{}\" was not there before", i.name),
                ));
            }
        }
        for c in &b.constraints {
            if !a.constraints.contains(c) {
                differences.push(diff(
                    &b.name,
                    format!("constraint \"{}\" is gone or changed", c.name),
                ));
            }
        }
        for c in &a.constraints {
            if !b.constraints.iter().any(|x| x.name == c.name) {
                differences.push(diff(
                    &b.name,
                    format!("constraint \"{}\" was not there before", c.name),
                ));
            }
        }
    }
    for a in after {
        if !before.iter().any(|b| b.name == a.name) {
            differences.push(diff(
                &a.name,
                format!("table \"{}\" was not there before", a.name),
            ));
        }
    }
    RoundTrip {
        restored: differences.is_empty(),
        differences,
    }
}
