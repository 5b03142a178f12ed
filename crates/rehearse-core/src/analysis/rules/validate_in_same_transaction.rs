//! `validate-in-same-transaction`: VALIDATE CONSTRAINT while the migration's
//! transaction already holds a lock that blocks writes on the table (typically from
//! the ADD ... NOT VALID just before it), which throws away the point of NOT VALID.

use super::{Context, Finding, Rule, Severity};
use crate::analysis::actions::Action;

/// The rule.
pub const RULE: Rule = Rule {
    id: "validate-in-same-transaction",
    severity: Severity::Warning,
    why: "VALIDATE CONSTRAINT itself only takes SHARE UPDATE EXCLUSIVE, so reads and \
          writes continue during its scan — but locks are held until COMMIT, and this \
          transaction already holds a lock that blocks writes (the ADD CONSTRAINT took \
          ACCESS EXCLUSIVE, or SHARE ROW EXCLUSIVE on both tables for a foreign key). \
          The scan therefore blocks traffic after all. Commit first: validate in a later \
          migration or inside `with op.get_context().autocommit_block():`.",
    fix: None,
};

/// The check.
pub fn check(cx: &Context) -> Option<Finding> {
    let Action::ValidateConstraint { table, .. } = cx.action else {
        return None;
    };
    let held = cx.history.held_on(table)?;
    held.blocks_writes().then(|| {
        Finding::new(
            format!(
                "\"{table}\" is validated while this transaction holds {} on it: the scan blocks writes",
                held.name()
            ),
            table,
            None,
        )
    })
}
