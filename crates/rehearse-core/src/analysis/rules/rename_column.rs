//! `rename-column`: renaming a column the deployed code still uses.

use super::{Context, Finding, Rule, Severity};
use crate::analysis::actions::Action;

/// The rule.
pub const RULE: Rule = Rule {
    id: "rename-column",
    severity: Severity::Warning,
    why: "A rename keeps the data and is instant, but the code still running uses the \
          old name until the new code deploys: its queries fail (42703) in between. \
          For zero downtime, add the new column, write both, backfill, switch reads, \
          then drop the old one; or accept a short window and deploy right after.",
    fix: None,
};

/// The check.
pub fn check(cx: &Context) -> Option<Finding> {
    let Action::RenameColumn { table, from, to } = cx.action else {
        return None;
    };
    cx.on_existing(table, Some(from), || {
        format!(
            "renaming \"{table}\".\"{from}\" to \"{to}\": code that still uses \"{from}\" breaks"
        )
    })
}
