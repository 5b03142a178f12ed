//! SELECT: evaluated for its errors (a migration's SELECT has no other effect), as a
//! client's query, and as the source of INSERT ... SELECT. The query itself is
//! `crate::query`'s.

use crate::error::PgError;
use crate::expr::query::Plan;
use crate::types::SqlType;
use crate::value::Value;
use crate::{Engine, StatementResult};
use sqlparser::ast;

/// Binds a query against the engine's database.
pub fn bind(engine: &Engine, query: &ast::Query, resolve_unknowns: bool) -> Result<Plan, PgError> {
    bind_within(engine, query, resolve_unknowns, None)
}

/// Binds a query whose statement has relations it cannot see (INSERT's target, for
/// the errors of a name not found).
pub(crate) fn bind_within(
    engine: &Engine,
    query: &ast::Query,
    resolve_unknowns: bool,
    range: Option<&crate::expr::range_table::RangeLevel>,
) -> Result<Plan, PgError> {
    let observed = crate::catalog_views::Output::Observed;
    if let Some(prepared) = crate::catalog_views::prepare_query(&engine.db, query, observed, &[])? {
        let views = crate::views::tables_for(engine, &prepared.part, crate::views::Reading::Rows)?;
        let mut tables = views.into_owned();
        tables.extend(prepared.tables);
        return crate::expr::query::bind_within(
            &tables,
            &engine.db.enums,
            &engine.db.extensions,
            &prepared.part,
            resolve_unknowns,
            range,
        );
    }
    let tables = crate::views::tables_for(engine, query, crate::views::Reading::Rows)?;
    crate::expr::query::bind_within(
        &tables,
        &engine.db.enums,
        &engine.db.extensions,
        query,
        resolve_unknowns,
        range,
    )
}

/// Runs a bound query at the top level: constants folded first, then the rows.
pub fn rows(engine: &mut Engine, plan: &Plan) -> Result<Vec<Vec<Value>>, PgError> {
    let (_, mut env) = engine.split();
    // Folding rewrites the plan's expressions: the caller's plan stays as bound.
    let mut plan = plan.clone();
    plan.fold(&mut env)?;
    plan.compute(&[], &mut env)
}

/// Evaluates a query: the output column types and rows. INSERT's source keeps its
/// unknown literals unknown (`resolve_unknowns` false), so they take the target
/// column's type, as PostgreSQL's.
pub fn evaluate(
    engine: &mut Engine,
    query: &ast::Query,
    resolve_unknowns: bool,
) -> Result<(Vec<SqlType>, Vec<Vec<Value>>), PgError> {
    let plan = bind(engine, query, resolve_unknowns)?;
    let rows = rows(engine, &plan)?;
    Ok((plan.types().to_vec(), rows))
}

/// Evaluates a query with its output column names, as PostgreSQL names them: the
/// alias, else the column's name, else the function's name, else `?column?`.
#[allow(clippy::type_complexity)]
pub fn evaluate_named(
    engine: &mut Engine,
    query: &ast::Query,
) -> Result<(Vec<String>, Vec<SqlType>, Vec<Vec<Value>>), PgError> {
    let plan = bind(engine, query, true)?;
    let rows = rows(engine, &plan)?;
    Ok((plan.names().to_vec(), plan.types().to_vec(), rows))
}

/// Runs a SELECT for its errors.
pub fn run(engine: &mut Engine, query: &ast::Query) -> StatementResult {
    if let (Some(with), ast::SetExpr::Insert(_) | ast::SetExpr::Update(_)) =
        (&query.with, query.body.as_ref())
    {
        return super::with::run(engine, with, &query.body);
    }
    evaluate(engine, query, true)?;
    Ok(Vec::new())
}
