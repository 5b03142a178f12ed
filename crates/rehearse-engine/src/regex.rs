//! PostgreSQL's regular-expression match operators (`~`, `~*`, `!~`, `!~*`) for the
//! patterns whose meaning PostgreSQL's ARE dialect and `regex-lite` share.
//!
//! **Invariant:** a pattern is matched here only when both engines read it the same
//! way; anything else is refused as unsupported, never answered differently. Shared:
//! literals, `.`, anchors, alternation, groups, `* + ? {m,n}` (greedy or not: a match
//! test does not depend on greediness), bracket expressions with ranges and `[:class:]`
//! names, and the escapes `\d \D \s \S \w \W \n \t \r` and escaped punctuation.
//! Refused: other letter escapes (`\b` is a backspace in PostgreSQL but a word boundary
//! in Rust; `\y`, `\m`, `\A`, `\Z`, back references), `(?` groups, `***` directors,
//! class set operations (`&&`, `--`, `~~` mean something only in Rust), patterns
//! `regex-lite` rejects, and, on non-ASCII text, classes and case folding (PostgreSQL
//! follows the locale; `regex-lite` is ASCII-only).
//!
//! In PostgreSQL's default (not newline-sensitive) mode `.` and `[^x]` match a newline
//! and `^`/`$` anchor only at the ends of the string: `(?s)` without `(?m)`.

use crate::error::PgError;
use regex_lite::{Regex, RegexBuilder};
use std::cell::RefCell;

/// The longest pattern compiled (longer ones are refused as unsupported).
const MAX_PATTERN: usize = 10_000;

/// Why a pattern cannot be matched here, if it cannot.
fn refusal(pattern: &str) -> Option<&'static str> {
    if pattern.len() > MAX_PATTERN {
        return Some("a regular expression this long");
    }
    if pattern.starts_with("***") || pattern.contains("(?") {
        return Some("this regular-expression syntax");
    }
    if ["&&", "--", "~~"].iter().any(|s| pattern.contains(s)) {
        return Some("this regular-expression syntax");
    }
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('d' | 'D' | 's' | 'S' | 'w' | 'W' | 'n' | 't' | 'r') => {}
                Some(c) if c.is_ascii_punctuation() => {}
                _ => return Some("this regular-expression escape"),
            }
        }
    }
    None
}

/// Whether the pattern reads characters by class or case, which follows the locale.
fn locale_dependent(pattern: &str, case_insensitive: bool) -> bool {
    case_insensitive
        || pattern.contains('[')
        || ["\\d", "\\D", "\\s", "\\S", "\\w", "\\W"]
            .iter()
            .any(|e| pattern.contains(e))
}

thread_local! {
    /// The last pattern compiled: a statement usually matches every row against one.
    static LAST: RefCell<Option<(String, bool, Regex)>> = const { RefCell::new(None) };
}

fn compiled(pattern: &str, case_insensitive: bool) -> Result<Regex, PgError> {
    if let Some(re) = LAST.with(|last| {
        last.borrow()
            .as_ref()
            .filter(|(p, ci, _)| p == pattern && *ci == case_insensitive)
            .map(|(_, _, re)| re.clone())
    }) {
        return Ok(re);
    }
    if let Some(what) = refusal(pattern) {
        return Err(PgError::unsupported(what));
    }
    let re = RegexBuilder::new(pattern)
        .dot_matches_new_line(true)
        .case_insensitive(case_insensitive)
        .build()
        .map_err(|_| PgError::unsupported(format!("the regular expression '{pattern}'")))?;
    LAST.with(|last| {
        *last.borrow_mut() = Some((pattern.to_string(), case_insensitive, re.clone()));
    });
    Ok(re)
}

/// `subject ~ pattern` (`~*` when `case_insensitive`).
pub fn matches(subject: &str, pattern: &str, case_insensitive: bool) -> Result<bool, PgError> {
    if !(subject.is_ascii() && pattern.is_ascii()) && locale_dependent(pattern, case_insensitive) {
        return Err(PgError::unsupported(
            "a locale-dependent regular expression on non-ASCII text",
        ));
    }
    Ok(compiled(pattern, case_insensitive)?.is_match(subject))
}

/// `regexp_split_to_table(subject, pattern)`: the pieces between matches, skipping
/// the zero-length matches PostgreSQL ignores (at the start, at the end, right after
/// the previous match).
pub fn split(subject: &str, pattern: &str, case_insensitive: bool) -> Result<Vec<String>, PgError> {
    if !(subject.is_ascii() && pattern.is_ascii()) && locale_dependent(pattern, case_insensitive) {
        return Err(PgError::unsupported(
            "a locale-dependent regular expression on non-ASCII text",
        ));
    }
    let re = compiled(pattern, case_insensitive)?;
    let mut pieces = Vec::new();
    let mut previous_end = 0;
    let mut search = 0;
    while search <= subject.len() {
        let Some(m) = re.find_at(subject, search) else {
            break;
        };
        if m.start() < subject.len() && m.end() > previous_end {
            pieces.push(subject[previous_end..m.start()].to_string());
            previous_end = m.end();
        }
        search = if m.start() == m.end() {
            // The next character boundary.
            subject[m.end()..]
                .chars()
                .next()
                .map_or(subject.len() + 1, |c| m.end() + c.len_utf8())
        } else {
            m.end()
        };
    }
    pieces.push(subject[previous_end..].to_string());
    Ok(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_syntax_matches_as_postgres_does() {
        assert_eq!(matches("42", "^[0-9]+$", false), Ok(true));
        assert_eq!(matches("n/a", "^[0-9]+$", false), Ok(false));
        assert_eq!(matches("a\nb", "a.b", false), Ok(true));
        assert_eq!(matches("x\n", "x$", false), Ok(false));
        assert_eq!(matches("a\nb", "^b", false), Ok(false));
        assert_eq!(matches("ABC", "^abc$", true), Ok(true));
        assert_eq!(
            matches("a@b.io", "^[^@]+@[^@]+\\.[a-z]{2,}$", false),
            Ok(true)
        );
        assert_eq!(matches("a1", "[[:digit:]]", false), Ok(true));
    }

    #[test]
    fn differing_syntax_is_refused() {
        for p in [
            "\\bword", "(?i)x", "\\y", "(a)\\1", "***=x", "[a&&b]", "[[:<:]]x",
        ] {
            let e = matches("word", p, false).expect_err(p);
            assert!(e.unsupported.is_some(), "{p}");
        }
        assert!(matches("é", "\\w", false).is_err());
        assert_eq!(matches("é", "é", false), Ok(true));
    }
}
