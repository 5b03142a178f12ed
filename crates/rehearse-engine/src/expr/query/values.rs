//! VALUES lists as queries: `VALUES (1, 'a'), (2, 'b')` alone, in FROM
//! (`(VALUES ...) AS v(a, b)`), or as a set operation's operand. Columns are named
//! `column1`, `column2`, ...; each column's type is its rows' common type
//! (`transformValuesClause`: "VALUES types integer and text cannot be matched"),
//! unknown literals alone making text.

use super::{Clause, Context, Levels, Source};
use crate::catalog::Row;
use crate::error::PgError;
use crate::expr::{Env, Expr, Node, Scope};
use crate::types::{CastContext, SqlType};
use crate::value::Value;
use sqlparser::ast;
use std::cell::{Cell, RefCell};

/// Bound VALUES rows: expressions over the enclosing query's row only.
#[derive(Debug, Clone)]
pub(super) struct Values {
    rows: Vec<Vec<Expr>>,
    correlated: bool,
}

impl Values {
    /// Every expression (constant folding).
    pub fn expressions(&mut self) -> impl Iterator<Item = &mut Expr> {
        self.rows.iter_mut().flatten()
    }

    /// Whether a row reads the enclosing query's row.
    pub fn correlated(&self) -> bool {
        self.correlated
    }

    /// The rows, evaluated on the enclosing query's row.
    pub fn rows(&self, outer: &[Value], env: &mut Env) -> Result<Vec<Row>, PgError> {
        super::spend(env, self.rows.len())?;
        self.rows
            .iter()
            .map(|row| row.iter().map(|e| e.eval(outer, env)).collect())
            .collect()
    }
}

/// Binds a VALUES list: its source, column names and types.
pub(super) fn bind(
    levels: &Levels,
    values: &ast::Values,
) -> Result<(Source, Vec<String>, Vec<SqlType>), PgError> {
    let context = Context {
        tables: levels.tables,
        outer: levels.outer,
        clause: Cell::new(Clause::Values),
        aggregates: RefCell::new(Vec::new()),
        correlated: Cell::new(false),
        depth: levels.depth,
        ctes: levels.ctes.clone(),
        windows: RefCell::new(Vec::new()),
        named_windows: &[],
        set_functions: RefCell::new(Vec::new()),
        join_columns: RefCell::new(None),
        own: RefCell::new(Some(Vec::new())),
        range: levels.range,
        scalar_relations: Vec::new(),
    };
    let scope = Scope {
        table: "",
        columns: Vec::new(),
        enums: levels.enums,
        extensions: levels.extensions,
        joined: Vec::new(),
        query: Some(&context),
    };
    let width = values.rows.first().map_or(0, Vec::len);
    let mut rows = Vec::new();
    for row in &values.rows {
        if row.len() != width {
            return Err(PgError::new(
                "42601",
                "VALUES lists must all be the same length",
            ));
        }
        let mut bound = Vec::new();
        for e in row {
            if matches!(e, ast::Expr::Identifier(id) if id.quote_style.is_none() && id.value.eq_ignore_ascii_case("default"))
            {
                return Err(PgError::new(
                    "42601",
                    "DEFAULT is not allowed in this context",
                ));
            }
            bound.push(scope.bind(e)?);
        }
        rows.push(bound);
    }
    let mut types = Vec::new();
    for c in 0..width {
        let column: Vec<Expr> = rows.iter().map(|r| r[c].clone()).collect();
        types.push(scope.common_type(&column, "VALUES")?);
    }
    for row in &mut rows {
        for (e, ty) in row.iter_mut().zip(&types) {
            if e.ty != *ty {
                let taken =
                    std::mem::replace(e, Expr::new(Node::Column(0, String::new()), ty.clone()));
                *e = scope.coerce(taken, ty, CastContext::Implicit)?;
            }
        }
    }
    let names = (1..=width).map(|i| format!("column{i}")).collect();
    let correlated = context.correlated.get();
    Ok((Source::Values(Values { rows, correlated }), names, types))
}
