//! What changed in one table between two snapshots: the view the playground and the
//! text report use to mark added columns, changed cells and destroyed values.
//!
//! Rows are matched by primary key when the table has one (an UPDATE may move a row,
//! a DELETE shifts positions), else by position.

use crate::snapshot::TableState;
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

/// Whether two rows have the same key (as [`key`] would say, without building it).
fn same_key(a: &[Value], ak: &[usize], b: &[Value], bk: &[usize]) -> bool {
    ak.iter().zip(bk).all(|(&i, &j)| a.get(i) == b.get(j))
}

/// Compares two states of the same table (`before` may be missing: a new table).
///
/// Linear in the rows: a row is first compared with the row at its own position (an
/// UPDATE, an added column keep positions); only rows that moved are looked up by key.
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
    let (brows, arows) = (&before.rows[..], &after.rows[..]);
    let mut used = vec![false; brows.len()];
    let mut matched = Vec::with_capacity(arows.len());
    // `before` rows by key, in order, built at the first row that moved.
    let mut by_key: Option<std::collections::HashMap<String, std::collections::VecDeque<usize>>> =
        None;
    for (i, row) in arows.iter().enumerate() {
        let m = if keyed {
            if brows
                .get(i)
                .is_some_and(|b| !used[i] && same_key(row, &ak, b, &bk))
            {
                Some(i)
            } else {
                let map = by_key.get_or_insert_with(|| {
                    let mut map =
                        std::collections::HashMap::<_, std::collections::VecDeque<_>>::new();
                    for (j, b) in brows.iter().enumerate() {
                        map.entry(key(b, &bk)).or_default().push_back(j);
                    }
                    map
                });
                map.get_mut(&key(row, &ak)).and_then(|js| {
                    while let Some(j) = js.pop_front() {
                        if !used[j] {
                            return Some(j);
                        }
                    }
                    None
                })
            }
        } else {
            (i < brows.len() && !used[i]).then_some(i)
        };
        if let Some(j) = m {
            used[j] = true;
        }
        matched.push(m);
    }
    let removed_rows = (0..brows.len()).filter(|&j| !used[j]).collect();
    // For each `after` column, its position in `before` (if it was there).
    let columns: Vec<(usize, usize, &String)> = an
        .iter()
        .enumerate()
        .filter_map(|(c, name)| bn.iter().position(|n| n == name).map(|bc| (c, bc, name)))
        .collect();
    let mut changed = Vec::new();
    for (i, m) in matched.iter().enumerate() {
        let Some(j) = m else { continue };
        for &(c, bc, name) in &columns {
            if brows[*j].get(bc) != arows[i].get(c) {
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
            view: None,
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
                valid: true,
            }],
            constraints: vec![ConstraintState {
                name: "t_pkey".into(),
                kind: "p".into(),
                definition: "PRIMARY KEY (id)".into(),
            }],
            triggers: vec![],
            comment: None,
            column_comments: Default::default(),
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

    #[test]
    fn moved_rows_are_found_by_key_and_big_tables_diff_in_linear_time() {
        let before = table(
            &["id", "a"],
            vec![
                vec![1.into(), 10.into()],
                vec![2.into(), 20.into()],
                vec![3.into(), 30.into()],
            ],
        );
        // Row 1 deleted, row 3 updated and moved to the end, a new row 4.
        let after = table(
            &["id", "a"],
            vec![
                vec![4.into(), 40.into()],
                vec![2.into(), 20.into()],
                vec![3.into(), 31.into()],
            ],
        );
        let d = table_diff(Some(&before), &after);
        assert_eq!(d.matched, vec![None, Some(1), Some(2)]);
        assert_eq!(d.removed_rows, vec![0]);
        assert_eq!(d.changed, vec![(2, "a".to_string())]);

        let n = 200_000;
        let rows = |k: i64| {
            (0..n)
                .map(|i| vec![i.into(), (i * k).into()])
                .collect::<Vec<Vec<Value>>>()
        };
        let (before, mut after) = (table(&["id", "a"], rows(1)), rows(2));
        after.reverse(); // every row moved: the key lookup
        let after = table(&["id", "a"], after);
        let d = table_diff(Some(&before), &after);
        assert!(d.removed_rows.is_empty());
        assert_eq!(d.matched[0], Some(n as usize - 1));
        assert_eq!(d.changed.len(), n as usize - 1); // all but id 0
    }
}
