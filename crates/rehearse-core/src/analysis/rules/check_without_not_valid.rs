//! `check-without-not-valid`: ADD CHECK validating every row under ACCESS EXCLUSIVE.

use super::{Context, Finding, Rule, Severity};
use crate::analysis::actions::{Action, NewConstraint};
use crate::analysis::Rewrite;

/// The rule.
pub const RULE: Rule = Rule {
    id: "check-without-not-valid",
    severity: Severity::Warning,
    why: "Adding a CHECK constraint scans every row while holding ACCESS EXCLUSIVE: \
          nothing can read or write the table until it finishes. Add it NOT VALID \
          (instant; new rows are checked from then on), then, after COMMIT, VALIDATE \
          CONSTRAINT, which scans under SHARE UPDATE EXCLUSIVE and lets traffic continue.",
    fix: Some(Rewrite::NotValidThenValidate),
};

/// The check.
pub fn check(cx: &Context) -> Option<Finding> {
    let Action::AddConstraint {
        table,
        kind: NewConstraint::Check,
        not_valid: false,
        ..
    } = cx.action
    else {
        return None;
    };
    cx.on_existing(table, None, || {
        format!("the CHECK on \"{table}\" is validated while blocking all access")
    })
}
