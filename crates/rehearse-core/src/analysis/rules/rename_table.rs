//! `rename-table`: renaming a table the deployed code still uses.

use super::{Context, Finding, Rule, Severity};
use crate::analysis::actions::Action;

/// The rule.
pub const RULE: Rule = Rule {
    id: "rename-table",
    severity: Severity::Warning,
    why: "The code still running queries the old name until the new code deploys: every \
          query on it fails (42P01) in between. For zero downtime, rename and create a \
          view with the old name for the transition, or deploy code that accepts both.",
    fix: None,
};

/// The check.
pub fn check(cx: &Context) -> Option<Finding> {
    let Action::RenameTable { from, to } = cx.action else {
        return None;
    };
    cx.on_existing(from, None, || {
        format!("renaming \"{from}\" to \"{to}\": code that still uses \"{from}\" breaks")
    })
}
