//! The operators on `time` and `timetz` (pg_operator's rows, each measured on PGlite):
//! comparison (a time against a timetz compares as timetz, the implicit cast),
//! `time ± interval`, `time - time` (an interval), `date + time` (a timestamp),
//! `date + timetz` (a timestamptz), `timetz ± interval`. Other combinations go to
//! `builtins::no_operator`: PostgreSQL's 42883 when no operator could match, else a
//! refusal (`time * 2` reads the time as an interval, which is not simulated).

use super::{Expr, Node, Op, Scope};
use crate::builtins;
use crate::error::PgError;
use crate::interval::Interval;
use crate::types::{CastContext, SqlType};
use crate::value::Value;
use chrono::NaiveDateTime;

/// Whether a type is time or timetz.
pub(super) fn is_time(ty: &SqlType) -> bool {
    matches!(ty, SqlType::Time(_) | SqlType::TimeTz(_))
}

impl Scope<'_> {
    /// Binds `l op r` where a side is a time or timetz (unknown literals already typed
    /// by the caller).
    pub(super) fn time_operator(&self, op: Op, l: Expr, r: Expr) -> Result<Expr, PgError> {
        use SqlType::{Date, Interval, Time, TimeTz, TimestampTz};
        let node = |op, l: Expr, r: Expr, ty| {
            Ok(Expr::new(Node::Binary(op, Box::new(l), Box::new(r)), ty))
        };
        if op.is_comparison() {
            return match (&l.ty, &r.ty) {
                (Time(_), Time(_)) | (TimeTz(_), TimeTz(_)) => node(op, l, r, SqlType::Boolean),
                (Time(_), TimeTz(_)) | (TimeTz(_), Time(_)) => {
                    let l = self.coerce(l, &TimeTz(None), CastContext::Implicit)?;
                    let r = self.coerce(r, &TimeTz(None), CastContext::Implicit)?;
                    node(op, l, r, SqlType::Boolean)
                }
                _ => Err(builtins::no_operator(Some(&l.ty), op.symbol(), &r.ty)),
            };
        }
        match (&l.ty, &r.ty, op) {
            (Time(_), Interval, Op::Add | Op::Sub) => node(op, l, r, Time(None)),
            (TimeTz(_), Interval, Op::Add | Op::Sub) => node(op, l, r, TimeTz(None)),
            (Interval, Time(_), Op::Add) => node(op, r, l, Time(None)),
            (Interval, TimeTz(_), Op::Add) => node(op, r, l, TimeTz(None)),
            (Time(_), Time(_), Op::Sub) => node(op, l, r, Interval),
            (Date, Time(_), Op::Add) => node(op, l, r, SqlType::Timestamp),
            (Time(_), Date, Op::Add) => node(op, r, l, SqlType::Timestamp),
            (Date, TimeTz(_), Op::Add) => node(op, l, r, TimestampTz),
            (TimeTz(_), Date, Op::Add) => node(op, r, l, TimestampTz),
            // `time + time` has two candidates (time + interval, interval + time).
            (Time(_), Time(_), Op::Add) => Err(PgError::new(
                "42725",
                "operator is not unique: time without time zone + time without time zone",
            )
            .hint("Could not choose a best candidate operator. You might need to add explicit type casts.")),
            _ => Err(builtins::no_operator(Some(&l.ty), op.symbol(), &r.ty)),
        }
    }
}

/// Evaluates a time operator bound by [`Scope::time_operator`] (not comparisons);
/// `None` when the operands are not time values.
pub(super) fn evaluate(op: Op, a: &Value, b: &Value) -> Option<Result<Value, PgError>> {
    use crate::time::add_micros;
    let signed = |i: &Interval| if op == Op::Sub { -i.micros } else { i.micros };
    Some(Ok(match (a, b) {
        (Value::Time(t), Value::Interval(i)) => Value::Time(add_micros(*t, signed(i))),
        (Value::TimeTz(t, offset), Value::Interval(i)) => {
            Value::TimeTz(add_micros(*t, signed(i)), *offset)
        }
        (Value::Time(x), Value::Time(y)) => Value::Interval(Interval {
            months: 0,
            days: 0,
            micros: x - y,
        }),
        (Value::Date(d), Value::Time(t)) => at(d, *t, 0),
        (Value::Date(d), Value::TimeTz(t, offset)) => at(d, *t, *offset),
        _ => return None,
    }))
}

/// `date + time`: the date's midnight plus the time, less the offset (for timetz); an
/// infinite date stays infinite.
fn at(date: &chrono::NaiveDate, micros: i64, offset: i32) -> Value {
    if *date == chrono::NaiveDate::MAX {
        return Value::Timestamp(NaiveDateTime::MAX);
    }
    if *date == chrono::NaiveDate::MIN {
        return Value::Timestamp(NaiveDateTime::MIN);
    }
    let midnight = date.and_time(chrono::NaiveTime::MIN);
    let delta = chrono::Duration::microseconds(micros - i64::from(offset) * 1_000_000);
    Value::Timestamp(midnight + delta)
}
