//! Turning values into text as Python does: `str()`, `repr()`, f-string fields with
//! conversions and format specs, `%` formatting and `str.format`.

use super::{Evaluator, Fault, Object, Py};
use crate::alembic::sa::python_float;
use rustpython_parser::ast::ConversionFlag;
use rustpython_parser::ast::{self, Ranged};

impl Evaluator<'_> {
    /// `str(v)`.
    pub(crate) fn to_str(&self, node: &impl Ranged, v: &Py) -> Result<String, Fault> {
        match v {
            Py::Str(s) => Ok(s.clone()),
            Py::EnumMember(c, i) => Ok(format!(
                "{}.{}",
                c.name,
                c.members.get(*i).map(|m| m.0.as_str()).unwrap_or_default()
            )),
            Py::Object(Object::Dialect) => Err(self.refuse(
                node,
                "str() of the dialect is not modelled; use `.dialect.name`",
            )),
            _ => self.repr(node, v),
        }
    }

    /// `repr(v)`.
    pub(crate) fn repr(&self, node: &impl Ranged, v: &Py) -> Result<String, Fault> {
        let join = |items: &[Py]| -> Result<String, Fault> {
            Ok(items
                .iter()
                .map(|i| self.repr(node, i))
                .collect::<Result<Vec<_>, _>>()?
                .join(", "))
        };
        Ok(match v {
            Py::None => "None".into(),
            Py::Bool(b) => if *b { "True" } else { "False" }.into(),
            Py::Int(i) => i.to_string(),
            Py::Float(f) => python_float(*f),
            Py::Str(s) => str_repr(s),
            Py::List(items) => format!("[{}]", join(items)?),
            Py::Tuple(items) if items.len() == 1 => format!("({},)", join(items)?),
            Py::Tuple(items) => format!("({})", join(items)?),
            Py::Set(items) if items.is_empty() => "set()".into(),
            Py::Set(items) if items.len() == 1 => format!("{{{}}}", join(items)?),
            Py::Dict(items) => {
                let parts = items
                    .iter()
                    .map(|(k, v)| Ok(format!("{}: {}", self.repr(node, k)?, self.repr(node, v)?)))
                    .collect::<Result<Vec<_>, Fault>>()?;
                format!("{{{}}}", parts.join(", "))
            }
            Py::EnumMember(c, i) => {
                let (name, value) = c
                    .members
                    .get(*i)
                    .cloned()
                    .unwrap_or((String::new(), Py::None));
                format!("<{}.{name}: {}>", c.name, self.repr(node, &value)?)
            }
            Py::Set(_) => {
                return Err(self.refuse(
                    node,
                    "the text of a set: Python's order depends on hashing, so it is not known",
                ))
            }
            other => {
                return Err(self.refuse(
                    node,
                    format!(
                        "the text of {} is not something the playground can compute",
                        other.describe()
                    ),
                ))
            }
        })
    }

    /// An f-string's `{value!conversion:spec}`.
    pub(crate) fn formatted(&self, f: &ast::ExprFormattedValue) -> Result<String, Fault> {
        let v = self.value(&f.value)?;
        let v = match f.conversion {
            ConversionFlag::Repr => Py::Str(self.repr(f, &v)?),
            ConversionFlag::Str => Py::Str(self.to_str(f, &v)?),
            ConversionFlag::Ascii => Py::Str(ascii(&self.repr(f, &v)?)),
            ConversionFlag::None => v,
        };
        let spec = match &f.format_spec {
            Some(spec) => match self.value(spec)? {
                Py::Str(s) => s,
                _ => String::new(),
            },
            None => String::new(),
        };
        self.format_value(f, &v, &spec)
    }

    /// `format(v, spec)`: `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
    pub(crate) fn format_value(
        &self,
        node: &impl Ranged,
        v: &Py,
        spec: &str,
    ) -> Result<String, Fault> {
        if spec.is_empty() {
            return self.to_str(node, v);
        }
        let bad = || {
            self.refuse(
                node,
                format!(
                    "the format spec '{spec}' for a {} is not supported by the playground",
                    super::builtins::type_name(v)
                ),
            )
        };
        let chars: Vec<char> = spec.chars().collect();
        let mut i = 0;
        let (mut fill, mut align) = (' ', None);
        if chars.len() >= 2 && matches!(chars[1], '<' | '>' | '^' | '=') {
            fill = chars[0];
            align = Some(chars[1]);
            i = 2;
        } else if matches!(chars.first(), Some('<' | '>' | '^' | '=')) {
            align = chars.first().copied();
            i = 1;
        }
        let mut sign = '-';
        if let Some(&c @ ('+' | '-' | ' ')) = chars.get(i) {
            sign = c;
            i += 1;
        }
        if chars.get(i) == Some(&'#') {
            return Err(self.refuse(node, format!("the format spec '{spec}' is not supported")));
        }
        if chars.get(i) == Some(&'0') {
            if align.is_none() {
                fill = '0';
                align = Some('=');
            }
            i += 1;
        }
        let mut width = 0usize;
        while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
            width = width.saturating_mul(10).saturating_add(d as usize);
            i += 1;
        }
        let mut grouping = None;
        if let Some(&c @ (',' | '_')) = chars.get(i) {
            grouping = Some(c);
            i += 1;
        }
        let mut precision = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            let mut p = 0usize;
            while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                p = p.saturating_mul(10).saturating_add(d as usize);
                i += 1;
            }
            precision = Some(p);
        }
        let ty = chars.get(i).copied();
        if i + usize::from(ty.is_some()) != chars.len()
            || width > 10_000
            || precision.is_some_and(|p| p > 100)
        {
            return Err(bad());
        }
        let (body, negative, numeric) = match (v, ty) {
            (Py::Str(s), None | Some('s')) => {
                let s = match precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s.clone(),
                };
                (s, false, false)
            }
            (Py::Int(n), None | Some('d')) if precision.is_none() => {
                (group(&n.unsigned_abs().to_string(), grouping), *n < 0, true)
            }
            (Py::Int(n), Some('x')) => (format!("{:x}", n.unsigned_abs()), *n < 0, true),
            (Py::Int(n), Some('X')) => (format!("{:X}", n.unsigned_abs()), *n < 0, true),
            (Py::Int(n), Some('o')) => (format!("{:o}", n.unsigned_abs()), *n < 0, true),
            (Py::Int(n), Some('b')) => (format!("{:b}", n.unsigned_abs()), *n < 0, true),
            (Py::Int(_) | Py::Float(_), Some('g' | 'G')) | (Py::Float(_), None)
                if ty.is_some() || precision.is_some() =>
            {
                let f = match v {
                    Py::Int(n) => *n as f64,
                    Py::Float(f) => *f,
                    _ => 0.0,
                };
                (
                    general(f.abs(), precision.unwrap_or(6), ty.is_none()),
                    f.is_sign_negative() && f != 0.0,
                    true,
                )
            }
            (Py::Int(_) | Py::Float(_), Some('f' | 'F' | '%')) => {
                let mut f = match v {
                    Py::Int(n) => *n as f64,
                    Py::Float(f) => *f,
                    _ => 0.0,
                };
                if ty == Some('%') {
                    f *= 100.0;
                }
                let p = precision.unwrap_or(6);
                let text = format!("{:.*}", p, f.abs());
                let (int, frac) = text
                    .split_once('.')
                    .map(|(a, b)| (a.to_string(), format!(".{b}")))
                    .unwrap_or((text.clone(), String::new()));
                let pct = if ty == Some('%') { "%" } else { "" };
                (
                    format!("{}{frac}{pct}", group(&int, grouping)),
                    f.is_sign_negative() && f != 0.0,
                    true,
                )
            }
            (Py::Float(f), None) => (python_float(f.abs()), f.is_sign_negative(), true),
            _ => return Err(bad()),
        };
        let sign = match (negative, sign) {
            (true, _) => "-",
            (false, '+') => "+",
            (false, ' ') => " ",
            _ => "",
        };
        let len = body.chars().count() + sign.len();
        let pad = width.saturating_sub(len);
        let fill_n = |n: usize| fill.to_string().repeat(n);
        let align = align.unwrap_or(if numeric { '>' } else { '<' });
        Ok(match align {
            '<' => format!("{sign}{body}{}", fill_n(pad)),
            '^' => format!("{}{sign}{body}{}", fill_n(pad / 2), fill_n(pad - pad / 2)),
            '=' => format!("{sign}{}{body}", fill_n(pad)),
            _ => format!("{}{sign}{body}", fill_n(pad)),
        })
    }

    /// `template % args`.
    pub(crate) fn percent(
        &self,
        node: &impl Ranged,
        template: &str,
        args: &Py,
    ) -> Result<String, Fault> {
        let (positional, mapping): (Vec<Py>, Option<&[Pair]>) = match args {
            Py::Tuple(items) => (items.clone(), None),
            Py::Dict(items) => (Vec::new(), Some(items.as_slice())),
            other => (vec![other.clone()], None),
        };
        let mut next = positional.into_iter();
        let chars: Vec<char> = template.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            if chars[i] != '%' {
                out.push(chars[i]);
                i += 1;
                continue;
            }
            i += 1;
            let mut key = None;
            if chars.get(i) == Some(&'(') {
                let end = chars[i..]
                    .iter()
                    .position(|c| *c == ')')
                    .map(|p| p + i)
                    .ok_or_else(|| self.raise(node, "ValueError", "incomplete format key"))?;
                key = Some(chars[i + 1..end].iter().collect::<String>());
                i = end + 1;
            }
            let start = i;
            while i < chars.len() && "-+ 0#.0123456789".contains(chars[i]) {
                i += 1;
            }
            let flags: String = chars[start..i].iter().collect();
            let Some(&conv) = chars.get(i) else {
                return Err(self.raise(node, "ValueError", "incomplete format"));
            };
            i += 1;
            if conv == '%' {
                out.push('%');
                continue;
            }
            let value = match &key {
                Some(k) => {
                    match mapping.and_then(|m| super::builtins::dict_get(m, &Py::Str(k.clone()))) {
                        Some(v) => v.clone(),
                        None => return Err(self.raise(node, "KeyError", str_repr(k))),
                    }
                }
                None => next.next().ok_or_else(|| {
                    self.raise(node, "TypeError", "not enough arguments for format string")
                })?,
            };
            // printf flags, then width and precision: `%-5s`, `%05d`, `%+.2f`.
            let rest = flags.trim_start_matches(['-', '+', ' ', '0', '#']);
            let lead = &flags[..flags.len() - rest.len()];
            let numeric = matches!(conv, 'd' | 'i' | 'f' | 'x' | 'o');
            let sign = match (numeric, lead.contains('+'), lead.contains(' ')) {
                (true, true, _) => "+",
                (true, false, true) => " ",
                _ => "",
            };
            let spec = if lead.contains('-') {
                format!("<{sign}{rest}")
            } else if lead.contains('0') && numeric {
                format!("{sign}0{rest}")
            } else {
                format!(">{sign}{rest}")
            };
            out.push_str(&match conv {
                's' => self.format_value(node, &Py::Str(self.to_str(node, &value)?), &spec)?,
                'r' => self.format_value(node, &Py::Str(self.repr(node, &value)?), &spec)?,
                'd' | 'i' => {
                    let n = match value {
                        Py::Int(n) => n,
                        Py::Bool(b) => b as i64,
                        Py::Float(f) => f.trunc() as i64,
                        _ => {
                            return Err(self.raise(
                                node,
                                "TypeError",
                                format!(
                                    "%{conv} format: a real number is required, not {}",
                                    super::builtins::type_name(&value)
                                ),
                            ))
                        }
                    };
                    self.format_value(node, &Py::Int(n), &spec)?
                }
                'f' | 'x' | 'o' => self.format_value(node, &value, &format!("{spec}{conv}"))?,
                _ => {
                    return Err(self.refuse(node, format!("the `%{conv}` format is not supported")))
                }
            });
        }
        if mapping.is_none() && next.next().is_some() {
            return Err(self.raise(
                node,
                "TypeError",
                "not all arguments converted during string formatting",
            ));
        }
        Ok(out)
    }

    /// `template.format(*args, **kwargs)`.
    pub(crate) fn str_format(
        &self,
        node: &impl Ranged,
        template: &str,
        args: &[Py],
        kwargs: &[(String, Py)],
    ) -> Result<String, Fault> {
        let chars: Vec<char> = template.chars().collect();
        let mut out = String::new();
        let mut auto = 0usize;
        // Whether fields are numbered by hand (`{0}`) or automatically (`{}`).
        let mut numbering: Option<bool> = None;
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '{' if chars.get(i + 1) == Some(&'{') => {
                    out.push('{');
                    i += 2;
                }
                '}' if chars.get(i + 1) == Some(&'}') => {
                    out.push('}');
                    i += 2;
                }
                '{' => {
                    let end = chars[i..]
                        .iter()
                        .position(|c| *c == '}')
                        .map(|p| p + i)
                        .ok_or_else(|| {
                            self.raise(node, "ValueError", "expected '}' before end of string")
                        })?;
                    let field: String = chars[i + 1..end].iter().collect();
                    i = end + 1;
                    let (field, spec) = field
                        .split_once(':')
                        .map(|(a, b)| (a.to_string(), b.to_string()))
                        .unwrap_or((field, String::new()));
                    let (name, conv) = field
                        .split_once('!')
                        .map(|(a, b)| (a.to_string(), Some(b.to_string())))
                        .unwrap_or((field, None));
                    let manual = !name.is_empty() && name.parse::<usize>().is_ok();
                    if (name.is_empty() && numbering == Some(true))
                        || (manual && numbering == Some(false))
                    {
                        let message = if manual {
                            "cannot switch from automatic field numbering to manual field specification"
                        } else {
                            "cannot switch from manual field specification to automatic field numbering"
                        };
                        return Err(self.raise(node, "ValueError", message));
                    }
                    if name.is_empty() {
                        numbering = Some(false);
                    } else if manual {
                        numbering = Some(true);
                    }
                    let value = if name.is_empty() {
                        auto += 1;
                        args.get(auto - 1).cloned().ok_or_else(|| {
                            self.raise(
                                node,
                                "IndexError",
                                format!(
                                    "Replacement index {} out of range for positional args tuple",
                                    auto - 1
                                ),
                            )
                        })?
                    } else if let Ok(n) = name.parse::<usize>() {
                        args.get(n).cloned().ok_or_else(|| {
                            self.raise(
                                node,
                                "IndexError",
                                format!(
                                    "Replacement index {n} out of range for positional args tuple"
                                ),
                            )
                        })?
                    } else if name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                        kwargs
                            .iter()
                            .find(|(k, _)| *k == name)
                            .map(|(_, v)| v.clone())
                            .ok_or_else(|| self.raise(node, "KeyError", str_repr(&name)))?
                    } else {
                        return Err(self.refuse(
                            node,
                            format!("the format field `{{{name}}}` is not supported"),
                        ));
                    };
                    let value = match conv.as_deref() {
                        Some("r") => Py::Str(self.repr(node, &value)?),
                        Some("s") => Py::Str(self.to_str(node, &value)?),
                        Some(_) => {
                            return Err(self.raise(
                                node,
                                "ValueError",
                                "Unknown conversion specifier",
                            ))
                        }
                        None => value,
                    };
                    out.push_str(&self.format_value(node, &value, &spec)?);
                }
                '}' => {
                    return Err(self.raise(
                        node,
                        "ValueError",
                        "Single '}' encountered in format string",
                    ))
                }
                c => {
                    out.push(c);
                    i += 1;
                }
            }
        }
        Ok(out)
    }
}

/// Python's general format (`g`; with `keep_point`, the spec without a type, which
/// keeps one digit after the point): fixed-point for exponents in [-4, precision),
/// scientific otherwise, trailing zeros removed.
fn general(f: f64, precision: usize, keep_point: bool) -> String {
    let p = precision.max(1);
    if f == 0.0 {
        return if keep_point { "0.0" } else { "0" }.into();
    }
    let sci = format!("{:.*e}", p - 1, f);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let trim = |s: &str| -> String {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s.to_string()
        }
    };
    if (-4..p as i32).contains(&exp) {
        let decimals = usize::try_from(p as i32 - 1 - exp).unwrap_or(0);
        let mut text = trim(&format!("{f:.decimals$}"));
        if keep_point && !text.contains('.') {
            text.push_str(".0");
        }
        text
    } else {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{sign}{:02}", trim(mantissa), exp.abs())
    }
}

/// A dict's (key, value).
type Pair = (Py, Py);

fn group(digits: &str, sep: Option<char>) -> String {
    let Some(sep) = sep else {
        return digits.to_string();
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Python's `repr(str)`: single quotes unless the text has one and no double quote;
/// backslashes, the chosen quote and control characters escaped. Also how Alembic's
/// renderer prints names and values (autogenerate).
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `ascii()`: non-ASCII characters escaped.
fn ascii(s: &str) -> String {
    s.chars()
        .map(|c| match c as u32 {
            0..=0x7f => c.to_string(),
            0x80..=0xff => format!("\\x{:02x}", c as u32),
            0x100..=0xffff => format!("\\u{:04x}", c as u32),
            n => format!("\\U{n:08x}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::str_repr;

    #[test]
    fn quotes_like_python() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(
            str_repr("'x'::character varying"),
            "\"'x'::character varying\""
        );
        assert_eq!(str_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(str_repr("back\\slash\n\x01"), "'back\\\\slash\\n\\x01'");
    }
}
