//! CREATE INDEX (unique, partial, expression keys, access methods and operator
//! classes, CONCURRENTLY), DROP INDEX and REINDEX.

use crate::catalog::{Index, IndexKey, IndexMethod};
use crate::error::PgError;
use crate::opclasses;
use crate::rows::build_unique;
use crate::sql::ReindexTarget;
use crate::{ident, object_name, Engine, StatementResult};
use sqlparser::ast;

/// Runs CREATE INDEX; `opclasses` are the keys' operator classes as written (empty:
/// none named).
pub fn create(
    engine: &mut Engine,
    create: &ast::CreateIndex,
    opclasses: &[Option<String>],
) -> StatementResult {
    if create.concurrently && engine.in_transaction {
        return Err(PgError::new(
            "25001",
            "CREATE INDEX CONCURRENTLY cannot run inside a transaction block",
        )
        .into());
    }
    let table_name = object_name(&create.table_name);
    let table = engine.table(&table_name)?.clone();
    let method = match &create.using {
        Some(m) => IndexMethod::from_name(&ident(m))?,
        None => IndexMethod::Btree,
    };
    if create.unique && !method.can_unique() {
        return Err(PgError::new(
            "0A000",
            format!(
                "access method \"{}\" does not support unique indexes",
                method.name()
            ),
        )
        .into());
    }
    let installed = |e: &str| engine.db.extensions.contains(e);
    let mut keys = Vec::new();
    let mut labels = Vec::new();
    // Each key's type, and its bound expression (None: a column).
    let mut bound_keys: Vec<(crate::types::SqlType, Option<crate::expr::Expr>)> = Vec::new();
    let scope = engine.scope(Some(&table));
    for key in &create.columns {
        match &key.expr {
            ast::Expr::Identifier(id) => {
                let name = ident(id);
                let Some(column) = table.column_index(&name) else {
                    return Err(
                        PgError::new("42703", format!("column \"{name}\" does not exist")).into(),
                    );
                };
                bound_keys.push((table.columns[column].ty.clone(), None));
                labels.push(name.clone());
                keys.push(IndexKey::Column(name));
            }
            other => {
                let e = match other {
                    ast::Expr::Nested(inner) => (**inner).clone(),
                    e => e.clone(),
                };
                let bound = scope.bind(&e)?;
                bound_keys.push((bound.ty.clone(), Some(bound)));
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
    let predicate = match &create.predicate {
        Some(p) => Some(scope.bind(p)?),
        None => None,
    };
    // `CheckPredicate` runs before `ComputeIndexAttrs` checks each key in turn.
    if let Some(p) = predicate {
        check_mutability(engine, p, "predicate")?;
    }
    let mut classes = Vec::new();
    for (i, (ty, bound)) in bound_keys.into_iter().enumerate() {
        if let Some(bound) = bound {
            check_mutability(engine, bound, "expression")?;
        }
        let written = opclasses.get(i).and_then(Option::as_deref);
        classes.push(opclasses::resolve(method, written, &ty, &installed)?);
    }
    crate::generated::check_index(&table, &keys, create.predicate.as_ref())?;
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
        method,
        opclasses: if classes.iter().all(Option::is_none) {
            Vec::new()
        } else {
            classes
        },
        nulls_not_distinct: create.nulls_distinct == Some(false),
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

/// `CheckMutability`: the planner's folding first (`expression_planner`: its constant
/// errors are raised, a STRICT call over a NULL constant becomes NULL and is no longer
/// there to be mutable), then any function, cast or operator that is not IMMUTABLE is
/// PostgreSQL's 42P17 for the index's `what` ("expression" or "predicate").
fn check_mutability(engine: &Engine, bound: crate::expr::Expr, what: &str) -> Result<(), PgError> {
    let planned = crate::generated::planned(engine, bound)?;
    if crate::generated::is_mutable(&planned) {
        return Err(PgError::new(
            "42P17",
            format!("functions in index {what} must be marked IMMUTABLE"),
        ));
    }
    Ok(())
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

/// REINDEX: rebuilds indexes, which changes no data. An index a failed CREATE INDEX
/// CONCURRENTLY left invalid becomes valid again, its uniqueness checked on the rows
/// as they are (23505 if duplicates arrived meanwhile).
pub fn reindex(
    engine: &mut Engine,
    target: ReindexTarget,
    name: Option<&str>,
    concurrently: bool,
) -> StatementResult {
    let word = match target {
        ReindexTarget::Index => "INDEX",
        ReindexTarget::Table => "TABLE",
        ReindexTarget::Schema => "SCHEMA",
        ReindexTarget::Database => "DATABASE",
        ReindexTarget::System => "SYSTEM",
    };
    if target == ReindexTarget::System && concurrently {
        return Err(PgError::new("0A000", "cannot reindex system catalogs concurrently").into());
    }
    let whole = matches!(
        target,
        ReindexTarget::Schema | ReindexTarget::Database | ReindexTarget::System
    );
    if engine.in_transaction && (concurrently || whole) {
        let what = if concurrently { "CONCURRENTLY" } else { word };
        return Err(PgError::new(
            "25001",
            format!("REINDEX {what} cannot run inside a transaction block"),
        )
        .into());
    }
    // The indexes rebuilt, as (table, index).
    let rebuilt: Vec<(String, String)> = match (target, name) {
        (ReindexTarget::Index, Some(index)) => match engine.db.index_owner(index) {
            Some(table) => vec![(table.to_string(), index.to_string())],
            None if engine.db.tables.contains_key(index) => {
                return Err(PgError::new("42809", format!("\"{index}\" is not an index")).into())
            }
            None => return Err(PgError::undefined_table(index).into()),
        },
        (ReindexTarget::Table, Some(table)) => {
            if engine.db.index_owner(table).is_some() {
                return Err(PgError::new(
                    "42809",
                    format!("\"{table}\" is not a table or materialized view"),
                )
                .into());
            }
            let t = engine.table(table)?;
            t.indexes
                .iter()
                .map(|i| (table.to_string(), i.name.clone()))
                .collect()
        }
        (ReindexTarget::Schema, Some(schema)) if schema != "public" => {
            return Err(PgError::new("3F000", format!("schema \"{schema}\" does not exist")).into())
        }
        (ReindexTarget::Schema, _) | (ReindexTarget::Database, None) => {
            if concurrently {
                // PostgreSQL skips invalid indexes there and reports them as warnings.
                return Err(PgError::unsupported(format!("REINDEX {word} CONCURRENTLY")).into());
            }
            engine
                .db
                .tables
                .values()
                .flat_map(|t| t.indexes.iter().map(|i| (t.name.clone(), i.name.clone())))
                .collect()
        }
        // The system catalogs are not modelled; rebuilding them changes nothing shown.
        (ReindexTarget::System, None) => Vec::new(),
        // The current database's name is not part of a scenario.
        _ => return Err(PgError::unsupported(format!("REINDEX {word} with a name")).into()),
    };
    for (table, index) in rebuilt {
        let unique = {
            let t = engine.table_mut(&table)?;
            let Some(i) = t.indexes.iter_mut().find(|i| i.name == index) else {
                continue;
            };
            i.valid = true;
            i.unique
        };
        if unique {
            let enums = engine.db.enums.clone();
            let (tables, mut env) = engine.split();
            let t = tables
                .get(&table)
                .ok_or_else(|| PgError::undefined_table(&table))?;
            build_unique(t, Some(&index), &enums, &mut env)?;
        }
    }
    Ok(Vec::new())
}
