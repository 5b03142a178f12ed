//! `backfill-in-transaction`: UPDATE/DELETE of an existing table inside the
//! migration's transaction, above all while a schema change holds its lock.

use super::{Context, Finding, Rule, Severity};
use crate::analysis::actions::Action;
use crate::analysis::locks::LockMode;

/// The rule.
pub const RULE: Rule = Rule {
    id: "backfill-in-transaction",
    severity: Severity::Info,
    why: "Alembic runs the whole migration in one transaction, and PostgreSQL releases \
          locks only at COMMIT. A backfill here locks every row it touches until the \
          end, and if an earlier step took ACCESS EXCLUSIVE on the table, nobody can \
          even read it while the UPDATE runs. On a big table, backfill in batches \
          outside the schema migration (or after an `autocommit_block()`).",
    fix: None,
};

/// The check.
pub fn check(cx: &Context) -> Option<Finding> {
    let Action::Write { table, verb, .. } = cx.action else {
        return None;
    };
    if *verb == "INSERT" || !cx.history.is_preexisting(table) {
        return None;
    }
    let held = cx.history.held_on(table);
    let mut f = Finding::new(
        if held == Some(LockMode::AccessExclusive) {
            format!("{verb} of \"{table}\" runs while the migration holds ACCESS EXCLUSIVE on it: all access waits")
        } else {
            format!("{verb} of \"{table}\" holds its row locks until the migration commits")
        },
        table,
        None,
    );
    if held == Some(LockMode::AccessExclusive) {
        f.severity = Some(Severity::Warning);
    }
    Some(f)
}
