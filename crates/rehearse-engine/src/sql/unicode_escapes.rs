//! PostgreSQL's Unicode-escape strings and identifiers, `U&'d\0061t\+000061'` and
//! `U&"d\0061t"`, with an optional `UESCAPE 'c'` naming another escape character.
//!
//! sqlparser 0.52 decodes `U&'...'` itself, but always with `\` (a `UESCAPE` clause
//! then fails to parse, and a backslash the clause made ordinary is misread), and not
//! `U&"..."` at all. So scripts are tokenized with [`TokenDialect`] — PostgreSQL's
//! rules with sqlparser's decoding off, leaving `U`, `&` and the raw literal — and
//! [`decode`] joins the three tokens (adjacent, as PostgreSQL's scanner requires), reads
//! a following `UESCAPE` as PostgreSQL's `base_yylex` does, and decodes the text as
//! `str_udeescape` (parser.c) does, with its errors.

use crate::error::{InputError, Source};
use crate::span::Span;
use sqlparser::dialect::{Dialect, PostgreSqlDialect};
use sqlparser::tokenizer::{Location, Token, TokenWithLocation, Word};

/// PostgreSQL's tokenizer rules without sqlparser's `U&'...'` decoding.
#[derive(Debug)]
pub(super) struct TokenDialect;

impl Dialect for TokenDialect {
    // The tokenizer asks `dialect_of!(... PostgreSqlDialect)` for PostgreSQL's `?|`
    // and `?&` operators: answer as PostgreSQL's dialect.
    fn dialect(&self) -> std::any::TypeId {
        std::any::TypeId::of::<PostgreSqlDialect>()
    }
    fn is_delimited_identifier_start(&self, ch: char) -> bool {
        PostgreSqlDialect {}.is_delimited_identifier_start(ch)
    }
    fn is_identifier_start(&self, ch: char) -> bool {
        PostgreSqlDialect {}.is_identifier_start(ch)
    }
    fn is_identifier_part(&self, ch: char) -> bool {
        PostgreSqlDialect {}.is_identifier_part(ch)
    }
    fn is_custom_operator_part(&self, ch: char) -> bool {
        PostgreSqlDialect {}.is_custom_operator_part(ch)
    }
    fn supports_string_literal_backslash_escape(&self) -> bool {
        PostgreSqlDialect {}.supports_string_literal_backslash_escape()
    }
    fn supports_triple_quoted_string(&self) -> bool {
        PostgreSqlDialect {}.supports_triple_quoted_string()
    }
    fn supports_numeric_prefix(&self) -> bool {
        PostgreSqlDialect {}.supports_numeric_prefix()
    }
    fn supports_unicode_string_literal(&self) -> bool {
        false
    }
}

const HINT: &str = "Unicode escapes must be \\XXXX or \\+XXXXXX.";

fn error(source: Source, at: Location, message: impl Into<String>) -> InputError {
    InputError::new(source, Span::new(at.line as u32, at.column as u32), message)
}

fn follows(first: &TokenWithLocation, second: &TokenWithLocation, offset: u64) -> bool {
    second.location.line == first.location.line
        && second.location.column == first.location.column + offset
}

/// Joins and decodes every `U&'...'` / `U&"..."` of a statement's tokens (whitespace
/// still among them), with its `UESCAPE` clause.
pub(super) fn decode(
    tokens: &mut Vec<TokenWithLocation>,
    source: Source,
) -> Result<(), InputError> {
    let mut i = 0;
    while i + 2 < tokens.len() {
        let is_u = matches!(&tokens[i].token, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case("u"));
        if !is_u
            || tokens[i + 1].token != Token::Ampersand
            || !follows(&tokens[i], &tokens[i + 1], 1)
            || !follows(&tokens[i], &tokens[i + 2], 2)
        {
            i += 1;
            continue;
        }
        let at = tokens[i].location;
        let (raw, identifier) = match &tokens[i + 2].token {
            Token::SingleQuotedString(s) => (s.clone(), false),
            Token::Word(w) if w.quote_style == Some('"') => (w.value.clone(), true),
            _ => {
                i += 1;
                continue;
            }
        };
        if identifier && raw.is_empty() {
            return Err(error(
                source,
                at,
                "zero-length delimited identifier at or near \"U&\"\"\"",
            ));
        }
        // UESCAPE 'c' (after whitespace or comments, in any case).
        let mut end = i + 3;
        let mut escape = '\\';
        let next = |from: usize| {
            (from..tokens.len()).find(|&k| !matches!(tokens[k].token, Token::Whitespace(_)))
        };
        if let Some(k) = next(end) {
            if matches!(&tokens[k].token, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case("uescape"))
            {
                let Some(s) = next(k + 1) else {
                    return Err(error(
                        source,
                        tokens[k].location,
                        "UESCAPE must be followed by a simple string literal at end of input",
                    ));
                };
                let c = match &tokens[s].token {
                    Token::SingleQuotedString(c) | Token::EscapedStringLiteral(c) => c.clone(),
                    other => {
                        return Err(error(
                            source,
                            tokens[s].location,
                            format!("UESCAPE must be followed by a simple string literal at or near \"{other}\""),
                        ))
                    }
                };
                escape = match escape_character(&c) {
                    Some(e) => e,
                    None => {
                        return Err(error(
                            source,
                            tokens[s].location,
                            format!(
                                "invalid Unicode escape character at or near \"{}\"",
                                tokens[s].token
                            ),
                        ))
                    }
                };
                end = s + 1;
            }
        }
        let text = unescape(&raw, escape).map_err(|e| {
            let message = match e {
                Invalid::Escape => format!("invalid Unicode escape ({HINT})"),
                Invalid::Value => "invalid Unicode escape value".to_string(),
                Invalid::SurrogatePair => "invalid Unicode surrogate pair".to_string(),
            };
            error(source, at, message)
        })?;
        let token = if identifier {
            Token::Word(Word {
                value: text,
                quote_style: Some('"'),
                keyword: sqlparser::keywords::Keyword::NoKeyword,
            })
        } else {
            Token::SingleQuotedString(text)
        };
        tokens.splice(i..end, [TokenWithLocation::new(token, at.line, at.column)]);
        i += 1;
    }
    Ok(())
}

/// `check_uescapechar`: one character, not a hex digit, `+`, a quote or whitespace.
fn escape_character(s: &str) -> Option<char> {
    let mut chars = s.chars();
    let c = chars.next()?;
    let ok = chars.next().is_none()
        && !c.is_ascii_hexdigit()
        && !matches!(c, '+' | '\'' | '"' | ' ' | '\t' | '\n' | '\r' | '\x0c');
    ok.then_some(c)
}

/// What `str_udeescape` rejects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Invalid {
    /// `invalid Unicode escape`: the escape character not followed by itself, four hex
    /// digits, or `+` and six.
    Escape,
    /// `invalid Unicode escape value`: zero or beyond U+10FFFF.
    Value,
    /// `invalid Unicode surrogate pair`: a lone or misordered UTF-16 surrogate.
    SurrogatePair,
}

fn hex(digits: &[char]) -> Option<u32> {
    digits
        .iter()
        .try_fold(0u32, |v, c| Some(v * 16 + c.to_digit(16)?))
}

/// `str_udeescape`: decodes `escape` + 4 hex digits, `escape` + `+` + 6 hex digits and
/// a doubled `escape`; UTF-16 surrogate pairs combine.
fn unescape(raw: &str, escape: char) -> Result<String, Invalid> {
    let chars: Vec<char> = raw.chars().collect();
    let mut out = String::with_capacity(raw.len());
    let mut pair_first: Option<u32> = None;
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != escape {
            if pair_first.is_some() {
                return Err(Invalid::SurrogatePair);
            }
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let (code, len) = if chars.get(i + 1) == Some(&escape) {
            if pair_first.is_some() {
                return Err(Invalid::SurrogatePair);
            }
            out.push(escape);
            i += 2;
            continue;
        } else if let Some(v) = chars.get(i + 1..i + 5).and_then(hex) {
            (v, 5)
        } else if chars.get(i + 1) == Some(&'+') {
            match chars.get(i + 2..i + 8).and_then(hex) {
                Some(v) => (v, 8),
                None => return Err(Invalid::Escape),
            }
        } else {
            return Err(Invalid::Escape);
        };
        if code == 0 || code > 0x10FFFF {
            return Err(Invalid::Value);
        }
        let second = (0xDC00..=0xDFFF).contains(&code);
        let code = match pair_first.take() {
            Some(first) if second => 0x10000 + ((first - 0xD800) << 10) + (code - 0xDC00),
            Some(_) => return Err(Invalid::SurrogatePair),
            None if second => return Err(Invalid::SurrogatePair),
            None => code,
        };
        if (0xD800..=0xDBFF).contains(&code) {
            pair_first = Some(code);
        } else {
            out.push(char::from_u32(code).ok_or(Invalid::Value)?);
        }
        i += len;
    }
    if pair_first.is_some() {
        return Err(Invalid::SurrogatePair);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::tokenizer::Tokenizer;

    fn decoded(sql: &str) -> Result<Vec<Token>, String> {
        let mut tokens = Tokenizer::new(&TokenDialect, sql)
            .tokenize_with_location()
            .map_err(|e| e.to_string())?;
        decode(&mut tokens, Source::Migration).map_err(|e| e.message)?;
        Ok(tokens
            .into_iter()
            .map(|t| t.token)
            .filter(|t| !matches!(t, Token::Whitespace(_)))
            .collect())
    }

    fn string(s: &str) -> Token {
        Token::SingleQuotedString(s.into())
    }

    #[test]
    fn escapes_decode_as_postgresql_reads_them() {
        assert_eq!(decoded("U&'d\\0061t\\+000061'"), Ok(vec![string("data")]));
        assert_eq!(
            decoded("u&'!0063af!00e9!!' uescape '!'"),
            Ok(vec![string("café!")])
        );
        assert_eq!(decoded("U&'it''s \\\\'"), Ok(vec![string("it's \\")]));
        assert_eq!(decoded("U&'\\110000'"), Ok(vec![string("\u{1100}00")]));
        assert_eq!(decoded("U&'\\D83D\\DE00'"), Ok(vec![string("😀")]));
        assert_eq!(decoded("U&'\\D83D\\+00DE00'"), Ok(vec![string("😀")]));
        assert_eq!(decoded("U&'\\0041' UESCAPE '\\'"), Ok(vec![string("A")]));
        let ident = decoded("U&\"d\\0061t\"").unwrap();
        assert!(
            matches!(&ident[0], Token::Word(w) if w.value == "dat" && w.quote_style == Some('"'))
        );
    }

    #[test]
    fn a_spaced_u_and_is_an_operator() {
        let tokens = decoded("U& 'a'").unwrap();
        assert_eq!(tokens.len(), 3);
        assert_eq!(tokens[1], Token::Ampersand);
    }

    #[test]
    fn invalid_escapes_are_postgresql_errors() {
        let err = |sql: &str| decoded(sql).unwrap_err();
        assert_eq!(err("U&'\\0000'"), "invalid Unicode escape value");
        assert_eq!(err("U&'\\+110000'"), "invalid Unicode escape value");
        assert_eq!(
            err("U&'ab\\xyz'"),
            format!("invalid Unicode escape ({HINT})")
        );
        assert_eq!(err("U&'\\'"), format!("invalid Unicode escape ({HINT})"));
        assert_eq!(err("U&'\\D83D'"), "invalid Unicode surrogate pair");
        assert_eq!(err("U&'\\D83Dx'"), "invalid Unicode surrogate pair");
        assert_eq!(err("U&'\\DE00'"), "invalid Unicode surrogate pair");
        assert_eq!(err("U&'\\D83D\\\\'"), "invalid Unicode surrogate pair");
        assert_eq!(
            err("U&'x' UESCAPE '+'"),
            "invalid Unicode escape character at or near \"'+'\""
        );
        assert_eq!(
            err("U&'x' UESCAPE 'a'"),
            "invalid Unicode escape character at or near \"'a'\""
        );
        assert_eq!(
            err("U&'x' UESCAPE 1"),
            "UESCAPE must be followed by a simple string literal at or near \"1\""
        );
        assert_eq!(
            err("U&\"\""),
            "zero-length delimited identifier at or near \"U&\"\"\""
        );
        assert_eq!(decoded("U&'x' UESCAPE 'g'"), Ok(vec![string("x")]));
    }
}
