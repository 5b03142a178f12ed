//! String functions that work character by character: `split_part`, `translate`,
//! `reverse`, `lpad`/`rpad`, `starts_with`, `ascii`, `chr`, `to_hex`, `concat_ws`,
//! as PostgreSQL's `varlena.c` / `oracle_compat.c` answer them in UTF-8 (characters,
//! not bytes; its errors' texts).

use super::{Args, Bound};
use crate::builtins;
use crate::error::PgError;
use crate::expr::{Expr, Scope};
use crate::types::{CastContext, Category, SqlType};
use crate::value::Value;

/// `split_part(string, delimiter, n)`: the `n`th field (counted from the end when
/// negative); an empty delimiter makes the whole string the one field.
pub(super) fn split_part(a: Args) -> Result<Value, PgError> {
    let (s, delimiter) = (a.text(0).unwrap_or_default(), a.text(1).unwrap_or_default());
    let n = a.int(2).unwrap_or(1);
    if n == 0 {
        return Err(PgError::new("22023", "field position must not be zero"));
    }
    let fields: Vec<&str> = if s.is_empty() {
        Vec::new()
    } else if delimiter.is_empty() {
        vec![s]
    } else {
        s.split(delimiter).collect()
    };
    let index = if n > 0 {
        usize::try_from(n - 1).ok()
    } else {
        usize::try_from(fields.len() as i64 + n).ok()
    };
    Ok(Value::Text(
        index
            .and_then(|i| fields.get(i))
            .map_or(String::new(), |f| f.to_string()),
    ))
}

/// `translate(string, from, to)`: each character of `from` becomes the one at its
/// position in `to`, or is deleted when `to` is shorter; the first occurrence in
/// `from` decides.
pub(super) fn translate(a: Args) -> Result<Value, PgError> {
    let s = a.text(0).unwrap_or_default();
    let from: Vec<char> = a.text(1).unwrap_or_default().chars().collect();
    let to: Vec<char> = a.text(2).unwrap_or_default().chars().collect();
    let out = s
        .chars()
        .filter_map(|c| match from.iter().position(|f| *f == c) {
            Some(i) => to.get(i).copied(),
            None => Some(c),
        })
        .collect();
    Ok(Value::Text(out))
}

pub(super) fn reverse(a: Args) -> Result<Value, PgError> {
    Ok(Value::Text(
        a.text(0).unwrap_or_default().chars().rev().collect(),
    ))
}

/// Which side `lpad`/`rpad` fill.
enum Side {
    Left,
    Right,
}

/// Pads to `length` characters with the fill (a space by default), or truncates.
fn pad(a: &Args, side: Side) -> Result<Value, PgError> {
    let s: Vec<char> = a.text(0).unwrap_or_default().chars().collect();
    let length = usize::try_from(a.int(1).unwrap_or(0)).unwrap_or(0);
    let fill: Vec<char> = a.text(2).unwrap_or(" ").chars().collect();
    if length <= s.len() || fill.is_empty() {
        return Ok(Value::Text(s.iter().take(length).collect()));
    }
    // PostgreSQL's check counts four bytes a character (UTF-8's longest).
    crate::limits::repeat_length(4, length as i64)?;
    let filler: String = fill.iter().cycle().take(length - s.len()).collect();
    let s: String = s.into_iter().collect();
    Ok(Value::Text(match side {
        Side::Left => filler + &s,
        Side::Right => s + &filler,
    }))
}

pub(super) fn lpad(a: Args) -> Result<Value, PgError> {
    pad(&a, Side::Left)
}

pub(super) fn rpad(a: Args) -> Result<Value, PgError> {
    pad(&a, Side::Right)
}

pub(super) fn starts_with(a: Args) -> Result<Value, PgError> {
    let (s, prefix) = (a.text(0).unwrap_or_default(), a.text(1).unwrap_or_default());
    Ok(Value::Bool(s.starts_with(prefix)))
}

/// The first character's code point; 0 for the empty string.
pub(super) fn ascii(a: Args) -> Result<Value, PgError> {
    let first = a.text(0).unwrap_or_default().chars().next();
    Ok(Value::Int(first.map_or(0, |c| c as i64)))
}

/// The character with a code point, with PostgreSQL's errors for the ones UTF-8 has not.
pub(super) fn chr(a: Args) -> Result<Value, PgError> {
    let code = a.int(0).unwrap_or(0);
    if code < 0 {
        return Err(PgError::new("22023", "character number must be positive"));
    }
    if code == 0 {
        return Err(PgError::new("54000", "null character not permitted"));
    }
    if code > 0x10FFFF {
        return Err(PgError::new(
            "54000",
            format!("requested character too large for encoding: {code}"),
        ));
    }
    match u32::try_from(code).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::Text(c.to_string())),
        None => Err(PgError::new(
            "54000",
            format!("requested character not valid for encoding: {code}"),
        )),
    }
}

/// `chr(integer)`.
pub(super) fn bind_chr(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
    if !matches!(
        types.first(),
        Some(SqlType::SmallInt | SqlType::Integer | SqlType::Unknown)
    ) {
        return Err(builtins::no_function(name, &types));
    }
    let args = args
        .into_iter()
        .map(|a| scope.coerce(a, &SqlType::Integer, CastContext::Implicit))
        .collect::<Result<_, _>>()?;
    Ok((args, SqlType::Text))
}

/// `to_hex(integer | bigint)`: two's complement of the argument's own width.
pub(super) fn bind_to_hex(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
    let target = match types.first() {
        Some(SqlType::Integer) => SqlType::Integer,
        Some(SqlType::BigInt) => SqlType::BigInt,
        // smallint and unknown are PostgreSQL's 42725 (not unique): refused by name.
        _ => return Err(builtins::no_function(name, &types)),
    };
    let args = args
        .into_iter()
        .map(|a| scope.coerce(a, &target, CastContext::Implicit))
        .collect::<Result<_, _>>()?;
    Ok((args, SqlType::Text))
}

pub(super) fn to_hex(a: Args) -> Result<Value, PgError> {
    let n = a.int(0).unwrap_or(0);
    let wide = a.exprs.first().is_some_and(|e| e.ty == SqlType::BigInt);
    Ok(Value::Text(if wide {
        format!("{:x}", n as u64)
    } else {
        format!("{:x}", n as i32 as u32)
    }))
}

/// `concat_ws(separator, "any"...)`: unknown literals read as text.
pub(super) fn bind_concat_ws(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
    // The separator, then at least one variadic argument.
    if types.len() < 2 {
        return Err(PgError::undefined_function(
            name,
            &types.iter().map(SqlType::base_name).collect::<Vec<_>>(),
        ));
    }
    let mut args = args.into_iter();
    let first = match args.next() {
        Some(f) if matches!(f.ty.category(), Category::String | Category::Unknown) => f,
        _ => return Err(builtins::no_function(name, &types)),
    };
    let mut bound = vec![scope.text_arg(first, name)?];
    // `"any"` keeps an unknown literal unknown (printed back without a cast).
    bound.extend(args);
    Ok((bound, SqlType::Text))
}

/// The arguments after the separator, NULLs skipped, joined by it (NULL separator:
/// NULL).
pub(super) fn concat_ws(a: Args) -> Result<Value, PgError> {
    let Some(separator) = a.text(0) else {
        return Ok(Value::Null);
    };
    let parts: Vec<String> = a
        .exprs
        .iter()
        .zip(&a.values)
        .skip(1)
        .filter_map(|(e, v)| v.output(&e.ty))
        .collect();
    Ok(Value::Text(parts.join(separator)))
}
