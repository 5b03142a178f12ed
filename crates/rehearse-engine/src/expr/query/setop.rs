//! Set operations: UNION, INTERSECT and EXCEPT, each with ALL or not, nested as
//! sqlparser parses them (INTERSECT binding tighter). As PostgreSQL's
//! `transformSetOperationTree`: operands are bound with their unknown literals left
//! unknown, each column pair takes `select_common_type`'s type ("UNION types text and
//! integer cannot be matched"), the output columns take the left operand's names.
//!
//! Rows: UNION ALL is the left rows then the right rows (an Append); the others
//! compare whole rows, NULLs equal: INTERSECT keeps a row both sides have (ALL: as many
//! times as the side with fewer), EXCEPT a left row the right lacks (ALL: left count
//! minus right count). Their order is PostgreSQL's hash order, which Rehearse does not
//! claim (`order_is_unspecified`); Rehearse gives first-seen order.

use super::rowset::{self, Tail};
use super::{bind_level, bind_select, group::key_text, spend, Levels, Plan, Source};
use crate::catalog::Row;
use crate::error::PgError;
use crate::expr::{Env, Expr, Node, Scope};
use crate::types::SqlType;
use crate::value::Value;
use sqlparser::ast;
use std::collections::HashMap;
use std::sync::Arc;

/// An operand's rows, as a plan returns them.
type Rows = Arc<Vec<Row>>;

/// Which set operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Operator {
    Union,
    Intersect,
    Except,
}

/// A bound set operation over two plans whose output types already agree.
#[derive(Debug, Clone)]
pub(super) struct SetOp {
    operator: Operator,
    all: bool,
    left: Plan,
    right: Plan,
}

impl SetOp {
    /// The operation's keyword, as PostgreSQL's messages name it.
    pub fn name(&self) -> &'static str {
        operator_name(self.operator)
    }

    /// Whether the rows come in an order PostgreSQL does not define.
    pub fn order_is_unspecified(&self) -> bool {
        !(self.operator == Operator::Union && self.all)
            || self.left.order_is_unspecified()
            || self.right.order_is_unspecified()
    }

    /// Each leaf query's column names, left to right (a nested operation's leaves in
    /// its place), as PostgreSQL's range table lists the leaves.
    pub fn leaf_names(&self, out: &mut Vec<Vec<String>>) {
        for side in [&self.left, &self.right] {
            match &side.source {
                Source::SetOperation(op) => op.leaf_names(out),
                _ => out.push(side.names().to_vec()),
            }
        }
    }

    /// Whether an operand reads the enclosing query's row.
    pub fn correlated(&self) -> bool {
        self.left.correlated() || self.right.correlated()
    }

    /// Constant folding in both operands.
    pub fn fold(&mut self, env: &mut Env) -> Result<(), PgError> {
        self.left.fold(env)?;
        self.right.fold(env)
    }

    /// The operands' rows, read as PostgreSQL's plan reads them. UNION is an Append:
    /// the left operand, then the right. EXCEPT is a SetOp whose outer input is the
    /// left operand, read first; when it returns no rows the inner one is never read
    /// (`setop_fill_hash_table`, `setop_retrieve_sorted`: "we don't need to read the
    /// inner relation at all"). INTERSECT reads the same way, but the planner makes
    /// the side it estimates to have fewer groups the outer one, which Rehearse does
    /// not model: the answer is given where the order cannot change it (both sides
    /// succeed, or one fails while the other returns rows, so both are read), and
    /// refused where it can (one fails and the other is empty, or both fail
    /// differently).
    fn operands(&self, outer: &[Value], env: &mut Env) -> Result<(Rows, Rows), PgError> {
        match self.operator {
            Operator::Union => {
                let left = self.left.rows(outer, env)?;
                Ok((left, self.right.rows(outer, env)?))
            }
            Operator::Except => {
                let left = self.left.rows(outer, env)?;
                if left.is_empty() {
                    return Ok((left, Rows::default()));
                }
                Ok((left, self.right.rows(outer, env)?))
            }
            Operator::Intersect => {
                let left = self.left.rows(outer, env);
                let right = self.right.rows(outer, env);
                match (left, right) {
                    (Ok(l), Ok(r)) => Ok((l, r)),
                    (Err(e), Ok(rows)) | (Ok(rows), Err(e)) if !rows.is_empty() => Err(e),
                    (Err(a), Err(b)) if a == b => Err(a),
                    (Err(e), _) | (_, Err(e)) if e.unsupported.is_some() => Err(e),
                    _ => Err(PgError::unsupported(
                        "an INTERSECT whose one operand fails while the other returns no rows or fails differently (which PostgreSQL reads first depends on its planner's row estimates)",
                    )),
                }
            }
        }
    }

    /// The operation's rows.
    pub fn rows(&self, outer: &[Value], env: &mut Env) -> Result<Vec<Row>, PgError> {
        let (left, right) = self.operands(outer, env)?;
        spend(env, left.len() + right.len())?;
        if self.operator == Operator::Union && self.all {
            if left.len() + right.len() > crate::MAX_ROWS {
                return Err(PgError::unsupported(format!(
                    "a UNION of more than {} rows",
                    crate::MAX_ROWS
                )));
            }
            return Ok(left.iter().chain(right.iter()).cloned().collect());
        }
        let types = self.left.types();
        let key = |row: &Row| -> Vec<String> {
            row.iter()
                .zip(types)
                .map(|(v, ty)| key_text(v, ty))
                .collect()
        };
        // Each distinct row in first-seen order, with its count on each side.
        let mut index: HashMap<Vec<String>, usize> = HashMap::new();
        let mut distinct: Vec<(&Row, usize, usize)> = Vec::new();
        for (side, rows) in [(0, &left), (1, &right)] {
            for row in rows.iter() {
                let i = *index.entry(key(row)).or_insert_with(|| {
                    distinct.push((row, 0, 0));
                    distinct.len() - 1
                });
                if side == 0 {
                    distinct[i].1 += 1;
                } else {
                    distinct[i].2 += 1;
                }
            }
        }
        let mut out = Vec::new();
        for (row, l, r) in distinct {
            let times = match (self.operator, self.all) {
                (Operator::Union, _) => 1,
                (Operator::Intersect, false) => usize::from(l > 0 && r > 0),
                (Operator::Intersect, true) => l.min(r),
                (Operator::Except, false) => usize::from(l > 0 && r == 0),
                (Operator::Except, true) => l.saturating_sub(r),
            };
            for _ in 0..times {
                out.push(row.clone());
            }
        }
        Ok(out)
    }
}

fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Union => "UNION",
        Operator::Intersect => "INTERSECT",
        Operator::Except => "EXCEPT",
    }
}

/// Binds a set operation: the operation, its output names and types.
pub(super) fn bind(
    levels: &Levels,
    body: &ast::SetExpr,
) -> Result<(SetOp, Vec<String>, Vec<SqlType>), PgError> {
    let ast::SetExpr::SetOperation {
        op,
        set_quantifier,
        left,
        right,
    } = body
    else {
        return Err(PgError::unsupported(format!("the query `{body}`")));
    };
    let operator = match op {
        ast::SetOperator::Union => Operator::Union,
        ast::SetOperator::Intersect => Operator::Intersect,
        ast::SetOperator::Except => Operator::Except,
    };
    let all = match set_quantifier {
        ast::SetQuantifier::All => true,
        ast::SetQuantifier::Distinct | ast::SetQuantifier::None => false,
        other => {
            return Err(PgError::unsupported(format!(
                "{} {other}",
                operator_name(operator)
            )))
        }
    };
    let mut left = operand(levels, left)?;
    let mut right = operand(levels, right)?;
    let name = operator_name(operator);
    let types = common_types(levels, &mut left, &mut right, name)?;
    let names = left.names().to_vec();
    Ok((
        SetOp {
            operator,
            all,
            left,
            right,
        },
        names,
        types,
    ))
}

/// Each column pair's common type, both operands coerced to it.
pub(super) fn common_types(
    levels: &Levels,
    left: &mut Plan,
    right: &mut Plan,
    name: &str,
) -> Result<Vec<SqlType>, PgError> {
    if left.types().len() != right.types().len() {
        return Err(PgError::new(
            "42601",
            format!("each {name} query must have the same number of columns"),
        ));
    }
    let scope = bare_scope(levels);
    let mut types = Vec::new();
    for i in 0..left.types().len() {
        let pair = [
            Expr::new(Node::Column(0, String::new()), left.types()[i].clone()),
            Expr::new(Node::Column(1, String::new()), right.types()[i].clone()),
        ];
        let ty = scope.common_type(&pair, name)?;
        left.coerce_output(i, &ty, &scope)?;
        right.coerce_output(i, &ty, &scope)?;
        types.push(ty);
    }
    Ok(types)
}

/// A scope of no columns, for coercing bound expressions.
pub(super) fn bare_scope<'a>(levels: &'a Levels) -> Scope<'a> {
    Scope {
        table: "",
        columns: Vec::new(),
        enums: levels.enums,
        extensions: levels.extensions,
        joined: Vec::new(),
        query: None,
    }
}

/// One operand, its unknown literals left unknown (the common type decides them).
fn operand(levels: &Levels, e: &ast::SetExpr) -> Result<Plan, PgError> {
    let mut leaf = levels.clone();
    leaf.resolve_unknowns = false;
    match e {
        ast::SetExpr::Select(select) => bind_select(&leaf, select, Tail::NONE),
        ast::SetExpr::Query(q) => bind_level(&leaf, q),
        ast::SetExpr::SetOperation { .. } => {
            let (op, names, types) = bind(levels, e)?;
            let name = op.name();
            let source = Source::SetOperation(Box::new(op));
            rowset::finish(levels, source, names, types, Tail::NONE, Some(name))
        }
        ast::SetExpr::Values(values) => {
            let (source, names, types) = super::values::bind(levels, values)?;
            rowset::finish(levels, source, names, types, Tail::NONE, None)
        }
        other => Err(PgError::unsupported(format!("the query `{other}`"))),
    }
}
