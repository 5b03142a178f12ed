//! JSON built-ins: `to_json`/`to_jsonb` (PostgreSQL's `datum_to_json`: a value as the
//! JSON its type maps to) and `json_typeof`/`jsonb_typeof`.
//!
//! **Invariant:** a value whose JSON form the engine does not know exactly (a BC date
//! or timestamp, written in XSD form by PostgreSQL) is refused, never approximated.

use super::{Args, Bound};
use crate::error::PgError;
use crate::expr::{Expr, Scope};
use crate::types::SqlType;
use crate::value::Value;

/// `to_json(anyelement)` / `to_jsonb(anyelement)`: the argument as it is (an unknown
/// literal reads as text, as PostgreSQL resolves `anyelement`), the result json(b).
pub(super) fn bind_to_json(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let args = args
        .into_iter()
        .map(|a| scope.resolve_unknown(a))
        .collect::<Result<Vec<_>, _>>()?;
    let ty = if name == "to_jsonb" {
        SqlType::Jsonb
    } else {
        SqlType::Json
    };
    Ok((args, ty))
}

/// `json_typeof(json)` / `jsonb_typeof(jsonb)`: the argument cast to the function's type.
pub(super) fn bind_typeof(
    scope: &Scope,
    name: &str,
    mut args: Vec<Expr>,
) -> Result<Bound, PgError> {
    let ty = if name == "jsonb_typeof" {
        SqlType::Jsonb
    } else {
        SqlType::Json
    };
    let arg = args
        .pop()
        .ok_or_else(|| PgError::unsupported(name.to_string()))?;
    let arg = scope.coerce(arg, &ty, crate::types::CastContext::Implicit)?;
    Ok((vec![arg], SqlType::Text))
}

/// `to_json`: the value as JSON text.
pub(super) fn to_json(args: Args) -> Result<Value, PgError> {
    let (Some(value), Some(arg)) = (args.values.first(), args.exprs.first()) else {
        return Ok(Value::Null);
    };
    let text = datum_to_json(value, &arg.ty)?;
    Ok(Value::Text(text))
}

/// `to_jsonb`: the JSON text normalised as jsonb stores it.
pub(super) fn to_jsonb(args: Args) -> Result<Value, PgError> {
    let Value::Text(json) = to_json(args)? else {
        return Ok(Value::Null);
    };
    Ok(Value::Text(crate::json::normalize(&json, true)?))
}

/// `json_typeof`: the kind of the top-level JSON value.
pub(super) fn json_typeof(args: Args) -> Result<Value, PgError> {
    let Some(text) = args.text(0) else {
        return Ok(Value::Null);
    };
    let kind = match text.trim_start().chars().next() {
        Some('{') => "object",
        Some('[') => "array",
        Some('"') => "string",
        Some('t' | 'f') => "boolean",
        Some('n') => "null",
        _ => "number",
    };
    Ok(Value::Text(kind.into()))
}

pub(crate) fn datum_to_json(value: &Value, ty: &SqlType) -> Result<String, PgError> {
    let Some(text) = value.output(ty) else {
        return Ok("null".into());
    };
    Ok(match (value, ty) {
        (_, SqlType::Json | SqlType::Jsonb) => text,
        (Value::Array(array), SqlType::Array(element)) => array_to_json(array, element)?,
        (Value::Bool(b), _) => b.to_string(),
        // Numbers are written as their output, except the non-finite ones, which JSON
        // has no number for.
        (Value::Int(_) | Value::Numeric(_), _) => text,
        (Value::Float(f), _) if f.is_finite() => text,
        (Value::Date(_) | Value::Timestamp(_), _) if text.ends_with(" BC") => {
            return Err(PgError::unsupported(
                "to_json of a date before the common era",
            ))
        }
        (Value::Timestamp(_), _) if !text.ends_with("infinity") => {
            // ISO 8601 as XSD writes it: a `T`, and the zone as `+00:00`.
            let iso = text.replacen(' ', "T", 1);
            let iso = match iso.strip_suffix("+00") {
                Some(local) => format!("{local}+00:00"),
                None => iso,
            };
            quote(&iso)
        }
        _ => quote(&text),
    })
}

/// A JSON string literal as PostgreSQL's `escape_json` writes it.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `array_to_json`: nested JSON arrays (one level a dimension), no spaces, each
/// element as its type's JSON.
fn array_to_json(array: &crate::value::array::Array, element: &SqlType) -> Result<String, PgError> {
    fn level(
        dims: &[usize],
        items: &mut std::slice::Iter<'_, Value>,
        element: &SqlType,
        out: &mut String,
    ) -> Result<(), PgError> {
        out.push('[');
        let Some((&n, inner)) = dims.split_first() else {
            out.push(']');
            return Ok(());
        };
        for i in 0..n {
            if i > 0 {
                out.push(',');
            }
            if inner.is_empty() {
                let v = items.next().cloned().unwrap_or(Value::Null);
                out.push_str(&datum_to_json(&v, element)?);
            } else {
                level(inner, items, element, out)?;
            }
        }
        out.push(']');
        Ok(())
    }
    let mut out = String::new();
    level(
        array.dims(),
        &mut array.elements().iter(),
        element,
        &mut out,
    )?;
    Ok(out)
}
