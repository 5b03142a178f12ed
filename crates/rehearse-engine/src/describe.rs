//! The catalog as PostgreSQL's system functions print it (`ruleutils.c`):
//! `pg_get_expr` for a column default, `pg_get_constraintdef`, and an index key as
//! `pg_get_indexdef` prints it.

use crate::catalog::{ConstraintKind, Database, IndexKey, Table};
use crate::deparse::{deparse, deparse_pretty, quote_ident};
use crate::expr::Scope;
use crate::types::{CastContext, SqlType};

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
        if b.ty == SqlType::Unknown {
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

/// One key of an index: a column's name, or an expression as `pg_get_indexdef` prints it.
pub fn index_key_text(scope: &Scope, key: &IndexKey) -> String {
    match key {
        IndexKey::Column(c) => c.clone(),
        IndexKey::Expr(e) => scope
            .bind(e)
            .map(|b| deparse_pretty(&b))
            .unwrap_or_else(|_| e.to_string()),
    }
}
