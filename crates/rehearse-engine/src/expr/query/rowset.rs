//! A query over rows computed as a whole (a set operation, a VALUES list, a recursive
//! WITH query), with the query's ORDER BY, LIMIT and OFFSET on top; and the
//! parenthesised query, whose outer clauses join the inner query's.
//!
//! A set operation's ORDER BY may name only output columns (by name or position):
//! PostgreSQL's `transformSetOperationStmt` refuses an expression with 0A000.

use super::{bind_level, order, Clause, Context, Levels, Plan, Source};
use crate::error::PgError;
use crate::expr::range_table::Entry;
use crate::expr::{Expr, Node, Scope};
use crate::types::SqlType;
use sqlparser::ast;
use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

/// A query's ORDER BY, LIMIT and OFFSET.
#[derive(Clone, Copy)]
pub(super) struct Tail<'q> {
    pub order_by: &'q [ast::OrderByExpr],
    pub limit: Option<&'q ast::Expr>,
    pub offset: Option<&'q ast::Expr>,
}

impl<'q> Tail<'q> {
    /// None of them.
    pub const NONE: Tail<'static> = Tail {
        order_by: &[],
        limit: None,
        offset: None,
    };

    /// `query`'s.
    pub fn of(query: &'q ast::Query) -> Self {
        Tail {
            order_by: query
                .order_by
                .as_ref()
                .map(|o| o.exprs.as_slice())
                .unwrap_or_default(),
            limit: query.limit.as_ref(),
            offset: query.offset.as_ref().map(|o| &o.value),
        }
    }
}

/// A plan reading `source`'s rows as its columns, sorted and cut by `tail`. `set_operation` names the operation when `source` is
/// one (ORDER BY then takes only output columns).
pub(super) fn finish(
    levels: &Levels,
    source: Source,
    names: Vec<String>,
    types: Vec<SqlType>,
    tail: Tail,
    set_operation: Option<&str>,
) -> Result<Plan, PgError> {
    let context = Context {
        tables: levels.tables,
        outer: levels.outer,
        clause: Cell::new(Clause::Target),
        aggregates: RefCell::new(Vec::new()),
        correlated: Cell::new(false),
        depth: levels.depth,
        ctes: levels.ctes.clone(),
        windows: RefCell::new(Vec::new()),
        named_windows: &[],
        set_functions: RefCell::new(Vec::new()),
        join_columns: RefCell::new(None),
        own: RefCell::new(Some(range_entries(&source, &names))),
        range: levels.range,
        scalar_relations: Vec::new(),
    };
    let scope = Scope {
        table: "",
        columns: names.iter().cloned().zip(types.iter().cloned()).collect(),
        enums: levels.enums,
        extensions: levels.extensions,
        joined: Vec::new(),
        query: Some(&context),
    };
    let width = names.len();
    let exprs: Vec<Expr> = types
        .iter()
        .zip(&names)
        .enumerate()
        .map(|(i, (ty, name))| Expr::new(Node::Column(i, name.clone()), ty.clone()))
        .collect();
    let mut targets = order::Targets {
        exprs,
        names: names.clone(),
        visible: width,
    };
    let mut sort = Vec::new();
    for item in tail.order_by {
        sort.extend(order::sort_clause(
            &scope,
            &mut targets,
            std::slice::from_ref(item),
            false,
        )?);
        if set_operation.is_some() && targets.exprs.len() > width {
            return Err(PgError::new(
                "0A000",
                "invalid UNION/INTERSECT/EXCEPT ORDER BY clause",
            )
            .detail("Only result column names can be used, not expressions or functions.")
            .hint(
                "Add the expression/function to every SELECT, or move the UNION into a FROM clause.",
            ));
        }
    }
    if !context.aggregates.borrow().is_empty() {
        return Err(PgError::unsupported("an aggregate in this ORDER BY"));
    }
    context.clause.set(Clause::Limit);
    let limit = match tail.limit {
        Some(l) => order::limit_clause(&scope, l, Clause::Limit)?,
        None => None,
    };
    context.clause.set(Clause::Offset);
    let offset = match tail.offset {
        Some(o) => order::limit_clause(&scope, o, Clause::Offset)?,
        None => None,
    };
    let correlated = context.correlated.get() || source_correlated(&source);
    Ok(Plan {
        source,
        width,
        filter: None,
        group: None,
        targets: targets.exprs,
        visible: width,
        names,
        types,
        sort,
        distinct: order::Distinct::None,
        limit,
        offset,
        correlated,
        windows: None,
        set_functions: Vec::new(),
        cache: OnceLock::new(),
    })
}

/// The relations PostgreSQL's range table has for these rows, which ORDER BY's
/// errors name: a set operation's leaf queries (`*SELECT* n`), a VALUES list.
fn range_entries(source: &Source, names: &[String]) -> Vec<Entry> {
    match source {
        Source::SetOperation(op) => {
            let mut leaves = Vec::new();
            op.leaf_names(&mut leaves);
            leaves
                .into_iter()
                .enumerate()
                .map(|(i, columns)| Entry::visible(&format!("*SELECT* {}", i + 1), columns))
                .collect()
        }
        Source::Values(_) => vec![Entry::visible("*VALUES*", names.iter().cloned())],
        _ => Vec::new(),
    }
}

/// Whether computed rows read the enclosing query's row (or a recursive query's
/// work table, which changes between reads).
fn source_correlated(source: &Source) -> bool {
    match source {
        Source::SetOperation(op) => op.correlated(),
        Source::Values(values) => values.correlated(),
        Source::Recursive(r) => r.correlated(),
        _ => false,
    }
}

/// `(query)` with the outer query's ORDER BY / LIMIT / OFFSET: PostgreSQL moves them
/// into the inner query (`insertSelectOptions`), one of each at most.
pub(super) fn parenthesised(
    levels: &Levels,
    outer: &ast::Query,
    inner: &ast::Query,
) -> Result<Plan, PgError> {
    let mut merged = inner.clone();
    if let Some(o) = &outer.order_by {
        if merged.order_by.is_some() {
            return Err(PgError::new(
                "42601",
                "multiple ORDER BY clauses not allowed",
            ));
        }
        merged.order_by = Some(o.clone());
    }
    if let Some(o) = &outer.offset {
        if merged.offset.is_some() {
            return Err(PgError::new("42601", "multiple OFFSET clauses not allowed"));
        }
        merged.offset = Some(o.clone());
    }
    if let Some(l) = &outer.limit {
        if merged.limit.is_some() {
            return Err(PgError::new("42601", "multiple LIMIT clauses not allowed"));
        }
        merged.limit = Some(l.clone());
    }
    bind_level(levels, &merged)
}
