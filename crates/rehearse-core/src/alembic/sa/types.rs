//! SQLAlchemy types as its PostgreSQL dialect compiles them (`PGTypeCompiler` over
//! `GenericTypeCompiler`): the generic types (`sa.String`, `sa.Enum`, `sa.ARRAY`, ...),
//! every `sqlalchemy.dialects.postgresql` type, and, through [`super::utils_types`],
//! the `sqlalchemy_utils` types. Each spelling was measured with SQLAlchemy 2.1.9
//! (`tests/oracle/forms/forms.txt`, "column types").

use super::{err, quote};
use crate::alembic::py::{Call, Py};
use rehearse_engine::error::InputError;
use rehearse_engine::span::Span;

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
    /// Time (with or without a time zone): literals are `datetime.time` values.
    Time,
    /// UUID (with dashes kept or not).
    Uuid(bool),
    /// JSON / JSONB.
    Json,
    /// A native enum: name, labels, and whether create_table emits CREATE TYPE.
    Enum(String, Vec<String>, bool),
    /// An array of the item kind.
    Array(Box<TypeKind>),
    /// A type SQLAlchemy has no literal renderer for (`INET`, `TSVECTOR`, the ranges,
    /// ...), by class name: a `bulk_insert` value of it is SQLAlchemy's CompileError.
    NoLiteral(&'static str),
    /// A library's type decorator, by module and name (`sqlalchemy_utils`,
    /// `EmailType`): its bind processing (EmailType lower-cases, PasswordType hashes,
    /// oslo.db's JSON types serialise, ...) is not modelled, so literal values of it
    /// are refused.
    Decorated(&'static str, &'static str),
    /// Anything else.
    Other,
}

impl TypeKind {
    /// The native enum this type stores (directly or as an array's items): what
    /// `create_table` emits CREATE TYPE for.
    pub fn native_enum(&self) -> Option<(&str, &[String], bool)> {
        match self {
            TypeKind::Enum(name, labels, create) => Some((name, labels, *create)),
            TypeKind::Array(item) => item.native_enum(),
            _ => None,
        }
    }
}

/// A resolved SQLAlchemy type.
#[derive(Debug, Clone, PartialEq)]
pub struct SaType {
    /// DDL spelling.
    pub ddl: String,
    /// Kind.
    pub kind: TypeKind,
    /// A non-native `sa.Enum(..., create_constraint=True)`: the CHECK constraint's
    /// name (if any) and the labels, which the column renders as
    /// `[CONSTRAINT name ]CHECK (column IN (...))`.
    pub enum_check: Option<(Option<String>, Vec<String>)>,
}

impl SaType {
    pub(super) fn plain(ddl: impl Into<String>, kind: TypeKind) -> SaType {
        SaType {
            ddl: ddl.into(),
            kind,
            enum_check: None,
        }
    }
}

/// A type's arguments bound to its parameters (positional order), refusing any
/// argument the table does not list: an argument this renderer does not model could
/// change SQLAlchemy's output, so it is refused rather than ignored.
pub(super) struct TypeArgs<'c> {
    call: &'c Call,
    values: Vec<(&'static str, &'c Py)>,
}

impl<'c> TypeArgs<'c> {
    pub(super) fn bind(call: &'c Call, params: &[&'static str]) -> Result<Self, InputError> {
        let mut values = Vec::new();
        if call.args.len() > params.len() {
            return Err(err(
                call.span,
                format!(
                    "{}(): {} positional arguments are more than the playground models ({})",
                    call.func,
                    call.args.len(),
                    params.join(", ")
                ),
            ));
        }
        for (p, v) in params.iter().zip(&call.args) {
            values.push((*p, v));
        }
        for (k, v) in &call.kwargs {
            let Some(p) = params.iter().find(|p| **p == k.as_str()) else {
                return Err(err(
                    call.span,
                    format!(
                        "{}(): the argument {k}= is not supported by the playground",
                        call.func
                    ),
                ));
            };
            values.push((*p, v));
        }
        Ok(TypeArgs { call, values })
    }

    pub(super) fn get(&self, name: &str) -> Option<&'c Py> {
        self.values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
            .filter(|v| **v != Py::None)
    }

    /// An integer argument (`None` when absent or None).
    pub(super) fn int(&self, name: &str) -> Result<Option<i64>, InputError> {
        match self.get(name) {
            None => Ok(None),
            Some(Py::Int(i)) => Ok(Some(*i)),
            Some(other) => Err(self.wrong(name, "an integer", other)),
        }
    }

    /// A boolean argument, `default` when absent.
    pub(super) fn flag(&self, name: &str, default: bool) -> Result<bool, InputError> {
        match self.get(name) {
            None => Ok(default),
            Some(Py::Bool(b)) => Ok(*b),
            Some(other) => Err(self.wrong(name, "True or False", other)),
        }
    }

    /// A string argument.
    pub(super) fn string(&self, name: &str) -> Result<Option<&'c str>, InputError> {
        match self.get(name) {
            None => Ok(None),
            Some(Py::Str(s)) => Ok(Some(s)),
            Some(other) => Err(self.wrong(name, "a string", other)),
        }
    }

    fn wrong(&self, name: &str, expected: &str, found: &Py) -> InputError {
        err(
            self.call.span,
            format!(
                "{}(): {name}= must be {expected} for the playground, found {}",
                self.call.func,
                found.describe()
            ),
        )
    }
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

/// `NAME[(length)][ COLLATE "c"]`, `GenericTypeCompiler._render_string_type`.
fn string_type(name: &str, a: &TypeArgs) -> Result<String, InputError> {
    let mut ddl = name.to_string();
    if let Some(n) = a.int("length")?.filter(|n| *n != 0) {
        ddl.push_str(&format!("({n})"));
    }
    if let Some(c) = a.string("collation")? {
        ddl.push_str(&format!(" COLLATE {}", quote(c)));
    }
    Ok(ddl)
}

/// `TIMESTAMP[(p)] WITH[OUT] TIME ZONE` (also TIME).
fn zoned(keyword: &str, precision: Option<i64>, tz: bool) -> String {
    let p = precision.map(|p| format!("({p})")).unwrap_or_default();
    format!(
        "{keyword}{p} {} TIME ZONE",
        if tz { "WITH" } else { "WITHOUT" }
    )
}

/// Resolves a type expression (`sa.String(200)`, `sa.Integer`, `postgresql.JSONB()`,
/// `sqlalchemy_utils.EmailType()`, oslo.db's `types.JsonEncodedDict()`).
pub fn sa_type(value: &Py, span: Span) -> Result<SaType, InputError> {
    if let Some(implementation) = super::oslo_db_types::implementation(value, span)? {
        return sa_type(&implementation, span);
    }
    let call = type_call(value, span)?;
    let Some((module, name)) = call.func.rsplit_once('.') else {
        return Err(unknown(&call));
    };
    match module {
        "sa" | "postgresql" => core_type(&call, name, module == "postgresql"),
        "sqlalchemy_utils" => super::utils_types::utils_type(&call, name),
        "oslo_db.sqlalchemy.types" => super::oslo_db_types::oslo_db_type(&call, name),
        _ => Err(unknown(&call)),
    }
}

/// The modules whose types a path can name (as the interpreter canonicalises them):
/// anything else is imported from a project's own code or another library.
const TYPE_LIBRARIES: &[&str] = &[
    "sa",
    "postgresql",
    "sqlalchemy",
    "sqlalchemy_utils",
    "oslo_db",
];

fn unknown(call: &Call) -> InputError {
    let message = match call.func.split_once('.') {
        // `from magnum.db.sqlalchemy import models` ... `models.JSONEncodedList()`: a
        // TypeDecorator in the project's code, which the playground never sees.
        Some((top, _)) if !TYPE_LIBRARIES.contains(&top) => format!(
            "`{}` is imported from `{top}`, which the playground cannot see (it knows the types of SQLAlchemy, sqlalchemy_utils and oslo.db), so it cannot know the column type",
            call.func
        ),
        _ => format!(
            "`{}` is not a SQLAlchemy type the playground knows",
            call.func
        ),
    };
    err(call.span, message)
}

/// The types of `sqlalchemy` and `sqlalchemy.dialects.postgresql` (which re-exports
/// the generic upper-case types); `pg` is true for the dialect's own spelling, whose
/// constructors differ for TIMESTAMP, TIME, INTERVAL and UUID.
fn core_type(call: &Call, name: &str, pg: bool) -> Result<SaType, InputError> {
    use TypeKind as K;
    let bind = |params: &[&'static str]| TypeArgs::bind(call, params);
    let plain = |ddl: &str, kind: TypeKind| Ok(SaType::plain(ddl, kind));
    let no_args = |ddl: &str, kind: TypeKind| {
        bind(&[])?;
        Ok(SaType::plain(ddl, kind))
    };
    const STRING: &[&str] = &["length", "collation"];
    const NUMERIC: &[&str] = &["precision", "scale", "decimal_return_scale", "asdecimal"];
    const FLOAT: &[&str] = &["precision", "asdecimal", "decimal_return_scale"];
    match name {
        "Integer" | "INTEGER" | "INT" => no_args("INTEGER", K::Integer("SERIAL")),
        "SmallInteger" | "SMALLINT" => no_args("SMALLINT", K::Integer("SMALLSERIAL")),
        "BigInteger" | "BIGINT" => no_args("BIGINT", K::Integer("BIGSERIAL")),
        // Unicode and String are VARCHAR on PostgreSQL.
        "String" | "Unicode" | "VARCHAR" => {
            plain(&string_type("VARCHAR", &bind(STRING)?)?, K::String)
        }
        // Emitted verbatim by SQLAlchemy (PostgreSQL itself then rejects NCHAR...).
        "NVARCHAR" | "NCHAR" | "CHAR" => plain(&string_type(name, &bind(STRING)?)?, K::String),
        "Text" | "UnicodeText" | "TEXT" => plain(&string_type("TEXT", &bind(STRING)?)?, K::String),
        // CITEXT is a TEXT subclass: strings render as strings.
        "CITEXT" if pg => {
            bind(STRING)?;
            plain("CITEXT", K::String)
        }
        "Boolean" | "BOOLEAN" => {
            // A native boolean: SQLAlchemy emits no CHECK even with create_constraint.
            bind(&["create_constraint", "name"])?;
            plain("BOOLEAN", K::Boolean)
        }
        "Numeric" | "NUMERIC" | "DECIMAL" => {
            let a = bind(NUMERIC)?;
            let keyword = if name == "DECIMAL" {
                "DECIMAL"
            } else {
                "NUMERIC"
            };
            let ddl = match (a.int("precision")?, a.int("scale")?) {
                (Some(p), Some(s)) => format!("{keyword}({p}, {s})"),
                (Some(p), None) => format!("{keyword}({p})"),
                _ => keyword.to_string(),
            };
            plain(&ddl, K::Numeric)
        }
        "Float" | "FLOAT" => {
            let a = bind(FLOAT)?;
            let ddl = match a.int("precision")?.filter(|p| *p != 0) {
                Some(p) => format!("FLOAT({p})"),
                None => "FLOAT".into(),
            };
            plain(&ddl, K::Float)
        }
        // sa.Double is DOUBLE PRECISION on PostgreSQL; the upper-case sa.DOUBLE is
        // emitted as written.
        "Double" | "DOUBLE_PRECISION" => {
            bind(FLOAT)?;
            plain("DOUBLE PRECISION", K::Float)
        }
        "DOUBLE" => {
            bind(FLOAT)?;
            plain("DOUBLE", K::Float)
        }
        "REAL" => {
            bind(FLOAT)?;
            plain("REAL", K::Float)
        }
        "Date" | "DATE" => no_args("DATE", K::Date),
        "DateTime" => {
            let a = bind(&["timezone"])?;
            plain(
                &zoned("TIMESTAMP", None, a.flag("timezone", false)?),
                K::DateTime,
            )
        }
        "TIMESTAMP" => {
            let a = bind(if pg {
                &["timezone", "precision"]
            } else {
                &["timezone"]
            })?;
            let ddl = zoned("TIMESTAMP", a.int("precision")?, a.flag("timezone", false)?);
            plain(&ddl, K::DateTime)
        }
        "Time" => {
            let a = bind(&["timezone"])?;
            plain(&zoned("TIME", None, a.flag("timezone", false)?), K::Time)
        }
        "TIME" => {
            let a = bind(if pg {
                &["timezone", "precision"]
            } else {
                &["timezone"]
            })?;
            plain(
                &zoned("TIME", a.int("precision")?, a.flag("timezone", false)?),
                K::Time,
            )
        }
        // sa.Interval becomes the dialect's INTERVAL(precision=second_precision).
        "Interval" => {
            let a = bind(&["native", "second_precision", "day_precision"])?;
            if !a.flag("native", true)? {
                return Err(err(
                    call.span,
                    "sa.Interval(native=False) is not supported by the playground",
                ));
            }
            let ddl = match a.int("second_precision")? {
                Some(p) => format!("INTERVAL ({p})"),
                None => "INTERVAL".into(),
            };
            plain(&ddl, K::Other)
        }
        "INTERVAL" => {
            let a = bind(if pg {
                &["precision", "fields"]
            } else {
                &["native", "second_precision", "day_precision"]
            })?;
            let mut ddl = "INTERVAL".to_string();
            if let Some(f) = a.string("fields")? {
                ddl.push_str(&format!(" {f}"));
            }
            if let Some(p) = a.int(if pg { "precision" } else { "second_precision" })? {
                ddl.push_str(&format!(" ({p})"));
            }
            plain(&ddl, K::Other)
        }
        "Uuid" => {
            let a = bind(&["as_uuid", "native_uuid"])?;
            if a.flag("native_uuid", true)? {
                plain("UUID", K::Uuid(true))
            } else {
                plain("CHAR(32)", K::Uuid(false))
            }
        }
        "UUID" => {
            // postgresql.UUID(as_uuid=False) binds strings as given (dashes kept
            // or not); sa.UUID(as_uuid=...) always stores the dashed form.
            let a = bind(&["as_uuid"])?;
            let keeps_dashes = !pg || a.flag("as_uuid", true)?;
            plain("UUID", K::Uuid(keeps_dashes))
        }
        "JSON" | "JSONB" => {
            let a = bind(&["none_as_null", "astext_type"])?;
            if let Some(t) = a.get("astext_type") {
                super::sa_type(t, call.span)?;
            }
            plain(name, K::Json)
        }
        "JSONPATH" if pg => no_args("JSONPATH", K::String),
        "HSTORE" if pg => {
            let a = bind(&["text_type"])?;
            if let Some(t) = a.get("text_type") {
                super::sa_type(t, call.span)?;
            }
            plain("HSTORE", K::NoLiteral("HSTORE"))
        }
        "LargeBinary" | "BYTEA" => {
            bind(&["length"])?;
            plain("BYTEA", K::Other)
        }
        "PickleType" => {
            bind(&["protocol"])?;
            plain("BYTEA", K::Other)
        }
        "BIT" if pg => {
            let a = bind(&["length", "varying"])?;
            let length = a.int("length")?;
            let ddl = if a.flag("varying", false)? {
                match length {
                    Some(n) => format!("BIT VARYING({n})"),
                    None => "BIT VARYING".into(),
                }
            } else {
                format!("BIT({})", length.filter(|n| *n != 0).unwrap_or(1))
            };
            plain(&ddl, K::NoLiteral("BIT"))
        }
        "ARRAY" => array(call),
        "Enum" | "ENUM" => enum_type(call, name == "ENUM"),
        _ if pg => match NO_ARGUMENT_PG_TYPES.iter().find(|t| **t == name) {
            Some(t) => no_args(t, K::NoLiteral(t)),
            None => Err(unknown(call)),
        },
        _ => Err(unknown(call)),
    }
}

/// The PostgreSQL dialect's types that take no arguments and compile to their own
/// name, none of which SQLAlchemy can render a literal of.
const NO_ARGUMENT_PG_TYPES: &[&str] = &[
    "INET",
    "CIDR",
    "MACADDR",
    "MACADDR8",
    "MONEY",
    "OID",
    "REGCLASS",
    "REGCONFIG",
    "TSVECTOR",
    "TSQUERY",
    "INT4RANGE",
    "INT8RANGE",
    "NUMRANGE",
    "DATERANGE",
    "TSRANGE",
    "TSTZRANGE",
    "INT4MULTIRANGE",
    "INT8MULTIRANGE",
    "NUMMULTIRANGE",
    "DATEMULTIRANGE",
    "TSMULTIRANGE",
    "TSTZMULTIRANGE",
];

/// `ARRAY(item_type, as_tuple=False, dimensions=None, zero_indexes=False)`: the item's
/// spelling with `[]` per dimension, placed before a COLLATE clause.
fn array(call: &Call) -> Result<SaType, InputError> {
    let a = TypeArgs::bind(
        call,
        &["item_type", "as_tuple", "dimensions", "zero_indexes"],
    )?;
    let Some(item) = a.get("item_type") else {
        return Err(err(
            call.span,
            format!("{}() needs the item type", call.func),
        ));
    };
    let item = super::sa_type(item, call.span)?;
    if matches!(item.kind, TypeKind::Array(_)) {
        return Err(err(call.span, "ValueError: Do not nest ARRAY types; ARRAY(basetype) handles multi-dimensional arrays of basetype"));
    }
    if item.enum_check.is_some() {
        return Err(err(call.span, "an ARRAY of a non-native Enum with create_constraint=True is not supported by the playground"));
    }
    let dims = a.int("dimensions")?.unwrap_or(1).max(0) as usize;
    let brackets = "[]".repeat(dims);
    let ddl = match item.ddl.find(" COLLATE") {
        Some(at) => format!("{}{brackets}{}", &item.ddl[..at], &item.ddl[at..]),
        None => format!("{}{brackets}", item.ddl),
    };
    Ok(SaType {
        ddl,
        kind: TypeKind::Array(Box::new(item.kind)),
        enum_check: None,
    })
}

/// `sa.Enum(*labels, name=..., native_enum=True, create_constraint=False, length=...)`
/// and `postgresql.ENUM(..., create_type=True)`.
fn enum_type(call: &Call, pg_enum: bool) -> Result<SaType, InputError> {
    const SA_ENUM: &[&str] = &[
        "name",
        "native_enum",
        "create_constraint",
        "length",
        "validate_strings",
        "values_callable",
        "inherit_schema",
        "metadata",
        "omit_aliases",
    ];
    let mut allowed = SA_ENUM.to_vec();
    if pg_enum {
        allowed.push("create_type");
    }
    let mut named = call.clone();
    named.args.clear();
    let a = TypeArgs::bind(&named, &allowed)?;
    if a.get("values_callable").is_some() {
        return Err(err(
            call.span,
            format!(
                "{}(values_callable=...) is not supported by the playground",
                call.func
            ),
        ));
    }
    let labels: Vec<String> = call
        .args
        .iter()
        .map(|a| match a {
            Py::Str(s) => Ok(s.clone()),
            other => Err(err(
                call.span,
                format!("Enum values must be strings, found {}", other.describe()),
            )),
        })
        .collect::<Result<_, _>>()?;
    let name = a.string("name")?;
    if !a.flag("native_enum", true)? {
        // VARCHAR of the longest label (or `length=`), and with create_constraint a
        // CHECK constraint named after the enum.
        let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) as i64;
        let length = a.int("length")?.unwrap_or(longest);
        if length < longest {
            return Err(err(call.span, format!("ValueError: When provided, length must be larger or equal than the length of the longest enum value. {length} < {longest}")));
        }
        let ddl = if length == 0 {
            "VARCHAR".to_string()
        } else {
            format!("VARCHAR({length})")
        };
        let enum_check = a
            .flag("create_constraint", false)?
            .then(|| (name.map(str::to_string), labels));
        return Ok(SaType {
            ddl,
            kind: TypeKind::String,
            enum_check,
        });
    }
    let Some(type_name) = name else {
        return Err(err(
            call.span,
            format!(
                "CompileError: PostgreSQL {} type requires a name.",
                if pg_enum { "ENUM" } else { "Enum" }
            ),
        ));
    };
    let create_type = a.flag("create_type", true)?;
    Ok(SaType::plain(
        quote(type_name),
        TypeKind::Enum(type_name.to_string(), labels, create_type),
    ))
}
