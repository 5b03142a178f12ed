//! LANGUAGE sql functions: the body Rehearse reads (one `SELECT expr` without FROM, or
//! `RETURN expr`), analysed at CREATE as PostgreSQL does (`check_function_bodies`):
//! an unknown name or a result that does not fit the declared type fails the CREATE.

use super::{Body, Function, Returns};
use crate::error::{PgError, Source};
use crate::expr::query::{Clause, Context};
use crate::expr::Scope;
use crate::types::{CastContext, SqlType};
use crate::Engine;
use sqlparser::ast;

/// The expression of a body `SELECT expr` (a trailing `;` allowed).
pub fn parse_body(text: &str) -> Result<ast::Expr, PgError> {
    let refuse = || PgError::unsupported("LANGUAGE sql bodies other than one `SELECT expression`");
    let mut parsed = crate::sql::parse_script(text, Source::Migration).map_err(|_| refuse())?;
    if parsed.len() != 1 {
        return Err(refuse());
    }
    let crate::sql::StatementKind::Sql(statement) = parsed.remove(0).kind else {
        return Err(refuse());
    };
    let ast::Statement::Query(query) = *statement else {
        return Err(refuse());
    };
    let ast::SetExpr::Select(select) = query.body.as_ref() else {
        return Err(refuse());
    };
    let plain = query.order_by.is_none()
        && query.limit.is_none()
        && query.offset.is_none()
        && query.with.is_none()
        && select.from.is_empty()
        && select.selection.is_none()
        && select.having.is_none()
        && select.distinct.is_none()
        && select.projection.len() == 1
        && matches!(select.group_by, ast::GroupByExpr::Expressions(ref e, _) if e.is_empty());
    match (plain, select.projection.first()) {
        (true, Some(ast::SelectItem::UnnamedExpr(e)))
        | (true, Some(ast::SelectItem::ExprWithAlias { expr: e, .. })) => Ok(e.clone()),
        _ => Err(refuse()),
    }
}

/// Binds the body over the parameters: PostgreSQL's errors at CREATE.
pub fn check(engine: &Engine, function: &Function) -> Result<(), PgError> {
    let Body::Sql(body) = &function.body else {
        return Ok(());
    };
    let mut positional = false;
    let _ = ast::visit_expressions(body, |x| {
        if matches!(x, ast::Expr::Value(ast::Value::Placeholder(_))) {
            positional = true;
        }
        std::ops::ControlFlow::<()>::Continue(())
    });
    if positional || function.args.iter().any(|(n, _)| n.is_none()) {
        return Err(PgError::unsupported(
            "LANGUAGE sql functions with unnamed ($1) parameters",
        ));
    }
    let context = Context::new(&engine.db.tables, Clause::Target);
    let scope = Scope {
        table: "",
        columns: function
            .args
            .iter()
            .map(|(n, t)| (n.clone().unwrap_or_default(), t.clone()))
            .collect(),
        enums: &engine.db.enums,
        extensions: Some(&engine.db.extensions),
        joined: Vec::new(),
        query: Some(&context),
    };
    let bound = scope.bind(body)?;
    if let Returns::Type(to) = &function.returns {
        let from = if bound.ty == SqlType::Unknown {
            SqlType::Text
        } else {
            bound.ty.clone()
        };
        if scope.coerce(bound, to, CastContext::Assignment).is_err() {
            return Err(PgError::new(
                "42P13",
                format!(
                    "return type mismatch in function declared to return {}",
                    to.format()
                ),
            )
            .detail(format!("Actual return type is {}.", from.format())));
        }
    }
    Ok(())
}
