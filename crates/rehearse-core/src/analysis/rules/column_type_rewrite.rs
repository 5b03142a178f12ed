//! `column-type-rewrite`: ALTER COLUMN TYPE that rewrites an existing table.

use super::{Context, Finding, Rule, Severity};
use crate::analysis::actions::Action;
use crate::analysis::cost::CostKind;

/// The rule.
pub const RULE: Rule = Rule {
    id: "column-type-rewrite",
    severity: Severity::Warning,
    why: "Unless the old values are valid as the new type unchanged (varchar(n) to a \
          longer varchar or text, a wider numeric), PostgreSQL converts every value and \
          rewrites the table and all its indexes under ACCESS EXCLUSIVE: nothing can \
          read or write the table until it finishes, and a value that does not convert \
          fails the migration. Add a new column, backfill it in batches, and switch \
          over; or make the change in a maintenance window.",
    fix: None,
};

/// The check.
pub fn check(cx: &Context) -> Option<Finding> {
    let Action::AlterType { table, column, .. } = cx.action else {
        return None;
    };
    if !cx.history.is_preexisting(table) {
        return None;
    }
    let rewrites = cx.costs(CostKind::Rewrite);
    rewrites.then(|| {
        Finding::new(
            format!("changing the type of \"{table}\".\"{column}\" rewrites the whole table while blocking all access"),
            table,
            Some(column),
        )
    })
}
