//! `ON CONFLICT (columns) WHERE predicate`: the inference WHERE, analysed as
//! PostgreSQL's `transformOnConflictArbiter` does (an expression over the target
//! table's columns), and the proof `infer_arbiter_indexes` asks of it: a partial unique index
//! over the target's columns is an arbiter only when the WHERE implies the index's
//! predicate (`predicate_implied_by`).
//!
//! **Invariant:** Rehearse proves an implication only where PostgreSQL's prover
//! certainly does: every top-level AND-ed part of the predicate is, bound and deparsed,
//! one of the WHERE's parts (`predicate_implied_by_simple_clause`'s `equal()`). With no
//! WHERE no predicate is implied. Anything else (an operator proof such as `x > 5`
//! implying `x > 0`, or `NOT b` beside `b = false`) could go either way in
//! `predtest.c`, so it is refused by name rather than answered with a 42P10 PostgreSQL
//! might not raise.

use crate::catalog::{Index, Table};
use crate::error::PgError;
use crate::Engine;
use sqlparser::ast;

/// The scope the WHERE and the index predicates are read in: the target's columns,
/// under the name (or alias) the INSERT gives it.
fn scope<'a>(engine: &'a Engine, table: &'a Table, name: &'a str) -> crate::expr::Scope<'a> {
    let mut scope = engine.scope(Some(table));
    scope.table = name;
    scope
}

/// Parse analysis of the inference WHERE: its names and operators. It is not coerced
/// to boolean (`WHERE 1` is no 42804: it merely proves nothing, measured on PGlite).
pub fn bind_where(
    engine: &Engine,
    table: &Table,
    name: &str,
    inference_where: &ast::Expr,
) -> Result<(), PgError> {
    scope(engine, table, name).bind(inference_where).map(|_| ())
}

/// The top-level AND-ed parts of `e`, parentheses removed.
fn conjuncts<'e>(e: &'e ast::Expr, out: &mut Vec<&'e ast::Expr>) {
    match e {
        ast::Expr::Nested(inner) => conjuncts(inner, out),
        ast::Expr::BinaryOp {
            left,
            op: ast::BinaryOperator::And,
            right,
        } => {
            conjuncts(left, out);
            conjuncts(right, out);
        }
        other => out.push(other),
    }
}

/// Each part of `e` bound in `scope` and deparsed.
fn texts(scope: &crate::expr::Scope, e: &ast::Expr) -> Result<Vec<String>, PgError> {
    let mut parts = Vec::new();
    conjuncts(e, &mut parts);
    parts
        .into_iter()
        .map(|p| scope.bind(p).map(|b| crate::deparse::deparse(&b)))
        .collect()
}

/// Whether the partial unique `index` (whose predicate is `predicate`) is an arbiter
/// for an ON CONFLICT whose inference WHERE is `inference_where`.
pub fn implied(
    engine: &Engine,
    table: &Table,
    name: &str,
    index: &Index,
    predicate: &ast::Expr,
    inference_where: Option<&ast::Expr>,
) -> Result<bool, PgError> {
    let Some(inference_where) = inference_where else {
        return Ok(false);
    };
    // The index predicate names the table's columns unqualified.
    let index_scope = engine.scope(Some(table));
    let wanted = texts(&index_scope, predicate)?;
    let given = texts(&scope(engine, table, name), inference_where)?;
    if wanted.iter().all(|w| given.contains(w)) {
        return Ok(true);
    }
    Err(PgError::unsupported(format!(
        "whether ON CONFLICT ... WHERE {inference_where} implies the predicate of the partial index \"{}\" (WHERE {predicate}): Rehearse proves it only when each part of the predicate is written in the WHERE",
        index.name
    )))
}
