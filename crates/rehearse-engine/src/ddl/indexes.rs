//! CREATE INDEX (unique, partial, expression keys, CONCURRENTLY) and DROP INDEX.

use crate::catalog::{Index, IndexKey};
use crate::error::PgError;
use crate::rows::build_unique;
use crate::{ident, object_name, Engine, StatementResult};
use sqlparser::ast;

/// Runs CREATE INDEX.
pub fn create(engine: &mut Engine, create: &ast::CreateIndex) -> StatementResult {
    if create.concurrently && engine.in_transaction {
        return Err(PgError::new(
            "25001",
            "CREATE INDEX CONCURRENTLY cannot run inside a transaction block",
        )
        .into());
    }
    let table_name = object_name(&create.table_name);
    let table = engine.table(&table_name)?.clone();
    let mut keys = Vec::new();
    let mut labels = Vec::new();
    let scope = engine.scope(Some(&table));
    for key in &create.columns {
        match &key.expr {
            ast::Expr::Identifier(id) => {
                let name = ident(id);
                if table.column_index(&name).is_none() {
                    return Err(
                        PgError::new("42703", format!("column \"{name}\" does not exist")).into(),
                    );
                }
                labels.push(name.clone());
                keys.push(IndexKey::Column(name));
            }
            other => {
                let e = match other {
                    ast::Expr::Nested(inner) => (**inner).clone(),
                    e => e.clone(),
                };
                scope.bind(&e)?;
                labels.push(match &e {
                    ast::Expr::Function(f) => {
                        f.name.0.last().map(ident).unwrap_or_else(|| "expr".into())
                    }
                    _ => "expr".into(),
                });
                keys.push(IndexKey::Expr(e));
            }
        }
    }
    if let Some(p) = &create.predicate {
        scope.bind(p)?;
    }
    let name = match &create.name {
        Some(n) => object_name(n),
        None => engine
            .db
            .choose_relation_name(&table_name, &labels, "idx", &[]),
    };
    if engine.db.relation_exists(&name) {
        if create.if_not_exists {
            return Ok(Vec::new());
        }
        return Err(PgError::duplicate_table(&name).into());
    }
    let index = Index {
        name: name.clone(),
        unique: create.unique,
        keys,
        predicate: create.predicate.clone(),
        constraint: None,
        valid: true,
    };
    engine.table_mut(&table_name)?.indexes.push(index);
    if create.unique {
        let enums = engine.db.enums.clone();
        let (tables, mut env) = engine.split();
        let t = tables
            .get(&table_name)
            .ok_or_else(|| PgError::undefined_table(&table_name))?;
        build_unique(t, Some(&name), &enums, &mut env)?;
    }
    Ok(Vec::new())
}

/// ALTER INDEX name RENAME TO new (renaming a constraint's index renames the constraint).
pub fn rename(engine: &mut Engine, name: &str, new: &str) -> StatementResult {
    let Some(owner) = engine.db.index_owner(name).map(str::to_string) else {
        return Err(PgError::undefined_table(name).into());
    };
    if engine.db.relation_exists(new) {
        return Err(PgError::duplicate_table(new).into());
    }
    let table = engine.table_mut(&owner)?;
    let mut constraint = None;
    for index in table.indexes.iter_mut().filter(|i| i.name == name) {
        index.name = new.to_string();
        if index.constraint.is_some() {
            constraint = index.constraint.replace(new.to_string());
        }
    }
    if let Some(old) = constraint {
        for c in table.constraints.iter_mut().filter(|c| c.name == old) {
            c.name = new.to_string();
        }
    }
    Ok(Vec::new())
}

/// Runs DROP INDEX for one name.
pub fn drop(
    engine: &mut Engine,
    name: &str,
    if_exists: bool,
    concurrently: bool,
) -> StatementResult {
    if concurrently && engine.in_transaction {
        return Err(PgError::new(
            "25001",
            "DROP INDEX CONCURRENTLY cannot run inside a transaction block",
        )
        .into());
    }
    let Some(owner) = engine.db.index_owner(name).map(str::to_string) else {
        if engine.db.tables.contains_key(name) {
            return Err(PgError::new("42809", format!("\"{name}\" is not an index"))
                .hint("Use DROP TABLE to remove a table.")
                .into());
        }
        if if_exists {
            return Ok(Vec::new());
        }
        return Err(PgError::new("42704", format!("index \"{name}\" does not exist")).into());
    };
    let table = engine.table_mut(&owner)?;
    if let Some(constraint) = table
        .indexes
        .iter()
        .find(|i| i.name == name)
        .and_then(|i| i.constraint.clone())
    {
        return Err(PgError::new("2BP01", format!("cannot drop index {name} because constraint {constraint} on table {owner} requires it"))
            .hint(format!("You can drop constraint {constraint} on table {owner} instead."))
            .into());
    }
    table.indexes.retain(|i| i.name != name);
    Ok(Vec::new())
}
