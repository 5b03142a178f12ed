//! The statements PL/pgSQL bodies ran during one top-level statement (their SQL
//! statements and what EXECUTE computed), each with the catalog as it was just
//! before it, and whether an EXCEPTION clause rolled it back: the SQL EXECUTE runs is
//! not in the body's text, and a rolled-back subtransaction releases its locks, so
//! the lock and hazard analysis reads this log after the run.

use crate::catalog::Database;
use crate::sql::Statement;
use crate::Engine;

/// Entries kept per top-level statement; past it the log is marked incomplete.
const MAX_LOGGED: usize = 64;

/// One statement a PL/pgSQL body ran.
#[derive(Debug, Clone)]
pub struct LoggedStatement {
    /// The database just before it ran (rows shared, not copied).
    pub before: Database,
    /// The statement.
    pub statement: Statement,
    /// Computed by EXECUTE (not in the body's text).
    pub dynamic: bool,
    /// Undone by an EXCEPTION clause (its locks released).
    pub rolled_back: bool,
}

/// The log of one top-level statement.
#[derive(Debug, Clone, Default)]
pub struct StatementLog {
    /// The statements, in order (a text repeated while its first run stands is kept
    /// once).
    pub statements: Vec<LoggedStatement>,
    /// More statements ran than the log keeps.
    pub incomplete: bool,
}

impl Engine {
    /// Notes a statement a PL/pgSQL body is about to run.
    pub(crate) fn log_statement(&mut self, statement: &Statement, dynamic: bool) {
        let log = &mut self.dynamic;
        if log
            .statements
            .iter()
            .any(|d| !d.rolled_back && d.statement.text == statement.text)
        {
            return;
        }
        if log.statements.len() >= MAX_LOGGED {
            log.incomplete = true;
            return;
        }
        let before = self.db.clone();
        self.dynamic.statements.push(LoggedStatement {
            before,
            statement: statement.clone(),
            dynamic,
            rolled_back: false,
        });
    }

    /// Where a subtransaction starts in the log.
    pub(crate) fn log_mark(&self) -> usize {
        self.dynamic.statements.len()
    }

    /// Marks what ran since `mark` as rolled back.
    pub(crate) fn log_roll_back(&mut self, mark: usize) {
        for d in self.dynamic.statements.iter_mut().skip(mark) {
            d.rolled_back = true;
        }
    }

    /// The log since the last call.
    pub fn take_statement_log(&mut self) -> StatementLog {
        std::mem::take(&mut self.dynamic)
    }
}
