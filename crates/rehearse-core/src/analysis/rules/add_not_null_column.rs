//! `add-not-null-column-without-default`: ADD COLUMN ... NOT NULL with no default.

use super::{Context, Finding, Rule, Severity};
use crate::analysis::actions::Action;
use crate::analysis::Rewrite;

/// The rule.
pub const RULE: Rule = Rule {
    id: "add-not-null-column-without-default",
    severity: Severity::Warning,
    why: "Existing rows have no value for the new column, so PostgreSQL would have to \
          store NULL in a NOT NULL column: on any table with rows the statement fails \
          (23502) and the whole migration rolls back. It only works on an empty table, \
          which production tables rarely are. Add the column nullable, backfill it, then \
          set NOT NULL (with a server default so the old code's INSERTs keep working).",
    fix: Some(Rewrite::AddNullableBackfill),
};

/// The check.
pub fn check(cx: &Context) -> Option<Finding> {
    let Action::AddColumn(c) = cx.action else {
        return None;
    };
    if !c.not_null || c.default.is_some() || c.generated_per_row || c.computed {
        return None;
    }
    let rows = cx.rows(&c.table);
    let mut f = Finding::new(
        if rows > 0 {
            format!(
                "NOT NULL column \"{}\" added without a default: fails on the {rows} existing rows of \"{}\"",
                c.column, c.table
            )
        } else {
            format!(
                "NOT NULL column \"{}\" added without a default: fails once \"{}\" has rows",
                c.column, c.table
            )
        },
        &c.table,
        Some(&c.column),
    );
    // Fails for certain on a table that already has rows (here, or in production: a
    // table that existed before the migration); a new table may stay empty.
    if rows > 0 || cx.history.is_preexisting(&c.table) {
        f.severity = Some(Severity::Error);
    }
    Some(f)
}
