//! Index access methods and operator classes: which method can index a key's type
//! (its default operator class), which named operator classes the engine knows and the
//! types each accepts, and PostgreSQL's errors for the rest. Measured on PGlite
//! (`pg_opclass`, `CREATE INDEX ... USING m (c)` for every type the engine has).
//!
//! An operator class changes which operators an index serves (`text_pattern_ops`:
//! `LIKE 'abc%'` under any collation), never which rows it admits: uniqueness is the
//! type's equality either way, so the engine only validates and records it.
//!
//! A name not in [`OPCLASSES`] is PostgreSQL's 42704 only when PostgreSQL 18 (or an
//! installed extension) has no operator class of that name for the method
//! ([`POSTGRES_OPCLASSES`]); otherwise Rehearse refuses it as not simulated.

use crate::error::PgError;
use crate::types::SqlType;

/// An index access method (`pg_am`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexMethod {
    /// btree (the default).
    Btree,
    /// hash.
    Hash,
    /// gin.
    Gin,
    /// gist.
    Gist,
    /// brin.
    Brin,
    /// spgist.
    Spgist,
}

impl IndexMethod {
    /// The method `USING name` names, or PostgreSQL's 42704.
    pub fn from_name(name: &str) -> Result<IndexMethod, PgError> {
        Ok(match name {
            "btree" => IndexMethod::Btree,
            "hash" => IndexMethod::Hash,
            "gin" => IndexMethod::Gin,
            "gist" => IndexMethod::Gist,
            "brin" => IndexMethod::Brin,
            "spgist" => IndexMethod::Spgist,
            other => {
                return Err(PgError::new(
                    "42704",
                    format!("access method \"{other}\" does not exist"),
                ))
            }
        })
    }

    /// `pg_am.amname`.
    pub fn name(self) -> &'static str {
        match self {
            IndexMethod::Btree => "btree",
            IndexMethod::Hash => "hash",
            IndexMethod::Gin => "gin",
            IndexMethod::Gist => "gist",
            IndexMethod::Brin => "brin",
            IndexMethod::Spgist => "spgist",
        }
    }

    /// `amcanunique`: only btree enforces uniqueness.
    pub fn can_unique(self) -> bool {
        self == IndexMethod::Btree
    }
}

/// The key types an operator class accepts (its input type and those binary-coercible
/// to it).
#[derive(Clone, Copy)]
enum Accepts {
    /// text: text and varchar.
    Text,
    /// bpchar: char, text and varchar.
    Bpchar,
    /// Exactly this type (any modifier).
    Only(fn(&SqlType) -> bool),
}

impl Accepts {
    fn accepts(self, ty: &SqlType) -> bool {
        match self {
            Accepts::Text => matches!(ty, SqlType::Text | SqlType::Varchar(_)),
            Accepts::Bpchar => matches!(ty, SqlType::Text | SqlType::Varchar(_) | SqlType::Char(_)),
            Accepts::Only(f) => f(ty),
        }
    }
}

/// One operator class the engine simulates: name, method, the types it accepts,
/// whether it is those types' default (`pg_get_indexdef` then omits it), and the
/// extension that provides it.
struct OpClass {
    name: &'static str,
    method: IndexMethod,
    accepts: Accepts,
    default: bool,
    extension: Option<&'static str>,
}

const fn op(name: &'static str, method: IndexMethod, accepts: Accepts, default: bool) -> OpClass {
    OpClass {
        name,
        method,
        accepts,
        default,
        extension: None,
    }
}

use IndexMethod::{Btree, Gin, Gist, Hash};

/// The named operator classes the engine simulates.
#[rustfmt::skip]
static OPCLASSES: &[OpClass] = &[
    op("text_ops",            Btree, Accepts::Text,   true),
    op("text_pattern_ops",    Btree, Accepts::Text,   false),
    op("varchar_pattern_ops", Btree, Accepts::Text,   false),
    op("bpchar_ops",          Btree, Accepts::Bpchar, true),
    op("bpchar_pattern_ops",  Btree, Accepts::Bpchar, false),
    op("int2_ops",            Btree, Accepts::Only(|t| *t == SqlType::SmallInt), true),
    op("int4_ops",            Btree, Accepts::Only(|t| *t == SqlType::Integer), true),
    op("int8_ops",            Btree, Accepts::Only(|t| *t == SqlType::BigInt), true),
    op("numeric_ops",         Btree, Accepts::Only(|t| matches!(t, SqlType::Numeric(_))), true),
    op("float4_ops",          Btree, Accepts::Only(|t| *t == SqlType::Real), true),
    op("float8_ops",          Btree, Accepts::Only(|t| *t == SqlType::Double), true),
    op("bool_ops",            Btree, Accepts::Only(|t| *t == SqlType::Boolean), true),
    op("date_ops",            Btree, Accepts::Only(|t| *t == SqlType::Date), true),
    op("timestamp_ops",       Btree, Accepts::Only(|t| *t == SqlType::Timestamp), true),
    op("timestamptz_ops",     Btree, Accepts::Only(|t| *t == SqlType::TimestampTz), true),
    op("uuid_ops",            Btree, Accepts::Only(|t| *t == SqlType::Uuid), true),
    op("interval_ops",        Btree, Accepts::Only(|t| *t == SqlType::Interval), true),
    op("enum_ops",            Btree, Accepts::Only(|t| matches!(t, SqlType::Enum(_))), true),
    op("jsonb_ops",           Btree, Accepts::Only(|t| *t == SqlType::Jsonb), true),
    op("text_ops",            Hash,  Accepts::Text,   true),
    op("text_pattern_ops",    Hash,  Accepts::Text,   false),
    op("varchar_pattern_ops", Hash,  Accepts::Text,   false),
    op("bpchar_ops",          Hash,  Accepts::Bpchar, true),
    op("bpchar_pattern_ops",  Hash,  Accepts::Bpchar, false),
    op("jsonb_ops",           Gin,   Accepts::Only(|t| *t == SqlType::Jsonb), true),
    op("jsonb_path_ops",      Gin,   Accepts::Only(|t| *t == SqlType::Jsonb), false),
    OpClass { name: "gin_trgm_ops",  method: Gin,  accepts: Accepts::Text, default: false, extension: Some("pg_trgm") },
    OpClass { name: "gist_trgm_ops", method: Gist, accepts: Accepts::Text, default: false, extension: Some("pg_trgm") },
];

/// Every operator class name PostgreSQL 18 has for a method, built in or from an
/// extension Rehearse knows (`pg_opclass` on PGlite), for telling a real one the engine
/// does not simulate from a name that does not exist.
#[rustfmt::skip]
static POSTGRES_OPCLASSES: &[(IndexMethod, Option<&str>, &str)] = &[
    (IndexMethod::Brin, None, "bit_minmax_ops box_inclusion_ops bpchar_bloom_ops bpchar_minmax_ops bytea_bloom_ops bytea_minmax_ops char_bloom_ops char_minmax_ops date_bloom_ops date_minmax_multi_ops date_minmax_ops float4_bloom_ops float4_minmax_multi_ops float4_minmax_ops float8_bloom_ops float8_minmax_multi_ops float8_minmax_ops inet_bloom_ops inet_inclusion_ops inet_minmax_multi_ops inet_minmax_ops int2_bloom_ops int2_minmax_multi_ops int2_minmax_ops int4_bloom_ops int4_minmax_multi_ops int4_minmax_ops int8_bloom_ops int8_minmax_multi_ops int8_minmax_ops interval_bloom_ops interval_minmax_multi_ops interval_minmax_ops macaddr8_bloom_ops macaddr8_minmax_multi_ops macaddr8_minmax_ops macaddr_bloom_ops macaddr_minmax_multi_ops macaddr_minmax_ops name_bloom_ops name_minmax_ops numeric_bloom_ops numeric_minmax_multi_ops numeric_minmax_ops oid_bloom_ops oid_minmax_multi_ops oid_minmax_ops pg_lsn_bloom_ops pg_lsn_minmax_multi_ops pg_lsn_minmax_ops range_inclusion_ops text_bloom_ops text_minmax_ops tid_bloom_ops tid_minmax_multi_ops tid_minmax_ops time_bloom_ops time_minmax_multi_ops time_minmax_ops timestamp_bloom_ops timestamp_minmax_multi_ops timestamp_minmax_ops timestamptz_bloom_ops timestamptz_minmax_multi_ops timestamptz_minmax_ops timetz_bloom_ops timetz_minmax_multi_ops timetz_minmax_ops uuid_bloom_ops uuid_minmax_multi_ops uuid_minmax_ops varbit_minmax_ops"),
    (IndexMethod::Btree, None, "array_ops bit_ops bool_ops bpchar_ops bpchar_pattern_ops bytea_ops char_ops cidr_ops date_ops enum_ops float4_ops float8_ops inet_ops int2_ops int4_ops int8_ops interval_ops jsonb_ops macaddr8_ops macaddr_ops money_ops multirange_ops name_ops numeric_ops oid_ops oidvector_ops pg_lsn_ops range_ops record_image_ops record_ops text_ops text_pattern_ops tid_ops time_ops timestamp_ops timestamptz_ops timetz_ops tsquery_ops tsvector_ops uuid_ops varbit_ops varchar_ops varchar_pattern_ops xid8_ops"),
    (IndexMethod::Gin, None, "array_ops jsonb_ops jsonb_path_ops tsvector_ops"),
    (IndexMethod::Gist, None, "box_ops circle_ops inet_ops multirange_ops point_ops poly_ops range_ops tsquery_ops tsvector_ops"),
    (IndexMethod::Hash, None, "aclitem_ops array_ops bool_ops bpchar_ops bpchar_pattern_ops bytea_ops char_ops cid_ops cidr_ops date_ops enum_ops float4_ops float8_ops inet_ops int2_ops int4_ops int8_ops interval_ops jsonb_ops macaddr8_ops macaddr_ops multirange_ops name_ops numeric_ops oid_ops oidvector_ops pg_lsn_ops range_ops record_ops text_ops text_pattern_ops tid_ops time_ops timestamp_ops timestamptz_ops timetz_ops uuid_ops varchar_ops varchar_pattern_ops xid8_ops xid_ops"),
    (IndexMethod::Spgist, None, "box_ops inet_ops kd_point_ops poly_ops quad_point_ops range_ops text_ops"),
    (IndexMethod::Gin, Some("pg_trgm"), "gin_trgm_ops"),
    (IndexMethod::Gist, Some("pg_trgm"), "gist_trgm_ops"),
    (IndexMethod::Gin, Some("btree_gin"), "bit_ops bool_ops bpchar_ops bytea_ops char_ops cidr_ops date_ops enum_ops float4_ops float8_ops inet_ops int2_ops int4_ops int8_ops interval_ops macaddr8_ops macaddr_ops money_ops name_ops numeric_ops oid_ops text_ops time_ops timestamp_ops timestamptz_ops timetz_ops uuid_ops varbit_ops varchar_ops"),
    (IndexMethod::Gist, Some("btree_gist"), "gist_bit_ops gist_bool_ops gist_bpchar_ops gist_bytea_ops gist_cash_ops gist_cidr_ops gist_date_ops gist_enum_ops gist_float4_ops gist_float8_ops gist_inet_ops gist_int2_ops gist_int4_ops gist_int8_ops gist_interval_ops gist_macaddr8_ops gist_macaddr_ops gist_numeric_ops gist_oid_ops gist_text_ops gist_time_ops gist_timestamp_ops gist_timestamptz_ops gist_timetz_ops gist_uuid_ops gist_vbit_ops"),
    (IndexMethod::Btree, Some("citext"), "citext_ops citext_pattern_ops"),
    (IndexMethod::Hash, Some("citext"), "citext_ops"),
    (IndexMethod::Btree, Some("hstore"), "btree_hstore_ops"),
    (IndexMethod::Gin, Some("hstore"), "gin_hstore_ops"),
    (IndexMethod::Gist, Some("hstore"), "gist_hstore_ops"),
    (IndexMethod::Hash, Some("hstore"), "hash_hstore_ops"),
];

/// Whether `method` has a default operator class for `ty` (measured per type on
/// PGlite; btree_gin and btree_gist add gin and gist ones for scalar types).
fn has_default(method: IndexMethod, ty: &SqlType, installed: &dyn Fn(&str) -> bool) -> bool {
    use SqlType as T;
    // `array_ops` (measured on PGlite: btree, hash and gin; not gist, brin, spgist).
    if let T::Array(_) = ty {
        return matches!(
            method,
            IndexMethod::Btree | IndexMethod::Hash | IndexMethod::Gin
        );
    }
    let scalar = !matches!(ty, T::Json | T::Jsonb | T::Unknown);
    match method {
        IndexMethod::Btree | IndexMethod::Hash => !matches!(ty, T::Json | T::Unknown),
        IndexMethod::Gin => *ty == T::Jsonb || (scalar && installed("btree_gin")),
        IndexMethod::Gist => scalar && installed("btree_gist"),
        IndexMethod::Brin => scalar && !matches!(ty, T::Boolean | T::Enum(_)),
        IndexMethod::Spgist => matches!(ty, T::Text | T::Varchar(_)),
    }
}

/// The operator class one key of type `ty` uses: `Ok(None)` for the type's default,
/// `Ok(Some(name))` for a named non-default one (as `pg_get_indexdef` prints it), or
/// PostgreSQL's error. `written` is the name as the statement spells it (maybe
/// schema-qualified), `installed` says whether an extension is installed.
pub fn resolve(
    method: IndexMethod,
    written: Option<&str>,
    ty: &SqlType,
    installed: &dyn Fn(&str) -> bool,
) -> Result<Option<String>, PgError> {
    // Arrays whose elements order by something else than their values (enum labels,
    // citext) or have no order at all (json, which fails only once rows compare).
    if let SqlType::Array(element) = ty {
        if matches!(
            **element,
            SqlType::Json | SqlType::Enum(_) | SqlType::Citext
        ) {
            return Err(PgError::unsupported(format!(
                "an index on a column of type {}",
                ty.format()
            )));
        }
    }
    let Some(written) = written else {
        if has_default(method, ty, installed) {
            return Ok(None);
        }
        return Err(PgError::new(
            "42704",
            format!(
                "data type {} has no default operator class for access method \"{}\"",
                ty.base_name(),
                method.name()
            ),
        )
        .hint("You must specify an operator class for the index or define a default operator class for the data type."));
    };
    let name = written.rsplit('.').next().unwrap_or(written);
    let available = |ext: Option<&str>| ext.is_none_or(installed);
    if let Some(class) = OPCLASSES
        .iter()
        .find(|c| c.name == name && c.method == method && available(c.extension))
    {
        if !class.accepts.accepts(ty) {
            return Err(PgError::new(
                "42804",
                format!(
                    "operator class \"{written}\" does not accept data type {}",
                    ty.base_name()
                ),
            ));
        }
        let is_default = class.default && has_default(method, ty, installed);
        return Ok((!is_default).then(|| name.to_string()));
    }
    let exists = POSTGRES_OPCLASSES.iter().any(|(m, ext, names)| {
        *m == method && available(*ext) && names.split(' ').any(|n| n == name)
    });
    if exists {
        return Err(PgError::unsupported(format!(
            "the operator class {name} of access method {}",
            method.name()
        )));
    }
    Err(PgError::new(
        "42704",
        format!(
            "operator class \"{written}\" does not exist for access method \"{}\"",
            method.name()
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: &str) -> bool {
        false
    }

    #[test]
    fn named_and_default_classes_as_postgres_resolves_them() {
        let r = |m, n: Option<&str>, t: SqlType| resolve(m, n, &t, &none);
        assert_eq!(
            r(Btree, Some("text_pattern_ops"), SqlType::Varchar(Some(3))).unwrap(),
            Some("text_pattern_ops".into())
        );
        assert_eq!(r(Btree, Some("text_ops"), SqlType::Text).unwrap(), None);
        assert_eq!(
            r(Btree, Some("text_pattern_ops"), SqlType::Char(3))
                .unwrap_err()
                .message,
            "operator class \"text_pattern_ops\" does not accept data type character"
        );
        assert_eq!(
            r(Gin, Some("gin_trgm_ops"), SqlType::Text)
                .unwrap_err()
                .message,
            "operator class \"gin_trgm_ops\" does not exist for access method \"gin\""
        );
        assert!(resolve(Gin, Some("gin_trgm_ops"), &SqlType::Text, &|e| e
            == "pg_trgm")
        .is_ok());
        assert!(r(Btree, Some("inet_ops"), SqlType::Text)
            .unwrap_err()
            .unsupported
            .is_some());
        assert_eq!(
            r(Gin, None, SqlType::Integer).unwrap_err().message,
            "data type integer has no default operator class for access method \"gin\""
        );
        assert!(r(Btree, None, SqlType::Json).is_err());
        assert!(resolve(Gist, None, &SqlType::Integer, &|e| e == "btree_gist").is_ok());
    }
}
