//! Query parameters: `$1 .. $n` found on sqlparser's token stream and replaced by
//! literals, the way PostgreSQL treats a parameter whose type the client leaves open
//! (PGlite sends every parameter as text with an unspecified type).
//!
//! A quoted literal is of type `unknown` until context decides, exactly like such a
//! parameter, so `WHERE id = $1` with `'5'` and `INSERT ... VALUES ($1)` resolve the
//! same way. Only `$` followed by digits is a parameter; everything else (quoted
//! strings, dollar-quoted strings, comments) is left as written.

use rehearse_core::PgError;
use rehearse_engine::span::{LineIndex, Span};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::{Token, Tokenizer};

/// One parameter's value, already in its text form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Param {
    /// SQL NULL (JavaScript `null` or `undefined`).
    Null,
    /// The text PostgreSQL's input function receives.
    Text(String),
}

/// One `$n` in a statement: its number and byte range in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder {
    /// `n` (1-based as written; `$0` is 0).
    pub number: usize,
    /// Byte offset of the `$`.
    pub start: usize,
    /// Byte offset just past the last digit.
    pub end: usize,
}

/// The `$n` placeholders of `sql`, in text order. Text the tokenizer rejects has none
/// (the parser reports that text's error).
pub fn placeholders(sql: &str) -> Vec<Placeholder> {
    let dialect = PostgreSqlDialect {};
    let Ok(tokens) = Tokenizer::new(&dialect, sql).tokenize_with_location() else {
        return Vec::new();
    };
    let index = LineIndex::new(sql);
    tokens
        .iter()
        .filter_map(|t| match &t.token {
            Token::Placeholder(text) => {
                let digits = text.strip_prefix('$')?;
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                let start =
                    index.offset(Span::new(t.location.line as u32, t.location.column as u32));
                Some(Placeholder {
                    number: digits.parse().unwrap_or(usize::MAX),
                    start,
                    end: start + text.len(),
                })
            }
            _ => None,
        })
        .collect()
}

/// The number of parameters a statement requires (its highest `$n`), or PostgreSQL's
/// parse-time error for a `$n` it cannot type: `$0` (42P02, at the placeholder's byte
/// offset) and a gap below the highest number (42P18, which has no position).
pub fn required(found: &[Placeholder]) -> Result<usize, (PgError, Option<usize>)> {
    if let Some(zero) = found.iter().find(|p| p.number == 0) {
        return Err((
            PgError::new("42P02", "there is no parameter $0"),
            Some(zero.start),
        ));
    }
    let highest = found.iter().map(|p| p.number).max().unwrap_or(0);
    if let Some(missing) = (1..highest).find(|n| !found.iter().any(|p| p.number == *n)) {
        return Err((
            PgError::new(
                "42P18",
                format!("could not determine data type of parameter ${missing}"),
            ),
            None,
        ));
    }
    Ok(highest)
}

/// A parameter as SQL text: a quoted literal (quotes doubled) or `NULL`.
pub fn literal(param: &Param) -> String {
    match param {
        Param::Null => "NULL".into(),
        Param::Text(text) => format!("'{}'", text.replace('\'', "''")),
    }
}

/// `sql` with every placeholder replaced by its parameter's literal. The caller checked
/// that every number has a value; one without a value becomes NULL.
pub fn substitute(sql: &str, found: &[Placeholder], params: &[Param]) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut at = 0;
    for p in found {
        out.push_str(sql.get(at..p.start).unwrap_or_default());
        let param = p.number.checked_sub(1).and_then(|i| params.get(i));
        out.push_str(&literal(param.unwrap_or(&Param::Null)));
        at = p.end;
    }
    out.push_str(sql.get(at..).unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Param {
        Param::Text(s.into())
    }

    #[test]
    fn replaces_placeholders_but_not_look_alikes() {
        let sql = "SELECT '$1', $$ $2 $$, a -- $3\nFROM t WHERE a = $1 AND b = $2 /* $9 */";
        let found = placeholders(sql);
        assert_eq!(
            found.iter().map(|p| p.number).collect::<Vec<_>>(),
            vec![1, 2]
        );
        assert_eq!(
            substitute(sql, &found, &[text("it's"), Param::Null]),
            "SELECT '$1', $$ $2 $$, a -- $3\nFROM t WHERE a = 'it''s' AND b = NULL /* $9 */"
        );
    }

    #[test]
    fn multibyte_text_before_a_placeholder_keeps_offsets_right() {
        let sql = "SELECT 'é—ü', $1, $10";
        let found = placeholders(sql);
        let params: Vec<Param> = (1..=10).map(|i| text(&i.to_string())).collect();
        assert_eq!(substitute(sql, &found, &params), "SELECT 'é—ü', '1', '10'");
    }

    #[test]
    fn backslashes_stay_literal() {
        let found = placeholders("SELECT $1");
        assert_eq!(
            substitute("SELECT $1", &found, &[text("a\\'b")]),
            "SELECT 'a\\''b'"
        );
    }

    #[test]
    fn gaps_and_zero_are_postgres_errors() {
        assert_eq!(required(&placeholders("SELECT $1, $2, $1")).ok(), Some(2));
        assert_eq!(required(&placeholders("SELECT 1")).ok(), Some(0));
        let (gap, _) = required(&placeholders("SELECT $2")).unwrap_err();
        assert_eq!(gap.sqlstate, "42P18");
        assert_eq!(gap.message, "could not determine data type of parameter $1");
        let (zero, _) = required(&placeholders("SELECT $0")).unwrap_err();
        assert_eq!(zero.sqlstate, "42P02");
    }
}
