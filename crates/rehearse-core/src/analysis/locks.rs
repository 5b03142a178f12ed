//! The table-level lock each statement takes, per PostgreSQL 18's documentation.
//!
//! Sources: "13.3.1. Table-Level Locks" (the modes and which commands take them),
//! the Notes of `ALTER TABLE` (per-subcommand levels), `CREATE INDEX` ("Building
//! Indexes Concurrently"), `DROP INDEX` (CONCURRENTLY), `REINDEX` (Notes). Every level here is also
//! checked against PostgreSQL by the scenario corpus: the recorder reads `pg_locks`
//! after each step (see `tests/oracle/pg_state.mjs`), and `tests/oracle/reference/
//! locks.md` is the measured table per form.

use super::actions::{Action, NewConstraint};
use rehearse_engine::catalog::{ConstraintKind, Database};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The table lock modes: one type across the crates, owned by the engine (the LOCK
/// statement names them); re-exported here, where each statement's level is decided.
pub use rehearse_engine::lock_mode::LockMode;

/// A lock on a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableLock {
    /// Table.
    pub table: String,
    /// Strongest mode taken on it.
    pub mode: LockMode,
}

/// The strongest lock per table that `actions` take, for tables that exist in `db`
/// (a table created by the statement is invisible to other sessions until commit).
pub fn of_actions(db: &Database, actions: &[Action]) -> Vec<TableLock> {
    let mut locks: BTreeMap<String, LockMode> = BTreeMap::new();
    let mut take = |table: &str, mode: LockMode| {
        if db.tables.contains_key(table) {
            let held = locks.entry(table.to_string()).or_insert(mode);
            *held = (*held).max(mode);
        }
    };
    use LockMode::*;
    for action in actions {
        match action {
            // CREATE TABLE ... REFERENCES: adding the foreign key takes SHARE ROW
            // EXCLUSIVE on the referenced table (ALTER TABLE Notes, ADD FOREIGN KEY).
            Action::CreateTable { references, .. } => {
                references.iter().for_each(|r| take(r, ShareRowExclusive))
            }
            // DROP TABLE: ACCESS EXCLUSIVE ("13.3.1": DROP TABLE); dropping its foreign
            // keys also locks each table at the other end ACCESS EXCLUSIVE (their
            // triggers are removed).
            Action::DropTable { table } => {
                take(table, AccessExclusive);
                for other in foreign_key_partners(db, table, None) {
                    take(&other, AccessExclusive);
                }
            }
            // ALTER TABLE: "An ACCESS EXCLUSIVE lock is acquired unless explicitly
            // noted." ADD COLUMN ... REFERENCES adds a foreign key: SHARE ROW EXCLUSIVE
            // on the referenced table.
            Action::AddColumn(c) => {
                take(&c.table, AccessExclusive);
                for k in &c.constraints {
                    if let NewConstraint::ForeignKey(r) = k {
                        take(r, ShareRowExclusive);
                    }
                }
            }
            // DROP COLUMN removes the foreign keys on the column (and, with CASCADE,
            // those referencing it), locking the other tables too.
            Action::DropColumn { table, column } => {
                take(table, AccessExclusive);
                for other in foreign_key_partners(db, table, Some(column)) {
                    take(&other, AccessExclusive);
                }
            }
            // Changing the type of a column at either end of a foreign key re-creates
            // the constraint, locking the other table ACCESS EXCLUSIVE too.
            Action::AlterType { table, column, .. } => {
                take(table, AccessExclusive);
                for other in foreign_key_partners(db, table, Some(column)) {
                    take(&other, AccessExclusive);
                }
            }
            Action::RenameTable { from: table, .. }
            | Action::RenameColumn { table, .. }
            | Action::SetNotNull { table, .. }
            | Action::AlterColumnCatalog { table, .. }
            | Action::TableCatalog { table } => take(table, AccessExclusive),
            Action::AddConstraint { table, kind, .. } => match kind {
                // "ADD FOREIGN KEY requires a SHARE ROW EXCLUSIVE lock on the referenced
                // table, in addition to the lock on the table", which is also SHARE ROW
                // EXCLUSIVE for a foreign key.
                NewConstraint::ForeignKey(r) => {
                    take(table, ShareRowExclusive);
                    take(r, ShareRowExclusive);
                }
                _ => take(table, AccessExclusive),
            },
            // "VALIDATE CONSTRAINT ... acquires a SHARE UPDATE EXCLUSIVE lock on the
            // table being altered. (If the constraint is a foreign key then a ROW
            // SHARE lock is also required on the table referenced by the constraint.)"
            Action::ValidateConstraint { table, references } => {
                take(table, ShareUpdateExclusive);
                if let Some(r) = references {
                    take(r, RowShare);
                }
            }
            // Dropping a foreign key removes its triggers on the referenced table.
            Action::DropConstraint { table, references } => {
                take(table, AccessExclusive);
                if let Some(r) = references {
                    take(r, AccessExclusive);
                }
            }
            // CREATE INDEX: SHARE (writes wait); CONCURRENTLY: SHARE UPDATE EXCLUSIVE.
            Action::CreateIndex {
                table,
                concurrently,
                ..
            } => take(
                table,
                if *concurrently {
                    ShareUpdateExclusive
                } else {
                    Share
                },
            ),
            // DROP INDEX: ACCESS EXCLUSIVE on the table; CONCURRENTLY: SHARE UPDATE
            // EXCLUSIVE.
            Action::DropIndex {
                table: Some(table),
                concurrently,
            } => take(
                table,
                if *concurrently {
                    ShareUpdateExclusive
                } else {
                    AccessExclusive
                },
            ),
            // "REINDEX ... locks out writes but not reads of the index's parent table.
            // It also takes an ACCESS EXCLUSIVE lock on the specific index being
            // processed" (SHARE on the table); "REINDEX CONCURRENTLY ... acquires
            // SHARE UPDATE EXCLUSIVE" (the REINDEX page, Notes). Index locks are not
            // table locks: only the tables' are reported.
            Action::Reindex {
                tables,
                concurrently,
            } => tables.iter().for_each(|t| {
                take(
                    t,
                    if *concurrently {
                        ShareUpdateExclusive
                    } else {
                        Share
                    },
                )
            }),
            // ALTER INDEX ... RENAME locks the index, not its table.
            Action::DropIndex { table: None, .. } | Action::RenameIndex { .. } => {}
            // INSERT/UPDATE/DELETE: ROW EXCLUSIVE on the target, ACCESS SHARE on
            // tables only read.
            // Foreign keys are enforced by triggers that run queries: checking a new
            // or changed reference locks the referenced row (ROW SHARE on that
            // table); a delete or key update of a referenced row checks (ROW SHARE)
            // or, for CASCADE / SET NULL / SET DEFAULT, writes (ROW EXCLUSIVE) the
            // referencing tables, and so on down the chain.
            Action::Write {
                table,
                verb,
                reads,
                assigned,
            } => {
                take(table, RowExclusive);
                reads.iter().for_each(|r| take(r, AccessShare));
                if !matches!(*verb, "INSERT" | "COPY") || !assigned.is_empty() {
                    let mut seen = vec![table.clone()];
                    referencing_writes(
                        db,
                        table,
                        *verb == "DELETE",
                        assigned,
                        &mut seen,
                        &mut take,
                    );
                }
            }
            Action::Truncate { tables } => tables.iter().for_each(|t| take(t, AccessExclusive)),
            Action::Read { tables } => tables.iter().for_each(|t| take(t, AccessShare)),
            // COMMENT ON: SHARE UPDATE EXCLUSIVE (measured, tests/oracle/reference/locks.md).
            Action::Comment { table } => take(table, ShareUpdateExclusive),
            // CREATE TRIGGER and ENABLE/DISABLE TRIGGER: SHARE ROW EXCLUSIVE; DROP
            // TRIGGER: ACCESS EXCLUSIVE (measured on PGlite).
            Action::Trigger { table, drop } => take(
                table,
                if *drop {
                    AccessExclusive
                } else {
                    ShareRowExclusive
                },
            ),
            // LOCK TABLE: the mode it names.
            Action::Lock { tables, mode, .. } => tables.iter().for_each(|t| take(t, *mode)),
            Action::Set { .. } | Action::Reset { .. } | Action::Other => {}
        }
    }
    locks
        .into_iter()
        .map(|(table, mode)| TableLock { table, mode })
        .collect()
}

/// The ROW SHARE locks an INSERT or UPDATE of `table` takes to check the references
/// it writes: one per foreign key for which some written row (`written`, the rows of
/// the table after the statement that were not there before) has every referencing
/// column non-NULL (MATCH SIMPLE checks nothing else). An UPDATE checks only the
/// foreign keys whose columns it assigns (`assigned`; `None` for an INSERT). Known
/// only after the statement ran.
pub fn reference_checks(
    db: &Database,
    table: &str,
    assigned: Option<&[String]>,
    written: &[rehearse_engine::catalog::Row],
) -> Vec<TableLock> {
    let Some(t) = db.tables.get(table) else {
        return Vec::new();
    };
    let mut out: Vec<TableLock> = Vec::new();
    for c in &t.constraints {
        let ConstraintKind::ForeignKey {
            columns, ref_table, ..
        } = &c.kind
        else {
            continue;
        };
        if assigned.is_some_and(|a| !columns.iter().any(|c| a.contains(c))) {
            continue;
        }
        let positions: Vec<usize> = columns.iter().filter_map(|c| t.column_index(c)).collect();
        let checked = written.iter().any(|row| {
            positions
                .iter()
                .all(|&i| !matches!(row.get(i), None | Some(rehearse_engine::value::Value::Null)))
        });
        if checked && !out.iter().any(|l| &l.table == ref_table) {
            out.push(TableLock {
                table: ref_table.clone(),
                mode: LockMode::RowShare,
            });
        }
    }
    out
}

/// Locks the referential actions of a DELETE (or key UPDATE) of `table` take on the
/// tables referencing it, recursively.
fn referencing_writes(
    db: &Database,
    table: &str,
    delete: bool,
    assigned: &[String],
    seen: &mut Vec<String>,
    take: &mut impl FnMut(&str, LockMode),
) {
    use rehearse_engine::catalog::RefAction;
    for child in db.tables.values() {
        for c in &child.constraints {
            let ConstraintKind::ForeignKey {
                ref_table,
                ref_columns,
                on_delete,
                on_update,
                columns,
                ..
            } = &c.kind
            else {
                continue;
            };
            if ref_table != table || (!delete && !ref_columns.iter().any(|r| assigned.contains(r)))
            {
                continue;
            }
            let action = if delete { on_delete } else { on_update };
            match action {
                RefAction::NoAction | RefAction::Restrict => take(&child.name, LockMode::RowShare),
                RefAction::Cascade | RefAction::SetNull | RefAction::SetDefault => {
                    take(&child.name, LockMode::RowExclusive);
                    if !seen.contains(&child.name) {
                        seen.push(child.name.clone());
                        let cascade_delete = delete && *action == RefAction::Cascade;
                        referencing_writes(db, &child.name, cascade_delete, columns, seen, take);
                    }
                }
            }
        }
    }
}

/// Tables at the other end of `table`'s foreign keys (both directions), optionally only
/// those involving `column` of `table`.
fn foreign_key_partners(db: &Database, table: &str, column: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    for t in db.tables.values() {
        for c in &t.constraints {
            if let ConstraintKind::ForeignKey {
                columns,
                ref_table,
                ref_columns,
                ..
            } = &c.kind
            {
                let involves =
                    |cols: &[String]| column.is_none_or(|col| cols.iter().any(|c| c == col));
                if t.name == table && ref_table != table && involves(columns) {
                    out.push(ref_table.clone());
                } else if ref_table == table && t.name != table && involves(ref_columns) {
                    out.push(t.name.clone());
                }
            }
        }
    }
    out
}

/// Adds `step` to the locks already held in the transaction (locks are released only
/// at COMMIT or ROLLBACK).
pub fn accumulate(held: &mut Vec<TableLock>, step: &[TableLock]) {
    for lock in step {
        match held.iter_mut().find(|h| h.table == lock.table) {
            Some(h) => h.mode = h.mode.max(lock.mode),
            None => held.push(lock.clone()),
        }
    }
    held.sort_by(|a, b| a.table.cmp(&b.table));
}
