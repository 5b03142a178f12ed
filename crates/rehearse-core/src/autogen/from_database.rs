//! A model file describing the database as it is (what `sqlacodegen` would write, in
//! SQLAlchemy 2.0 declarative style): the Model tab's starting point, so that
//! "Generate migration" on an untouched model produces nothing, and each edit produces
//! exactly what autogenerate makes of it.
//!
//! **Invariant:** for every database it accepts, [`super::generate`] of its output
//! against the same database yields no operations (tested over the corpus and lessons).

use crate::alembic::py::str_repr;
use rehearse_engine::catalog::{ConstraintKind, Database, IndexKey, Table};
use rehearse_engine::describe::default_text;
use rehearse_engine::types::SqlType;
use std::collections::BTreeSet;

/// What a model cannot express, in one table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inexpressible {
    /// A column of this enum type.
    EnumType(String),
    /// A column of a type Rehearse does not know.
    UnknownType,
    /// A column whose name is not a Python identifier.
    ColumnName(String),
    /// This index on an expression.
    ExpressionIndex(String),
    /// This partial index.
    PartialIndex(String),
    /// No primary key (a mapped class needs one).
    NoPrimaryKey,
}

impl std::fmt::Display for Inexpressible {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Inexpressible::EnumType(name) => write!(f, "the enum type {name}"),
            Inexpressible::UnknownType => f.write_str("a column of unknown type"),
            Inexpressible::ColumnName(name) => {
                write!(f, "column \"{name}\" is not a Python identifier")
            }
            Inexpressible::ExpressionIndex(name) => write!(f, "the expression index {name}"),
            Inexpressible::PartialIndex(name) => write!(f, "the partial index {name}"),
            Inexpressible::NoPrimaryKey => {
                f.write_str("it has no primary key (a mapped class needs one)")
            }
        }
    }
}

/// Why [`model_source`] wrote no model: a table holds what a model cannot express.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableNotExpressible {
    /// The table.
    pub table: String,
    /// What in it.
    pub reason: Inexpressible,
}

impl std::fmt::Display for TableNotExpressible {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "table \"{}\": {}", self.table, self.reason)
    }
}

impl std::error::Error for TableNotExpressible {}

/// Python type, SQLAlchemy type expression, and the imports they need.
fn column_type(ty: &SqlType) -> Result<(&'static str, String), Inexpressible> {
    Ok(match ty {
        SqlType::SmallInt => ("int", "SmallInteger".into()),
        SqlType::Integer => ("int", "Integer".into()),
        SqlType::BigInt => ("int", "BigInteger".into()),
        SqlType::Numeric(Some((p, s))) => ("Decimal", format!("Numeric({p}, {s})")),
        SqlType::Numeric(None) => ("Decimal", "Numeric".into()),
        // `Float` compiles to FLOAT, a synonym of double precision but not of real.
        SqlType::Real => ("float", "REAL".into()),
        SqlType::Double => ("float", "Float".into()),
        SqlType::Varchar(Some(n)) => ("str", format!("String({n})")),
        SqlType::Varchar(None) => ("str", "String".into()),
        SqlType::Char(n) => ("str", format!("CHAR({n})")),
        SqlType::Text => ("str", "Text".into()),
        SqlType::Boolean => ("bool", "Boolean".into()),
        SqlType::Date => ("datetime.date", "Date".into()),
        SqlType::Timestamp => ("datetime.datetime", "DateTime".into()),
        SqlType::TimestampTz => ("datetime.datetime", "DateTime(timezone=True)".into()),
        SqlType::Time(None) => ("datetime.time", "Time".into()),
        SqlType::TimeTz(None) => ("datetime.time", "Time(timezone=True)".into()),
        SqlType::Time(Some(p)) => ("datetime.time", format!("postgresql.TIME(precision={p})")),
        SqlType::TimeTz(Some(p)) => (
            "datetime.time",
            format!("postgresql.TIME(timezone=True, precision={p})"),
        ),
        SqlType::Uuid => ("uuid.UUID", "Uuid".into()),
        SqlType::Interval => ("datetime.timedelta", "Interval".into()),
        SqlType::Json => ("dict", "postgresql.JSON".into()),
        SqlType::Jsonb => ("dict", "postgresql.JSONB".into()),
        SqlType::Bytea => ("bytes", "LargeBinary".into()),
        SqlType::MacAddr => ("str", "postgresql.MACADDR".into()),
        SqlType::Inet => ("str", "postgresql.INET".into()),
        SqlType::Cidr => ("str", "postgresql.CIDR".into()),
        SqlType::TsVector => ("str", "postgresql.TSVECTOR".into()),
        SqlType::Enum(name) => return Err(Inexpressible::EnumType(name.clone())),
        SqlType::Unknown => return Err(Inexpressible::UnknownType),
        // An extension's type: SQLAlchemy has no class for it.
        SqlType::Citext => return Err(Inexpressible::UnknownType),
        // Not written by the model writer yet.
        SqlType::Array(_) => return Err(Inexpressible::UnknownType),
    })
}

/// `users` → `Users`, `order_items` → `OrderItems`.
fn class_name(table: &str) -> String {
    let name: String = table
        .split('_')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect();
    if name.chars().next().is_some_and(|c| c.is_alphabetic()) {
        name
    } else {
        format!("T{name}")
    }
}

fn is_identifier(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
        && s.chars().all(|c| c.is_alphanumeric() || c == '_')
        && !matches!(
            s,
            "metadata"
                | "registry"
                | "class"
                | "def"
                | "from"
                | "import"
                | "return"
                | "pass"
                | "in"
                | "is"
                | "not"
                | "and"
                | "or"
                | "if"
                | "else"
                | "for"
                | "while"
                | "with"
                | "as"
                | "global"
                | "lambda"
                | "None"
                | "True"
                | "False"
                | "try"
                | "except"
                | "raise"
                | "del"
                | "yield"
                | "assert"
                | "break"
                | "continue"
                | "elif"
                | "finally"
                | "nonlocal"
                | "async"
                | "await"
        )
}

/// The model source for every table of `db`, or what keeps it from being written.
pub fn model_source(db: &Database) -> Result<String, TableNotExpressible> {
    let mut sa_names: BTreeSet<&str> = BTreeSet::new();
    let mut py_imports: BTreeSet<&str> = BTreeSet::new();
    let mut dialect = false;
    let mut classes = Vec::new();
    for t in db.tables.values() {
        classes.push(
            table_class(db, t, &mut sa_names, &mut py_imports, &mut dialect).map_err(|reason| {
                TableNotExpressible {
                    table: t.name.clone(),
                    reason,
                }
            })?,
        );
    }
    let mut out = String::new();
    for m in &py_imports {
        out.push_str(m);
        out.push('\n');
    }
    if !py_imports.is_empty() {
        out.push('\n');
    }
    if !sa_names.is_empty() {
        out.push_str(&format!(
            "from sqlalchemy import {}\n",
            sa_names.iter().copied().collect::<Vec<_>>().join(", ")
        ));
    }
    if dialect {
        out.push_str("from sqlalchemy.dialects import postgresql\n");
    }
    out.push_str("from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n\n\nclass Base(DeclarativeBase):\n    pass\n");
    for c in classes {
        out.push_str("\n\n");
        out.push_str(&c);
    }
    Ok(out)
}

fn table_class<'a>(
    db: &Database,
    t: &Table,
    sa_names: &mut BTreeSet<&'a str>,
    py_imports: &mut BTreeSet<&'a str>,
    dialect: &mut bool,
) -> Result<String, Inexpressible> {
    let pk: Vec<String> = t.primary_key().map(|p| p.to_vec()).unwrap_or_default();
    let mut table_args = Vec::new();
    let mut lines = vec![
        format!("class {}(Base):", class_name(&t.name)),
        format!("    __tablename__ = {}", str_repr(&t.name)),
    ];
    let single_unique = |col: &str| {
        t.constraints.iter().any(|c| matches!(&c.kind, ConstraintKind::Unique(cols) if cols.len() == 1 && cols[0] == col))
    };
    let single_fk = |col: &str| {
        t.constraints.iter().find_map(|c| match &c.kind {
            ConstraintKind::ForeignKey {
                columns,
                ref_table,
                ref_columns,
                on_delete,
                on_update,
            } if columns.len() == 1 && columns[0] == col => Some((
                ref_table.clone(),
                ref_columns[0].clone(),
                on_delete.sql(),
                on_update.sql(),
            )),
            _ => None,
        })
    };
    for (i, c) in t.columns.iter().enumerate() {
        if !is_identifier(&c.name) {
            return Err(Inexpressible::ColumnName(c.name.clone()));
        }
        let (python, sa_type) = column_type(&c.ty)?;
        match python {
            "Decimal" => {
                py_imports.insert("from decimal import Decimal");
            }
            p if p.starts_with("datetime.") => {
                py_imports.insert("import datetime");
            }
            "uuid.UUID" => {
                py_imports.insert("import uuid");
            }
            _ => {}
        }
        if sa_type.starts_with("postgresql.") {
            *dialect = true;
        } else {
            let base = sa_type.split('(').next().unwrap_or_default();
            sa_names.insert(match base {
                "SmallInteger" => "SmallInteger",
                "Integer" => "Integer",
                "BigInteger" => "BigInteger",
                "Numeric" => "Numeric",
                "Float" => "Float",
                "REAL" => "REAL",
                "String" => "String",
                "CHAR" => "CHAR",
                "Text" => "Text",
                "Boolean" => "Boolean",
                "Date" => "Date",
                "DateTime" => "DateTime",
                "Uuid" => "Uuid",
                _ => "Interval",
            });
        }
        let mut args = vec![sa_type];
        if let Some((ref_table, ref_col, on_delete, on_update)) = single_fk(&c.name) {
            sa_names.insert("ForeignKey");
            let mut fk = format!("ForeignKey({}", str_repr(&format!("{ref_table}.{ref_col}")));
            if let Some(d) = on_delete {
                fk.push_str(&format!(", ondelete={}", str_repr(d)));
            }
            if let Some(u) = on_update {
                fk.push_str(&format!(", onupdate={}", str_repr(u)));
            }
            fk.push(')');
            args.push(fk);
        }
        if let Some(identity) = &c.identity {
            sa_names.insert("Identity");
            args.push(if identity.always {
                "Identity(always=True)".into()
            } else {
                "Identity()".into()
            });
        }
        let in_pk = pk.contains(&c.name);
        if in_pk {
            args.push("primary_key=True".into());
        }
        let serial_default = format!("nextval('{}_{}_seq'::regclass)", t.name, c.name);
        if c.identity.is_none() {
            // A default may call the user's functions (`describe` binds it).
            let _functions = rehearse_engine::routines::user_calls::install_for(db, 0);
            if let Some(d) = default_text(db, t, i).filter(|d| *d != serial_default) {
                sa_names.insert("text");
                args.push(format!("server_default=text({})", str_repr(&d)));
            }
        }
        if single_unique(&c.name) && !in_pk {
            args.push("unique=True".into());
        }
        let optional = !c.not_null && !in_pk;
        lines.push(format!(
            "    {}: Mapped[{python}{}] = mapped_column({})",
            c.name,
            if optional { " | None" } else { "" },
            args.join(", ")
        ));
    }
    for c in &t.constraints {
        match &c.kind {
            ConstraintKind::Unique(cols) if cols.len() > 1 => {
                sa_names.insert("UniqueConstraint");
                let mut a: Vec<String> = cols.iter().map(|c| str_repr(c)).collect();
                a.push(format!("name={}", str_repr(&c.name)));
                table_args.push(format!("UniqueConstraint({})", a.join(", ")));
            }
            ConstraintKind::ForeignKey {
                columns,
                ref_table,
                ref_columns,
                on_delete,
                on_update,
            } if columns.len() > 1 => {
                sa_names.insert("ForeignKeyConstraint");
                let list = |v: Vec<String>| {
                    format!(
                        "[{}]",
                        v.iter().map(|s| str_repr(s)).collect::<Vec<_>>().join(", ")
                    )
                };
                let mut s = format!(
                    "ForeignKeyConstraint({}, {}, name={}",
                    list(columns.clone()),
                    list(
                        ref_columns
                            .iter()
                            .map(|r| format!("{ref_table}.{r}"))
                            .collect()
                    ),
                    str_repr(&c.name)
                );
                if let Some(d) = on_delete.sql() {
                    s.push_str(&format!(", ondelete={}", str_repr(d)));
                }
                if let Some(u) = on_update.sql() {
                    s.push_str(&format!(", onupdate={}", str_repr(u)));
                }
                s.push(')');
                table_args.push(s);
            }
            _ => {}
        }
    }
    for index in t.indexes.iter().filter(|i| i.constraint.is_none()) {
        let mut a = vec![str_repr(&index.name)];
        for k in &index.keys {
            match k {
                IndexKey::Column(c) => a.push(str_repr(c)),
                IndexKey::Expr(_) => {
                    return Err(Inexpressible::ExpressionIndex(index.name.clone()))
                }
            }
        }
        if index.predicate.is_some() {
            return Err(Inexpressible::PartialIndex(index.name.clone()));
        }
        if index.unique {
            a.push("unique=True".into());
        }
        sa_names.insert("Index");
        table_args.push(format!("Index({})", a.join(", ")));
    }
    if !table_args.is_empty() {
        let mut s = String::from("    __table_args__ = (\n");
        for a in &table_args {
            s.push_str(&format!("        {a},\n"));
        }
        s.push_str("    )");
        lines.insert(2, s);
    }
    if pk.is_empty() {
        return Err(Inexpressible::NoPrimaryKey);
    }
    Ok(lines.join("\n") + "\n")
}
