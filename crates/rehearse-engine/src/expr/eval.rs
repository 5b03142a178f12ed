//! Evaluation of a bound tree against one row, with SQL's three-valued logic.
//!
//! **Invariant:** nothing is resolved here: the binder chose every operator, function and
//! cast, so evaluation raises only PostgreSQL's run-time errors (division by zero,
//! overflow, a value that does not convert).

use super::arithmetic::binary;
use super::functions;
use super::like::like;
use super::{Env, Expr, Node};
use crate::cast::convert;
use crate::error::PgError;
use crate::types::SqlType;
use crate::value::{check_int, Value};

impl Expr {
    /// Evaluates against one row.
    pub fn eval(&self, row: &[Value], env: &mut Env) -> Result<Value, PgError> {
        Ok(match &self.node {
            Node::Const(v) => v.clone(),
            Node::Column(i, _) => row.get(*i).cloned().unwrap_or(Value::Null),
            Node::Cast(inner, explicit) => {
                let v = inner.eval(row, env)?;
                let enums = env.enums;
                convert(&v, &inner.ty, &self.ty, *explicit, &|n: &str| {
                    enums.get(n).cloned()
                })?
            }
            Node::Neg(inner) => match inner.eval(row, env)? {
                Value::Null => Value::Null,
                Value::Int(i) => Value::Int(check_int(-(i as i128), &self.ty)?),
                Value::Numeric(d) => Value::Numeric(-d),
                Value::Float(f) => Value::Float(-f),
                Value::Interval(i) => Value::Interval(i.negate()),
                other => other,
            },
            Node::Not(inner) => match truth(&inner.eval(row, env)?) {
                Some(b) => Value::Bool(!b),
                None => Value::Null,
            },
            Node::Logic(and, items) => {
                let mut saw_null = false;
                for item in items {
                    match truth(&item.eval(row, env)?) {
                        Some(b) if b != *and => return Ok(Value::Bool(b)),
                        Some(_) => {}
                        None => saw_null = true,
                    }
                }
                if saw_null {
                    Value::Null
                } else {
                    Value::Bool(*and)
                }
            }
            Node::IsNull(inner, negated) => {
                Value::Bool(inner.eval(row, env)?.is_null() != *negated)
            }
            Node::Distinct(eq, not_distinct) => {
                let Node::Binary(_, l, r) = &eq.node else {
                    return Ok(Value::Null);
                };
                let (a, b) = (l.eval(row, env)?, r.eval(row, env)?);
                let same = match (a.is_null(), b.is_null()) {
                    (true, true) => true,
                    (false, false) => eq.eval(row, env)? == Value::Bool(true),
                    _ => false,
                };
                Value::Bool(same == *not_distinct)
            }
            Node::IsBool(inner, tested, negated) => {
                let v = truth(&inner.eval(row, env)?);
                Value::Bool((v == Some(*tested)) != *negated)
            }
            // Over a citext left side the extension's operators match case-
            // insensitively whatever the spelling (see operators::pattern_match).
            Node::Like(e, p, negated, ci) => match (e.eval(row, env)?, p.eval(row, env)?) {
                (Value::Text(s), Value::Text(pat)) => {
                    let ci = *ci || e.ty == SqlType::Citext;
                    Value::Bool(like(&s, &pat, ci)? != *negated)
                }
                _ => Value::Null,
            },
            Node::Regex(e, p, negated, ci) => match (e.eval(row, env)?, p.eval(row, env)?) {
                (Value::Text(s), Value::Text(pat)) => {
                    let ci = *ci || e.ty == SqlType::Citext;
                    Value::Bool(crate::regex::matches(&s, &pat, ci)? != *negated)
                }
                _ => Value::Null,
            },
            Node::InList(e, list, negated) => {
                let v = e.eval(row, env)?;
                if v.is_null() {
                    return Ok(Value::Null);
                }
                // The list's type's equality (citext's folds case).
                let equality = crate::key_equality::KeyEquality::of(&e.ty);
                let mut saw_null = false;
                for item in list {
                    let candidate = item.eval(row, env)?;
                    if candidate.is_null() {
                        saw_null = true;
                    } else if equality.equal(&v, &candidate) {
                        return Ok(Value::Bool(!negated));
                    }
                }
                if saw_null {
                    Value::Null
                } else {
                    Value::Bool(*negated)
                }
            }
            Node::Case(whens, else_) => {
                for (cond, result) in whens {
                    if truth(&cond.eval(row, env)?) == Some(true) {
                        return result.eval(row, env);
                    }
                }
                match else_ {
                    Some(e) => e.eval(row, env)?,
                    None => Value::Null,
                }
            }
            Node::Binary(op, l, r) => {
                let (a, b) = (l.eval(row, env)?, r.eval(row, env)?);
                if *op == super::Op::Concat && matches!(self.ty, SqlType::Array(_)) {
                    return super::containers::array_concat(&a, &b, &l.ty, &r.ty);
                }
                if let (SqlType::Enum(name), Value::Text(x), Value::Text(y)) = (&l.ty, &a, &b) {
                    // Enums order by label position, not alphabetically.
                    let labels = env.enums.get(name).cloned().unwrap_or_default();
                    let pos = |v: &str| labels.iter().position(|l| l == v);
                    return binary(
                        *op,
                        &Value::Int(pos(x).unwrap_or(0) as i64),
                        &Value::Int(pos(y).unwrap_or(0) as i64),
                        &SqlType::Integer,
                        &self.ty,
                    );
                }
                binary(*op, &a, &b, &l.ty, &self.ty)?
            }
            Node::Func(f, args) => functions::evaluate(f, args, &self.ty, row, env)?,
            Node::SubLink(link) => link.eval(row, env)?,
            Node::UserCall(call) => call.eval(row, env)?,
            Node::Subscript(base, brackets) => {
                super::subscript::evaluate(base, brackets, row, env)?
            }
            Node::Quantified(op, l, r, all) => {
                let (x, array) = (l.eval(row, env)?, r.eval(row, env)?);
                let Value::Array(array) = array else {
                    return Ok(Value::Null);
                };
                // An empty array decides alone, even for a NULL left side.
                if array.elements().is_empty() {
                    return Ok(Value::Bool(*all));
                }
                if x.is_null() {
                    return Ok(Value::Null);
                }
                let mut saw_null = false;
                for e in array.elements() {
                    match binary(*op, &x, e, &l.ty, &SqlType::Boolean)? {
                        Value::Bool(b) if b != *all => return Ok(Value::Bool(b)),
                        Value::Bool(_) => {}
                        _ => saw_null = true,
                    }
                }
                if saw_null {
                    Value::Null
                } else {
                    Value::Bool(*all)
                }
            }
            Node::Array(items) => {
                let values = items
                    .iter()
                    .map(|e| e.eval(row, env))
                    .collect::<Result<Vec<_>, _>>()?;
                Value::Array(Box::new(crate::value::array::Array::from_elements(values)))
            }
        })
    }
}

/// A boolean's truth value; NULL (or anything else) is unknown.
pub(super) fn truth(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        _ => None,
    }
}
