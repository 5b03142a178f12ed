//! The functions with a `bytea` form: `length`, `octet_length`, `bit_length`, `md5`,
//! `substr`/`substring`/`position` (bytes, not characters), `encode`/`decode`,
//! `get_byte`/`set_byte`, and `sha224`...`sha512`.
//!
//! A name with both a text and a bytea form binds as PostgreSQL resolves it
//! (`as_postgres_resolves` has already coerced the arguments to the overload's
//! parameters): a bytea first argument keeps the bytea form, anything else is the
//! text form, bound as the entry's text binder would. Evaluation reads the value's
//! shape (`Value::Bytes` or `Value::Text`), so one evaluator serves both forms.

use super::{Args, Bound};
use crate::error::PgError;
use crate::expr::{Expr, Scope};
use crate::types::{CastContext, SqlType};
use crate::value::Value;

/// `length`, `octet_length`, `bit_length` (integer) and `md5` (text) of a text or a
/// bytea.
pub(super) fn bind_measure(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let ty = if name == "md5" {
        SqlType::Text
    } else {
        SqlType::Integer
    };
    let mut bound = Vec::with_capacity(args.len());
    for a in args {
        bound.push(match &a.ty {
            SqlType::Bytea => a,
            // `octet_length(character(n))` counts the padding PostgreSQL keeps, which a
            // cast to text would drop.
            SqlType::Char(_) if matches!(name, "octet_length" | "bit_length") => {
                return Err(PgError::unsupported(format!(
                    "the function {name}(character)"
                )))
            }
            _ => scope.text_arg(a, name)?,
        });
    }
    Ok((bound, ty))
}

/// The bytes of argument `i`, a text's UTF-8 (the server encoding) or a bytea's.
pub(super) fn octets<'v>(a: &'v Args, i: usize) -> &'v [u8] {
    match a.values.get(i) {
        Some(Value::Text(s)) => s.as_bytes(),
        Some(Value::Bytes(b)) => b,
        _ => &[],
    }
}

/// `octet_length`: bytes, of a text in UTF-8.
pub(super) fn octet_length(a: Args) -> Result<Value, PgError> {
    Ok(Value::Int(octets(&a, 0).len() as i64))
}

/// `bit_length`: eight bits a byte.
pub(super) fn bit_length(a: Args) -> Result<Value, PgError> {
    Ok(Value::Int(octets(&a, 0).len() as i64 * 8))
}

/// `length(bytea)` counts bytes; `length(text)` characters (`text::length`).
pub(super) fn length(a: Args) -> Result<Value, PgError> {
    match a.values.first() {
        Some(Value::Bytes(b)) => Ok(Value::Int(b.len() as i64)),
        _ => super::text::length(a),
    }
}

/// `substr(bytea, from [, count])` and `substring`'s integer forms on bytes: the
/// text form's arithmetic on bytes (`bytea_substring`), its 22011 for a negative
/// count.
pub(super) fn substr_bytes(b: &[u8], start: i64, count: Option<i64>) -> Result<Value, PgError> {
    let range = super::text::substr_range(start, count, b.len())?;
    Ok(Value::Bytes(b[range].to_vec()))
}

/// `substr(text|bytea, integer [, integer])`: a bytea first argument keeps the bytea
/// form, else the text form (`TextThenIntegers`).
pub(super) fn bind_substr(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let bytea = args.first().is_some_and(|a| a.ty == SqlType::Bytea);
    let mut bound = Vec::with_capacity(args.len());
    for (i, a) in args.into_iter().enumerate() {
        bound.push(match i {
            0 if bytea => a,
            0 => scope.text_arg(a, name)?,
            _ => scope.coerce(a, &SqlType::Integer, CastContext::Implicit)?,
        });
    }
    let ty = if bytea { SqlType::Bytea } else { SqlType::Text };
    Ok((bound, ty))
}

/// `encode(bytea, text)`.
pub(super) fn bind_encode(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let mut args = args.into_iter();
    let (Some(data), Some(format)) = (args.next(), args.next()) else {
        return Err(PgError::unsupported(format!(
            "{name}() with these arguments"
        )));
    };
    let data = scope.coerce(data, &SqlType::Bytea, CastContext::Implicit)?;
    Ok((vec![data, scope.text_arg(format, name)?], SqlType::Text))
}

/// `decode(text, text)`.
pub(super) fn bind_decode(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let bound = args
        .into_iter()
        .map(|a| scope.text_arg(a, name))
        .collect::<Result<_, _>>()?;
    Ok((bound, SqlType::Bytea))
}

pub(super) fn encode(a: Args) -> Result<Value, PgError> {
    let format = a.text(1).unwrap_or_default();
    Ok(Value::Text(super::encoding::encode(octets(&a, 0), format)?))
}

pub(super) fn decode(a: Args) -> Result<Value, PgError> {
    let (text, format) = (a.text(0).unwrap_or_default(), a.text(1).unwrap_or_default());
    Ok(Value::Bytes(super::encoding::decode(text, format)?))
}

/// `get_byte(bytea, integer)` (integer) and `set_byte(bytea, integer, integer)`
/// (bytea); `sha224`...`sha512(bytea)` (bytea).
pub(super) fn bind_bytes_then_integers(
    scope: &Scope,
    name: &str,
    args: Vec<Expr>,
) -> Result<Bound, PgError> {
    let mut bound = Vec::with_capacity(args.len());
    for (i, a) in args.into_iter().enumerate() {
        let to = if i == 0 {
            SqlType::Bytea
        } else {
            SqlType::Integer
        };
        bound.push(scope.coerce(a, &to, CastContext::Implicit)?);
    }
    let ty = if name == "get_byte" {
        SqlType::Integer
    } else {
        SqlType::Bytea
    };
    Ok((bound, ty))
}

/// The byte at `n`, checked as `byteaGetByte`/`byteaSetByte` do (2202E).
fn index(b: &[u8], n: i64) -> Result<usize, PgError> {
    usize::try_from(n)
        .ok()
        .filter(|&i| i < b.len())
        .ok_or_else(|| {
            PgError::new(
                "2202E",
                format!("index {n} out of valid range, 0..{}", b.len() as i64 - 1),
            )
        })
}

pub(super) fn get_byte(a: Args) -> Result<Value, PgError> {
    let b = octets(&a, 0);
    let i = index(b, a.int(1).unwrap_or_default())?;
    Ok(Value::Int(i64::from(b[i])))
}

/// `set_byte`: the new value's low eight bits (`300` stores 44, `-1` 255).
pub(super) fn set_byte(a: Args) -> Result<Value, PgError> {
    let mut b = octets(&a, 0).to_vec();
    let i = index(&b, a.int(1).unwrap_or_default())?;
    b[i] = a.int(2).unwrap_or_default() as u8;
    Ok(Value::Bytes(b))
}

/// `position(bytea IN bytea)` (`byteapos`): the 1-based byte position, 0 if absent,
/// 1 for an empty needle.
pub(super) fn position(haystack: &[u8], needle: &[u8]) -> Value {
    if needle.is_empty() {
        return Value::Int(1);
    }
    let found = haystack
        .windows(needle.len())
        .position(|w| w == needle)
        .map_or(0, |p| p as i64 + 1);
    Value::Int(found)
}

impl Scope<'_> {
    /// `POSITION(needle IN haystack)` where either is bytea: both bytea (an unknown
    /// literal reads as bytea), bound as the `strpos` node the text form is, whose
    /// evaluation compares bytes. A typed non-bytea side is refused (PostgreSQL has no
    /// mixed form; the error's wording is not modelled).
    pub(in crate::expr) fn bytea_position(
        &self,
        needle: Expr,
        haystack: Expr,
    ) -> Result<Expr, PgError> {
        let readable = |e: &Expr| matches!(e.ty, SqlType::Bytea | SqlType::Unknown);
        if !readable(&needle) || !readable(&haystack) {
            return Err(PgError::unsupported(
                "POSITION(... IN ...) mixing bytea and another type",
            ));
        }
        let needle = self.coerce(needle, &SqlType::Bytea, CastContext::Implicit)?;
        let haystack = self.coerce(haystack, &SqlType::Bytea, CastContext::Implicit)?;
        Ok(Expr::new(
            super::Node::Func(super::builtin("strpos")?, vec![haystack, needle]),
            SqlType::Integer,
        ))
    }
}
