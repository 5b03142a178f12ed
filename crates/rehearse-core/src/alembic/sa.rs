//! SQLAlchemy's PostgreSQL DDL compiler, for the constructs migrations use: type
//! spellings, column specifications, server defaults, identifier quoting and literal
//! rendering. Templates follow `tests/oracle/forms/FORMS.md`, measured on Alembic
//! 1.20 / SQLAlchemy 2.1; the rendering corpus compares byte for byte.

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

/// What kind of value a type holds (drives literal rendering and SERIAL).
#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    /// Integer family: the SERIAL spelling.
    Integer(&'static str),
    /// String-like.
    String,
    /// Boolean.
    Boolean,
    /// Numeric.
    Numeric,
    /// Float.
    Float,
    /// Date.
    Date,
    /// DateTime.
    DateTime,
    /// UUID (with dashes kept or not).
    Uuid(bool),
    /// JSON / JSONB.
    Json,
    /// A native enum: name, labels, and whether create_table emits CREATE TYPE.
    Enum(String, Vec<String>, bool),
    /// Anything else.
    Other,
}

/// A resolved SQLAlchemy type.
#[derive(Debug, Clone, PartialEq)]
pub struct SaType {
    /// DDL spelling.
    pub ddl: String,
    /// Kind.
    pub kind: TypeKind,
}

fn err(span: Span, message: impl Into<String>) -> InputError {
    InputError::new(Source::Migration, span, message)
}

fn int_arg(call: &Call, pos: usize, name: &str) -> Option<i64> {
    match call.args.get(pos).or_else(|| call.kw(name)) {
        Some(Py::Int(i)) => Some(*i),
        _ => None,
    }
}

fn bool_kw(call: &Call, name: &str) -> bool {
    matches!(call.kw(name), Some(Py::Bool(true)))
}

/// A type expression as a call: `sa.Integer` written bare is `sa.Integer()`.
pub fn type_call(value: &Py, span: Span) -> Result<Call, InputError> {
    match value {
        Py::Call(c) => Ok((**c).clone()),
        Py::Name(n) => Ok(Call {
            func: n.clone(),
            args: Vec::new(),
            kwargs: Vec::new(),
            span,
        }),
        other => Err(err(
            span,
            format!("expected a SQLAlchemy type, found {}", other.describe()),
        )),
    }
}

/// Resolves a type expression (`sa.String(200)`, `sa.Integer`, `postgresql.JSONB()`).
pub fn sa_type(value: &Py, span: Span) -> Result<SaType, InputError> {
    let call = type_call(value, span)?;
    let name = call.func.rsplit('.').next().unwrap_or_default().to_string();
    let dialect_pg = call.func.starts_with("postgresql.");
    // Keyword arguments this renderer honours; anything else would change Alembic's
    // output, so it is refused rather than ignored.
    let allowed: &[&str] = match name.as_str() {
        "String" | "Unicode" | "VARCHAR" | "NVARCHAR" | "CHAR" | "Text" | "UnicodeText"
        | "TEXT" => &["length"],
        "Numeric" | "NUMERIC" | "DECIMAL" => {
            &["precision", "scale", "asdecimal", "decimal_return_scale"]
        }
        "Float" | "FLOAT" => &["precision", "asdecimal", "decimal_return_scale"],
        "Double" | "DOUBLE_PRECISION" | "DOUBLE" | "REAL" => {
            &["precision", "asdecimal", "decimal_return_scale"]
        }
        "DateTime" | "TIMESTAMP" => &["timezone", "precision"],
        "Uuid" | "UUID" => &["as_uuid", "native_uuid"],
        "JSON" | "JSONB" => &["none_as_null", "astext_type"],
        "Enum" | "ENUM" => &[
            "name",
            "native_enum",
            "create_type",
            "length",
            "validate_strings",
            "values_callable",
        ],
        "Boolean" | "BOOLEAN" => &["create_constraint"],
        "Time" | "TIME" => &["timezone"],
        "ARRAY" => &["item_type", "as_tuple", "dimensions", "zero_indexes"],
        _ => &[],
    };
    if let Some((k, _)) = call
        .kwargs
        .iter()
        .find(|(k, _)| !allowed.contains(&k.as_str()))
    {
        return Err(err(
            span,
            format!(
                "{}(): the argument {k}= is not supported by the playground",
                call.func
            ),
        ));
    }
    if matches!(call.kw("create_constraint"), Some(Py::Bool(true)))
        && name != "Boolean"
        && name != "BOOLEAN"
    {
        return Err(err(
            span,
            format!(
                "{}(create_constraint=True) is not supported by the playground",
                call.func
            ),
        ));
    }
    let plain = |ddl: &str, kind: TypeKind| {
        Ok(SaType {
            ddl: ddl.to_string(),
            kind,
        })
    };
    match name.as_str() {
        "Integer" | "INTEGER" | "INT" => plain("INTEGER", TypeKind::Integer("SERIAL")),
        "SmallInteger" | "SMALLINT" => plain("SMALLINT", TypeKind::Integer("SMALLSERIAL")),
        "BigInteger" | "BIGINT" => plain("BIGINT", TypeKind::Integer("BIGSERIAL")),
        "NVARCHAR" => {
            // Emitted verbatim by SQLAlchemy (PostgreSQL itself then rejects it).
            let ddl = match int_arg(&call, 0, "length") {
                Some(n) => format!("NVARCHAR({n})"),
                None => "NVARCHAR".into(),
            };
            plain(&ddl, TypeKind::String)
        }
        "String" | "Unicode" | "VARCHAR" => {
            let ddl = match int_arg(&call, 0, "length") {
                Some(n) => format!("VARCHAR({n})"),
                None => "VARCHAR".into(),
            };
            plain(&ddl, TypeKind::String)
        }
        "CHAR" => {
            let ddl = match int_arg(&call, 0, "length") {
                Some(n) => format!("CHAR({n})"),
                None => "CHAR".into(),
            };
            plain(&ddl, TypeKind::String)
        }
        "Text" | "UnicodeText" | "TEXT" => plain("TEXT", TypeKind::String),
        "Boolean" | "BOOLEAN" => plain("BOOLEAN", TypeKind::Boolean),
        "Numeric" | "NUMERIC" | "DECIMAL" => {
            let keyword = if name == "DECIMAL" {
                "DECIMAL"
            } else {
                "NUMERIC"
            };
            let ddl = match (int_arg(&call, 0, "precision"), int_arg(&call, 1, "scale")) {
                (Some(p), Some(s)) => format!("{keyword}({p}, {s})"),
                (Some(p), None) => format!("{keyword}({p})"),
                _ => keyword.to_string(),
            };
            plain(&ddl, TypeKind::Numeric)
        }
        "Float" | "FLOAT" => {
            let ddl = match int_arg(&call, 0, "precision") {
                Some(p) => format!("FLOAT({p})"),
                None => "FLOAT".into(),
            };
            plain(&ddl, TypeKind::Float)
        }
        "Double" | "DOUBLE_PRECISION" | "DOUBLE" => plain("DOUBLE PRECISION", TypeKind::Float),
        "REAL" => plain("REAL", TypeKind::Float),
        "Date" | "DATE" => plain("DATE", TypeKind::Date),
        "DateTime" | "TIMESTAMP" => {
            let tz =
                bool_kw(&call, "timezone") || matches!(call.args.first(), Some(Py::Bool(true)));
            let precision = if dialect_pg {
                int_arg(&call, usize::MAX, "precision")
            } else {
                None
            };
            let p = precision.map(|p| format!("({p})")).unwrap_or_default();
            let ddl = format!(
                "TIMESTAMP{p} {} TIME ZONE",
                if tz { "WITH" } else { "WITHOUT" }
            );
            plain(&ddl, TypeKind::DateTime)
        }
        "Uuid" | "UUID" => {
            let keeps_dashes = !(dialect_pg && matches!(call.kw("as_uuid"), Some(Py::Bool(false))));
            plain("UUID", TypeKind::Uuid(keeps_dashes))
        }
        "JSON" => plain("JSON", TypeKind::Json),
        "JSONB" => plain("JSONB", TypeKind::Json),
        "Enum" | "ENUM" => {
            let labels: Vec<String> = call
                .args
                .iter()
                .map(|a| match a {
                    Py::Str(s) => Ok(s.clone()),
                    other => Err(err(
                        span,
                        format!("Enum values must be strings, found {}", other.describe()),
                    )),
                })
                .collect::<Result<_, _>>()?;
            if matches!(call.kw("native_enum"), Some(Py::Bool(false))) {
                let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
                return plain(&format!("VARCHAR({longest})"), TypeKind::String);
            }
            let Some(Py::Str(type_name)) = call.kw("name") else {
                return Err(err(
                    span,
                    "CompileError: PostgreSQL Enum type requires a name.",
                ));
            };
            let create_type = !matches!(call.kw("create_type"), Some(Py::Bool(false)));
            Ok(SaType {
                ddl: quote(type_name),
                kind: TypeKind::Enum(type_name.clone(), labels, create_type),
            })
        }
        "ARRAY" => array_type(&call, span),
        "LargeBinary" | "BYTEA" => plain("BYTEA", TypeKind::Other),
        "Interval" | "INTERVAL" => plain("INTERVAL", TypeKind::Other),
        "Time" | "TIME" => {
            let tz = bool_kw(&call, "timezone");
            plain(
                &format!("TIME {} TIME ZONE", if tz { "WITH" } else { "WITHOUT" }),
                TypeKind::Other,
            )
        }
        _ => Err(err(
            span,
            format!(
                "`{}` is not a SQLAlchemy type the playground knows",
                call.func
            ),
        )),
    }
}

/// `sa.ARRAY(item)` / `postgresql.ARRAY(item)`: the item's DDL with `[]` for each
/// dimension (one unless `dimensions=` says), as the PostgreSQL compiler's
/// `visit_ARRAY` writes it.
fn array_type(call: &Call, span: Span) -> Result<SaType, InputError> {
    let item = call
        .args
        .first()
        .or_else(|| call.kw("item_type"))
        .ok_or_else(|| err(span, "ARRAY() needs an item type"))?;
    let item = sa_type(item, span)?;
    if matches!(item.kind, TypeKind::Enum(..)) {
        return Err(err(
            span,
            "ARRAY() of an Enum is not supported by the playground",
        ));
    }
    let dimensions = match call.kw("dimensions") {
        None | Some(Py::None) => 1,
        Some(Py::Int(n)) if (1..=6).contains(n) => *n as usize,
        Some(_) => return Err(err(span, "ARRAY(dimensions=) must be 1 to 6")),
    };
    Ok(SaType {
        ddl: format!("{}{}", item.ddl, "[]".repeat(dimensions)),
        kind: TypeKind::Other,
    })
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

/// A `sa.ForeignKey("table.column", ondelete=..., onupdate=...)`.
#[derive(Debug, Clone, PartialEq)]
pub struct ForeignKeyRef {
    /// Referenced table.
    pub table: String,
    /// Referenced column.
    pub column: String,
    /// Optional constraint name.
    pub name: Option<String>,
    /// ` ON DELETE ...` etc. already rendered.
    pub tail: String,
}

/// FK clause tail: `[ MATCH m][ ON DELETE x][ ON UPDATE y][ DEFERRABLE][ INITIALLY z]`.
pub fn fk_tail(call: &Call) -> String {
    let mut s = String::new();
    let text = |k: &str| match call.kw(k) {
        Some(Py::Str(v)) => Some(v.clone()),
        _ => None,
    };
    if let Some(m) = text("match") {
        s.push_str(&format!(" MATCH {m}"));
    }
    if let Some(d) = text("ondelete") {
        s.push_str(&format!(" ON DELETE {d}"));
    }
    if let Some(u) = text("onupdate") {
        s.push_str(&format!(" ON UPDATE {u}"));
    }
    match call.kw("deferrable") {
        Some(Py::Bool(true)) => s.push_str(" DEFERRABLE"),
        Some(Py::Bool(false)) => s.push_str(" NOT DEFERRABLE"),
        _ => {}
    }
    if let Some(i) = text("initially") {
        s.push_str(&format!(" INITIALLY {i}"));
    }
    s
}

/// A resolved `sa.Column(...)`.
#[derive(Debug, Clone, PartialEq)]
pub struct SaColumn {
    /// Name.
    pub name: String,
    /// Type.
    pub ty: SaType,
    /// primary_key=True.
    pub primary_key: bool,
    /// nullable= as given.
    pub nullable: Option<bool>,
    /// Rendered server default.
    pub server_default: Option<String>,
    /// unique=True.
    pub unique: bool,
    /// index=True.
    pub index: bool,
    /// ForeignKey arguments.
    pub foreign_keys: Vec<ForeignKeyRef>,
    /// autoincrement= as given.
    pub autoincrement: Option<Py>,
    /// Python-side default= given.
    pub python_default: bool,
    /// sa.Identity(...) rendered.
    pub identity: Option<String>,
    /// comment=.
    pub comment: Option<String>,
    /// Column-level CHECK constraints, rendered inline.
    pub checks: Vec<String>,
}

/// Resolves `sa.Column(name, type, *constraints, **kw)`.
pub fn column(value: &Py, span: Span) -> Result<SaColumn, InputError> {
    let Some(call) = value.as_call_of(&["sa.Column"]) else {
        return Err(err(
            span,
            format!("expected sa.Column(...), found {}", value.describe()),
        ));
    };
    let span = call.span;
    let mut args = call.args.iter();
    let Some(Py::Str(name)) = args.next() else {
        return Err(err(
            span,
            "sa.Column() needs the column name as its first argument",
        ));
    };
    let mut ty = None;
    let mut foreign_keys = Vec::new();
    let mut identity = None;
    let mut checks = Vec::new();
    for a in args {
        match a {
            Py::Call(c) if c.func == "sa.ForeignKey" => foreign_keys.push(foreign_key(c)?),
            Py::Call(c) if c.func == "sa.Identity" => identity = Some(identity_clause(c)),
            Py::Call(c) if c.func == "sa.CheckConstraint" => checks.push(inline_check(c)?),
            other if ty.is_none() => ty = Some(sa_type(other, span)?),
            other => {
                return Err(err(
                    span,
                    format!("unexpected sa.Column() argument {}", other.describe()),
                ))
            }
        }
    }
    if let Some(t) = call.kw("type_") {
        ty = Some(sa_type(t, span)?);
    }
    let Some(ty) = ty else {
        return Err(err(span, format!("sa.Column(\"{name}\") needs a type")));
    };
    let mut col = SaColumn {
        name: name.clone(),
        ty,
        primary_key: false,
        nullable: None,
        server_default: None,
        unique: false,
        index: false,
        foreign_keys,
        autoincrement: None,
        python_default: false,
        identity,
        comment: None,
        checks,
    };
    for (k, v) in &call.kwargs {
        match (k.as_str(), v) {
            ("type_", _) => {}
            ("primary_key", Py::Bool(b)) => col.primary_key = *b,
            ("nullable", Py::Bool(b)) => col.nullable = Some(*b),
            ("server_default", v) => col.server_default = server_default(v, span)?,
            ("unique", Py::Bool(b)) => col.unique = *b,
            ("index", Py::Bool(b)) => col.index = *b,
            ("autoincrement", v) => col.autoincrement = Some(v.clone()),
            ("default", _) => col.python_default = true,
            ("comment", Py::Str(s)) => col.comment = Some(s.clone()),
            ("comment", Py::None)
            | ("unique", Py::None)
            | ("index", Py::None)
            | ("nullable", Py::None) => {}
            ("doc" | "info" | "key" | "quote" | "onupdate", _) => {}
            (k, v) => {
                return Err(err(
                    span,
                    format!(
                        "sa.Column(): the argument {k}={} is not supported",
                        v.describe()
                    ),
                ))
            }
        }
    }
    Ok(col)
}

/// `[CONSTRAINT name ]CHECK (condition)` for a column-level `sa.CheckConstraint`.
fn inline_check(c: &Call) -> Result<String, InputError> {
    let condition = match c.args.first() {
        Some(Py::Str(s)) => s.clone(),
        Some(Py::Call(t)) if t.func == "sa.text" => match t.args.first() {
            Some(Py::Str(s)) => text_binds(s, &[]),
            _ => return Err(err(c.span, "sa.text() needs a string")),
        },
        _ => {
            return Err(err(
                c.span,
                "sa.CheckConstraint() needs the condition as a string",
            ))
        }
    };
    let name = match c.kw("name") {
        Some(Py::Str(n)) => {
            check_identifier(n, c.span)?;
            format!("CONSTRAINT {} ", quote(n))
        }
        None | Some(Py::None) => String::new(),
        Some(other) => {
            return Err(err(
                c.span,
                format!(
                    "sa.CheckConstraint(name=...) must be a string, found {}",
                    other.describe()
                ),
            ))
        }
    };
    Ok(format!("{name}CHECK ({condition})"))
}

fn identity_clause(c: &Call) -> String {
    let always = matches!(c.kw("always"), Some(Py::Bool(true)));
    let mut s = format!(
        "GENERATED {} AS IDENTITY",
        if always { "ALWAYS" } else { "BY DEFAULT" }
    );
    let mut opts = Vec::new();
    for (kw, sql) in [
        ("increment", "INCREMENT BY"),
        ("start", "START WITH"),
        ("minvalue", "MINVALUE"),
        ("maxvalue", "MAXVALUE"),
        ("cache", "CACHE"),
    ] {
        if let Some(Py::Int(i)) = c.kw(kw) {
            opts.push(format!("{sql} {i}"));
        }
    }
    match c.kw("cycle") {
        Some(Py::Bool(true)) => opts.push("CYCLE".into()),
        Some(Py::Bool(false)) => opts.push("NO CYCLE".into()),
        _ => {}
    }
    if !opts.is_empty() {
        s.push_str(&format!(" ({})", opts.join(" ")));
    }
    s
}

fn foreign_key(c: &Call) -> Result<ForeignKeyRef, InputError> {
    let Some(Py::Str(target)) = c.args.first() else {
        return Err(err(c.span, "sa.ForeignKey() needs \"table.column\""));
    };
    if target.matches('.').count() > 1 {
        return Err(err(c.span, format!("sa.ForeignKey(\"{target}\"): schema-qualified references are not supported: the playground simulates a single schema")));
    }
    let Some((table, column)) = target.rsplit_once('.') else {
        return Err(err(
            c.span,
            format!("sa.ForeignKey(\"{target}\"): expected \"table.column\""),
        ));
    };
    let name = match c.kw("name") {
        Some(Py::Str(n)) => Some(n.clone()),
        _ => None,
    };
    Ok(ForeignKeyRef {
        table: table.to_string(),
        column: column.to_string(),
        name,
        tail: fk_tail(c),
    })
}

impl SaColumn {
    /// Whether SQLAlchemy makes this the table's SERIAL column (`pk_count` = number of
    /// primary-key columns in the table).
    pub fn is_serial(&self, pk_count: usize) -> bool {
        let explicit = matches!(self.autoincrement, Some(Py::Bool(true)));
        let disabled = matches!(self.autoincrement, Some(Py::Bool(false)));
        matches!(self.ty.kind, TypeKind::Integer(_))
            && self.primary_key
            && (pk_count == 1 || explicit)
            && !disabled
            && self.server_default.is_none()
            && !self.python_default
            && self.identity.is_none()
            && (self.foreign_keys.is_empty()
                || explicit
                || matches!(&self.autoincrement, Some(Py::Str(s)) if s == "ignore_fk"))
    }

    /// The column specification: `name TYPE [DEFAULT d] [identity] [NOT NULL]`.
    pub fn spec(&self, pk_count: usize) -> String {
        let ty = match (&self.ty.kind, self.is_serial(pk_count)) {
            (TypeKind::Integer(serial), true) => serial.to_string(),
            _ => self.ty.ddl.clone(),
        };
        let mut s = format!("{} {ty}", quote(&self.name));
        if let Some(d) = &self.server_default {
            s.push_str(&format!(" DEFAULT {d}"));
        }
        if let Some(i) = &self.identity {
            s.push(' ');
            s.push_str(i);
            if self.nullable == Some(true) {
                s.push_str(" NULL");
            }
        } else if !self.nullable.unwrap_or(!self.primary_key) {
            s.push_str(" NOT NULL");
        }
        for check in &self.checks {
            s.push(' ');
            s.push_str(check);
        }
        s
    }
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
        (TypeKind::Json, v) => {
            return Err(err(span, format!("CompileError: No literal value renderer is available for literal value \"{}\" with datatype {type_ddl}", v.describe())))
        }
        (_, v) => return Err(cannot(v)),
    })
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
