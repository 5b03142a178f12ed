//! Constant folding, as the planner's `eval_const_expressions` does it before any row
//! is read: a constant sub-expression is evaluated once, so its error (a division by
//! zero, an out-of-range cast) is raised even when no row qualifies.
//!
//! **Invariant:** only what PostgreSQL folds is folded: immutable functions and casts
//! (date/time casts to and from text read the session's settings: stable, not
//! folded), with PostgreSQL's short-circuits (AND/OR, CASE, COALESCE).

use super::functions::{Eval, Volatility};
use super::{Env, Expr, Node};
use crate::error::PgError;
use crate::types::{Category, SqlType};
use crate::value::Value;

/// Casts between date/time types and text depend on DateStyle/TimeZone: PostgreSQL
/// marks them stable, so the planner does not fold them.
pub(crate) fn is_stable_cast(from: &SqlType, to: &SqlType) -> bool {
    let datetime = |t: &SqlType| matches!(t.category(), Category::DateTime | Category::Timespan);
    let string = |t: &SqlType| matches!(t.category(), Category::String | Category::Unknown);
    let zone_shift = matches!(
        (from, to),
        (SqlType::Timestamp, SqlType::TimestampTz) | (SqlType::TimestampTz, SqlType::Timestamp)
    );
    (datetime(from) && string(to)) || (string(from) && datetime(to)) || zone_shift
}

impl Expr {
    /// The planner's constant folding (`eval_const_expressions`): evaluates every
    /// constant sub-expression once, before any row is read, so its errors are raised
    /// even when no row qualifies. Short-circuits as PostgreSQL does: AND/OR stop at a
    /// deciding constant, CASE skips arms whose condition is constant false,
    /// COALESCE stops at its first non-NULL constant. `Some` = the node is constant.
    pub fn fold(&self, env: &mut Env) -> Result<Option<Value>, PgError> {
        let all = |items: &[&Expr], env: &mut Env| -> Result<bool, PgError> {
            let mut constant = true;
            for e in items {
                constant &= e.fold(env)?.is_some();
            }
            Ok(constant)
        };
        let constant = match &self.node {
            Node::Const(v) => return Ok(Some(v.clone())),
            Node::Column(..) => return Ok(None),
            // A subquery is planned on its own (its constants folded there); its
            // value is never a constant.
            Node::SubLink(link) => {
                if let super::SubLinkKind::Quantified { left, .. } = &link.kind {
                    left.fold(env)?;
                }
                link.plan.fold(env)?;
                return Ok(None);
            }
            Node::Cast(e, _) if is_stable_cast(&e.ty, &self.ty) => {
                e.fold(env)?;
                false
            }
            Node::Cast(e, _)
            | Node::Neg(e)
            | Node::Not(e)
            | Node::IsNull(e, _)
            | Node::IsBool(e, ..)
            | Node::Distinct(e, _) => all(&[e], env)?,
            Node::Binary(_, l, r)
            | Node::Like(l, r, ..)
            | Node::Regex(l, r, ..)
            | Node::Quantified(_, l, r, _) => all(&[l, r], env)?,
            Node::Array(items) => all(&items.iter().collect::<Vec<_>>(), env)?,
            Node::Subscript(..) => all(&self.children(), env)?,
            Node::InList(e, items, _) => {
                let mut refs: Vec<&Expr> = vec![e];
                refs.extend(items.iter());
                all(&refs, env)?
            }
            Node::Logic(and, items) => {
                let mut constant = true;
                for item in items {
                    match item.fold(env)? {
                        Some(Value::Bool(b)) if b != *and => return Ok(Some(Value::Bool(b))),
                        Some(_) => {}
                        None => constant = false,
                    }
                }
                constant
            }
            Node::Case(whens, else_) => {
                for (cond, result) in whens {
                    match cond.fold(env)? {
                        Some(Value::Bool(true)) => return result.fold(env),
                        Some(_) => {}
                        None => {
                            result.fold(env)?;
                        }
                    }
                }
                if let Some(e) = else_ {
                    e.fold(env)?;
                }
                false
            }
            Node::Func(f, args) if matches!(f.eval, Eval::FirstNonNull) => {
                // Arguments are folded until a non-NULL constant; later ones are dropped.
                let mut constant = true;
                for a in args {
                    match a.fold(env)? {
                        Some(Value::Null) => {}
                        Some(v) if constant => return Ok(Some(v)),
                        Some(_) => break,
                        None => constant = false,
                    }
                }
                return Ok(if constant { Some(Value::Null) } else { None });
            }
            Node::Func(f, args) => {
                let refs: Vec<&Expr> = args.iter().collect();
                all(&refs, env)? && f.volatility == Volatility::Immutable
            }
            // `evaluate_function`: an IMMUTABLE function of constants is run once.
            Node::UserCall(call) => {
                if let Some(inlined) = &call.inlined {
                    return inlined.fold(env);
                }
                let refs: Vec<&Expr> = call.args.iter().collect();
                all(&refs, env)? && call.immutable
            }
        };
        if constant {
            self.eval(&[], env).map(Some)
        } else {
            Ok(None)
        }
    }
}
