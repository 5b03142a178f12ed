//! Snapshots of tables in the report's shape: the catalog's texts (`format_type`,
//! `pg_get_expr`, `pg_get_constraintdef`, from [`rehearse_engine::describe`]) and rows as
//! JSON values, ordered by their JSON text so that physical order is not part of the
//! report; and each sequence's position.

use rehearse_engine::catalog::{Database, Table};
use rehearse_engine::describe::{constraint_definition, default_text, index_key_text};
use rehearse_engine::expr::Scope;
use rehearse_engine::shared::Shared;
use rehearse_engine::types::SqlType;
use rehearse_engine::value::Value;
use serde::{Deserialize, Serialize};

/// A column of a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnState {
    /// Name.
    pub name: String,
    /// `format_type` text.
    #[serde(rename = "type")]
    pub ty: String,
    /// Not NOT NULL.
    pub nullable: bool,
    /// `pg_get_expr` of the default.
    pub default: Option<String>,
}

/// An index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexState {
    /// Name.
    pub name: String,
    /// UNIQUE.
    pub unique: bool,
    /// Key columns (or expressions).
    pub columns: Vec<String>,
    /// `false` for an INVALID index (left by a failed CREATE INDEX CONCURRENTLY);
    /// written only then.
    #[serde(default = "valid", skip_serializing_if = "is_valid")]
    pub valid: bool,
}

fn valid() -> bool {
    true
}

fn is_valid(valid: &bool) -> bool {
    *valid
}

/// A constraint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConstraintState {
    /// Name.
    pub name: String,
    /// `p`, `u`, `f` or `c`.
    #[serde(rename = "type")]
    pub kind: String,
    /// `pg_get_constraintdef` text.
    pub definition: String,
}

/// A table's schema and rows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableState {
    /// Name.
    pub name: String,
    /// Columns in order.
    pub columns: Vec<ColumnState>,
    /// Rows (order not significant). Shared by the snapshots that hold the same rows
    /// (a step's `after` and the next step's `before`, unchanged tables).
    pub rows: ReportRows,
    /// Indexes sorted by name.
    pub indexes: Vec<IndexState>,
    /// Constraints sorted by name.
    pub constraints: Vec<ConstraintState>,
    /// `view` or `materialized view` for a view (a plain view's rows are not shown);
    /// absent for a table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view: Option<String>,
    /// Triggers sorted by name (absent when the table has none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub triggers: Vec<TriggerState>,
    /// COMMENT ON TABLE (absent when there is none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// COMMENT ON COLUMN by column name (absent when there are none).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub column_comments: std::collections::BTreeMap<String, String>,
}

/// A trigger as `pg_trigger` shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TriggerState {
    /// Name.
    pub name: String,
    /// `BEFORE` or `AFTER`.
    pub timing: String,
    /// Its events in `pg_get_triggerdef`'s order (`INSERT OR DELETE OR UPDATE`).
    pub events: String,
    /// The function it executes.
    pub function: String,
    /// Not disabled.
    pub enabled: bool,
}

/// A snapshot's rows, shared by the snapshots that hold them.
type ReportRows = Shared<Vec<Vec<serde_json::Value>>>;

/// Report rows already taken, by the version of the table's rows (see [`Shared`]) and
/// the column types: taking a snapshot again after a statement reads only the tables
/// whose rows (or column types) it changed, and shares the others' rows.
#[derive(Debug, Clone, Default)]
pub struct Snapshots {
    rows: Vec<(u64, Vec<SqlType>, ReportRows)>,
}

impl Snapshots {
    /// Every table, sorted by name, reusing the rows of tables this cache has seen
    /// unchanged (the same row version and column types).
    pub fn take(&mut self, db: &Database) -> Vec<TableState> {
        let mut out: Vec<TableState> = db
            .tables
            .values()
            .map(|t| table_state(db, t, self))
            .collect();
        if !db.views.is_empty() {
            for view in db.views.values() {
                let mut state = table_state(db, &view.as_table(), self);
                state.view = Some(view.kind().to_string());
                out.push(state);
            }
            out.sort_by(|a, b| a.name.cmp(&b.name));
        }
        out
    }

    fn rows(&mut self, table: &Table) -> ReportRows {
        let version = table.rows.version();
        let same_types = |types: &[SqlType]| {
            types.len() == table.columns.len()
                && types.iter().zip(&table.columns).all(|(t, c)| *t == c.ty)
        };
        if let Some((_, _, rows)) = self
            .rows
            .iter()
            .find(|(v, types, _)| *v == version && same_types(types))
        {
            return rows.clone();
        }
        let rows = Shared::new(report_rows(table));
        let types = table.columns.iter().map(|c| c.ty.clone()).collect();
        self.rows.push((version, types, rows.clone()));
        rows
    }
}

/// Every table, sorted by name.
pub fn snapshot(db: &Database) -> Vec<TableState> {
    Snapshots::default().take(db)
}

/// A table's rows as report values, sorted by their JSON text (so that the order does
/// not depend on the physical order).
fn report_rows(table: &Table) -> Vec<Vec<serde_json::Value>> {
    let rows: Vec<Vec<serde_json::Value>> = table
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .zip(&table.columns)
                .map(|(v, c)| json_value(v, &c.ty))
                .collect()
        })
        .collect();
    let order = json_text_order(&rows);
    let mut rows: Vec<Option<Vec<serde_json::Value>>> = rows.into_iter().map(Some).collect();
    order
        .into_iter()
        .map(|i| rows[i].take().unwrap_or_default())
        .collect()
}

/// The order of `rows` by their JSON text, `[c1,c2,...]`, without writing every row.
///
/// A row's text is `[`, then its first cell's text, then `,` (or `]` when it is the
/// only cell), then the rest. So the first cell's text with the byte after it — the
/// key — decides between two rows unless the two keys are equal: one key can be a
/// proper prefix of another only if a cell's complete JSON text (a number, a string,
/// `null`, `true`, `false`) followed by `,` or `]` began another's, which JSON's
/// syntax rules out. Only rows sharing a key are ordered by their whole text.
fn json_text_order(rows: &[Vec<serde_json::Value>]) -> Vec<usize> {
    let width = rows.first().map_or(0, Vec::len);
    if width == 0 || rows.iter().any(|r| r.len() != width) {
        // No cells to tell rows apart (or ragged rows, which a table never has):
        // whole texts.
        let text: Vec<String> = rows
            .iter()
            .map(|r| serde_json::to_string(r).unwrap_or_default())
            .collect();
        let mut order: Vec<usize> = (0..rows.len()).collect();
        order.sort_by(|&a, &b| text[a].cmp(&text[b]));
        return order;
    }
    let separator = if width == 1 { b']' } else { b',' };
    // Every key in one buffer (one allocation, not one per row).
    let mut keys = Vec::new();
    let mut ends = Vec::with_capacity(rows.len());
    for r in rows {
        // Writing JSON values into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut keys, &r[0]);
        keys.push(separator);
        ends.push(keys.len());
    }
    let mut keyed: Vec<(&[u8], usize)> = ends
        .iter()
        .enumerate()
        .map(|(i, &end)| (&keys[if i == 0 { 0 } else { ends[i - 1] }..end], i))
        .collect();
    keyed.sort_unstable();
    let mut order: Vec<usize> = keyed.iter().map(|&(_, i)| i).collect();
    // Runs of equal keys, by whole text.
    let mut start = 0;
    while start < order.len() {
        let mut end = start + 1;
        while end < order.len() && keyed[end].0 == keyed[start].0 {
            end += 1;
        }
        if end - start > 1 {
            let run = &mut order[start..end];
            let text: Vec<(usize, String)> = run
                .iter()
                .map(|&i| (i, serde_json::to_string(&rows[i]).unwrap_or_default()))
                .collect();
            let mut text = text;
            text.sort_by(|a, b| a.1.cmp(&b.1));
            for (slot, (i, _)) in run.iter_mut().zip(text) {
                *slot = i;
            }
        }
        start = end;
    }
    order
}

/// A JSON cell value.
pub fn json_value(v: &Value, ty: &rehearse_engine::types::SqlType) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Int(i) => serde_json::Value::from(*i),
        Value::Bool(b) => serde_json::Value::Bool(*b),
        // As `value::text` prints it: char(n) without its padding.
        Value::Text(s) if matches!(ty, rehearse_engine::types::SqlType::Char(_)) => {
            serde_json::Value::String(s.trim_end_matches(' ').to_string())
        }
        // As `value::text` prints it: `text(inet)` always shows the netmask.
        Value::Inet(i) => serde_json::Value::String(i.text()),
        other => serde_json::Value::String(other.output(ty).unwrap_or_default()),
    }
}

fn table_state(db: &Database, table: &Table, cache: &mut Snapshots) -> TableState {
    // Defaults, index keys and CHECKs may call user functions: the binder sees the
    // catalog's.
    let _functions = rehearse_engine::routines::user_calls::install_for(db, 0);
    let columns = table
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| ColumnState {
            name: c.name.clone(),
            ty: c.ty.format(),
            nullable: !c.not_null,
            // A generated column's expression is its `pg_attrdef` entry, as
            // PostgreSQL's catalog shows it.
            default: if c.identity.is_some() {
                None
            } else if c.generated.is_some() {
                rehearse_engine::describe::generation_text(db, table, i)
            } else {
                default_text(db, table, i)
            },
        })
        .collect();
    let rows = cache.rows(table);
    let scope = Scope {
        table: &table.name,
        columns: table.scope_columns(),
        enums: &db.enums,
        extensions: Some(&db.extensions),
        joined: Vec::new(),
        query: None,
    };
    let mut indexes: Vec<IndexState> = table
        .indexes
        .iter()
        .map(|i| IndexState {
            name: i.name.clone(),
            unique: i.unique,
            valid: i.valid,
            columns: i.keys.iter().map(|k| index_key_text(&scope, k)).collect(),
        })
        .collect();
    indexes.sort_by(|a, b| a.name.cmp(&b.name));
    let mut constraints: Vec<ConstraintState> = table
        .constraints
        .iter()
        .map(|c| ConstraintState {
            name: c.name.clone(),
            kind: c.contype().to_string(),
            definition: constraint_definition(db, table, c),
        })
        .collect();
    constraints.sort_by(|a, b| a.name.cmp(&b.name));
    let mut triggers: Vec<TriggerState> = table
        .triggers
        .iter()
        .map(|t| {
            use rehearse_engine::routines::TriggerEvent as E;
            let events: Vec<&str> = [E::Insert, E::Delete, E::Update]
                .into_iter()
                .filter(|e| t.events.contains(e))
                .map(E::as_str)
                .collect();
            TriggerState {
                name: t.name.clone(),
                timing: t.timing.as_str().to_string(),
                events: events.join(" OR "),
                function: t.function.clone(),
                enabled: t.enabled,
            }
        })
        .collect();
    triggers.sort_by(|a, b| a.name.cmp(&b.name));
    let comments = db.comments.get(&table.name);
    TableState {
        name: table.name.clone(),
        view: None,
        columns,
        rows,
        indexes,
        constraints,
        triggers,
        comment: comments.and_then(|c| c.table.clone()),
        // Only the columns the table still has (a dropped column's comment goes).
        column_comments: comments
            .map(|c| {
                c.columns
                    .iter()
                    .filter(|(name, _)| table.column_index(name).is_some())
                    .map(|(n, t)| (n.clone(), t.clone()))
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// Each sequence and the last value it handed out (0: never used).
pub(crate) fn sequence_positions(db: &Database) -> Vec<(String, i64)> {
    db.sequences
        .iter()
        .map(|(k, v)| (k.clone(), v.last.unwrap_or(0)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rows_sort_as_their_json_text_sorts() {
        let cells = [
            json!(null),
            json!(true),
            json!(false),
            json!(1),
            json!(10),
            json!(-1),
            json!(100),
            json!(9),
            json!(""),
            json!("a"),
            json!("a,b"),
            json!("a\"b"),
            json!("ab"),
            json!("1.5"),
            json!("é"),
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for width in 0..4 {
            let rows: Vec<Vec<serde_json::Value>> = (0..300)
                .map(|_| {
                    (0..width)
                        .map(|_| cells[next(cells.len())].clone())
                        .collect()
                })
                .collect();
            let text = |r: &Vec<serde_json::Value>| serde_json::to_string(r).unwrap();
            let mut expected: Vec<String> = rows.iter().map(text).collect();
            expected.sort();
            let got: Vec<String> = json_text_order(&rows)
                .into_iter()
                .map(|i| text(&rows[i]))
                .collect();
            assert_eq!(got, expected, "width {width}");
        }
    }
}
