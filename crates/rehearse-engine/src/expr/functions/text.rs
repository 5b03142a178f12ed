//! String functions: `lower`, `upper`, `initcap`, the trims, `length`, `strpos`,
//! `replace`, `substr`, `left`, `right`, `repeat`, `concat` (`md5` is `hashes`').
//!
//! Lengths and positions count characters, not bytes, as PostgreSQL's do in UTF-8.

use super::{Args, Bound};
use crate::error::PgError;
use crate::expr::{Expr, Scope};
use crate::types::SqlType;
use crate::value::Value;

pub(super) fn lower(a: Args) -> Result<Value, PgError> {
    Ok(Value::Text(a.text(0).unwrap_or_default().to_lowercase()))
}

pub(super) fn upper(a: Args) -> Result<Value, PgError> {
    Ok(Value::Text(a.text(0).unwrap_or_default().to_uppercase()))
}

/// The first letter of each word upper case, the rest lower case; a word is a run of
/// letters and digits.
pub(super) fn initcap(a: Args) -> Result<Value, PgError> {
    let mut out = String::new();
    let mut start = true;
    for c in a.text(0).unwrap_or_default().chars() {
        if c.is_alphanumeric() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            start = false;
        } else {
            out.push(c);
            start = true;
        }
    }
    Ok(Value::Text(out))
}

/// Which ends a trim takes characters from.
enum Ends {
    Leading,
    Trailing,
    Both,
}

/// Removes the characters of the second argument (a space when there is none).
fn trim(a: &Args, ends: Ends) -> Value {
    let set: Vec<char> = a.text(1).unwrap_or(" ").chars().collect();
    let s = a.text(0).unwrap_or_default();
    let trimmed = match ends {
        Ends::Leading => s.trim_start_matches(set.as_slice()),
        Ends::Trailing => s.trim_end_matches(set.as_slice()),
        Ends::Both => s.trim_matches(set.as_slice()),
    };
    Value::Text(trimmed.to_string())
}

pub(super) fn btrim(a: Args) -> Result<Value, PgError> {
    Ok(trim(&a, Ends::Both))
}

pub(super) fn ltrim(a: Args) -> Result<Value, PgError> {
    Ok(trim(&a, Ends::Leading))
}

pub(super) fn rtrim(a: Args) -> Result<Value, PgError> {
    Ok(trim(&a, Ends::Trailing))
}

pub(super) fn length(a: Args) -> Result<Value, PgError> {
    Ok(Value::Int(
        a.text(0).unwrap_or_default().chars().count() as i64
    ))
}

/// The 1-based character position of the second argument in the first; 0 if absent.
pub(super) fn strpos(a: Args) -> Result<Value, PgError> {
    if let (Some(Value::Bytes(hay)), Some(Value::Bytes(needle))) =
        (a.values.first(), a.values.get(1))
    {
        return Ok(super::bytes::position(hay, needle));
    }
    let (hay, needle) = (a.text(0).unwrap_or_default(), a.text(1).unwrap_or_default());
    Ok(Value::Int(
        hay.find(needle)
            .map_or(0, |b| hay[..b].chars().count() as i64 + 1),
    ))
}

pub(super) fn replace(a: Args) -> Result<Value, PgError> {
    let from = a.text(1).unwrap_or_default();
    let s = a.text(0).unwrap_or_default();
    Ok(Value::Text(if from.is_empty() {
        // An empty pattern matches nowhere (Rust's `replace` would match everywhere).
        s.to_string()
    } else {
        s.replace(from, a.text(2).unwrap_or_default())
    }))
}

/// `substr(s, start [, count])`: positions before 1 still count towards `count`.
pub(super) fn substr(a: Args) -> Result<Value, PgError> {
    if let Some(Value::Bytes(b)) = a.values.first() {
        return super::bytes::substr_bytes(b, a.int(1).unwrap_or(1), a.int(2));
    }
    let s: Vec<char> = a.text(0).unwrap_or_default().chars().collect();
    let range = substr_range(a.int(1).unwrap_or(1), a.int(2), s.len())?;
    Ok(Value::Text(s[range].iter().collect()))
}

/// The positions `substr(x, start [, count])` keeps of a value `len` long (characters
/// or bytes): positions before 1 still count towards `count`, a negative count is
/// 22011.
pub(super) fn substr_range(
    start: i64,
    count: Option<i64>,
    len: usize,
) -> Result<std::ops::Range<usize>, PgError> {
    let end = match count {
        Some(count) if count < 0 => {
            return Err(PgError::new(
                "22011",
                "negative substring length not allowed",
            ))
        }
        Some(count) => start.saturating_add(count),
        None => i64::MAX,
    };
    let from = (start.max(1) - 1) as usize;
    let to = (end.max(1) - 1).min(len as i64) as usize;
    Ok(if from < to { from..to } else { 0..0 })
}

/// How many characters `left`/`right` keep: `n`, or all but `-n` when negative.
fn kept(s: &[char], n: i64) -> usize {
    let len = s.len() as i64;
    (if n >= 0 { n.min(len) } else { (len + n).max(0) }) as usize
}

pub(super) fn left(a: Args) -> Result<Value, PgError> {
    let s: Vec<char> = a.text(0).unwrap_or_default().chars().collect();
    let keep = kept(&s, a.int(1).unwrap_or(0));
    Ok(Value::Text(s[..keep].iter().collect()))
}

pub(super) fn right(a: Args) -> Result<Value, PgError> {
    let s: Vec<char> = a.text(0).unwrap_or_default().chars().collect();
    let keep = kept(&s, a.int(1).unwrap_or(0));
    Ok(Value::Text(s[s.len() - keep..].iter().collect()))
}

pub(super) fn repeat(a: Args) -> Result<Value, PgError> {
    let s = a.text(0).unwrap_or_default();
    let n = a.int(1).unwrap_or(0);
    // PostgreSQL's size check, before the allocation.
    crate::limits::repeat_length(s.len(), n)?;
    Ok(Value::Text(s.repeat(n.max(0) as usize)))
}

/// `concat` takes any type (`"any"`): an unknown literal stays unknown (its text is
/// its value; printed back without a cast, as PostgreSQL does).
pub(super) fn bind_concat(_: &Scope, _: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    Ok((args, SqlType::Text))
}

/// Each argument's text output, NULLs skipped; booleans print as `t`/`f` here.
pub(super) fn concat(a: Args) -> Result<Value, PgError> {
    let mut out = String::new();
    for (e, v) in a.exprs.iter().zip(&a.values) {
        if let Value::Bool(b) = v {
            out.push(if *b { 't' } else { 'f' });
        } else if let Some(s) = v.output(&e.ty) {
            out.push_str(&s);
        }
    }
    Ok(Value::Text(out))
}
