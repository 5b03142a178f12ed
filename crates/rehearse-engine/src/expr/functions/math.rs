//! Numeric functions: `abs`, `ceil`/`ceiling`, `floor`, `round`, `trunc`.
//!
//! Integers, numerics and floats each keep their own type, as PostgreSQL has one
//! function per type; `round`/`trunc` of a number of digits exist only for numeric.

use super::{Args, Bound};
use crate::builtins;
use crate::error::PgError;
use crate::expr::{Expr, Scope};
use crate::types::{CastContext, Category, SqlType};
use crate::value::{check_int, Value};
use rust_decimal::prelude::*;
use rust_decimal::RoundingStrategy;

/// The one argument of a numeric function: a number, or an unknown literal read as
/// double precision (the numeric category's preferred type).
pub(super) fn numeric_arg(scope: &Scope, args: Vec<Expr>, name: &str) -> Result<Expr, PgError> {
    let arg = args
        .into_iter()
        .next()
        .ok_or_else(|| PgError::unsupported(name))?;
    match arg.ty.category() {
        Category::Numeric => Ok(arg),
        Category::Unknown => scope.coerce(arg, &SqlType::Double, CastContext::Implicit),
        _ => Err(builtins::no_function(name, &[arg.ty])),
    }
}

/// `round`/`trunc(x [, digits])`: a float rounds as double precision, anything else as
/// numeric; only numeric takes a number of digits.
pub(super) fn bind_round(scope: &Scope, name: &str, mut args: Vec<Expr>) -> Result<Bound, PgError> {
    let digits = if args.len() == 2 { args.pop() } else { None };
    let arg = numeric_arg(scope, args, name)?;
    let is_float = matches!(arg.ty, SqlType::Real | SqlType::Double);
    if is_float && digits.is_some() {
        let mut types = vec![arg.ty.clone()];
        types.extend(digits.iter().map(|d| d.ty.clone()));
        return Err(builtins::no_function(name, &types));
    }
    let ty = if is_float {
        SqlType::Double
    } else {
        SqlType::Numeric(None)
    };
    let mut bound = vec![scope.coerce(arg, &ty, CastContext::Implicit)?];
    if let Some(d) = digits {
        bound.push(scope.coerce(d, &SqlType::Integer, CastContext::Implicit)?);
    }
    Ok((bound, ty))
}

pub(super) fn abs(a: Args) -> Result<Value, PgError> {
    Ok(match &a.values[0] {
        // abs(-2147483648) does not fit an integer.
        Value::Int(i) => Value::Int(check_int((*i as i128).abs(), a.ty)?),
        Value::Numeric(d) => Value::Numeric(d.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        other => other.clone(),
    })
}

pub(super) fn ceil(a: Args) -> Result<Value, PgError> {
    Ok(match &a.values[0] {
        Value::Numeric(d) => Value::Numeric(d.ceil()),
        Value::Float(f) => Value::Float(f.ceil()),
        other => other.clone(),
    })
}

pub(super) fn floor(a: Args) -> Result<Value, PgError> {
    Ok(match &a.values[0] {
        Value::Numeric(d) => Value::Numeric(d.floor()),
        Value::Float(f) => Value::Float(f.floor()),
        other => other.clone(),
    })
}

/// Half away from zero for numeric, half to even for floats (the C library's `rint`).
pub(super) fn round(a: Args) -> Result<Value, PgError> {
    to_digits(
        &a,
        RoundingStrategy::MidpointAwayFromZero,
        f64::round_ties_even,
    )
}

pub(super) fn trunc(a: Args) -> Result<Value, PgError> {
    to_digits(&a, RoundingStrategy::ToZero, f64::trunc)
}

/// Rounds the first argument to the second's number of decimal digits (0 when absent;
/// negative: to tens, hundreds ...), a numeric keeping exactly that scale.
fn to_digits(
    a: &Args,
    strategy: RoundingStrategy,
    float: fn(f64) -> f64,
) -> Result<Value, PgError> {
    let digits = a.int(1).unwrap_or(0);
    Ok(match &a.values[0] {
        Value::Float(f) => Value::Float(float(*f)),
        Value::Numeric(d) if digits >= 0 => {
            let mut r = d.round_dp_with_strategy(digits.min(28) as u32, strategy);
            r.rescale(digits.min(28) as u32);
            Value::Numeric(r)
        }
        Value::Numeric(d) => {
            let factor = Decimal::from_i128_with_scale(10i128.pow((-digits).min(28) as u32), 0);
            let mut r = (d / factor)
                .round_dp_with_strategy(0, strategy)
                .checked_mul(factor)
                .ok_or_else(|| PgError::new("22003", "value overflows numeric format"))?;
            r.rescale(0);
            Value::Numeric(r)
        }
        other => other.clone(),
    })
}
