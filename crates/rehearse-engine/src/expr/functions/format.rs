//! `format(formatstr, args...)` as PostgreSQL's `text_format` (varlena.c) reads it:
//! `%s`, `%I`, `%L`, `%%`, positions `%n$`, the `-` flag and widths (`%10s`, `%*s`,
//! `%*n$s`), with its 22023/22003/22004 errors; and the quoting functions it shares,
//! `quote_ident`, `quote_literal`, `quote_nullable`.

use super::{Args, Bound};
use crate::builtins;
use crate::error::PgError;
use crate::expr::{Expr, Scope};
use crate::keywords;
use crate::types::{Category, SqlType};
use crate::value::Value;

/// `format` takes a text, then `"any"`: unknown literals read as text.
pub(super) fn bind_format(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
    let mut args = args.into_iter();
    let first = match args.next() {
        Some(f) if matches!(f.ty.category(), Category::String | Category::Unknown) => f,
        _ => return Err(builtins::no_function(name, &types)),
    };
    let mut bound = vec![scope.text_arg(first, name)?];
    // `"any"` keeps an unknown literal unknown (printed back without a cast).
    bound.extend(args);
    Ok((bound, SqlType::Text))
}

/// The hint of the format-string errors.
const PERCENT_HINT: &str = "For a single \"%\" use \"%%\".";

fn unterminated() -> PgError {
    PgError::new("22023", "unterminated format() type specifier").hint(PERCENT_HINT)
}

fn too_few() -> PgError {
    PgError::new("22023", "too few arguments for format()")
}

fn argument_zero() -> PgError {
    PgError::new(
        "22023",
        "format specifies argument 0, but arguments are numbered from 1",
    )
}

/// A cursor over the format string.
struct Cursor {
    chars: Vec<char>,
    i: usize,
}

impl Cursor {
    fn current(&self) -> char {
        self.chars[self.i]
    }

    /// `ADVANCE_PARSE_POINTER`: past the end is an unterminated specifier.
    fn advance(&mut self) -> Result<(), PgError> {
        self.i += 1;
        if self.i >= self.chars.len() {
            return Err(unterminated());
        }
        Ok(())
    }

    /// `text_format_parse_digits`: a decimal number, if the cursor is at one.
    fn digits(&mut self) -> Result<Option<i32>, PgError> {
        if !self.current().is_ascii_digit() {
            return Ok(None);
        }
        let mut n: i32 = 0;
        while self.current().is_ascii_digit() {
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(self.current() as i32 - '0' as i32))
                .ok_or_else(|| PgError::new("22003", "number is out of range"))?;
            self.advance()?;
        }
        Ok(Some(n))
    }
}

/// One specifier's parse: argument position, width position (0: the next argument),
/// left alignment, width.
#[derive(Default)]
struct Spec {
    arg: Option<usize>,
    width_arg: Option<usize>,
    minus: bool,
    width: i32,
}

/// `text_format_parse_format`, the cursor after the `%`; leaves it on the type.
fn parse_spec(c: &mut Cursor) -> Result<Spec, PgError> {
    let mut spec = Spec::default();
    if let Some(n) = c.digits()? {
        if c.current() == '$' {
            if n == 0 {
                return Err(argument_zero());
            }
            spec.arg = Some(n as usize);
            c.advance()?;
        } else {
            spec.width = n;
            return Ok(spec);
        }
    }
    while c.current() == '-' {
        spec.minus = true;
        c.advance()?;
    }
    if c.current() == '*' {
        c.advance()?;
        match c.digits()? {
            Some(n) => {
                if c.current() != '$' {
                    return Err(PgError::new(
                        "22023",
                        "width argument position must be ended by \"$\"",
                    ));
                }
                if n == 0 {
                    return Err(argument_zero());
                }
                spec.width_arg = Some(n as usize);
                c.advance()?;
            }
            None => spec.width_arg = Some(0),
        }
    } else if let Some(n) = c.digits()? {
        spec.width = n;
    }
    Ok(spec)
}

/// `text_format_append_string`: `s` padded to `width` characters.
fn append(out: &mut String, s: &str, minus: bool, width: i32) -> Result<(), PgError> {
    let (left, width) = if width < 0 {
        if width == i32::MIN {
            return Err(PgError::new("22003", "number is out of range"));
        }
        (true, -width as usize)
    } else {
        (minus, width as usize)
    };
    let pad = width.saturating_sub(s.chars().count());
    crate::limits::within_playground((out.len() + s.len() + pad) as u64)?;
    if !left {
        out.extend(std::iter::repeat_n(' ', pad));
    }
    out.push_str(s);
    if left {
        out.extend(std::iter::repeat_n(' ', pad));
    }
    Ok(())
}

/// Argument `i`'s text output (`None` for NULL).
fn output(a: &Args, i: usize) -> Option<String> {
    let v = a.values.get(i)?;
    v.output(&a.exprs.get(i)?.ty)
}

pub(super) fn format(a: Args) -> Result<Value, PgError> {
    let Some(format) = a.text(0) else {
        return Ok(Value::Null);
    };
    let nargs = a.values.len();
    let mut c = Cursor {
        chars: format.chars().collect(),
        i: 0,
    };
    let mut out = String::new();
    let mut arg = 1;
    while c.i < c.chars.len() {
        if c.current() != '%' {
            out.push(c.current());
            c.i += 1;
            continue;
        }
        c.advance()?;
        if c.current() == '%' {
            out.push('%');
            c.i += 1;
            continue;
        }
        let spec = parse_spec(&mut c)?;
        let kind = c.current();
        if !matches!(kind, 's' | 'I' | 'L') {
            return Err(PgError::new(
                "22023",
                format!("unrecognized format() type specifier \"{kind}\""),
            )
            .hint(PERCENT_HINT));
        }
        let mut width = spec.width;
        if let Some(position) = spec.width_arg {
            if position > 0 {
                arg = position;
            }
            if arg >= nargs {
                return Err(too_few());
            }
            width = match &a.values[arg] {
                Value::Null => 0,
                Value::Int(n) => i32::try_from(*n)
                    .map_err(|_| PgError::unsupported("a format() width out of range"))?,
                // Another type's width is read through its text and int4in, whose
                // 22P02/22003 errors PostgreSQL reports.
                _ => match output(&a, arg)
                    .map(|text| crate::value::input(&text, &SqlType::Integer))
                    .transpose()?
                {
                    Some(Value::Int(n)) => i32::try_from(n)
                        .map_err(|_| PgError::unsupported("a format() width out of range"))?,
                    _ => return Err(PgError::unsupported("this format() width")),
                },
            };
            arg += 1;
        }
        if let Some(position) = spec.arg {
            arg = position;
        }
        if arg >= nargs {
            return Err(too_few());
        }
        let value = output(&a, arg);
        arg += 1;
        let text = match (kind, value) {
            ('s', v) => v.unwrap_or_default(),
            ('I', Some(v)) => keywords::quote_ident(&v),
            ('I', None) => {
                return Err(PgError::new(
                    "22004",
                    "null values cannot be formatted as an SQL identifier",
                ))
            }
            (_, Some(v)) => quote_literal_text(&v),
            (_, None) => "NULL".to_string(),
        };
        append(&mut out, &text, spec.minus, width)?;
        c.i += 1;
    }
    Ok(Value::Text(out))
}

/// `quote_literal_cstr`: quotes and backslashes doubled, `E` before the quote when
/// there is a backslash.
fn quote_literal_text(s: &str) -> String {
    let doubled = s.replace('\'', "''").replace('\\', "\\\\");
    if s.contains('\\') {
        format!("E'{doubled}'")
    } else {
        format!("'{doubled}'")
    }
}

/// `quote_literal`/`quote_nullable` take text or any element (quoted as its text
/// output): an unknown literal reads as text.
pub(super) fn bind_quote(scope: &Scope, _: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let args = args
        .into_iter()
        .map(|a| scope.resolve_unknown(a))
        .collect::<Result<_, _>>()?;
    Ok((args, SqlType::Text))
}

pub(super) fn quote_ident(a: Args) -> Result<Value, PgError> {
    Ok(Value::Text(keywords::quote_ident(
        a.text(0).unwrap_or_default(),
    )))
}

pub(super) fn quote_literal(a: Args) -> Result<Value, PgError> {
    Ok(as_text(&a).map_or(Value::Null, |s| Value::Text(quote_literal_text(&s))))
}

pub(super) fn quote_nullable(a: Args) -> Result<Value, PgError> {
    Ok(Value::Text(
        as_text(&a).map_or("NULL".to_string(), |s| quote_literal_text(&s)),
    ))
}

/// The argument cast to text (`quote_literal(anyelement)` is `quote_literal($1::text)`):
/// the output function's text, but a boolean's cast says `true`/`false`.
fn as_text(a: &Args) -> Option<String> {
    match a.values.first()? {
        Value::Bool(b) => Some(b.to_string()),
        _ => output(a, 0),
    }
}
