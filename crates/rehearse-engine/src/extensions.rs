//! [`EXTENSIONS`]: one entry per extension PostgreSQL 18 ships, saying whether
//! Rehearse simulates it and what it provides (types, functions), with the lookups the
//! binder and the type reader use. CREATE/DROP EXTENSION and the catalog's installed
//! set are `ddl::extensions`'; operator classes are `opclasses`'.

use crate::error::PgError;
use sqlparser::ast;

/// One extension PostgreSQL ships (contrib and the procedural languages).
pub struct Extension {
    /// Its name, as CREATE EXTENSION takes it.
    pub name: &'static str,
    /// Whether Rehearse simulates CREATE EXTENSION of it (the catalog entry and what it
    /// provides, as the module doc says).
    pub simulated: bool,
    /// Types it creates.
    pub types: &'static [&'static str],
    /// Functions it creates (all refused when called).
    pub functions: &'static [&'static str],
}

const fn ext(
    name: &'static str,
    simulated: bool,
    types: &'static [&'static str],
    functions: &'static [&'static str],
) -> Extension {
    Extension {
        name,
        simulated,
        types,
        functions,
    }
}

/// Every extension PostgreSQL 18 ships.
#[rustfmt::skip]
pub static EXTENSIONS: &[Extension] = &[
    ext("plpgsql",       true,  &[], &[]),
    ext("citext",        true,  &["citext"], &[]),
    ext("pgcrypto",      true,  &[], &["armor", "crypt", "dearmor", "decrypt", "decrypt_iv", "digest", "encrypt", "encrypt_iv", "fips_mode", "gen_random_bytes", "gen_salt", "hmac", "pgp_armor_headers", "pgp_key_id", "pgp_pub_decrypt", "pgp_pub_decrypt_bytea", "pgp_pub_encrypt", "pgp_pub_encrypt_bytea", "pgp_sym_decrypt", "pgp_sym_decrypt_bytea", "pgp_sym_encrypt", "pgp_sym_encrypt_bytea"]),
    ext("uuid-ossp",     true,  &[], &["uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v3", "uuid_generate_v4", "uuid_generate_v5", "uuid_nil", "uuid_ns_dns", "uuid_ns_oid", "uuid_ns_url", "uuid_ns_x500"]),
    ext("pg_trgm",       true,  &[], &["show_limit", "set_limit", "show_trgm", "similarity", "word_similarity", "strict_word_similarity", "similarity_dist", "word_similarity_dist_op", "strict_word_similarity_dist_op"]),
    ext("hstore",        true,  &["hstore"], &["akeys", "avals", "defined", "delete", "each", "exist", "exists_all", "exists_any", "fetchval", "hstore", "hstore_to_array", "hstore_to_json", "hstore_to_json_loose", "hstore_to_jsonb", "hstore_to_jsonb_loose", "hstore_to_matrix", "hstore_version_diag", "isdefined", "isexists", "populate_record", "skeys", "slice", "slice_array", "svals", "tconvert"]),
    ext("btree_gin",     true,  &[], &[]),
    ext("btree_gist",    true,  &[], &[]),
    ext("amcheck",       false, &[], &[]),
    ext("autoinc",       false, &[], &[]),
    ext("bloom",         false, &[], &[]),
    ext("cube",          false, &["cube"], &[]),
    ext("dblink",        false, &[], &[]),
    ext("dict_int",      false, &[], &[]),
    ext("dict_xsyn",     false, &[], &[]),
    ext("earthdistance", false, &[], &[]),
    ext("file_fdw",      false, &[], &[]),
    ext("fuzzystrmatch", false, &[], &[]),
    ext("insert_username", false, &[], &[]),
    ext("intagg",        false, &[], &[]),
    ext("intarray",      false, &[], &[]),
    ext("isn",           false, &[], &[]),
    ext("lo",            false, &["lo"], &[]),
    ext("ltree",         false, &["ltree"], &[]),
    ext("moddatetime",   false, &[], &[]),
    ext("pageinspect",   false, &[], &[]),
    ext("pg_buffercache", false, &[], &[]),
    ext("pg_freespacemap", false, &[], &[]),
    ext("pg_prewarm",    false, &[], &[]),
    ext("pg_stat_statements", false, &[], &[]),
    ext("pg_surgery",    false, &[], &[]),
    ext("pg_visibility", false, &[], &[]),
    ext("pg_walinspect", false, &[], &[]),
    ext("pgrowlocks",    false, &[], &[]),
    ext("pgstattuple",   false, &[], &[]),
    ext("plperl",        false, &[], &[]),
    ext("plpython3u",    false, &[], &[]),
    ext("pltcl",         false, &[], &[]),
    ext("postgres_fdw",  false, &[], &[]),
    ext("refint",        false, &[], &[]),
    ext("seg",           false, &["seg"], &[]),
    ext("sslinfo",       false, &[], &[]),
    ext("tablefunc",     false, &[], &[]),
    ext("tcn",           false, &[], &[]),
    ext("tsm_system_rows", false, &[], &[]),
    ext("tsm_system_time", false, &[], &[]),
    ext("unaccent",      true,  &[], &["unaccent", "unaccent_init", "unaccent_lexize"]),
    ext("xml2",          false, &[], &[]),
];

/// The entry for `name`.
pub fn extension(name: &str) -> Option<&'static Extension> {
    EXTENSIONS.iter().find(|e| e.name == name)
}

/// The extension whose function `name` is, if any.
pub fn provides_function(name: &str) -> Option<&'static str> {
    EXTENSIONS
        .iter()
        .find(|e| e.functions.contains(&name))
        .map(|e| e.name)
}

/// The extension that creates the type `name`, if any.
pub fn provides_type(name: &str) -> Option<&'static str> {
    EXTENSIONS
        .iter()
        .find(|e| e.types.contains(&name))
        .map(|e| e.name)
}

/// The extension type a type name names (not an enum of that name), if any.
pub(crate) fn extension_type(
    data_type: &ast::DataType,
    is_enum: &dyn Fn(&str) -> bool,
) -> Option<(String, &'static str)> {
    let ast::DataType::Custom(name, _) = data_type else {
        return None;
    };
    let name = name
        .0
        .last()
        .map(|i| i.value.to_lowercase())
        .unwrap_or_default();
    let extension = provides_type(&name)?;
    (!is_enum(&name)).then_some((name, extension))
}

/// The extension types a cast can name and the engine simulates (`SqlType::Citext`).
const CASTABLE_TYPES: &[&str] = &["citext"];

/// A cast to an extension's type: citext once its extension is installed (the types
/// the engine simulates); otherwise, or where the binder does not see the catalog
/// (`installed` is `None`), refused whether or not the extension is installed (never a
/// wrong answer).
pub fn check_cast_type(
    data_type: &ast::DataType,
    is_enum: &dyn Fn(&str) -> bool,
    installed: Option<&std::collections::BTreeSet<String>>,
) -> Result<(), PgError> {
    match extension_type(data_type, is_enum) {
        Some((name, extension))
            if CASTABLE_TYPES.contains(&name.as_str())
                && installed.is_some_and(|set| set.contains(extension)) =>
        {
            Ok(())
        }
        Some((name, extension)) => Err(PgError::unsupported(format!(
            "a cast to {name} (extension {extension})"
        ))),
        None => Ok(()),
    }
}

/// The installed set a stored expression (a CHECK constraint, an index's keys and
/// predicate) is bound again with: it was bound against the catalog when it was
/// stored, so its casts to the castable types resolved then, and the extension
/// cannot have been dropped under the columns of its type since.
pub(crate) fn stored_expressions() -> &'static std::collections::BTreeSet<String> {
    static SET: std::sync::OnceLock<std::collections::BTreeSet<String>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| {
        EXTENSIONS
            .iter()
            .filter(|e| e.types.iter().any(|t| CASTABLE_TYPES.contains(t)))
            .map(|e| e.name.to_string())
            .collect()
    })
}
