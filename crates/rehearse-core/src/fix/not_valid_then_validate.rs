//! `not-valid-then-validate`: a foreign key or CHECK is added NOT VALID (instant),
//! then validated after the migration's transaction has committed, so the validating
//! scan holds only SHARE UPDATE EXCLUSIVE and traffic continues.

use super::{add_keyword, py_str, Context, Edit};
use crate::analysis::actions::Action;
use crate::analysis::Hazard;
use rehearse_engine::deparse::quote_ident;

/// The constraint's name: as written, or the one PostgreSQL chose (the constraint the
/// step added, from the state before and after it).
fn constraint_name(cx: &Context, step: usize, table: &str) -> Option<String> {
    let planned = cx.plan.upgrade.get(step)?;
    if let Some(name) = cx.actions(planned).into_iter().find_map(|a| match a {
        Action::AddConstraint { name, .. } => name,
        _ => None,
    }) {
        return Some(name);
    }
    let ran = cx.report.upgrade.steps.get(step)?;
    let names = |tables: &[crate::snapshot::TableState]| -> Vec<String> {
        tables
            .iter()
            .filter(|t| t.name == table)
            .flat_map(|t| t.constraints.iter().map(|c| c.name.clone()))
            .collect()
    };
    let before = names(&ran.before);
    names(&ran.after).into_iter().find(|n| !before.contains(n))
}

/// The edits.
pub fn edits(cx: &Context, step: usize, hazard: &Hazard) -> Option<(Vec<Edit>, String)> {
    let planned = cx.plan.upgrade.get(step)?;
    // NOT VALID at the end of a statement belongs to its last subcommand only.
    if cx.actions(planned).len() != 1 {
        return None;
    }
    let table = &hazard.table;
    let name = constraint_name(cx, step, table)?;
    let (start, end) = cx.range(planned)?;
    let call = &cx.source[start..end];
    let indent = cx.indent(start);
    let validate = format!(
        "ALTER TABLE {} VALIDATE CONSTRAINT {}",
        quote_ident(table),
        quote_ident(&name)
    );
    let text = if cx.alembic {
        let known = ["op.create_foreign_key(", "op.create_check_constraint("];
        if !known.iter().any(|k| call.starts_with(k)) || call.contains("postgresql_not_valid") {
            return None;
        }
        format!(
            "{}\n{indent}# Validate after COMMIT: the scan then lets reads and writes continue.\n\
             {indent}with op.get_context().autocommit_block():\n\
             {indent}    op.execute({})",
            add_keyword(call, "postgresql_not_valid=True")?,
            py_str(&validate)
        )
    } else {
        if call.to_ascii_uppercase().trim_end().ends_with("NOT VALID") {
            return None;
        }
        format!(
            "{call} NOT VALID;\n\
             -- Validate after COMMIT: the scan then lets reads and writes continue.\n\
             COMMIT;\n{validate};\nBEGIN"
        )
    };
    Some((
        vec![Edit { start, end, text }],
        format!("add {name} NOT VALID, then VALIDATE it outside the transaction"),
    ))
}
