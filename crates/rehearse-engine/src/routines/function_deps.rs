//! What depends on a user-defined function besides triggers (`pg_depend` rows that
//! `DROP FUNCTION` reads): a column default, a CHECK constraint, an index's
//! expression or predicate, a view, each naming the function in a call.
//!
//! PostgreSQL lists dependents in the order they were created; the catalog keeps no
//! such order across tables and kinds, so a DROP with more than one dependent is
//! refused unless CASCADE (whose notice is not compared).

use crate::catalog::{ConstraintKind, Database, IndexKey};
use crate::error::PgError;
use sqlparser::ast;
use std::ops::ControlFlow;

/// One object that calls the function.
#[derive(Debug, Clone, PartialEq)]
pub enum Dependent {
    /// `DEFAULT` of (table, column).
    Default(String, String),
    /// A CHECK constraint: (table, constraint).
    Check(String, String),
    /// An index: (table, index).
    Index(String, String),
    /// A view or materialized view: (name, materialized).
    View(String, bool),
}

impl Dependent {
    /// PostgreSQL's line in the 2BP01 detail (`getObjectDescription`).
    fn describe(&self, signature: &str) -> String {
        let object = match self {
            Dependent::Default(table, column) => {
                format!("default value for column {column} of table {table}")
            }
            Dependent::Check(table, name) => format!("constraint {name} on table {table}"),
            Dependent::Index(_, name) => format!("index {name}"),
            Dependent::View(name, false) => format!("view {name}"),
            Dependent::View(name, true) => format!("materialized view {name}"),
        };
        format!("{object} depends on function {signature}")
    }
}

/// Whether an expression calls `function` (unqualified or `public.`).
fn calls(e: &ast::Expr, function: &str) -> bool {
    ast::visit_expressions(e, |x| match x {
        ast::Expr::Function(f) if crate::object_name(&f.name) == function => ControlFlow::Break(()),
        _ => ControlFlow::Continue(()),
    })
    .is_break()
}

fn query_calls(q: &ast::Query, function: &str) -> bool {
    ast::visit_expressions(q, |x| match x {
        ast::Expr::Function(f) if crate::object_name(&f.name) == function => ControlFlow::Break(()),
        _ => ControlFlow::Continue(()),
    })
    .is_break()
}

/// The objects calling `function`.
pub fn dependents(db: &Database, function: &str) -> Vec<Dependent> {
    let mut out = Vec::new();
    for (name, table) in &db.tables {
        for column in &table.columns {
            if column.default.as_ref().is_some_and(|e| calls(e, function)) {
                out.push(Dependent::Default(name.clone(), column.name.clone()));
            }
        }
        for c in &table.constraints {
            if let ConstraintKind::Check(e) = &c.kind {
                if calls(e, function) {
                    out.push(Dependent::Check(name.clone(), c.name.clone()));
                }
            }
        }
        for index in &table.indexes {
            let keys = index.keys.iter().any(|k| match k {
                IndexKey::Expr(e) => calls(e, function),
                IndexKey::Column(_) => false,
            });
            if keys || index.predicate.as_ref().is_some_and(|p| calls(p, function)) {
                out.push(Dependent::Index(name.clone(), index.name.clone()));
            }
        }
    }
    for (name, view) in &db.views {
        if query_calls(&view.query, function) {
            out.push(Dependent::View(name.clone(), view.materialized.is_some()));
        }
    }
    out
}

/// PostgreSQL's 2BP01 when exactly one object depends on the function (see the
/// module's note for more than one).
pub fn refuse_drop(dependents: &[String], signature: &str) -> PgError {
    if dependents.len() > 1 {
        return PgError::unsupported(format!(
            "DROP FUNCTION {signature} with several dependent objects (the order \
             PostgreSQL lists them in)"
        ));
    }
    PgError::new(
        "2BP01",
        format!("cannot drop function {signature} because other objects depend on it"),
    )
    .detail(dependents.join("\n"))
    .hint("Use DROP ... CASCADE to drop the dependent objects too.")
}

/// The detail lines of the dependents.
pub fn describe_all(dependents: &[Dependent], signature: &str) -> Vec<String> {
    dependents.iter().map(|d| d.describe(signature)).collect()
}

/// DROP FUNCTION ... CASCADE: the defaults, constraints and indexes go; a view's
/// own dependents are not followed, so a view is refused.
pub fn drop_cascade(db: &mut Database, dependents: &[Dependent]) -> Result<(), PgError> {
    if dependents.iter().any(|d| matches!(d, Dependent::View(..))) {
        return Err(PgError::unsupported(
            "DROP FUNCTION ... CASCADE that drops a view",
        ));
    }
    for d in dependents {
        match d {
            Dependent::Default(table, column) => {
                if let Some(c) = db
                    .tables
                    .get_mut(table)
                    .and_then(|t| t.columns.iter_mut().find(|c| &c.name == column))
                {
                    c.default = None;
                }
            }
            Dependent::Check(table, name) => {
                if let Some(t) = db.tables.get_mut(table) {
                    t.constraints.retain(|c| &c.name != name);
                }
            }
            Dependent::Index(table, name) => {
                if let Some(t) = db.tables.get_mut(table) {
                    t.indexes.retain(|i| &i.name != name);
                }
            }
            Dependent::View(..) => {}
        }
    }
    Ok(())
}
