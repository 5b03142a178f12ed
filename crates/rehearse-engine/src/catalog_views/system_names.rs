//! PostgreSQL's own objects, which the catalog relations do not list: a query must
//! exclude them (`usage::restricted`) before the engine's rows are its whole answer.
//! A name is PostgreSQL's when it is one of its built-in types (`builtins/types.txt`),
//! starts with `pg_` (every pg_catalog relation, index and constraint, and the toast
//! relations), or names an information_schema relation, domain or their row and array
//! types (PostgreSQL 18.6, read on PGlite).

/// information_schema's relations.
const INFORMATION_SCHEMA_RELATIONS: &[&str] = &[
    "_pg_foreign_data_wrappers",
    "_pg_foreign_servers",
    "_pg_foreign_table_columns",
    "_pg_foreign_tables",
    "_pg_user_mappings",
    "administrable_role_authorizations",
    "applicable_roles",
    "attributes",
    "character_sets",
    "check_constraint_routine_usage",
    "check_constraints",
    "collation_character_set_applicability",
    "collations",
    "column_column_usage",
    "column_domain_usage",
    "column_options",
    "column_privileges",
    "column_udt_usage",
    "columns",
    "constraint_column_usage",
    "constraint_table_usage",
    "data_type_privileges",
    "domain_constraints",
    "domain_udt_usage",
    "domains",
    "element_types",
    "enabled_roles",
    "foreign_data_wrapper_options",
    "foreign_data_wrappers",
    "foreign_server_options",
    "foreign_servers",
    "foreign_table_options",
    "foreign_tables",
    "information_schema_catalog_name",
    "key_column_usage",
    "parameters",
    "referential_constraints",
    "role_column_grants",
    "role_routine_grants",
    "role_table_grants",
    "role_udt_grants",
    "role_usage_grants",
    "routine_column_usage",
    "routine_privileges",
    "routine_routine_usage",
    "routine_sequence_usage",
    "routine_table_usage",
    "routines",
    "schemata",
    "sequences",
    "sql_features",
    "sql_implementation_info",
    "sql_parts",
    "sql_sizing",
    "table_constraints",
    "table_privileges",
    "tables",
    "transforms",
    "triggered_update_columns",
    "triggers",
    "udt_privileges",
    "usage_privileges",
    "user_defined_types",
    "user_mapping_options",
    "user_mappings",
    "view_column_usage",
    "view_routine_usage",
    "view_table_usage",
    "views",
];

/// information_schema's domains.
const INFORMATION_SCHEMA_DOMAINS: &[&str] = &[
    "cardinal_number",
    "character_data",
    "sql_identifier",
    "time_stamp",
    "yes_or_no",
];

/// The constraints PostgreSQL has besides those named `pg_...`.
const OTHER_SYSTEM_CONSTRAINTS: &[&str] = &["cardinal_number_domain_check", "yes_or_no_check"];

/// Whether PostgreSQL has a relation (in any schema) by this name.
pub fn is_system_relation(name: &str) -> bool {
    name.starts_with("pg_") || INFORMATION_SCHEMA_RELATIONS.contains(&name)
}

/// Whether PostgreSQL has an index by this name.
pub fn is_system_index(name: &str) -> bool {
    name.starts_with("pg_")
}

/// Whether PostgreSQL has a constraint by this name.
pub fn is_system_constraint(name: &str) -> bool {
    name.starts_with("pg_") || OTHER_SYSTEM_CONSTRAINTS.contains(&name)
}

/// Whether PostgreSQL has a type (in any schema) by this name.
pub fn is_system_type(name: &str) -> bool {
    let element = name.strip_prefix('_').unwrap_or(name);
    crate::types::is_type(name)
        || element.starts_with("pg_")
        || name.starts_with("pg_")
        || INFORMATION_SCHEMA_RELATIONS.contains(&element)
        || INFORMATION_SCHEMA_DOMAINS.contains(&element)
}

/// Whether a schema name is one whose objects the engine models (public's).
pub fn is_user_schema(name: &str) -> bool {
    name == "public"
}
