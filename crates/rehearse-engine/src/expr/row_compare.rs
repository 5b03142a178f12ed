//! Row comparisons PostgreSQL turns into plain boolean trees at parse analysis
//! (`make_row_comparison_op`, `make_row_distinct_op`): `(a, b) = (c, d)` is
//! `(a = c) AND (b = d)` (one flat AND), `<>` is one flat OR of `<>`, and
//! `IS DISTINCT FROM` a left-nested OR of the pairs' IS DISTINCT FROM
//! (`((a IS DISTINCT FROM c) OR (b IS DISTINCT FROM d)) OR ...`), under a NOT for
//! `IS NOT DISTINCT FROM` — so evaluation, constant folding and deparsing are those of
//! the trees (measured on PGlite with `pg_get_viewdef`); an enclosing AND/OR does not
//! merge them (`ddl/constraints.rs` keeps a CHECK's text only when it reads back as
//! the same tree).
//!
//! Both rows are bound first (left, then right), then their lengths compared (42601),
//! then each pair's operator is resolved in order. `<`, `<=`, `>`, `>=` (a
//! `RowCompareExpr`, compared column by column) are not among these and stay refused.

use super::{Expr, Node, Op, Scope};
use crate::error::PgError;
use crate::types::SqlType;
use sqlparser::ast;

/// Which row comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RowOp {
    /// `=`.
    Eq,
    /// `<>`.
    Ne,
    /// IS DISTINCT FROM (`true`: IS NOT DISTINCT FROM).
    Distinct(bool),
}

/// The two rows of `left op right`, when both sides are row constructors.
pub(super) fn rows<'e>(
    left: &'e ast::Expr,
    right: &'e ast::Expr,
) -> Option<(&'e [ast::Expr], &'e [ast::Expr])> {
    match (left, right) {
        (ast::Expr::Tuple(l), ast::Expr::Tuple(r)) => Some((l, r)),
        _ => None,
    }
}

/// Whether `e` is one of these row comparisons (its boolean tree is its own: an
/// enclosing AND/OR does not merge it, as PostgreSQL's grammar does not).
pub(super) fn is_row_comparison(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::BinaryOp {
            left,
            op: ast::BinaryOperator::Eq | ast::BinaryOperator::NotEq,
            right,
        }
        | ast::Expr::IsDistinctFrom(left, right)
        | ast::Expr::IsNotDistinctFrom(left, right) => rows(left, right).is_some(),
        _ => false,
    }
}

impl Scope<'_> {
    /// Binds a row comparison of two row constructors.
    pub(super) fn row_comparison(
        &self,
        left: &[ast::Expr],
        right: &[ast::Expr],
        op: RowOp,
    ) -> Result<Expr, PgError> {
        let l = left
            .iter()
            .map(|e| self.bind(e))
            .collect::<Result<Vec<_>, _>>()?;
        let r = right
            .iter()
            .map(|e| self.bind(e))
            .collect::<Result<Vec<_>, _>>()?;
        if l.len() != r.len() {
            return Err(PgError::new(
                "42601",
                "unequal number of entries in row expressions",
            ));
        }
        let mut pairs = Vec::new();
        for (a, b) in l.into_iter().zip(r) {
            pairs.push(match op {
                RowOp::Eq => self.operator(Op::Eq, a, b)?,
                RowOp::Ne => self.operator(Op::Ne, a, b)?,
                RowOp::Distinct(_) => Expr::new(
                    Node::Distinct(Box::new(self.operator(Op::Eq, a, b)?), false),
                    SqlType::Boolean,
                ),
            });
        }
        Ok(match op {
            RowOp::Eq => Expr::new(Node::Logic(true, pairs), SqlType::Boolean),
            RowOp::Ne => Expr::new(Node::Logic(false, pairs), SqlType::Boolean),
            RowOp::Distinct(not) => {
                let mut pairs = pairs.into_iter();
                let first = pairs
                    .next()
                    .ok_or_else(|| PgError::unsupported("a comparison of empty rows"))?;
                let any = pairs.fold(first, |acc, next| {
                    Expr::new(Node::Logic(false, vec![acc, next]), SqlType::Boolean)
                });
                if not {
                    Expr::new(Node::Not(Box::new(any)), SqlType::Boolean)
                } else {
                    any
                }
            }
        })
    }
}
