//! `json` validation and `jsonb` normalisation.
//!
//! `json` keeps its input text; `jsonb` prints in PostgreSQL's canonical form: `", "`
//! and `": "` separators, object keys ordered by length then bytes, the last of
//! duplicate keys kept, numbers as `numeric` prints them.

use crate::error::PgError;

#[derive(Debug, Clone)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    Number(String),
    Str(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// A lexical token, with its source text for error details.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Punct(char),
    Str(String),
    Number(String),
    Word(String),
    End,
}

impl Token {
    fn text(&self) -> String {
        match self {
            Token::Punct(c) => c.to_string(),
            Token::Str(s) => format!("\"{s}\""),
            Token::Number(s) | Token::Word(s) => s.clone(),
            Token::End => String::new(),
        }
    }
}

/// Why input is not JSON, worded as PostgreSQL's `json_errdetail`.
enum Problem {
    Expected(&'static str, Token),
    Invalid(String),
    EndedEarly,
    EscapeInvalid(String),
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
    Unicode(&'static str),
    NulEscape,
}

/// The deepest nesting read. PostgreSQL's parser recurses too and stops at its stack
/// limit (54001) somewhere in the thousands of levels; parsing, writing and dropping a
/// value recurse once per level here, and 1000 levels fit the wasm stack with room.
const MAX_DEPTH: usize = 1000;

struct Parser {
    /// jsonb (escapes are decoded to text, so `\u0000` is refused).
    jsonb: bool,
    chars: Vec<char>,
    pos: usize,
    depth: usize,
}

fn alnum(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || !c.is_ascii()
}

impl Parser {
    fn hex4(&mut self) -> Result<u32, Problem> {
        let hex: String = self.chars.iter().skip(self.pos).take(4).collect();
        let code =
            u32::from_str_radix(&hex, 16).map_err(|_| Problem::EscapeInvalid(format!("u{hex}")))?;
        self.pos += 4;
        Ok(code)
    }

    fn lex(&mut self) -> Result<Token, Problem> {
        while self
            .chars
            .get(self.pos)
            .is_some_and(|c| matches!(c, ' ' | '\t' | '\n' | '\r'))
        {
            self.pos += 1;
        }
        let Some(&c) = self.chars.get(self.pos) else {
            return Ok(Token::End);
        };
        if matches!(c, '{' | '}' | '[' | ']' | ',' | ':') {
            self.pos += 1;
            return Ok(Token::Punct(c));
        }
        if c == '"' {
            self.pos += 1;
            let mut s = String::new();
            loop {
                let Some(&c) = self.chars.get(self.pos) else {
                    return Err(Problem::EndedEarly);
                };
                self.pos += 1;
                match c {
                    '"' => return Ok(Token::Str(s)),
                    '\\' => {
                        let Some(&e) = self.chars.get(self.pos) else {
                            return Err(Problem::EndedEarly);
                        };
                        self.pos += 1;
                        match e {
                            '"' => s.push('"'),
                            '\\' => s.push('\\'),
                            '/' => s.push('/'),
                            'b' => s.push('\u{8}'),
                            'f' => s.push('\u{c}'),
                            'n' => s.push('\n'),
                            'r' => s.push('\r'),
                            't' => s.push('\t'),
                            'u' => {
                                let code = self.hex4()?;
                                let code = if (0xD800..0xDC00).contains(&code) {
                                    // A high surrogate must be followed by \uDC00..\uDFFF.
                                    let low_follows = self.chars.get(self.pos) == Some(&'\\')
                                        && self.chars.get(self.pos + 1) == Some(&'u');
                                    if !low_follows {
                                        return Err(Problem::Unicode(
                                            "Unicode low surrogate must follow a high surrogate.",
                                        ));
                                    }
                                    self.pos += 2;
                                    let low = self.hex4()?;
                                    if !(0xDC00..0xE000).contains(&low) {
                                        return Err(Problem::Unicode(
                                            "Unicode low surrogate must follow a high surrogate.",
                                        ));
                                    }
                                    0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                                } else if (0xDC00..0xE000).contains(&code) {
                                    return Err(Problem::Unicode(
                                        "Unicode low surrogate must follow a high surrogate.",
                                    ));
                                } else {
                                    code
                                };
                                if code == 0 && self.jsonb {
                                    return Err(Problem::NulEscape);
                                }
                                s.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                            }
                            other => return Err(Problem::EscapeInvalid(other.to_string())),
                        }
                    }
                    c if (c as u32) < 0x20 => return Err(Problem::Invalid(format!("\"{s}"))),
                    c => s.push(c),
                }
            }
        }
        let start = self.pos;
        if c == '-' || c.is_ascii_digit() {
            // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, then trailing alphanumerics
            // make the whole run one invalid token (as json_lex_number reports it).
            let digits = |p: &mut usize, chars: &[char]| {
                let s = *p;
                while chars.get(*p).is_some_and(|c| c.is_ascii_digit()) {
                    *p += 1;
                }
                *p > s
            };
            let mut p = self.pos;
            let mut ok = true;
            if self.chars[p] == '-' {
                p += 1;
            }
            if self.chars.get(p) == Some(&'0') {
                p += 1;
            } else {
                ok &= digits(&mut p, &self.chars);
            }
            if ok && self.chars.get(p) == Some(&'.') {
                p += 1;
                ok &= digits(&mut p, &self.chars);
            }
            if ok && matches!(self.chars.get(p), Some('e' | 'E')) {
                p += 1;
                if matches!(self.chars.get(p), Some('+' | '-')) {
                    p += 1;
                }
                ok &= digits(&mut p, &self.chars);
            }
            let mut end = p;
            while self.chars.get(end).is_some_and(|&c| alnum(c)) {
                end += 1;
            }
            self.pos = end.max(start + 1);
            let text: String = self.chars[start..self.pos].iter().collect();
            return if ok && end == p {
                Ok(Token::Number(text))
            } else {
                Err(Problem::Invalid(text))
            };
        }
        while self.chars.get(self.pos).is_some_and(|&c| alnum(c)) {
            self.pos += 1;
        }
        if self.pos == start {
            self.pos += 1;
        }
        let word: String = self.chars[start..self.pos].iter().collect();
        if matches!(word.as_str(), "true" | "false" | "null") {
            Ok(Token::Word(word))
        } else {
            Err(Problem::Invalid(word))
        }
    }

    fn value(&mut self, token: Token) -> Result<Json, Problem> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Problem::TooDeep);
        }
        let v = match token {
            Token::Punct('{') => {
                let mut members = Vec::new();
                let mut t = self.lex()?;
                if t != Token::Punct('}') {
                    loop {
                        let Token::Str(key) = t else {
                            return Err(if members.is_empty() {
                                Problem::Expected("string or \"}\"", t)
                            } else {
                                Problem::Expected("string", t)
                            });
                        };
                        let colon = self.lex()?;
                        if colon != Token::Punct(':') {
                            return Err(Problem::Expected("\":\"", colon));
                        }
                        let next = self.lex()?;
                        members.push((key, self.value(next)?));
                        match self.lex()? {
                            Token::Punct(',') => t = self.lex()?,
                            Token::Punct('}') => break,
                            other => return Err(Problem::Expected("\",\" or \"}\"", other)),
                        }
                    }
                }
                Json::Object(members)
            }
            Token::Punct('[') => {
                let mut items = Vec::new();
                let mut t = self.lex()?;
                if t != Token::Punct(']') {
                    loop {
                        if matches!(t, Token::Punct(_) | Token::End)
                            && !matches!(t, Token::Punct('{' | '['))
                        {
                            return Err(if items.is_empty() {
                                Problem::Expected("array element or \"]\"", t)
                            } else {
                                Problem::Expected("JSON value", t)
                            });
                        }
                        items.push(self.value(t)?);
                        match self.lex()? {
                            Token::Punct(',') => t = self.lex()?,
                            Token::Punct(']') => break,
                            other => return Err(Problem::Expected("\",\" or \"]\"", other)),
                        }
                    }
                }
                Json::Array(items)
            }
            Token::Str(s) => Json::Str(s),
            Token::Number(n) => Json::Number(n),
            Token::Word(w) => match w.as_str() {
                "true" => Json::Bool(true),
                "false" => Json::Bool(false),
                _ => Json::Null,
            },
            Token::End => return Err(Problem::EndedEarly),
            other => return Err(Problem::Expected("JSON value", other)),
        };
        self.depth -= 1;
        Ok(v)
    }
}

pub(crate) fn parse(text: &str, jsonb: bool) -> Result<Json, PgError> {
    let mut parser = Parser {
        jsonb,
        chars: text.chars().collect(),
        pos: 0,
        depth: 0,
    };
    let result = parser
        .lex()
        .and_then(|t| parser.value(t))
        .and_then(|v| match parser.lex()? {
            Token::End => Ok(v),
            other => Err(Problem::Expected("end of input", other)),
        });
    result.map_err(|problem| {
        let detail = match problem {
            Problem::Expected(_, Token::End) | Problem::EndedEarly => {
                "The input string ended unexpectedly.".to_string()
            }
            Problem::Expected(what, token) => {
                format!("Expected {what}, but found \"{}\".", token.text())
            }
            Problem::Invalid(token) => format!("Token \"{token}\" is invalid."),
            Problem::EscapeInvalid(e) => format!("Escape sequence \"\\{e}\" is invalid."),
            Problem::Unicode(detail) => detail.to_string(),
            Problem::TooDeep => return PgError::stack_depth_limit_exceeded(),
            Problem::NulEscape => {
                return PgError::new("22P05", "unsupported Unicode escape sequence")
                    .detail("\\u0000 cannot be converted to text.")
            }
        };
        PgError::new("22P02", "invalid input syntax for type json").detail(detail)
    })
}

/// Validates `text` as JSON; returns the jsonb form when `canonical`, else the input.
pub fn normalize(text: &str, canonical: bool) -> Result<String, PgError> {
    let value = parse(text, canonical)?;
    if !canonical {
        return Ok(text.to_string());
    }
    let mut out = String::new();
    write(&value, &mut out);
    Ok(out)
}

/// `jsonb || jsonb`: objects merge (the right side wins); anything else concatenates
/// as arrays, a non-array operand counting as a one-element array.
pub fn concat(left: &str, right: &str) -> Result<String, PgError> {
    // Before parsing (which holds four bytes a character): the result is about as long
    // as the two texts.
    super::limits::within_playground(left.len() as u64 + right.len() as u64)?;
    let merged = match (parse(left, true)?, parse(right, true)?) {
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

/// A JSON number as jsonb (numeric) prints it, at any precision: the exponent applied,
/// the display scale kept (`1.50e1` → `15.0`), negative zero printed as zero.
pub(crate) fn numeric_text(n: &str) -> String {
    let (negative, body) = match n.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, n),
    };
    let (mantissa, exp) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], body[i + 1..].parse::<i64>().unwrap_or(0)),
        None => (body, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut all = format!("{int_part}{frac_part}");
    let scale = (frac_part.len() as i64 - exp).max(0) as usize;
    let point = int_part.len() as i64 + exp; // digits before the decimal point
    if point > all.len() as i64 {
        all.push_str(&"0".repeat((point - all.len() as i64) as usize));
    }
    let (int_digits, mut frac_digits) = if point <= 0 {
        (
            String::from("0"),
            format!("{}{}", "0".repeat((-point) as usize), all),
        )
    } else {
        let p = point as usize;
        (all[..p].to_string(), all[p..].to_string())
    };
    frac_digits.truncate(scale);
    while frac_digits.len() < scale {
        frac_digits.push('0');
    }
    let int_digits = int_digits.trim_start_matches('0');
    let int_digits = if int_digits.is_empty() {
        "0"
    } else {
        int_digits
    };
    let zero = int_digits == "0" && frac_digits.chars().all(|c| c == '0');
    let sign = if negative && !zero { "-" } else { "" };
    if frac_digits.is_empty() {
        format!("{sign}{int_digits}")
    } else {
        format!("{sign}{int_digits}.{frac_digits}")
    }
}

/// An object's members as jsonb keeps them: the last of duplicate keys, ordered by
/// length then bytes.
fn jsonb_members(members: &[(String, Json)]) -> Vec<&(String, Json)> {
    let mut unique: Vec<&(String, Json)> = Vec::new();
    for member in members {
        match unique.iter().position(|m| m.0 == member.0) {
            Some(i) => unique[i] = member,
            None => unique.push(member),
        }
    }
    unique.sort_by(|a, b| a.0.len().cmp(&b.0.len()).then_with(|| a.0.cmp(&b.0)));
    unique
}

/// One element or member value of a jsonb document: its jsonb text, and the text
/// `->>` gives (a string unquoted; `None` for JSON null).
pub struct Item {
    pub jsonb: String,
    pub text: Option<String>,
}

/// A jsonb document's top level, for the set-returning functions.
pub enum Shape {
    Scalar,
    Array(Vec<Item>),
    Object(Vec<(String, Item)>),
}

/// The top level of the jsonb document `text` (already valid jsonb).
pub fn shape(text: &str) -> Result<Shape, PgError> {
    let item = |v: &Json| {
        let mut jsonb = String::new();
        write(v, &mut jsonb);
        let text = match v {
            Json::Null => None,
            Json::Str(s) => Some(s.clone()),
            _ => Some(jsonb.clone()),
        };
        Item { jsonb, text }
    };
    Ok(match parse(text, true)? {
        Json::Array(items) => Shape::Array(items.iter().map(item).collect()),
        Json::Object(members) => Shape::Object(
            jsonb_members(&members)
                .into_iter()
                .map(|(k, v)| (k.clone(), item(v)))
                .collect(),
        ),
        _ => Shape::Scalar,
    })
}

pub(crate) fn write_string(s: &str, out: &mut String) {
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

pub(crate) fn write(value: &Json, out: &mut String) {
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => out.push_str(&numeric_text(n)),
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
            let unique = jsonb_members(members);
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
    use super::{normalize, MAX_DEPTH};

    #[test]
    fn jsonb_concatenation_stops_at_the_playground_value_limit() {
        let half = format!("[\"{}\"]", "x".repeat(40 << 20));
        let e = super::concat(&half, &half).unwrap_err();
        assert_eq!(e.sqlstate, "0A000");
        assert!(super::concat("[1]", "{\"a\": 2}").is_ok());
    }

    #[test]
    fn nesting_past_the_limit_is_postgresql_stack_error() {
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        let e = normalize(&deep, true).unwrap_err();
        assert_eq!(e.sqlstate, "54001");
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(normalize(&ok, true).is_ok());
    }

    #[test]
    fn jsonb_orders_keys_by_length_then_bytes() {
        assert_eq!(
            normalize(r#"{"bb":1,  "a":[1,2], "a": 3}"#, true).unwrap(),
            r#"{"a": 3, "bb": 1}"#
        );
        assert!(normalize("{", true).is_err());
    }
}
