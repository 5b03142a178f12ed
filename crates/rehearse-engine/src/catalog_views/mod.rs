//! A read-only catalog layer: the system relations migrations query to guard their
//! DDL (`pg_class`, `pg_type`, `pg_constraint`, `pg_indexes`, `pg_enum`,
//! `pg_extension`, `pg_namespace`, `pg_sequences`, `information_schema.tables` and
//! `.columns`), computed from the engine's catalog when a statement reads them, with
//! PostgreSQL 18's column names and values; plus `'t'::regclass`, `'s'::regtype`,
//! `'public'::regnamespace`, `to_regclass` and `to_regtype` in comparisons.
//!
//! A statement that mentions any of them is checked and rewritten first (`usage`):
//! columns whose PostgreSQL type the engine carries differently are accepted only
//! where that cannot show, OIDs (the engine's own numbers, never PostgreSQL's) only
//! where they meet each other, and each relation listing PostgreSQL's own objects
//! must be restricted to the user's. The relations are then added to the statement's
//! tables under keys no user relation can have (`key`), which FROM looks up.
//! Everything else about catalogs stays a refusal.

mod ids;
pub(crate) use crate::catalog_relations as relations;
mod rows;
mod system_names;
mod usage;

#[cfg(test)]
mod tests;

use crate::catalog::{Column, Database, Table};
use crate::error::PgError;
use sqlparser::ast;
use std::collections::BTreeMap;

pub use usage::{Known, Output};

pub(crate) use crate::catalog_relations::relation_key as key;

/// A statement part checked and rewritten, with the catalog relations it reads.
pub struct Prepared<T> {
    /// The part, its regclass-like constants replaced by the engine's numbers.
    pub part: T,
    /// The catalog relations, by `key`.
    pub tables: BTreeMap<String, Table>,
}

/// Prepares a query, or `None` when it mentions nothing of this layer.
pub fn prepare_query(
    db: &Database,
    query: &ast::Query,
    output: Output,
    known: &[Known],
) -> Result<Option<Prepared<ast::Query>>, PgError> {
    if !usage::mentions(query) {
        return Ok(None);
    }
    let mut ids = ids::Ids::of(db);
    let mut part = query.clone();
    let relations = {
        let mut walker = usage::Walker::new(db, &ids, known);
        walker.check_query(&mut part, output)?;
        walker.relations()
    };
    let tables = materialize(db, &mut ids, &relations)?;
    Ok(Some(Prepared { part, tables }))
}

/// Prepares an expression (a PL/pgSQL condition), or `None` when it mentions nothing
/// of this layer.
pub fn prepare_expr(
    db: &Database,
    e: &ast::Expr,
    known: &[Known],
) -> Result<Option<Prepared<ast::Expr>>, PgError> {
    if !usage::mentions(e) {
        return Ok(None);
    }
    let mut ids = ids::Ids::of(db);
    let mut part = e.clone();
    let relations = {
        let mut walker = usage::Walker::new(db, &ids, known);
        walker.check_expr(&mut part)?;
        walker.relations()
    };
    let tables = materialize(db, &mut ids, &relations)?;
    Ok(Some(Prepared { part, tables }))
}

/// Refuses PL/pgSQL variables named like a column of a catalog relation the statement
/// reads (see `usage::check_variable_names`).
pub fn check_variable_names<V: ast::Visit>(part: &V, names: &[String]) -> Result<(), PgError> {
    usage::check_variable_names(part, names)
}

/// The PL/pgSQL variables an expression reads, as the catalog check sees them.
pub fn known(
    columns: &[(String, crate::types::SqlType)],
    row: &[crate::value::Value],
) -> Vec<Known> {
    columns
        .iter()
        .zip(row)
        .map(|((name, ty), value)| Known {
            name: name.clone(),
            ty: ty.clone(),
            value: value.clone(),
        })
        .collect()
}

/// A statement's tables with the catalog relations added.
pub fn with_tables(
    tables: &BTreeMap<String, Table>,
    catalog: BTreeMap<String, Table>,
) -> BTreeMap<String, Table> {
    let mut all = tables.clone();
    all.extend(catalog);
    all
}

fn materialize(
    db: &Database,
    ids: &mut ids::Ids,
    relations: &[&'static relations::Relation],
) -> Result<BTreeMap<String, Table>, PgError> {
    let mut tables = BTreeMap::new();
    for relation in relations {
        let rows = rows::rows(db, ids, relation)?;
        let table = Table {
            name: relation.name.to_string(),
            columns: relation
                .modelled
                .iter()
                .map(|c| Column {
                    name: c.name.to_string(),
                    ty: c.carrier(),
                    not_null: false,
                    default: None,
                    identity: None,
                    generated: None,
                })
                .collect(),
            rows: crate::shared::Shared::new(rows),
            indexes: Vec::new(),
            constraints: Vec::new(),
            triggers: Vec::new(),
        };
        tables.insert(key(relation), table);
    }
    Ok(tables)
}
