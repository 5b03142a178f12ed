//! A small syntax highlighter for the editors (Python and SQL): comments, strings,
//! numbers and keywords. Display only; it never decides anything about the migration.

/// A token class, used as a CSS class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Plain text.
    Plain,
    /// A keyword.
    Keyword,
    /// A string literal.
    String,
    /// A number.
    Number,
    /// A comment.
    Comment,
}

impl Class {
    /// CSS class name.
    pub fn css(self) -> &'static str {
        match self {
            Class::Plain => "tok",
            Class::Keyword => "tok-kw",
            Class::String => "tok-str",
            Class::Number => "tok-num",
            Class::Comment => "tok-com",
        }
    }
}

const PYTHON: &[&str] = &[
    "def", "import", "from", "as", "return", "None", "True", "False", "with", "pass", "if", "else",
    "for", "in", "and", "or", "not",
];
const SQL: &[&str] = &[
    "select",
    "from",
    "where",
    "insert",
    "into",
    "values",
    "update",
    "set",
    "delete",
    "create",
    "table",
    "alter",
    "add",
    "column",
    "drop",
    "index",
    "unique",
    "primary",
    "key",
    "foreign",
    "references",
    "constraint",
    "check",
    "not",
    "null",
    "default",
    "on",
    "and",
    "or",
    "is",
    "in",
    "rename",
    "to",
    "type",
    "using",
    "begin",
    "commit",
    "as",
    "concurrently",
    "valid",
    "validate",
    "cascade",
    "integer",
    "text",
    "varchar",
    "boolean",
    "serial",
    "numeric",
    "timestamp",
    "bigint",
];

/// Splits `text` into classed pieces that concatenate back to `text`.
pub fn highlight(text: &str, python: bool) -> Vec<(Class, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<(Class, String)> = Vec::new();
    let mut push = |class: Class, s: String| match out.last_mut() {
        Some((c, last)) if *c == class => last.push_str(&s),
        _ => out.push((class, s)),
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let comment_start = if python {
            c == '#'
        } else {
            c == '-' && chars.get(i + 1) == Some(&'-')
        };
        if comment_start {
            let end = chars[i..]
                .iter()
                .position(|&x| x == '\n')
                .map_or(chars.len(), |p| i + p);
            push(Class::Comment, chars[i..end].iter().collect());
            i = end;
        } else if c == '\'' || c == '"' {
            let triple = python && chars.get(i + 1) == Some(&c) && chars.get(i + 2) == Some(&c);
            let mut j = if triple { i + 3 } else { i + 1 };
            while j < chars.len() {
                if chars[j] == '\\' && python {
                    j += 2;
                    continue;
                }
                if chars[j] == c {
                    if triple {
                        if chars.get(j + 1) == Some(&c) && chars.get(j + 2) == Some(&c) {
                            j += 3;
                            break;
                        }
                    } else if !python && chars.get(j + 1) == Some(&c) {
                        j += 2;
                        continue;
                    } else {
                        j += 1;
                        break;
                    }
                }
                j += 1;
            }
            let j = j.min(chars.len());
            push(Class::String, chars[i..j].iter().collect());
            i = j;
        } else if c.is_ascii_digit() {
            let end = chars[i..]
                .iter()
                .position(|x| !(x.is_ascii_alphanumeric() || *x == '.' || *x == '_'))
                .map_or(chars.len(), |p| i + p);
            push(Class::Number, chars[i..end].iter().collect());
            i = end;
        } else if c.is_alphabetic() || c == '_' {
            let end = chars[i..]
                .iter()
                .position(|x| !(x.is_alphanumeric() || *x == '_'))
                .map_or(chars.len(), |p| i + p);
            let word: String = chars[i..end].iter().collect();
            let keyword = if python {
                PYTHON.contains(&word.as_str())
            } else {
                SQL.contains(&word.to_lowercase().as_str())
            };
            push(
                if keyword {
                    Class::Keyword
                } else {
                    Class::Plain
                },
                word,
            );
            i = end;
        } else {
            push(Class::Plain, c.to_string());
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_concatenate_back_and_classes_are_found() {
        let text = "op.execute(\"UPDATE t SET a = 0\")  # backfill\n";
        let pieces = highlight(text, true);
        assert_eq!(
            pieces.iter().map(|p| p.1.as_str()).collect::<String>(),
            text
        );
        assert!(pieces.iter().any(|p| p.0 == Class::String));
        assert!(pieces.iter().any(|p| p.0 == Class::Comment));
    }
}
