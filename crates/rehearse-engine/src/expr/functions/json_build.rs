//! Building JSON from SQL values: `json(b)_build_object`, `json(b)_build_array`
//! (VARIADIC "any": each value as its type's JSON, `to_json`'s rules) and
//! `json(b)_object` (from text arrays of keys and values).
//!
//! `json` results are written as PostgreSQL writes them (`{"a" : 1}`, `[1, 2]`);
//! `jsonb` ones are that text normalised.

use super::json::datum_to_json;
use super::{Args, Bound};
use crate::error::PgError;
use crate::expr::containers::strings;
use crate::expr::functions::jsonb_edit::fixed;
use crate::expr::{Expr, Scope};
use crate::json::{normalize, parse, write_string, Json};
use crate::types::SqlType;
use crate::value::Value;

fn result_type(name: &str) -> SqlType {
    if name.starts_with("jsonb") {
        SqlType::Jsonb
    } else {
        SqlType::Json
    }
}

/// VARIADIC "any": each argument as it is, an unknown literal as text.
pub(super) fn bind_build(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let args = args
        .into_iter()
        .map(|a| scope.resolve_unknown(a))
        .collect::<Result<Vec<_>, _>>()?;
    if name.ends_with("_object") && args.len() % 2 == 1 {
        return Err(
            PgError::new("22023", "argument list must have even number of elements").hint(format!(
                "The arguments of {name}() must consist of alternating keys and values."
            )),
        );
    }
    for (i, key) in args.iter().enumerate().step_by(2) {
        if name.ends_with("_object")
            && matches!(key.ty, SqlType::Array(_) | SqlType::Json | SqlType::Jsonb)
        {
            let _ = i;
            return Err(PgError::new(
                "22023",
                "key value must be scalar, not array, composite, or json",
            ));
        }
    }
    Ok((args, result_type(name)))
}

/// `json(b)_object(text[])` and `json(b)_object(keys text[], values text[])`.
pub(super) fn bind_object(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let text_array = SqlType::Array(Box::new(SqlType::Text));
    let params = vec![text_array; args.len()];
    Ok((fixed(scope, name, args, &params)?, result_type(name)))
}

fn finish(json: String, ty: &SqlType) -> Result<Value, PgError> {
    Ok(Value::Text(if *ty == SqlType::Jsonb {
        normalize(&json, true)?
    } else {
        json
    }))
}

/// A key's text: the value's JSON, unquoted when a string.
fn key_text(value: &Value, ty: &SqlType) -> Result<String, PgError> {
    let json = datum_to_json(value, ty)?;
    Ok(match parse(&json, true)? {
        Json::Str(s) => s,
        _ => json,
    })
}

/// `json(b)_build_object(VARIADIC "any")`.
pub(super) fn build_object(a: Args) -> Result<Value, PgError> {
    let mut out = String::from("{");
    for (i, pair) in a.values.chunks(2).enumerate() {
        let (Some(key), Some(value)) = (pair.first(), pair.get(1)) else {
            break;
        };
        if key.is_null() {
            return Err(PgError::new(
                "22023",
                format!("argument {}: key must not be null", 2 * i + 1),
            ));
        }
        if i > 0 {
            out.push_str(", ");
        }
        write_string(&key_text(key, &a.exprs[2 * i].ty)?, &mut out);
        out.push_str(" : ");
        out.push_str(&datum_to_json(value, &a.exprs[2 * i + 1].ty)?);
    }
    out.push('}');
    finish(out, a.ty)
}

/// `json(b)_build_array(VARIADIC "any")`.
pub(super) fn build_array(a: Args) -> Result<Value, PgError> {
    let items = a
        .values
        .iter()
        .zip(a.exprs)
        .map(|(v, e)| datum_to_json(v, &e.ty))
        .collect::<Result<Vec<_>, _>>()?;
    finish(format!("[{}]", items.join(", ")), a.ty)
}

fn subscripts() -> PgError {
    PgError::new("2202E", "wrong number of array subscripts")
}

/// `json(b)_object(text[])`: a flat array of alternating keys and values, or an
/// array of two-element arrays; `json(b)_object(keys, values)`.
pub(super) fn object(a: Args) -> Result<Value, PgError> {
    let arrays: Vec<&crate::value::array::Array> = a
        .values
        .iter()
        .filter_map(|v| match v {
            Value::Array(x) => Some(&**x),
            _ => None,
        })
        .collect();
    let pairs: Vec<(Option<String>, Option<String>)> = match arrays.as_slice() {
        [one] => {
            let items = strings(one);
            match one.dims() {
                [] => Vec::new(),
                [n] if n % 2 == 1 => {
                    return Err(PgError::new(
                        "2202E",
                        "array must have even number of elements",
                    ))
                }
                [_] => items
                    .chunks(2)
                    .map(|p| (p[0].clone(), p[1].clone()))
                    .collect(),
                [_, 2] => items
                    .chunks(2)
                    .map(|p| (p[0].clone(), p[1].clone()))
                    .collect(),
                [_, _] => return Err(PgError::new("2202E", "array must have two columns")),
                _ => return Err(subscripts()),
            }
        }
        [keys, values] => {
            if keys.dims().len() > 1 || values.dims().len() > 1 {
                return Err(subscripts());
            }
            if keys.dims() != values.dims() {
                return Err(PgError::new("2202E", "mismatched array dimensions"));
            }
            strings(keys).into_iter().zip(strings(values)).collect()
        }
        _ => return Ok(Value::Null),
    };
    let mut out = String::from("{");
    for (i, (key, value)) in pairs.into_iter().enumerate() {
        let Some(key) = key else {
            return Err(PgError::new(
                "22004",
                "null value not allowed for object key",
            ));
        };
        if i > 0 {
            out.push_str(", ");
        }
        write_string(&key, &mut out);
        out.push_str(" : ");
        match value {
            Some(v) => write_string(&v, &mut out),
            None => out.push_str("null"),
        }
    }
    out.push('}');
    finish(out, a.ty)
}
