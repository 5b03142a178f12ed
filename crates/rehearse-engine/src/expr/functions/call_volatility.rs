//! The volatility of one call, where PostgreSQL's overloads of a name differ:
//! `quote_literal` and `quote_nullable` are IMMUTABLE for text, while their
//! `anyelement` forms are STABLE LANGUAGE sql functions (`quote_literal($1::text)`)
//! that the planner inlines, so such a call is as volatile as its argument's cast to
//! text (a date's text is STABLE, an integer's IMMUTABLE), and a NULL constant
//! argument casts to NULL whatever its type (a strict cast of a NULL constant folds).
//! `age` and `to_timestamp` have IMMUTABLE and STABLE forms by argument count.

use super::{Function, Volatility};
use crate::expr::{Expr, Node};
use crate::types::{Category, SqlType};

impl Function {
    /// `provolatile` of the overload this call binds to (after its arguments are
    /// folded: a NULL constant argument counts as a constant).
    pub(in crate::expr) fn call_volatility(&self, args: &[Expr]) -> Volatility {
        match (self.name, args) {
            ("quote_literal" | "quote_nullable", [arg]) => {
                let text = matches!(arg.ty.category(), Category::String | Category::Unknown);
                let null = matches!(arg.node, Node::Const(crate::value::Value::Null));
                if text || null || !crate::expr::fold::is_stable_cast(&arg.ty, &SqlType::Text) {
                    Volatility::Immutable
                } else {
                    Volatility::Stable
                }
            }
            // `age(timestamp, timestamp)` and `to_timestamp(double precision)` are
            // IMMUTABLE; the entries' other forms (`age(x)` reads the clock,
            // `age(timestamptz, timestamptz)` the time zone, `to_timestamp(text, text)`
            // the session's settings) are STABLE.
            ("age", [x, y]) if x.ty != SqlType::TimestampTz && y.ty != SqlType::TimestampTz => {
                Volatility::Immutable
            }
            ("to_timestamp", [_]) => Volatility::Immutable,
            _ => self.volatility,
        }
    }
}
