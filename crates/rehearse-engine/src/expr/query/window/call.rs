//! A window function call bound where it appears (`transformWindowFuncCall`): its
//! arguments and signature, and the 42P20/42809/0A000 errors of the call itself; the
//! window it runs over is bound later, with the query's windows.

use super::definition::check_frame_syntax;
use super::{aggregate, is_window_function, Function, Pending, PLACEHOLDER_BASE};
use crate::error::PgError;
use crate::expr::query::{Clause, Context};
use crate::expr::{Expr, Node, Scope};
use crate::types::{CastContext, SqlType};
use crate::value::Value;
use sqlparser::ast;

/// Binds `name(...) OVER ...` in `scope`, returning its placeholder.
pub(crate) fn bind(
    scope: &Scope,
    context: &Context,
    name: &str,
    f: &ast::Function,
) -> Result<Expr, PgError> {
    let Some(over) = &f.over else {
        // Without OVER: the call's own errors first (a wrong argument list is 42883);
        // rank(x) and its kin are then hypothetical-set aggregates, not simulated.
        let args = arguments(scope, f)?;
        if !args.is_empty() && aggregate::is_aggregate(name) {
            return Err(PgError::unsupported(format!("the aggregate call {f}")));
        }
        signature(scope, name, args)?;
        return Err(PgError::new(
            "42809",
            format!("window function {name} requires an OVER clause"),
        ));
    };
    if let ast::WindowType::WindowSpec(spec) = over {
        if let Some(frame) = &spec.window_frame {
            check_frame_syntax(frame)?;
        }
    }
    if let ast::WindowType::NamedWindow(w) = over {
        let w = crate::ident(w);
        if !context
            .named_windows
            .iter()
            .any(|d| crate::ident(&d.0) == w)
        {
            return Err(PgError::new(
                "42704",
                format!("window \"{w}\" does not exist"),
            ));
        }
    }
    if !f.within_group.is_empty() || f.null_treatment.is_some() {
        return Err(PgError::unsupported(format!(
            "the window function call {f}"
        )));
    }
    let before = context.windows.borrow().len();
    let srf_before = context.set_functions.borrow().len();
    let (function, args, ty) = if aggregate::is_aggregate(name) && !is_window_function(name) {
        let call = aggregate::bind_call(scope, context, name, f)?;
        let (distinct, ordered) = call.distinct_or_ordered();
        if distinct {
            return Err(PgError::new(
                "0A000",
                "DISTINCT is not implemented for window functions",
            ));
        }
        if ordered {
            return Err(PgError::new(
                "0A000",
                "aggregate ORDER BY is not implemented for window functions",
            ));
        }
        let ty = call.ty().clone();
        (Function::Aggregate(call), Vec::new(), ty)
    } else {
        let args = arguments(scope, f)?;
        if f.filter.is_some() {
            return Err(PgError::new(
                "0A000",
                "FILTER is not implemented for non-aggregate window functions",
            ));
        }
        signature(scope, name, args)?
    };
    if context.windows.borrow().len() > before {
        return Err(PgError::new(
            "42P20",
            "window function calls cannot be nested",
        ));
    }
    if context.set_functions.borrow().len() > srf_before {
        return Err(PgError::new(
            "0A000",
            "window function calls cannot contain set-returning function calls",
        )
        .hint("You might be able to move the set-returning function into a LATERAL FROM item."));
    }
    let clause = context.clause.get();
    if clause != Clause::Target {
        let place = if clause == Clause::Window {
            "window definitions".to_string()
        } else {
            clause.name().to_string()
        };
        return Err(PgError::new(
            "42P20",
            format!("window functions are not allowed in {place}"),
        ));
    }
    let mut windows = context.windows.borrow_mut();
    let position = PLACEHOLDER_BASE + windows.len();
    windows.push(Pending {
        name: name.to_string(),
        function,
        args,
        over: over.clone(),
    });
    Ok(Expr {
        node: Node::Column(position, name.to_string()),
        ty,
    })
}

/// A non-aggregate window function's arguments, bound.
fn arguments(scope: &Scope, f: &ast::Function) -> Result<Vec<Expr>, PgError> {
    match &f.args {
        ast::FunctionArguments::None => Ok(Vec::new()),
        ast::FunctionArguments::List(list) => {
            if list.duplicate_treatment.is_some() || !list.clauses.is_empty() {
                return Err(PgError::unsupported(format!(
                    "the window function call {f}"
                )));
            }
            list.args
                .iter()
                .map(|a| match a {
                    ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(e)) => scope.bind(e),
                    other => Err(PgError::unsupported(format!(
                        "the window function argument `{other}`"
                    ))),
                })
                .collect()
        }
        ast::FunctionArguments::Subquery(_) => Err(PgError::unsupported(format!(
            "the window function call {f}"
        ))),
    }
}

/// The window function `name(args)` resolves to (`pg_proc`'s signatures), its
/// arguments cast as it takes them, and its result type.
fn signature(
    scope: &Scope,
    name: &str,
    mut args: Vec<Expr>,
) -> Result<(Function, Vec<Expr>, SqlType), PgError> {
    let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
    let none = || crate::builtins::no_function(name, &types);
    let integer = |e: Expr| -> Result<Expr, PgError> {
        match e.ty {
            SqlType::SmallInt | SqlType::Integer | SqlType::Unknown => {
                scope.coerce(e, &SqlType::Integer, CastContext::Implicit)
            }
            _ => Err(none()),
        }
    };
    // The polymorphic value argument: an unknown literal is text.
    let value = |e: Expr| -> Result<Expr, PgError> {
        if e.ty == SqlType::Unknown {
            scope.coerce(e, &SqlType::Text, CastContext::Implicit)
        } else {
            Ok(e)
        }
    };
    Ok(match (name, args.len()) {
        ("row_number", 0) => (Function::RowNumber, args, SqlType::BigInt),
        ("rank", 0) => (Function::Rank, args, SqlType::BigInt),
        ("dense_rank", 0) => (Function::DenseRank, args, SqlType::BigInt),
        ("percent_rank", 0) => (Function::PercentRank, args, SqlType::Double),
        ("cume_dist", 0) => (Function::CumeDist, args, SqlType::Double),
        ("ntile", 1) => {
            let n = integer(args.remove(0))?;
            (Function::Ntile, vec![n], SqlType::Integer)
        }
        ("lag" | "lead", 1..=3) => {
            let lead = name == "lead";
            let mut it = args.into_iter();
            let mut v = it.next().ok_or_else(none)?;
            let offset = it.next().map(integer).transpose()?;
            let mut default = it.next();
            if let Some(d) = default.take() {
                // lag(anycompatible, integer, anycompatible).
                let ty = scope.common_type(&[v.clone(), d.clone()], name)?;
                let ty = if ty == SqlType::Unknown {
                    SqlType::Text
                } else {
                    ty
                };
                v = scope.coerce(v, &ty, CastContext::Implicit)?;
                default = Some(scope.coerce(d, &ty, CastContext::Implicit)?);
            } else {
                v = value(v)?;
            }
            let ty = v.ty.clone();
            let offset = offset.unwrap_or(Expr::constant(Value::Int(1), SqlType::Integer));
            let mut args = vec![v, offset];
            args.extend(default);
            (Function::Shift(lead), args, ty)
        }
        ("first_value" | "last_value", 1) => {
            let v = value(args.remove(0))?;
            let ty = v.ty.clone();
            let f = if name == "first_value" {
                Function::FirstValue
            } else {
                Function::LastValue
            };
            (f, vec![v], ty)
        }
        ("nth_value", 2) => {
            let n = integer(args.remove(1))?;
            let v = value(args.remove(0))?;
            let ty = v.ty.clone();
            (Function::NthValue, vec![v, n], ty)
        }
        _ if is_window_function(name) => return Err(none()),
        _ => {
            return Err(PgError::unsupported(format!(
                "{name}(...) OVER: not a window function the engine computes"
            )))
        }
    })
}
