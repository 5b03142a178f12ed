//! Coercion: casting a bound expression to the type its context needs, and choosing
//! the common type of several (`select_common_type`).
//!
//! Unknown-typed literals (`'abc'`, `NULL`) take their type here; their input is
//! converted at once, so a bad literal is an error at binding time, as in PostgreSQL,
//! even when no row is read.
//!
//! **Invariant:** a cast is allowed only in the contexts `pg_cast` allows it
//! ([`SqlType::cast_context`]); an implicit coercion that is not allowed is
//! PostgreSQL's 42804, an explicit one 42846.

use super::{Expr, Node, Scope};
use crate::builtins;
use crate::cast::convert;
use crate::error::PgError;
use crate::types::{CastContext, Category, SqlType};

impl Scope<'_> {
    /// The labels of an enum type, as `convert` asks for them.
    fn enum_labels(&self) -> impl Fn(&str) -> Option<Vec<String>> + '_ {
        |name: &str| self.enums.get(name).cloned()
    }

    /// An unknown literal as text, where nothing asks for another type; anything else
    /// as it is.
    pub(super) fn resolve_unknown(&self, e: Expr) -> Result<Expr, PgError> {
        if e.is_unknown_literal() {
            self.coerce(e, &SqlType::Text, CastContext::Implicit)
        } else {
            Ok(e)
        }
    }

    /// Requires a boolean (an unknown literal is read as one).
    pub(super) fn boolean(&self, e: Expr, construct: &str) -> Result<Expr, PgError> {
        match e.ty {
            SqlType::Boolean => Ok(e),
            SqlType::Unknown => self.coerce(e, &SqlType::Boolean, CastContext::Implicit),
            ref other => Err(PgError::new(
                "42804",
                format!(
                    "argument of {construct} must be type boolean, not type {}",
                    other.base_name()
                ),
            )),
        }
    }

    /// Casts `e` to `to` if allowed in `context`. Unknown literals are converted now
    /// (their bad input is a bind-time error, as in PostgreSQL).
    pub fn coerce(&self, e: Expr, to: &SqlType, context: CastContext) -> Result<Expr, PgError> {
        // Same type, or (implicitly) a modifier-less target of the same base type
        // (numeric(10,2) is already a numeric): nothing to do. An explicit cast that
        // drops a modifier stays visible, as PostgreSQL keeps it.
        if e.ty == *to
            || (context != CastContext::Explicit
                && *to == to.without_typmod()
                && e.ty.without_typmod() == *to
                && e.ty != SqlType::Unknown)
        {
            return Ok(e);
        }
        let explicit = context == CastContext::Explicit;
        if let Node::Const(value) = &e.node {
            if e.ty == SqlType::Unknown {
                // An explicit cast to a type with a modifier is a constant of the base
                // type under a length coercion (`'-2.5'::numeric(4,0)` prints so).
                let base = to.without_typmod();
                if explicit && base != *to {
                    let v = convert(value, &e.ty, &base, explicit, &self.enum_labels())?;
                    let inner = Expr::constant(v, base);
                    // The coercion is applied now too, so bad values fail at analysis.
                    inner
                        .node_value()
                        .map(|v| convert(v, &inner.ty, to, true, &self.enum_labels()))
                        .transpose()?;
                    return Ok(Expr::new(Node::Cast(Box::new(inner), true), to.clone()));
                }
                let v = convert(value, &e.ty, to, explicit, &self.enum_labels())?;
                return Ok(Expr::constant(v, to.clone()));
            }
        }
        match e.ty.cast_context(to) {
            Some(allowed) if allowed <= context => {
                Ok(Expr::new(Node::Cast(Box::new(e), explicit), to.clone()))
            }
            _ if explicit => Err(PgError::new(
                "42846",
                format!(
                    "cannot cast type {} to {}",
                    e.ty.base_name(),
                    to.base_name()
                ),
            )),
            _ => Err(PgError::new(
                "42804",
                format!(
                    "argument of type {} cannot be cast to {}",
                    e.ty.format(),
                    to.format()
                ),
            )),
        }
    }

    /// `ARRAY[...]` of scalars: the elements' common type (`transformArrayExpr`).
    /// The empty form and arrays of arrays are refused.
    pub(super) fn array_constructor(
        &self,
        elements: &[sqlparser::ast::Expr],
    ) -> Result<Expr, PgError> {
        if elements.is_empty() {
            return Err(PgError::unsupported("the empty ARRAY[] constructor"));
        }
        let items = elements
            .iter()
            .map(|e| self.bind(e))
            .collect::<Result<Vec<_>, _>>()?;
        if items.iter().any(|i| matches!(i.ty, SqlType::Array(_))) {
            return Err(PgError::unsupported(
                "multidimensional ARRAY[] constructors",
            ));
        }
        let ty = self.common_type(&items, "ARRAY")?;
        let items = items
            .into_iter()
            .map(|i| self.coerce(i, &ty, CastContext::Implicit))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Expr::new(Node::Array(items), SqlType::Array(Box::new(ty))))
    }

    /// The common type of `items` (`select_common_type`).
    pub(super) fn common_type(&self, items: &[Expr], construct: &str) -> Result<SqlType, PgError> {
        // An IN list of citext and unknown literals is citext (their common type) and
        // compares by citext's `=`. IN with text among them, CASE, COALESCE, GREATEST
        // over citext resolve by citext's own rules: not simulated.
        let citext_in = construct == "IN"
            && items
                .iter()
                .all(|i| matches!(i.ty, SqlType::Citext | SqlType::Unknown));
        if citext_in {
            return Ok(SqlType::Citext);
        }
        if items.iter().any(|i| i.ty == SqlType::Citext) {
            return Err(PgError::unsupported(format!("{construct} over citext")));
        }
        let known: Vec<&SqlType> = items
            .iter()
            .map(|i| &i.ty)
            .filter(|t| **t != SqlType::Unknown)
            .collect();
        let Some(first) = known.first() else {
            return Ok(SqlType::Text);
        };
        let mismatch = |a: &SqlType, b: &SqlType| {
            PgError::new(
                "42804",
                format!(
                    "{construct} types {} and {} cannot be matched",
                    a.base_name(),
                    b.base_name()
                ),
            )
        };
        let mut result = (*first).clone();
        for ty in &known[1..] {
            if ty.without_typmod() == result.without_typmod() {
                if *ty != &result {
                    result = result.without_typmod();
                }
                continue;
            }
            if ty.category() != result.category() {
                return Err(mismatch(&result, ty));
            }
            result = match result.category() {
                Category::Numeric => {
                    if ty.numeric_rank() > result.numeric_rank() {
                        ty.without_typmod()
                    } else {
                        result.without_typmod()
                    }
                }
                // Within strings the first type stays (each coerces implicitly to the other).
                Category::String => result.without_typmod(),
                Category::DateTime => {
                    if matches!(result, SqlType::TimestampTz) || matches!(ty, SqlType::TimestampTz)
                    {
                        SqlType::TimestampTz
                    } else {
                        SqlType::Timestamp
                    }
                }
                // inet is the network category's preferred type; cidr casts to it.
                Category::Network => SqlType::Inet,
                _ => return Err(mismatch(&result, ty)),
            };
        }
        // The modifier survives only if every input has it (unknown literals have none).
        if items.iter().any(|i| i.ty == SqlType::Unknown) {
            result = result.without_typmod();
        }
        Ok(result)
    }

    /// An operand of `||` as text: an unknown literal is read as text, a non-string
    /// goes through its output function (`text || anynonarray`).
    pub(super) fn to_text(&self, e: Expr) -> Result<Expr, PgError> {
        match e.ty.category() {
            Category::Unknown => self.coerce(e, &SqlType::Text, CastContext::Implicit),
            Category::String if e.ty == SqlType::Text => Ok(e),
            _ => Ok(Expr::new(Node::Cast(Box::new(e), false), SqlType::Text)),
        }
    }

    /// A text argument of `func`: a string or an unknown literal, as text; another type
    /// is `func`'s 42883 (or Rehearse's refusal, see `builtins`).
    pub(super) fn text_arg(&self, e: Expr, func: &str) -> Result<Expr, PgError> {
        match e.ty.category() {
            Category::Unknown | Category::String => {
                self.coerce(e, &SqlType::Text, CastContext::Implicit)
            }
            // substring, position, ... have bytea forms the engine does not simulate.
            _ if e.ty == SqlType::Bytea => Err(PgError::unsupported(format!(
                "the function {func}() on bytea"
            ))),
            _ => Err(builtins::no_function(func, &[e.ty])),
        }
    }
}
