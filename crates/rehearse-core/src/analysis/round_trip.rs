//! Comparing two states of the database, for two lessons:
//!
//! - "Check downgrade": after upgrade then downgrade, does the database look as it did
//!   before? Schema (columns, types, nullability, defaults, indexes, constraints) and
//!   data; values a downgrade cannot restore (a dropped column re-added empty) are
//!   called out.
//! - Schema drift: the schema of an environment changed by hand against one built from
//!   the migration history alone (schema only; see `Scenario::drift`).

use crate::snapshot::TableState;
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
    /// For one value that came back different: which, and both versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<ChangedValue>,
}

/// One cell that does not come back as it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangedValue {
    /// The column.
    pub column: String,
    /// The row, by its key (`id = 2`), or by its values when the table has no key.
    pub row: String,
    /// The value before the upgrade.
    pub before: serde_json::Value,
    /// The value after the downgrade.
    pub after: serde_json::Value,
}

/// At most this many changed cells are listed per table; the rest are counted.
const MAX_CELLS: usize = 50;

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
        value: None,
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

/// The cells of `before` that come back different in `after`, rows matched by a key
/// both have (the primary key, else a unique index) over the `shared` columns (index
/// in `before`, index in `after`). `None` when rows cannot be matched: no key, or a
/// key that is NULL or repeated.
fn changed_cells(
    before: &TableState,
    after: &TableState,
    shared: &[(usize, usize)],
) -> Option<Vec<Difference>> {
    let key_columns: Vec<usize> = before
        .indexes
        .iter()
        .filter(|i| i.unique && i.valid)
        .map(|i| {
            i.columns
                .iter()
                .map(|c| before.columns.iter().position(|d| d.name == *c))
                .collect::<Option<Vec<usize>>>()
        })
        .find_map(|k| k.filter(|k| k.iter().all(|c| shared.iter().any(|(i, _)| i == c))))?;
    let in_after = |i: usize| shared.iter().find(|(b, _)| *b == i).map(|(_, a)| *a);
    let after_key: Vec<usize> = key_columns.iter().filter_map(|&c| in_after(c)).collect();
    let mut by_key = std::collections::HashMap::new();
    for row in after.rows.iter() {
        let key: Vec<&serde_json::Value> = after_key.iter().filter_map(|&c| row.get(c)).collect();
        if by_key
            .insert(serde_json::to_string(&key).ok()?, row)
            .is_some()
        {
            return None;
        }
    }
    let mut out = Vec::new();
    let mut more = 0;
    for row in before.rows.iter() {
        let key: Vec<&serde_json::Value> = key_columns.iter().filter_map(|&c| row.get(c)).collect();
        if key.iter().any(|v| v.is_null()) {
            return None;
        }
        let label = key_columns
            .iter()
            .zip(&key)
            .map(|(&c, v)| format!("{} = {}", before.columns[c].name, show(v)))
            .collect::<Vec<_>>()
            .join(", ");
        let Some(now) = by_key.get(&serde_json::to_string(&key).ok()?) else {
            out.push(diff(&before.name, format!("the row {label} is gone")));
            continue;
        };
        for &(i, j) in shared {
            let (was, is) = (&row[i], &now[j]);
            if was == is {
                continue;
            }
            if out.len() >= MAX_CELLS {
                more += 1;
                continue;
            }
            let column = &before.columns[i].name;
            out.push(Difference {
                table: before.name.clone(),
                message: format!(
                    "\"{column}\" of the row {label} was {}, came back as {}",
                    show(was),
                    show(is)
                ),
                lost_values: None,
                value: Some(ChangedValue {
                    column: column.clone(),
                    row: label.clone(),
                    before: was.clone(),
                    after: is.clone(),
                }),
            });
        }
    }
    if more > 0 {
        out.push(diff(
            &before.name,
            format!("and {more} more values that do not come back"),
        ));
    }
    if after.rows.len() > before.rows.len() {
        out.push(diff(
            &before.name,
            match after.rows.len() - before.rows.len() {
                1 => "1 row was not there before".to_string(),
                n => format!("{n} rows were not there before"),
            },
        ));
    }
    Some(out)
}

/// A cell as a person reads it: NULL, numbers and booleans bare, text quoted.
fn show(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "NULL".into(),
        serde_json::Value::String(s) => format!("'{s}'"),
        other => other.to_string(),
    }
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
                        "column \"{}\" came back with {} of its {} missing: the downgrade cannot restore them",
                        col.name,
                        had - has,
                        crate::plural::count(had, "value")
                    ),
                    lost_values: Some((col.name.clone(), had - has)),
                    value: None,
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
            match changed_cells(b, a, &shared) {
                Some(cells) if !cells.is_empty() => differences.extend(cells),
                _ => differences.push(diff(
                    &b.name,
                    format!(
                        "rows differ ({} before, {} after)",
                        b.rows.len(),
                        a.rows.len()
                    ),
                )),
            }
        }
    }
    RoundTrip {
        restored: differences.is_empty(),
        differences,
    }
}
