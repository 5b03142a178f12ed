//! What changed in one table between two snapshots: the view the playground and the
//! text report use to mark added columns, changed cells and destroyed values.
//!
//! Rows are matched by primary key when the table has one (an UPDATE may move a row,
//! a DELETE shifts positions), else by position.

use crate::report::TableState;
use serde_json::Value;

/// The difference between `before` and `after` of one table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TableDiff {
    /// Columns only in `after`.
    pub added_columns: Vec<String>,
    /// Columns only in `before` (their values are gone).
    pub dropped_columns: Vec<String>,
    /// For each `after` row, the matching `before` row, if any.
    pub matched: Vec<Option<usize>>,
    /// `before` rows with no match in `after` (deleted).
    pub removed_rows: Vec<usize>,
    /// (`after` row, column name) of values that differ from the matched row's.
    pub changed: Vec<(usize, String)>,
}

fn key_columns(t: &TableState) -> Vec<usize> {
    let Some(pk) = t.constraints.iter().find(|c| c.kind == "p") else {
        return Vec::new();
    };
    let Some(index) = t.indexes.iter().find(|i| i.name == pk.name) else {
        return Vec::new();
    };
    index
        .columns
        .iter()
        .filter_map(|c| t.columns.iter().position(|x| &x.name == c))
        .collect()
}

fn key(row: &[Value], cols: &[usize]) -> String {
    cols.iter()
        .map(|&i| row.get(i).map(Value::to_string).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\u{1f}")
}

/// Compares two states of the same table (`before` may be missing: a new table).
pub fn table_diff(before: Option<&TableState>, after: &TableState) -> TableDiff {
    let Some(before) = before else {
        return TableDiff {
            added_columns: after.columns.iter().map(|c| c.name.clone()).collect(),
            matched: vec![None; after.rows.len()],
            ..TableDiff::default()
        };
    };
    let names = |t: &TableState| t.columns.iter().map(|c| c.name.clone()).collect::<Vec<_>>();
    let (bn, an) = (names(before), names(after));
    let added_columns: Vec<String> = an.iter().filter(|n| !bn.contains(n)).cloned().collect();
    let dropped_columns: Vec<String> = bn.iter().filter(|n| !an.contains(n)).cloned().collect();
    let (bk, ak) = (key_columns(before), key_columns(after));
    let keyed = !bk.is_empty() && bk.len() == ak.len();
    let mut used = vec![false; before.rows.len()];
    let mut matched = Vec::with_capacity(after.rows.len());
    for (i, row) in after.rows.iter().enumerate() {
        let m = if keyed {
            let k = key(row, &ak);
            before
                .rows
                .iter()
                .enumerate()
                .position(|(j, b)| !used[j] && key(b, &bk) == k)
        } else {
            (i < before.rows.len() && !used[i]).then_some(i)
        };
        if let Some(j) = m {
            used[j] = true;
        }
        matched.push(m);
    }
    let removed_rows = (0..before.rows.len()).filter(|&j| !used[j]).collect();
    let mut changed = Vec::new();
    for (i, m) in matched.iter().enumerate() {
        let Some(j) = m else { continue };
        for (c, name) in an.iter().enumerate() {
            let Some(bc) = bn.iter().position(|n| n == name) else {
                continue;
            };
            if before.rows[*j].get(bc) != after.rows[i].get(c) {
                changed.push((i, name.clone()));
            }
        }
    }
    TableDiff {
        added_columns,
        dropped_columns,
        matched,
        removed_rows,
        changed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{ColumnState, ConstraintState, IndexState};

    fn table(cols: &[&str], rows: Vec<Vec<Value>>) -> TableState {
        TableState {
            name: "t".into(),
            columns: cols
                .iter()
                .map(|c| ColumnState {
                    name: c.to_string(),
                    ty: "integer".into(),
                    nullable: true,
                    default: None,
                })
                .collect(),
            rows: rows.into(),
            indexes: vec![IndexState {
                name: "t_pkey".into(),
                unique: true,
                columns: vec!["id".into()],
            }],
            constraints: vec![ConstraintState {
                name: "t_pkey".into(),
                kind: "p".into(),
                definition: "PRIMARY KEY (id)".into(),
            }],
        }
    }

    #[test]
    fn matches_rows_by_primary_key_and_finds_changes() {
        let before = table(
            &["id", "a"],
            vec![vec![1.into(), 10.into()], vec![2.into(), 20.into()]],
        );
        let after = table(
            &["id", "a", "b"],
            vec![vec![2.into(), 21.into(), Value::Null]],
        );
        let d = table_diff(Some(&before), &after);
        assert_eq!(d.added_columns, vec!["b".to_string()]);
        assert_eq!(d.matched, vec![Some(1)]);
        assert_eq!(d.removed_rows, vec![0]);
        assert_eq!(d.changed, vec![(0, "a".to_string())]);
    }
}
