//! `rename-instead-of-drop-add`: a drop_column + add_column pair that is really a
//! rename becomes one rename (in the downgrade too, when it holds the mirror pair),
//! which keeps the values.

use super::{py_str, Context, Edit};
use crate::analysis::actions::Action;
use crate::analysis::Hazard;
use rehearse_engine::deparse::quote_ident;

fn rename(cx: &Context, table: &str, from: &str, to: &str) -> String {
    if cx.alembic {
        format!(
            "op.alter_column({}, {}, new_column_name={})",
            py_str(table),
            py_str(from),
            py_str(to)
        )
    } else {
        format!(
            "ALTER TABLE {} RENAME COLUMN {} TO {}",
            quote_ident(table),
            quote_ident(from),
            quote_ident(to)
        )
    }
}

/// The edits.
pub fn edits(cx: &Context, step: usize, hazard: &Hazard) -> Option<(Vec<Edit>, String)> {
    let related = hazard.related.as_ref()?;
    let (table, new, old) = (&hazard.table, hazard.column.as_ref()?, &related.column);
    let (a, b) = (
        cx.plan.upgrade.get(step)?,
        cx.plan.upgrade.get(related.step)?,
    );
    let is_drop = |s| matches!(cx.actions(s).as_slice(), [Action::DropColumn { .. }]);
    let (add, drop) = if is_drop(b) { (a, b) } else { (b, a) };
    // Each step must be exactly the one action, or the rewrite would lose others.
    let single = |s| matches!(cx.actions(s).as_slice(), [_]);
    if !single(add) || !single(drop) {
        return None;
    }
    // Only an unambiguous pair with the same type: one column added to and one dropped
    // from this table in the migration. Anything else is a guess.
    let on_table = |want_add: bool| {
        cx.plan
            .upgrade
            .iter()
            .flat_map(|s| cx.actions(s))
            .filter(|a| match a {
                Action::AddColumn(c) => want_add && &c.table == table,
                Action::DropColumn { table: t, .. } => !want_add && t == table,
                _ => false,
            })
            .count()
    };
    if on_table(true) != 1 || on_table(false) != 1 {
        return None;
    }
    let added_type = cx.actions(add).into_iter().find_map(|a| match a {
        Action::AddColumn(c) => c.ty,
        _ => None,
    });
    let dropped_type = cx
        .report
        .upgrade
        .steps
        .get(related.step)
        .and_then(|s| s.before.iter().find(|t| &t.name == table))
        .and_then(|t| t.columns.iter().find(|c| &c.name == old))
        .map(|c| c.ty.clone());
    if added_type.map(|t| t.format()) != dropped_type {
        return None;
    }
    let (start, end) = cx.range(drop)?;
    let mut edits = vec![
        Edit {
            start,
            end,
            text: rename(cx, table, old, new),
        },
        cx.delete_step(add)?,
    ];
    // The downgrade's mirror pair: drop `new`, add `old` back.
    let find = |want: &dyn Fn(&Action) -> bool| {
        cx.plan
            .downgrade
            .iter()
            .find(|s| matches!(cx.actions(s).as_slice(), [a] if want(a)))
    };
    let down_drop = find(
        &|a| matches!(a, Action::DropColumn { table: t, column } if t == table && column == new),
    );
    let down_add =
        find(&|a| matches!(a, Action::AddColumn(c) if &c.table == table && &c.column == old));
    if let (Some(d), Some(a)) = (down_drop, down_add) {
        let (start, end) = cx.range(d)?;
        edits.push(Edit {
            start,
            end,
            text: rename(cx, table, new, old),
        });
        edits.push(cx.delete_step(a)?);
    }
    Some((
        edits,
        format!("rename {table}.{old} to {new} instead of dropping it and adding {new}"),
    ))
}
