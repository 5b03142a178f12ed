//! Safety analysis: for every statement of a migration, the lock it takes, what it
//! costs on a big table, and the hazards it carries, each hazard a rule with a stable
//! id (see `rules/`, one file per rule, and docs/hazard-rules.md for how the rule set
//! compares with squawk, strong_migrations and eugene).
//!
//! The analysis looks at each statement *before* it runs, against the database as it
//! is at that moment (so "the table has 3 rows" and "this constraint is validated" are
//! facts, not guesses), and at what earlier steps of the same migration did
//! ([`History`]). It never changes the database.

pub mod actions;
pub mod calibration;
pub mod cost;
pub mod estimate;
pub mod locks;
pub mod old_code;
pub mod rewrite;
pub mod round_trip;
pub mod rules;
pub mod workload;

use actions::Action;
use locks::{LockMode, TableLock};
use rehearse_engine::catalog::Database;
use rehearse_engine::sql::Statement;
use rehearse_engine::types::SqlType;
use serde::Serialize;
use std::collections::BTreeSet;

pub use cost::{Cost, CostKind};
pub use rewrite::Rewrite;
pub use rules::{Hazard, Severity};

/// What earlier steps of the migration did, as far as the rules care.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// Tables that existed when the migration started (under their current names).
    /// Changes to tables the migration itself created cannot hurt anyone.
    pub preexisting: BTreeSet<String>,
    /// Columns dropped so far: (table, column, type, step index).
    pub dropped_columns: Vec<(String, String, SqlType, usize)>,
    /// Columns added so far to tables that existed before: (table, column, type,
    /// step index).
    pub added_columns: Vec<(String, String, SqlType, usize)>,
    /// A `SET lock_timeout` ran.
    pub lock_timeout: bool,
    /// The missing-lock-timeout hazard was already reported once.
    pub reported_lock_timeout: bool,
    /// Locks held so far in the transaction (pre-existing tables only).
    pub held: Vec<TableLock>,
    /// The step being analysed (0-based).
    pub step: usize,
}

impl History {
    /// The history at the start of a migration over `db`.
    pub fn new(db: &Database) -> Self {
        History {
            preexisting: db.tables.keys().cloned().collect(),
            ..History::default()
        }
    }

    /// Whether `table` existed before the migration.
    pub fn is_preexisting(&self, table: &str) -> bool {
        self.preexisting.contains(table)
    }

    /// The strongest lock held on `table` so far.
    pub fn held_on(&self, table: &str) -> Option<LockMode> {
        self.held.iter().find(|l| l.table == table).map(|l| l.mode)
    }
}

/// Everything the analysis says about one statement.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct StatementAnalysis {
    /// Strongest lock per pre-existing table.
    pub locks: Vec<TableLock>,
    /// Cost per table.
    pub costs: Vec<Cost>,
    /// Hazards found.
    pub hazards: Vec<Hazard>,
}

/// Analyses `statement` against `db` as it is just before the statement runs, then
/// records in `history` what the statement does for later steps' rules.
pub fn analyze(db: &Database, statement: &Statement, history: &mut History) -> StatementAnalysis {
    let actions = actions::of_statement(db, statement);
    let locks: Vec<TableLock> = locks::of_actions(db, &actions)
        .into_iter()
        .filter(|l| history.is_preexisting(&l.table))
        .collect();
    // Costs per action, computed once: the report lists them all, and the rules ask
    // about their own action's.
    let action_costs: Vec<Vec<Cost>> = actions
        .iter()
        .map(|a| {
            let mut costs = cost::of_actions(db, std::slice::from_ref(a));
            for c in &mut costs {
                c.workload = workload::of_cost(db, a, c);
            }
            costs
        })
        .collect();
    let mut hazards = Vec::new();
    for (action, costs) in actions.iter().zip(&action_costs) {
        let cx = rules::Context {
            db,
            action,
            history,
            locks: &locks,
            costs,
        };
        hazards.extend(rules::check_all(&cx));
        if hazards
            .iter()
            .any(|h| h.rule == rules::missing_lock_timeout::RULE.id)
        {
            history.reported_lock_timeout = true;
        }
    }
    locks::accumulate(&mut history.held, &locks);
    for action in &actions {
        record(db, action, history);
    }
    StatementAnalysis {
        locks,
        costs: action_costs.into_iter().flatten().collect(),
        hazards,
    }
}

/// Updates the history with what an action did.
fn record(db: &Database, action: &Action, history: &mut History) {
    match action {
        Action::DropColumn { table, column } => {
            if let Some(c) = db
                .tables
                .get(table)
                .and_then(|t| t.columns.iter().find(|c| &c.name == column))
            {
                history.dropped_columns.push((
                    table.clone(),
                    column.clone(),
                    c.ty.clone(),
                    history.step,
                ));
            }
        }
        Action::AddColumn(c) if history.is_preexisting(&c.table) => {
            if let Some(ty) = &c.ty {
                history.added_columns.push((
                    c.table.clone(),
                    c.column.clone(),
                    ty.clone(),
                    history.step,
                ));
            }
        }
        Action::RenameTable { from, to } => {
            if history.preexisting.remove(from) {
                history.preexisting.insert(to.clone());
            }
            for l in history.held.iter_mut().filter(|l| &l.table == from) {
                l.table = to.clone();
            }
            history.held.sort_by(|a, b| a.table.cmp(&b.table));
        }
        Action::DropTable { table } => {
            history.preexisting.remove(table);
            history.held.retain(|l| &l.table != table);
        }
        Action::Set { name } if name == "lock_timeout" => history.lock_timeout = true,
        // RESET puts lock_timeout back at its default, 0: no timeout.
        Action::Reset { name } if name.as_deref().is_none_or(|n| n == "lock_timeout") => {
            history.lock_timeout = false
        }
        _ => {}
    }
}
