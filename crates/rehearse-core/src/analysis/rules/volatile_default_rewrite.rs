//! `volatile-default-rewrite`: ADD COLUMN whose default differs per row (a volatile
//! function, serial, identity), which rewrites the table.

use super::{Context, Finding, Rule, Severity};
use crate::analysis::actions::Action;
use crate::analysis::cost::CostKind;

/// The rule.
pub const RULE: Rule = Rule {
    id: "volatile-default-rewrite",
    severity: Severity::Warning,
    why: "Since PostgreSQL 11 a constant (or stable, like now()) default is stored once \
          and adding the column is instant. A volatile default (clock_timestamp(), \
          random(), gen_random_uuid()) or a serial/identity column needs a value per \
          row, so the whole table is rewritten under ACCESS EXCLUSIVE. Add the column \
          without the default, set the default for new rows, and backfill in batches.",
    fix: None,
};

/// The check.
pub fn check(cx: &Context) -> Option<Finding> {
    let Action::AddColumn(c) = cx.action else {
        return None;
    };
    if !cx.history.is_preexisting(&c.table) {
        return None;
    }
    let rewrites = cx.costs(CostKind::Rewrite);
    rewrites.then(|| {
        Finding::new(
            format!(
                "adding \"{}\".\"{}\" computes a value per row: the whole table is rewritten while blocking all access",
                c.table, c.column
            ),
            &c.table,
            Some(&c.column),
        )
    })
}
