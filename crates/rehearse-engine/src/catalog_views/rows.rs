//! Each presented relation's rows, computed from the engine's catalog when a query
//! reads it: only the user's objects (PostgreSQL's own are excluded by the query, see
//! `usage`), in the modelled columns' order (`relations`), values as PostgreSQL 18
//! shows them.

use super::ids::{self, Ids};
use super::relations::{Relation, RelationId};
use crate::catalog::{ConstraintKind, Database, Row};
use crate::error::PgError;
use crate::types::SqlType;
use crate::value::Value;

fn name(s: &str) -> Value {
    Value::Text(s.to_string())
}

fn id(n: i64) -> Value {
    Value::Int(n)
}

/// The relation's rows.
pub fn rows(db: &Database, ids: &mut Ids, relation: &Relation) -> Result<Vec<Row>, PgError> {
    let extension_objects = || {
        db.extensions.iter().next().map_or(Ok(()), |e| {
            Err(PgError::unsupported(format!(
                "{} while extension {e} is installed (its objects' catalog rows are not modelled)",
                relation.qualified()
            )))
        })
    };
    Ok(match relation.id {
        RelationId::Namespace => [
            (ids::PG_TOAST, "pg_toast"),
            (ids::PG_CATALOG, "pg_catalog"),
            (ids::PUBLIC, "public"),
            (ids::INFORMATION_SCHEMA, "information_schema"),
        ]
        .iter()
        .map(|(n, s)| vec![id(*n), name(s)])
        .collect(),
        RelationId::Class => class_rows(db, ids),
        RelationId::Type => {
            extension_objects()?;
            type_rows(db, ids)
        }
        RelationId::Constraint => constraint_rows(db, ids),
        RelationId::Indexes => {
            let mut out = Vec::new();
            for table in db.tables.values() {
                for index in &table.indexes {
                    out.push(vec![
                        name("public"),
                        name(&table.name),
                        name(&index.name),
                        Value::Text(crate::describe::index_definition(db, table, index)),
                    ]);
                }
            }
            out
        }
        RelationId::Enum => {
            let mut out = Vec::new();
            for type_name in db.enums.keys() {
                let labels = db
                    .enums_pending
                    .get(type_name)
                    .or_else(|| db.enums.get(type_name))
                    .cloned()
                    .unwrap_or_default();
                let type_id = ids.type_id(type_name).unwrap_or(0);
                for label in labels {
                    out.push(vec![id(ids.fresh()), id(type_id), name(&label)]);
                }
            }
            out
        }
        RelationId::Extension => std::iter::once("plpgsql")
            .chain(db.extensions.iter().map(String::as_str))
            .map(|e| vec![id(ids.fresh()), name(e)])
            .collect(),
        RelationId::Sequences => db
            .sequences
            .iter()
            .map(|(n, s)| {
                vec![
                    name("public"),
                    name(n),
                    Value::Int(s.start),
                    Value::Int(s.increment),
                ]
            })
            .collect(),
        RelationId::InfoTables => {
            let tables = db.tables.keys().map(|t| (t, "BASE TABLE"));
            let views = db
                .views
                .values()
                .filter(|v| v.materialized.is_none())
                .map(|v| (&v.name, "VIEW"));
            tables
                .chain(views)
                .map(|(t, kind)| vec![name("public"), name(t), name(kind)])
                .collect()
        }
        RelationId::InfoColumns => column_rows(db),
    })
}

fn class_rows(db: &Database, ids: &Ids) -> Vec<Row> {
    let mut out = Vec::new();
    let mut push = |n: &str, kind: &str| {
        out.push(vec![
            id(ids.relation_id(n).unwrap_or(0)),
            name(n),
            id(ids::PUBLIC),
            name(kind),
        ])
    };
    for table in db.tables.values() {
        push(&table.name, "r");
        for index in &table.indexes {
            push(&index.name, "i");
        }
    }
    for n in db.sequences.keys() {
        push(n, "S");
    }
    for view in db.views.values() {
        push(
            &view.name,
            if view.materialized.is_some() {
                "m"
            } else {
                "v"
            },
        );
    }
    out
}

fn type_rows(db: &Database, ids: &Ids) -> Vec<Row> {
    let mut out = Vec::new();
    let kinds = db
        .enums
        .keys()
        .map(|n| (n, "e"))
        .chain(db.tables.keys().map(|n| (n, "c")))
        .chain(db.views.keys().map(|n| (n, "c")));
    for (n, kind) in kinds {
        for (type_name, typtype) in [(n.clone(), kind), (ids::array_type_name(n), "b")] {
            out.push(vec![
                id(ids.type_id(&type_name).unwrap_or(0)),
                name(&type_name),
                id(ids::PUBLIC),
                name(typtype),
            ]);
        }
    }
    out
}

/// PostgreSQL 18 keeps a NOT NULL constraint per not-null column, named
/// `table_column_not_null` when created (see `usage`: its name after a rename, or
/// one given in the DDL, is not known to the engine, so a query that could tell is
/// refused).
pub fn not_null_name(table: &str, column: &str) -> String {
    crate::catalog::make_object_name(table, column, "not_null")
}

/// Whether the database has any NOT NULL constraint (whose name the engine does not
/// keep).
pub fn has_not_null(db: &Database) -> bool {
    db.tables
        .values()
        .any(|t| t.columns.iter().any(|c| c.not_null))
}

fn constraint_rows(db: &Database, ids: &mut Ids) -> Vec<Row> {
    let mut out = Vec::new();
    for table in db.tables.values() {
        let rel = ids.relation_id(&table.name).unwrap_or(0);
        for column in table.columns.iter().filter(|c| c.not_null) {
            out.push(vec![
                id(ids.fresh()),
                name(&not_null_name(&table.name, &column.name)),
                id(ids::PUBLIC),
                name("n"),
                Value::Bool(true),
                id(rel),
                id(0),
            ]);
        }
        for c in &table.constraints {
            let foreign = match &c.kind {
                ConstraintKind::ForeignKey { ref_table, .. } => {
                    ids.relation_id(ref_table).unwrap_or(0)
                }
                _ => 0,
            };
            out.push(vec![
                id(ids.fresh()),
                name(&c.name),
                id(ids::PUBLIC),
                name(c.contype()),
                Value::Bool(c.validated),
                id(rel),
                id(foreign),
            ]);
        }
    }
    out
}

fn column_rows(db: &Database) -> Vec<Row> {
    let mut out = Vec::new();
    for table in db.tables.values() {
        for (i, column) in table.columns.iter().enumerate() {
            let default = if column.identity.is_some() {
                None
            } else {
                crate::describe::default_text(db, table, i)
            };
            out.push(column_row(
                &table.name,
                &column.name,
                &column.ty,
                default,
                !column.not_null,
            ));
        }
    }
    for view in db.views.values().filter(|v| v.materialized.is_none()) {
        for (column, ty) in &view.columns {
            out.push(column_row(&view.name, column, ty, None, true));
        }
    }
    out
}

fn column_row(
    table: &str,
    column: &str,
    ty: &SqlType,
    default: Option<String>,
    nullable: bool,
) -> Row {
    let max_length = match ty {
        SqlType::Varchar(Some(n)) | SqlType::Char(n) => Value::Int(i64::from(*n)),
        _ => Value::Null,
    };
    vec![
        name("public"),
        name(table),
        name(column),
        default.map_or(Value::Null, Value::Text),
        name(if nullable { "YES" } else { "NO" }),
        name(&data_type(ty)),
        max_length,
        name(&udt_name(ty)),
    ]
}

/// information_schema's `data_type`: `format_type` without modifiers, `ARRAY` for
/// arrays and `USER-DEFINED` for enums and extension types.
pub fn data_type(ty: &SqlType) -> String {
    match ty {
        SqlType::Array(_) => "ARRAY".into(),
        SqlType::Enum(_) | SqlType::Citext | SqlType::TsVector => "USER-DEFINED".into(),
        other => other.base_name(),
    }
}

/// information_schema's `udt_name`: the type's pg_type name.
pub fn udt_name(ty: &SqlType) -> String {
    match ty {
        SqlType::SmallInt => "int2".into(),
        SqlType::Integer => "int4".into(),
        SqlType::BigInt => "int8".into(),
        SqlType::Numeric(_) => "numeric".into(),
        SqlType::Real => "float4".into(),
        SqlType::Double => "float8".into(),
        SqlType::Varchar(_) => "varchar".into(),
        SqlType::Char(_) => "bpchar".into(),
        SqlType::Text => "text".into(),
        SqlType::Boolean => "bool".into(),
        SqlType::Date => "date".into(),
        SqlType::Timestamp => "timestamp".into(),
        SqlType::TimestampTz => "timestamptz".into(),
        SqlType::Time(_) => "time".into(),
        SqlType::TimeTz(_) => "timetz".into(),
        SqlType::Uuid => "uuid".into(),
        SqlType::Json => "json".into(),
        SqlType::Jsonb => "jsonb".into(),
        SqlType::Enum(n) => n.clone(),
        SqlType::Interval => "interval".into(),
        SqlType::Citext => "citext".into(),
        SqlType::Bytea => "bytea".into(),
        SqlType::MacAddr => "macaddr".into(),
        SqlType::Inet => "inet".into(),
        SqlType::Cidr => "cidr".into(),
        SqlType::TsVector => "tsvector".into(),
        SqlType::Unknown => "unknown".into(),
        SqlType::Array(element) => ids::array_type_name(&udt_name(element)),
    }
}
