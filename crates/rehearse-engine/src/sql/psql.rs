//! What psql reads in a script besides SQL, as `pg_dump`'s plain format writes it:
//! meta-command lines (`\restrict KEY` / `\unrestrict KEY`, pg_dump 18's guard against
//! a hostile server sending meta-commands) and the data of `COPY ... FROM stdin;`,
//! which follows the statement line by line up to `\.`.
//!
//! [`separate`] takes both out of the text before the SQL tokenizer sees it (their
//! lines are left empty, so every line and column of the SQL keeps its place) and
//! returns the data blocks with the line they start on, for the splitter to attach to
//! the COPY statement they follow. A meta-command other than `\restrict` and
//! `\unrestrict` is not SQL and not something Rehearse runs: an input error at its line.

use crate::error::{InputError, Source};
use crate::span::Span;

/// A COPY statement's data, as psql sends it to the server.
#[derive(Debug, Clone, PartialEq)]
pub struct CopyData {
    /// The line the data starts on (after the COPY statement's line).
    pub line: u32,
    /// The data lines, without the terminating `\.`.
    pub lines: Vec<String>,
}

/// The script with meta-command lines and COPY data emptied, and the data blocks.
pub(super) fn separate(sql: &str, source: Source) -> Result<(String, Vec<CopyData>), InputError> {
    // Fast path: a script with neither a backslash at a line's start nor a COPY.
    let has_meta = sql.lines().any(|l| l.trim_start().starts_with('\\'));
    let has_copy = sql.lines().any(is_copy_from_stdin);
    if !has_meta && !has_copy {
        return Ok((sql.to_string(), Vec::new()));
    }
    let mut out = String::with_capacity(sql.len());
    let mut blocks = Vec::new();
    let mut lexer = Lexer::Normal;
    let mut lines = sql.split_inclusive('\n').enumerate();
    while let Some((i, line)) = lines.next() {
        let newline = if line.ends_with('\n') { "\n" } else { "" };
        let content = line.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim_start();
        // Only a line that starts outside a string, quoted name or comment is psql's.
        let at_statement_level = lexer == Lexer::Normal;
        lexer = lexer.after(content);
        if let (true, Some(meta)) = (at_statement_level, trimmed.strip_prefix('\\')) {
            let command: String = meta
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !matches!(command.as_str(), "restrict" | "unrestrict") {
                let column = (content.len() - trimmed.len()) as u32 + 1;
                return Err(InputError::new(
                    source,
                    Span::new(i as u32 + 1, column),
                    format!(
                        "the psql meta-command \\{command} is not SQL; Rehearse reads only \\restrict and \\unrestrict (pg_dump's) besides SQL"
                    ),
                ));
            }
            lexer = Lexer::Normal;
            out.push_str(newline);
            continue;
        }
        out.push_str(line);
        if at_statement_level && lexer == Lexer::Normal && is_copy_from_stdin(content) {
            let mut data = CopyData {
                line: i as u32 + 2,
                lines: Vec::new(),
            };
            // psql sends every line up to `\.` (or the end of the script) as data.
            for (_, row) in lines.by_ref() {
                let newline = if row.ends_with('\n') { "\n" } else { "" };
                out.push_str(newline);
                let row = row.trim_end_matches(['\n', '\r']);
                if row == "\\." {
                    break;
                }
                data.lines.push(row.to_string());
            }
            blocks.push(data);
        }
    }
    Ok((out, blocks))
}

/// Where a line leaves the SQL lexer: outside any token, or inside a string, a quoted
/// name, a dollar-quoted body or a block comment that goes on to the next line.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Lexer {
    Normal,
    /// '...' (`escape`: an E'...' string, where a backslash escapes the next character).
    Quote {
        escape: bool,
    },
    /// "...".
    Name,
    /// $tag$...$tag$.
    Dollar(String),
    /// /* ... */, nested.
    Comment(usize),
}

impl Lexer {
    /// The state after `line` (a line comment ends with its line).
    fn after(mut self, line: &str) -> Lexer {
        let b = line.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match &mut self {
                Lexer::Normal => match b[i] {
                    b'-' if b.get(i + 1) == Some(&b'-') => return Lexer::Normal,
                    b'/' if b.get(i + 1) == Some(&b'*') => {
                        self = Lexer::Comment(1);
                        i += 1;
                    }
                    b'\'' => {
                        let escape = i > 0
                            && matches!(b[i - 1], b'E' | b'e')
                            && !b
                                .get(i.wrapping_sub(2))
                                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_');
                        self = Lexer::Quote { escape };
                    }
                    b'"' => self = Lexer::Name,
                    b'$' => {
                        let tag_len = b[i + 1..]
                            .iter()
                            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
                            .count();
                        let starts_word =
                            i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
                        if starts_word && b.get(i + 1 + tag_len) == Some(&b'$') {
                            let tag = line[i..i + tag_len + 2].to_string();
                            i += tag_len + 1;
                            self = Lexer::Dollar(tag);
                        }
                    }
                    _ => {}
                },
                Lexer::Quote { escape } => match b[i] {
                    b'\\' if *escape => i += 1,
                    b'\'' if b.get(i + 1) == Some(&b'\'') => i += 1,
                    b'\'' => self = Lexer::Normal,
                    _ => {}
                },
                Lexer::Name => {
                    if b[i] == b'"' {
                        if b.get(i + 1) == Some(&b'"') {
                            i += 1;
                        } else {
                            self = Lexer::Normal;
                        }
                    }
                }
                Lexer::Dollar(tag) => {
                    if line[i..].starts_with(tag.as_str()) {
                        i += tag.len() - 1;
                        self = Lexer::Normal;
                    }
                }
                Lexer::Comment(depth) => {
                    if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                        *depth -= 1;
                        i += 1;
                        if *depth == 0 {
                            self = Lexer::Normal;
                        }
                    } else if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                        *depth += 1;
                        i += 1;
                    }
                }
            }
            i += 1;
        }
        self
    }
}

/// A line holding a whole `COPY ... FROM stdin;` statement, as pg_dump writes it.
fn is_copy_from_stdin(line: &str) -> bool {
    let line = line.trim();
    let lower = line.to_ascii_lowercase();
    lower.starts_with("copy ") && lower.ends_with(" from stdin;")
}

/// One COPY text-format line as its fields (`None`: `\N`), as PostgreSQL's
/// `CopyReadAttributesText` reads it: fields separated by tabs, backslash escapes
/// (`\b \f \n \r \t \v`, octal `\NNN`, hex `\xHH`, any other character itself).
pub fn copy_fields(line: &str) -> Vec<Option<String>> {
    let mut fields = Vec::new();
    for raw in line.split('\t') {
        if raw == "\\N" {
            fields.push(None);
            continue;
        }
        let mut out: Vec<u8> = Vec::with_capacity(raw.len());
        let b = raw.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] != b'\\' || i + 1 >= b.len() {
                out.push(b[i]);
                i += 1;
                continue;
            }
            let c = b[i + 1];
            i += 2;
            match c {
                b'0'..=b'7' => {
                    let mut v = u32::from(c - b'0');
                    for _ in 0..2 {
                        match b.get(i) {
                            Some(d @ b'0'..=b'7') => {
                                v = v * 8 + u32::from(d - b'0');
                                i += 1;
                            }
                            _ => break,
                        }
                    }
                    out.push((v & 0o377) as u8);
                }
                b'x' if b.get(i).is_some_and(u8::is_ascii_hexdigit) => {
                    let mut v = 0u8;
                    for _ in 0..2 {
                        match b.get(i).and_then(|d| (*d as char).to_digit(16)) {
                            Some(d) => {
                                v = v * 16 + d as u8;
                                i += 1;
                            }
                            None => break,
                        }
                    }
                    out.push(v);
                }
                b'b' => out.push(8),
                b'f' => out.push(12),
                b'n' => out.push(b'\n'),
                b'r' => out.push(b'\r'),
                b't' => out.push(b'\t'),
                b'v' => out.push(11),
                other => out.push(other),
            }
        }
        fields.push(Some(String::from_utf8_lossy(&out).into_owned()));
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_lines_and_copy_data_leave_the_sql_in_place() {
        let sql = "\\restrict abc\nSET a = 1;\nCOPY public.t (a, b) FROM stdin;\n1\tx\n2\t\\N\n\\.\nSELECT 1;\n\\unrestrict abc\n";
        let (text, blocks) = separate(sql, Source::Setup).unwrap();
        assert_eq!(
            text,
            "\nSET a = 1;\nCOPY public.t (a, b) FROM stdin;\n\n\n\nSELECT 1;\n\n"
        );
        assert_eq!(
            blocks,
            [CopyData {
                line: 4,
                lines: vec!["1\tx".into(), "2\t\\N".into()]
            }]
        );
    }

    #[test]
    fn backslashes_inside_strings_and_comments_are_sql() {
        for sql in [
            "SELECT E'a\\n\n\\connect';\n",
            "SELECT 'it''s\n\\x';\n",
            "SELECT $f$\n\\q\n$f$;\n",
            "/* a\n\\q */ SELECT 1;\n",
            "SELECT \"a\n\\b\";\n",
        ] {
            let (text, blocks) = separate(sql, Source::Setup).unwrap();
            assert_eq!(text, sql);
            assert!(blocks.is_empty());
        }
    }

    #[test]
    fn other_meta_commands_are_input_errors() {
        let err = separate("SELECT 1;\n\\connect db\n", Source::Setup).unwrap_err();
        assert_eq!(err.span, Span::new(2, 1));
        assert!(err.message.contains("\\connect"), "{}", err.message);
    }

    #[test]
    fn copy_text_escapes() {
        assert_eq!(
            copy_fields("a\\tb\t\\N\t\\\\N\t\\101\\x41\\q\t"),
            [
                Some("a\tb".into()),
                None,
                Some("\\N".into()),
                Some("AAq".into()),
                Some(String::new())
            ]
        );
    }
}
