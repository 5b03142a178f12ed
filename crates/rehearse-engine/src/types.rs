//! PostgreSQL types the engine models, their names and their cast rules.
//!
//! Names follow `format_type()` (what `\d` and the report show); the cast table follows
//! `pg_cast` plus PostgreSQL's automatic I/O-conversion casts (to a string type:
//! assignment; from a string type: explicit).

use crate::error::PgError;
use sqlparser::ast::{CharacterLength, DataType, ExactNumberInfo, TimezoneInfo};

pub mod array;

/// A column or expression type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SqlType {
    /// int2
    SmallInt,
    /// int4
    Integer,
    /// int8
    BigInt,
    /// numeric, optionally with (precision, scale)
    Numeric(Option<(u32, u32)>),
    /// float4
    Real,
    /// float8
    Double,
    /// varchar(n) or unbounded varchar
    Varchar(Option<u32>),
    /// bpchar(n)
    Char(u32),
    /// text
    Text,
    /// bool
    Boolean,
    /// date
    Date,
    /// timestamp without time zone
    Timestamp,
    /// timestamp with time zone (the engine's session time zone is UTC)
    TimestampTz,
    /// time without time zone, optionally with its fractional-second precision
    /// (`time(p)`, 0..=6); see `time.rs`
    Time(Option<u32>),
    /// time with time zone (timetz), optionally with its precision
    TimeTz(Option<u32>),
    /// uuid
    Uuid,
    /// json (keeps its input text)
    Json,
    /// jsonb (normalised)
    Jsonb,
    /// A user-defined enum type, by name.
    Enum(String),
    /// interval
    Interval,
    /// citext, the `citext` extension's case-insensitive text (values stored as text;
    /// equality and uniqueness compare lower-cased)
    Citext,
    /// bytea
    Bytea,
    /// macaddr
    MacAddr,
    /// inet (IPv4)
    Inet,
    /// cidr (IPv4)
    Cidr,
    /// tsvector: a column of it holds NULLs; its values are refused (their
    /// normalisation is not modelled).
    TsVector,
    /// The type of a quoted literal before context decides (PostgreSQL's `unknown`).
    Unknown,
    /// An array of the element type (one type for every dimensionality, as in
    /// PostgreSQL: `int[3][]` is `integer[]`); see `array.rs`.
    Array(Box<SqlType>),
}

/// How a cast may be applied, weakest first (`pg_cast.castcontext`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CastContext {
    /// Applied silently wherever needed.
    Implicit,
    /// Applied when storing into a column.
    Assignment,
    /// Only with `CAST`/`::`.
    Explicit,
}

/// Type categories (`pg_type.typcategory`), used in operator and common-type resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// N
    Numeric,
    /// S
    String,
    /// B
    Boolean,
    /// D
    DateTime,
    /// U
    User,
    /// E
    Enum,
    /// X
    Unknown,
    /// T
    Timespan,
    /// I
    Network,
    /// A
    Array,
}

impl SqlType {
    /// `format_type(oid, typmod)` text.
    pub fn format(&self) -> String {
        match self {
            SqlType::SmallInt => "smallint".into(),
            SqlType::Integer => "integer".into(),
            SqlType::BigInt => "bigint".into(),
            SqlType::Numeric(Some((p, s))) => format!("numeric({p},{s})"),
            SqlType::Numeric(None) => "numeric".into(),
            SqlType::Real => "real".into(),
            SqlType::Double => "double precision".into(),
            SqlType::Varchar(Some(n)) => format!("character varying({n})"),
            SqlType::Varchar(None) => "character varying".into(),
            SqlType::Char(n) => format!("character({n})"),
            SqlType::Text => "text".into(),
            SqlType::Boolean => "boolean".into(),
            SqlType::Date => "date".into(),
            SqlType::Timestamp => "timestamp without time zone".into(),
            SqlType::TimestampTz => "timestamp with time zone".into(),
            SqlType::Time(None) => "time without time zone".into(),
            SqlType::Time(Some(p)) => format!("time({p}) without time zone"),
            SqlType::TimeTz(None) => "time with time zone".into(),
            SqlType::TimeTz(Some(p)) => format!("time({p}) with time zone"),
            SqlType::Uuid => "uuid".into(),
            SqlType::Json => "json".into(),
            SqlType::Jsonb => "jsonb".into(),
            SqlType::Enum(name) => name.clone(),
            SqlType::Interval => "interval".into(),
            SqlType::Citext => "citext".into(),
            SqlType::Bytea => "bytea".into(),
            SqlType::MacAddr => "macaddr".into(),
            SqlType::Inet => "inet".into(),
            SqlType::Cidr => "cidr".into(),
            SqlType::TsVector => "tsvector".into(),
            SqlType::Unknown => "unknown".into(),
            SqlType::Array(element) => format!("{}[]", element.format()),
        }
    }

    /// The type's name without its modifier (`format_type(oid, NULL)`), as used in
    /// messages such as `invalid input syntax for type integer`.
    pub fn base_name(&self) -> String {
        match self {
            SqlType::Numeric(_) => "numeric".into(),
            SqlType::Varchar(_) => "character varying".into(),
            SqlType::Char(_) => "character".into(),
            SqlType::Time(_) => "time without time zone".into(),
            SqlType::TimeTz(_) => "time with time zone".into(),
            SqlType::Array(element) => format!("{}[]", element.base_name()),
            other => other.format(),
        }
    }

    /// The type without its modifier.
    pub fn without_typmod(&self) -> SqlType {
        match self {
            SqlType::Numeric(_) => SqlType::Numeric(None),
            SqlType::Varchar(_) => SqlType::Varchar(None),
            SqlType::Time(_) => SqlType::Time(None),
            SqlType::TimeTz(_) => SqlType::TimeTz(None),
            SqlType::Array(element) => SqlType::Array(Box::new(element.without_typmod())),
            other => other.clone(),
        }
    }

    /// The category PostgreSQL puts this type in.
    pub fn category(&self) -> Category {
        match self {
            SqlType::SmallInt
            | SqlType::Integer
            | SqlType::BigInt
            | SqlType::Numeric(_)
            | SqlType::Real
            | SqlType::Double => Category::Numeric,
            SqlType::Varchar(_) | SqlType::Char(_) | SqlType::Text => Category::String,
            SqlType::Citext => Category::String,
            SqlType::Boolean => Category::Boolean,
            SqlType::Date | SqlType::Timestamp | SqlType::TimestampTz => Category::DateTime,
            SqlType::Time(_) | SqlType::TimeTz(_) => Category::DateTime,
            SqlType::Uuid | SqlType::Json | SqlType::Jsonb | SqlType::Bytea | SqlType::MacAddr => {
                Category::User
            }
            SqlType::Inet | SqlType::Cidr => Category::Network,
            SqlType::TsVector => Category::User,
            SqlType::Enum(_) => Category::Enum,
            SqlType::Interval => Category::Timespan,
            SqlType::Unknown => Category::Unknown,
            SqlType::Array(_) => Category::Array,
        }
    }

    /// The type's `pg_type` OID, as the wire protocol's row description carries it
    /// (`dataTypeID` in PGlite). An enum's OID is assigned by `CREATE TYPE` in
    /// PostgreSQL and is not modelled: enums report 0 (`InvalidOid`). `unknown` is 705;
    /// PostgreSQL reports an output column of a bare literal as `text` (25) instead,
    /// which is the caller's choice to make.
    pub fn oid(&self) -> u32 {
        match self {
            SqlType::SmallInt => 21,
            SqlType::Integer => 23,
            SqlType::BigInt => 20,
            SqlType::Numeric(_) => 1700,
            SqlType::Real => 700,
            SqlType::Double => 701,
            SqlType::Varchar(_) => 1043,
            SqlType::Char(_) => 1042,
            SqlType::Text => 25,
            SqlType::Boolean => 16,
            SqlType::Date => 1082,
            SqlType::Timestamp => 1114,
            SqlType::TimestampTz => 1184,
            SqlType::Time(_) => 1083,
            SqlType::TimeTz(_) => 1266,
            SqlType::Uuid => 2950,
            SqlType::Json => 114,
            SqlType::Jsonb => 3802,
            SqlType::Enum(_) => 0,
            SqlType::Interval => 1186,
            // An extension's type: its OID is assigned by CREATE EXTENSION.
            SqlType::Citext => 0,
            SqlType::Bytea => 17,
            SqlType::MacAddr => 829,
            SqlType::Inet => 869,
            SqlType::Cidr => 650,
            SqlType::TsVector => 3614,
            SqlType::Unknown => 705,
            SqlType::Array(element) => array::type_oid(element),
        }
    }

    /// Whether this is one of the integer types.
    pub fn is_integer(&self) -> bool {
        matches!(self, SqlType::SmallInt | SqlType::Integer | SqlType::BigInt)
    }

    /// Rank inside the numeric category: the result type of mixed arithmetic is the
    /// higher-ranked operand's type.
    pub fn numeric_rank(&self) -> Option<u8> {
        Some(match self {
            SqlType::SmallInt => 0,
            SqlType::Integer => 1,
            SqlType::BigInt => 2,
            SqlType::Numeric(_) => 3,
            SqlType::Real => 4,
            SqlType::Double => 5,
            _ => return None,
        })
    }

    /// The weakest context in which a value of `self` may be cast to `to`, or `None`
    /// when PostgreSQL has no cast at all.
    pub fn cast_context(&self, to: &SqlType) -> Option<CastContext> {
        use CastContext::*;
        use SqlType::*;
        if self.without_typmod() == to.without_typmod() {
            return Some(Implicit);
        }
        let from_cat = self.category();
        let to_cat = to.category();
        Some(match (self, to) {
            (Unknown, _) => Implicit,
            // Element by element (`ArrayCoerceExpr`), in the element cast's context.
            (Array(from), Array(to)) => return from.cast_context(to),
            (a, b) if from_cat == Category::Numeric && to_cat == Category::Numeric => {
                let (ra, rb) = (a.numeric_rank()?, b.numeric_rank()?);
                // float -> numeric is assignment only; every widening is implicit.
                if rb > ra {
                    Implicit
                } else {
                    Assignment
                }
            }
            (Integer, Boolean) | (Boolean, Integer) => Explicit,
            // citext's casts (its extension script): to text and varchar without a
            // function, implicitly; everything else by assignment.
            (Citext, Text | Varchar(_)) => Implicit,
            (Citext, _) | (_, Citext)
                if from_cat == Category::String && to_cat == Category::String =>
            {
                Assignment
            }
            (a, b) if from_cat == Category::String && to_cat == Category::String => {
                let _ = (a, b);
                Implicit
            }
            (Date, Timestamp | TimestampTz) | (Timestamp, TimestampTz) => Implicit,
            (Timestamp | TimestampTz, Date) | (TimestampTz, Timestamp) => Assignment,
            // pg_cast's time rows.
            (Time(_), Interval | TimeTz(_)) => Implicit,
            (Timestamp | TimestampTz | Interval | TimeTz(_), Time(_)) => Assignment,
            (TimestampTz, TimeTz(_)) => Assignment,
            (Time(_) | TimeTz(_), Date | Timestamp | TimestampTz)
            | (Date, Time(_) | TimeTz(_))
            | (Timestamp, TimeTz(_)) => return None,
            (Json, Jsonb) | (Jsonb, Json) => Assignment,
            // jsonb's casts to SQL scalars (a number or a boolean inside).
            (Jsonb, Boolean | SmallInt | Integer | BigInt | Numeric(_) | Real | Double) => Explicit,
            (Cidr, Inet) => Implicit,
            (Inet, Cidr) => Assignment,
            // PostgreSQL 18's integer <-> bytea casts (the conversion is refused).
            (SmallInt | Integer | BigInt, Bytea) | (Bytea, SmallInt | Integer | BigInt) => Explicit,
            // Automatic I/O conversion casts.
            (_, Text | Varchar(_) | Char(_)) => Assignment,
            (Text | Varchar(_) | Char(_), _) => Explicit,
            _ => return None,
        })
    }

    /// Builds a type from the SQL parser's spelling. Enum names are resolved by the caller
    /// (they arrive here as `Custom`).
    pub fn from_ast(
        data_type: &DataType,
        enum_exists: &dyn Fn(&str) -> bool,
    ) -> Result<TypeSpec, PgError> {
        use SqlType::*;
        // PostgreSQL checks the length modifier when it reads the type, so a type
        // it refuses never reaches a table, a cast or a value.
        let length = |len: &Option<CharacterLength>, name: &str| match len {
            Some(CharacterLength::IntegerLength { length, .. }) => {
                super::limits::type_length(*length, name).map(Some)
            }
            _ => Ok(None),
        };
        let plain = |t: SqlType| {
            Ok(TypeSpec {
                ty: t,
                serial: None,
            })
        };
        match data_type {
            DataType::SmallInt(_) | DataType::Int2(_) => plain(SmallInt),
            DataType::Int(_) | DataType::Integer(_) | DataType::Int4(_) => plain(Integer),
            DataType::BigInt(_) | DataType::Int8(_) => plain(BigInt),
            DataType::Numeric(info) | DataType::Decimal(info) | DataType::Dec(info) => {
                plain(Numeric(match info {
                    ExactNumberInfo::None => None,
                    ExactNumberInfo::Precision(p) => Some((*p as u32, 0)),
                    ExactNumberInfo::PrecisionAndScale(p, s) => Some((*p as u32, *s as u32)),
                }))
            }
            DataType::Real | DataType::Float4 => plain(Real),
            DataType::Double | DataType::DoublePrecision | DataType::Float8 => plain(Double),
            DataType::Float(p) => plain(if p.is_some_and(|p| p <= 24) {
                Real
            } else {
                Double
            }),
            DataType::Varchar(l) | DataType::CharacterVarying(l) | DataType::CharVarying(l) => {
                plain(Varchar(length(l, "varchar")?))
            }
            DataType::Char(l) | DataType::Character(l) => {
                plain(Char(length(l, "char")?.unwrap_or(1)))
            }
            DataType::Text | DataType::String(None) => plain(Text),
            DataType::Bool | DataType::Boolean => plain(Boolean),
            DataType::Date => plain(Date),
            DataType::Timestamp(_, TimezoneInfo::WithTimeZone | TimezoneInfo::Tz) => {
                plain(TimestampTz)
            }
            DataType::Timestamp(_, _) => plain(Timestamp),
            DataType::Time(p, TimezoneInfo::WithTimeZone | TimezoneInfo::Tz) => {
                plain(TimeTz(crate::time::precision(*p)?))
            }
            DataType::Time(p, _) => plain(Time(crate::time::precision(*p)?)),
            DataType::Uuid => plain(Uuid),
            DataType::JSON => plain(Json),
            DataType::JSONB => plain(Jsonb),
            DataType::Interval => plain(Interval),
            DataType::Bytea => plain(Bytea),
            DataType::Array(element) => array::type_from_ast(element, enum_exists),
            DataType::Custom(name, modifiers) => {
                let name = name
                    .0
                    .last()
                    .map(|i| i.value.to_lowercase())
                    .unwrap_or_default();
                match (name.as_str(), modifiers.len()) {
                    ("serial" | "serial4", 0) => Ok(TypeSpec {
                        ty: Integer,
                        serial: Some(Integer),
                    }),
                    ("bigserial" | "serial8", 0) => Ok(TypeSpec {
                        ty: BigInt,
                        serial: Some(BigInt),
                    }),
                    ("smallserial" | "serial2", 0) => Ok(TypeSpec {
                        ty: SmallInt,
                        serial: Some(SmallInt),
                    }),
                    ("timestamptz", _) => plain(TimestampTz),
                    ("timetz", 0) => plain(TimeTz(None)),
                    ("timetz", 1) => plain(TimeTz(crate::time::precision(
                        modifiers[0].parse::<u64>().ok(),
                    )?)),
                    ("bpchar", 1) => {
                        let n = modifiers[0]
                            .parse::<u64>()
                            .map_err(|_| PgError::syntax_error(&modifiers[0]))?;
                        plain(Char(super::limits::type_length(n, "char")?))
                    }
                    ("bpchar", _) => plain(Char(1)),
                    ("float4", _) => plain(Real),
                    ("bytea", 0) => plain(Bytea),
                    ("macaddr", 0) => plain(MacAddr),
                    ("inet", 0) => plain(Inet),
                    ("cidr", 0) => plain(Cidr),
                    ("tsvector", 0) => plain(TsVector),
                    (n, 0) if enum_exists(n) => plain(Enum(n.to_string())),
                    // Callers that read a column definition check first that the
                    // extension is installed (`ddl::extensions::check_type`).
                    ("citext", 0) => plain(Citext),
                    (n, 0) if n.starts_with('_') => array::type_from_typname(n, enum_exists),
                    (n, _) => Err(no_type(n)),
                }
            }
            other => Err(PgError::unsupported(format!("the type {other}"))),
        }
    }
}

/// A type as written in a column definition: `serial` is `integer` plus a sequence.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeSpec {
    /// The column's type.
    pub ty: SqlType,
    /// `Some` for serial pseudo-types: the sequence's type.
    pub serial: Option<SqlType>,
}

/// Every type name PostgreSQL 18 has built in (`typname` and `format_type`'s spelling),
/// read from PGlite by `tests/oracle/pg_names.mjs` like the rest of `builtins/`.
const TYPE_NAMES: &str = include_str!("builtins/types.txt");

/// Whether PostgreSQL knows a type by this name.
pub fn is_type(name: &str) -> bool {
    let name = name.trim().to_ascii_lowercase();
    TYPE_NAMES
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .any(|t| t == name)
}

/// The answer for a type name the engine does not know: Rehearse's refusal when
/// PostgreSQL has a built-in type of that name, else PostgreSQL's 42704 (see
/// `builtins`' invariant).
pub fn no_type(name: &str) -> PgError {
    // An extension's type, where the caller cannot see whether it is installed (a
    // cast): refused either way. Column definitions check the catalog first
    // (`ddl::extensions::check_type`).
    if let Some(extension) = crate::extensions::provides_type(name) {
        return PgError::unsupported(format!("the type {name} of extension {extension}"));
    }
    if is_type(name) {
        PgError::unsupported(format!("the type {name}"))
    } else {
        PgError::undefined_type(name)
    }
}
