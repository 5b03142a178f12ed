//! Snapshots of tables in the report's shape: `format_type`, `pg_get_expr`,
//! `pg_get_constraintdef` texts and JSON row values.

use super::catalog::{ConstraintKind, Database, IndexKey, Table};
use super::deparse::{deparse, quote_ident};
use super::expr::Scope;
use super::types::CastContext;
use super::value::Value;
use crate::report::{ColumnState, ConstraintState, IndexState, TableState};

/// Every table, sorted by name.
pub fn snapshot(db: &Database) -> Vec<TableState> {
    db.tables.values().map(|t| table_state(db, t)).collect()
}

/// Tables named in `names` (that exist), sorted by name.
pub fn snapshot_of(db: &Database, names: &[String]) -> Vec<TableState> {
    db.tables
        .values()
        .filter(|t| names.contains(&t.name))
        .map(|t| table_state(db, t))
        .collect()
}

/// A JSON cell value.
pub fn json_value(v: &Value, ty: &super::types::SqlType) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Int(i) => serde_json::Value::from(*i),
        Value::Bool(b) => serde_json::Value::Bool(*b),
        // As `value::text` prints it: char(n) without its padding.
        Value::Text(s) if matches!(ty, super::types::SqlType::Char(_)) => {
            serde_json::Value::String(s.trim_end_matches(' ').to_string())
        }
        other => serde_json::Value::String(other.output(ty).unwrap_or_default()),
    }
}

/// The text of a column default as `pg_get_expr` prints it: a quoted literal becomes a
/// constant of the column's type (without its modifier); anything else prints as
/// written, its assignment cast hidden.
pub fn default_text(db: &Database, table: &Table, column: usize) -> Option<String> {
    let col = &table.columns[column];
    let e = col.default.as_ref()?;
    let scope = Scope {
        table: &table.name,
        columns: Vec::new(),
        enums: &db.enums,
        joined: Vec::new(),
    };
    let bound = scope.bind(e).and_then(|b| {
        if b.ty == super::types::SqlType::Unknown {
            scope.coerce(b, &col.ty.without_typmod(), CastContext::Assignment)
        } else {
            Ok(b)
        }
    });
    Some(match bound {
        Ok(b) => deparse(&b),
        Err(_) => e.to_string(),
    })
}

/// `pg_get_constraintdef` text.
pub fn constraint_definition(
    db: &Database,
    table: &Table,
    kind: &ConstraintKind,
    validated: bool,
) -> String {
    let list = |cols: &[String]| {
        cols.iter()
            .map(|c| quote_ident(c))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut def = match kind {
        ConstraintKind::PrimaryKey(cols) => format!("PRIMARY KEY ({})", list(cols)),
        ConstraintKind::Unique(cols) => format!("UNIQUE ({})", list(cols)),
        ConstraintKind::ForeignKey {
            columns,
            ref_table,
            ref_columns,
            on_delete,
            on_update,
        } => {
            let mut s = format!(
                "FOREIGN KEY ({}) REFERENCES {}({})",
                list(columns),
                quote_ident(ref_table),
                list(ref_columns)
            );
            if let Some(a) = on_update.sql() {
                s.push_str(&format!(" ON UPDATE {a}"));
            }
            if let Some(a) = on_delete.sql() {
                s.push_str(&format!(" ON DELETE {a}"));
            }
            s
        }
        ConstraintKind::Check(e) => {
            let scope = Scope {
                table: &table.name,
                columns: table.scope_columns(),
                enums: &db.enums,
                joined: Vec::new(),
            };
            match scope.bind(e) {
                Ok(b) => format!("CHECK ({})", deparse(&b)),
                Err(_) => format!("CHECK ({e})"),
            }
        }
    };
    if !validated {
        def.push_str(" NOT VALID");
    }
    def
}

fn table_state(db: &Database, table: &Table) -> TableState {
    let columns = table
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| ColumnState {
            name: c.name.clone(),
            ty: c.ty.format(),
            nullable: !c.not_null,
            default: if c.identity.is_some() {
                None
            } else {
                default_text(db, table, i)
            },
        })
        .collect();
    let mut rows: Vec<Vec<serde_json::Value>> = table
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .zip(&table.columns)
                .map(|(v, c)| json_value(v, &c.ty))
                .collect()
        })
        .collect();
    rows.sort_by_cached_key(|r| serde_json::to_string(r).unwrap_or_default());
    let scope = Scope {
        table: &table.name,
        columns: table.scope_columns(),
        enums: &db.enums,
        joined: Vec::new(),
    };
    let mut indexes: Vec<IndexState> = table
        .indexes
        .iter()
        .map(|i| IndexState {
            name: i.name.clone(),
            unique: i.unique,
            columns: i
                .keys
                .iter()
                .map(|k| match k {
                    IndexKey::Column(c) => c.clone(),
                    IndexKey::Expr(e) => scope
                        .bind(e)
                        .map(|b| super::deparse::deparse_pretty(&b))
                        .unwrap_or_else(|_| e.to_string()),
                })
                .collect(),
        })
        .collect();
    indexes.sort_by(|a, b| a.name.cmp(&b.name));
    let mut constraints: Vec<ConstraintState> = table
        .constraints
        .iter()
        .map(|c| ConstraintState {
            name: c.name.clone(),
            kind: c.contype().to_string(),
            definition: constraint_definition(db, table, &c.kind, c.validated),
        })
        .collect();
    constraints.sort_by(|a, b| a.name.cmp(&b.name));
    TableState {
        name: table.name.clone(),
        columns,
        rows,
        indexes,
        constraints,
    }
}
