//! SQLAlchemy's PostgreSQL DDL compiler, for the constructs migrations use: type
//! spellings, column specifications, server defaults, identifier quoting and literal
//! rendering. Templates follow `tests/oracle/forms/FORMS.md`, measured on Alembic
//! 1.20 / SQLAlchemy 2.1; the rendering corpus compares byte for byte.

mod columns;
mod oslo_db_types;
mod other_dialects;
mod sequences;
mod time_literal;
mod types;
mod utils_types;

pub use columns::{column, enum_check, fk_tail, ForeignKeyRef, SaColumn};
pub use other_dialects::is_other_dialect_plain_type;
pub use sequences::sequence_ddl;
pub use types::{sa_type, type_call, SaType, TypeKind};

use super::py::{Call, Py};
use rehearse_engine::error::{InputError, Source};
use rehearse_engine::span::Span;

/// SQLAlchemy's PostgreSQL reserved words (identifiers that need quoting).
const RESERVED: &[&str] = &[
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "authorization",
    "between",
    "binary",
    "both",
    "case",
    "cast",
    "check",
    "collate",
    "column",
    "constraint",
    "create",
    "cross",
    "current_catalog",
    "current_date",
    "current_role",
    "current_schema",
    "current_time",
    "current_timestamp",
    "current_user",
    "default",
    "deferrable",
    "desc",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "false",
    "fetch",
    "for",
    "foreign",
    "freeze",
    "from",
    "full",
    "grant",
    "group",
    "having",
    "ilike",
    "in",
    "initially",
    "inner",
    "intersect",
    "into",
    "is",
    "isnull",
    "join",
    "leading",
    "left",
    "like",
    "limit",
    "localtime",
    "localtimestamp",
    "natural",
    "new",
    "not",
    "notnull",
    "null",
    "of",
    "off",
    "offset",
    "old",
    "on",
    "only",
    "or",
    "order",
    "outer",
    "over",
    "overlaps",
    "placing",
    "primary",
    "references",
    "returning",
    "right",
    "select",
    "session_user",
    "similar",
    "some",
    "symmetric",
    "table",
    "then",
    "to",
    "trailing",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "variadic",
    "verbose",
    "when",
    "where",
    "window",
    "with",
];

/// Quotes an identifier when SQLAlchemy would.
pub fn quote(name: &str) -> String {
    let needs = RESERVED.contains(&name.to_lowercase().as_str())
        || name.starts_with(|c: char| c.is_ascii_digit() || c == '$')
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        || name.chars().any(|c| c.is_ascii_uppercase())
        || name.is_empty();
    if needs {
        format!("\"{}\"", name.replace('"', "\"\""))
    } else {
        name.to_string()
    }
}

/// PostgreSQL's identifier limit, as SQLAlchemy's dialect enforces it.
const MAX_IDENTIFIER: usize = 63;

/// A generated (or `op.f()`) name over the limit: SQLAlchemy keeps 55 characters and
/// appends `_` and the last 4 hex digits of the name's md5.
pub fn truncate_generated(name: &str) -> String {
    if name.chars().count() <= MAX_IDENTIFIER {
        return name.to_string();
    }
    let digest = format!("{:x}", md5::compute(name.as_bytes()));
    let head: String = name.chars().take(55).collect();
    format!("{head}_{}", &digest[digest.len() - 4..])
}

/// A plain index or constraint name over the limit is SQLAlchemy's IdentifierError.
pub fn check_identifier(name: &str, span: Span) -> Result<(), InputError> {
    if name.chars().count() > MAX_IDENTIFIER {
        return Err(err(span, format!("IdentifierError: Identifier '{name}' exceeds maximum length of {MAX_IDENTIFIER} characters")));
    }
    Ok(())
}

/// A string literal: quotes doubled, tabs as four spaces (Alembic's output does that).
pub fn string_literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

fn err(span: Span, message: impl Into<String>) -> InputError {
    InputError::new(Source::Migration, span, message)
}

/// Renders a `server_default=` value.
pub fn server_default(value: &Py, span: Span) -> Result<Option<String>, InputError> {
    Ok(Some(match value {
        Py::None => return Ok(None),
        Py::Str(s) => string_literal(s),
        Py::Call(c) => match c.func.as_str() {
            "sa.text" => match c.args.first() {
                Some(Py::Str(s)) => s.clone(),
                _ => return Err(err(c.span, "sa.text() needs a string")),
            },
            "sa.false" => "false".into(),
            "sa.true" => "true".into(),
            // With a `type_`, the type's literal processor renders (or rejects) it.
            "sa.literal" if c.args.len() > 1 || !c.kwargs.is_empty() => {
                return Err(err(
                    c.span,
                    "sa.literal(value, type_) as a server default is not supported yet",
                ))
            }
            "sa.literal" => match c.args.first() {
                Some(Py::Bool(b)) => b.to_string(),
                Some(Py::Int(i)) => i.to_string(),
                Some(Py::Str(s)) => string_literal(s),
                _ => return Err(err(c.span, "unsupported sa.literal() value")),
            },
            f if f.starts_with("sa.func.") => func_call(c)?,
            other => {
                return Err(err(
                    c.span,
                    format!("`{other}(...)` is not a server default the playground knows"),
                ))
            }
        },
        other => {
            return Err(err(
                span,
                format!(
                    "server_default must be a string, sa.text(...) or sa.func.*(), found {}",
                    other.describe()
                ),
            ))
        }
    }))
}

/// `sa.func.name(args)`: `now()`, `CURRENT_TIMESTAMP` for the ANSI functions.
pub fn func_call(c: &Call) -> Result<String, InputError> {
    let name = c.func.trim_start_matches("sa.func.");
    let ansi = [
        "current_timestamp",
        "current_date",
        "current_time",
        "localtime",
        "localtimestamp",
        "current_user",
    ];
    if ansi.contains(&name) && c.args.is_empty() {
        return Ok(name.to_uppercase());
    }
    let args = c
        .args
        .iter()
        .map(|a| match a {
            Py::Str(s) => Ok(string_literal(s)),
            Py::Int(i) => Ok(i.to_string()),
            Py::Call(inner) if inner.func.starts_with("sa.func.") => func_call(inner),
            other => Err(err(
                c.span,
                format!(
                    "unsupported argument {} to sa.func.{name}()",
                    other.describe()
                ),
            )),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(format!("{name}({})", args.join(", ")))
}

/// Renders a Python value as a SQL literal for a column of type `kind`, as
/// SQLAlchemy's literal binds do (bulk_insert).
pub fn literal(
    value: &Py,
    kind: &TypeKind,
    type_ddl: &str,
    span: Span,
) -> Result<String, InputError> {
    let cannot = |v: &Py| {
        // A value the interpreter only names (`CONF.default_mode` from the project's
        // configuration): SQLAlchemy renders its real value, which Rehearse cannot know.
        if matches!(v, Py::Name(_)) && super::py::is_opaque(v) {
            return err(
                span,
                format!(
                    "`{}` comes from outside the migration file: Rehearse cannot know the value SQLAlchemy would write for it",
                    v.describe()
                ),
            );
        }
        err(
            span,
            format!(
                "CompileError: Could not render literal value \"{}\" with datatype {type_ddl}",
                v.describe()
            ),
        )
    };
    Ok(match (kind, value) {
        (_, Py::None) => "NULL".into(),
        (TypeKind::String | TypeKind::Enum(..), Py::Str(s)) => string_literal(s),
        (TypeKind::String | TypeKind::Enum(..), v) => return Err(cannot(v)),
        (TypeKind::Integer(_), Py::Int(i)) => i.to_string(),
        (TypeKind::Integer(_), Py::Bool(b)) => (*b as i64).to_string(),
        (TypeKind::Integer(_), Py::Float(f)) => (f.trunc() as i64).to_string(),
        (TypeKind::Integer(_), Py::Str(s)) => s.trim().parse::<i64>().map_err(|_| cannot(value))?.to_string(),
        (TypeKind::Boolean, Py::Bool(b)) => b.to_string(),
        (TypeKind::Boolean, Py::Int(i)) => (*i != 0).to_string(),
        (TypeKind::Numeric, Py::Int(i)) => i.to_string(),
        (TypeKind::Numeric, Py::Float(f)) => python_float(*f),
        (TypeKind::Numeric, Py::Str(s)) => s.clone(),
        (TypeKind::Numeric, Py::Call(c)) if c.func == "decimal.Decimal" => match c.args.first() {
            Some(Py::Str(s)) => s.clone(),
            Some(Py::Int(i)) => i.to_string(),
            _ => return Err(cannot(value)),
        },
        (TypeKind::Float, Py::Float(f)) => python_float(*f),
        (TypeKind::Float, Py::Int(i)) => i.to_string(),
        (TypeKind::Date | TypeKind::DateTime, Py::Call(c)) if c.func == "datetime.date" || c.func == "datetime.datetime" => {
            let n: Vec<i64> = c.args.iter().map(|a| if let Py::Int(i) = a { *i } else { 0 }).collect();
            let date = format!("{:04}-{:02}-{:02}", n.first().copied().unwrap_or(1), n.get(1).copied().unwrap_or(1), n.get(2).copied().unwrap_or(1));
            if matches!(kind, TypeKind::Date) || c.func == "datetime.date" {
                string_literal(&date)
            } else {
                let (h, mi, s) = (n.get(3).copied().unwrap_or(0), n.get(4).copied().unwrap_or(0), n.get(5).copied().unwrap_or(0));
                let micro = n.get(6).copied().unwrap_or(0);
                let frac = if micro > 0 { format!(".{micro:06}") } else { String::new() };
                let zone = match c.kw("tzinfo") {
                    None | Some(Py::None) => String::new(),
                    Some(Py::Name(n)) if n == "datetime.timezone.utc" => "+00:00".to_string(),
                    Some(Py::Call(tz)) if tz.func == "datetime.timezone" => match tz.args.first() {
                        Some(Py::Call(delta)) if delta.func == "datetime.timedelta" => {
                            let part = |k: &str| match delta.kw(k) {
                                Some(Py::Int(i)) => *i,
                                _ => 0,
                            };
                            let minutes = part("hours") * 60 + part("minutes");
                            let sign = if minutes < 0 { '-' } else { '+' };
                            format!("{sign}{:02}:{:02}", minutes.abs() / 60, minutes.abs() % 60)
                        }
                        _ => return Err(err(span, "datetime.timezone() needs a datetime.timedelta(hours=..., minutes=...)")),
                    },
                    Some(other) => return Err(err(span, format!("tzinfo={} is not supported; use datetime.timezone.utc", other.describe()))),
                };
                string_literal(&format!("{date} {h:02}:{mi:02}:{s:02}{frac}{zone}"))
            }
        }
        (TypeKind::Time, Py::Call(c)) if c.func == "datetime.time" => {
            string_literal(&time_literal::iso_time(c).map_err(|m| err(span, m))?)
        }
        (TypeKind::Uuid(dashes), Py::Str(s)) => string_literal(&if *dashes { s.clone() } else { s.replace('-', "") }),
        (TypeKind::Uuid(_), Py::Call(c)) if c.func == "uuid.UUID" => match c.args.first() {
            // str(uuid.UUID(...)) is the canonical lower-case dashed form.
            Some(Py::Str(s)) => {
                let hex: String = s.chars().filter(|c| c.is_ascii_hexdigit()).collect::<String>().to_lowercase();
                if hex.len() != 32 {
                    return Err(err(span, format!("ValueError: badly formed hexadecimal UUID string {s:?}")));
                }
                string_literal(&format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..]))
            }
            _ => return Err(cannot(value)),
        },
        (TypeKind::NoLiteral(class), v) => {
            return Err(err(span, format!("CompileError: No literal value renderer is available for literal value \"{}\" with datatype {class}", python_repr(v))))
        }
        (TypeKind::Decorated(module, name), _) => {
            return Err(err(span, format!("bulk_insert values for a {module}.{name} column are not supported by the playground (its bind processing is not modelled)")))
        }
        (TypeKind::Array(_), _) => {
            return Err(err(span, format!("bulk_insert values for an ARRAY column ({type_ddl}) are not supported by the playground")))
        }
        (TypeKind::Json, v) => {
            return Err(err(span, format!("CompileError: No literal value renderer is available for literal value \"{}\" with datatype {type_ddl}", v.describe())))
        }
        (_, v) => return Err(cannot(v)),
    })
}

/// Python's `repr()` of a simple value, as SQLAlchemy's messages quote it.
fn python_repr(v: &Py) -> String {
    match v {
        Py::Str(s) => super::py::str_repr(s),
        other => other.describe(),
    }
}

/// A bound value rendered as SQLAlchemy's literal binds do.
fn bind_literal(v: &Py) -> Option<String> {
    Some(match v {
        Py::None => "NULL".into(),
        Py::Bool(b) => b.to_string(),
        Py::Int(i) => i.to_string(),
        Py::Float(f) => python_float(*f),
        Py::Str(s) => string_literal(s),
        Py::Call(c) if c.func == "decimal.Decimal" => match c.args.first() {
            Some(Py::Str(s)) => s.clone(),
            Some(Py::Int(i)) => i.to_string(),
            _ => return None,
        },
        Py::Call(c) if c.func == "datetime.date" => {
            let n: Vec<i64> = c
                .args
                .iter()
                .map(|a| if let Py::Int(i) = a { *i } else { 0 })
                .collect();
            string_literal(&format!(
                "{:04}-{:02}-{:02}",
                n.first().copied().unwrap_or(1),
                n.get(1).copied().unwrap_or(1),
                n.get(2).copied().unwrap_or(1)
            ))
        }
        _ => return None,
    })
}

/// A SQL fragment given as a string or `sa.text("...")` (its `:name` binds written as
/// offline Alembic does); `what` is the message for anything else.
pub fn sql_text(v: Option<&Py>, span: Span, what: &str) -> Result<String, InputError> {
    match v {
        Some(Py::Str(s)) => Ok(s.clone()),
        Some(Py::Call(t)) if t.func == "sa.text" => match t.args.first() {
            Some(Py::Str(s)) => Ok(text_binds(s, &[])),
            _ => Err(err(t.span, "sa.text() needs a string")),
        },
        _ => Err(err(span, what)),
    }
}

/// Replaces `:name` bind parameters as `sa.text` compiled with literal binds does
/// (`(?<![:\w\\]):(\w+)(?![:\w])`): with the bound value, or NULL; `\:` becomes `:`.
pub fn text_binds(sql: &str, values: &[(Py, Py)]) -> String {
    let chars: Vec<char> = sql.chars().collect();
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && chars.get(i + 1) == Some(&':') {
            out.push(':');
            i += 2;
            continue;
        }
        if c == ':' {
            let prev_ok =
                i == 0 || !(chars[i - 1] == ':' || word(chars[i - 1]) || chars[i - 1] == '\\');
            let mut j = i + 1;
            while j < chars.len() && word(chars[j]) {
                j += 1;
            }
            let next_ok = j >= chars.len() || !(chars[j] == ':' || word(chars[j]));
            if prev_ok && j > i + 1 && next_ok {
                let name: String = chars[i + 1..j].iter().collect();
                let bound = values
                    .iter()
                    .find(|(k, _)| matches!(k, Py::Str(s) if *s == name))
                    .and_then(|(_, v)| bind_literal(v));
                out.push_str(&bound.unwrap_or_else(|| "NULL".into()));
                i = j;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Python's `repr(float)`.
pub fn python_float(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let plain = format!("{f:?}");
    let abs = f.abs();
    if abs != 0.0 && !(1e-4..1e16).contains(&abs) {
        let sci = format!("{f:e}");
        let (m, e) = sci.split_once('e').unwrap_or((&sci, "0"));
        let e: i32 = e.parse().unwrap_or(0);
        return format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    }
    plain
}
