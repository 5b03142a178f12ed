//! LATERAL subqueries in FROM (`FROM t, LATERAL (SELECT ... WHERE x = t.id) s`,
//! `[LEFT] JOIN LATERAL (...) s ON ...`): the subquery sees the relations before it,
//! and is evaluated once per row of their join (a nested loop, as PostgreSQL's plan
//! for a correlated LATERAL). RIGHT / FULL JOIN LATERAL is PostgreSQL's 42P10.
//!
//! **Invariant:** the subquery is bound with the preceding relations as its enclosing
//! scope, so its enclosing row is the join's row so far, then this level's enclosing
//! row (`from::rows` builds exactly that).

use super::from::{JoinKind, Pending, Relation, Rows};
use super::using::JoinColumns;
use super::{bind_subquery, Clause, Context, Levels};
use crate::error::PgError;
use crate::expr::Scope;
use crate::types::SqlType;
use sqlparser::ast;
use std::cell::{Cell, RefCell};

/// Binds `LATERAL (subquery) alias` after the relations `before` (whose columns
/// unqualified names see as `visible` where a USING join merged some).
pub(super) fn relation(
    levels: &Levels,
    before: &[Pending],
    visible: Option<JoinColumns>,
    subquery: &ast::Query,
    alias: Option<&ast::TableAlias>,
    kind: JoinKind,
) -> Result<Relation, PgError> {
    let name = alias.map(|a| crate::ident(&a.name)).unwrap_or_default();
    if matches!(kind, JoinKind::Right | JoinKind::Full) {
        let first = before.first().map(|p| p.relation.alias.clone());
        return Err(PgError::new(
            "42P10",
            format!(
                "invalid reference to FROM-clause entry for table \"{}\"",
                first.unwrap_or_default()
            ),
        )
        .detail("The combining JOIN type must be INNER or LEFT for a LATERAL reference."));
    }
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
        join_columns: RefCell::new(visible.map(std::rc::Rc::new)),
        // LATERAL: the relations before it are this subquery's enclosing level.
        own: RefCell::new(Some(super::from::visible_entries(before))),
        range: levels.range,
        scalar_relations: Vec::new(),
    };
    let first = before.first().map(|p| &p.relation);
    let table = first.map(|r| r.alias.clone()).unwrap_or_default();
    let scope = Scope {
        table: &table,
        columns: first.map(|r| r.columns.clone()).unwrap_or_default(),
        enums: levels.enums,
        extensions: levels.extensions,
        joined: before
            .iter()
            .skip(1)
            .map(|p| (p.relation.alias.clone(), p.relation.columns.clone()))
            .collect(),
        query: Some(&context),
    };
    let plan = bind_subquery(&scope, &context, subquery)?;
    let mut columns: Vec<(String, SqlType)> = plan
        .names()
        .iter()
        .cloned()
        .zip(plan.types().iter().cloned())
        .collect();
    if let Some(a) = alias {
        super::from::rename_columns(&mut columns, &a.columns, &name)?;
    }
    Ok(Relation {
        alias: name,
        columns,
        primary_key: None,
        rows: Rows::Lateral(Box::new(plan)),
        kind,
        on: None,
        virtual_columns: Vec::new(),
    })
}
