//! `CREATE TABLE name [(column, ...)] AS query`: a new table with the query's columns
//! (names, types with their typmods, all nullable, no defaults or constraints) and its
//! rows, in the order the query returns them — the "keep the latest row per key"
//! step (`CREATE TABLE current AS SELECT DISTINCT ON (k) ...`). The query is bound and
//! run as a materialized view's is (`views::bind_query`), so it reads views too.
//! `intorel_startup`'s errors: 42P07 for an existing relation (IF NOT EXISTS: a
//! notice, nothing done), 42601 for more names than columns, 42701 for a repeated
//! column name. TEMP tables and `WITH [NO] DATA` (sqlparser cannot read it) stay
//! refused.

use crate::catalog::{Column, Table};
use crate::error::PgError;
use crate::types::SqlType;
use crate::views::{tables_for, Reading};
use crate::{object_name, Engine, StatementResult};
use sqlparser::ast;

/// Runs CREATE TABLE ... AS.
pub fn run(engine: &mut Engine, create: &ast::CreateTable, query: &ast::Query) -> StatementResult {
    let name = object_name(&create.name);
    if create.temporary {
        return Err(PgError::unsupported("CREATE TEMPORARY TABLE ... AS").into());
    }
    if create.like.is_some() || !create.constraints.is_empty() {
        return Err(PgError::unsupported("this form of CREATE TABLE ... AS").into());
    }
    // `CREATE TABLE t (a, b) AS ...` names the columns only.
    let mut names = Vec::new();
    for c in &create.columns {
        if c.data_type != ast::DataType::Unspecified || !c.options.is_empty() {
            return Err(PgError::unsupported("column definitions in CREATE TABLE ... AS").into());
        }
        names.push(crate::ident(&c.name));
    }
    if engine.db.relation_exists(&name) {
        if create.if_not_exists {
            return Ok(Vec::new());
        }
        return Err(PgError::duplicate_table(&name).into());
    }
    let tables = tables_for(engine, query, Reading::Rows)?;
    let plan = crate::views::bind_query(engine, &tables, query)?;
    drop(tables);
    let mut columns: Vec<(String, SqlType)> = plan
        .names()
        .iter()
        .cloned()
        .zip(plan.types().iter().cloned())
        .collect();
    if names.len() > columns.len() {
        return Err(PgError::new("42601", "too many column names were specified").into());
    }
    for (c, n) in columns.iter_mut().zip(names) {
        c.0 = n;
    }
    for (i, (n, ty)) in columns.iter().enumerate() {
        if columns[..i].iter().any(|(m, _)| m == n) {
            return Err(
                PgError::new("42701", format!("column \"{n}\" specified more than once")).into(),
            );
        }
        // An unknown-type literal becomes text (PostgreSQL 10+); anything else the
        // engine cannot store as a column is refused.
        if *ty == SqlType::Unknown {
            return Err(
                PgError::unsupported("an untyped literal as a CREATE TABLE ... AS column").into(),
            );
        }
    }
    let rows = crate::dml::select::rows(engine, &plan)?;
    let table = Table {
        name: name.clone(),
        columns: columns
            .into_iter()
            .map(|(name, ty)| Column {
                name,
                ty,
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
    engine.db.tables.insert(name, table);
    Ok(Vec::new())
}
