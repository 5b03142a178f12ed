//! The `unaccent` extension's `unaccent(text)` and `unaccent('unaccent', text)`:
//! PostgreSQL's `unaccent.rules` (the file PostgreSQL 18 installs under
//! `tsearch_data`, copied from PGlite's contrib bundle and checked there), read as
//! `unaccent.c`'s `initTrie` reads it, applied as `unaccent_dict` applies it.
//!
//! The file is embedded as shipped (17 KB raw, about 9 KB gzipped in the page's wasm)
//! and parsed into a sorted table on first use. **Invariant:** every source in the
//! file is one character (a test checks), so the longest match `unaccent_dict` looks
//! for is a lookup of the character at hand; a character without a rule is copied.
//!
//! `unaccent` is STABLE in PostgreSQL (its dictionary could change), so it is never
//! folded and an index expression using it is PostgreSQL's 42P17.

use super::{Args, Bound};
use crate::error::PgError;
use crate::expr::{Expr, Node, Scope};
use crate::types::SqlType;
use crate::value::Value;
use std::sync::OnceLock;

/// PostgreSQL's `contrib/unaccent/unaccent.rules`, byte for byte.
const RULES: &str = include_str!("unaccent.rules");

/// The rules, sorted by source character: (source, replacement).
fn rules() -> &'static [(char, String)] {
    static TABLE: OnceLock<Vec<(char, String)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: Vec<(char, String)> = RULES.lines().filter_map(parse_line).collect();
        // `initTrie` warns of a duplicate source and keeps the first: a stable sort,
        // then the first of each run.
        table.sort_by_key(|(c, _)| *c);
        table.dedup_by_key(|(c, _)| *c);
        table
    })
}

/// One line as `initTrie`'s state machine reads it: a source (non-space characters),
/// whitespace, then an optional target, either bare (non-space characters) or in
/// double quotes with `""` for a quote. No target deletes the source. `None` for a
/// blank line or a source of other than one character (none in the file).
fn parse_line(line: &str) -> Option<(char, String)> {
    let line = line.trim_start();
    let src_end = line.find(char::is_whitespace).unwrap_or(line.len());
    let mut src = line[..src_end].chars();
    let (Some(c), None) = (src.next(), src.next()) else {
        return None;
    };
    let rest = line[src_end..].trim_start();
    let target = if let Some(quoted) = rest.strip_prefix('"') {
        let mut out = String::new();
        let mut chars = quoted.chars().peekable();
        while let Some(ch) = chars.next() {
            if ch == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    out.push('"');
                } else {
                    break;
                }
            } else {
                out.push(ch);
            }
        }
        out
    } else {
        rest.split(char::is_whitespace)
            .next()
            .unwrap_or_default()
            .to_string()
    };
    Some((c, target))
}

/// `unaccent_dict`: each character replaced by its rule's target, else copied.
pub(super) fn apply(text: &str) -> String {
    let table = rules();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match table.binary_search_by_key(&c, |(s, _)| *s) {
            Ok(i) => out.push_str(&table[i].1),
            Err(_) => out.push(c),
        }
    }
    out
}

/// `unaccent(text)` or `unaccent(regdictionary, text)`: the dictionary must be the
/// extension's own, named by a literal (`'unaccent'` or `'public.unaccent'`); any
/// other dictionary (PostgreSQL's 42704 when it does not exist, another dictionary's
/// rules when it does) is refused.
pub(super) fn bind(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let mut args = args;
    if args.len() == 2 {
        let dictionary = args.remove(0);
        let named = match (&dictionary.node, &dictionary.ty) {
            (Node::Const(Value::Text(s)), SqlType::Unknown) => Some(s.as_str()),
            _ => None,
        };
        if !matches!(named, Some("unaccent" | "public.unaccent")) {
            return Err(PgError::unsupported(
                "unaccent() with a dictionary other than 'unaccent'",
            ));
        }
    }
    let text = args
        .into_iter()
        .map(|a| scope.text_arg(a, name))
        .collect::<Result<_, _>>()?;
    Ok((text, SqlType::Text))
}

pub(super) fn unaccent(a: Args) -> Result<Value, PgError> {
    Ok(Value::Text(apply(a.text(0).unwrap_or_default())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_reads_and_sources_are_single_characters() {
        let lines = RULES.lines().filter(|l| !l.trim().is_empty()).count();
        assert_eq!(rules().len(), lines);
        assert_eq!(
            apply("São Paulo, Zürich, Montréal"),
            "Sao Paulo, Zurich, Montreal"
        );
        // A quoted target keeps its leading space; `""""` is one quote.
        assert_eq!(apply("½ “x”"), " 1/2 \"x\"");
        // A rule without a target deletes its source (combining accents).
        assert_eq!(apply("e\u{301}"), "e");
        assert_eq!(apply("Æsir ß ﬁ"), "AEsir ss fi");
    }
}
