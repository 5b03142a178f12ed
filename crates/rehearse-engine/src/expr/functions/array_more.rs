//! More array functions: the shape (`array_ndims`, `array_dims`, `array_lower`,
//! `array_upper`), searching and editing one-dimensional arrays (`array_position(s)`,
//! `array_remove`, `array_replace`, `array_prepend`, `array_cat`) and the text
//! conversions (`array_to_string`, `string_to_array`).
//!
//! Polymorphic parameters bind as `array_append` does (`arrays.rs`): the element
//! types must agree apart from modifiers, other mixes are refused rather than
//! resolved.

use super::{Args, Bound};
use crate::builtins;
use crate::error::PgError;
use crate::expr::{Expr, Scope};
use crate::types::{CastContext, SqlType};
use crate::value::array::Array;
use crate::value::Value;

fn no_function(name: &str, args: &[Expr]) -> PgError {
    let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
    builtins::no_function(name, &types)
}

/// The element type of the array argument `i`, or PostgreSQL's error for the call.
fn element_of(name: &str, args: &[Expr], i: usize) -> Result<SqlType, PgError> {
    match args.get(i).map(|a| &a.ty) {
        Some(SqlType::Array(e)) => Ok(e.without_typmod()),
        Some(SqlType::Unknown) => Err(PgError::new(
            "42804",
            "could not determine polymorphic type because input has type unknown",
        )),
        _ => Err(no_function(name, args)),
    }
}

/// `(anyarray[, integer])` → integer or text: the shape functions.
pub(super) fn bind_shape(scope: &Scope, name: &str, mut args: Vec<Expr>) -> Result<Bound, PgError> {
    element_of(name, &args, 0)?;
    if args.len() == 2 {
        let dim = args.pop().ok_or_else(|| no_function(name, &[]))?;
        if dim.ty != SqlType::Unknown && !dim.ty.is_integer() {
            args.push(dim);
            return Err(no_function(name, &args));
        }
        args.push(scope.coerce(dim, &SqlType::Integer, CastContext::Implicit)?);
    }
    let ty = if name == "array_dims" {
        SqlType::Text
    } else {
        SqlType::Integer
    };
    Ok((args, ty))
}

/// An element argument (or an unknown literal) of the array's element type.
fn element_arg(
    scope: &Scope,
    name: &str,
    e: Expr,
    element: &SqlType,
    all: &[Expr],
) -> Result<Expr, PgError> {
    if e.ty == SqlType::Unknown || e.ty.without_typmod() == *element {
        scope.coerce(e, element, CastContext::Implicit)
    } else if matches!(e.ty, SqlType::Array(_)) {
        Err(no_function(name, all))
    } else {
        Err(PgError::unsupported(format!(
            "{name}() with an element of type {} for {}[]",
            e.ty.format(),
            element.format()
        )))
    }
}

/// `array_position(s)`, `array_remove`, `array_replace`: the array, then elements.
pub(super) fn bind_search(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let element = element_of(name, &args, 0)?;
    let array_ty = SqlType::Array(Box::new(element.clone()));
    let all = args.clone();
    let mut bound = Vec::new();
    for (i, a) in args.into_iter().enumerate() {
        bound.push(match (name, i) {
            (_, 0) => scope.coerce(a, &array_ty, CastContext::Implicit)?,
            ("array_position", 2) => scope.coerce(a, &SqlType::Integer, CastContext::Implicit)?,
            _ => element_arg(scope, name, a, &element, &all)?,
        });
    }
    let ty = match name {
        "array_position" => SqlType::Integer,
        "array_positions" => SqlType::Array(Box::new(SqlType::Integer)),
        _ => array_ty,
    };
    Ok((bound, ty))
}

/// `array_prepend(anycompatible, anycompatiblearray)`.
pub(super) fn bind_prepend(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let element = element_of(name, &args, 1)?;
    let array_ty = SqlType::Array(Box::new(element.clone()));
    let all = args.clone();
    let mut it = args.into_iter();
    let (Some(value), Some(array)) = (it.next(), it.next()) else {
        return Err(no_function(name, &all));
    };
    let value = element_arg(scope, name, value, &element, &all)?;
    let array = scope.coerce(array, &array_ty, CastContext::Implicit)?;
    Ok((vec![value, array], array_ty))
}

/// `array_cat(anycompatiblearray, anycompatiblearray)`.
pub(super) fn bind_cat(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let element = match element_of(name, &args, 0) {
        Ok(e) => e,
        Err(_) => element_of(name, &args, 1)?,
    };
    let array_ty = SqlType::Array(Box::new(element.clone()));
    let all = args.clone();
    let bound = args
        .into_iter()
        .map(|a| match &a.ty {
            SqlType::Unknown => scope.coerce(a, &array_ty, CastContext::Implicit),
            SqlType::Array(e) if e.without_typmod() == element => {
                scope.coerce(a, &array_ty, CastContext::Implicit)
            }
            SqlType::Array(_) => Err(PgError::unsupported(
                "array_cat() of arrays of different types",
            )),
            _ => Err(no_function(name, &all)),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok((bound, array_ty))
}

/// `array_to_string(anyarray, text[, text])`.
pub(super) fn bind_to_string(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    element_of(name, &args, 0)?;
    let all = args.clone();
    let bound = args
        .into_iter()
        .enumerate()
        .map(|(i, a)| {
            if i == 0 {
                Ok(a)
            } else {
                scope
                    .coerce(a, &SqlType::Text, CastContext::Implicit)
                    .map_err(|_| no_function(name, &all))
            }
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok((bound, SqlType::Text))
}

fn array<'v>(a: &'v Args<'_, '_>, i: usize) -> Option<&'v Array> {
    match a.values.get(i) {
        Some(Value::Array(x)) => Some(x),
        _ => None,
    }
}

fn result(elements: Vec<Value>) -> Value {
    Value::Array(Box::new(Array::from_elements(elements)))
}

/// `array_ndims`: NULL for the empty array.
pub(super) fn ndims(a: Args) -> Result<Value, PgError> {
    Ok(match array(&a, 0).map(|x| x.dims().len()) {
        Some(n) if n > 0 => Value::Int(n as i64),
        _ => Value::Null,
    })
}

/// `array_dims`: `[1:n]` a dimension; NULL for the empty array.
pub(super) fn dims(a: Args) -> Result<Value, PgError> {
    Ok(match array(&a, 0) {
        Some(x) if !x.dims().is_empty() => {
            Value::Text(x.dims().iter().map(|n| format!("[1:{n}]")).collect())
        }
        _ => Value::Null,
    })
}

/// `array_lower` / `array_upper`: 1 and the length of dimension `n` (lower bounds are
/// always 1 in the engine); NULL for a dimension the array lacks.
fn bound(a: &Args, upper: bool) -> Value {
    let (Some(x), Some(n)) = (array(a, 0), a.int(1)) else {
        return Value::Null;
    };
    match usize::try_from(n).ok().and_then(|n| n.checked_sub(1)) {
        Some(i) if i < x.dims().len() => Value::Int(if upper { x.dims()[i] as i64 } else { 1 }),
        _ => Value::Null,
    }
}

/// `array_lower`.
pub(super) fn lower(a: Args) -> Result<Value, PgError> {
    Ok(bound(&a, false))
}

/// `array_upper`.
pub(super) fn upper(a: Args) -> Result<Value, PgError> {
    Ok(bound(&a, true))
}

fn one_dimensional(x: &Array, what: &str) -> Result<(), PgError> {
    if x.dims().len() > 1 {
        return Err(PgError::new(
            "0A000",
            format!("{what} in multidimensional arrays is not supported"),
        ));
    }
    Ok(())
}

/// `array_position(array, element[, start])`: `IS NOT DISTINCT FROM` matching.
pub(super) fn position(a: Args) -> Result<Value, PgError> {
    let Some(x) = array(&a, 0) else {
        return Ok(Value::Null);
    };
    one_dimensional(x, "searching for elements")?;
    let start = match a.values.get(2) {
        Some(Value::Null) => {
            return Err(PgError::new("22004", "initial position must not be null"))
        }
        Some(Value::Int(s)) => (*s).max(1) as usize,
        _ => 1,
    };
    let wanted = &a.values[1];
    Ok(x.elements()
        .iter()
        .enumerate()
        .skip(start - 1)
        .find(|(_, e)| not_distinct(e, wanted))
        .map_or(Value::Null, |(i, _)| Value::Int(i as i64 + 1)))
}

fn not_distinct(a: &Value, b: &Value) -> bool {
    (a.is_null() && b.is_null()) || a.same_key(b)
}

/// `array_positions(array, element)`.
pub(super) fn positions(a: Args) -> Result<Value, PgError> {
    let Some(x) = array(&a, 0) else {
        return Ok(Value::Null);
    };
    one_dimensional(x, "searching for elements")?;
    let wanted = &a.values[1];
    Ok(result(
        x.elements()
            .iter()
            .enumerate()
            .filter(|(_, e)| not_distinct(e, wanted))
            .map(|(i, _)| Value::Int(i as i64 + 1))
            .collect(),
    ))
}

/// `array_remove(array, element)`.
pub(super) fn remove(a: Args) -> Result<Value, PgError> {
    let Some(x) = array(&a, 0) else {
        return Ok(Value::Null);
    };
    one_dimensional(x, "removing elements from")?;
    let wanted = &a.values[1];
    Ok(result(
        x.elements()
            .iter()
            .filter(|e| !not_distinct(e, wanted))
            .cloned()
            .collect(),
    ))
}

/// `array_replace(array, from, to)`.
pub(super) fn replace(a: Args) -> Result<Value, PgError> {
    let Some(x) = array(&a, 0) else {
        return Ok(Value::Null);
    };
    let (from, to) = (&a.values[1], &a.values[2]);
    Ok(Value::Array(Box::new(x.try_map(|e| {
        Ok(if not_distinct(e, from) {
            to.clone()
        } else {
            e.clone()
        })
    })?)))
}

/// `array_prepend(element, array)`: a NULL array is the empty one.
pub(super) fn prepend(a: Args) -> Result<Value, PgError> {
    let mut elements = vec![a.values[0].clone()];
    if let Some(x) = array(&a, 1) {
        if x.dims().len() > 1 {
            return Err(PgError::new(
                "22000",
                "argument must be empty or one-dimensional array",
            ));
        }
        elements.extend(x.elements().iter().cloned());
    }
    Ok(result(elements))
}

/// `array_cat(a, b)`: NULL when both are, else the other.
pub(super) fn cat(a: Args) -> Result<Value, PgError> {
    match (array(&a, 0), array(&a, 1)) {
        (None, None) => Ok(Value::Null),
        (Some(x), None) | (None, Some(x)) => Ok(Value::Array(Box::new(x.clone()))),
        (Some(x), Some(y)) if x.dims().len() <= 1 && y.dims().len() <= 1 => Ok(result(
            x.elements().iter().chain(y.elements()).cloned().collect(),
        )),
        _ => Err(PgError::unsupported(
            "array_cat() of multidimensional arrays",
        )),
    }
}

/// `array_to_string(array, delimiter[, null_string])`: NULL elements skipped unless
/// a null string is given.
pub(super) fn to_string(a: Args) -> Result<Value, PgError> {
    let (Some(x), Some(delimiter)) = (array(&a, 0), a.text(1)) else {
        return Ok(Value::Null);
    };
    let SqlType::Array(element) = &a.exprs[0].ty else {
        return Ok(Value::Null);
    };
    let null = a.text(2);
    let parts: Vec<String> = x
        .elements()
        .iter()
        .filter_map(|e| match e {
            Value::Null => null.map(str::to_string),
            v => Some(v.output(element).unwrap_or_default()),
        })
        .collect();
    Ok(Value::Text(parts.join(delimiter)))
}

/// `string_to_array(text, delimiter[, null_string])`: a NULL delimiter splits into
/// characters, an empty one gives the whole string; the empty string gives `{}`.
pub(super) fn string_to_array(a: Args) -> Result<Value, PgError> {
    let Some(text) = a.text(0) else {
        return Ok(Value::Null);
    };
    if text.is_empty() {
        return Ok(result(Vec::new()));
    }
    let null = a.text(2);
    let parts: Vec<String> = match a.text(1) {
        None => text.chars().map(String::from).collect(),
        Some("") => vec![text.to_string()],
        Some(d) => text.split(d).map(str::to_string).collect(),
    };
    Ok(result(
        parts
            .into_iter()
            .map(|p| {
                if Some(p.as_str()) == null {
                    Value::Null
                } else {
                    Value::Text(p)
                }
            })
            .collect(),
    ))
}

/// `string_to_array(text, text[, text])`.
pub(super) fn bind_string_to_array(
    scope: &Scope,
    name: &str,
    args: Vec<Expr>,
) -> Result<Bound, PgError> {
    let params = vec![SqlType::Text; args.len()];
    let args = super::jsonb_edit::fixed(scope, name, args, &params)?;
    Ok((args, SqlType::Array(Box::new(SqlType::Text))))
}
