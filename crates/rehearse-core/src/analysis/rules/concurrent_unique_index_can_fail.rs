//! `concurrent-unique-index-can-fail`: CREATE UNIQUE INDEX CONCURRENTLY, which leaves
//! an INVALID index behind when its build fails.

use super::{Context, Finding, Rule, Severity};
use crate::analysis::actions::Action;
use std::collections::HashSet;

/// The rule.
pub const RULE: Rule = Rule {
    id: "concurrent-unique-index-can-fail",
    severity: Severity::Warning,
    why: "CREATE INDEX CONCURRENTLY commits the new index's catalog entry before it \
          builds it. If the build fails (duplicate values, a deadlock, a cancelled \
          statement), PostgreSQL leaves the index behind INVALID: it is never used, \
          keeps its name (so a retry fails with 42P07 \"already exists\"), and the \
          rest of the migration has already rolled back. Check for duplicates first \
          (SELECT ... GROUP BY ... HAVING count(*) > 1); after a failure, DROP INDEX \
          CONCURRENTLY the invalid index before running the migration again.",
    fix: None,
};

/// The check.
pub fn check(cx: &Context) -> Option<Finding> {
    let Action::CreateIndex {
        table,
        unique: true,
        concurrently: true,
        columns,
    } = cx.action
    else {
        return None;
    };
    let duplicated = columns.as_ref().and_then(|c| duplicated_key(cx, table, c));
    let mut f = cx.on_existing(table, None, || match &duplicated {
        Some(key) => format!(
            "the unique index on \"{table}\" fails on the sample's duplicate ({key}) and leaves an INVALID index behind"
        ),
        None => format!(
            "if building the unique index on \"{table}\" fails, an INVALID index stays behind"
        ),
    })?;
    if duplicated.is_some() {
        f.severity = Some(Severity::Error);
    }
    Some(f)
}

/// The first key value two rows of the sample share (rows with a NULL in the key never
/// conflict), as `a, b`.
fn duplicated_key(cx: &Context, table: &str, columns: &[String]) -> Option<String> {
    let t = cx.db.tables.get(table)?;
    let positions: Vec<usize> = columns
        .iter()
        .map(|c| t.column_index(c))
        .collect::<Option<_>>()?;
    let types: Vec<_> = positions.iter().map(|&i| &t.columns[i].ty).collect();
    let mut seen = HashSet::new();
    for row in t.rows.iter() {
        let key: Vec<_> = positions.iter().map(|&i| &row[i]).collect();
        if key.iter().any(|v| v.is_null()) {
            continue;
        }
        let text: Vec<String> = key
            .iter()
            .zip(&types)
            .map(|(v, ty)| v.output(ty).unwrap_or_default())
            .collect();
        if !seen.insert(text.clone()) {
            return Some(text.join(", "));
        }
    }
    None
}
