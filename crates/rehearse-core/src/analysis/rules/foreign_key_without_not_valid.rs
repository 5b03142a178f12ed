//! `foreign-key-without-not-valid`: ADD FOREIGN KEY validating every row at once.

use super::{Context, Finding, Rule, Severity};
use crate::analysis::actions::{Action, NewConstraint};
use crate::analysis::Rewrite;

/// The rule.
pub const RULE: Rule = Rule {
    id: "foreign-key-without-not-valid",
    severity: Severity::Warning,
    why: "Adding a foreign key checks every existing row while holding SHARE ROW \
          EXCLUSIVE on both tables, so writes to both wait for the whole scan. Add it \
          NOT VALID (instant; new rows are checked from then on), then VALIDATE \
          CONSTRAINT in a separate transaction, which scans with a lock that lets reads and \
          writes continue.",
    fix: Some(Rewrite::NotValidThenValidate),
};

/// The check.
pub fn check(cx: &Context) -> Option<Finding> {
    let Action::AddConstraint {
        table,
        kind: NewConstraint::ForeignKey(target),
        not_valid: false,
        ..
    } = cx.action
    else {
        return None;
    };
    cx.on_existing(table, None, || {
        format!("the foreign key from \"{table}\" to \"{target}\" is validated while blocking writes to both")
    })
}
