//! SQL's regular expressions (`SIMILAR TO`, `substring(... SIMILAR ... ESCAPE ...)`),
//! rewritten to ARE as PostgreSQL's `similar_escape_internal` does (`%` is `.*`, `_` is
//! `.`, `(` does not capture, `.`/`^`/`$`/`\` are literal, the escape character makes
//! the next one literal, and the whole must match).
//!
//! `substring` with escape-double-quote separators returns the middle part; PostgreSQL
//! matches the first part as short as possible, then the middle as long as possible
//! (its `{1,1}?` / `{1,1}` marks), which is computed here by testing the splits in that
//! order, each part matched whole.

use super::{compile, translate};
use crate::error::PgError;

/// The longest text `substring(... SIMILAR ...)` with separators is computed on (each
/// split is tested).
const MAX_SPLIT_TEXT: usize = 300;

/// The escape character: `None` for the default (`\`), `Some("")` for none.
fn escape_char(escape: Option<&str>) -> Result<Option<char>, PgError> {
    match escape {
        None => Ok(Some('\\')),
        Some(e) => {
            let mut chars = e.chars();
            match (chars.next(), chars.next()) {
                (None, _) => Ok(None),
                (Some(c), None) => Ok(Some(c)),
                _ => Err(PgError::new("22025", "invalid escape string")
                    .hint("Escape string must be empty or one character.")),
            }
        }
    }
}

/// The pattern's parts between escape-double-quote separators, each rewritten to ARE.
fn parts(pattern: &str, escape: Option<&str>) -> Result<Vec<String>, PgError> {
    let e = escape_char(escape)?;
    let mut parts = vec![String::new()];
    let mut after_escape = false;
    let mut bracket_depth = 0usize;
    let mut class_pos = 0usize;
    for c in pattern.chars() {
        let r = parts.last_mut().expect("one part at least");
        if after_escape {
            if c == '"' && bracket_depth < 1 {
                if parts.len() == 3 {
                    return Err(PgError::new(
                        "2200C",
                        "SQL regular expression may not contain more than two escape-double-quote separators",
                    ));
                }
                parts.push(String::new());
            } else {
                r.push('\\');
                r.push(c);
                class_pos = 3;
            }
            after_escape = false;
        } else if Some(c) == e {
            after_escape = true;
        } else if bracket_depth > 0 {
            if c == '\\' {
                r.push('\\');
            }
            r.push(c);
            if c == ']' && class_pos > 2 {
                bracket_depth -= 1;
            } else if c == '[' {
                bracket_depth += 1;
                class_pos = 3;
            } else if c == '^' {
                class_pos += 1;
            } else {
                class_pos = 3;
            }
        } else {
            match c {
                '[' => {
                    r.push('[');
                    bracket_depth = 1;
                    class_pos = 1;
                }
                '%' => r.push_str(".*"),
                '_' => r.push('.'),
                '(' => r.push_str("(?:"),
                '\\' | '.' | '^' | '$' => {
                    r.push('\\');
                    r.push(c);
                }
                c => r.push(c),
            }
        }
    }
    Ok(parts)
}

/// `similar_to_escape(pattern [, escape])`: the ARE PostgreSQL matches `SIMILAR TO` by.
pub fn similar_to_are(pattern: &str, escape: Option<&str>) -> Result<String, PgError> {
    let parts = parts(pattern, escape)?;
    Ok(match parts.as_slice() {
        [a] => format!("^(?:{a})$"),
        [a, b] => format!("^(?:{a}){{1,1}}?({b})$"),
        [a, b, c] => format!("^(?:{a}){{1,1}}?({b}){{1,1}}(?:{c})$"),
        _ => unreachable!("at most three parts"),
    })
}

/// Whether an ARE part matches the whole of `text`.
fn whole(part: &str, text: &str) -> Result<bool, PgError> {
    // The parts are matched on cuts of the text: an assertion of the user's own
    // (`#y`, ...) would read the cut as an end.
    let refuse = || PgError::unsupported("this substring(... SIMILAR ...) pattern");
    if translate::translate(part, false)
        .map_err(|_| refuse())?
        .assertions
    {
        return Err(refuse());
    }
    let pattern = format!("^(?:{part})$");
    compile(&pattern, false)?.is_match(text, &pattern)
}

/// `substring(subject SIMILAR pattern ESCAPE escape)`.
pub fn similar_substring(
    subject: &str,
    pattern: &str,
    escape: Option<&str>,
) -> Result<Option<String>, PgError> {
    let parts = parts(pattern, escape)?;
    // Every part must be a pattern PostgreSQL accepts (its errors come first).
    let are = similar_to_are(pattern, escape)?;
    let compiled = compile(&are, false)?;
    if !compiled.is_match(subject, &are)? {
        return Ok(None);
    }
    if parts.len() == 1 {
        return Ok(Some(subject.to_string()));
    }
    if subject.chars().count() > MAX_SPLIT_TEXT {
        return Err(PgError::unsupported(
            "substring(... SIMILAR ...) with separators on a text this long",
        ));
    }
    let cuts: Vec<usize> = (0..=subject.len())
        .filter(|i| subject.is_char_boundary(*i))
        .collect();
    for &i in &cuts {
        if !whole(&parts[0], &subject[..i])? {
            continue;
        }
        if parts.len() == 2 {
            if whole(&parts[1], &subject[i..])? {
                return Ok(Some(subject[i..].to_string()));
            }
            continue;
        }
        for &j in cuts.iter().rev().filter(|j| **j >= i) {
            if whole(&parts[2], &subject[j..])? && whole(&parts[1], &subject[i..j])? {
                return Ok(Some(subject[i..j].to_string()));
            }
        }
    }
    Err(PgError::unsupported(
        "this substring(... SIMILAR ...) match",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_as_postgres_does() {
        assert_eq!(
            similar_to_are("a%_(b|c).", None).unwrap(),
            "^(?:a.*.(?:b|c)\\.)$"
        );
        assert_eq!(
            similar_to_are("%#\"o_a#\"_", Some("#")).unwrap(),
            "^(?:.*){1,1}?(o.a){1,1}(?:.)$"
        );
    }

    #[test]
    fn substring_takes_the_shortest_first_part_and_longest_middle() {
        let s = |subject: &str, pattern: &str| similar_substring(subject, pattern, Some("#"));
        assert_eq!(s("Thomas", "%#\"o_a#\"_").unwrap(), Some("oma".into()));
        assert_eq!(s("foo bar", "%#\"o%#\"%").unwrap(), Some("oo bar".into()));
        assert_eq!(s("abcabc", "%#\"b%#\"c%").unwrap(), Some("bcab".into()));
        assert_eq!(s("abcabc", "%#\"b%").unwrap(), Some("bcabc".into()));
        assert_eq!(s("Thomas", "#\"o_a#\"_").unwrap(), None);
        assert!(s("T", "%#\"a#\"b#\"c").is_err());
    }
}
