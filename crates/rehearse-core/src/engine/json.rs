//! `json` validation and `jsonb` normalisation.
//!
//! `json` keeps its input text; `jsonb` prints in PostgreSQL's canonical form: `", "`
//! and `": "` separators, object keys ordered by length then bytes, the last of
//! duplicate keys kept, numbers as `numeric` prints them.

use super::value::parse_numeric;
use crate::error::PgError;

enum Json {
    Null,
    Bool(bool),
    Number(String),
    Str(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

struct Parser<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    depth: usize,
}

/// Validates `text` as JSON; returns the jsonb form when `canonical`, else the input.
pub fn normalize(text: &str, canonical: bool) -> Result<String, PgError> {
    let invalid = || PgError::invalid_input("json", text);
    let mut parser = Parser {
        chars: text.chars().peekable(),
        depth: 0,
    };
    let value = parser.value().ok_or_else(invalid)?;
    parser.skip_ws();
    if parser.chars.next().is_some() {
        return Err(invalid());
    }
    if !canonical {
        return Ok(text.to_string());
    }
    let mut out = String::new();
    write(&value, &mut out);
    Ok(out)
}

impl Parser<'_> {
    fn skip_ws(&mut self) {
        while self
            .chars
            .peek()
            .is_some_and(|c| matches!(c, ' ' | '\t' | '\n' | '\r'))
        {
            self.chars.next();
        }
    }

    fn value(&mut self) -> Option<Json> {
        self.skip_ws();
        self.depth += 1;
        if self.depth > 1000 {
            return None;
        }
        let v = match *self.chars.peek()? {
            '{' => {
                self.chars.next();
                let mut members = Vec::new();
                self.skip_ws();
                if self.chars.peek() == Some(&'}') {
                    self.chars.next();
                } else {
                    loop {
                        self.skip_ws();
                        let Json::Str(key) = self.string()? else {
                            return None;
                        };
                        self.skip_ws();
                        (self.chars.next()? == ':').then_some(())?;
                        let v = self.value()?;
                        members.push((key, v));
                        self.skip_ws();
                        match self.chars.next()? {
                            ',' => continue,
                            '}' => break,
                            _ => return None,
                        }
                    }
                }
                Json::Object(members)
            }
            '[' => {
                self.chars.next();
                let mut items = Vec::new();
                self.skip_ws();
                if self.chars.peek() == Some(&']') {
                    self.chars.next();
                } else {
                    loop {
                        items.push(self.value()?);
                        self.skip_ws();
                        match self.chars.next()? {
                            ',' => continue,
                            ']' => break,
                            _ => return None,
                        }
                    }
                }
                Json::Array(items)
            }
            '"' => self.string()?,
            c if c == '-' || c.is_ascii_digit() => {
                let mut s = String::new();
                while let Some(&c) = self.chars.peek() {
                    if c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E') {
                        s.push(c);
                        self.chars.next();
                    } else {
                        break;
                    }
                }
                parse_numeric(&s)?;
                Json::Number(s)
            }
            _ => {
                let mut word = String::new();
                while self.chars.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
                    word.push(self.chars.next()?);
                }
                match word.as_str() {
                    "true" => Json::Bool(true),
                    "false" => Json::Bool(false),
                    "null" => Json::Null,
                    _ => return None,
                }
            }
        };
        self.depth -= 1;
        Some(v)
    }

    fn string(&mut self) -> Option<Json> {
        (self.chars.next()? == '"').then_some(())?;
        let mut s = String::new();
        loop {
            match self.chars.next()? {
                '"' => return Some(Json::Str(s)),
                '\\' => match self.chars.next()? {
                    '"' => s.push('"'),
                    '\\' => s.push('\\'),
                    '/' => s.push('/'),
                    'b' => s.push('\u{8}'),
                    'f' => s.push('\u{c}'),
                    'n' => s.push('\n'),
                    'r' => s.push('\r'),
                    't' => s.push('\t'),
                    'u' => {
                        let hex: String = (0..4).filter_map(|_| self.chars.next()).collect();
                        let code = u32::from_str_radix(&hex, 16).ok()?;
                        s.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                    }
                    _ => return None,
                },
                c if (c as u32) < 0x20 => return None,
                c => s.push(c),
            }
        }
    }
}

fn parse(text: &str) -> Result<Json, PgError> {
    let mut parser = Parser {
        chars: text.chars().peekable(),
        depth: 0,
    };
    parser
        .value()
        .ok_or_else(|| PgError::invalid_input("json", text))
}

/// `jsonb || jsonb`: objects merge (the right side wins); anything else concatenates
/// as arrays, a non-array operand counting as a one-element array.
pub fn concat(left: &str, right: &str) -> Result<String, PgError> {
    let merged = match (parse(left)?, parse(right)?) {
        (Json::Object(mut a), Json::Object(b)) => {
            a.extend(b);
            Json::Object(a)
        }
        (a, b) => {
            let items = |j: Json| match j {
                Json::Array(v) => v,
                other => vec![other],
            };
            let mut v = items(a);
            v.extend(items(b));
            Json::Array(v)
        }
    };
    let mut out = String::new();
    write(&merged, &mut out);
    Ok(out)
}

fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn write(value: &Json, out: &mut String) {
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => {
            out.push_str(&parse_numeric(n).map_or_else(|| n.clone(), |d| d.to_string()))
        }
        Json::Str(s) => write_string(s, out),
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write(item, out);
            }
            out.push(']');
        }
        Json::Object(members) => {
            let mut unique: Vec<&(String, Json)> = Vec::new();
            for member in members {
                match unique.iter().position(|m| m.0 == member.0) {
                    Some(i) => unique[i] = member,
                    None => unique.push(member),
                }
            }
            unique.sort_by(|a, b| a.0.len().cmp(&b.0.len()).then_with(|| a.0.cmp(&b.0)));
            out.push('{');
            for (i, (key, value)) in unique.iter().map(|m| (&m.0, &m.1)).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_string(key, out);
                out.push_str(": ");
                write(value, out);
            }
            out.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn jsonb_orders_keys_by_length_then_bytes() {
        assert_eq!(
            normalize(r#"{"bb":1,  "a":[1,2], "a": 3}"#, true).unwrap(),
            r#"{"a": 3, "bb": 1}"#
        );
        assert!(normalize("{", true).is_err());
    }
}
