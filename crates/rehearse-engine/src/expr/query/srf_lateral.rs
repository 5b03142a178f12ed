//! A set-returning function in FROM whose arguments read an earlier FROM item's
//! columns (`FROM t, json_each(t.j) AS e(k, v)`): PostgreSQL makes every function
//! in FROM implicitly LATERAL. Such a call is bound as the LATERAL subquery
//! `LATERAL (SELECT * FROM f(...) AS e(k, v)) AS e`, which means the same thing (the
//! same columns, names and rows, once per row of the items before it), so
//! `lateral.rs` runs it; a call reading nothing of its level stays a plain function.
//! `UNNEST(t.a)`, which sqlparser reads as its own form, is bound as the call
//! `unnest(t.a)`. An explicit `LATERAL f(...)` is the same call.
//!
//! **Invariant:** PostgreSQL filters the earlier items by the WHERE conditions on
//! them before calling the function, and the engine calls it for every row of their
//! join: the rows kept are the same, but an error the call raises may be one
//! PostgreSQL never meets, so it is refused (`SetFunction::rows`), never reported.

use super::from::{JoinKind, Pending, Relation};
use super::using::JoinColumns;
use super::Levels;
use crate::error::PgError;
use crate::expr::range_table::RangeLevel;
use sqlparser::ast;

/// Binds the FROM item `factor` after the relations `before`.
pub(super) fn relation(
    levels: &Levels,
    (before, item_start): (&[Pending], usize),
    visible: Option<JoinColumns>,
    factor: &ast::TableFactor,
    kind: JoinKind,
) -> Result<Relation, PgError> {
    // `LATERAL f(...)`: every function in FROM is LATERAL in PostgreSQL already, so
    // the keyword changes nothing; sqlparser reads that form apart, and it is bound
    // as the call without the keyword.
    if let ast::TableFactor::Function {
        lateral: true,
        name,
        args,
        alias,
    } = factor
    {
        let call = ast::TableFactor::Table {
            name: name.clone(),
            alias: alias.clone(),
            args: Some(ast::TableFunctionArgs {
                args: args.clone(),
                settings: None,
            }),
            with_hints: Vec::new(),
            version: None,
            with_ordinality: false,
            partitions: Vec::new(),
        };
        return relation(levels, (before, item_start), visible, &call, kind);
    }
    if let Some(call) = unnest_as_call(factor) {
        return relation(levels, (before, item_start), visible, &call, kind);
    }
    // Bound on its own, the item's range table has the relations before it, out of
    // its reach (for the errors of a name it does not find).
    let earlier = RangeLevel {
        entries: super::from::earlier_entries(before, item_start, kind),
        parent: levels.range,
    };
    let alone = Levels {
        range: Some(&earlier),
        ..levels.clone()
    };
    let plain = super::from::relation(&alone, factor, kind);
    let (function, alias) = match factor {
        ast::TableFactor::Table {
            name,
            alias,
            args: Some(_),
            ..
        } => (crate::object_name(name), alias),
        _ => return plain,
    };
    match plain {
        // With no item before it, the subquery binds the call to PostgreSQL's own
        // 42703/42P01.
        Err(e) if e == super::srf::reads_other_items(&function) => {}
        other => return other,
    }
    // The relation's name is the alias, else the function's (its columns, renamed
    // or not, come out of the subquery's `*`).
    let name = alias
        .as_ref()
        .map(|a| crate::ident(&a.name))
        .unwrap_or(function);
    let text = format!("SELECT * FROM {factor}");
    let query = match sqlparser::parser::Parser::parse_sql(
        &sqlparser::dialect::PostgreSqlDialect {},
        &text,
    ) {
        Ok(mut statements) if statements.len() == 1 => match statements.pop() {
            Some(ast::Statement::Query(query)) => query,
            _ => return Err(PgError::unsupported(format!("the FROM item {factor}"))),
        },
        _ => return Err(PgError::unsupported(format!("the FROM item {factor}"))),
    };
    // The inner call is marked, so that its errors are refused (see
    // `SetFunction::rows`).
    let mut query = query;
    if let ast::SetExpr::Select(select) = query.body.as_mut() {
        // `unnest(...)` prints as sqlparser's UNNEST form and is read back as it.
        if let Some(first) = select.from.first_mut() {
            if let Some(call) = unnest_as_call(&first.relation) {
                first.relation = call;
            }
        }
        if let Some(ast::TableFactor::Table { name, .. }) =
            select.from.first_mut().map(|f| &mut f.relation)
        {
            *name = ast::ObjectName(vec![ast::Ident::with_quote(
                '"',
                format!(
                    "{}{}",
                    super::srf::IMPLICIT_LATERAL,
                    crate::object_name(name)
                ),
            )]);
        }
    }
    let alias = ast::TableAlias {
        name: ast::Ident::with_quote('"', name),
        columns: Vec::new(),
    };
    super::lateral::relation(levels, before, visible, &query, Some(&alias), kind)
}

/// sqlparser's `UNNEST(a, ...) [WITH ORDINALITY] [AS alias]` as the function call
/// PostgreSQL reads it (`unnest` is an ordinary set-returning function there).
fn unnest_as_call(factor: &ast::TableFactor) -> Option<ast::TableFactor> {
    let ast::TableFactor::UNNEST {
        alias,
        array_exprs,
        with_offset: false,
        with_offset_alias: None,
        with_ordinality,
    } = factor
    else {
        return None;
    };
    Some(ast::TableFactor::Table {
        name: ast::ObjectName(vec![ast::Ident::new("unnest")]),
        alias: alias.clone(),
        args: Some(ast::TableFunctionArgs {
            args: array_exprs
                .iter()
                .map(|e| ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(e.clone())))
                .collect(),
            settings: None,
        }),
        with_hints: Vec::new(),
        version: None,
        with_ordinality: *with_ordinality,
        partitions: Vec::new(),
    })
}
