//! SELECT over at most one table: evaluated for its errors (a migration's SELECT has no
//! other effect) and as the source of INSERT ... SELECT.

use super::{single_table, where_clause};
use crate::error::PgError;
use crate::expr::Scope;
use crate::types::SqlType;
use crate::value::Value;
use crate::{Engine, StatementResult};
use sqlparser::ast;

/// Evaluates a query: the output column types and rows.
pub fn evaluate(
    engine: &mut Engine,
    query: &ast::Query,
) -> Result<(Vec<SqlType>, Vec<Vec<Value>>), PgError> {
    if query.with.is_some()
        || query.order_by.is_some()
        || query.limit.is_some()
        || query.offset.is_some()
    {
        return Err(PgError::unsupported("WITH / ORDER BY / LIMIT in a query"));
    }
    let ast::SetExpr::Select(select) = query.body.as_ref() else {
        return Err(PgError::unsupported("set operations"));
    };
    if select.distinct.is_some() || !select.group_by_is_empty() || select.having.is_some() {
        return Err(PgError::unsupported("DISTINCT / GROUP BY / HAVING"));
    }
    let table = match select.from.as_slice() {
        [] => None,
        [one] => {
            let (name, alias) = single_table(one)?;
            Some((engine.table(&name)?.clone(), alias.unwrap_or(name)))
        }
        _ => return Err(PgError::unsupported("several tables in FROM")),
    };
    let scope = match &table {
        Some((t, alias)) => Scope {
            table: alias,
            columns: t.scope_columns(),
            enums: &engine.db.enums,
            extensions: Some(&engine.db.extensions),
            joined: Vec::new(),
        },
        None => Scope {
            table: "",
            columns: Vec::new(),
            enums: &engine.db.enums,
            extensions: Some(&engine.db.extensions),
            joined: Vec::new(),
        },
    };
    let mut exprs = Vec::new();
    for item in &select.projection {
        match item {
            ast::SelectItem::UnnamedExpr(e) | ast::SelectItem::ExprWithAlias { expr: e, .. } => {
                exprs.push(scope.bind(e)?)
            }
            ast::SelectItem::Wildcard(_) => {
                for (name, _) in &scope.columns {
                    exprs.push(scope.bind(&ast::Expr::Identifier(ast::Ident::with_quote(
                        '"',
                        name.clone(),
                    )))?);
                }
            }
            other => return Err(PgError::unsupported(format!("the select item {other}"))),
        }
    }
    let filter = where_clause(&scope, select.selection.as_ref())?;
    let types: Vec<SqlType> = exprs.iter().map(|e| e.ty.clone()).collect();
    // Shared with the table, not copied.
    let rows: crate::shared::Shared<Vec<Vec<Value>>> = match &table {
        Some((t, _)) => t.rows.clone(),
        None => vec![Vec::new()].into(),
    };
    let (_, mut env) = engine.split();
    let mut out = Vec::new();
    for row in &rows {
        if let Some(f) = &filter {
            if f.eval(row, &mut env)? != Value::Bool(true) {
                continue;
            }
        }
        out.push(
            exprs
                .iter()
                .map(|e| e.eval(row, &mut env))
                .collect::<Result<Vec<_>, _>>()?,
        );
    }
    Ok((types, out))
}

/// Evaluates a query with its output column names, as PostgreSQL names them: the
/// alias, else the column's name, else the function's name, else `?column?`.
#[allow(clippy::type_complexity)]
pub fn evaluate_named(
    engine: &mut Engine,
    query: &ast::Query,
) -> Result<(Vec<String>, Vec<SqlType>, Vec<Vec<Value>>), PgError> {
    let mut names = Vec::new();
    if let ast::SetExpr::Select(select) = query.body.as_ref() {
        for item in &select.projection {
            match item {
                ast::SelectItem::ExprWithAlias { alias, .. } => names.push(crate::ident(alias)),
                ast::SelectItem::UnnamedExpr(e) => names.push(output_name(e)),
                ast::SelectItem::Wildcard(_) => {
                    if let [one] = select.from.as_slice() {
                        let (table, _) = single_table(one)?;
                        names.extend(engine.table(&table)?.columns.iter().map(|c| c.name.clone()));
                    }
                }
                _ => names.push("?column?".into()),
            }
        }
    }
    let (types, rows) = evaluate(engine, query)?;
    names.resize(types.len(), "?column?".into());
    Ok((names, types, rows))
}

/// PostgreSQL's `FigureColname`.
fn output_name(e: &ast::Expr) -> String {
    match e {
        ast::Expr::Identifier(id) => crate::ident(id),
        ast::Expr::CompoundIdentifier(ids) => ids.last().map(crate::ident).unwrap_or_default(),
        ast::Expr::Function(f) => crate::object_name(&f.name),
        ast::Expr::Cast { expr, .. } => match expr.as_ref() {
            ast::Expr::Value(_) => "?column?".into(),
            inner => output_name(inner),
        },
        ast::Expr::Nested(inner) => output_name(inner),
        ast::Expr::Case { .. } => "case".into(),
        _ => "?column?".into(),
    }
}

/// Runs a SELECT for its errors.
pub fn run(engine: &mut Engine, query: &ast::Query) -> StatementResult {
    evaluate(engine, query)?;
    Ok(Vec::new())
}

trait GroupByExt {
    fn group_by_is_empty(&self) -> bool;
}

impl GroupByExt for ast::Select {
    fn group_by_is_empty(&self) -> bool {
        match &self.group_by {
            ast::GroupByExpr::Expressions(e, _) => e.is_empty(),
            ast::GroupByExpr::All(_) => false,
        }
    }
}
