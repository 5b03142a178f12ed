//! A fast tokenizer for the plain SQL sample data is written in: words, double-quoted
//! identifiers, integers and decimals, single-quoted strings and `( ) , ; . + - * =`.
//!
//! It yields exactly the tokens and locations sqlparser's tokenizer (PostgreSQL
//! dialect) yields for such text, without the whitespace tokens (which nothing reads
//! after splitting). At the first character it does not read the way sqlparser does
//! — a comment, an operator, an escape string, a dollar quote, a carriage return ... —
//! it gives up and the caller tokenizes the whole text with sqlparser, so a script is
//! either read entirely here or entirely by sqlparser.

use sqlparser::tokenizer::{Location, Token, TokenWithLocation};

/// The non-whitespace tokens of `sql`, or `None` when it has anything this reader
/// leaves to sqlparser.
pub(super) fn tokenize(sql: &str) -> Option<Vec<TokenWithLocation>> {
    let b = sql.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 4);
    let (mut i, mut line, mut col) = (0usize, 1u64, 1u64);
    // Characters that may not follow a word or a number directly (sqlparser would
    // read them as part of it, or as a prefixed string).
    let glued = |c: Option<&u8>| {
        c.is_some_and(|&c| {
            c.is_ascii_alphanumeric() || matches!(c, b'_' | b'$' | b'.' | b'\'' | b'"') || c >= 0x80
        })
    };
    while let Some(&c) = b.get(i) {
        let location = Location { line, column: col };
        let next = b.get(i + 1).copied();
        let (token, len) = match c {
            b' ' | b'\t' => {
                i += 1;
                col += 1;
                continue;
            }
            b'\n' => {
                i += 1;
                line += 1;
                col = 1;
                continue;
            }
            b'(' => (Token::LParen, 1),
            b')' => (Token::RParen, 1),
            b',' => (Token::Comma, 1),
            b';' => (Token::SemiColon, 1),
            b'+' => (Token::Plus, 1),
            b'*' => (Token::Mul, 1),
            b'=' if !matches!(next, Some(b'>' | b'=')) => (Token::Eq, 1),
            b'-' if !matches!(next, Some(b'-' | b'>')) => (Token::Minus, 1),
            b'.' if !next.is_some_and(|n| n.is_ascii_digit()) => (Token::Period, 1),
            b'0'..=b'9' => {
                let mut end = i + digits(&b[i..]);
                if b.get(end) == Some(&b'.') {
                    let fraction = digits(&b[end + 1..]);
                    if fraction == 0 {
                        return None;
                    }
                    end += 1 + fraction;
                }
                if glued(b.get(end)) {
                    return None;
                }
                (Token::Number(sql[i..end].to_string(), false), end - i)
            }
            b'A'..=b'Z' | b'a'..=b'z' | b'_' => {
                let len = b[i..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
                    .count();
                let end = i + len;
                // `.` may follow a word (`schema.table`), unless a digit follows it.
                let after = b.get(end);
                if after != Some(&b'.') && glued(after) {
                    return None;
                }
                (Token::make_word(&sql[i..end], None), len)
            }
            b'\'' => {
                // 'text', with '' for a quote; no backslash escapes in PostgreSQL's
                // standard strings, and sqlparser reads none here either.
                let mut value = String::new();
                let mut at = i + 1;
                loop {
                    let close = at + b[at..].iter().position(|&c| c == b'\'')?;
                    let part = &sql[at..close];
                    if part.bytes().any(|c| c == b'\\' || c == b'\r') {
                        return None;
                    }
                    value.push_str(part);
                    if b.get(close + 1) == Some(&b'\'') {
                        value.push('\'');
                        at = close + 2;
                    } else {
                        at = close + 1;
                        break;
                    }
                }
                if b.get(at) == Some(&b'\'') {
                    return None;
                }
                let text = &sql[i..at];
                // The location after the string: strings may hold newlines and
                // characters of several bytes; columns count characters.
                match text.rfind('\n') {
                    Some(nl) => {
                        line += text.matches('\n').count() as u64;
                        col = 1 + text[nl + 1..].chars().count() as u64;
                    }
                    None => col += text.chars().count() as u64,
                }
                out.push(TokenWithLocation {
                    token: Token::SingleQuotedString(value),
                    location,
                });
                i = at;
                continue;
            }
            b'"' => {
                let close = i + 1 + b[i + 1..].iter().position(|&c| c == b'"')?;
                let name = &sql[i + 1..close];
                if name.is_empty() || name.contains(['\n', '\r']) || b.get(close + 1) == Some(&b'"')
                {
                    return None;
                }
                col += sql[i..=close].chars().count() as u64;
                out.push(TokenWithLocation {
                    token: Token::make_word(name, Some('"')),
                    location,
                });
                i = close + 1;
                continue;
            }
            _ => return None,
        };
        out.push(TokenWithLocation { token, location });
        i += len;
        col += len as u64;
    }
    Some(out)
}

/// How many ASCII digits `b` starts with.
fn digits(b: &[u8]) -> usize {
    b.iter().take_while(|c| c.is_ascii_digit()).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::tokenizer::Tokenizer;

    fn sqlparser(sql: &str) -> Vec<TokenWithLocation> {
        Tokenizer::new(&PostgreSqlDialect {}, sql)
            .tokenize_with_location()
            .unwrap()
            .into_iter()
            .filter(|t| !matches!(t.token, Token::Whitespace(_)))
            .collect()
    }

    /// Whenever the fast reader reads a text, it reads it as sqlparser does.
    fn check(sql: &str) -> bool {
        match tokenize(sql) {
            Some(fast) => {
                assert_eq!(fast, sqlparser(sql), "{sql:?}");
                true
            }
            None => false,
        }
    }

    #[test]
    fn reads_sample_data_as_sqlparser_does() {
        for sql in [
            "CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL, qty int, price numeric(10,2), created timestamp);\nINSERT INTO items VALUES (1, 'item 0', 0, 0.5, '2024-01-01 00:00:00'), (2, 'it''s', -1, 10, NULL);",
            "insert into public.\"Mixed Case\" (\"a\", b_2) values\n  ('multi\nline', 1),\t('ünïcödé ✓', 2);\nSELECT 1;",
            "INSERT INTO t VALUES ('', ''''), ('''', 'a''''b');",
            "UPDATE t SET a = a + 1 * 2;",
            "ALTER TABLE t ADD COLUMN x numeric(10, 2) DEFAULT 0.25;",
            "x.y",
            "SELECT 'a' 'b'",
            "",
            "   \n\n  ",
        ] {
            assert!(check(sql), "{sql:?} should be read here");
        }
    }

    #[test]
    fn gives_up_where_sqlparser_reads_differently() {
        for sql in [
            "SELECT 1 -- comment",
            "SELECT /* c */ 1",
            "SELECT E'a\\nb'",
            "SELECT N'a'",
            "SELECT X'ff'",
            "SELECT U&'a'",
            "SELECT 'a\\b'",
            "SELECT $$a$$",
            "SELECT a$b",
            "SELECT 1e5",
            "SELECT 1.",
            "SELECT .5",
            "SELECT 0x1f",
            "SELECT 1L",
            "SELECT 1.2.3",
            "SELECT 'a''",
            "SELECT 'unterminated",
            "SELECT \"a\"\"b\"",
            "SELECT \"\"",
            "SELECT \"open",
            "SELECT a::int",
            "SELECT a >= 1",
            "SELECT a => 1",
            "SELECT a == 1",
            "SELECT a->b",
            "SELECT a\r\nFROM t",
            "SELECT ünï",
            "SELECT a.5",
            "SELECT 1 / 2",
        ] {
            assert!(!check(sql), "{sql:?} should be left to sqlparser");
        }
    }

    #[test]
    fn the_corpus_reads_the_same_either_way() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios");
        let mut read = 0;
        for entry in std::fs::read_dir(&root).unwrap() {
            let dir = entry.unwrap().path();
            for name in ["setup.sql", "migration.sql", "drift.sql", "old_code.sql"] {
                if let Ok(sql) = std::fs::read_to_string(dir.join(name)) {
                    read += usize::from(check(&sql));
                }
            }
        }
        assert!(
            read > 50,
            "only {read} corpus files read by the fast tokenizer"
        );
    }
}
