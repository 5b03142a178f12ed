//! Transaction control statements (BEGIN, COMMIT, ROLLBACK): the session acts on
//! them between statements, and PL/pgSQL's EXECUTE refuses them as PostgreSQL does.

use super::{Statement, StatementKind};
use sqlparser::ast;

/// A transaction control statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    /// BEGIN, START TRANSACTION.
    Begin,
    /// COMMIT, END.
    Commit,
    /// ROLLBACK (not `ROLLBACK TO SAVEPOINT`, which is an ordinary statement to the
    /// session: the engine does not simulate savepoints).
    Rollback,
}

/// The transaction control `statement` is, if it is one.
pub fn control(statement: &Statement) -> Option<Control> {
    let StatementKind::Sql(ast) = &statement.kind else {
        return None;
    };
    match ast.as_ref() {
        ast::Statement::StartTransaction { .. } => Some(Control::Begin),
        ast::Statement::Commit { .. } => Some(Control::Commit),
        ast::Statement::Rollback {
            savepoint: None, ..
        } => Some(Control::Rollback),
        _ => None,
    }
}
