//! PostgreSQL's conditional expressions: `COALESCE`, `GREATEST`, `LEAST`, `NULLIF`.
//!
//! In PostgreSQL's grammar they are expressions, not functions (hence the capitals in
//! their errors and deparsed text); here they are entries of the table like the rest.
//! COALESCE's evaluation, which stops at its first non-NULL argument, is
//! `Eval::FirstNonNull`, read by evaluation and folding alike.

use super::{Args, Bound};
use crate::error::PgError;
use crate::expr::{Expr, Node, Op, Scope};
use crate::types::{CastContext, SqlType};
use crate::value::Value;
use std::cmp::Ordering;

/// Every argument cast to the arguments' common type, which is the result's.
/// `coerce_to_common_type` casts to the type without a typmod (an argument already of
/// that type is left as it is: `coalesce(char(2) column, 'ZZZ')` is 'ZZZ', not 22001),
/// and the result keeps a typmod only when every argument has the same one
/// (`exprTypmod` of CoalesceExpr / MinMaxExpr): `CREATE TABLE ... AS` shows it.
pub(super) fn common(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let base = scope
        .common_type(&args, &name.to_uppercase())?
        .without_typmod();
    let ty = match args.first() {
        Some(first)
            if first.ty.without_typmod() == base && args.iter().all(|a| a.ty == first.ty) =>
        {
            first.ty.clone()
        }
        // PostgreSQL's result is bpchar without a length, which the engine's
        // character(n) cannot hold: refused, never cut to n.
        _ if matches!(base, SqlType::Char(_)) => {
            return Err(PgError::unsupported(format!(
                "{} of character(n) values of different lengths (unbounded bpchar)",
                name.to_uppercase()
            )))
        }
        _ => base.clone(),
    };
    let args = args
        .into_iter()
        .map(|a| {
            if a.ty.without_typmod() == base {
                Ok(a)
            } else {
                scope.coerce(a, &base, CastContext::Implicit)
            }
        })
        .collect::<Result<_, _>>()?;
    Ok((args, ty))
}

/// `NULLIF(a, b)` keeps `a` and the bound `a = b`: its type is `a`'s as that `=`
/// resolved it.
pub(super) fn bind_nullif(scope: &Scope, _: &str, mut args: Vec<Expr>) -> Result<Bound, PgError> {
    let b = args.pop().ok_or_else(|| PgError::unsupported("nullif"))?;
    let a = args.pop().ok_or_else(|| PgError::unsupported("nullif"))?;
    let cmp = scope.operator(Op::Eq, a.clone(), b)?;
    let ty = match &cmp.node {
        Node::Binary(_, l, _) => l.ty.clone(),
        _ if a.is_unknown_literal() => SqlType::Text,
        _ => a.ty.clone(),
    };
    let a = scope.coerce(a, &ty, CastContext::Implicit)?;
    Ok((vec![a, cmp], ty))
}

/// NULL when the comparison is true, else the first argument.
pub(super) fn nullif(a: Args) -> Result<Value, PgError> {
    Ok(match a.values.get(1) {
        Some(Value::Bool(true)) => Value::Null,
        _ => a.values.first().cloned().unwrap_or(Value::Null),
    })
}

pub(super) fn greatest(a: Args) -> Result<Value, PgError> {
    Ok(extreme(a.values, Ordering::Greater))
}

pub(super) fn least(a: Args) -> Result<Value, PgError> {
    Ok(extreme(a.values, Ordering::Less))
}

/// The value that compares `wins` against all others, NULLs ignored (NULL only when
/// every argument is); the first of equals.
fn extreme(values: Vec<Value>, wins: Ordering) -> Value {
    let mut best: Option<Value> = None;
    for v in values.into_iter().filter(|v| !v.is_null()) {
        best = Some(match best {
            Some(b) if v.compare(&b) != wins => b,
            _ => v,
        });
    }
    best.unwrap_or(Value::Null)
}
