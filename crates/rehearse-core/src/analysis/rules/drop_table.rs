//! `drop-table`: dropping an existing table.

use super::{Context, Finding, Rule, Severity};
use crate::analysis::actions::Action;

/// The rule.
pub const RULE: Rule = Rule {
    id: "drop-table",
    severity: Severity::Warning,
    why: "Every row is deleted and the running code's queries on the table fail (42P01) \
          until the new code is deployed. A downgrade recreates the table empty. Stop \
          using the table in one release, drop it in a later one, and keep a backup if \
          the data may be needed.",
    fix: None,
};

/// The check.
pub fn check(cx: &Context) -> Option<Finding> {
    let Action::DropTable { table } = cx.action else {
        return None;
    };
    cx.on_existing(table, None, || {
        format!(
            "dropping \"{table}\" deletes its {}; code that still uses it breaks",
            crate::plural::count(cx.rows(table), "row")
        )
    })
}
