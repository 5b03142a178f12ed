//! RETURNING of INSERT / UPDATE / DELETE: the list is bound against the target table
//! (and UPDATE's FROM / DELETE's USING relations) as PostgreSQL's parser does, so name
//! and type errors are PostgreSQL's, and evaluated once per row written, so a runtime
//! error (`RETURNING 1/0`) is raised only when a row is returned.

use crate::error::PgError;
use crate::expr::query::{is_plain, output_name, Clause};
use crate::expr::{Env, Expr, Node, Scope};
use crate::types::{CastContext, SqlType};
use crate::value::Value;
use sqlparser::ast;

/// A bound RETURNING list.
pub struct Returning {
    exprs: Vec<Expr>,
    /// Output column names, as PostgreSQL names them.
    pub names: Vec<String>,
}

/// What a data statement returned: its RETURNING columns and one row per row written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Returned {
    /// Output columns: name and type.
    pub fields: Vec<(String, SqlType)>,
    /// Output rows.
    pub rows: Vec<Vec<Value>>,
}

impl Returning {
    /// Binds `items` in `scope` (whose query context's clause becomes RETURNING); the
    /// evaluated row is the target's columns followed by `scope.joined`'s.
    pub fn bind(scope: &Scope, items: &[ast::SelectItem]) -> Result<Returning, PgError> {
        if let Some(context) = scope.query {
            context.clause.set(Clause::Returning);
        }
        // Each relation: its name, its columns and where they start in the row.
        let mut relations = vec![(scope.table.to_string(), scope.columns.clone(), 0)];
        let mut start = scope.columns.len();
        for (name, columns) in &scope.joined {
            relations.push((name.clone(), columns.clone(), start));
            start += columns.len();
        }
        let columns_of = |r: &(String, Vec<(String, SqlType)>, usize)| -> Vec<Expr> {
            r.1.iter()
                .enumerate()
                .map(|(i, (name, ty))| Expr {
                    node: Node::Column(r.2 + i, name.clone()),
                    ty: ty.clone(),
                })
                .collect()
        };
        let mut exprs = Vec::new();
        let mut names = Vec::new();
        for item in items {
            match item {
                ast::SelectItem::UnnamedExpr(e) => {
                    exprs.push(scope.bind(e)?);
                    names.push(output_name(e));
                }
                ast::SelectItem::ExprWithAlias { expr, alias } => {
                    exprs.push(scope.bind(expr)?);
                    names.push(crate::ident(alias));
                }
                ast::SelectItem::Wildcard(options) if is_plain(options) => {
                    // The FROM items' columns as JOIN ... USING merged them.
                    if let Some(join) = scope.query.and_then(|c| c.join_columns()) {
                        for (name, e) in &join.columns {
                            exprs.push(e.clone());
                            names.push(name.clone());
                        }
                        continue;
                    }
                    for r in &relations {
                        for (e, (name, _)) in columns_of(r).into_iter().zip(&r.1) {
                            exprs.push(e);
                            names.push(name.clone());
                        }
                    }
                }
                ast::SelectItem::QualifiedWildcard(qualifier, options) if is_plain(options) => {
                    let name = crate::object_name(qualifier);
                    let Some(r) = relations.iter().find(|r| r.0 == name) else {
                        // `USING (...) AS alias` in the FROM list: the merged columns.
                        let join = scope.query.and_then(|c| c.join_columns());
                        let Some(merged) = join.as_deref().and_then(|j| j.alias(&name)) else {
                            return Err(PgError::new(
                                "42P01",
                                format!("missing FROM-clause entry for table \"{name}\""),
                            ));
                        };
                        for (column, e) in merged {
                            exprs.push(e.clone());
                            names.push(column.clone());
                        }
                        continue;
                    };
                    for (e, (column, _)) in columns_of(r).into_iter().zip(&r.1) {
                        exprs.push(e);
                        names.push(column.clone());
                    }
                }
                other => return Err(PgError::unsupported(format!("the RETURNING item {other}"))),
            }
        }
        // PostgreSQL resolves the list's unknown literals to text, as a select list's.
        let exprs = exprs
            .into_iter()
            .map(|e| {
                if e.ty == SqlType::Unknown {
                    scope.coerce(e, &SqlType::Text, CastContext::Implicit)
                } else {
                    Ok(e)
                }
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Returning { exprs, names })
    }

    /// The planner's constant folding.
    pub fn fold(&mut self, env: &mut Env) -> Result<(), PgError> {
        for e in &mut self.exprs {
            e.fold(env)?;
        }
        Ok(())
    }

    /// The list's values for one written row.
    pub fn eval(&self, row: &[Value], env: &mut Env) -> Result<Vec<Value>, PgError> {
        self.exprs.iter().map(|e| e.eval(row, env)).collect()
    }

    /// An empty result with this list's columns.
    pub fn empty(&self) -> Returned {
        Returned {
            fields: self
                .names
                .iter()
                .cloned()
                .zip(self.exprs.iter().map(|e| e.ty.clone()))
                .collect(),
            rows: Vec::new(),
        }
    }
}
