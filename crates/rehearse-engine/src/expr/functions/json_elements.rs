//! The `json` (not jsonb) element functions: `json_extract_path(_text)` (and the
//! `#>`/`#>>` operators on json), `json_strip_nulls`, and the rows of the
//! set-returning `json_array_elements(_text)`, `json_each(_text)` and
//! `json_object_keys` (bound and run as sets by `expr::query::srf`).
//!
//! A json value keeps its input text: an element or member comes back as written
//! (white space inside it, escapes, number spellings), every member of an object with
//! duplicate keys is a row, in the order written. Keys are compared decoded
//! (`"\u0061"` is `a`). `json_strip_nulls` is the exception PostgreSQL makes: it
//! writes its result anew, without white space, strings re-escaped.
//!
//! Path lookups follow PostgreSQL's streaming parser: every member matching a path
//! step is followed, and the last complete match in document order is the answer
//! (`{"a": {"b": 1}, "a": {"c": 2}} #> '{a,b}'` is `1`).

use super::{Args, Bound};
use crate::error::PgError;
use crate::expr::{Expr, Scope};
use crate::json::Json;
use crate::json_source::items;
use crate::types::SqlType;
use crate::value::Value;

/// A key as written (with its quotes), decoded.
fn decoded_key(raw: &str) -> Result<String, PgError> {
    match crate::json::parse(raw, true)? {
        Json::Str(s) => Ok(s),
        _ => Ok(raw.to_string()),
    }
}

/// A value's text as `->>` gives it: a string decoded, `null` as NULL, anything else
/// as written.
pub(crate) fn as_text(raw: &str) -> Result<Option<String>, PgError> {
    Ok(match raw.as_bytes().first() {
        Some(b'"') => Some(decoded_key(raw)?),
        Some(b'n') if raw == "null" => None,
        _ => Some(raw.to_string()),
    })
}

/// Whether the (trimmed) document is an object, an array or a scalar.
enum Top {
    Object,
    Array,
    Scalar,
}

fn top(text: &str) -> Top {
    match text.trim_start().as_bytes().first() {
        Some(b'{') => Top::Object,
        Some(b'[') => Top::Array,
        _ => Top::Scalar,
    }
}

/// `json_array_elements(_text)`: each element's text as written.
pub(crate) fn array_elements<'t>(text: &'t str, name: &str) -> Result<Vec<&'t str>, PgError> {
    match top(text) {
        Top::Array => Ok(items(text)
            .unwrap_or_default()
            .into_iter()
            .map(|(_, v)| v)
            .collect()),
        Top::Object => Err(PgError::new(
            "22023",
            format!("cannot call {name} on a non-array"),
        )),
        Top::Scalar => Err(PgError::new(
            "22023",
            format!("cannot call {name} on a scalar"),
        )),
    }
}

/// `json_each(_text)`: every member, duplicates included, its key decoded and its
/// value as written.
pub(crate) fn members(text: &str) -> Result<Vec<(String, &str)>, PgError> {
    match top(text) {
        Top::Object => items(text)
            .unwrap_or_default()
            .into_iter()
            .map(|(k, v)| Ok((decoded_key(k.unwrap_or_default())?, v)))
            .collect(),
        Top::Array => Err(PgError::new(
            "22023",
            "cannot deconstruct an array as an object",
        )),
        Top::Scalar => Err(PgError::new("22023", "cannot deconstruct a scalar")),
    }
}

/// `json_object_keys`: every key, duplicates included, decoded.
pub(crate) fn object_keys(text: &str) -> Result<Vec<String>, PgError> {
    match top(text) {
        Top::Object => Ok(members(text)?.into_iter().map(|(k, _)| k).collect()),
        Top::Array => Err(PgError::new(
            "22023",
            "cannot call json_object_keys on an array",
        )),
        Top::Scalar => Err(PgError::new(
            "22023",
            "cannot call json_object_keys on a scalar",
        )),
    }
}

/// A path step read as an array index as PostgreSQL reads it (`strtoint`: leading
/// white space, a sign, digits to the end, within int4), else none.
fn index(step: &str) -> Option<i64> {
    let s = step.trim_start_matches([' ', '\t', '\n', '\r', '\u{b}', '\u{c}']);
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse::<i32>().ok().map(i64::from)
}

/// The text at `path` in `text` (see the module's note on duplicate keys); the whole
/// document, trimmed, for an empty path.
pub(crate) fn at_path<'t>(text: &'t str, path: &[&str]) -> Result<Option<&'t str>, PgError> {
    let Some((step, rest)) = path.split_first() else {
        return Ok(Some(text.trim()));
    };
    match top(text) {
        Top::Object => {
            let mut found = None;
            for (key, value) in items(text).unwrap_or_default() {
                if decoded_key(key.unwrap_or_default())? == *step {
                    if let Some(v) = at_path(value, rest)? {
                        found = Some(v);
                    }
                }
            }
            Ok(found)
        }
        Top::Array => match index(step).and_then(|i| crate::json_source::element(text, i)) {
            Some(element) => at_path(element, rest),
            None => Ok(None),
        },
        Top::Scalar => Ok(None),
    }
}

/// `json #> text[]` / `json #>> text[]` and the extract-path functions: NULL when a
/// step is NULL or the path leads nowhere.
pub(crate) fn extract(
    text: &str,
    path: &[Option<String>],
    as_text_result: bool,
) -> Result<Value, PgError> {
    let Some(steps) = path
        .iter()
        .map(Option::as_deref)
        .collect::<Option<Vec<&str>>>()
    else {
        return Ok(Value::Null);
    };
    Ok(match at_path(text, &steps)? {
        None => Value::Null,
        Some(found) if as_text_result => as_text(found)?.map_or(Value::Null, Value::Text),
        Some(found) => Value::Text(found.to_string()),
    })
}

/// `json_extract_path(json, VARIADIC text[])` and `_text`.
pub(super) fn bind_extract_path(
    scope: &Scope,
    name: &str,
    mut args: Vec<Expr>,
) -> Result<Bound, PgError> {
    let rest = args.split_off(1.min(args.len()));
    let mut bound = super::jsonb_edit::fixed(scope, name, args, &[SqlType::Json])?;
    for a in rest {
        bound.extend(super::jsonb_edit::fixed(
            scope,
            name,
            vec![a],
            &[SqlType::Text],
        )?);
    }
    let ty = if name.ends_with("_text") {
        SqlType::Text
    } else {
        SqlType::Json
    };
    Ok((bound, ty))
}

pub(super) fn extract_path(a: Args) -> Result<Value, PgError> {
    let Some(text) = a.text(0) else {
        return Ok(Value::Null);
    };
    let path: Vec<Option<String>> = a.values[1..]
        .iter()
        .map(|v| match v {
            Value::Text(s) => Some(s.clone()),
            _ => None,
        })
        .collect();
    extract(text, &path, *a.ty == SqlType::Text)
}

/// `json_strip_nulls(json [, strip_in_arrays boolean])`.
pub(super) fn bind_strip_nulls(
    scope: &Scope,
    name: &str,
    args: Vec<Expr>,
) -> Result<Bound, PgError> {
    let bound = super::jsonb_edit::fixed(scope, name, args, &[SqlType::Json, SqlType::Boolean])?;
    Ok((bound, SqlType::Json))
}

pub(super) fn strip_nulls(a: Args) -> Result<Value, PgError> {
    let Some(text) = a.text(0) else {
        return Ok(Value::Null);
    };
    let in_arrays = matches!(a.values.get(1), Some(Value::Bool(true)));
    let mut out = String::new();
    write_stripped(&crate::json::parse(text, false)?, in_arrays, &mut out);
    Ok(Value::Text(out))
}

/// The value without its null members (and, `in_arrays`, null elements), written
/// as PostgreSQL's `json_strip_nulls` writes it: no white space, numbers as written,
/// strings and keys re-escaped.
fn write_stripped(value: &Json, in_arrays: bool, out: &mut String) {
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => out.push_str(n),
        Json::Str(s) => crate::json::write_string(s, out),
        Json::Array(elements) => {
            out.push('[');
            let kept = elements
                .iter()
                .filter(|e| !(in_arrays && matches!(e, Json::Null)));
            for (i, e) in kept.enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_stripped(e, in_arrays, out);
            }
            out.push(']');
        }
        Json::Object(members) => {
            out.push('{');
            let kept = members.iter().filter(|(_, v)| !matches!(v, Json::Null));
            for (i, (k, v)) in kept.enumerate() {
                if i > 0 {
                    out.push(',');
                }
                crate::json::write_string(k, out);
                out.push(':');
                write_stripped(v, in_arrays, out);
            }
            out.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn paths_follow_every_matching_member() {
        // Recorded on PGlite.
        let doc = r#"{"a": {"b":1}, "a": {"c":2}}"#;
        assert_eq!(super::at_path(doc, &["a", "b"]).unwrap(), Some("1"));
        let doc = r#"{"a": {"b":1}, "a": {"b":2}}"#;
        assert_eq!(super::at_path(doc, &["a", "b"]).unwrap(), Some("2"));
        assert_eq!(
            super::at_path("[1,[2, 3 ]]", &["1", "-1"]).unwrap(),
            Some("3")
        );
        assert_eq!(super::at_path("[1, 2]", &[" +1"]).unwrap(), Some("2"));
        assert_eq!(super::at_path("[1, 2]", &["1x"]).unwrap(), None);
        assert_eq!(super::at_path("[1, 2]", &["9999999999"]).unwrap(), None);
        assert_eq!(
            super::at_path(r#" {"a": 1} "#, &[]).unwrap(),
            Some(r#"{"a": 1}"#)
        );
    }
}
