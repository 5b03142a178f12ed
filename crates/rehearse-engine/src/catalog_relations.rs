//! The catalog relations presented, one table entry each: PostgreSQL 18's schema and
//! name, every column PostgreSQL has (a column the engine does not model is refused
//! by name, never reported missing), and the modelled columns with their PostgreSQL
//! type and how the engine carries their values.
//!
//! A leaf (types only): the query binder finds a FROM item's catalog relation here,
//! and `catalog_views`, which builds their rows and checks their use, builds on it.

use crate::types::SqlType;
use sqlparser::ast;

/// A catalog relation the engine presents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RelationId {
    /// pg_catalog.pg_namespace
    Namespace,
    /// pg_catalog.pg_class
    Class,
    /// pg_catalog.pg_type
    Type,
    /// pg_catalog.pg_constraint
    Constraint,
    /// pg_catalog.pg_indexes (a view)
    Indexes,
    /// pg_catalog.pg_enum
    Enum,
    /// pg_catalog.pg_extension
    Extension,
    /// pg_catalog.pg_sequences (a view)
    Sequences,
    /// information_schema.tables
    InfoTables,
    /// information_schema.columns
    InfoColumns,
}

/// How a modelled column's PostgreSQL type relates to the engine's carrier type, which
/// decides where a reference to it is exact (see `usage`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// The carrier is PostgreSQL's type (bool, int2, int8, text): usable anywhere.
    Exact,
    /// `name` or `information_schema.sql_identifier` carried as text: a literal it is
    /// compared with is read as `name` (cut at 63 bytes).
    Name,
    /// `"char"` carried as text: a literal it is compared with keeps its first byte.
    Char,
    /// `information_schema.character_data` / `yes_or_no` (domains over varchar)
    /// carried as text: compared as text.
    CharacterData,
    /// `information_schema.cardinal_number` (a domain over int4) carried as integer.
    Cardinal,
    /// `oid`, `regclass`, `regtype`, `regnamespace`: the engine's own numbers, which are
    /// not PostgreSQL's, so they may only meet each other.
    Oid,
}

/// Which rows of a relation a query must exclude before the engine's rows are its
/// whole answer: PostgreSQL's own objects (pg_catalog's relations, types and
/// constraints) are not modelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SystemRows {
    /// The relation holds only the user's objects (or its system rows are modelled).
    None,
    /// A WHERE or ON conjunct must restrict a key column (see `usage::restricted`).
    Excluded,
}

/// The kind of value a key column names, for telling the user's objects from
/// PostgreSQL's in a restricting comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A relation's name.
    RelationName,
    /// A type's name.
    TypeName,
    /// A constraint's name.
    ConstraintName,
    /// An index's name.
    IndexName,
    /// A schema's name (`'public'` restricts).
    SchemaName,
    /// A schema's oid (`'public'::regnamespace` or a restricted pg_namespace row).
    SchemaOid,
    /// A relation's oid (`'t'::regclass`, `to_regclass`, a restricted pg_class row).
    RelationOid,
    /// A type's oid (`'t'::regtype`).
    TypeOid,
}

/// A modelled column.
#[derive(Debug, Clone, Copy)]
pub struct ModelledColumn {
    /// Its name.
    pub name: &'static str,
    /// PostgreSQL's type, as `format_type` names it (for messages).
    pub pg_type: &'static str,
    /// How its values are carried.
    pub class: Class,
    /// Whether comparing it restricts the relation to the user's objects.
    pub key: Option<Key>,
}

/// A catalog relation's definition.
#[derive(Debug)]
pub struct Relation {
    /// Which one.
    pub id: RelationId,
    /// `pg_catalog` or `information_schema`.
    pub schema: &'static str,
    /// Its name.
    pub name: &'static str,
    /// Every column PostgreSQL 18 has, in order.
    pub all_columns: &'static [&'static str],
    /// The columns modelled, in the order the engine's rows hold them.
    pub modelled: &'static [ModelledColumn],
    /// Whether PostgreSQL's own rows must be excluded by the query.
    pub system_rows: SystemRows,
}

impl Relation {
    /// A modelled column by name.
    pub fn column(&self, name: &str) -> Option<(usize, &ModelledColumn)> {
        self.modelled
            .iter()
            .enumerate()
            .find(|(_, c)| c.name == name)
    }

    /// Whether PostgreSQL's relation has this column.
    pub fn has_column(&self, name: &str) -> bool {
        self.all_columns.contains(&name)
    }

    /// `schema.name`.
    pub fn qualified(&self) -> String {
        format!("{}.{}", self.schema, self.name)
    }
}

impl ModelledColumn {
    /// The engine's carrier type.
    pub fn carrier(&self) -> SqlType {
        match self.class {
            Class::Name | Class::Char | Class::CharacterData => SqlType::Text,
            Class::Cardinal | Class::Oid => SqlType::Integer,
            Class::Exact => match self.pg_type {
                "boolean" => SqlType::Boolean,
                "smallint" => SqlType::SmallInt,
                "bigint" => SqlType::BigInt,
                _ => SqlType::Text,
            },
        }
    }
}

const fn col(name: &'static str, pg_type: &'static str, class: Class) -> ModelledColumn {
    ModelledColumn {
        name,
        pg_type,
        class,
        key: None,
    }
}

const fn key(name: &'static str, pg_type: &'static str, class: Class, key: Key) -> ModelledColumn {
    ModelledColumn {
        name,
        pg_type,
        class,
        key: Some(key),
    }
}

use Class::*;

/// Every relation presented. Column lists are PostgreSQL 18.6's (`pg_attribute`, read
/// on PGlite).
pub static RELATIONS: &[Relation] = &[
    Relation {
        id: RelationId::Namespace,
        schema: "pg_catalog",
        name: "pg_namespace",
        all_columns: &["oid", "nspname", "nspowner", "nspacl"],
        modelled: &[col("oid", "oid", Oid), col("nspname", "name", Name)],
        system_rows: SystemRows::None,
    },
    Relation {
        id: RelationId::Class,
        schema: "pg_catalog",
        name: "pg_class",
        all_columns: &[
            "oid",
            "relname",
            "relnamespace",
            "reltype",
            "reloftype",
            "relowner",
            "relam",
            "relfilenode",
            "reltablespace",
            "relpages",
            "reltuples",
            "relallvisible",
            "relallfrozen",
            "reltoastrelid",
            "relhasindex",
            "relisshared",
            "relpersistence",
            "relkind",
            "relnatts",
            "relchecks",
            "relhasrules",
            "relhastriggers",
            "relhassubclass",
            "relrowsecurity",
            "relforcerowsecurity",
            "relispopulated",
            "relreplident",
            "relispartition",
            "relrewrite",
            "relfrozenxid",
            "relminmxid",
            "relacl",
            "reloptions",
            "relpartbound",
        ],
        modelled: &[
            key("oid", "oid", Oid, Key::RelationOid),
            key("relname", "name", Name, Key::RelationName),
            key("relnamespace", "oid", Oid, Key::SchemaOid),
            col("relkind", "\"char\"", Char),
        ],
        system_rows: SystemRows::Excluded,
    },
    Relation {
        id: RelationId::Type,
        schema: "pg_catalog",
        name: "pg_type",
        all_columns: &[
            "oid",
            "typname",
            "typnamespace",
            "typowner",
            "typlen",
            "typbyval",
            "typtype",
            "typcategory",
            "typispreferred",
            "typisdefined",
            "typdelim",
            "typrelid",
            "typsubscript",
            "typelem",
            "typarray",
            "typinput",
            "typoutput",
            "typreceive",
            "typsend",
            "typmodin",
            "typmodout",
            "typanalyze",
            "typalign",
            "typstorage",
            "typnotnull",
            "typbasetype",
            "typtypmod",
            "typndims",
            "typcollation",
            "typdefaultbin",
            "typdefault",
            "typacl",
        ],
        modelled: &[
            key("oid", "oid", Oid, Key::TypeOid),
            key("typname", "name", Name, Key::TypeName),
            key("typnamespace", "oid", Oid, Key::SchemaOid),
            col("typtype", "\"char\"", Char),
        ],
        system_rows: SystemRows::Excluded,
    },
    Relation {
        id: RelationId::Constraint,
        schema: "pg_catalog",
        name: "pg_constraint",
        all_columns: &[
            "oid",
            "conname",
            "connamespace",
            "contype",
            "condeferrable",
            "condeferred",
            "conenforced",
            "convalidated",
            "conrelid",
            "contypid",
            "conindid",
            "conparentid",
            "confrelid",
            "confupdtype",
            "confdeltype",
            "confmatchtype",
            "conislocal",
            "coninhcount",
            "connoinherit",
            "conperiod",
            "conkey",
            "confkey",
            "conpfeqop",
            "conppeqop",
            "conffeqop",
            "confdelsetcols",
            "conexclop",
            "conbin",
        ],
        modelled: &[
            col("oid", "oid", Oid),
            key("conname", "name", Name, Key::ConstraintName),
            key("connamespace", "oid", Oid, Key::SchemaOid),
            col("contype", "\"char\"", Char),
            col("convalidated", "boolean", Exact),
            key("conrelid", "oid", Oid, Key::RelationOid),
            col("confrelid", "oid", Oid),
        ],
        system_rows: SystemRows::Excluded,
    },
    Relation {
        id: RelationId::Indexes,
        schema: "pg_catalog",
        name: "pg_indexes",
        all_columns: &[
            "schemaname",
            "tablename",
            "indexname",
            "tablespace",
            "indexdef",
        ],
        modelled: &[
            key("schemaname", "name", Name, Key::SchemaName),
            key("tablename", "name", Name, Key::RelationName),
            key("indexname", "name", Name, Key::IndexName),
            col("indexdef", "text", Exact),
        ],
        system_rows: SystemRows::Excluded,
    },
    Relation {
        id: RelationId::Enum,
        schema: "pg_catalog",
        name: "pg_enum",
        all_columns: &["oid", "enumtypid", "enumsortorder", "enumlabel"],
        modelled: &[
            col("oid", "oid", Oid),
            col("enumtypid", "oid", Oid),
            col("enumlabel", "name", Name),
        ],
        system_rows: SystemRows::None,
    },
    Relation {
        id: RelationId::Extension,
        schema: "pg_catalog",
        name: "pg_extension",
        all_columns: &[
            "oid",
            "extname",
            "extowner",
            "extnamespace",
            "extrelocatable",
            "extversion",
            "extconfig",
            "extcondition",
        ],
        modelled: &[col("oid", "oid", Oid), col("extname", "name", Name)],
        system_rows: SystemRows::None,
    },
    Relation {
        id: RelationId::Sequences,
        schema: "pg_catalog",
        name: "pg_sequences",
        all_columns: &[
            "schemaname",
            "sequencename",
            "sequenceowner",
            "data_type",
            "start_value",
            "min_value",
            "max_value",
            "increment_by",
            "cycle",
            "cache_size",
            "last_value",
        ],
        modelled: &[
            col("schemaname", "name", Name),
            col("sequencename", "name", Name),
            col("start_value", "bigint", Exact),
            col("increment_by", "bigint", Exact),
        ],
        system_rows: SystemRows::None,
    },
    Relation {
        id: RelationId::InfoTables,
        schema: "information_schema",
        name: "tables",
        all_columns: &[
            "table_catalog",
            "table_schema",
            "table_name",
            "table_type",
            "self_referencing_column_name",
            "reference_generation",
            "user_defined_type_catalog",
            "user_defined_type_schema",
            "user_defined_type_name",
            "is_insertable_into",
            "is_typed",
            "commit_action",
        ],
        modelled: &[
            key(
                "table_schema",
                "information_schema.sql_identifier",
                Name,
                Key::SchemaName,
            ),
            key(
                "table_name",
                "information_schema.sql_identifier",
                Name,
                Key::RelationName,
            ),
            col(
                "table_type",
                "information_schema.character_data",
                CharacterData,
            ),
        ],
        system_rows: SystemRows::Excluded,
    },
    Relation {
        id: RelationId::InfoColumns,
        schema: "information_schema",
        name: "columns",
        all_columns: &[
            "table_catalog",
            "table_schema",
            "table_name",
            "column_name",
            "ordinal_position",
            "column_default",
            "is_nullable",
            "data_type",
            "character_maximum_length",
            "character_octet_length",
            "numeric_precision",
            "numeric_precision_radix",
            "numeric_scale",
            "datetime_precision",
            "interval_type",
            "interval_precision",
            "character_set_catalog",
            "character_set_schema",
            "character_set_name",
            "collation_catalog",
            "collation_schema",
            "collation_name",
            "domain_catalog",
            "domain_schema",
            "domain_name",
            "udt_catalog",
            "udt_schema",
            "udt_name",
            "scope_catalog",
            "scope_schema",
            "scope_name",
            "maximum_cardinality",
            "dtd_identifier",
            "is_self_referencing",
            "is_identity",
            "identity_generation",
            "identity_start",
            "identity_increment",
            "identity_maximum",
            "identity_minimum",
            "identity_cycle",
            "is_generated",
            "generation_expression",
            "is_updatable",
        ],
        modelled: &[
            key(
                "table_schema",
                "information_schema.sql_identifier",
                Name,
                Key::SchemaName,
            ),
            key(
                "table_name",
                "information_schema.sql_identifier",
                Name,
                Key::RelationName,
            ),
            col("column_name", "information_schema.sql_identifier", Name),
            col(
                "column_default",
                "information_schema.character_data",
                CharacterData,
            ),
            col("is_nullable", "information_schema.yes_or_no", CharacterData),
            col(
                "data_type",
                "information_schema.character_data",
                CharacterData,
            ),
            col(
                "character_maximum_length",
                "information_schema.cardinal_number",
                Cardinal,
            ),
            col("udt_name", "information_schema.sql_identifier", Name),
        ],
        system_rows: SystemRows::Excluded,
    },
];

/// The relation `schema.name` names (`schema` absent: unqualified, which finds
/// pg_catalog's relations first, as PostgreSQL's search path does).
pub fn find(schema: Option<&str>, name: &str) -> Option<&'static Relation> {
    RELATIONS.iter().find(|r| {
        r.name == name
            && match schema {
                Some(s) => s == r.schema,
                None => r.schema == "pg_catalog",
            }
    })
}

/// The key a presented relation has in a statement's tables: a NUL byte cannot appear
/// in a PostgreSQL identifier, so no user relation can take it.
pub fn relation_key(relation: &Relation) -> String {
    format!("\u{0}{}.{}", relation.schema, relation.name)
}

/// The key of the catalog relation a FROM item names, if the engine presents it.
pub fn table_key(name: &ast::ObjectName) -> Option<String> {
    catalog_relation(name).map(relation_key)
}
/// The relation a FROM item names, if it is a presented catalog relation.
pub fn catalog_relation(name: &ast::ObjectName) -> Option<&'static Relation> {
    let parts: Vec<String> = name.0.iter().map(crate::ident).collect();
    match parts.as_slice() {
        [one] => find(None, one),
        [schema, one] => find(Some(schema), one),
        _ => None,
    }
}
