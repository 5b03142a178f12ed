//! SQLAlchemy column specifications for PostgreSQL: `sa.Column(...)` with its foreign
//! keys, CHECK constraints, `sa.Identity` and `sa.Computed`, as SQLAlchemy's DDL
//! compiler renders them.

use super::sequences::IDENTITY_OPTIONS;
use super::{
    check_identifier, err, quote, sa_type, server_default, sql_text, string_literal, SaType,
    TypeKind,
};
use crate::alembic::py::{Call, Py};
use rehearse_engine::error::InputError;
use rehearse_engine::span::Span;

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
    /// sa.Computed(...) rendered: `GENERATED ALWAYS AS (expr)[ STORED| VIRTUAL]`.
    pub computed: Option<String>,
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
    let mut computed = None;
    let mut checks = Vec::new();
    for a in args {
        match a {
            Py::Call(c) if c.func == "sa.ForeignKey" => foreign_keys.push(foreign_key(c)?),
            Py::Call(c) if c.func == "sa.Identity" => identity = Some(identity_clause(c)?),
            Py::Call(c) if c.func == "sa.Computed" => computed = Some(computed_clause(c)?),
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
        computed,
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
    // Column.__init__'s own checks (Identity and Computed are server defaults).
    if col.server_default.is_some() {
        if col.identity.is_some() {
            return Err(err(span, "ArgumentError: A column with an Identity object cannot specify a server_default or a server_onupdate argument"));
        }
        if col.computed.is_some() {
            return Err(err(span, "ArgumentError: A generated column cannot specify a server_default or a server_onupdate argument"));
        }
    }
    if col.identity.is_some() && col.computed.is_some() {
        return Err(err(
            span,
            "sa.Column() with both sa.Identity() and sa.Computed() is not supported by the playground",
        ));
    }
    Ok(col)
}

/// `sa.Computed(sqltext, persisted=None)`: `GENERATED ALWAYS AS (sqltext)` and, when
/// `persisted` is given, `STORED` or `VIRTUAL` (offline, SQLAlchemy assumes a
/// PostgreSQL that has virtual generated columns: none is written by default, and
/// PostgreSQL 18 then makes the column VIRTUAL).
fn computed_clause(c: &Call) -> Result<String, InputError> {
    let sqltext = sql_text(
        c.args.first().or_else(|| c.kw("sqltext")),
        c.span,
        "sa.Computed() needs the expression as a string",
    )?;
    c.only_kwargs(&["sqltext", "persisted"])?;
    let tail = match c.kw("persisted") {
        None | Some(Py::None) => "",
        Some(Py::Bool(true)) => " STORED",
        Some(Py::Bool(false)) => " VIRTUAL",
        Some(other) => {
            return Err(err(
                c.span,
                format!(
                    "sa.Computed(persisted=...) must be True, False or None, found {}",
                    other.describe()
                ),
            ))
        }
    };
    Ok(format!("GENERATED ALWAYS AS ({sqltext}){tail}"))
}

/// A non-native enum's CHECK constraint: `[CONSTRAINT name ]CHECK (column IN (...))`.
pub fn enum_check(column: &str, name: Option<&str>, labels: &[String]) -> String {
    let prefix = name
        .map(|n| format!("CONSTRAINT {} ", quote(n)))
        .unwrap_or_default();
    let values: Vec<String> = labels.iter().map(|l| string_literal(l)).collect();
    format!(
        "{prefix}CHECK ({} IN ({}))",
        quote(column),
        values.join(", ")
    )
}

/// `[CONSTRAINT name ]CHECK (condition)` for a column-level `sa.CheckConstraint`.
fn inline_check(c: &Call) -> Result<String, InputError> {
    let condition = sql_text(
        c.args.first(),
        c.span,
        "sa.CheckConstraint() needs the condition as a string",
    )?;
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

/// `sa.Identity(...)`: `GENERATED {ALWAYS|BY DEFAULT} AS IDENTITY[ (options)]`, the
/// options in `get_identity_options` order. `on_null` and `order` are Oracle's and
/// change nothing on PostgreSQL.
fn identity_clause(c: &Call) -> Result<String, InputError> {
    let mut allowed = vec!["always", "on_null", "order"];
    allowed.extend(IDENTITY_OPTIONS);
    c.only_kwargs(&allowed)?;
    if !c.args.is_empty() {
        return Err(err(c.span, "sa.Identity() takes keyword arguments only"));
    }
    let always = matches!(c.kw("always"), Some(Py::Bool(true)));
    let mut s = format!(
        "GENERATED {} AS IDENTITY",
        if always { "ALWAYS" } else { "BY DEFAULT" }
    );
    let opts = super::sequences::identity_options(c, "sa.Identity")?;
    if !opts.is_empty() {
        s.push_str(&format!(" ({})", opts.join(" ")));
    }
    Ok(s)
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
            && self.computed.is_none()
            && (self.foreign_keys.is_empty()
                || explicit
                || matches!(&self.autoincrement, Some(Py::Str(s)) if s == "ignore_fk"))
    }

    /// The column specification: `name TYPE [DEFAULT d] [computed] [identity]
    /// [NOT NULL]` (`get_column_specification`).
    pub fn spec(&self, pk_count: usize) -> String {
        let ty = match (&self.ty.kind, self.is_serial(pk_count)) {
            (TypeKind::Integer(serial), true) => serial.to_string(),
            _ => self.ty.ddl.clone(),
        };
        let mut s = format!("{} {ty}", quote(&self.name));
        if let Some(d) = &self.server_default {
            s.push_str(&format!(" DEFAULT {d}"));
        }
        if let Some(g) = &self.computed {
            s.push(' ');
            s.push_str(g);
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
