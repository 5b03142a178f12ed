//! The regular-expression functions: `regexp_replace`, `regexp_match`, `regexp_count`,
//! `regexp_like`, `regexp_substr`, `regexp_instr`, `substring(text FROM pattern)` and
//! `substring(text SIMILAR pattern ESCAPE e)`, and the escape rewriters the binder puts
//! under `SIMILAR TO` and `LIKE ... ESCAPE` (`similar_to_escape`, `like_escape`), as
//! PostgreSQL's `regexp.c` and `like.c` answer them (argument checks in its order, its
//! 22023 texts). Matching itself is `crate::regex`'s.
//!
//! `regexp_matches` returns a set: `regexp_matches.rs` computes its rows, for
//! `expr::query::srf`.

use super::{Args, Bound};
use crate::builtins;
use crate::error::PgError;
use crate::expr::{Expr, Scope};
use crate::regex::{self, Match};
use crate::types::{CastContext, Category, SqlType};
use crate::value::{array::Array, Value};

/// A parameter's type in a signature.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Param {
    Text,
    Int,
}
use Param::{Int, Text};

/// Each function's signatures (`pg_proc`), as many as it has argument counts; two of
/// one count are told apart by whether the fourth argument is an integer.
fn signatures(name: &str) -> &'static [&'static [Param]] {
    match name {
        "regexp_replace" => &[
            &[Text, Text, Text],
            &[Text, Text, Text, Int],
            &[Text, Text, Text, Text],
            &[Text, Text, Text, Int, Int],
            &[Text, Text, Text, Int, Int, Text],
        ],
        "regexp_match" | "regexp_like" | "regexp_split_to_array" => {
            &[&[Text, Text], &[Text, Text, Text]]
        }
        "regexp_count" => &[&[Text, Text], &[Text, Text, Int], &[Text, Text, Int, Text]],
        "regexp_substr" => &[
            &[Text, Text],
            &[Text, Text, Int],
            &[Text, Text, Int, Int],
            &[Text, Text, Int, Int, Text],
            &[Text, Text, Int, Int, Text, Int],
        ],
        "regexp_instr" => &[
            &[Text, Text],
            &[Text, Text, Int],
            &[Text, Text, Int, Int],
            &[Text, Text, Int, Int, Int],
            &[Text, Text, Int, Int, Int, Text],
            &[Text, Text, Int, Int, Int, Text, Int],
        ],
        "split_part" => &[&[Text, Text, Int]],
        "lpad" | "rpad" => &[&[Text, Int], &[Text, Int, Text]],
        _ => &[],
    }
}

/// Binds a call by [`signatures`]: text parameters take a string or an unknown literal,
/// integer ones an int2/int4 or an unknown literal; anything else is PostgreSQL's 42883.
fn bind_signature(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Vec<Expr>, PgError> {
    let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
    let fourth_is_int = matches!(
        types.get(3),
        Some(SqlType::SmallInt | SqlType::Integer | SqlType::BigInt)
    );
    let candidates: Vec<&[Param]> = signatures(name)
        .iter()
        .copied()
        .filter(|s| s.len() == args.len())
        .collect();
    let params = match candidates.as_slice() {
        [one] => *one,
        [..] if candidates.len() > 1 => candidates
            .iter()
            .copied()
            .find(|s| (s[3] == Int) == fourth_is_int)
            .unwrap_or(candidates[0]),
        _ => return Err(builtins::no_function(name, &types)),
    };
    let fits = |p: &Param, t: &SqlType| match (p, t.category()) {
        (_, Category::Unknown) => true,
        (Text, Category::String) => *t != SqlType::Citext,
        (Int, _) => matches!(t, SqlType::SmallInt | SqlType::Integer),
        _ => false,
    };
    if !params.iter().zip(&types).all(|(p, t)| fits(p, t)) {
        return Err(builtins::no_function(name, &types));
    }
    args.into_iter()
        .zip(params)
        .map(|(a, p)| {
            let ty = match p {
                Text => SqlType::Text,
                Int => SqlType::Integer,
            };
            scope.coerce(a, &ty, CastContext::Implicit)
        })
        .collect()
}

/// The binder of a function whose result is text.
pub(super) fn bind_to_text(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    Ok((bind_signature(scope, name, args)?, SqlType::Text))
}

/// The binder of a function whose result is an integer.
pub(super) fn bind_to_integer(
    scope: &Scope,
    name: &str,
    args: Vec<Expr>,
) -> Result<Bound, PgError> {
    Ok((bind_signature(scope, name, args)?, SqlType::Integer))
}

/// The binder of `regexp_like`.
pub(super) fn bind_to_boolean(
    scope: &Scope,
    name: &str,
    args: Vec<Expr>,
) -> Result<Bound, PgError> {
    Ok((bind_signature(scope, name, args)?, SqlType::Boolean))
}

/// The binder of `regexp_match`: `text[]`.
pub(super) fn bind_to_text_array(
    scope: &Scope,
    name: &str,
    args: Vec<Expr>,
) -> Result<Bound, PgError> {
    Ok((
        bind_signature(scope, name, args)?,
        SqlType::Array(Box::new(SqlType::Text)),
    ))
}

/// A flags argument read as PostgreSQL's `parse_re_flags` reads it.
pub(super) struct Flags {
    pub(super) global: bool,
    pub(super) case_insensitive: bool,
    /// `q`: the pattern is a literal string.
    literal: bool,
}

pub(super) fn flags(text: &str) -> Result<Flags, PgError> {
    let mut f = Flags {
        global: false,
        case_insensitive: false,
        literal: false,
    };
    for c in text.chars() {
        match c {
            'g' => f.global = true,
            'i' => f.case_insensitive = true,
            'c' => f.case_insensitive = false,
            'q' => f.literal = true,
            // The defaults: not newline-sensitive, tight syntax.
            's' | 't' => {}
            'b' | 'e' | 'm' | 'n' | 'p' | 'w' | 'x' => {
                return Err(PgError::unsupported(format!(
                    "the regular-expression option \"{c}\""
                )))
            }
            c => {
                return Err(PgError::new(
                    "22023",
                    format!("invalid regular expression option: \"{c}\""),
                ))
            }
        }
    }
    Ok(f)
}

/// 22023 for a function that takes no `g`.
fn no_global(function: &str, f: &Flags) -> Result<(), PgError> {
    if f.global {
        return Err(PgError::new(
            "22023",
            format!("{function}() does not support the \"global\" option"),
        ));
    }
    Ok(())
}

/// 22023 `invalid value for parameter "name": n`.
fn invalid_parameter(name: &str, n: i64) -> PgError {
    PgError::new(
        "22023",
        format!("invalid value for parameter \"{name}\": {n}"),
    )
}

/// The pattern as the ARE matched: a `q` pattern with every punctuation mark escaped.
pub(super) fn are(pattern: &str, f: &Flags) -> String {
    if !f.literal {
        return pattern.to_string();
    }
    let mut out = String::new();
    for c in pattern.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The byte offset of 1-based character position `start` (the length past the end).
fn byte_offset(s: &str, start: i64) -> Option<usize> {
    let skip = usize::try_from(start - 1).ok()?;
    if skip == 0 {
        return Some(0);
    }
    s.char_indices()
        .nth(skip)
        .map(|(b, _)| b)
        .or_else(|| (s.chars().count() == skip).then_some(s.len()))
}

/// The 1-based character position of byte offset `b`.
fn char_position(s: &str, b: usize) -> i64 {
    s[..b].chars().count() as i64 + 1
}

/// Every match of `pattern` in `s` from character `start` on (the first only unless
/// `all`).
pub(super) fn matches_from(
    s: &str,
    pattern: &str,
    ci: bool,
    start: i64,
    all: bool,
    captures: bool,
) -> Result<Vec<Match>, PgError> {
    let compiled = regex::compile(pattern, ci)?;
    let Some(from) = byte_offset(s, start) else {
        return Ok(Vec::new());
    };
    if all {
        compiled.find_all(s, pattern, from, captures)
    } else {
        Ok(compiled
            .find_at(s, pattern, from, captures)?
            .into_iter()
            .collect())
    }
}

/// The replacement text for one match: `\1`..`\9` groups, `\&` the match, `\\` one
/// backslash, any other backslash kept.
fn substitute(out: &mut String, replacement: &str, s: &str, m: &Match) {
    let mut chars = replacement.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek().copied() {
            Some(d @ '1'..='9') => {
                chars.next();
                let i = d as usize - '1' as usize;
                if let Some(Some((a, b))) = m.groups.get(i) {
                    out.push_str(&s[*a..*b]);
                }
            }
            Some('&') => {
                chars.next();
                out.push_str(&s[m.start..m.end]);
            }
            Some('\\') => {
                chars.next();
                out.push('\\');
            }
            _ => out.push('\\'),
        }
    }
}

/// `regexp_replace(source, pattern, replacement [, start [, N]] [, flags])`.
pub(super) fn regexp_replace(a: Args) -> Result<Value, PgError> {
    let (s, pattern, replacement) = (
        a.text(0).unwrap_or_default(),
        a.text(1).unwrap_or_default(),
        a.text(2).unwrap_or_default(),
    );
    let int_form = matches!(a.values.get(3), Some(Value::Int(_)));
    let start = if int_form { a.int(3).unwrap_or(1) } else { 1 };
    if start <= 0 {
        return Err(invalid_parameter("start", start));
    }
    let n = a.int(4);
    if let Some(n) = n.filter(|n| *n < 0) {
        return Err(invalid_parameter("n", n));
    }
    let flag_text = if int_form { a.text(5) } else { a.text(3) };
    let f = flags(flag_text.unwrap_or_default())?;
    // Without N, `g` replaces every match and its absence the first.
    let n = n.unwrap_or(if f.global { 0 } else { 1 });
    let pattern = are(pattern, &f);
    let captures = replacement.contains('\\');
    let found = matches_from(s, &pattern, f.case_insensitive, start, n != 1, captures)?;
    let mut out = String::new();
    let mut copied = 0;
    for (i, m) in found.iter().enumerate() {
        if n != 0 && i as i64 + 1 != n {
            continue;
        }
        out.push_str(&s[copied..m.start]);
        substitute(&mut out, replacement, s, m);
        copied = m.end;
    }
    out.push_str(&s[copied..]);
    Ok(Value::Text(out))
}

/// The text of a match or of one of its groups (`None` for a group that took no
/// part).
pub(super) fn group_text(s: &str, m: &Match, group: usize) -> Option<String> {
    if group == 0 {
        return Some(s[m.start..m.end].to_string());
    }
    m.groups
        .get(group - 1)
        .copied()
        .flatten()
        .map(|(a, b)| s[a..b].to_string())
}

/// `regexp_match(string, pattern [, flags])`.
pub(super) fn regexp_match(a: Args) -> Result<Value, PgError> {
    let (s, pattern) = (a.text(0).unwrap_or_default(), a.text(1).unwrap_or_default());
    let f = flags(a.text(2).unwrap_or_default())?;
    if let Err(e) = no_global("regexp_match", &f) {
        return Err(e.hint("Use the regexp_matches function instead."));
    }
    let pattern = are(pattern, &f);
    let groups = regex::compile(&pattern, f.case_insensitive)?.groups();
    let Some(m) = matches_from(s, &pattern, f.case_insensitive, 1, false, true)?
        .into_iter()
        .next()
    else {
        return Ok(Value::Null);
    };
    let elements: Vec<Value> = if groups == 0 {
        vec![Value::Text(s[m.start..m.end].to_string())]
    } else {
        (1..=groups)
            .map(|g| group_text(s, &m, g).map_or(Value::Null, Value::Text))
            .collect()
    };
    Ok(Value::Array(Box::new(Array::from_elements(elements))))
}

/// `regexp_split_to_array(string, pattern [, flags])`: the pieces
/// `regexp_split_to_table` returns, as one `text[]` (never empty: a subject with no
/// match is one piece).
pub(super) fn regexp_split_to_array(a: Args) -> Result<Value, PgError> {
    let (s, pattern) = (a.text(0).unwrap_or_default(), a.text(1).unwrap_or_default());
    let f = flags(a.text(2).unwrap_or_default())?;
    no_global("regexp_split_to_array", &f)?;
    let pattern = are(pattern, &f);
    let elements: Vec<Value> = regex::split(s, &pattern, f.case_insensitive)?
        .into_iter()
        .map(Value::Text)
        .collect();
    Ok(Value::Array(Box::new(Array::from_elements(elements))))
}

/// `regexp_count(string, pattern [, start [, flags]])`.
pub(super) fn regexp_count(a: Args) -> Result<Value, PgError> {
    let (s, pattern) = (a.text(0).unwrap_or_default(), a.text(1).unwrap_or_default());
    let start = a.int(2).unwrap_or(1);
    if start <= 0 {
        return Err(invalid_parameter("start", start));
    }
    let f = flags(a.text(3).unwrap_or_default())?;
    no_global("regexp_count", &f)?;
    let pattern = are(pattern, &f);
    let found = matches_from(s, &pattern, f.case_insensitive, start, true, false)?;
    Ok(Value::Int(found.len() as i64))
}

/// `regexp_like(string, pattern [, flags])`.
pub(super) fn regexp_like(a: Args) -> Result<Value, PgError> {
    let (s, pattern) = (a.text(0).unwrap_or_default(), a.text(1).unwrap_or_default());
    let f = flags(a.text(2).unwrap_or_default())?;
    no_global("regexp_like", &f)?;
    let pattern = are(pattern, &f);
    let compiled = regex::compile(&pattern, f.case_insensitive)?;
    Ok(Value::Bool(compiled.is_match(s, &pattern)?))
}

/// The `N`th match from `start` (regexp_substr and regexp_instr), checked as
/// PostgreSQL checks those arguments.
struct Nth {
    start: i64,
    n: i64,
    flags: Flags,
    subexpr: usize,
}

fn nth_match(s: &str, pattern: &str, nth: &Nth) -> Result<Option<Match>, PgError> {
    let pattern = are(pattern, &nth.flags);
    let found = matches_from(
        s,
        &pattern,
        nth.flags.case_insensitive,
        nth.start,
        true,
        nth.subexpr > 0,
    )?;
    Ok(usize::try_from(nth.n - 1)
        .ok()
        .and_then(|i| found.into_iter().nth(i)))
}

/// `regexp_substr(string, pattern [, start [, N [, flags [, subexpr]]]])`.
pub(super) fn regexp_substr(a: Args) -> Result<Value, PgError> {
    let (s, pattern) = (a.text(0).unwrap_or_default(), a.text(1).unwrap_or_default());
    let start = a.int(2).unwrap_or(1);
    if start <= 0 {
        return Err(invalid_parameter("start", start));
    }
    let n = a.int(3).unwrap_or(1);
    if n <= 0 {
        return Err(invalid_parameter("n", n));
    }
    let subexpr = a.int(5).unwrap_or(0);
    if subexpr < 0 {
        return Err(invalid_parameter("subexpr", subexpr));
    }
    let f = flags(a.text(4).unwrap_or_default())?;
    no_global("regexp_substr", &f)?;
    let groups = regex::compile(&are(pattern, &f), f.case_insensitive)?.groups();
    if subexpr as usize > groups {
        return Ok(Value::Null);
    }
    let nth = Nth {
        start,
        n,
        flags: f,
        subexpr: subexpr as usize,
    };
    Ok(nth_match(s, pattern, &nth)?
        .and_then(|m| group_text(s, &m, nth.subexpr))
        .map_or(Value::Null, Value::Text))
}

/// `regexp_instr(string, pattern [, start [, N [, endoption [, flags [, subexpr]]]]])`.
pub(super) fn regexp_instr(a: Args) -> Result<Value, PgError> {
    let (s, pattern) = (a.text(0).unwrap_or_default(), a.text(1).unwrap_or_default());
    let start = a.int(2).unwrap_or(1);
    if start <= 0 {
        return Err(invalid_parameter("start", start));
    }
    let n = a.int(3).unwrap_or(1);
    if n <= 0 {
        return Err(invalid_parameter("n", n));
    }
    let end_option = a.int(4).unwrap_or(0);
    if end_option != 0 && end_option != 1 {
        return Err(invalid_parameter("endoption", end_option));
    }
    let subexpr = a.int(6).unwrap_or(0);
    if subexpr < 0 {
        return Err(invalid_parameter("subexpr", subexpr));
    }
    let f = flags(a.text(5).unwrap_or_default())?;
    no_global("regexp_instr", &f)?;
    let groups = regex::compile(&are(pattern, &f), f.case_insensitive)?.groups();
    if subexpr as usize > groups {
        return Ok(Value::Int(0));
    }
    let nth = Nth {
        start,
        n,
        flags: f,
        subexpr: subexpr as usize,
    };
    let span = nth_match(s, pattern, &nth)?.and_then(|m| {
        if nth.subexpr == 0 {
            Some((m.start, m.end))
        } else {
            m.groups.get(nth.subexpr - 1).copied().flatten()
        }
    });
    Ok(Value::Int(match span {
        None => 0,
        Some((a, _)) if end_option == 0 => char_position(s, a),
        Some((_, b)) => char_position(s, b),
    }))
}

/// `substring(text, integer [, integer])`, `substring(text, text)` (a POSIX pattern)
/// or `substring(text, text, text)` (a SQL pattern and its escape): a text second
/// argument (or an unknown literal, as PostgreSQL prefers text) is a pattern.
pub(super) fn bind_substring(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
    let pattern = matches!(
        types.get(1).map(SqlType::category),
        Some(Category::String | Category::Unknown)
    );
    let mut bound = Vec::new();
    for (i, a) in args.into_iter().enumerate() {
        let category = a.ty.category();
        bound.push(match (i, pattern, category) {
            (0, ..) | (_, true, Category::String | Category::Unknown) => scope.text_arg(a, name)?,
            (_, false, _)
                if matches!(a.ty, SqlType::SmallInt | SqlType::Integer)
                    || category == Category::Unknown =>
            {
                scope.coerce(a, &SqlType::Integer, CastContext::Implicit)?
            }
            _ => return Err(builtins::no_function(name, &types)),
        });
    }
    Ok((bound, SqlType::Text))
}

/// Evaluates the forms [`bind_substring`] bound.
pub(super) fn substring(a: Args) -> Result<Value, PgError> {
    match (a.values.get(1), a.values.len()) {
        (Some(Value::Text(_)), 2) => substring_regex(a),
        (Some(Value::Text(_)), _) => substring_similar(a),
        _ => super::text::substr(a),
    }
}

/// `substring(string FROM pattern)`: the first group's text when the pattern has
/// groups, else the match's; NULL when nothing matches.
fn substring_regex(a: Args) -> Result<Value, PgError> {
    let (s, pattern) = (a.text(0).unwrap_or_default(), a.text(1).unwrap_or_default());
    let groups = regex::compile(pattern, false)?.groups();
    let found = matches_from(s, pattern, false, 1, false, groups > 0)?;
    Ok(found
        .first()
        .and_then(|m| group_text(s, m, usize::from(groups > 0)))
        .map_or(Value::Null, Value::Text))
}

/// `substring(string SIMILAR pattern ESCAPE escape)` (also `FROM pattern FOR escape`).
fn substring_similar(a: Args) -> Result<Value, PgError> {
    let (s, pattern) = (a.text(0).unwrap_or_default(), a.text(1).unwrap_or_default());
    Ok(regex::similar_substring(s, pattern, a.text(2))?.map_or(Value::Null, Value::Text))
}

/// `similar_to_escape(pattern [, escape])`: the ARE `SIMILAR TO` matches by.
pub(super) fn similar_to_escape(a: Args) -> Result<Value, PgError> {
    let pattern = a.text(0).unwrap_or_default();
    Ok(Value::Text(regex::similar_to_are(pattern, a.text(1))?))
}

/// `like_escape(pattern, escape)`: the pattern rewritten to LIKE's default escape
/// (backslash), as `like.c`'s `do_like_escape`.
pub(super) fn like_escape(a: Args) -> Result<Value, PgError> {
    let (pattern, escape) = (a.text(0).unwrap_or_default(), a.text(1).unwrap_or_default());
    let mut chars = escape.chars();
    let e = match (chars.next(), chars.next()) {
        (None, _) => return Ok(Value::Text(pattern.replace('\\', "\\\\"))),
        (Some(e), None) => e,
        _ => {
            return Err(PgError::new("22025", "invalid escape string")
                .hint("Escape string must be empty or one character."))
        }
    };
    if e == '\\' {
        return Ok(Value::Text(pattern.to_string()));
    }
    let mut out = String::new();
    let mut after_escape = false;
    for c in pattern.chars() {
        if c == e && !after_escape {
            out.push('\\');
            after_escape = true;
        } else if c == '\\' {
            out.push('\\');
            if !after_escape {
                out.push('\\');
            }
            after_escape = false;
        } else {
            out.push(c);
            after_escape = false;
        }
    }
    Ok(Value::Text(out))
}
