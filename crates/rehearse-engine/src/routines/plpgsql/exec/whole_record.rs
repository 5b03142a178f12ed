//! A whole record in a PL/pgSQL expression or statement: `to_jsonb(NEW)`, what audit
//! triggers write (`INSERT INTO audit (row_data) VALUES (to_jsonb(OLD))`). PostgreSQL's
//! `to_jsonb(record)` is `composite_to_jsonb`: an object of every field by name, each
//! value converted by `datum_to_jsonb` — the conversion `jsonb_build_object` applies
//! to its values — so the call is rewritten to `jsonb_build_object('a', NEW.a, ...)`
//! over the record's fields (a NULL record, OLD in an INSERT trigger, to
//! `NULL::jsonb`); the fields are then read as any `NEW.a` is.
//!
//! `NEW IS [NOT] DISTINCT FROM OLD` (the "touch updated_at only when something
//! changed" trigger) compares the two trigger records with `record_eq`: field by field
//! with each type's btree equality, a NULL field equal to a NULL field — which is
//! `NEW.a IS DISTINCT FROM OLD.a OR ...`, so it is rewritten to that; a NULL record (OLD in an INSERT trigger) is distinct from a non-NULL one,
//! whatever its fields. A field of a type without btree equality (`json`) is refused
//! (PostgreSQL's error there names the type, not an operator).
//!
//! Any other use of a whole record (`row_to_json(NEW)`, whose json text differs, ...)
//! is refused, never bound as a column named `new`.

use super::{refused, Frame};
use crate::error::PgError;
use sqlparser::ast;
use sqlparser::ast::VisitMut;

/// PostgreSQL's FUNC_MAX_ARGS: jsonb_build_object takes at most 100 arguments.
const MAX_FIELDS: usize = 50;

/// The record a bare name reads, if it names one (a declared record, NEW or OLD).
fn is_record(frame: &Frame, name: &str) -> bool {
    frame.record_variable(name).is_some() || frame.record(name).is_some()
}

/// A trigger record (`NEW` or `OLD`, not a declared variable) an identifier names.
fn trigger_record<'f>(frame: &'f Frame, e: &ast::Expr) -> Option<(String, &'f super::Record)> {
    let ast::Expr::Identifier(id) = e else {
        return None;
    };
    let name = crate::ident(id);
    if !matches!(name.as_str(), "new" | "old") || frame.record_variable(&name).is_some() {
        return None;
    }
    frame.record(&name).map(|r| (name, r))
}

/// `NEW IS [NOT] DISTINCT FROM OLD` (either order) as a row comparison of their
/// fields, or a constant when a record is NULL.
fn compare_records(frame: &Frame, x: &mut ast::Expr) -> Result<(), PgError> {
    let (l, r, not) = match x {
        ast::Expr::IsDistinctFrom(l, r) => (l, r, false),
        ast::Expr::IsNotDistinctFrom(l, r) => (l, r, true),
        _ => return Ok(()),
    };
    let (Some((ln, lr)), Some((rn, rr))) = (trigger_record(frame, l), trigger_record(frame, r))
    else {
        return Ok(());
    };
    if lr.values.is_none() || rr.values.is_none() {
        let distinct = lr.values.is_some() || rr.values.is_some();
        *x = ast::Expr::Value(ast::Value::Boolean(distinct != not));
        return Ok(());
    }
    if lr.columns != rr.columns {
        return Err(refused("comparing two records of different columns"));
    }
    let no_equality = |t: &crate::types::SqlType| match t {
        crate::types::SqlType::Json => true,
        crate::types::SqlType::Array(e) => matches!(e.as_ref(), crate::types::SqlType::Json),
        _ => false,
    };
    if lr.columns.iter().any(|(_, t)| no_equality(t)) {
        return Err(refused(
            "comparing whole records with a json field (record_eq has no equality for json)",
        ));
    }
    // The pairs' IS DISTINCT FROM, OR-ed (`make_row_distinct_op`; PL/pgSQL never
    // shows the tree, so the binder's flat OR is the same test).
    let field = |rec: &str, c: &str| {
        Box::new(ast::Expr::CompoundIdentifier(vec![
            ast::Ident::new(rec),
            ast::Ident::with_quote('"', c.to_string()),
        ]))
    };
    let any = lr
        .columns
        .iter()
        .map(|(c, _)| ast::Expr::IsDistinctFrom(field(&ln, c), field(&rn, c)))
        .reduce(|acc, next| ast::Expr::BinaryOp {
            left: Box::new(acc),
            op: ast::BinaryOperator::Or,
            right: Box::new(next),
        })
        .ok_or_else(|| refused("comparing records without fields"))?;
    *x = if not {
        ast::Expr::UnaryOp {
            op: ast::UnaryOperator::Not,
            expr: Box::new(ast::Expr::Nested(Box::new(any))),
        }
    } else {
        ast::Expr::Nested(Box::new(any))
    };
    Ok(())
}

/// Rewrites every `to_jsonb(record)` and `NEW IS [NOT] DISTINCT FROM OLD` in `node`;
/// then refuses any other whole record.
pub(super) fn expand<V: VisitMut + ast::Visit>(frame: &Frame, node: &mut V) -> Result<(), PgError> {
    let mut error = None;
    let _ = ast::visit_expressions_mut(node, |x| {
        if let Err(e) = compare_records(frame, x) {
            error = Some(e);
            return std::ops::ControlFlow::Break(());
        }
        let ast::Expr::Function(f) = x else {
            return std::ops::ControlFlow::Continue(());
        };
        if f.name.0.len() != 1 || !f.name.0[0].value.eq_ignore_ascii_case("to_jsonb") {
            return std::ops::ControlFlow::Continue(());
        }
        let ast::FunctionArguments::List(list) = &f.args else {
            return std::ops::ControlFlow::Continue(());
        };
        let [ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(ast::Expr::Identifier(id)))] =
            list.args.as_slice()
        else {
            return std::ops::ControlFlow::Continue(());
        };
        let name = crate::ident(id);
        if !is_record(frame, &name) || !list.clauses.is_empty() || f.filter.is_some() {
            return std::ops::ControlFlow::Continue(());
        }
        let record = match frame.readable_record(&name) {
            Some(Ok(r)) => r,
            Some(Err(e)) => {
                error = Some(e);
                return std::ops::ControlFlow::Break(());
            }
            None => return std::ops::ControlFlow::Continue(()),
        };
        let text = match &record.values {
            None => "NULL::jsonb".to_string(),
            Some(_) if record.columns.len() > MAX_FIELDS => {
                error = Some(refused("to_jsonb() of a record with more than 50 fields"));
                return std::ops::ControlFlow::Break(());
            }
            Some(_) => {
                let pairs: Vec<String> = record
                    .columns
                    .iter()
                    .map(|(c, _)| {
                        format!(
                            "'{}', {}.{}",
                            c.replace('\'', "''"),
                            crate::keywords::quote_ident(&name),
                            crate::keywords::quote_ident(c)
                        )
                    })
                    .collect();
                format!("jsonb_build_object({})", pairs.join(", "))
            }
        };
        match super::super::parse::parse_expr(&text) {
            Ok(e) => *x = ast::Expr::Nested(Box::new(e)),
            Err(_) => {
                error = Some(refused("to_jsonb() of this record"));
                return std::ops::ControlFlow::Break(());
            }
        }
        std::ops::ControlFlow::Continue(())
    });
    if let Some(e) = error {
        return Err(e);
    }
    let _ = ast::visit_expressions(node, |x| {
        if let ast::Expr::Identifier(id) = x {
            if is_record(frame, &crate::ident(id)) {
                error = Some(refused("a whole PL/pgSQL record in an expression"));
                return std::ops::ControlFlow::Break(());
            }
        }
        std::ops::ControlFlow::Continue(())
    });
    error.map_or(Ok(()), Err)
}
