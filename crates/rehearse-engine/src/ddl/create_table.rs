//! CREATE TABLE.

use super::constraints::{add, NewConstraint};
use super::{column_spec, create_column_sequence, nextval_default, table_constraint};
use crate::catalog::Table;
use crate::error::PgError;
use crate::types::CastContext;
use crate::{object_name, Engine, StatementResult};
use sqlparser::ast;

/// Checks a DEFAULT expression: no column references, assignable to the column type.
pub fn check_default(engine: &Engine, column: &crate::catalog::Column) -> Result<(), PgError> {
    let Some(e) = &column.default else {
        return Ok(());
    };
    if !crate::catalog::expr_columns(e).is_empty() {
        return Err(PgError::new(
            "0A000",
            "cannot use column reference in DEFAULT expression",
        ));
    }
    let scope = engine.scope(None);
    let bound = scope.bind(e)?;
    assign_default(&scope, bound, column)
}

/// Coerces a bound DEFAULT (or generation) expression to its column's type, with
/// PostgreSQL's 42804 wording for one that cannot be assigned.
pub(crate) fn assign_default(
    scope: &crate::expr::Scope,
    bound: crate::expr::Expr,
    column: &crate::catalog::Column,
) -> Result<(), PgError> {
    let from = bound.ty.clone();
    // The length coercion is a call evaluated when a row takes the default.
    let target = if from == crate::types::SqlType::Unknown {
        crate::dml::literal_read_type(&column.ty)
    } else {
        column.ty.without_typmod()
    };
    scope
        .coerce(bound, &target, CastContext::Assignment)
        .map_err(|err| {
            if err.sqlstate == "42804" {
                PgError::new(
                    "42804",
                    format!(
                        "column \"{}\" is of type {} but default expression is of type {}",
                        column.name,
                        column.ty.base_name(),
                        from.base_name()
                    ),
                )
                .hint("You will need to rewrite or cast the expression.")
            } else {
                err
            }
        })?;
    Ok(())
}

/// Runs CREATE TABLE.
pub fn run(
    engine: &mut Engine,
    create: &ast::CreateTable,
    nulls_not_distinct: &crate::sql::NullsNotDistinct,
) -> StatementResult {
    let name = object_name(&create.name);
    if let Some(query) = &create.query {
        return super::create_table_as::run(engine, create, query);
    }
    if create.like.is_some() {
        return Err(PgError::unsupported("CREATE TABLE ... LIKE").into());
    }
    if engine.db.relation_exists(&name) {
        if create.if_not_exists {
            return Ok(Vec::new());
        }
        return Err(PgError::duplicate_table(&name).into());
    }
    crate::ddl::comments::forget(engine, &name, None);
    let mut table = Table {
        name: name.clone(),
        columns: Vec::new(),
        rows: Default::default(),
        indexes: Vec::new(),
        constraints: Vec::new(),
        triggers: Vec::new(),
    };
    let mut pending: Vec<(Option<String>, NewConstraint)> = Vec::new();
    let mut serials = Vec::new();
    for def in &create.columns {
        let spec = column_spec(engine, &name, def)?;
        if table.column_index(&spec.column.name).is_some() {
            return Err(PgError::new(
                "42701",
                format!("column \"{}\" specified more than once", spec.column.name),
            )
            .into());
        }
        check_default(engine, &spec.column)?;
        if spec.serial.is_some() || spec.column.identity.is_some() {
            serials.push(spec.column.name.clone());
        }
        table.columns.push(spec.column);
        pending.extend(spec.constraints);
    }
    for c in &create.constraints {
        pending.push(table_constraint(c)?);
    }
    for (_, c) in &mut pending {
        c.mark_nulls(nulls_not_distinct);
    }
    for i in 0..table.columns.len() {
        crate::generated::check_definition(engine, &table, i)?;
    }
    for col in serials {
        let Some(i) = table.column_index(&col) else {
            continue;
        };
        let (start, increment) = table.columns[i]
            .identity
            .as_ref()
            .map_or((1, 1), |id| (id.start, id.increment));
        let seq = create_column_sequence(engine, &name, &col, start, increment);
        match &mut table.columns[i].identity {
            Some(identity) => identity.sequence = seq,
            None => table.columns[i].default = Some(nextval_default(&seq)),
        }
    }
    engine.db.tables.insert(name.clone(), table);
    // PostgreSQL creates the primary key first, then unique constraints, checks and
    // foreign keys in the order written.
    pending.sort_by_key(|(_, c)| !matches!(c, NewConstraint::PrimaryKey(_)));
    // A UNIQUE over the primary key's columns, or repeating an earlier UNIQUE, is
    // merged away as PostgreSQL does within one CREATE TABLE (transformIndexConstraints):
    // the earlier one stays, and takes the later one's name if it has none of its own.
    let mut kept: Vec<(Option<String>, NewConstraint)> = Vec::new();
    for (cname, c) in pending {
        if let NewConstraint::Unique {
            columns: cols,
            nulls_not_distinct,
        } = &c
        {
            // (A primary key's index is NULLS DISTINCT: it never absorbs a NULLS NOT
            // DISTINCT unique constraint.)
            let prior = kept.iter_mut().find(|(_, k)| match k {
                NewConstraint::PrimaryKey(p) => p == cols && !nulls_not_distinct,
                NewConstraint::Unique {
                    columns: p,
                    nulls_not_distinct: n,
                } => p == cols && n == nulls_not_distinct,
                _ => false,
            });
            if let Some((prior_name, _)) = prior {
                if prior_name.is_none() {
                    *prior_name = cname;
                }
                continue;
            }
        }
        kept.push((cname, c));
    }
    let pending = kept;
    for (cname, c) in pending {
        add(engine, &name, cname, c, false)?;
    }
    Ok(Vec::new())
}
