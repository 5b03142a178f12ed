//! The json, jsonb and array operators: `->`, `->>`, `#>`, `#>>`, `@>`, `<@`, `?`,
//! `?|`, `?&`, `-`, `#-`, `&&`, array `||` and the jsonb btree comparisons; how each
//! binds (the operand types `pg_operator` has, an unknown literal taking the type
//! PostgreSQL's resolution gives it) and what it computes (`crate::jsonb`).
//!
//! `json` (text kept as written) has only `->`/`->>` here (`json_source` finds the
//! member's own text); its `#>`, `#>>` are refused.

use super::{Expr, Node, Op, Scope};
use crate::builtins;
use crate::error::PgError;
use crate::json::Json;
use crate::jsonb;
use crate::types::{CastContext, SqlType};
use crate::value::array::Array;
use crate::value::Value;
use std::cmp::Ordering;

/// A bound operator, or the operands back for the general rules.
type Resolution = Result<Expr, (Expr, Expr)>;

fn text_array() -> SqlType {
    SqlType::Array(Box::new(SqlType::Text))
}

impl Scope<'_> {
    /// Binds `l op r` when it is a json, jsonb or array operator; else hands the
    /// operands back.
    pub(super) fn container_operator(
        &self,
        op: Op,
        l: Expr,
        r: Expr,
    ) -> Result<Resolution, PgError> {
        let json_side = matches!(l.ty, SqlType::Json | SqlType::Jsonb);
        let array_side = |e: &Expr| matches!(e.ty, SqlType::Array(_));
        match op {
            Op::JsonGet
            | Op::JsonGetText
            | Op::JsonPath
            | Op::JsonPathText
            | Op::KeyExists
            | Op::AnyKeyExists
            | Op::AllKeysExist
            | Op::DeletePath
                if json_side =>
            {
                self.json_operator(op, l, r).map(Ok)
            }
            Op::Sub if l.ty == SqlType::Jsonb => self.json_operator(op, l, r).map(Ok),
            Op::Contains | Op::ContainedBy if l.ty == SqlType::Jsonb || r.ty == SqlType::Jsonb => {
                let undefined = || builtins::no_operator(Some(&l.ty), op.symbol(), &r.ty);
                let side = |e: Expr| match e.ty {
                    SqlType::Jsonb => Ok(e),
                    SqlType::Unknown => self.coerce(e, &SqlType::Jsonb, CastContext::Implicit),
                    _ => Err(undefined()),
                };
                let (l, r) = (side(l.clone())?, side(r.clone())?);
                Ok(Ok(binary(op, l, r, SqlType::Boolean)))
            }
            Op::Contains | Op::ContainedBy | Op::Overlap if array_side(&l) || array_side(&r) => {
                let (l, r) = self.same_arrays(op, l, r)?;
                Ok(Ok(binary(op, l, r, SqlType::Boolean)))
            }
            Op::Concat if (array_side(&l) || array_side(&r)) => self.array_concat(l, r).map(Ok),
            op if op.is_comparison() && l.ty == SqlType::Jsonb && r.ty == SqlType::Jsonb => {
                Ok(Ok(binary(op, l, r, SqlType::Boolean)))
            }
            // The other operand types have none of these operators (or ones the engine
            // does not have: `builtins` tells which).
            Op::JsonGet
            | Op::JsonGetText
            | Op::JsonPath
            | Op::JsonPathText
            | Op::KeyExists
            | Op::AnyKeyExists
            | Op::AllKeysExist
            | Op::DeletePath
            | Op::Contains
            | Op::ContainedBy
            | Op::Overlap => Err(builtins::no_operator(Some(&l.ty), op.symbol(), &r.ty)),
            _ => Ok(Err((l, r))),
        }
    }

    fn json_operator(&self, op: Op, l: Expr, r: Expr) -> Result<Expr, PgError> {
        let undefined = |r: &Expr| builtins::no_operator(Some(&l.ty), op.symbol(), &r.ty);
        // An unknown literal is read as the operand type (its input errors are
        // PostgreSQL's); a typed operand that does not cast has no operator.
        let operand = |r: Expr, ty: &SqlType| {
            if r.ty == SqlType::Unknown {
                self.coerce(r, ty, CastContext::Implicit)
            } else {
                self.coerce(r.clone(), ty, CastContext::Implicit)
                    .map_err(|_| undefined(&r))
            }
        };
        let json = l.ty.clone();
        // json has only the access operators (`?`, `-`, `#-` are jsonb's).
        if json == SqlType::Json
            && !matches!(
                op,
                Op::JsonGet | Op::JsonGetText | Op::JsonPath | Op::JsonPathText
            )
        {
            return Err(undefined(&r));
        }
        let r = match op {
            // text or integer (an unknown literal is text, the preferred type).
            Op::JsonGet | Op::JsonGetText | Op::Sub => match &r.ty {
                SqlType::Unknown => self.coerce(r, &SqlType::Text, CastContext::Implicit)?,
                t if t.is_integer() && *t != SqlType::BigInt => {
                    self.coerce(r, &SqlType::Integer, CastContext::Implicit)?
                }
                SqlType::Array(_) if op == Op::Sub => operand(r, &text_array())?,
                _ => operand(r, &SqlType::Text)?,
            },
            Op::KeyExists => operand(r, &SqlType::Text)?,
            _ => operand(r, &text_array())?,
        };
        let ty = match op {
            Op::JsonGetText | Op::JsonPathText => SqlType::Text,
            Op::KeyExists | Op::AnyKeyExists | Op::AllKeysExist => SqlType::Boolean,
            _ => json,
        };
        Ok(binary(op, l, r, ty))
    }

    /// The two sides of an `anyarray` operator: one array type (an unknown literal
    /// takes the other side's); differing element types are refused.
    fn same_arrays(&self, op: Op, l: Expr, r: Expr) -> Result<(Expr, Expr), PgError> {
        let (l, r) = match (&l.ty, &r.ty) {
            (SqlType::Unknown, t) => (
                self.coerce(l, &t.without_typmod(), CastContext::Implicit)?,
                r,
            ),
            (t, SqlType::Unknown) => {
                let t = t.without_typmod();
                (l, self.coerce(r, &t, CastContext::Implicit)?)
            }
            _ => (l, r),
        };
        match (&l.ty, &r.ty) {
            (SqlType::Array(a), SqlType::Array(b)) if a.without_typmod() == b.without_typmod() => {
                Ok((l, r))
            }
            (SqlType::Array(_), SqlType::Array(_)) => Err(PgError::unsupported(format!(
                "the operator {} {} {}",
                l.ty.format(),
                op.symbol(),
                r.ty.format()
            ))),
            _ => Err(builtins::no_operator(Some(&l.ty), op.symbol(), &r.ty)),
        }
    }

    /// `anycompatiblearray || anycompatible`, the reverse, and two arrays: an unknown
    /// literal beside an array is an array literal. Element types must agree (apart
    /// from modifiers); other mixes are refused.
    fn array_concat(&self, l: Expr, r: Expr) -> Result<Expr, PgError> {
        let element = |t: &SqlType| match t {
            SqlType::Array(e) => Some(e.without_typmod()),
            _ => None,
        };
        // Element type: the array's; text and varchar elements resolve to text
        // (`select_common_type` over the string category's preferred type).
        let base = |t: &SqlType| element(t).unwrap_or_else(|| t.without_typmod());
        let plain_string = |t: &SqlType| matches!(t, SqlType::Text | SqlType::Varchar(_));
        let (lb, rb) = (base(&l.ty), base(&r.ty));
        let array_ty = if lb != rb && plain_string(&lb) && plain_string(&rb) {
            text_array()
        } else {
            element(&l.ty)
                .or_else(|| element(&r.ty))
                .map(|e| SqlType::Array(Box::new(e)))
                .unwrap_or_else(text_array)
        };
        let SqlType::Array(elem) = &array_ty else {
            return Err(PgError::unsupported("array concatenation"));
        };
        let refused = |l: &Expr, r: &Expr| {
            PgError::unsupported(format!(
                "the operator {} || {}",
                l.ty.format(),
                r.ty.format()
            ))
        };
        let side = |e: Expr, other: &Expr| -> Result<Expr, PgError> {
            match &e.ty {
                SqlType::Unknown => self.coerce(e, &array_ty, CastContext::Implicit),
                SqlType::Array(x)
                    if x.without_typmod() == **elem
                        || (**elem == SqlType::Text && plain_string(x)) =>
                {
                    self.coerce(e, &array_ty, CastContext::Implicit)
                }
                t if t.without_typmod() == **elem => Ok(e),
                t if **elem == SqlType::Text && plain_string(t) => {
                    self.coerce(e, &SqlType::Text, CastContext::Implicit)
                }
                _ => Err(refused(&e, other)),
            }
        };
        let l2 = side(l.clone(), &r)?;
        let r2 = side(r, &l)?;
        Ok(binary(Op::Concat, l2, r2, array_ty))
    }
}

fn binary(op: Op, l: Expr, r: Expr, ty: SqlType) -> Expr {
    Expr::new(Node::Binary(op, Box::new(l), Box::new(r)), ty)
}

/// What `a op b` computes when it is one of this module's operators (`None`: not
/// one); array `||` sees NULL operands, the others are strict.
pub(crate) fn evaluate(
    op: Op,
    a: &Value,
    b: &Value,
    operand_ty: &SqlType,
    result_ty: &SqlType,
) -> Result<Option<Value>, PgError> {
    if op == Op::Concat && matches!(result_ty, SqlType::Array(_)) {
        // Evaluated by `array_concat`, which knows which side is the array.
        return Ok(None);
    }
    let mine = match op {
        Op::JsonGet
        | Op::JsonGetText
        | Op::JsonPath
        | Op::JsonPathText
        | Op::KeyExists
        | Op::AnyKeyExists
        | Op::AllKeysExist
        | Op::DeletePath
        | Op::Contains
        | Op::ContainedBy
        | Op::Overlap => true,
        Op::Sub => *operand_ty == SqlType::Jsonb,
        op => op.is_comparison() && *operand_ty == SqlType::Jsonb,
    };
    if !mine {
        return Ok(None);
    }
    if a.is_null() || b.is_null() {
        return Ok(Some(Value::Null));
    }
    if let (Value::Array(x), Value::Array(y)) = (a, b) {
        return Ok(Some(Value::Bool(match op {
            Op::Contains => array_contains(x, y),
            Op::ContainedBy => array_contains(y, x),
            _ => x
                .elements()
                .iter()
                .any(|e| !e.is_null() && y.elements().iter().any(|f| e.same_key(f))),
        })));
    }
    let Value::Text(text) = a else {
        return Ok(Some(Value::Null));
    };
    if *operand_ty == SqlType::Json {
        return json_access(op, text, b).map(Some);
    }
    let value = jsonb::read(text)?;
    let stored = |j: Json| Value::Text(jsonb::text(&j));
    let found = |j: Option<&Json>, as_text: bool| match j {
        None => Value::Null,
        Some(j) if as_text => jsonb::as_text(j).map_or(Value::Null, Value::Text),
        Some(j) => stored(j.clone()),
    };
    Ok(Some(match (op, b) {
        (Op::JsonGet | Op::JsonGetText, Value::Text(key)) => {
            found(jsonb::field(&value, key), op == Op::JsonGetText)
        }
        (Op::JsonGet | Op::JsonGetText, Value::Int(i)) => {
            // A top-level scalar is stored as a one-element array, and reads as one.
            let raw = match &value {
                Json::Array(_) | Json::Object(_) => None,
                scalar => Some(Json::Array(vec![scalar.clone()])),
            };
            found(
                jsonb::element(raw.as_ref().unwrap_or(&value), *i),
                op == Op::JsonGetText,
            )
        }
        (Op::JsonPath | Op::JsonPathText, Value::Array(path)) => {
            let path = strings(path);
            found(jsonb::at_path(&value, &path), op == Op::JsonPathText)
        }
        (Op::KeyExists, Value::Text(key)) => Value::Bool(jsonb::has_key(&value, key)),
        (Op::AnyKeyExists | Op::AllKeysExist, Value::Array(keys)) => {
            let keys: Vec<String> = strings(keys).into_iter().flatten().collect();
            let mut present = keys.iter().map(|k| jsonb::has_key(&value, k));
            Value::Bool(if op == Op::AnyKeyExists {
                present.any(|p| p)
            } else {
                present.all(|p| p)
            })
        }
        (Op::Contains | Op::ContainedBy, Value::Text(other)) => {
            let other = jsonb::read(other)?;
            Value::Bool(if op == Op::Contains {
                jsonb::contains(&value, &other)
            } else {
                jsonb::contains(&other, &value)
            })
        }
        (Op::Sub, Value::Text(key)) => stored(jsonb::delete_key(value, key)?),
        (Op::Sub, Value::Int(i)) => stored(jsonb::delete_index(value, *i)?),
        (Op::Sub, Value::Array(keys)) => {
            let keys = strings(keys);
            let keys: Vec<&str> = keys.iter().flatten().map(String::as_str).collect();
            stored(jsonb::delete_keys(value, &keys)?)
        }
        (Op::DeletePath, Value::Array(path)) => {
            let path = strings(path);
            stored(jsonb::delete_path(value, &path)?)
        }
        (op, Value::Text(other)) if op.is_comparison() => {
            let order = jsonb::compare_top(&value, &jsonb::read(other)?);
            Value::Bool(match op {
                Op::Eq => order.is_eq(),
                Op::Ne => order.is_ne(),
                Op::Lt => order.is_lt(),
                Op::Le => order.is_le(),
                Op::Gt => order.is_gt(),
                _ => order.is_ge(),
            })
        }
        _ => Value::Null,
    }))
}

/// A text array's elements, NULL ones as `None`.
pub(crate) fn strings(array: &Array) -> Vec<Option<String>> {
    array
        .elements()
        .iter()
        .map(|e| match e {
            Value::Text(s) => Some(s.clone()),
            _ => None,
        })
        .collect()
}

/// The jsonb btree order of two stored values (ORDER BY, `=`, `<`).
pub(crate) fn jsonb_order(a: &Value, b: &Value) -> Option<Ordering> {
    let (Value::Text(x), Value::Text(y)) = (a, b) else {
        return None;
    };
    let (x, y) = (jsonb::read(x).ok()?, jsonb::read(y).ok()?);
    Some(jsonb::compare_top(&x, &y))
}

/// `json -> key|index` (the member's text as written) and `->>` (a string member
/// decoded, `null` as SQL NULL).
fn json_access(op: Op, text: &str, b: &Value) -> Result<Value, PgError> {
    if let Value::Array(path) = b {
        // `#>` / `#>>`: `json_elements`'s path walk.
        let text_result = op == Op::JsonPathText;
        return crate::expr::functions::json_elements::extract(text, &strings(path), text_result);
    }
    let found = match b {
        Value::Text(key) => crate::json_source::field(text, key),
        Value::Int(i) => crate::json_source::element(text, *i),
        _ => None,
    };
    let Some(found) = found else {
        return Ok(Value::Null);
    };
    if op == Op::JsonGet {
        return Ok(Value::Text(found.to_string()));
    }
    Ok(match crate::json::parse(found, true)? {
        Json::Null => Value::Null,
        Json::Str(s) => Value::Text(s),
        _ => Value::Text(found.to_string()),
    })
}

/// `anyarray @> anyarray`: every non-NULL element of `b` is in `a` (a NULL element of
/// `b` is never contained).
fn array_contains(a: &Array, b: &Array) -> bool {
    b.elements()
        .iter()
        .all(|e| !e.is_null() && a.elements().iter().any(|f| e.same_key(f)))
}

/// `array || element`, `element || array`, `array || array` (one-dimensional); a
/// NULL array counts as empty, a NULL element is one.
pub(crate) fn array_concat(
    a: &Value,
    b: &Value,
    a_ty: &SqlType,
    b_ty: &SqlType,
) -> Result<Value, PgError> {
    let dims = |v: &Value| match v {
        Value::Array(x) => x.dims().len(),
        _ => 0,
    };
    if dims(a) > 1 || dims(b) > 1 {
        return Err(PgError::unsupported("|| with a multidimensional array"));
    }
    let mut elements = Vec::new();
    for (v, ty) in [(a, a_ty), (b, b_ty)] {
        match (v, ty) {
            (Value::Array(x), _) => elements.extend(x.elements().iter().cloned()),
            (Value::Null, SqlType::Array(_)) => {}
            (other, _) => elements.push(other.clone()),
        }
    }
    Ok(Value::Array(Box::new(Array::from_elements(elements))))
}
