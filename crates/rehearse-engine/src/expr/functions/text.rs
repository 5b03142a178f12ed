//! String functions: `lower`, `upper`, `initcap`, the trims, `length`, `strpos`,
//! `replace`, `substr`, `left`, `right`, `repeat`, `concat`, `md5`.
//!
//! Lengths and positions count characters, not bytes, as PostgreSQL's do in UTF-8
//! (`length(bytea)` counts bytes).

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

/// `length(text)`, and `length(bytea)` (bytes): only `length` has the bytea form,
/// `char_length(bytea)` does not exist (the text argument's rule answers for it).
pub(super) fn bind_length(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    if name == "length" && args.len() == 1 && args[0].ty == SqlType::Bytea {
        return Ok((args, SqlType::Integer));
    }
    let args = args
        .into_iter()
        .map(|a| scope.text_arg(a, name))
        .collect::<Result<_, _>>()?;
    Ok((args, SqlType::Integer))
}

/// Characters of a text, bytes of a bytea (`byteaoctetlen`).
pub(super) fn length(a: Args) -> Result<Value, PgError> {
    if let Some(Value::Bytes(b)) = a.values.first() {
        return Ok(Value::Int(b.len() as i64));
    }
    Ok(Value::Int(
        a.text(0).unwrap_or_default().chars().count() as i64
    ))
}

/// The 1-based character position of the second argument in the first; 0 if absent.
pub(super) fn strpos(a: Args) -> Result<Value, PgError> {
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
    let s: Vec<char> = a.text(0).unwrap_or_default().chars().collect();
    let start = a.int(1).unwrap_or(1);
    let end = match a.int(2) {
        Some(len) if len < 0 => {
            return Err(PgError::new(
                "22011",
                "negative substring length not allowed",
            ))
        }
        Some(len) => start.saturating_add(len),
        None => i64::MAX,
    };
    let from = (start.max(1) - 1) as usize;
    let to = (end.max(1) - 1).min(s.len() as i64) as usize;
    Ok(Value::Text(if from < to {
        s[from..to].iter().collect()
    } else {
        String::new()
    }))
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

/// The MD5 digest of the text's UTF-8 bytes, in lower-case hex.
pub(super) fn md5(a: Args) -> Result<Value, PgError> {
    let digest = md5::compute(a.text(0).unwrap_or_default().as_bytes());
    Ok(Value::Text(format!("{digest:x}")))
}
