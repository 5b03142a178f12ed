//! PostgreSQL's regular expressions (the `~` operators, the `regexp_*` functions,
//! `substring ... FROM`, `SIMILAR TO`) on `regex-lite`, for the patterns whose meaning
//! both engines share.
//!
//! **Invariant:** a pattern is matched here only when both engines read it the same
//! way (`translate` rewrites PostgreSQL's ARE syntax, raises PostgreSQL's own 2201B
//! errors, and refuses the rest); anything else is refused as unsupported, never
//! answered differently. Character classes follow PGlite's locale (C.UTF-8 on musl:
//! Unicode tables, `locale_classes`); on non-ASCII text, word boundaries and
//! case-insensitive matching of a non-ASCII pattern are refused (PostgreSQL folds case
//! by the locale; `regex-lite` folds ASCII only).
//!
//! Where a match is (not only whether there is one) follows PostgreSQL's rule, not
//! Perl's: the leftmost start (the same in both), then the longest match there (the
//! shortest when every quantifier is non-greedy), found by testing the ends in turn.
//! Patterns mixing greedy and non-greedy quantifiers, captures inside alternatives, and
//! assertions reading past an end that is not the text's are refused there.
//!
//! In PostgreSQL's default (not newline-sensitive) mode `.` and `[^x]` match a newline
//! and `^`/`$` anchor only at the ends of the string: `(?s)` without `(?m)`.

mod locale_classes;
mod similar;
mod translate;

pub use similar::{similar_substring, similar_to_are};
pub use translate::Preference;

use crate::error::PgError;
use regex_lite::{Regex, RegexBuilder};
use std::cell::RefCell;
use std::rc::Rc;

/// The longest text a match position is computed on (each candidate end is one test).
const MAX_POSITIONED_TEXT: usize = 4_000;

/// A compiled pattern with what PostgreSQL's answers need.
#[derive(Debug)]
pub struct Pattern {
    /// The pattern itself, for finding matches.
    search: Regex,
    /// The pattern followed by `$`: a match ending exactly at the haystack's end.
    ending: Regex,
    info: translate::Translated,
}

/// A match: byte offsets of the whole match and of each capturing group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    /// Each group's span (`None` when it took no part), when asked for.
    pub groups: Vec<Option<(usize, usize)>>,
}

thread_local! {
    /// The last pattern compiled: a statement usually matches every row against one.
    static LAST: RefCell<Option<(String, bool, Rc<Pattern>)>> = const { RefCell::new(None) };
}

/// Compiles an ARE pattern (`case_insensitive` from the operator or the flags).
pub fn compile(pattern: &str, case_insensitive: bool) -> Result<Rc<Pattern>, PgError> {
    if let Some(p) = LAST.with(|last| {
        last.borrow()
            .as_ref()
            .filter(|(p, ci, _)| p == pattern && *ci == case_insensitive)
            .map(|(_, _, re)| re.clone())
    }) {
        return Ok(p);
    }
    let info = translate::translate(pattern, case_insensitive)?;
    let build = |rust: &str| {
        RegexBuilder::new(rust)
            .dot_matches_new_line(true)
            .case_insensitive(info.case_insensitive)
            .build()
            .map_err(|_| PgError::unsupported(format!("the regular expression '{pattern}'")))
    };
    let compiled = Rc::new(Pattern {
        search: build(&info.rust)?,
        ending: build(&format!("(?:{})$", info.rust))?,
        info,
    });
    LAST.with(|last| {
        *last.borrow_mut() = Some((pattern.to_string(), case_insensitive, compiled.clone()));
    });
    Ok(compiled)
}

/// `subject ~ pattern` (`~*` when `case_insensitive`).
pub fn matches(subject: &str, pattern: &str, case_insensitive: bool) -> Result<bool, PgError> {
    compile(pattern, case_insensitive)?.is_match(subject, pattern)
}

impl Pattern {
    /// The number of capturing groups.
    pub fn groups(&self) -> usize {
        self.info.groups
    }

    /// Refuses non-ASCII text for a pattern whose answer there is the locale's.
    fn check_text(&self, subject: &str, pattern: &str) -> Result<(), PgError> {
        if self.info.locale_dependent && !(subject.is_ascii() && pattern.is_ascii()) {
            return Err(PgError::unsupported(
                "a locale-dependent regular expression on non-ASCII text",
            ));
        }
        Ok(())
    }

    /// Whether the pattern matches anywhere in `subject`.
    pub fn is_match(&self, subject: &str, pattern: &str) -> Result<bool, PgError> {
        self.check_text(subject, pattern)?;
        Ok(self.search.is_match(subject))
    }

    /// PostgreSQL's match at or after byte `from` (a character boundary): the leftmost
    /// start, then the longest (or shortest) end; with the groups when `captures`.
    pub fn find_at(
        &self,
        subject: &str,
        pattern: &str,
        from: usize,
        captures: bool,
    ) -> Result<Option<Match>, PgError> {
        self.check_text(subject, pattern)?;
        if captures && self.info.captures_in_alternation {
            return Err(PgError::unsupported(
                "capture groups inside regular-expression alternatives",
            ));
        }
        let Some(first) = self.search.find_at(subject, from) else {
            return Ok(None);
        };
        let (start, perl_end) = (first.start(), first.end());
        let end = self.postgres_end(subject, start, perl_end)?;
        let groups = if captures && self.info.groups > 0 {
            // The groups of a match ending exactly there (it starts at `start`: no
            // match starts before it).
            let caps = self
                .ending
                .captures_at(&subject[..end], start)
                .filter(|c| c.get(0).is_some_and(|m| m.start() == start))
                .ok_or_else(|| PgError::unsupported("this regular-expression match"))?;
            (1..=self.info.groups)
                .map(|i| caps.get(i).map(|m| (m.start(), m.end())))
                .collect()
        } else {
            Vec::new()
        };
        Ok(Some(Match { start, end, groups }))
    }

    /// The end PostgreSQL's match starting at `start` has, given the end Perl's has.
    fn postgres_end(&self, subject: &str, start: usize, perl_end: usize) -> Result<usize, PgError> {
        let refuse = || PgError::unsupported("where this regular expression matches");
        if !self.info.variable {
            return Ok(perl_end);
        }
        // Every candidate end to test, best first; `perl_end` is one.
        let candidates: Vec<usize> = match self.info.preference {
            Preference::Mixed => return Err(refuse()),
            Preference::Longest => {
                if perl_end == subject.len() {
                    return Ok(perl_end);
                }
                (perl_end + 1..=subject.len())
                    .rev()
                    .filter(|e| subject.is_char_boundary(*e))
                    .collect()
            }
            Preference::Shortest => {
                if perl_end == start {
                    return Ok(perl_end);
                }
                (start..perl_end)
                    .filter(|e| subject.is_char_boundary(*e))
                    .collect()
            }
        };
        if candidates.is_empty() {
            return Ok(perl_end);
        }
        if subject.len() > MAX_POSITIONED_TEXT {
            return Err(PgError::unsupported(
                "regular-expression positions in a text this long",
            ));
        }
        for end in candidates {
            // Cut at `end`, an assertion about what follows would be misread; only the
            // text's own end is tested with those.
            if self.info.reads_right_context && end != subject.len() {
                return Err(refuse());
            }
            if self
                .ending
                .find_at(&subject[..end], start)
                .is_some_and(|m| m.start() == start)
            {
                return Ok(end);
            }
        }
        Ok(perl_end)
    }

    /// Every match from byte `from` on, as PostgreSQL iterates them: after an empty
    /// match the search moves one character on.
    pub fn find_all(
        &self,
        subject: &str,
        pattern: &str,
        from: usize,
        captures: bool,
    ) -> Result<Vec<Match>, PgError> {
        let mut found = Vec::new();
        let mut at = from;
        while at <= subject.len() {
            let Some(m) = self.find_at(subject, pattern, at, captures)? else {
                break;
            };
            at = if m.end == m.start {
                m.end + subject[m.end..].chars().next().map_or(1, char::len_utf8)
            } else {
                m.end
            };
            found.push(m);
        }
        Ok(found)
    }
}

/// `regexp_split_to_table(subject, pattern)`: the pieces between matches, skipping
/// the zero-length matches PostgreSQL ignores (at the start, at the end, right after
/// the previous match: `setup_regexp_matches`'s `ignore_degenerate`).
pub fn split(subject: &str, pattern: &str, case_insensitive: bool) -> Result<Vec<String>, PgError> {
    let compiled = compile(pattern, case_insensitive)?;
    let mut pieces = Vec::new();
    let mut previous_end = 0;
    for m in compiled.find_all(subject, pattern, 0, false)? {
        if m.start < subject.len() && m.end > previous_end {
            pieces.push(subject[previous_end..m.start].to_string());
            previous_end = m.end;
        }
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
        assert_eq!(matches("ab", "\\mab\\M", false), Ok(true));
        assert_eq!(matches("a b", "\\yb", false), Ok(true));
        assert_eq!(matches("ab", "a\\Yb", false), Ok(true));
        assert_eq!(matches("AB", "(?i)ab", false), Ok(true));
        assert_eq!(matches("ab", "a\\b", false), Ok(false));
        assert_eq!(matches("a]b", "a[]]b", false), Ok(true));
        assert_eq!(matches("ab", "x|", false), Ok(true));
        assert_eq!(
            matches("a{", "a{x", false).map_err(|e| e.unsupported.is_some()),
            Err(true)
        );
    }

    #[test]
    fn differing_syntax_is_refused() {
        for p in ["(a)\\1", "***=x", "[[.a.]]", "a(?=b)"] {
            let e = matches("word", p, false).expect_err(p);
            assert!(e.unsupported.is_some(), "{p}");
        }
        assert_eq!(matches("é", "\\w", false), Ok(true));
        assert!(matches("é", "\\yé", false).is_err());
        assert_eq!(matches("é", "é", false), Ok(true));
        assert_eq!(matches("é", "^.$", false), Ok(true));
    }

    fn first(subject: &str, pattern: &str) -> Option<(String, Vec<Option<String>>)> {
        let p = compile(pattern, false).unwrap();
        let m = p.find_at(subject, pattern, 0, true).unwrap()?;
        let groups = m
            .groups
            .iter()
            .map(|g| g.map(|(s, e)| subject[s..e].to_string()))
            .collect();
        Some((subject[m.start..m.end].to_string(), groups))
    }

    #[test]
    fn positions_are_postgres_longest_or_shortest() {
        // PostgreSQL 18: substring('ab' from 'a?(ab)?') is 'ab' (Perl's match is 'a').
        assert_eq!(
            first("ab", "a?(ab)?"),
            Some(("ab".into(), vec![Some("ab".into())]))
        );
        assert_eq!(first("abcd", "a|ab|abc").map(|m| m.0), Some("abc".into()));
        assert_eq!(first("abcabc", "b.*?c").map(|m| m.0), Some("bc".into()));
        assert_eq!(first("abcabc", "b.*c").map(|m| m.0), Some("bcabc".into()));
        let p = compile("x*", false).unwrap();
        assert_eq!(p.find_all("abc", "x*", 0, false).unwrap().len(), 4);
        let p = compile("a*", false).unwrap();
        assert_eq!(p.find_all("aaa", "a*", 0, false).unwrap().len(), 2);
    }
}
