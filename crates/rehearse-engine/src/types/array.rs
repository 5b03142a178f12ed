//! The array types: their names as sqlparser spells them (`VARCHAR[]`, `_int4`), their
//! OIDs, and the type an array comparison takes. The values are `value::array`'s.

use super::{SqlType, TypeSpec};
use crate::error::PgError;
use sqlparser::ast::{ArrayElemTypeDef, DataType};

/// The type both sides of an array comparison (`array_eq`, `btarraycmp`) take: `None`
/// when they are already one type, `text[]` for arrays of strings. Other pairs, and
/// elements whose order is not their values' (enums, citext) or that have none
/// (json), are refused.
pub fn comparison_type(l: &SqlType, r: &SqlType) -> Result<Option<SqlType>, PgError> {
    let (SqlType::Array(a), SqlType::Array(b)) = (l, r) else {
        return Ok(None);
    };
    let refused = || PgError::unsupported(format!("comparing {} with {}", l.format(), r.format()));
    if matches!(**a, SqlType::Enum(_) | SqlType::Citext | SqlType::Json) {
        return Err(refused());
    }
    if a.without_typmod() == b.without_typmod() {
        return Ok(None);
    }
    let string = |t: &SqlType| matches!(t, SqlType::Varchar(_) | SqlType::Text | SqlType::Char(_));
    if string(a) && string(b) {
        return Ok(Some(SqlType::Array(Box::new(SqlType::Text))));
    }
    Err(refused())
}

/// The array type's `pg_type` OID (0 where its element's is not modelled).
pub fn type_oid(element: &SqlType) -> u32 {
    match element {
        SqlType::SmallInt => 1005,
        SqlType::Integer => 1007,
        SqlType::BigInt => 1016,
        SqlType::Numeric(_) => 1231,
        SqlType::Real => 1021,
        SqlType::Double => 1022,
        SqlType::Varchar(_) => 1015,
        SqlType::Char(_) => 1014,
        SqlType::Text => 1009,
        SqlType::Boolean => 1000,
        SqlType::Date => 1182,
        SqlType::Timestamp => 1115,
        SqlType::TimestampTz => 1185,
        SqlType::Uuid => 2951,
        SqlType::Json => 199,
        SqlType::Jsonb => 3807,
        SqlType::Interval => 1187,
        _ => 0,
    }
}

/// `element[]` as sqlparser reads it. PostgreSQL ignores the declared sizes and the
/// number of dimensions.
pub fn type_from_ast(
    element: &ArrayElemTypeDef,
    enum_exists: &dyn Fn(&str) -> bool,
) -> Result<TypeSpec, PgError> {
    let ArrayElemTypeDef::SquareBracket(inner, _) = element else {
        return Err(PgError::unsupported(format!(
            "the type {}",
            DataType::Array(element.clone())
        )));
    };
    let spec = SqlType::from_ast(inner, enum_exists)?;
    array_of(spec)
}

/// `_typname`, the array type's own name (`_int4`, `_text`, `_mood`).
pub fn type_from_typname(
    name: &str,
    enum_exists: &dyn Fn(&str) -> bool,
) -> Result<TypeSpec, PgError> {
    let element = &name[1..];
    let ty = match element {
        "int2" => SqlType::SmallInt,
        "int4" => SqlType::Integer,
        "int8" => SqlType::BigInt,
        "numeric" => SqlType::Numeric(None),
        "float4" => SqlType::Real,
        "float8" => SqlType::Double,
        "varchar" => SqlType::Varchar(None),
        "bpchar" => SqlType::Char(1),
        "text" => SqlType::Text,
        "bool" => SqlType::Boolean,
        "date" => SqlType::Date,
        "timestamp" => SqlType::Timestamp,
        "timestamptz" => SqlType::TimestampTz,
        "uuid" => SqlType::Uuid,
        "json" => SqlType::Json,
        "jsonb" => SqlType::Jsonb,
        "interval" => SqlType::Interval,
        n if enum_exists(n) => SqlType::Enum(n.to_string()),
        _ => return Err(crate::types::no_type(name)),
    };
    array_of(TypeSpec { ty, serial: None })
}

fn array_of(spec: TypeSpec) -> Result<TypeSpec, PgError> {
    if spec.serial.is_some() {
        return Err(PgError::unsupported("arrays of serial"));
    }
    let ty = match spec.ty {
        // `int[][]` is `int[]`.
        array @ SqlType::Array(_) => array,
        SqlType::Citext => return Err(PgError::unsupported("arrays of citext")),
        element => SqlType::Array(Box::new(element)),
    };
    Ok(TypeSpec { ty, serial: None })
}
