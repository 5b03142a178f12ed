//! PostgreSQL array values of the engine's scalar types (the types are
//! `types::array`'s): `array_in` (text → array, each element through the element type's input function),
//! `array_out` (array → text, with its quoting rules) and `btarraycmp`'s order.
//!
//! As in PostgreSQL, one array type covers every dimensionality (a column declared
//! `int[3][]` is `integer[]` and holds a one- or a two-dimensional value alike), and
//! an empty array has no dimensions at all. Lower bounds other than 1 (the `[0:2]=`
//! prefix) are refused: nothing a migration writes makes them.

use super::Value;
use crate::error::PgError;
use crate::types::SqlType;
use std::cmp::Ordering;

/// PostgreSQL's `MAXDIM`.
const MAX_DIMENSIONS: usize = 6;

/// An array value: its dimensions (outermost first, each with lower bound 1) and its
/// elements in row-major order, NULL elements as [`Value::Null`].
#[derive(Debug, Clone, PartialEq)]
pub struct Array {
    dims: Vec<usize>,
    elements: Vec<Value>,
}

impl Array {
    /// A one-dimensional array of `elements` (the empty array when there are none).
    pub fn from_elements(elements: Vec<Value>) -> Array {
        let dims = if elements.is_empty() {
            Vec::new()
        } else {
            vec![elements.len()]
        };
        Array { dims, elements }
    }

    /// The dimensions, outermost first; empty for the empty array.
    pub fn dims(&self) -> &[usize] {
        &self.dims
    }

    /// The elements in row-major order.
    pub fn elements(&self) -> &[Value] {
        &self.elements
    }

    /// The same shape with each element converted by `f` (an element-wise cast).
    pub fn try_map(
        &self,
        mut f: impl FnMut(&Value) -> Result<Value, PgError>,
    ) -> Result<Array, PgError> {
        Ok(Array {
            dims: self.dims.clone(),
            elements: self.elements.iter().map(&mut f).collect::<Result<_, _>>()?,
        })
    }

    /// `array_out`: nested braces, elements quoted when `array_out` quotes them.
    pub fn output(&self, element: &SqlType) -> String {
        if self.elements.is_empty() {
            return "{}".into();
        }
        let mut text = String::new();
        // How many elements a sub-array of each dimension spans.
        let mut spans = vec![1usize; self.dims.len()];
        for d in (0..self.dims.len()).rev() {
            spans[d] = self.dims[d] * spans.get(d + 1).copied().unwrap_or(1);
        }
        for (i, value) in self.elements.iter().enumerate() {
            if i > 0 {
                text.push(',');
            }
            // A brace opens for each sub-array this element starts, and closes for
            // each it ends.
            text.extend(spans.iter().filter(|&&n| i % n == 0).map(|_| '{'));
            match value.output(element) {
                None => text.push_str("NULL"),
                Some(s) => push_element(&mut text, &s),
            }
            text.extend(spans.iter().filter(|&&n| (i + 1) % n == 0).map(|_| '}'));
        }
        text
    }
}

/// One element as `array_out` writes it: quoted (with `"` and `\` escaped) when it is
/// empty, is `NULL` in any case, or holds a brace, a quote, a backslash, the
/// delimiter or white space.
fn push_element(text: &mut String, s: &str) {
    let quote = s.is_empty()
        || s.eq_ignore_ascii_case("null")
        || s.chars()
            .any(|c| matches!(c, '{' | '}' | '"' | '\\' | ',') || is_space(c));
    if !quote {
        text.push_str(s);
        return;
    }
    text.push('"');
    for c in s.chars() {
        if matches!(c, '"' | '\\') {
            text.push('\\');
        }
        text.push(c);
    }
    text.push('"');
}

/// `scanner_isspace`: the white space PostgreSQL's array syntax skips.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

/// `btarraycmp`: element by element (NULL after every value, equal to NULL), then the
/// number of elements, the number of dimensions and the dimensions.
pub fn compare(a: &Array, b: &Array) -> Ordering {
    for (x, y) in a.elements.iter().zip(&b.elements) {
        let order = match (x.is_null(), y.is_null()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Greater,
            (false, true) => Ordering::Less,
            (false, false) => x.compare(y),
        };
        if order != Ordering::Equal {
            return order;
        }
    }
    a.elements
        .len()
        .cmp(&b.elements.len())
        .then(a.dims.len().cmp(&b.dims.len()))
        .then_with(|| a.dims.cmp(&b.dims))
}

/// One token of the array syntax (`ReadArrayToken`).
enum Token {
    LevelStart,
    LevelEnd,
    Delimiter,
    Element(String),
    Null,
}

/// `malformed array literal` with its DETAIL, as `array_in` raises it.
fn malformed(text: &str, detail: &str) -> PgError {
    PgError::new("22P02", format!("malformed array literal: \"{text}\"")).detail(detail)
}

/// `array_in`: reads `text`, each element through `element_input` (the element type's
/// input function and its modifier, with their errors).
pub fn input(
    text: &str,
    element_input: &mut dyn FnMut(&str) -> Result<Value, PgError>,
) -> Result<Array, PgError> {
    let trimmed = text.trim_start_matches(is_space);
    if trimmed.starts_with('[') {
        return Err(PgError::unsupported(
            "array literals with explicit dimensions (`[1:n]={...}`)",
        ));
    }
    if !trimmed.starts_with('{') {
        return Err(malformed(
            text,
            "Array value must start with \"{\" or dimension information.",
        ));
    }
    let mut chars = trimmed.char_indices().peekable();
    let mut dims: Vec<Option<usize>> = Vec::new();
    let mut counts = [0usize; MAX_DIMENSIONS];
    let mut elements = Vec::new();
    let (mut level, mut ndim) = (0usize, 0usize);
    let (mut frozen, mut expect_delimiter) = (false, false);
    let dimension_error = || {
        malformed(
            text,
            "Multidimensional arrays must have sub-arrays with matching dimensions.",
        )
    };
    loop {
        match next_token(&mut chars, text)? {
            Token::LevelStart => {
                if expect_delimiter {
                    return Err(malformed(text, "Unexpected \"{\" character."));
                }
                if level >= MAX_DIMENSIONS {
                    return Err(PgError::new(
                        "54000",
                        format!(
                            "number of array dimensions exceeds the maximum allowed ({MAX_DIMENSIONS})"
                        ),
                    ));
                }
                counts[level] = 0;
                level += 1;
                if level > ndim {
                    if frozen {
                        return Err(dimension_error());
                    }
                    ndim = level;
                    dims.push(None);
                }
            }
            Token::LevelEnd => {
                if counts[level - 1] > 0 && !expect_delimiter {
                    return Err(malformed(text, "Unexpected \"}\" character."));
                }
                level -= 1;
                if level > 0 {
                    counts[level - 1] += 1;
                }
                match dims[level] {
                    None => dims[level] = Some(counts[level]),
                    Some(n) if n != counts[level] => return Err(dimension_error()),
                    Some(_) => {}
                }
                expect_delimiter = true;
                if level == 0 {
                    break;
                }
            }
            Token::Delimiter => {
                if !expect_delimiter {
                    return Err(malformed(text, "Unexpected \",\" character."));
                }
                expect_delimiter = false;
            }
            token @ (Token::Element(_) | Token::Null) => {
                if expect_delimiter {
                    return Err(malformed(text, "Unexpected array element."));
                }
                elements.push(match token {
                    Token::Element(s) => element_input(&s)?,
                    _ => Value::Null,
                });
                frozen = true;
                if level != ndim {
                    return Err(dimension_error());
                }
                counts[level - 1] += 1;
                expect_delimiter = true;
            }
        }
    }
    if chars.any(|(_, c)| !is_space(c)) {
        return Err(malformed(text, "Junk after closing right brace."));
    }
    let dims: Vec<usize> = dims.into_iter().map(Option::unwrap_or_default).collect();
    // Any zero-length dimension makes the empty array (`{{},{}}` is `{}`).
    if elements.is_empty() || dims.contains(&0) {
        return Ok(Array::from_elements(Vec::new()));
    }
    Ok(Array { dims, elements })
}

type Chars<'a> = std::iter::Peekable<std::str::CharIndices<'a>>;

/// `ReadArrayToken`: the next token, skipping white space before it.
fn next_token(chars: &mut Chars, text: &str) -> Result<Token, PgError> {
    let end = || malformed(text, "Unexpected end of input.");
    loop {
        let Some(&(_, c)) = chars.peek() else {
            return Err(end());
        };
        match c {
            '{' | '}' | ',' => {
                chars.next();
                return Ok(match c {
                    '{' => Token::LevelStart,
                    '}' => Token::LevelEnd,
                    _ => Token::Delimiter,
                });
            }
            '"' => {
                chars.next();
                return quoted_element(chars, text);
            }
            c if is_space(c) => {
                chars.next();
            }
            _ => return unquoted_element(chars, text),
        }
    }
}

fn quoted_element(chars: &mut Chars, text: &str) -> Result<Token, PgError> {
    let end = || malformed(text, "Unexpected end of input.");
    let mut element = String::new();
    loop {
        match chars.next().ok_or_else(end)?.1 {
            '\\' => element.push(chars.next().ok_or_else(end)?.1),
            '"' => {
                // What follows the closing quote must be a delimiter or a brace.
                while let Some(&(_, c)) = chars.peek() {
                    if matches!(c, ',' | '{' | '}') {
                        return Ok(Token::Element(element));
                    }
                    if !is_space(c) {
                        return Err(malformed(text, "Incorrectly quoted array element."));
                    }
                    chars.next();
                }
                return Err(end());
            }
            c => element.push(c),
        }
    }
}

fn unquoted_element(chars: &mut Chars, text: &str) -> Result<Token, PgError> {
    let mut element = String::new();
    // Trailing white space is not part of the element; an escaped character is.
    let mut kept = 0;
    let mut escaped = false;
    loop {
        let Some(&(_, c)) = chars.peek() else {
            return Err(malformed(text, "Unexpected end of input."));
        };
        match c {
            '{' => return Err(malformed(text, "Unexpected \"{\" character.")),
            '"' => return Err(malformed(text, "Incorrectly quoted array element.")),
            ',' | '}' => {
                element.truncate(kept);
                return Ok(if !escaped && element.eq_ignore_ascii_case("null") {
                    Token::Null
                } else {
                    Token::Element(element)
                });
            }
            '\\' => {
                chars.next();
                let Some((_, next)) = chars.next() else {
                    return Err(malformed(text, "Unexpected end of input."));
                };
                element.push(next);
                kept = element.len();
                escaped = true;
            }
            c => {
                chars.next();
                element.push(c);
                if !is_space(c) {
                    kept = element.len();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_array(text: &str) -> Result<Array, PgError> {
        input(text, &mut |s| Ok(Value::Text(s.to_string())))
    }

    fn round_trip(text: &str) -> String {
        text_array(text).unwrap().output(&SqlType::Text)
    }

    fn detail(text: &str) -> String {
        let e = text_array(text).unwrap_err();
        assert_eq!(e.sqlstate, "22P02");
        assert_eq!(e.message, format!("malformed array literal: \"{text}\""));
        e.detail.unwrap_or_default()
    }

    #[test]
    fn input_then_output_quotes_as_array_out() {
        // Each measured on PGlite (`'...'::text[]::text`).
        assert_eq!(round_trip("{}"), "{}");
        assert_eq!(round_trip("  {a,b}  "), "{a,b}");
        assert_eq!(
            round_trip(
                r#"{"a b",NULL,"x\"y", "", null, "NULL", " s ", "a\\\\b", "{", "nULl", "é", a\\,b}"#
            ),
            r#"{"a b",NULL,"x\"y","",NULL,"NULL"," s ","a\\\\b","{","nULl",é,"a\\",b}"#
        );
        assert_eq!(round_trip("{ab cd , e}"), r#"{"ab cd",e}"#);
        assert_eq!(round_trip("{{1,2},{3,4}}"), "{{1,2},{3,4}}");
        assert_eq!(round_trip("{ {1} , {2} }"), "{{1},{2}}");
        assert_eq!(round_trip("{{{1},{2}},{{3},{4}}}"), "{{{1},{2}},{{3},{4}}}");
        assert_eq!(round_trip("{{},{}}"), "{}");
        assert_eq!(text_array("{{1,2},{3,4}}").unwrap().dims(), &[2, 2]);
    }

    #[test]
    fn malformed_literals_say_what_array_in_says() {
        assert_eq!(detail("{1,2"), "Unexpected end of input.");
        assert_eq!(
            detail("x"),
            "Array value must start with \"{\" or dimension information."
        );
        let mismatch = "Multidimensional arrays must have sub-arrays with matching dimensions.";
        assert_eq!(detail("{1,{2}}"), mismatch);
        assert_eq!(detail("{{1},{2,3}}"), mismatch);
        assert_eq!(detail("{1}x"), "Junk after closing right brace.");
        assert_eq!(detail("{}x"), "Junk after closing right brace.");
        assert_eq!(detail("{1}}"), "Junk after closing right brace.");
        assert_eq!(detail("{1,,2}"), "Unexpected \",\" character.");
        assert_eq!(detail("{,1}"), "Unexpected \",\" character.");
        assert_eq!(detail("{1,}"), "Unexpected \"}\" character.");
        assert_eq!(detail("{\"a\"b}"), "Incorrectly quoted array element.");
        assert_eq!(detail("{\"1\" 2}"), "Incorrectly quoted array element.");
        assert_eq!(detail("{{1}2}"), "Unexpected array element.");
        assert_eq!(detail("{1{2}}"), "Unexpected \"{\" character.");
        let deep = text_array("{{{{{{{1}}}}}}}").unwrap_err();
        assert_eq!(
            (deep.sqlstate.as_str(), deep.message.as_str()),
            (
                "54000",
                "number of array dimensions exceeds the maximum allowed (6)"
            )
        );
    }

    #[test]
    fn elements_go_through_the_element_input() {
        let e = input("{1,a}", &mut |s| crate::value::input(s, &SqlType::Integer)).unwrap_err();
        assert_eq!(e.message, "invalid input syntax for type integer: \"a\"");
        // Unquoted white space inside an element is the element's.
        let e = input("{1 2}", &mut |s| crate::value::input(s, &SqlType::Integer)).unwrap_err();
        assert_eq!(e.message, "invalid input syntax for type integer: \"1 2\"");
    }

    #[test]
    fn order_is_elements_then_length() {
        let ints = |t: &str| input(t, &mut |s| crate::value::input(s, &SqlType::Integer)).unwrap();
        assert_eq!(compare(&ints("{}"), &ints("{}")), Ordering::Equal);
        assert_eq!(compare(&ints("{1,2}"), &ints("{1,2,3}")), Ordering::Less);
        assert_eq!(compare(&ints("{2}"), &ints("{1,9}")), Ordering::Greater);
        assert_eq!(compare(&ints("{NULL}"), &ints("{NULL}")), Ordering::Equal);
        assert_eq!(compare(&ints("{NULL}"), &ints("{5}")), Ordering::Greater);
        assert_eq!(compare(&ints("{1,2}"), &ints("{{1,2}}")), Ordering::Less);
    }
}
