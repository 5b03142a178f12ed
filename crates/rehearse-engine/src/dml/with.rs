//! A WITH clause before INSERT or UPDATE (`WITH c AS (...) UPDATE ...`): its queries
//! bound first, then the statement run seeing them. INSERT's source query takes the
//! WITH clause (the same queries in reach of the same source); where the statement
//! has RETURNING or ON CONFLICT, which could read them too, Rehearse refuses.
//! (WITH before DELETE, and data-modifying WITH queries, sqlparser cannot read:
//! `sql::modifying_with` refuses them.)

use crate::error::PgError;
use crate::{Engine, StatementResult};
use sqlparser::ast;

/// Runs `WITH ... INSERT` / `WITH ... UPDATE`.
pub fn run(engine: &mut Engine, with: &ast::With, body: &ast::SetExpr) -> StatementResult {
    match body {
        ast::SetExpr::Insert(ast::Statement::Insert(insert)) => {
            if insert.returning.is_some() || insert.on.is_some() {
                return Err(
                    PgError::unsupported("WITH ... INSERT with RETURNING or ON CONFLICT").into(),
                );
            }
            // PostgreSQL analyses the WITH queries before the target table and columns,
            // so their errors come first.
            crate::expr::query::bind_ctes(
                &engine.db.tables,
                &engine.db.enums,
                &engine.db.extensions,
                with,
            )?;
            let mut moved = insert.clone();
            match moved.source.as_deref_mut() {
                Some(source) if source.with.is_none() => source.with = Some(with.clone()),
                _ => return Err(PgError::unsupported("WITH ... INSERT of this form").into()),
            }
            if matches!(
                moved.source.as_deref().map(|s| s.body.as_ref()),
                Some(ast::SetExpr::Values(_))
            ) {
                return Err(PgError::unsupported("WITH ... INSERT ... VALUES").into());
            }
            super::insert::run(engine, &moved, &Default::default())
        }
        ast::SetExpr::Update(ast::Statement::Update {
            table,
            assignments,
            from,
            selection,
            returning,
            ..
        }) => {
            if returning.is_some() {
                return Err(PgError::unsupported("WITH ... UPDATE ... RETURNING").into());
            }
            let ctes = crate::expr::query::bind_ctes(
                &engine.db.tables,
                &engine.db.enums,
                &engine.db.extensions,
                with,
            )?;
            super::update::run_with_ctes(
                engine,
                &ctes,
                table,
                assignments,
                from.as_ref(),
                selection.as_ref(),
                None,
            )
        }
        other => Err(PgError::unsupported(format!("WITH ... {other}")).into()),
    }
}
