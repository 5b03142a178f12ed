//! `create-index-non-concurrently`: CREATE INDEX on an existing table without
//! CONCURRENTLY.

use super::{Context, Finding, Rule, Severity};
use crate::analysis::actions::Action;
use crate::analysis::Rewrite;

/// The rule.
pub const RULE: Rule = Rule {
    id: "create-index-non-concurrently",
    severity: Severity::Warning,
    why: "CREATE INDEX holds a SHARE lock for the whole build: reads continue but every \
          INSERT, UPDATE and DELETE on the table waits, for minutes on a big table. \
          CREATE INDEX CONCURRENTLY builds it without blocking writes; it cannot run \
          inside a transaction, so in Alembic wrap it in \
          `with op.get_context().autocommit_block():` and pass \
          `postgresql_concurrently=True`.",
    fix: Some(Rewrite::CreateIndexConcurrently),
};

/// The check.
pub fn check(cx: &Context) -> Option<Finding> {
    let Action::CreateIndex {
        table,
        concurrently: false,
        unique,
        ..
    } = cx.action
    else {
        return None;
    };
    if !cx.history.is_preexisting(table) {
        return None;
    }
    let (n, kind) = if *unique {
        ("", "unique index")
    } else {
        ("n", "index")
    };
    Some(Finding::new(
        format!("building a{n} {kind} on \"{table}\" without CONCURRENTLY blocks its writes"),
        table,
        None,
    ))
}
