//! jsonb functions over one value: `jsonb_set`, `jsonb_set_lax`, `jsonb_insert`,
//! `jsonb_strip_nulls`, `jsonb_pretty`, `jsonb_array_length` / `json_array_length`,
//! `jsonb_extract_path(_text)`; the work is `crate::jsonb`'s.
//!
//! Each has one signature in `pg_proc`: arguments are cast to its parameter types as
//! an implicit cast allows (an unknown literal through the type's input), else the
//! call is `builtins::no_function`'s.

use super::{Args, Bound};
use crate::builtins;
use crate::error::PgError;
use crate::expr::containers::strings;
use crate::expr::{Expr, Scope};
use crate::json::Json;
use crate::jsonb::{self, SetMode};
use crate::types::{CastContext, SqlType};
use crate::value::Value;

/// The arguments cast to `params` (a shorter call omits defaulted trailing ones).
pub(super) fn fixed(
    scope: &Scope,
    name: &str,
    args: Vec<Expr>,
    params: &[SqlType],
) -> Result<Vec<Expr>, PgError> {
    let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
    if args.len() > params.len() {
        return Err(builtins::no_function(name, &types));
    }
    args.into_iter()
        .zip(params)
        .map(|(a, p)| {
            if a.ty != SqlType::Unknown
                && a.ty.cast_context(p).is_none()
                && a.ty.without_typmod() != *p
            {
                return Err(builtins::no_function(name, &types));
            }
            scope.coerce(a, p, CastContext::Implicit).map_err(|e| {
                if e.sqlstate == "42804" {
                    builtins::no_function(name, &types)
                } else {
                    e
                }
            })
        })
        .collect()
}

fn text_array() -> SqlType {
    SqlType::Array(Box::new(SqlType::Text))
}

/// `jsonb_set(jsonb, text[], jsonb, boolean)`, `jsonb_insert` likewise.
pub(super) fn bind_set(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let params = [
        SqlType::Jsonb,
        text_array(),
        SqlType::Jsonb,
        SqlType::Boolean,
    ];
    Ok((fixed(scope, name, args, &params)?, SqlType::Jsonb))
}

/// `jsonb_set_lax(jsonb, text[], jsonb, boolean, text)`.
pub(super) fn bind_set_lax(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let params = [
        SqlType::Jsonb,
        text_array(),
        SqlType::Jsonb,
        SqlType::Boolean,
        SqlType::Text,
    ];
    Ok((fixed(scope, name, args, &params)?, SqlType::Jsonb))
}

/// One jsonb argument, the result `ty`.
pub(super) fn bind_one(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let json = if name.starts_with("jsonb") {
        SqlType::Jsonb
    } else {
        SqlType::Json
    };
    let ty = match name {
        "jsonb_array_length" | "json_array_length" => SqlType::Integer,
        "jsonb_pretty" => SqlType::Text,
        _ => SqlType::Jsonb,
    };
    Ok((fixed(scope, name, args, &[json])?, ty))
}

/// `jsonb_extract_path(jsonb, VARIADIC text[])` and `_text`.
pub(super) fn bind_extract_path(
    scope: &Scope,
    name: &str,
    mut args: Vec<Expr>,
) -> Result<Bound, PgError> {
    let rest = args.split_off(1.min(args.len()));
    let mut bound = fixed(scope, name, args, &[SqlType::Jsonb])?;
    for a in rest {
        bound.extend(fixed(scope, name, vec![a], &[SqlType::Text])?);
    }
    let ty = if name.ends_with("_text") {
        SqlType::Text
    } else {
        SqlType::Jsonb
    };
    Ok((bound, ty))
}

fn jsonb_arg(a: &Args, i: usize) -> Result<Option<Json>, PgError> {
    a.text(i).map(jsonb::read).transpose()
}

fn path_arg(a: &Args, i: usize) -> Option<Vec<Option<String>>> {
    match a.values.get(i) {
        Some(Value::Array(path)) => Some(strings(path)),
        _ => None,
    }
}

fn stored(j: &Json) -> Value {
    Value::Text(jsonb::text(j))
}

fn set(a: &Args, mode: SetMode) -> Result<Value, PgError> {
    let (Some(target), Some(path), Some(new)) =
        (jsonb_arg(a, 0)?, path_arg(a, 1), jsonb_arg(a, 2)?)
    else {
        return Ok(Value::Null);
    };
    Ok(stored(&jsonb::set_path(target, &path, new, mode)?))
}

/// `jsonb_set(target, path, new_value, create_if_missing => true)`.
pub(super) fn jsonb_set(a: Args) -> Result<Value, PgError> {
    let create = !matches!(a.values.get(3), Some(Value::Bool(false)));
    set(&a, SetMode::Replace { create })
}

/// `jsonb_insert(target, path, new_value, insert_after => false)`.
pub(super) fn jsonb_insert(a: Args) -> Result<Value, PgError> {
    let after = matches!(a.values.get(3), Some(Value::Bool(true)));
    set(&a, SetMode::Insert { after })
}

/// `jsonb_set_lax(target, path, new_value, create_if_missing => true,
/// null_value_treatment => 'use_json_null')`: not strict; an SQL NULL new value is
/// treated as the last argument says.
pub(super) fn jsonb_set_lax(a: Args) -> Result<Value, PgError> {
    let bad_treatment = || {
        PgError::new(
            "22023",
            "null_value_treatment must be \"delete_key\", \"return_target\", \"use_json_null\", or \"raise_exception\"",
        )
    };
    let treatment = match a.values.get(4) {
        None => "use_json_null",
        Some(Value::Text(t)) => t.as_str(),
        Some(_) => return Err(bad_treatment()),
    };
    if a.values[..2].iter().any(Value::is_null) {
        return Ok(Value::Null);
    }
    let create = !matches!(a.values.get(3), Some(Value::Bool(false)));
    if a.values.get(3).is_some_and(Value::is_null) {
        return Ok(Value::Null);
    }
    if !a.values[2].is_null() {
        return set(&a, SetMode::Replace { create });
    }
    match treatment {
        "raise_exception" => Err(PgError::new("22004", "JSON value must not be null")
            .detail("Exception was raised because null_value_treatment is \"raise_exception\".")
            .hint("To avoid, either change the null_value_treatment argument or ensure that an SQL NULL is not passed.")),
        "use_json_null" => {
            let (Some(target), Some(path)) = (jsonb_arg(&a, 0)?, path_arg(&a, 1)) else {
                return Ok(Value::Null);
            };
            Ok(stored(&jsonb::set_path(target, &path, Json::Null, SetMode::Replace { create })?))
        }
        "delete_key" => {
            let (Some(target), Some(path)) = (jsonb_arg(&a, 0)?, path_arg(&a, 1)) else {
                return Ok(Value::Null);
            };
            Ok(stored(&jsonb::delete_path(target, &path)?))
        }
        "return_target" => Ok(a.values[0].clone()),
        _ => Err(bad_treatment()),
    }
}

/// `jsonb_strip_nulls(jsonb)`.
pub(super) fn jsonb_strip_nulls(a: Args) -> Result<Value, PgError> {
    Ok(jsonb_arg(&a, 0)?.map_or(Value::Null, |j| stored(&jsonb::strip_nulls(j))))
}

/// `jsonb_pretty(jsonb)`.
pub(super) fn jsonb_pretty(a: Args) -> Result<Value, PgError> {
    Ok(jsonb_arg(&a, 0)?.map_or(Value::Null, |j| Value::Text(jsonb::pretty(&j))))
}

/// `jsonb_array_length(jsonb)` / `json_array_length(json)`.
pub(super) fn array_length(a: Args) -> Result<Value, PgError> {
    let Some(text) = a.text(0) else {
        return Ok(Value::Null);
    };
    let jsonb = matches!(a.exprs.first().map(|e| &e.ty), Some(SqlType::Jsonb));
    Ok(match crate::json::parse(text, jsonb)? {
        Json::Array(items) => Value::Int(items.len() as i64),
        Json::Object(_) => {
            return Err(PgError::new(
                "22023",
                "cannot get array length of a non-array",
            ))
        }
        _ => return Err(PgError::new("22023", "cannot get array length of a scalar")),
    })
}

/// `jsonb_extract_path(from_json, VARIADIC path_elems)` and `_text`: `#>` / `#>>`.
pub(super) fn extract_path(a: Args) -> Result<Value, PgError> {
    let Some(value) = jsonb_arg(&a, 0)? else {
        return Ok(Value::Null);
    };
    let path: Vec<Option<String>> = a.values[1..]
        .iter()
        .map(|v| match v {
            Value::Text(s) => Some(s.clone()),
            _ => None,
        })
        .collect();
    let as_text = *a.ty == SqlType::Text;
    Ok(match jsonb::at_path(&value, &path) {
        None => Value::Null,
        Some(j) if as_text => jsonb::as_text(j).map_or(Value::Null, Value::Text),
        Some(j) => stored(j),
    })
}
