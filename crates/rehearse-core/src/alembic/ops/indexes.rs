//! `op.create_index`, `op.drop_index`.

use crate::alembic::args::Args;
use crate::alembic::py::Py;
use crate::alembic::sa::quote;
use rehearse_engine::error::InputError;

fn text_of(v: &Py) -> Option<String> {
    match v {
        Py::Call(c) if c.func == "sa.text" || c.func == "sa.literal_column" => match c.args.first()
        {
            Some(Py::Str(s)) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] name ON t (cols) [WHERE ...]`.
pub fn create_index(a: &Args) -> Result<Vec<String>, InputError> {
    let table_raw = a.string("table_name")?;
    let table = quote(&table_raw);
    // `postgresql_ops={"name": "gin_trgm_ops"}`: SQLAlchemy appends the operator class
    // to the key whose column name matches (a `sa.text(...)` expression has no name).
    let ops: Vec<(String, String)> = match a.get("postgresql_ops") {
        None | Some(Py::None) => Vec::new(),
        Some(Py::Dict(pairs)) => pairs
            .iter()
            .map(|(k, v)| match (k, v) {
                (Py::Str(k), Py::Str(v)) => Ok((k.clone(), v.clone())),
                _ => Err(a.error("op.create_index(): postgresql_ops must map column names to operator class names")),
            })
            .collect::<Result<_, _>>()?,
        Some(other) => {
            return Err(a.error(format!(
                "op.create_index(): postgresql_ops must be a dict, found {}",
                other.describe()
            )))
        }
    };
    let with_ops = |column: &str| match ops.iter().find(|(k, _)| k == column) {
        Some((_, op)) => format!("{} {op}", quote(column)),
        None => quote(column),
    };
    let columns: Vec<String> = match a.required("columns")? {
        Py::List(items) => items
            .iter()
            .map(|i| match i {
                Py::Str(s) => Ok(with_ops(s)),
                other => text_of(other).ok_or_else(|| {
                    a.error(format!(
                        "op.create_index(): unsupported column {}",
                        other.describe()
                    ))
                }),
            })
            .collect::<Result<_, _>>()?,
        Py::Str(s) => vec![with_ops(s)],
        other => {
            return Err(a.error(format!(
                "op.create_index(): columns must be a list, found {}",
                other.describe()
            )))
        }
    };
    let name = match a.name("index_name")? {
        Some(n) => n,
        None => {
            let first = match a.required("columns")? {
                Py::List(items) => items.first().and_then(|i| match i {
                    Py::Str(s) => Some(s.clone()),
                    other => text_of(other),
                }),
                _ => None,
            };
            crate::alembic::sa::truncate_generated(&format!(
                "ix_{table_raw}_{}",
                first.unwrap_or_default()
            ))
        }
    };
    let unique = if a.flag("unique") { "UNIQUE " } else { "" };
    let concurrently = if a.flag("postgresql_concurrently") {
        "CONCURRENTLY "
    } else {
        ""
    };
    let if_not_exists = if a.flag("if_not_exists") {
        "IF NOT EXISTS "
    } else {
        ""
    };
    let using = match a.opt_string("postgresql_using")? {
        Some(u) => format!("USING {u} "),
        None => String::new(),
    };
    let mut sql = format!(
        "CREATE {unique}INDEX {concurrently}{if_not_exists}{} ON {table} {using}({})",
        quote(&name),
        columns.join(", ")
    );
    // SQLAlchemy's PostgreSQL compiler writes NULLS [NOT] DISTINCT after the keys
    // (and any INCLUDE), before WHERE.
    match a.get("postgresql_nulls_not_distinct") {
        None | Some(Py::None) => {}
        Some(Py::Bool(true)) => sql.push_str(" NULLS NOT DISTINCT"),
        Some(Py::Bool(false)) => sql.push_str(" NULLS DISTINCT"),
        Some(other) => {
            return Err(a.error(format!(
                "op.create_index(): postgresql_nulls_not_distinct={} is not understood",
                other.describe()
            )))
        }
    }
    match a.get("postgresql_where") {
        None | Some(Py::None) => {}
        Some(v) => match text_of(v) {
            Some(t) => sql.push_str(&format!(" WHERE {t}")),
            None => return Err(a.error("postgresql_where must be sa.text(...)")),
        },
    }
    Ok(vec![sql])
}

/// `DROP INDEX [CONCURRENTLY] [IF EXISTS] name` (the table is not named).
pub fn drop_index(a: &Args) -> Result<Vec<String>, InputError> {
    let concurrently = if a.flag("postgresql_concurrently") {
        "CONCURRENTLY "
    } else {
        ""
    };
    let if_exists = if a.flag("if_exists") {
        "IF EXISTS "
    } else {
        ""
    };
    Ok(vec![format!(
        "DROP INDEX {concurrently}{if_exists}{}",
        quote(
            &a.name("index_name")?
                .ok_or_else(|| a.error("op.drop_index() needs the index name"))?
        )
    )])
}
