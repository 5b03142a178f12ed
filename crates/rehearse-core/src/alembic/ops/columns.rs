//! `op.add_column`, `op.drop_column`, `op.alter_column`.

use crate::alembic::args::Args;
use crate::alembic::py::Py;
use crate::alembic::sa::{
    column, is_other_dialect_plain_type, quote, sa_type, server_default, string_literal,
};
use rehearse_engine::error::InputError;

/// `ALTER TABLE t ADD COLUMN <spec>`, then one `ADD` per generated constraint, the
/// index for `index=True` and the column comment.
pub fn add_column(a: &Args) -> Result<Vec<String>, InputError> {
    let table = quote(&a.string("table_name")?);
    let col = column(a.required("column")?, a.call.span)?;
    let if_not_exists = if a.flag("if_not_exists") {
        "IF NOT EXISTS "
    } else {
        ""
    };
    let pk_count = usize::from(col.primary_key);
    let mut sql = vec![format!(
        "ALTER TABLE {table} ADD COLUMN {if_not_exists}{}",
        col.spec(pk_count)
    )];
    let name = quote(&col.name);
    if col.unique && !col.index {
        sql.push(format!("ALTER TABLE {table} ADD UNIQUE ({name})"));
    }
    if let Some((check_name, labels)) = &col.ty.enum_check {
        sql.push(format!(
            "ALTER TABLE {table} ADD {}",
            crate::alembic::sa::enum_check(&col.name, check_name.as_deref(), labels)
        ));
    }
    for fk in &col.foreign_keys {
        let constraint = fk
            .name
            .as_ref()
            .map(|n| format!("CONSTRAINT {} ", quote(n)))
            .unwrap_or_default();
        sql.push(format!(
            "ALTER TABLE {table} ADD {constraint}FOREIGN KEY({name}) REFERENCES {} ({}){}",
            quote(&fk.table),
            quote(&fk.column),
            fk.tail
        ));
    }
    if col.index {
        let unique = if col.unique { "UNIQUE " } else { "" };
        let raw_table = a.string("table_name")?;
        let index = crate::alembic::sa::truncate_generated(&format!("ix_{raw_table}_{}", col.name));
        sql.push(format!(
            "CREATE {unique}INDEX {} ON {table} ({name})",
            quote(&index)
        ));
    }
    if let Some(c) = &col.comment {
        sql.push(format!(
            "COMMENT ON COLUMN {table}.{name} IS {}",
            string_literal(c)
        ));
    }
    Ok(sql)
}

/// `ALTER TABLE t DROP COLUMN c`.
pub fn drop_column(a: &Args) -> Result<Vec<String>, InputError> {
    let if_exists = if a.flag("if_exists") {
        "IF EXISTS "
    } else {
        ""
    };
    Ok(vec![format!(
        "ALTER TABLE {} DROP COLUMN {if_exists}{}",
        quote(&a.string("table_name")?),
        quote(&a.string("column_name")?)
    )])
}

/// One statement per changed attribute, in Alembic's fixed order: TYPE, NULL, DEFAULT,
/// COMMENT, RENAME — all naming the old column.
pub fn alter_column(a: &Args) -> Result<Vec<String>, InputError> {
    let table = quote(&a.string("table_name")?);
    let column = quote(&a.string("column_name")?);
    let prefix = format!("ALTER TABLE {table} ALTER COLUMN {column}");
    let mut sql = Vec::new();
    // existing_type changes nothing in the output, except for constructs the renderer
    // refuses anyway (a non-native Enum's CHECK): resolve it to surface those.
    let refuse_check = |t: &Py| -> Result<(), InputError> {
        if sa_type(t, a.call.span)?.enum_check.is_some() {
            return Err(a.error(format!(
                "{}(): a non-native Enum with create_constraint=True (its CHECK constraint added or dropped with the type) is not supported by the playground",
                a.op
            )));
        }
        Ok(())
    };
    if let Some(t) = a.get("existing_type").filter(|t| **t != Py::None) {
        if !is_other_dialect_plain_type(t) {
            refuse_check(t)?;
        }
    }
    if let Some(t) = a.get("type_").filter(|t| **t != Py::None) {
        refuse_check(t)?;
    }
    let using = a.opt_string("postgresql_using")?;
    match a.get("type_") {
        Some(Py::None) | None => {
            if using.is_some() {
                return Err(a.error(
                    "CommandError: postgresql_using must be used with the type_ parameter",
                ));
            }
        }
        Some(t) => {
            let ty = sa_type(t, a.call.span)?;
            let using = using.map(|u| format!(" USING {u}")).unwrap_or_default();
            sql.push(format!("{prefix} TYPE {}{using}", ty.ddl));
        }
    }
    match a.get("nullable") {
        Some(Py::Bool(false)) => sql.push(format!("{prefix} SET NOT NULL")),
        Some(Py::Bool(true)) => sql.push(format!("{prefix} DROP NOT NULL")),
        _ => {}
    }
    let identity = |v: Option<&Py>| matches!(v, Some(Py::Call(c)) if c.func == "sa.Identity");
    // An existing identity only matters when the server default changes (Alembic then
    // alters the identity); as context for a type or nullability change it emits nothing.
    if identity(a.get("server_default"))
        || (identity(a.get("existing_server_default")) && a.get("server_default").is_some())
    {
        return Err(a.error(
            "op.alter_column(): identity columns (sa.Identity) are not supported by the playground",
        ));
    }
    match a.get("server_default") {
        None | Some(Py::Bool(false)) => {}
        Some(v) => match server_default(v, a.call.span)? {
            Some(d) => sql.push(format!("{prefix} SET DEFAULT {d}")),
            None => sql.push(format!("{prefix} DROP DEFAULT")),
        },
    }
    match a.get("comment") {
        None | Some(Py::Bool(false)) => {}
        Some(Py::None) => sql.push(format!("COMMENT ON COLUMN {table}.{column} IS NULL")),
        Some(Py::Str(c)) => sql.push(format!(
            "COMMENT ON COLUMN {table}.{column} IS {}",
            string_literal(c)
        )),
        Some(other) => {
            return Err(a.error(format!(
                "comment must be a string, found {}",
                other.describe()
            )))
        }
    }
    if let Some(new) = a.opt_string("new_column_name")? {
        sql.push(format!(
            "ALTER TABLE {table} RENAME {column} TO {}",
            quote(&new)
        ));
    }
    Ok(sql)
}
