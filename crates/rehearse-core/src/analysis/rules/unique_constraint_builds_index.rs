//! `unique-constraint-builds-index`: ADD UNIQUE / PRIMARY KEY building its index
//! under ACCESS EXCLUSIVE.

use super::{Context, Finding, Rule, Severity};
use crate::analysis::actions::{Action, NewConstraint};

/// The rule.
pub const RULE: Rule = Rule {
    id: "unique-constraint-builds-index",
    severity: Severity::Warning,
    why: "ADD UNIQUE and ADD PRIMARY KEY build their index while holding ACCESS \
          EXCLUSIVE: nothing can read or write the table during the build. Build the \
          index first with CREATE UNIQUE INDEX CONCURRENTLY, then attach it with \
          `ADD CONSTRAINT ... UNIQUE USING INDEX` (or PRIMARY KEY USING INDEX), which \
          is instant.",
    fix: None,
};

/// The check.
pub fn check(cx: &Context) -> Option<Finding> {
    let (table, kind) = match cx.action {
        Action::AddConstraint { table, kind, .. } => (table, kind),
        Action::AddColumn(c) => (
            &c.table,
            c.constraints
                .iter()
                .find(|k| matches!(k, NewConstraint::Unique | NewConstraint::PrimaryKey))?,
        ),
        _ => return None,
    };
    let what = match kind {
        NewConstraint::Unique => "UNIQUE",
        NewConstraint::PrimaryKey => "PRIMARY KEY",
        _ => return None,
    };
    cx.on_existing(table, None, || {
        format!("adding {what} to \"{table}\" builds an index while blocking all access")
    })
}
