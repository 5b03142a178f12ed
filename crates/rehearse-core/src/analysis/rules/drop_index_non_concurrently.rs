//! `drop-index-non-concurrently`: DROP INDEX without CONCURRENTLY.

use super::{Context, Finding, Rule, Severity};
use crate::analysis::actions::Action;

/// The rule.
pub const RULE: Rule = Rule {
    id: "drop-index-non-concurrently",
    severity: Severity::Info,
    why: "DROP INDEX takes ACCESS EXCLUSIVE on the table. The drop itself is quick, but \
          the lock request queues behind any long query and every later query queues \
          behind it. DROP INDEX CONCURRENTLY waits for running queries without blocking \
          new ones (outside a transaction: `autocommit_block()` in Alembic).",
    fix: None,
};

/// The check.
pub fn check(cx: &Context) -> Option<Finding> {
    let Action::DropIndex {
        table: Some(table),
        concurrently: false,
    } = cx.action
    else {
        return None;
    };
    cx.on_existing(table, None, || {
        format!("dropping an index of \"{table}\" without CONCURRENTLY locks the table")
    })
}
