//! The database as Alembic's reflection sees it (SQLAlchemy's PostgreSQL inspector plus
//! Alembic's own adjustments): reflected type classes, `pg_get_expr` defaults, serial
//! sequences' defaults dropped, names marked as already final (`op.f(...)`).

use super::schema::{
    CheckSpec, ColumnSpec, ForeignKeySpec, IndexKey, IndexSpec, Name, TableSpec, TypeSpec,
    UniqueSpec,
};
use crate::alembic::py::str_repr;
use rehearse_engine::catalog::{ConstraintKind, Database, IndexKey as EngineKey, Table};
use rehearse_engine::deparse::{deparse_pretty, deparse_pretty_condition};
use rehearse_engine::describe::default_text;
use rehearse_engine::expr::Scope;
use rehearse_engine::types::SqlType;

/// Every table, in name order.
pub fn reflect(db: &Database) -> Vec<TableSpec> {
    db.tables.values().map(|t| table(db, t)).collect()
}

/// The type SQLAlchemy reflects for a PostgreSQL column type.
pub fn reflected_type(
    ty: &SqlType,
    enums: &std::collections::BTreeMap<String, Vec<String>>,
) -> TypeSpec {
    let spec = |repr: String, ddl: String| TypeSpec { repr, ddl };
    match ty {
        SqlType::SmallInt => spec("sa.SMALLINT()".into(), "SMALLINT".into()),
        SqlType::Integer => spec("sa.INTEGER()".into(), "INTEGER".into()),
        SqlType::BigInt => spec("sa.BIGINT()".into(), "BIGINT".into()),
        SqlType::Numeric(Some((p, s))) => spec(
            format!("sa.NUMERIC(precision={p}, scale={s})"),
            format!("NUMERIC({p}, {s})"),
        ),
        SqlType::Numeric(None) => spec("sa.NUMERIC()".into(), "NUMERIC".into()),
        SqlType::Real => spec("sa.REAL()".into(), "REAL".into()),
        SqlType::Double => spec(
            "sa.DOUBLE_PRECISION(precision=53)".into(),
            "DOUBLE PRECISION".into(),
        ),
        SqlType::Varchar(Some(n)) => {
            spec(format!("sa.VARCHAR(length={n})"), format!("VARCHAR({n})"))
        }
        SqlType::Varchar(None) => spec("sa.VARCHAR()".into(), "VARCHAR".into()),
        SqlType::Char(n) => spec(format!("sa.CHAR(length={n})"), format!("CHAR({n})")),
        SqlType::Text | SqlType::Unknown => spec("sa.TEXT()".into(), "TEXT".into()),
        SqlType::Boolean => spec("sa.BOOLEAN()".into(), "BOOLEAN".into()),
        SqlType::Date => spec("sa.DATE()".into(), "DATE".into()),
        SqlType::Timestamp => spec(
            "postgresql.TIMESTAMP()".into(),
            "TIMESTAMP WITHOUT TIME ZONE".into(),
        ),
        SqlType::TimestampTz => spec(
            "postgresql.TIMESTAMP(timezone=True)".into(),
            "TIMESTAMP WITH TIME ZONE".into(),
        ),
        SqlType::Time(p) | SqlType::TimeTz(p) => {
            let tz = matches!(ty, SqlType::TimeTz(_));
            let mut args = Vec::new();
            if tz {
                args.push("timezone=True".to_string());
            }
            if let Some(p) = p {
                args.push(format!("precision={p}"));
            }
            let zone = if tz { "WITH" } else { "WITHOUT" };
            let ddl = match p {
                Some(p) => format!("TIME({p}) {zone} TIME ZONE"),
                None => format!("TIME {zone} TIME ZONE"),
            };
            spec(format!("postgresql.TIME({})", args.join(", ")), ddl)
        }
        SqlType::Uuid => spec("sa.UUID()".into(), "UUID".into()),
        SqlType::Json => spec(
            "postgresql.JSON(astext_type=sa.Text())".into(),
            "JSON".into(),
        ),
        SqlType::Jsonb => spec(
            "postgresql.JSONB(astext_type=sa.Text())".into(),
            "JSONB".into(),
        ),
        SqlType::Interval => spec("postgresql.INTERVAL()".into(), "INTERVAL".into()),
        // PostgreSQL's dialect has no class for citext: reflection warns "Did not
        // recognize type 'citext'" and gives NULLTYPE.
        SqlType::Citext => spec("sa.NullType()".into(), "NULL".into()),
        SqlType::Bytea => spec("postgresql.BYTEA()".into(), "BYTEA".into()),
        SqlType::MacAddr => spec("postgresql.MACADDR()".into(), "MACADDR".into()),
        SqlType::Inet => spec("postgresql.INET()".into(), "INET".into()),
        SqlType::Cidr => spec("postgresql.CIDR()".into(), "CIDR".into()),
        SqlType::TsVector => spec("postgresql.TSVECTOR()".into(), "TSVECTOR".into()),
        // The dialect's ARRAY of the element's reflected type.
        SqlType::Array(element) => {
            let inner = reflected_type(element, enums);
            spec(
                format!("postgresql.ARRAY({})", inner.repr),
                format!("{}[]", inner.ddl),
            )
        }
        SqlType::Enum(name) => {
            let labels = enums.get(name).cloned().unwrap_or_default();
            let mut args: Vec<String> = labels.iter().map(|l| str_repr(l)).collect();
            args.push(format!("name={}", str_repr(name)));
            spec(
                format!("postgresql.ENUM({})", args.join(", ")),
                name.clone(),
            )
        }
    }
}

/// An expression of a table (index key, CHECK condition) bound and printed by
/// `print` (PostgreSQL's pretty deparser, which SQLAlchemy's reflection reads).
fn printed(
    db: &Database,
    t: &Table,
    e: &sqlparser::ast::Expr,
    print: fn(&rehearse_engine::expr::Expr) -> String,
) -> String {
    let scope = Scope {
        table: &t.name,
        columns: t.scope_columns(),
        enums: &db.enums,
        extensions: Some(&db.extensions),
        joined: Vec::new(),
        query: None,
    };
    scope
        .bind(e)
        .map(|b| print(&b))
        .unwrap_or_else(|_| e.to_string())
}

/// `nextval('<seq>'::regclass)` on an integer column whose sequence it owns: a serial.
fn serial_sequence(default: &str, table: &str, column: &str) -> bool {
    default == format!("nextval('{table}_{column}_seq'::regclass)")
}

fn table(db: &Database, t: &Table) -> TableSpec {
    // A default may call the user's functions (`describe` binds it).
    let _functions = rehearse_engine::routines::user_calls::install_for(db, 0);
    let columns = t
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let default = if c.identity.is_some() { None } else { default_text(db, t, i) };
            let integer = matches!(c.ty, SqlType::SmallInt | SqlType::Integer | SqlType::BigInt);
            let serial = integer && default.as_deref().is_some_and(|d| d.starts_with("nextval("));
            let owned = default.as_deref().is_some_and(|d| serial_sequence(d, &t.name, &c.name));
            ColumnSpec {
                name: c.name.clone(),
                ty: reflected_type(&c.ty, &db.enums),
                nullable: !c.not_null,
                server_default: if owned { None } else { default.map(|d| format!("sa.text({})", str_repr(&d))) },
                identity: c.identity.as_ref().map(|i| {
                    let max = match c.ty {
                        SqlType::SmallInt => i16::MAX as i64,
                        SqlType::Integer => i32::MAX as i64,
                        _ => i64::MAX,
                    };
                    format!(
                        "sa.Identity(always={}, start={}, increment={}, minvalue=1, maxvalue={max}, cycle=False, cache=1)",
                        if i.always { "True" } else { "False" },
                        i.start,
                        i.increment
                    )
                }),
                autoincrement: Some(if serial || c.identity.is_some() { "True" } else { "False" }.to_string()),
                comment: None,
            }
        })
        .collect();
    let mut spec = TableSpec {
        name: t.name.clone(),
        columns,
        ..TableSpec::default()
    };
    for c in &t.constraints {
        match &c.kind {
            ConstraintKind::PrimaryKey(cols) => {
                spec.primary_key = Some((Name::Conv(c.name.clone()), cols.clone()))
            }
            ConstraintKind::Unique(cols) => spec.uniques.push(UniqueSpec {
                name: Name::Conv(c.name.clone()),
                columns: cols.clone(),
                reflected: true,
            }),
            ConstraintKind::ForeignKey {
                columns,
                ref_table,
                ref_columns,
                on_delete,
                on_update,
            } => spec.foreign_keys.push(ForeignKeySpec {
                name: Name::Conv(c.name.clone()),
                columns: columns.clone(),
                ref_table: ref_table.clone(),
                ref_columns: ref_columns.clone(),
                ondelete: on_delete.sql().map(str::to_string),
                onupdate: on_update.sql().map(str::to_string),
            }),
            ConstraintKind::Check(e) if c.validated => spec.checks.push(CheckSpec {
                name: Name::Conv(c.name.clone()),
                condition: printed(db, t, e, deparse_pretty_condition),
            }),
            ConstraintKind::Check(_) => {}
        }
    }
    for i in t.indexes.iter().filter(|i| i.constraint.is_none()) {
        let columns = i
            .keys
            .iter()
            .map(|k| match k {
                EngineKey::Column(c) => IndexKey::Column(c.clone()),
                EngineKey::Expr(e) => IndexKey::Expression(printed(db, t, e, deparse_pretty)),
            })
            .collect();
        spec.indexes.push(IndexSpec {
            name: Name::Conv(i.name.clone()),
            columns,
            unique: i.unique,
        });
    }
    spec
}
