//! What depends on what, as `pg_depend` records it for views: a view depends on each
//! relation its query reads and on each column it uses; and the names a view keeps
//! when a relation or column it uses is renamed.
//!
//! Whether a view uses a column is decided by binding its query with that column out
//! of reach: if the query no longer binds, or binds to other output columns (`*`),
//! the view uses it. That is the binder's own resolution (aliases, qualified and
//! unqualified names, subqueries), not a second reading of the names.

use super::{bind_query, current, relation_names, visible, Reading};
use crate::catalog::{Database, View};
use crate::Engine;

/// `view` or `materialized view`, as PostgreSQL's messages name a view.
pub(crate) fn kind(view: &View) -> &'static str {
    if view.materialized.is_some() {
        "materialized view"
    } else {
        "view"
    }
}

/// How PostgreSQL names a relation in a dependency message (`table t`, `view v`).
pub(crate) fn describe(db: &Database, relation: &str) -> String {
    match db.views.get(relation) {
        Some(v) => format!("{} {relation}", kind(v)),
        None => format!("table {relation}"),
    }
}

/// Views reading `relation` directly, in creation order.
pub(crate) fn readers<'d>(db: &'d Database, relation: &str) -> Vec<&'d View> {
    let mut out: Vec<&View> = db
        .views
        .values()
        .filter(|v| {
            relation_names(&v.query)
                .iter()
                .any(|n| current(v, n) == relation)
        })
        .collect();
    out.sort_by_key(|v| v.order);
    out
}

/// The views that would go with `roots` (each with its dependency message), depth
/// first as PostgreSQL reports them: each root's message, then what reads it.
pub(crate) fn closure(db: &Database, roots: Vec<(String, String)>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut stack: Vec<(String, String)> = roots.into_iter().rev().collect();
    while let Some((view, message)) = stack.pop() {
        if out.iter().any(|(v, _)| *v == view) {
            continue;
        }
        let kind = db.views.get(&view).map_or("view", kind);
        let next: Vec<(String, String)> = readers(db, &view)
            .iter()
            .map(|r| {
                (
                    r.name.clone(),
                    format!(
                        "{} {} depends on {kind} {view}",
                        super::depend::kind(r),
                        r.name
                    ),
                )
            })
            .collect();
        out.push((view, message));
        stack.extend(next.into_iter().rev());
    }
    out
}

/// Every view that reads `relation`, directly or through other views.
pub(crate) fn dependents_of_relation(db: &Database, relation: &str) -> Vec<(String, String)> {
    let what = describe(db, relation);
    let roots = readers(db, relation)
        .iter()
        .map(|v| {
            (
                v.name.clone(),
                format!("{} {} depends on {what}", kind(v), v.name),
            )
        })
        .collect();
    closure(db, roots)
}

/// The views using column `column` of `relation` directly, in creation order.
pub(crate) fn column_users(engine: &Engine, relation: &str, column: &str) -> Vec<String> {
    readers(&engine.db, relation)
        .into_iter()
        .filter(|v| uses_column(engine, v, relation, column))
        .map(|v| v.name.clone())
        .collect()
}

pub(crate) use crate::expr::query::using::HIDDEN;

/// Whether `view` uses column `column` of `relation` (current names).
pub(crate) fn uses_column(engine: &Engine, view: &View, relation: &str, column: &str) -> bool {
    let Ok(mut tables) = visible(engine, view, Reading::Shape, 0) else {
        return false;
    };
    let Ok(before) = bind_query(engine, &tables, &view.query) else {
        return false;
    };
    for name in relation_names(&view.query) {
        if current(view, &name) != relation {
            continue;
        }
        let shown = super::shown_name(view, &name, column);
        if let Some(c) = tables
            .get_mut(&name)
            .and_then(|t| t.columns.iter_mut().find(|c| c.name == shown))
        {
            c.name = format!("{HIDDEN}{}", c.name);
        }
    }
    match bind_query(engine, &tables, &view.query) {
        Ok(after) => after.names() != before.names() || after.types() != before.types(),
        Err(_) => true,
    }
}

/// `relation` is now called `to`: views reading it keep reading it.
pub(crate) fn relation_renamed(db: &mut Database, relation: &str, to: &str) {
    for view in db.views.values_mut() {
        for name in relation_names(&view.query) {
            if current(view, &name) == relation {
                if name == to {
                    view.relations.remove(&name);
                } else {
                    view.relations.insert(name.clone(), to.to_string());
                }
            }
        }
    }
}

/// Column `from` of `relation` is about to be called `to`: views using it keep it
/// under the name their query gives it. Call before renaming.
pub(crate) fn column_renamed(engine: &mut Engine, relation: &str, from: &str, to: &str) {
    let users = column_users(engine, relation, from);
    for name in users {
        let Some(view) = engine.db.views.get_mut(&name) else {
            continue;
        };
        for query_name in relation_names(&view.query) {
            if current(view, &query_name) != relation {
                continue;
            }
            match view
                .column_names
                .iter()
                .position(|(r, c, _)| *r == query_name && c == from)
            {
                Some(i) => view.column_names[i].1 = to.to_string(),
                None => {
                    view.column_names
                        .push((query_name.clone(), to.to_string(), from.to_string()))
                }
            }
            view.column_names.retain(|(_, c, q)| c != q);
        }
    }
}

/// Removes views (CASCADE).
pub(crate) fn drop_views(db: &mut Database, views: &[(String, String)]) {
    for (name, _) in views {
        db.views.remove(name);
    }
}
