//! Reading views: a view (or materialized view) read by a query is a table holding
//! its rows, bound from its stored query against the relations as the query named
//! them (see `catalog::View`); `depend` finds what uses what (DROP, ALTER COLUMN
//! TYPE) and keeps a view's names current when a relation or column it uses is
//! renamed.
//!
//! A plain view's rows are computed in full when a statement reads it. PostgreSQL
//! evaluates a view's columns only where the outer query needs them, so an error in
//! a view's query (a division by zero on some row) is Rehearse's refusal, never
//! PostgreSQL's error: the outer query might not have met it.

pub(crate) mod depend;

use crate::catalog::{Column, Table, View};
use crate::error::PgError;
use crate::expr::query::Plan;
use crate::shared::Shared;
use crate::Engine;
use sqlparser::ast;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Views reading views, at most this deep (PostgreSQL has no limit but its stack).
const MAX_VIEW_DEPTH: usize = 32;

/// Whether a view's rows are wanted, or only its shape (binding).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// Columns only: binding a query, finding dependencies.
    Shape,
    /// Columns and rows: running a query.
    Rows,
}

/// Relation names a statement part reads, at every level, without duplicates.
pub(crate) fn relation_names<V: ast::Visit>(part: &V) -> Vec<String> {
    let mut names = Vec::new();
    let _ = ast::visit_relations(part, |n| {
        let name = crate::object_name(n);
        if !names.contains(&name) {
            names.push(name);
        }
        std::ops::ControlFlow::<()>::Continue(())
    });
    names
}

/// Two parts of a statement visited as one (a DML statement's FROM or USING list and
/// its WHERE clause), for [`tables_for`].
pub(crate) struct Parts<'a, A, B>(pub Option<&'a A>, pub Option<&'a B>);

impl<A: ast::Visit, B: ast::Visit> ast::Visit for Parts<'_, A, B> {
    fn visit<V: ast::Visitor>(&self, visitor: &mut V) -> std::ops::ControlFlow<V::Break> {
        if let Some(a) = self.0 {
            a.visit(visitor)?;
        }
        if let Some(b) = self.1 {
            b.visit(visitor)?;
        }
        std::ops::ControlFlow::Continue(())
    }
}

/// The relations a statement part binds against: the database's tables, plus each
/// view it reads as a table (with its rows for `Reading::Rows`). Borrowed when it
/// reads no view.
pub(crate) fn tables_for<'e, V: ast::Visit>(
    engine: &'e Engine,
    part: &V,
    reading: Reading,
) -> Result<Cow<'e, BTreeMap<String, Table>>, PgError> {
    if engine.db.views.is_empty() {
        return Ok(Cow::Borrowed(&engine.db.tables));
    }
    let views: Vec<&View> = relation_names(part)
        .iter()
        .filter_map(|n| engine.db.views.get(n))
        .collect();
    if views.is_empty() {
        return Ok(Cow::Borrowed(&engine.db.tables));
    }
    let mut tables = engine.db.tables.clone();
    for view in views {
        tables.insert(view.name.clone(), read(engine, view, reading, 0)?);
    }
    Ok(Cow::Owned(tables))
}

/// A view as a table: its columns, and its rows (none for `Reading::Shape`).
pub(crate) fn read(
    engine: &Engine,
    view: &View,
    reading: Reading,
    depth: usize,
) -> Result<Table, PgError> {
    if depth > MAX_VIEW_DEPTH {
        return Err(PgError::unsupported(format!(
            "views reading views more than {MAX_VIEW_DEPTH} deep"
        )));
    }
    let rows = match (&view.materialized, reading) {
        (_, Reading::Shape) => Shared::new(Vec::new()),
        (Some(Some(rows)), Reading::Rows) => rows.clone(),
        (Some(None), Reading::Rows) => {
            return Err(PgError::new(
                "55000",
                format!("materialized view \"{}\" has not been populated", view.name),
            )
            .hint("Use the REFRESH MATERIALIZED VIEW command."))
        }
        (None, Reading::Rows) => {
            let plan = bind(engine, view, Reading::Rows, depth)?;
            let mut scratch = engine.clone();
            let rows = plan_rows(&mut scratch, &plan).map_err(|e| {
                if e.unsupported.is_some() {
                    e
                } else {
                    PgError::unsupported(format!(
                        "reading view {} (its query fails on these rows: {}; PostgreSQL evaluates a view's columns only where the outer query needs them)",
                        view.name, e.message
                    ))
                }
            })?;
            Shared::new(rows)
        }
    };
    Ok(Table {
        name: view.name.clone(),
        columns: view
            .columns
            .iter()
            .map(|(name, ty)| Column {
                name: name.clone(),
                ty: ty.clone(),
                not_null: false,
                default: None,
                identity: None,
                generated: None,
            })
            .collect(),
        rows,
        indexes: Vec::new(),
        constraints: Vec::new(),
        triggers: Vec::new(),
    })
}

/// Binds a view's query against the relations it reads, as it named them.
pub(crate) fn bind(
    engine: &Engine,
    view: &View,
    reading: Reading,
    depth: usize,
) -> Result<Plan, PgError> {
    let tables = visible(engine, view, reading, depth)?;
    bind_query(engine, &tables, &view.query)
}

/// Binds a query against `tables`.
pub(crate) fn bind_query(
    engine: &Engine,
    tables: &BTreeMap<String, Table>,
    query: &ast::Query,
) -> Result<Plan, PgError> {
    crate::expr::query::bind(tables, &engine.db.enums, &engine.db.extensions, query, true)
}

/// The relation a view's query calls `name`, by its current name.
pub(crate) fn current<'v>(view: &'v View, name: &'v str) -> &'v str {
    view.relations.get(name).map_or(name, String::as_str)
}

/// The relations a view's query reads, under the names it gives them, with the
/// columns it uses under their names in the query.
pub(crate) fn visible(
    engine: &Engine,
    view: &View,
    reading: Reading,
    depth: usize,
) -> Result<BTreeMap<String, Table>, PgError> {
    let mut out = BTreeMap::new();
    for name in relation_names(&view.query) {
        let now = current(view, &name);
        let mut table = if let Some(t) = engine.db.tables.get(now) {
            t.clone()
        } else if let Some(v) = engine.db.views.get(now) {
            read(engine, v, reading, depth + 1)?
        } else {
            continue;
        };
        let shown = |column: &str| shown_name(view, &name, column);
        for c in &mut table.columns {
            c.name = shown(&c.name);
        }
        for c in &mut table.constraints {
            if let crate::catalog::ConstraintKind::PrimaryKey(cols) = &mut c.kind {
                for col in cols.iter_mut() {
                    *col = shown(col);
                }
            }
        }
        if let Some(seen) = view.seen.get(&name) {
            keep_seen(&mut table, seen);
        }
        table.name = name.clone();
        out.insert(name, table);
    }
    Ok(out)
}

/// The name a view's query gives column `column` (current name) of the relation it
/// calls `relation`: its name when the view was created, if renamed since.
pub(crate) fn shown_name(view: &View, relation: &str, column: &str) -> String {
    let mut renamed = view.column_names.iter().filter(|(r, _, _)| r == relation);
    if let Some((_, _, q)) = renamed.clone().find(|(_, c, _)| c == column) {
        q.clone()
    } else if renamed.any(|(_, _, q)| q == column) {
        // A later column took a name the query gives another: out of its reach.
        format!("\u{1}{column}")
    } else {
        column.to_string()
    }
}

/// The columns of each relation a query reads, as they are now (recorded when a view
/// is created).
pub(crate) fn seen_columns(engine: &Engine, query: &ast::Query) -> BTreeMap<String, Vec<String>> {
    relation_names(query)
        .into_iter()
        .filter_map(|name| {
            let columns: Vec<String> =
                match (engine.db.tables.get(&name), engine.db.views.get(&name)) {
                    (Some(t), _) => t.columns.iter().map(|c| c.name.clone()).collect(),
                    (None, Some(v)) => v.columns.iter().map(|(c, _)| c.clone()).collect(),
                    _ => return None,
                };
            Some((name, columns))
        })
        .collect()
}

/// Takes the columns added since the view was created out of a relation it reads.
fn keep_seen(table: &mut Table, seen: &[String]) {
    let keep: Vec<bool> = table
        .columns
        .iter()
        .map(|c| seen.contains(&c.name))
        .collect();
    if keep.iter().all(|k| *k) {
        return;
    }
    let mut i = 0;
    table.columns.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    let rows: Vec<crate::catalog::Row> = table
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .zip(&keep)
                .filter(|(_, k)| **k)
                .map(|(v, _)| v.clone())
                .collect()
        })
        .collect();
    table.rows = Shared::new(rows);
}

#[cfg(test)]
mod tests;

/// A bound query's rows (as `dml::select::rows`, which this module cannot import:
/// `dml` reads views through it).
fn plan_rows(
    engine: &mut Engine,
    plan: &crate::expr::query::Plan,
) -> Result<Vec<Vec<crate::value::Value>>, PgError> {
    let (_, mut env) = engine.split();
    // Folding rewrites the plan's expressions: the caller's plan stays as bound.
    let mut plan = plan.clone();
    plan.fold(&mut env)?;
    plan.compute(&[], &mut env)
}
