//! DROP TABLE / INDEX / TYPE and CREATE TYPE ... AS ENUM.

use super::constraints::dependent_foreign_keys;
use crate::error::PgError;
use crate::types::SqlType;
use crate::{object_name, Engine, Lost, StatementResult};
use sqlparser::ast;

/// Runs `DROP <object_type> names`.
pub fn run(
    engine: &mut Engine,
    object_type: &ast::ObjectType,
    if_exists: bool,
    names: &[ast::ObjectName],
    cascade: bool,
    concurrently: bool,
) -> StatementResult {
    if *object_type == ast::ObjectType::View {
        let names: Vec<String> = names.iter().map(object_name).collect();
        return super::views::drop(engine, &names, false, if_exists, cascade);
    }
    let mut lost = Vec::new();
    for name in names.iter().map(object_name) {
        lost.extend(match object_type {
            ast::ObjectType::Table => drop_table(engine, &name, if_exists, cascade)?,
            ast::ObjectType::Index => super::indexes::drop(engine, &name, if_exists, concurrently)?,
            ast::ObjectType::Type => drop_type(engine, &name, if_exists)?,
            ast::ObjectType::Sequence => {
                if engine.db.sequences.remove(&name).is_none() && !if_exists {
                    return Err(PgError::new(
                        "42P01",
                        format!("sequence \"{name}\" does not exist"),
                    )
                    .into());
                }
                Vec::new()
            }
            other => return Err(PgError::unsupported(format!("DROP {other}")).into()),
        });
    }
    Ok(lost)
}

fn drop_table(engine: &mut Engine, name: &str, if_exists: bool, cascade: bool) -> StatementResult {
    if let Some(view) = engine.db.views.get(name) {
        let hint = if view.materialized.is_some() {
            "Use DROP MATERIALIZED VIEW to remove a materialized view."
        } else {
            "Use DROP VIEW to remove a view."
        };
        return Err(PgError::new("42809", format!("\"{name}\" is not a table"))
            .hint(hint)
            .into());
    }
    let Some(table) = engine.db.tables.get(name).cloned() else {
        if if_exists {
            return Ok(Vec::new());
        }
        return Err(PgError::new("42P01", format!("table \"{name}\" does not exist")).into());
    };
    let dependents: Vec<(String, String)> = dependent_foreign_keys(engine, name, None)
        .into_iter()
        .filter(|(t, _)| t != name)
        .collect();
    let views = crate::views::depend::dependents_of_relation(&engine.db, name);
    if !views.is_empty() && dependents.is_empty() && !cascade {
        return Err(super::views::dependency_error(&format!("table {name}"), &views).into());
    }
    crate::views::depend::drop_views(&mut engine.db, &views);
    if let Some((dt, dc)) = dependents.first() {
        if !cascade {
            return Err(PgError::new(
                "2BP01",
                format!("cannot drop table {name} because other objects depend on it"),
            )
            .detail(format!(
                "constraint {dc} on table {dt} depends on table {name}"
            ))
            .hint("Use DROP ... CASCADE to drop the dependent objects too.")
            .into());
        }
        for (dt, dc) in &dependents {
            if let Some(t) = engine.db.tables.get_mut(dt) {
                t.constraints.retain(|c| &c.name != dc);
            }
        }
    }
    // Sequences owned by the table's columns go with it.
    let prefix = format!("{name}_");
    let owned: Vec<String> = engine
        .db
        .sequences
        .keys()
        .filter(|s| s.starts_with(&prefix) && s.ends_with("_seq"))
        .cloned()
        .collect();
    for s in owned {
        let used = table.columns.iter().any(|c| {
            c.identity.as_ref().is_some_and(|i| i.sequence == s)
                || c.default.as_ref().is_some_and(|d| {
                    let d = d.to_string();
                    d.contains(&format!("'{s}'")) || d.contains(&format!("'public.{s}'"))
                })
        });
        if used {
            engine.db.sequences.remove(&s);
        }
    }
    engine.db.tables.remove(name);
    Ok(table
        .columns
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let cells = table.rows.iter().filter(|r| !r[i].is_null()).count();
            (cells > 0).then(|| Lost {
                table: name.to_string(),
                column: c.name.clone(),
                cells,
                changed: false,
            })
        })
        .collect())
}

fn drop_type(engine: &mut Engine, name: &str, if_exists: bool) -> StatementResult {
    if !engine.db.enums.contains_key(name) {
        if if_exists {
            return Ok(Vec::new());
        }
        return Err(PgError::undefined_type(name).into());
    }
    let enum_ty = SqlType::Enum(name.to_string());
    // Columns of the type, and defaults whose expression still mentions it (a default
    // kept from when the column had the type).
    let mut dependents = Vec::new();
    for t in engine.db.tables.values() {
        for c in &t.columns {
            if c.ty == enum_ty {
                dependents.push(format!(
                    "column {} of table {} depends on type {name}",
                    c.name, t.name
                ));
            }
            let default_uses_type = c
                .default
                .as_ref()
                .and_then(|d| engine.scope(None).bind(d).ok())
                .is_some_and(|b| b.mentions_type(&enum_ty));
            if default_uses_type {
                dependents.push(format!(
                    "default value for column {} of table {} depends on type {name}",
                    c.name, t.name
                ));
            }
        }
    }
    if !dependents.is_empty() {
        return Err(PgError::new(
            "2BP01",
            format!("cannot drop type {name} because other objects depend on it"),
        )
        .detail(dependents.join("\n"))
        .hint("Use DROP ... CASCADE to drop the dependent objects too.")
        .into());
    }
    engine.db.enums.remove(name);
    engine.db.enums_pending.remove(name);
    Ok(Vec::new())
}

/// CREATE TYPE name AS ENUM (labels).
pub fn create_enum(engine: &mut Engine, name: &str, labels: &[ast::Ident]) -> StatementResult {
    if engine.db.enums.contains_key(name) {
        return Err(PgError::new("42710", format!("type \"{name}\" already exists")).into());
    }
    let labels: Vec<String> = labels.iter().map(|l| l.value.clone()).collect();
    engine.db.enums.insert(name.to_string(), labels);
    if engine.in_transaction {
        engine.db.enums_created.insert(name.to_string());
    }
    Ok(Vec::new())
}
