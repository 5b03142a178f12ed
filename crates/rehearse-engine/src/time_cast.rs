//! The casts to and from `time` and `timetz` (pg_cast's rows for them, each measured on
//! PGlite): `time(p)` rounding, timestamp → time (the time of day; an infinite
//! timestamp gives NULL, as `timestamp_time` does), time ↔ interval, time ↔ timetz
//! (the session's zone is UTC).

use crate::error::PgError;
use crate::time::{round, USECS_PER_DAY};
use crate::types::SqlType;
use crate::value::Value;
use chrono::{NaiveDateTime, Timelike};

/// Converts a time, timetz, timestamp or interval to a time, timetz or interval (the
/// caller checked that PostgreSQL has the cast).
pub fn convert(value: &Value, from: &SqlType, to: &SqlType) -> Result<Value, PgError> {
    let refused = || {
        PgError::unsupported(format!(
            "the cast from {} to {}",
            from.format(),
            to.format()
        ))
    };
    Ok(match (value, to) {
        (Value::Time(t), SqlType::Time(p)) => Value::Time(round(*t, *p)),
        (Value::Time(t), SqlType::TimeTz(p)) => Value::TimeTz(round(*t, *p), 0),
        (Value::Time(t), SqlType::Interval) => Value::Interval(crate::interval::Interval {
            months: 0,
            days: 0,
            micros: *t,
        }),
        (Value::TimeTz(t, offset), SqlType::TimeTz(p)) => Value::TimeTz(round(*t, *p), *offset),
        (Value::TimeTz(t, _), SqlType::Time(p)) => Value::Time(round(*t, *p)),
        (Value::Timestamp(ts), SqlType::Time(_) | SqlType::TimeTz(_))
            if *ts == NaiveDateTime::MAX || *ts == NaiveDateTime::MIN =>
        {
            Value::Null
        }
        (Value::Timestamp(ts), SqlType::Time(p)) => Value::Time(round(of_day(ts), *p)),
        (Value::Timestamp(ts), SqlType::TimeTz(p)) if *from == SqlType::TimestampTz => {
            Value::TimeTz(round(of_day(ts), *p), 0)
        }
        (Value::Interval(i), SqlType::Time(p)) => {
            Value::Time(round(i.micros.rem_euclid(USECS_PER_DAY), *p))
        }
        (Value::Interval(_), SqlType::Interval) => value.clone(),
        _ => return Err(refused()),
    })
}

/// A timestamp's time of day in microseconds.
pub fn of_day(ts: &NaiveDateTime) -> i64 {
    i64::from(ts.num_seconds_from_midnight()) * 1_000_000 + i64::from(ts.nanosecond() / 1000)
}
