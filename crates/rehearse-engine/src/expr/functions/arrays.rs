//! Array functions: `array_length`, `cardinality`, `array_append`.
//!
//! Their first parameter is polymorphic (`anyarray`): an argument of a non-array type
//! is PostgreSQL's "function does not exist", an unknown literal its "could not
//! determine polymorphic type".

use super::{Args, Bound};
use crate::builtins;
use crate::error::PgError;
use crate::expr::{Expr, Scope};
use crate::types::{CastContext, SqlType};
use crate::value::array::Array;
use crate::value::Value;

/// The `anyarray` argument's element type, or PostgreSQL's error for the call.
fn array_argument(name: &str, args: &[Expr]) -> Result<SqlType, PgError> {
    match args.first().map(|a| &a.ty) {
        Some(SqlType::Array(element)) => Ok((**element).clone()),
        Some(SqlType::Unknown) => Err(PgError::new(
            "42804",
            "could not determine polymorphic type because input has type unknown",
        )),
        _ => {
            let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
            Err(builtins::no_function(name, &types))
        }
    }
}

/// `array_length(anyarray, integer)`.
pub(super) fn bind_array_length(
    scope: &Scope,
    name: &str,
    mut args: Vec<Expr>,
) -> Result<Bound, PgError> {
    array_argument(name, &args)?;
    let dimension = args
        .pop()
        .ok_or_else(|| PgError::unsupported(name.to_string()))?;
    let dimension = scope.coerce(dimension, &SqlType::Integer, CastContext::Implicit)?;
    args.push(dimension);
    Ok((args, SqlType::Integer))
}

/// `cardinality(anyarray)`.
pub(super) fn bind_cardinality(_: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    array_argument(name, &args)?;
    Ok((args, SqlType::Integer))
}

/// `array_append(anycompatiblearray, anycompatible)`: the element joins the array's
/// element type (without its modifier, as the result is `element[]`).
pub(super) fn bind_array_append(
    scope: &Scope,
    name: &str,
    mut args: Vec<Expr>,
) -> Result<Bound, PgError> {
    let element = array_argument(name, &args)?.without_typmod();
    let value = args
        .pop()
        .ok_or_else(|| PgError::unsupported(name.to_string()))?;
    if matches!(value.ty, SqlType::Array(_)) {
        return Err(PgError::unsupported("array_append of an array"));
    }
    if value.ty != SqlType::Unknown && value.ty.without_typmod() != element {
        return Err(PgError::unsupported(format!(
            "array_append({}, {})",
            args[0].ty.format(),
            value.ty.format()
        )));
    }
    let ty = SqlType::Array(Box::new(element.clone()));
    let array = args
        .pop()
        .ok_or_else(|| PgError::unsupported(name.to_string()))?;
    let array = scope.coerce(array, &ty, CastContext::Implicit)?;
    let value = scope.coerce(value, &element, CastContext::Implicit)?;
    Ok((vec![array, value], ty))
}

fn array<'v>(a: &'v Args<'_, '_>, i: usize) -> Option<&'v Array> {
    match a.values.get(i) {
        Some(Value::Array(array)) => Some(array),
        _ => None,
    }
}

/// The length of dimension `n` (from 1); NULL for a dimension the array lacks.
pub(super) fn array_length(a: Args) -> Result<Value, PgError> {
    let (Some(array), Some(n)) = (array(&a, 0), a.int(1)) else {
        return Ok(Value::Null);
    };
    let dims = array.dims();
    Ok(
        match usize::try_from(n).ok().and_then(|n| n.checked_sub(1)) {
            Some(i) if i < dims.len() => Value::Int(dims[i] as i64),
            _ => Value::Null,
        },
    )
}

/// The number of elements, 0 for the empty array.
pub(super) fn cardinality(a: Args) -> Result<Value, PgError> {
    Ok(array(&a, 0).map_or(Value::Null, |array| {
        Value::Int(array.elements().len() as i64)
    }))
}

/// The array with one more element; a NULL array is the empty one.
pub(super) fn array_append(a: Args) -> Result<Value, PgError> {
    let mut elements = match array(&a, 0) {
        Some(array) if array.dims().len() > 1 => {
            return Err(PgError::new(
                "22000",
                "argument must be empty or one-dimensional array",
            ))
        }
        Some(array) => array.elements().to_vec(),
        None => Vec::new(),
    };
    elements.push(a.values.get(1).cloned().unwrap_or(Value::Null));
    Ok(Value::Array(Box::new(Array::from_elements(elements))))
}
