//! The `sqlalchemy_utils` column types (sqlalchemy-utils 0.43.0) as they compile on
//! PostgreSQL: each is a `TypeDecorator` whose DDL is its implementation type's. One
//! table entry per type says which implementation and which arguments size it,
//! measured with the real package (`tests/oracle/forms/forms.txt`, "sqlalchemy_utils").

use super::types::{TypeArgs, TypeKind};
use super::{err, SaType};
use crate::alembic::py::{Call, Py};
use rehearse_engine::error::InputError;

/// How a `sqlalchemy_utils` type compiles.
enum Impl {
    /// A fixed spelling; the listed arguments are accepted and change nothing.
    Fixed(&'static str, &'static [&'static str]),
    /// `VARCHAR(n)`: `params` in positional order, `n` is the one named `length` (or
    /// `default`); the others change nothing.
    Varchar {
        params: &'static [&'static str],
        length: &'static str,
        default: i64,
        /// Whether any further arguments are accepted and change nothing: the type
        /// passes them to `TypeDecorator.__init__`, whose class-level `impl` is an
        /// instance (`Unicode(50)`) that takes it as it is, ignoring them, before the
        /// type replaces it with `Unicode(max_length)`.
        ignores_rest: bool,
    },
    /// `URLType(length)`: `TEXT`, or `TEXT(n)` (an argument the decorator passes on
    /// to `UnicodeText`).
    Text,
    /// `UUIDType(binary=True, native=True)`: `UUID` when native, else `BINARY(16)` /
    /// `VARCHAR(32)`.
    Uuid,
    /// `ArrowType(timezone=False)`: a `DateTime`.
    Arrow,
    /// `ChoiceType(choices, impl=None)`: `impl`'s type, or `VARCHAR(255)`.
    Choice,
}

/// The table: type name → implementation.
const TYPES: &[(&str, Impl)] = &[
    ("UUIDType", Impl::Uuid),
    ("ArrowType", Impl::Arrow),
    ("ChoiceType", Impl::Choice),
    (
        "EmailType",
        Impl::Varchar {
            params: &["length"],
            length: "length",
            default: 255,
            ignores_rest: false,
        },
    ),
    (
        "ColorType",
        Impl::Varchar {
            params: &["max_length"],
            length: "max_length",
            default: 20,
            ignores_rest: true,
        },
    ),
    (
        "IPAddressType",
        Impl::Varchar {
            params: &["max_length"],
            length: "max_length",
            default: 50,
            ignores_rest: true,
        },
    ),
    (
        "PhoneNumberType",
        Impl::Varchar {
            params: &["region", "max_length"],
            length: "max_length",
            default: 20,
            ignores_rest: true,
        },
    ),
    // CountryType and CurrencyType pass their arguments to a String instance that is
    // already built, which ignores them: the length is fixed.
    ("CountryType", Impl::Fixed("VARCHAR(2)", &[])),
    ("CurrencyType", Impl::Fixed("VARCHAR(3)", &[])),
    ("LocaleType", Impl::Fixed("VARCHAR(10)", &[])),
    ("TimezoneType", Impl::Fixed("VARCHAR(50)", &["backend"])),
    ("URLType", Impl::Text),
    (
        "ScalarListType",
        Impl::Fixed("TEXT", &["coerce_func", "separator"]),
    ),
    // JSONType loads postgresql.JSON on PostgreSQL.
    ("JSONType", Impl::Fixed("JSON", &[])),
    // PasswordType is a BYTEA on PostgreSQL whatever its length.
    (
        "PasswordType",
        Impl::Fixed("BYTEA", &["max_length", "schemes", "deprecated"]),
    ),
    // TSVectorType's positional arguments name the searched columns; no DDL effect.
    (
        "TSVectorType",
        Impl::Fixed("TSVECTOR", &["regconfig", "weights"]),
    ),
    // StringEncryptedType(type_in, key, engine, padding, **kwargs) passes the keywords
    // to its `String` implementation: `VARCHAR`, or `VARCHAR(length)`.
    (
        "StringEncryptedType",
        Impl::Varchar {
            params: &["type_in", "key", "engine", "padding", "length"],
            length: "length",
            default: 0,
            ignores_rest: false,
        },
    ),
    // EncryptedType: the same on `LargeBinary`, a BYTEA whatever its length.
    (
        "EncryptedType",
        Impl::Fixed("BYTEA", &["type_in", "key", "engine", "padding", "length"]),
    ),
    ("LtreeType", Impl::Fixed("LTREE", &[])),
    ("WeekDaysType", Impl::Fixed("BIT(7)", &[])),
    ("IntRangeType", Impl::Fixed("INT4RANGE", &[])),
    ("Int8RangeType", Impl::Fixed("INT8RANGE", &[])),
    ("NumericRangeType", Impl::Fixed("NUMRANGE", &[])),
    ("DateRangeType", Impl::Fixed("DATERANGE", &[])),
    ("DateTimeRangeType", Impl::Fixed("TSRANGE", &[])),
];

/// Resolves `sqlalchemy_utils.<name>(...)`.
pub fn utils_type(call: &Call, name: &str) -> Result<SaType, InputError> {
    let Some((canonical, imp)) = TYPES.iter().find(|(n, _)| *n == name) else {
        return Err(err(
            call.span,
            format!(
                "`{}` is not a sqlalchemy_utils type the playground knows",
                call.func
            ),
        ));
    };
    let decorated = TypeKind::Decorated(canonical);
    let ddl = match imp {
        Impl::Fixed(ddl, params) => {
            let mut named = call.clone();
            // TSVectorType(*columns, ...): the column names are not its DDL.
            if *canonical == "TSVectorType" {
                if let Some(a) = call.args.iter().find(|a| !matches!(a, Py::Str(_))) {
                    return Err(err(
                        call.span,
                        format!(
                            "TSVectorType(): expected column names, found {}",
                            a.describe()
                        ),
                    ));
                }
                named.args.clear();
            }
            TypeArgs::bind(&named, params)?;
            ddl.to_string()
        }
        Impl::Varchar {
            params,
            length,
            default,
            ignores_rest,
        } => {
            let mut named = call.clone();
            if *ignores_rest {
                named.args.truncate(params.len());
                named.kwargs.retain(|(k, _)| params.contains(&k.as_str()));
            }
            let a = TypeArgs::bind(&named, params)?;
            let n = a.int(length)?.unwrap_or(*default);
            if n == 0 {
                "VARCHAR".to_string()
            } else {
                format!("VARCHAR({n})")
            }
        }
        Impl::Text => {
            let a = TypeArgs::bind(call, &["length"])?;
            match a.int("length")?.filter(|n| *n != 0) {
                Some(n) => format!("TEXT({n})"),
                None => "TEXT".to_string(),
            }
        }
        Impl::Uuid => {
            let a = TypeArgs::bind(call, &["binary", "native"])?;
            if a.flag("native", true)? {
                "UUID".to_string()
            } else if a.flag("binary", true)? {
                "BINARY(16)".to_string()
            } else {
                "VARCHAR(32)".to_string()
            }
        }
        Impl::Arrow => {
            let a = TypeArgs::bind(call, &["timezone"])?;
            let zone = if a.flag("timezone", false)? {
                "WITH"
            } else {
                "WITHOUT"
            };
            format!("TIMESTAMP {zone} TIME ZONE")
        }
        Impl::Choice => {
            let a = TypeArgs::bind(call, &["choices", "impl"])?;
            if a.get("choices").is_none() {
                return Err(err(call.span, "ChoiceType() needs its choices"));
            }
            // ChoiceType binds plain values as they are (a Choice becomes its code),
            // so the implementation's kind also decides literals and SERIAL (its
            // type affinity is the implementation's).
            return match a.get("impl") {
                Some(t) => super::sa_type(t, call.span),
                None => Ok(SaType::plain("VARCHAR(255)", TypeKind::String)),
            };
        }
    };
    Ok(SaType::plain(ddl, decorated))
}
