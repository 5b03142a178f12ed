//! `set-not-null`: SET NOT NULL scanning an existing table under ACCESS EXCLUSIVE.

use super::{Context, Finding, Rule, Severity};
use crate::analysis::actions::Action;
use crate::analysis::cost::CostKind;

/// The rule.
pub const RULE: Rule = Rule {
    id: "set-not-null",
    severity: Severity::Warning,
    why: "SET NOT NULL reads every row to prove there is no NULL while holding ACCESS \
          EXCLUSIVE, so every query on the table waits for the whole scan. Instead add \
          `CHECK (col IS NOT NULL) NOT VALID` (instant) and commit; `VALIDATE \
          CONSTRAINT` it in a new transaction (it scans without blocking reads or \
          writes); then SET NOT NULL, which PostgreSQL 12+ proves from the valid CHECK \
          without scanning; then drop the CHECK.",
    fix: None,
};

/// The check.
pub fn check(cx: &Context) -> Option<Finding> {
    let Action::SetNotNull { table, column } = cx.action else {
        return None;
    };
    if !cx.history.is_preexisting(table) {
        return None;
    }
    let scans = cx.costs(CostKind::Scan);
    scans.then(|| {
        Finding::new(
            format!("SET NOT NULL on \"{table}\".\"{column}\" scans the table while blocking all access"),
            table,
            Some(column),
        )
    })
}
