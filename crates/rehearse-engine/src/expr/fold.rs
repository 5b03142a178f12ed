//! Constant folding, as the planner's `eval_const_expressions` does it before any row
//! is read: a constant sub-expression is evaluated once and replaced by its value, so
//! its error (a division by zero, an out-of-range cast) is raised even when no row
//! qualifies, and the rows then evaluate the simplified tree.
//!
//! **Invariant:** only what PostgreSQL folds is folded: immutable functions and casts
//! (date/time casts to and from text read the session's settings: stable, not
//! folded), with PostgreSQL's simplifications: AND/OR drop their constant arms and stop
//! at a deciding one (`x OR true` is true, `x` never evaluated), CASE drops arms whose
//! condition is constant false and ends at a constant true one, COALESCE drops NULL
//! constants and ends at a non-NULL one, and a strict operator or function with a
//! constant NULL argument is NULL (`evaluate_function`), its other arguments folded but
//! never evaluated. Only trees a statement evaluates are folded: stored expressions
//! (defaults, CHECKs, views) are folded on a fresh binding, so deparsing never sees a
//! folded tree.

use super::functions::{Eval, Volatility};
use super::{Env, Expr, Node, Op};
use crate::error::PgError;
use crate::types::{Category, SqlType};
use crate::value::Value;

/// Whether a cast calls a STABLE function, which the planner does not fold: an I/O
/// conversion (CoerceViaIO) through a STABLE output or input function (`pg_proc`:
/// the date, timestamp and interval texts read DateStyle/IntervalStyle/TimeZone, enum
/// labels are looked up, `array_in`/`array_out` call their element's functions; but
/// `time_out`/`timetz_out` are IMMUTABLE while `time_in`/`timetz_in` are STABLE), an
/// array cast as its element's, and the `pg_cast` functions that read TimeZone.
pub(crate) fn is_stable_cast(from: &SqlType, to: &SqlType) -> bool {
    use SqlType::{Array, Date, Enum, Interval, Time, TimeTz, Timestamp, TimestampTz};
    let string = |t: &SqlType| matches!(t.category(), Category::String | Category::Unknown);
    let stable_output = |t: &SqlType| {
        matches!(
            t,
            Date | Timestamp | TimestampTz | Interval | Enum(_) | Array(_)
        )
    };
    let stable_input = |t: &SqlType| {
        matches!(
            t,
            Date | Timestamp | TimestampTz | Time(_) | TimeTz(_) | Interval | Enum(_) | Array(_)
        )
    };
    match (from, to) {
        (Array(a), Array(b)) => is_stable_cast(a, b),
        _ if string(to) && !string(from) => stable_output(from),
        _ if string(from) && !string(to) => stable_input(to),
        _ => matches!(
            (from, to),
            (Date | Timestamp, TimestampTz)
                | (Time(_), TimeTz(_))
                | (TimestampTz, Date | Time(_) | Timestamp | TimeTz(_))
        ),
    }
}

/// Folds each expression in order; whether all are constant, and whether one is a
/// NULL constant (for a strict caller).
fn fold_all<'a>(
    items: impl IntoIterator<Item = &'a mut Expr>,
    env: &mut Env,
) -> Result<(bool, bool), PgError> {
    let (mut constant, mut null) = (true, false);
    for e in items {
        match e.fold(env)? {
            Some(Value::Null) => null = true,
            Some(_) => {}
            None => constant = false,
        }
    }
    Ok((constant, null))
}

/// What folding a node's children found.
enum Folded {
    /// The node is constant: evaluate it once.
    Constant,
    /// A strict node with a constant NULL argument: NULL, its arguments not evaluated.
    StrictNull,
    /// The node is evaluated per row.
    Variable,
    /// The node was replaced by a simplified one (already folded).
    Replaced,
}

impl Expr {
    /// The planner's constant folding (`eval_const_expressions`): evaluates every
    /// constant sub-expression once, before any row is read, and replaces it by its
    /// value, so its errors are raised even when no row qualifies. Simplifies as
    /// PostgreSQL does (see the module's invariant). `Some` = the node is constant
    /// (and is now a `Const`).
    pub fn fold(&mut self, env: &mut Env) -> Result<Option<Value>, PgError> {
        let folded = match &mut self.node {
            Node::Const(v) => return Ok(Some(v.clone())),
            Node::Column(..) => return Ok(None),
            // A subquery is planned on its own (its constants folded there); its
            // value is never a constant.
            Node::SubLink(link) => {
                if let super::SubLinkKind::Quantified { left, .. } = &mut link.kind {
                    left.fold(env)?;
                }
                link.plan.fold(env)?;
                return Ok(None);
            }
            Node::Cast(e, _) if is_stable_cast(&e.ty, &self.ty) => {
                strict(fold_all([&mut **e], env)?, false)
            }
            // Casts, `-x`: strict functions. NOT of a NULL constant is NULL too.
            Node::Cast(e, _) | Node::Neg(e) | Node::Not(e) => {
                strict(fold_all([&mut **e], env)?, true)
            }
            Node::IsNull(e, _) | Node::IsBool(e, ..) => plain(fold_all([&mut **e], env)?),
            // The `=` under IS DISTINCT FROM is evaluated by the node itself (never
            // NULL-strict): its operands fold, not the comparison.
            Node::Distinct(eq, _) => match &mut eq.node {
                Node::Binary(_, l, r) => plain(fold_all([&mut **l, &mut **r], env)?),
                _ => plain(fold_all([&mut **eq], env)?),
            },
            Node::Binary(op, l, r) => {
                // `||` on arrays (array_cat, array_append, array_prepend) is not strict.
                let is_strict = !(*op == Op::Concat && matches!(self.ty, SqlType::Array(_)));
                let found = fold_all([&mut **l, &mut **r], env)?;
                if let Some(replacement) = boolean_equality(*op, l, r, found) {
                    self.node = replacement.node;
                    return Ok(None);
                }
                if is_strict {
                    strict(found, true)
                } else {
                    plain(found)
                }
            }
            Node::Like(l, r, ..) | Node::Regex(l, r, ..) => {
                strict(fold_all([&mut **l, &mut **r], env)?, true)
            }
            Node::Quantified(_, l, r, _) => plain(fold_all([&mut **l, &mut **r], env)?),
            Node::Array(items) => plain(fold_all(items.iter_mut(), env)?),
            Node::Subscript(..) => plain(fold_all(self.children_mut(), env)?),
            Node::InList(e, items, _) => plain(fold_all(
                std::iter::once(&mut **e).chain(items.iter_mut()),
                env,
            )?),
            Node::Logic(and, items) => {
                let replacement = fold_logic(*and, std::mem::take(items), env)?;
                self.node = replacement.node;
                Folded::Replaced
            }
            Node::Case(whens, else_) => {
                let replacement = fold_case(std::mem::take(whens), else_.take(), &self.ty, env)?;
                self.node = replacement.node;
                Folded::Replaced
            }
            Node::Func(f, args) if matches!(f.eval, Eval::FirstNonNull) => {
                let replacement = fold_coalesce(std::mem::take(args), f, &self.ty, env)?;
                self.node = replacement.node;
                Folded::Replaced
            }
            Node::Func(f, args) => {
                let is_strict = matches!(f.eval, Eval::Strict(_));
                let found = fold_all(args.iter_mut(), env)?;
                let immutable = f.call_volatility(args) == Volatility::Immutable;
                match found {
                    (_, true) if is_strict => Folded::StrictNull,
                    (true, _) if immutable => Folded::Constant,
                    _ => Folded::Variable,
                }
            }
            // `evaluate_function`: an IMMUTABLE function of constants is run once.
            // An inlined LANGUAGE sql call folds as its body (`inline_function` runs
            // before `eval_const_expressions` simplifies); otherwise
            // `evaluate_function`: STRICT with a NULL constant argument is NULL, and
            // an IMMUTABLE function of constants is run once.
            Node::UserCall(call) => {
                if let Some(inlined) = &mut call.inlined {
                    if !env.before_collations {
                        return inlined.fold(env);
                    }
                    // simplify_function folds the caller's arguments first (with no
                    // collation yet); the body was analysed with its own collations.
                    for mut arg in call.args.clone() {
                        arg.fold(env)?;
                    }
                    env.before_collations = false;
                    let folded = inlined.fold(env);
                    env.before_collations = true;
                    return folded;
                }
                let (strict_call, immutable) = (call.strict, call.immutable);
                match fold_all(call.args.iter_mut(), env)? {
                    (_, true) if strict_call => Folded::StrictNull,
                    (true, _) if immutable => Folded::Constant,
                    _ => Folded::Variable,
                }
            }
        };
        match folded {
            Folded::Constant => {
                if env.before_collations {
                    super::collation::check(self, env)?;
                }
                let v = self.eval(&[], env)?;
                self.node = Node::Const(v.clone());
                Ok(Some(v))
            }
            Folded::StrictNull => {
                self.node = Node::Const(Value::Null);
                Ok(Some(Value::Null))
            }
            Folded::Variable => Ok(None),
            Folded::Replaced => Ok(self.node_value().cloned()),
        }
    }
}

/// A node that is constant when its children are (`foldable`: false for a stable cast),
/// NULL when one of them is a NULL constant (`null_in_null_out`: a strict function).
fn strict((constant, null): (bool, bool), foldable: bool) -> Folded {
    if null {
        Folded::StrictNull
    } else if constant && foldable {
        Folded::Constant
    } else {
        Folded::Variable
    }
}

/// A node that is constant when its children are.
fn plain((constant, _): (bool, bool)) -> Folded {
    if constant {
        Folded::Constant
    } else {
        Folded::Variable
    }
}

/// `simplify_boolean_equality`: `x = true` is `x`, `x = false` is `NOT x` (and `<>`
/// the other way round), for a variable `x` and a non-NULL constant on either side.
fn boolean_equality(
    op: Op,
    l: &mut Expr,
    r: &mut Expr,
    (constant, null): (bool, bool),
) -> Option<Expr> {
    if constant || null || !matches!(op, Op::Eq | Op::Ne) || l.ty != SqlType::Boolean {
        return None;
    }
    let (value, other) = match (&l.node, &r.node) {
        (Node::Const(Value::Bool(b)), _) => (*b, r),
        (_, Node::Const(Value::Bool(b))) => (*b, l),
        _ => return None,
    };
    let other = std::mem::replace(other, bool_const(Value::Null));
    Some(if value == (op == Op::Eq) {
        other
    } else {
        Expr::new(Node::Not(Box::new(other)), SqlType::Boolean)
    })
}

/// `simplify_and_arguments` / `simplify_or_arguments`: arms fold in order; a deciding
/// constant (false for AND, true for OR) ends the fold (later arms are never folded)
/// and is the value; other constant arms are dropped, a NULL one kept once, last.
/// One variable arm left alone is the expression.
fn fold_logic(and: bool, items: Vec<Expr>, env: &mut Env) -> Result<Expr, PgError> {
    let (mut kept, mut null) = (Vec::new(), false);
    for mut item in items {
        match item.fold(env)? {
            Some(Value::Bool(b)) if b != and => return Ok(bool_const(Value::Bool(b))),
            Some(Value::Bool(_)) => {}
            Some(_) => null = true,
            None => kept.push(item),
        }
    }
    if kept.is_empty() {
        return Ok(bool_const(if null {
            Value::Null
        } else {
            Value::Bool(and)
        }));
    }
    if null {
        kept.push(bool_const(Value::Null));
    }
    Ok(if kept.len() == 1 {
        kept.remove(0)
    } else {
        Expr::new(Node::Logic(and, kept), SqlType::Boolean)
    })
}

fn bool_const(v: Value) -> Expr {
    Expr::constant(v, SqlType::Boolean)
}

/// CASE as `eval_const_expressions` simplifies it: a WHEN whose condition folds to
/// false or NULL is dropped (its result never folded); one that folds to true ends the
/// list and its result becomes the ELSE (later arms never folded); with no WHEN left,
/// the CASE is its ELSE (NULL without one).
fn fold_case(
    whens: Vec<(Expr, Expr)>,
    else_: Option<Box<Expr>>,
    ty: &SqlType,
    env: &mut Env,
) -> Result<Expr, PgError> {
    let mut kept = Vec::new();
    let mut default = None;
    for (mut cond, mut result) in whens {
        match cond.fold(env)? {
            Some(Value::Bool(true)) => {
                result.fold(env)?;
                default = Some(result);
                break;
            }
            Some(_) => continue,
            None => {
                result.fold(env)?;
                kept.push((cond, result));
            }
        }
    }
    let mut default = match default {
        Some(d) => d,
        None => match else_ {
            Some(mut e) => {
                e.fold(env)?;
                *e
            }
            None => Expr::constant(Value::Null, ty.clone()),
        },
    };
    if kept.is_empty() {
        // The ELSE's type is the CASE's (the binder cast every result to it).
        default.ty = ty.clone();
        return Ok(default);
    }
    Ok(Expr::new(
        Node::Case(kept, Some(Box::new(default))),
        ty.clone(),
    ))
}

/// COALESCE: NULL constants are dropped; a non-NULL constant is the value when it comes
/// first, else the last argument kept (the ones after it are never folded).
fn fold_coalesce(
    args: Vec<Expr>,
    f: &'static super::Function,
    ty: &SqlType,
    env: &mut Env,
) -> Result<Expr, PgError> {
    let mut kept = Vec::new();
    for mut a in args {
        match a.fold(env)? {
            Some(Value::Null) => {}
            Some(_) if kept.is_empty() => return Ok(a),
            Some(_) => {
                kept.push(a);
                break;
            }
            None => kept.push(a),
        }
    }
    Ok(match kept.len() {
        0 => Expr::constant(Value::Null, ty.clone()),
        _ => Expr::new(Node::Func(f, kept), ty.clone()),
    })
}
