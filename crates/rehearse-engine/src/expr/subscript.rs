//! Array subscripts: `a[i]`, `a[i][j]` (one index a dimension) and the one-dimensional
//! slice `a[lo:hi]` (either bound omitted), as `transformContainerSubscripts` binds
//! them and `array_get_element` / `array_get_slice` evaluate them.
//!
//! Indexes are integers (an unknown literal is read as one); an element access with
//! fewer or more indexes than the array has dimensions, or out of range, is NULL.
//! Slices of multidimensional arrays, and slices mixed with indexes, are refused.

use super::{Env, Expr, Node, Scope};
use crate::error::PgError;
use crate::types::{CastContext, SqlType};
use crate::value::array::Array;
use crate::value::Value;
use sqlparser::ast;

/// One bracket of a subscript.
#[derive(Debug, Clone)]
pub enum Subscript {
    /// `[i]`.
    Index(Expr),
    /// `[lo:hi]`, either bound omitted.
    Slice(Option<Expr>, Option<Expr>),
}

impl Subscript {
    /// The expressions inside the bracket.
    pub(crate) fn exprs(&self) -> Vec<&Expr> {
        match self {
            Subscript::Index(e) => vec![e],
            Subscript::Slice(lo, hi) => lo.iter().chain(hi.iter()).collect(),
        }
    }

    /// The expressions inside the bracket, mutably.
    pub(crate) fn exprs_mut(&mut self) -> Vec<&mut Expr> {
        match self {
            Subscript::Index(e) => vec![e],
            Subscript::Slice(lo, hi) => lo.iter_mut().chain(hi.iter_mut()).collect(),
        }
    }
}

impl Scope<'_> {
    /// Binds `expr[...]...` (sqlparser nests one bracket a level).
    pub(super) fn subscript(&self, e: &ast::Expr) -> Result<Expr, PgError> {
        let mut brackets = Vec::new();
        let mut base = e;
        while let ast::Expr::Subscript { expr, subscript } = base {
            brackets.push(&**subscript);
            base = expr;
        }
        brackets.reverse();
        let base = self.bind(base)?;
        let SqlType::Array(element) = &base.ty else {
            return Err(PgError::new(
                "42804",
                format!(
                    "cannot subscript type {} because it does not support subscripting",
                    base.ty.format()
                ),
            ));
        };
        let element = (**element).clone();
        let index = |e: &ast::Expr| -> Result<Expr, PgError> {
            let bound = self.bind(e)?;
            // Other numbers are cast by assignment (rounded): not simulated.
            if bound.ty.category() == crate::types::Category::Numeric && !bound.ty.is_integer() {
                return Err(PgError::unsupported(format!(
                    "an array subscript of type {}",
                    bound.ty.format()
                )));
            }
            if bound.ty != SqlType::Unknown && !bound.ty.is_integer() {
                return Err(PgError::new(
                    "42804",
                    "array subscript must have type integer",
                ));
            }
            if bound.ty == SqlType::BigInt {
                return Err(PgError::unsupported("a bigint array subscript"));
            }
            self.coerce(bound, &SqlType::Integer, CastContext::Implicit)
        };
        let mut bound = Vec::new();
        for b in &brackets {
            bound.push(match b {
                ast::Subscript::Index { index: i } => Subscript::Index(index(i)?),
                ast::Subscript::Slice {
                    lower_bound,
                    upper_bound,
                    stride: None,
                } => Subscript::Slice(
                    lower_bound.as_ref().map(&index).transpose()?,
                    upper_bound.as_ref().map(&index).transpose()?,
                ),
                other => return Err(PgError::unsupported(format!("the subscript [{other}]"))),
            });
        }
        let slices = bound
            .iter()
            .filter(|s| matches!(s, Subscript::Slice(..)))
            .count();
        let ty = match slices {
            0 => element,
            _ if bound.len() == 1 => base.ty.clone(),
            _ => return Err(PgError::unsupported("multidimensional array slices")),
        };
        Ok(Expr::new(Node::Subscript(Box::new(base), bound), ty))
    }
}

/// Evaluates `base[...]` against one row.
pub(super) fn evaluate(
    base: &Expr,
    brackets: &[Subscript],
    row: &[Value],
    env: &mut Env,
) -> Result<Value, PgError> {
    let array = base.eval(row, env)?;
    let mut int = |e: &Expr| -> Result<Option<i64>, PgError> {
        Ok(match e.eval(row, env)? {
            Value::Int(i) => Some(i),
            _ => None,
        })
    };
    match brackets {
        [Subscript::Slice(lo, hi)] => {
            let lo = match lo {
                Some(e) => match int(e)? {
                    Some(i) => Some(i),
                    None => return Ok(Value::Null),
                },
                None => None,
            };
            let hi = match hi {
                Some(e) => match int(e)? {
                    Some(i) => Some(i),
                    None => return Ok(Value::Null),
                },
                None => None,
            };
            let Value::Array(array) = array else {
                return Ok(Value::Null);
            };
            if array.dims().len() > 1 {
                return Err(PgError::unsupported("a slice of a multidimensional array"));
            }
            let n = array.elements().len() as i64;
            let lo = lo.unwrap_or(1).max(1);
            let hi = hi.unwrap_or(n).min(n);
            let elements = if lo > hi {
                Vec::new()
            } else {
                array.elements()[(lo - 1) as usize..hi as usize].to_vec()
            };
            Ok(Value::Array(Box::new(Array::from_elements(elements))))
        }
        _ => {
            let mut indexes = Vec::new();
            for b in brackets {
                let Subscript::Index(e) = b else {
                    return Ok(Value::Null);
                };
                match int(e)? {
                    Some(i) => indexes.push(i),
                    None => return Ok(Value::Null),
                }
            }
            let Value::Array(array) = array else {
                return Ok(Value::Null);
            };
            let dims = array.dims();
            if dims.len() != indexes.len() {
                return Ok(Value::Null);
            }
            let mut offset = 0usize;
            for (i, (&index, &len)) in indexes.iter().zip(dims).enumerate() {
                if index < 1 || index as u64 > len as u64 {
                    return Ok(Value::Null);
                }
                let stride: usize = dims[i + 1..].iter().product();
                offset += (index as usize - 1) * stride;
            }
            Ok(array.elements().get(offset).cloned().unwrap_or(Value::Null))
        }
    }
}

/// `ruleutils.c`'s text: the base (in parentheses unless a column), then the brackets.
pub(crate) fn deparse(
    base: &Expr,
    brackets: &[Subscript],
    each: &dyn Fn(&Expr) -> String,
) -> String {
    let mut out = match base.node {
        Node::Column(..) => each(base),
        _ => format!("({})", each(base)),
    };
    for b in brackets {
        match b {
            Subscript::Index(e) => out.push_str(&format!("[{}]", each(e))),
            Subscript::Slice(lo, hi) => out.push_str(&format!(
                "[{}:{}]",
                lo.as_ref().map(each).unwrap_or_default(),
                hi.as_ref().map(each).unwrap_or_default()
            )),
        }
    }
    out
}
