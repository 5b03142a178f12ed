//! What a cost is made of, for the production-size estimate (`estimate.rs`): which
//! measured statement class it is (tests/calibration/costs.json measures one statement
//! per class on native PostgreSQL), how many indexes it builds or rebuilds, how many
//! constraints it validates, and how many rows the table held in the sample (a write's
//! share of the table scales to production by it).
//!
//! The report's `CostKind` says *how much* of a table a statement touches; the class
//! says *which work* it does over those rows, as the calibration measured it: a
//! rewrite that computes a volatile default and one that converts a column cost
//! differently per row. A foreign key's validation also names the table it
//! references: its anti-join reads that table too, so its size is part of the cost.

use super::actions::{is_volatile, Action, NewConstraint};
use super::cost::{Cost, CostKind};
use rehearse_engine::catalog::Database;
use serde::{Deserialize, Serialize};

/// A statement class whose cost was measured (the `class` names of costs.json), or
/// one that was not (no estimate: the report says so).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CostClass {
    /// A catalog-only change (measured: ADD COLUMN without a default).
    #[default]
    Catalog,
    /// ADD COLUMN with a volatile default or a stored generated column: a rewrite.
    AddColumnRewrite,
    /// ALTER COLUMN ... TYPE that converts the values: a rewrite.
    TypeChangeRewrite,
    /// SET NOT NULL's scan.
    SetNotNullScan,
    /// A CHECK constraint's validating scan.
    CheckScan,
    /// Building one btree index (CREATE INDEX, UNIQUE/PRIMARY KEY, REINDEX per index).
    CreateIndex,
    /// UPDATE of the rows it matches.
    Update,
    /// INSERT of the rows it writes.
    Insert,
    /// DELETE of the rows it matches.
    Delete,
    /// TRUNCATE.
    Truncate,
    /// A foreign key's validation (ADD FOREIGN KEY, VALIDATE CONSTRAINT: one anti-join
    /// of the table against the referenced one).
    ForeignKeyScan,
    /// CREATE INDEX / REINDEX CONCURRENTLY (two scans and waits for transactions): not
    /// measured.
    ConcurrentIndex,
}

impl CostClass {
    /// Its name in costs.json and the report.
    pub fn name(self) -> &'static str {
        match self {
            CostClass::Catalog => "catalog",
            CostClass::AddColumnRewrite => "add_column_rewrite",
            CostClass::TypeChangeRewrite => "type_change_rewrite",
            CostClass::SetNotNullScan => "set_not_null_scan",
            CostClass::CheckScan => "check_scan",
            CostClass::CreateIndex => "create_index",
            CostClass::Update => "update",
            CostClass::Insert => "insert",
            CostClass::Delete => "delete",
            CostClass::Truncate => "truncate",
            CostClass::ForeignKeyScan => "foreign_key_scan",
            CostClass::ConcurrentIndex => "concurrent_index",
        }
    }

    /// What it is, in a few words (the estimate's sentence).
    pub fn describe(self) -> &'static str {
        match self {
            CostClass::Catalog => "catalog only",
            CostClass::AddColumnRewrite | CostClass::TypeChangeRewrite => "rewrite",
            CostClass::SetNotNullScan | CostClass::CheckScan => "scan",
            CostClass::CreateIndex => "index build",
            CostClass::Update => "update",
            CostClass::Insert => "insert",
            CostClass::Delete => "delete",
            CostClass::Truncate => "truncate",
            CostClass::ForeignKeyScan => "foreign key validation",
            CostClass::ConcurrentIndex => "concurrent index build",
        }
    }
}

/// What one cost is made of (see the module doc). In the report's JSON with its cost,
/// so a report read back (the page's worker, a saved report) can be estimated again.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Workload {
    /// The measured class.
    pub class: CostClass,
    /// Indexes built or rebuilt (a rewrite rebuilds every index of the table).
    pub indexes: usize,
    /// Constraints checked against every row.
    pub constraints: usize,
    /// Rows the table held in the sample just before the statement.
    pub sample_rows: usize,
    /// The table a foreign key's validation reads besides its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referenced: Option<String>,
}

/// The workload of `cost`, one of the costs `action` has on the database `db` as it is
/// just before the statement.
pub fn of_cost(db: &Database, action: &Action, cost: &Cost) -> Workload {
    let table = db.tables.get(&cost.table);
    let sample_rows = table.map_or(0, |t| t.rows.len());
    let index_count = table.map_or(0, |t| t.indexes.len());
    let checks = table.map_or(0, |t| {
        t.constraints
            .iter()
            .filter(|c| matches!(c.kind, rehearse_engine::catalog::ConstraintKind::Check(_)))
            .count()
    });
    let work = |class, indexes, constraints| Workload {
        class,
        indexes,
        constraints,
        sample_rows,
        referenced: None,
    };
    let foreign_key = |referenced: &str| Workload {
        referenced: Some(referenced.to_string()),
        ..work(C::ForeignKeyScan, 0, 1)
    };
    use CostClass as C;
    match (cost.kind, action) {
        (CostKind::Catalog, _) => work(C::Catalog, 0, 0),
        (CostKind::Truncate, _) => work(C::Truncate, 0, 0),
        (CostKind::Write, Action::Write { verb, .. }) => match *verb {
            "INSERT" => work(C::Insert, 0, 0),
            "DELETE" => work(C::Delete, 0, 0),
            _ => work(C::Update, 0, 0),
        },
        (CostKind::Write, _) => work(C::Update, 0, 0),
        (CostKind::Rewrite, Action::AlterType { .. }) => {
            work(C::TypeChangeRewrite, index_count, checks)
        }
        (CostKind::Rewrite, _) => work(C::AddColumnRewrite, index_count, checks),
        (CostKind::Scan, Action::AddColumn(c)) => {
            if c.constraints
                .iter()
                .any(|k| matches!(k, NewConstraint::Unique | NewConstraint::PrimaryKey))
            {
                work(C::CreateIndex, 1, 0)
            } else if let Some(referenced) = c
                .constraints
                .iter()
                .find_map(|k| match k {
                    NewConstraint::ForeignKey(r) => Some(r),
                    _ => None,
                })
                .filter(|_| c.default.as_ref().is_some_and(|d| !is_volatile(d)))
            {
                foreign_key(referenced)
            } else if c.not_null && c.default.is_none() {
                work(C::SetNotNullScan, 0, 1)
            } else {
                work(C::CheckScan, 0, 1)
            }
        }
        (CostKind::Scan, Action::SetNotNull { .. }) => work(C::SetNotNullScan, 0, 1),
        (CostKind::Scan, Action::AddConstraint { kind, .. }) => match kind {
            NewConstraint::Unique | NewConstraint::PrimaryKey => work(C::CreateIndex, 1, 0),
            NewConstraint::ForeignKey(referenced) => foreign_key(referenced),
            NewConstraint::Check => work(C::CheckScan, 0, 1),
        },
        (CostKind::Scan, Action::ValidateConstraint { references, .. }) => match references {
            Some(referenced) => foreign_key(referenced),
            None => work(C::CheckScan, 0, 1),
        },
        (CostKind::Scan, Action::CreateIndex { concurrently, .. }) => {
            if *concurrently {
                work(C::ConcurrentIndex, 1, 0)
            } else {
                work(C::CreateIndex, 1, 0)
            }
        }
        (CostKind::Scan, Action::Reindex { concurrently, .. }) => {
            let class = if *concurrently {
                C::ConcurrentIndex
            } else {
                C::CreateIndex
            };
            work(class, index_count, 0)
        }
        (CostKind::Scan, _) => work(C::CheckScan, 0, 1),
    }
}
