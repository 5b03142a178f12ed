//! What a statement costs on a big table: catalog-only, a full scan, a full rewrite,
//! or writing some rows. PostgreSQL 18 rules, from the `ALTER TABLE` Notes ("Adding a
//! column with a volatile DEFAULT ... will require the entire table and its indexes to
//! be rewritten"; "changing the type of an existing column will require the entire
//! table and its indexes to be rewritten", except binary-coercible changes;
//! "SET NOT NULL ... the table must be scanned", skipped when a valid CHECK constraint
//! proves it) and `CREATE INDEX`. Rewrites are checked against PostgreSQL by the
//! corpus (the recorder compares each table's `relfilenode` before and after a step).

use super::actions::{is_volatile, Action, NewConstraint};
use rehearse_engine::catalog::{ConstraintKind, Database};
use rehearse_engine::types::SqlType;
use serde::{Deserialize, Serialize};

/// How much of a table a statement has to touch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CostKind {
    /// Changes only the system catalogs: instant at any size.
    Catalog,
    /// Writes the rows a DML statement matches.
    Write,
    /// Replaces the table's storage with an empty file (TRUNCATE).
    Truncate,
    /// Reads every row (to check a constraint or build an index), writes none.
    Scan,
    /// Copies every row into new storage and rebuilds every index.
    Rewrite,
}

/// The cost of a statement on one table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cost {
    /// What it does.
    pub kind: CostKind,
    /// Table.
    pub table: String,
    /// Rows it reads or writes in the sample data (for `write`: rows written).
    pub rows: usize,
    /// Why, in one line.
    pub reason: String,
    /// What the work is, for the production-size estimate (absent in older reports).
    #[serde(default)]
    pub workload: super::workload::Workload,
}

/// The cost of each action on the table it changes, given the database just before.
pub fn of_actions(db: &Database, actions: &[Action]) -> Vec<Cost> {
    let rows = |t: &str| db.tables.get(t).map_or(0, |t| t.rows.len());
    let cost = |kind, table: &str, reason: &str| Cost {
        kind,
        table: table.to_string(),
        rows: rows(table),
        reason: reason.to_string(),
        workload: Default::default(),
    };
    use CostKind::*;
    let mut out = Vec::new();
    for action in actions {
        let c = match action {
            Action::CreateTable { table, .. } => cost(Catalog, table, "creates an empty table"),
            Action::DropTable { table } => cost(Catalog, table, "removes the table and its data"),
            Action::AddColumn(c) => {
                let volatile = c.default.as_ref().is_some_and(is_volatile);
                if c.generated_per_row || volatile {
                    cost(
                        Rewrite,
                        &c.table,
                        "every existing row gets its own new value",
                    )
                } else if c
                    .constraints
                    .iter()
                    .any(|k| matches!(k, NewConstraint::Unique | NewConstraint::PrimaryKey))
                {
                    cost(Scan, &c.table, "builds an index over every row")
                } else if c.not_null && c.default.is_none() {
                    cost(Scan, &c.table, "checks every row for NULL")
                } else if c.constraints.iter().any(|k| {
                    matches!(k, NewConstraint::Check)
                        || (matches!(k, NewConstraint::ForeignKey(_)) && c.default.is_some())
                }) {
                    cost(
                        Scan,
                        &c.table,
                        "checks every row against the new constraint",
                    )
                } else if c.computed {
                    cost(
                        Catalog,
                        &c.table,
                        "a virtual generated column is computed when read",
                    )
                } else if c.default.is_some() {
                    cost(
                        Catalog,
                        &c.table,
                        "a non-volatile default is stored once in the catalog",
                    )
                } else {
                    cost(
                        Catalog,
                        &c.table,
                        "existing rows read the new column as NULL",
                    )
                }
            }
            Action::DropColumn { table, .. } => cost(
                Catalog,
                table,
                "the column is hidden; its space is reclaimed by later updates",
            ),
            Action::RenameColumn { table, .. } => cost(Catalog, table, "renames in the catalog"),
            Action::RenameTable { from, .. } => cost(Catalog, from, "renames in the catalog"),
            Action::AlterType {
                table,
                from,
                to,
                using,
                ..
            } => {
                if !using && from.is_some() && from == to {
                    cost(Catalog, table, "the type is unchanged")
                } else if !using && binary_coercible(from.as_ref(), to.as_ref()) {
                    cost(
                        Catalog,
                        table,
                        "the stored values are valid as the new type unchanged",
                    )
                } else {
                    cost(
                        Rewrite,
                        table,
                        "every value is converted and the table rewritten",
                    )
                }
            }
            Action::SetNotNull { table, column } => {
                if proven_not_null(db, table, column) {
                    cost(
                        Catalog,
                        table,
                        "a validated CHECK (... IS NOT NULL) already proves it",
                    )
                } else {
                    cost(Scan, table, "checks every row for NULL")
                }
            }
            Action::AlterColumnCatalog { table, .. } | Action::TableCatalog { table } => {
                cost(Catalog, table, "changes the catalog only")
            }
            Action::AddConstraint {
                table,
                kind,
                not_valid,
                ..
            } => match (kind, not_valid) {
                (NewConstraint::Unique | NewConstraint::PrimaryKey, _) => {
                    cost(Scan, table, "builds a unique index over every row")
                }
                (_, true) => cost(
                    Catalog,
                    table,
                    "NOT VALID: only new and updated rows are checked",
                ),
                (_, false) => cost(Scan, table, "checks every existing row"),
            },
            Action::ValidateConstraint { table, .. } => cost(
                Scan,
                table,
                "checks every existing row, without blocking writes",
            ),
            Action::DropConstraint { table, .. } => {
                cost(Catalog, table, "changes the catalog only")
            }
            Action::CreateIndex { table, .. } => {
                cost(Scan, table, "builds the index over every row")
            }
            Action::Reindex { tables, .. } => {
                for t in tables {
                    out.push(cost(Scan, t, "rebuilds its indexes over every row"));
                }
                continue;
            }
            Action::DropIndex {
                table: Some(table), ..
            } => cost(Catalog, table, "removes the index"),
            Action::Write { table, verb, .. } => Cost {
                kind: Write,
                table: table.clone(),
                rows: 0, // filled in from the result
                reason: format!("{verb} writes the rows it matches"),
                workload: Default::default(),
            },
            Action::Truncate { tables } => {
                for t in tables {
                    out.push(cost(Truncate, t, "swaps in empty storage"));
                }
                continue;
            }
            Action::Comment { table } | Action::Trigger { table, .. } => {
                cost(Catalog, table, "changes the catalog only")
            }
            Action::DropIndex { table: None, .. }
            | Action::RenameIndex { .. }
            | Action::Read { .. }
            | Action::Set { .. }
            | Action::Lock { .. }
            | Action::Reset { .. }
            | Action::Other => continue,
        };
        out.push(c);
    }
    out
}

/// Whether a valid `CHECK (column IS NOT NULL)` exists, which lets SET NOT NULL skip
/// its scan (PostgreSQL 12+).
fn proven_not_null(db: &Database, table: &str, column: &str) -> bool {
    let Some(t) = db.tables.get(table) else {
        return false;
    };
    use sqlparser::ast::Expr;
    fn unnest(e: &Expr) -> &Expr {
        match e {
            Expr::Nested(inner) => unnest(inner),
            e => e,
        }
    }
    t.constraints.iter().any(|c| {
        let ConstraintKind::Check(e) = &c.kind else {
            return false;
        };
        c.validated
            && matches!(unnest(e), Expr::IsNotNull(inner)
                if matches!(unnest(inner), Expr::Identifier(id)
                    if rehearse_engine::ident(id) == column))
    })
}

/// A type change PostgreSQL makes without touching the rows: the old values are
/// valid values of the new type as they are (`pg_cast.castmethod = 'b'`, or a length
/// or precision that only grows; timestamp <-> timestamptz when the session time zone
/// is UTC, as it is here).
fn binary_coercible(from: Option<&SqlType>, to: Option<&SqlType>) -> bool {
    use SqlType::*;
    let (Some(from), Some(to)) = (from, to) else {
        return false;
    };
    match (from, to) {
        (Varchar(_) | Text, Varchar(None) | Text) => true,
        (Varchar(Some(n)), Varchar(Some(m))) => m >= n,
        (Numeric(_), Numeric(None)) => true,
        (Numeric(Some((p, s))), Numeric(Some((q, t)))) => t == s && q >= p,
        (Timestamp, TimestampTz) | (TimestampTz, Timestamp) => true,
        (Cidr, Inet) => true,
        // citext's casts to and from text and varchar are WITHOUT FUNCTION
        // (citext--1.4.sql); bpchar's go through functions.
        (Varchar(_) | Text, Citext) | (Citext, Varchar(None) | Text) => true,
        _ => false,
    }
}
