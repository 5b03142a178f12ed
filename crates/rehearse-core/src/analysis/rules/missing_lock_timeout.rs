//! `missing-lock-timeout`: the first statement that takes a lock blocking writes on an
//! existing table, with no `SET lock_timeout` before it. Reported once per migration.

use super::{Context, Finding, Rule, Severity};

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-lock-timeout",
    severity: Severity::Info,
    why: "A lock request waits behind any running query on the table, and while it \
          waits every later query waits behind it: one slow report can turn a \
          millisecond ALTER into an outage. `SET lock_timeout = '5s'` at the start of \
          the migration makes it give up (55P03) instead, so it can be retried.",
    fix: None,
};

/// The check.
pub fn check(cx: &Context) -> Option<Finding> {
    if cx.history.lock_timeout || cx.history.reported_lock_timeout {
        return None;
    }
    // LOCK ... NOWAIT never waits: it fails (55P03) if the lock is not free at once.
    if matches!(
        cx.action,
        crate::analysis::actions::Action::Lock { nowait: true, .. }
    ) {
        return None;
    }
    let lock = cx.locks.iter().find(|l| l.mode.blocks_writes())?;
    Some(Finding::new(
        format!(
            "{} on \"{}\" is requested without a lock_timeout",
            lock.mode.name(),
            lock.table
        ),
        &lock.table,
        None,
    ))
}
