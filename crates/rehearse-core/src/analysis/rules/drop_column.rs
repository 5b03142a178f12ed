//! `drop-column`: dropping a column of an existing table.

use super::{Context, Finding, Rule, Severity};
use crate::analysis::actions::Action;

/// The rule.
pub const RULE: Rule = Rule {
    id: "drop-column",
    severity: Severity::Warning,
    why: "Migrations run before the new code deploys, so the code still running reads \
          and writes this column: its queries fail from this moment (42703) until the \
          deploy finishes, and the values are gone for good (a downgrade adds the \
          column back empty). Make it a two-release change: first deploy code that no \
          longer uses the column, then drop it in a later migration.",
    fix: None,
};

/// The check.
pub fn check(cx: &Context) -> Option<Finding> {
    let Action::DropColumn { table, column } = cx.action else {
        return None;
    };
    if !cx.history.is_preexisting(table) {
        return None;
    }
    let values = cx.values(table, column);
    Some(Finding::new(
        format!(
            "dropping \"{table}\".\"{column}\" deletes {}; code that still uses it breaks",
            crate::plural::count(values, "value")
        ),
        table,
        Some(column),
    ))
}
