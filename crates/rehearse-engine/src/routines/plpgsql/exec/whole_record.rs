//! A whole record in a PL/pgSQL expression or statement: `to_jsonb(NEW)`, what audit
//! triggers write (`INSERT INTO audit (row_data) VALUES (to_jsonb(OLD))`). PostgreSQL's
//! `to_jsonb(record)` is `composite_to_jsonb`: an object of every field by name, each
//! value converted by `datum_to_jsonb` — the conversion `jsonb_build_object` applies
//! to its values — so the call is rewritten to `jsonb_build_object('a', NEW.a, ...)`
//! over the record's fields (a NULL record, OLD in an INSERT trigger, to
//! `NULL::jsonb`); the fields are then read as any `NEW.a` is. Any other use of a whole
//! record (`row_to_json(NEW)`, whose json text differs, `NEW IS DISTINCT FROM OLD`,
//! ...) is refused, never bound as a column named `new`.

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

/// Rewrites every `to_jsonb(record)` in `node`; then refuses any other whole record.
pub(super) fn expand<V: VisitMut + ast::Visit>(frame: &Frame, node: &mut V) -> Result<(), PgError> {
    let mut error = None;
    let _ = ast::visit_expressions_mut(node, |x| {
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
