//! SQL `LIKE` / `ILIKE` matching: `%`, `_` and backslash escapes, PostgreSQL's error
//! for a pattern ending in an escape.

use crate::error::PgError;

/// Whether `s` matches the LIKE `pattern` (ILIKE when `case_insensitive`).
pub(super) fn like(s: &str, pattern: &str, case_insensitive: bool) -> Result<bool, PgError> {
    let (s, pattern) = if case_insensitive {
        (s.to_lowercase(), pattern.to_lowercase())
    } else {
        (s.to_string(), pattern.to_string())
    };
    let s: Vec<char> = s.chars().collect();
    let p: Vec<char> = pattern.chars().collect();
    if p.last() == Some(&'\\') && p.iter().rev().take_while(|c| **c == '\\').count() % 2 == 1 {
        return Err(PgError::new(
            "22025",
            "LIKE pattern must not end with escape character",
        ));
    }
    fn matches(s: &[char], p: &[char]) -> bool {
        match p.first() {
            None => s.is_empty(),
            Some('%') => (0..=s.len()).any(|i| matches(&s[i..], &p[1..])),
            Some('_') => !s.is_empty() && matches(&s[1..], &p[1..]),
            Some('\\') if p.len() > 1 => s.first() == Some(&p[1]) && matches(&s[1..], &p[2..]),
            Some(c) => s.first() == Some(c) && matches(&s[1..], &p[1..]),
        }
    }
    Ok(matches(&s, &p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_handles_wildcards() {
        assert!(like("hello", "h%o", false).unwrap());
        assert!(like("hello", "_ello", false).unwrap());
        assert!(!like("hello", "h_o", false).unwrap());
        assert!(like("HeLLo", "hello", true).unwrap());
    }
}
