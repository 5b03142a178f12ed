//! RANGE frames with an offset (`RANGE BETWEEN 1 PRECEDING AND '1 day' FOLLOWING`):
//! the offset bound as `transformFrameOffset` does (the btree `in_range` support
//! function chosen by the ORDER BY column's type and the offset's type), the
//! `in_range` functions themselves (`int8.c`, `numeric.c`, `float.c`, `date.c`,
//! `timestamp.c`), and each row's frame head and tail found as `nodeWindowAgg.c`'s
//! `update_frameheadpos`/`update_frametailpos` scan for them.
//!
//! **Invariant:** PostgreSQL calls `in_range` lazily, and only when the function
//! reads the frame; an `in_range` error (a negative offset, an overflow) is raised
//! only where it is certain PostgreSQL makes that call (the partition's first row,
//! in the order the function reads its frame), and refused anywhere else.

use super::{Bound, Frame};
use crate::error::PgError;
use crate::expr::{Expr, Scope};
use crate::types::{CastContext, SqlType};
use crate::value::Value;
use chrono::NaiveDateTime;
use std::cmp::Ordering;

/// The family of `in_range` functions a column type's btree operator class has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Support {
    /// smallint, integer, bigint (offsets of the integer types).
    Integer,
    Numeric,
    /// real and double precision (a double precision offset).
    Float,
    /// date, timestamp, timestamptz (an interval offset).
    Timestamp,
    /// time (an interval offset, of which only the time part counts).
    Time,
    Interval,
}

/// What a RANGE frame with an offset knows of its one ORDER BY column.
#[derive(Debug, Clone)]
pub(super) struct RangeOrder {
    pub(super) support: Support,
    pub(super) descending: bool,
    pub(super) nulls_first: bool,
}

/// The `in_range` support of `column` (its operator class's input type) and the
/// offset types its functions take, in `pg_amproc`'s order (by the type's OID).
fn support(column: &SqlType) -> Result<(Support, &'static [SqlType]), PgError> {
    const INTEGERS: &[SqlType] = &[SqlType::BigInt, SqlType::SmallInt, SqlType::Integer];
    Ok(match column {
        SqlType::SmallInt | SqlType::Integer => (Support::Integer, INTEGERS),
        SqlType::BigInt => (Support::Integer, &[SqlType::BigInt]),
        SqlType::Numeric(_) => (Support::Numeric, &[SqlType::Numeric(None)]),
        SqlType::Real | SqlType::Double => (Support::Float, &[SqlType::Double]),
        SqlType::Date | SqlType::Timestamp | SqlType::TimestampTz => {
            (Support::Timestamp, &[SqlType::Interval])
        }
        SqlType::Time(_) => (Support::Time, &[SqlType::Interval]),
        SqlType::Interval => (Support::Interval, &[SqlType::Interval]),
        _ => {
            // The operator class's input type, as `format_type_be` names it.
            let class = match column {
                SqlType::Text | SqlType::Varchar(_) => "text".to_string(),
                SqlType::Char(_)
                | SqlType::Boolean
                | SqlType::Uuid
                | SqlType::Jsonb
                | SqlType::Bytea
                | SqlType::MacAddr
                | SqlType::Inet => column.base_name(),
                SqlType::Cidr => "inet".to_string(),
                SqlType::Enum(_) => "anyenum".to_string(),
                SqlType::Array(_) => "anyarray".to_string(),
                other => {
                    return Err(PgError::unsupported(format!(
                        "RANGE frames with an offset over a column of type {}",
                        other.format()
                    )))
                }
            };
            return Err(PgError::new(
                "0A000",
                format!("RANGE with offset PRECEDING/FOLLOWING is not supported for column type {class}"),
            ));
        }
    })
}

/// Binds a RANGE offset against the ORDER BY column's type, as
/// `transformFrameOffset` does: the support function whose offset type the offset
/// casts to implicitly (the offset's own type preferred, or for an unknown literal
/// the column's), then the cast, then the check for variables.
pub(super) fn bind_offset(
    scope: &Scope,
    column: &SqlType,
    e: &sqlparser::ast::Expr,
) -> Result<(Support, Expr), PgError> {
    let bound = scope.bind(e)?;
    let (support, offsets) = support(column)?;
    // `'1' DAY` (PostgreSQL's syntax error) and `INTERVAL '1' DAY` are one tree.
    if super::definition::field_interval(e) {
        return Err(super::definition::quoted_offset(e));
    }
    let class = column.without_typmod();
    let preferred = if bound.ty == SqlType::Unknown {
        class.clone()
    } else {
        bound.ty.without_typmod()
    };
    let mut matches = 0;
    let mut selected: Option<&SqlType> = None;
    for offset in offsets {
        if !crate::builtins::casts_implicitly(&bound.ty, offset) {
            continue;
        }
        matches += 1;
        if selected != Some(&preferred) {
            selected = Some(offset);
        }
    }
    let pair = || {
        format!(
            "column type {} and offset type {}",
            class.base_name(),
            bound.ty.base_name()
        )
    };
    let Some(selected) = selected else {
        return Err(PgError::new(
            "0A000",
            format!(
                "RANGE with offset PRECEDING/FOLLOWING is not supported for {}",
                pair()
            ),
        )
        .hint("Cast the offset value to an appropriate type."));
    };
    if matches != 1 && *selected != preferred {
        return Err(PgError::new(
            "42883",
            format!(
                "RANGE with offset PRECEDING/FOLLOWING has multiple interpretations for {}",
                pair()
            ),
        )
        .hint("Cast the offset value to the exact intended type."));
    }
    let offset = scope.coerce(bound, selected, CastContext::Assignment)?;
    let mut reads_columns = false;
    super::aggregate::visit_columns(&offset, &mut |_| reads_columns = true);
    if reads_columns {
        return Err(PgError::new(
            "42P10",
            "argument of RANGE must not contain variables",
        ));
    }
    Ok((support, offset))
}

fn invalid_size() -> PgError {
    PgError::new(
        "22013",
        "invalid preceding or following size in window function",
    )
}

/// `in_range(val, base, offset, sub, less)`: whether `val <= base ± offset` (`less`)
/// or `val >= base ± offset`, with PostgreSQL's checks of the offset and its rules
/// for overflow, infinities and NaN.
fn in_range(
    support: Support,
    val: &Value,
    base: &Value,
    offset: &Value,
    sub: bool,
    less: bool,
) -> Result<bool, PgError> {
    let holds = |o: Ordering| if less { o.is_le() } else { o.is_ge() };
    let mismatch = || PgError::unsupported("a RANGE frame offset of this type");
    match (support, val, base, offset) {
        (Support::Integer, Value::Int(v), Value::Int(b), Value::Int(o)) => {
            if *o < 0 {
                return Err(invalid_size());
            }
            // Exact sums: an overflowing int4/int8 sum lies beyond every value, which
            // is what PostgreSQL's overflow branch answers.
            let sum = if sub {
                *b as i128 - *o as i128
            } else {
                *b as i128 + *o as i128
            };
            Ok(holds((*v as i128).cmp(&sum)))
        }
        (Support::Numeric, Value::Numeric(v), Value::Numeric(b), Value::Numeric(o)) => {
            if o.is_sign_negative() && !o.is_zero() {
                return Err(invalid_size());
            }
            let sum = if sub {
                b.checked_sub(*o)
            } else {
                b.checked_add(*o)
            }
            .ok_or_else(|| PgError::unsupported("a numeric RANGE frame bound beyond 28 digits"))?;
            Ok(holds(v.cmp(&sum)))
        }
        (Support::Float, Value::Float(v), Value::Float(b), Value::Float(o)) => {
            let (v, b, o) = (*v, *b, *o);
            if o.is_nan() || o < 0.0 {
                return Err(invalid_size());
            }
            // NaN sorts after every other value; the offset cannot change that.
            if v.is_nan() {
                return Ok(if b.is_nan() { true } else { !less });
            }
            if b.is_nan() {
                return Ok(less);
            }
            // An infinite offset from the infinity it cannot move: every value is in.
            if o.is_infinite() && b.is_infinite() && (if sub { b > 0.0 } else { b < 0.0 }) {
                return Ok(true);
            }
            let sum = if sub { b - o } else { b + o };
            Ok(if less { v <= sum } else { v >= sum })
        }
        (Support::Timestamp, _, _, Value::Interval(o)) => {
            if o.cmp_key() < 0 {
                return Err(invalid_size());
            }
            let (Some(v), Some(b)) = (timestamp(val), timestamp(base)) else {
                return Err(mismatch());
            };
            // timestamp_pl_interval leaves an infinite timestamp as it is.
            let sum = if b == NaiveDateTime::MAX || b == NaiveDateTime::MIN {
                b
            } else {
                let o = if sub { o.negate() } else { *o };
                o.add_to(b)
                    .ok_or_else(|| PgError::new("22008", "timestamp out of range"))?
            };
            Ok(holds(v.cmp(&sum)))
        }
        (Support::Time, Value::Time(v), Value::Time(b), Value::Interval(o)) => {
            // Only the time part counts, as in time_pl_interval (no wraparound here).
            if o.micros < 0 {
                return Err(invalid_size());
            }
            let sum = if sub {
                b - o.micros
            } else {
                match b.checked_add(o.micros) {
                    Some(s) => s,
                    None => return Ok(less),
                }
            };
            Ok(holds(v.cmp(&sum)))
        }
        (Support::Interval, Value::Interval(v), Value::Interval(b), Value::Interval(o)) => {
            if o.cmp_key() < 0 {
                return Err(invalid_size());
            }
            let o = if sub { o.negate() } else { *o };
            let out = || PgError::new("22008", "interval out of range");
            let months = i32::try_from(b.months + o.months).map_err(|_| out())?;
            let days = i32::try_from(b.days + o.days).map_err(|_| out())?;
            let micros = b.micros.checked_add(o.micros).ok_or_else(out)?;
            let sum = crate::interval::Interval {
                months: months as i64,
                days: days as i64,
                micros,
            };
            Ok(holds(v.cmp_key().cmp(&sum.cmp_key())))
        }
        _ => Err(mismatch()),
    }
}

/// A date or timestamp as the timestamp `date2timestamp` makes of it.
fn timestamp(v: &Value) -> Option<NaiveDateTime> {
    match v {
        Value::Timestamp(t) => Some(*t),
        Value::Date(d) if *d == chrono::NaiveDate::MAX => Some(NaiveDateTime::MAX),
        Value::Date(d) if *d == chrono::NaiveDate::MIN => Some(NaiveDateTime::MIN),
        Value::Date(d) => d.and_hms_opt(0, 0, 0),
        _ => None,
    }
}

/// How a window function reads its frame at the partition's first row, which
/// decides whether PostgreSQL calls `in_range` there.
#[derive(Debug, Clone, Copy)]
pub(super) enum Reads {
    /// Aggregates and first_value: the head, then the tail if the head is a row.
    HeadThenTail,
    /// last_value: the tail, then the head if the tail is past the first row.
    TailThenHead,
    /// nth_value(x, k): nothing when k is NULL; else the head, then the tail if the
    /// head's k-th row exists.
    Nth(Option<i64>),
}

/// One bound's scan over the partition: each row's position, up to the row whose
/// `in_range` call failed, and that failure.
struct Scan {
    positions: Vec<usize>,
    failed: Option<(usize, PgError)>,
}

/// `update_frameheadpos` (head) or `update_frametailpos` (tail) over every row of a
/// partition whose ORDER BY values are `values`: the head is the first row in the
/// frame, the tail the first row after it.
fn scan(
    order: &RangeOrder,
    values: &[&Value],
    offset: &Value,
    preceding: bool,
    head: bool,
) -> Scan {
    let n = values.len();
    let (mut sub, mut less) = (preceding, !head);
    if order.descending {
        sub = !sub;
        less = !less;
    }
    let mut positions = Vec::with_capacity(n);
    let mut pos = 0;
    for (i, current) in values.iter().enumerate() {
        while pos < n {
            let row = values[pos];
            let stop = if row.is_null() || current.is_null() {
                // Around NULLs the order alone decides.
                match (head, order.nulls_first) {
                    (true, true) => !row.is_null() || current.is_null(),
                    (true, false) => row.is_null() || !current.is_null(),
                    (false, true) => !row.is_null(),
                    (false, false) => !current.is_null(),
                }
            } else {
                match in_range(order.support, row, current, offset, sub, less) {
                    Ok(inside) => inside == head,
                    Err(e) => {
                        return Scan {
                            positions,
                            failed: Some((i, e)),
                        }
                    }
                }
            };
            if stop {
                break;
            }
            pos += 1;
        }
        positions.push(pos);
    }
    Scan {
        positions,
        failed: None,
    }
}

/// Each row's frame heads and tails (the tail exclusive) in a partition, for the
/// frame's offset bounds; `None` for a bound without an offset.
pub(super) struct Offsets {
    pub(super) heads: Option<Vec<usize>>,
    pub(super) tails: Option<Vec<usize>>,
}

/// Scans the partition for the frame's offset bounds, raising an `in_range` error
/// only where PostgreSQL certainly makes the failing call (see the module's
/// invariant). `(first_head, first_tail)` is the first row's frame for the bounds
/// without an offset.
pub(super) fn offsets(
    frame: &Frame,
    order: &RangeOrder,
    values: &[&Value],
    (start, end): (Option<&Value>, Option<&Value>),
    reads: Reads,
    (first_head, first_tail): (usize, usize),
) -> Result<Offsets, PgError> {
    let n = values.len();
    let head_scan = start.map(|o| {
        let preceding = matches!(frame.start, Bound::Preceding(_));
        scan(order, values, o, preceding, true)
    });
    let tail_scan = end.map(|o| {
        let preceding = matches!(frame.end, Bound::Preceding(_));
        scan(order, values, o, preceding, false)
    });
    // The first row's reads, in the function's order.
    let at_first = |s: &Option<Scan>, fallback: usize| -> Result<usize, PgError> {
        match s {
            Some(Scan {
                failed: Some((0, e)),
                ..
            }) => Err(e.clone()),
            Some(s) => Ok(s.positions.first().copied().unwrap_or(n)),
            None => Ok(fallback),
        }
    };
    match reads {
        Reads::HeadThenTail => {
            if at_first(&head_scan, first_head)? < n {
                at_first(&tail_scan, first_tail)?;
            }
        }
        Reads::TailThenHead => {
            if at_first(&tail_scan, first_tail)? >= 1 {
                at_first(&head_scan, first_head)?;
            }
        }
        Reads::Nth(None) => {}
        Reads::Nth(Some(k)) => {
            let h = at_first(&head_scan, first_head)?;
            if (h as i64).saturating_add(k - 1) < n as i64 {
                at_first(&tail_scan, first_tail)?;
            }
        }
    }
    let finish = |s: Option<Scan>| -> Result<Option<Vec<usize>>, PgError> {
        match s {
            None => Ok(None),
            Some(Scan {
                failed: Some((row, e)),
                ..
            }) => Err(PgError::unsupported(format!(
                "whether PostgreSQL reaches the in_range call that fails at row {} of a RANGE frame's partition ({})",
                row + 1,
                e.message
            ))),
            Some(s) => Ok(Some(s.positions)),
        }
    };
    Ok(Offsets {
        heads: finish(head_scan)?,
        tails: finish(tail_scan)?,
    })
}
