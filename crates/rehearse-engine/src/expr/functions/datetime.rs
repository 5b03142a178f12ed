//! Date/time functions of their arguments: `date_trunc`, `make_date`, `make_time`,
//! `make_timestamp(tz)`, `make_interval`, `justify_days/hours/interval`, `isfinite`,
//! `age` (two arguments; one argument reads the clock, see `env`), `date_bin`,
//! `to_timestamp(double)`, and `timezone(zone, x)` (`x AT TIME ZONE zone`) for UTC and
//! fixed offsets. Each as PostgreSQL 18 computes it (`timestamp.c`, `date.c`), with
//! its errors; named zones need the tz database and are refused.

use super::extract::{unit, Unit};
use super::{Args, Bound};
use crate::builtins;
use crate::error::PgError;
use crate::expr::{Expr, Scope};
use crate::interval::Interval;
use crate::types::{CastContext, Category, SqlType};
use crate::value::Value;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

const USECS_PER_DAY: i64 = 86_400_000_000;

/// `date_trunc(text, timestamp|timestamptz|interval [, zone])`: a date reads as
/// timestamptz (the category's preferred type); an unknown source is ambiguous.
pub(super) fn bind_date_trunc(
    scope: &Scope,
    name: &str,
    args: Vec<Expr>,
) -> Result<Bound, PgError> {
    let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
    let mut args = args.into_iter();
    let (Some(field), Some(source)) = (args.next(), args.next()) else {
        return Err(PgError::unsupported(format!("{name}()")));
    };
    let zone = args.next();
    let field = scope.text_arg(field, name)?;
    let ty = match (&source.ty, &zone) {
        (SqlType::Timestamp | SqlType::Interval, None) => source.ty.clone(),
        (SqlType::TimestampTz | SqlType::Date, _) => SqlType::TimestampTz,
        (SqlType::Unknown, None) => {
            return Err(PgError::new(
                "42725",
                "function date_trunc(unknown, unknown) is not unique",
            )
            .hint("Could not choose a best candidate function. You might need to add explicit type casts."))
        }
        _ => return Err(builtins::no_function(name, &types)),
    };
    let source = scope.coerce(source, &ty, CastContext::Implicit)?;
    let mut bound = vec![field, source];
    if let Some(zone) = zone {
        bound.push(scope.text_arg(zone, name)?);
    }
    Ok((bound, ty))
}

pub(super) fn date_trunc(a: Args) -> Result<Value, PgError> {
    let Some(name) = a.text(0) else {
        return Ok(Value::Null);
    };
    if let Some(zone) = a.text(2) {
        if utc_offset(zone)? != Some(0) {
            return Err(PgError::unsupported(format!(
                "date_trunc() in the time zone \"{zone}\" (the engine runs in UTC)"
            )));
        }
    }
    let type_name = a.ty.base_name();
    let not_recognized = || {
        PgError::new(
            "22023",
            format!("unit \"{name}\" not recognized for type {type_name}"),
        )
    };
    let u = unit(name).ok_or_else(not_recognized)?;
    match &a.values[1] {
        Value::Timestamp(ts) if *ts == NaiveDateTime::MAX || *ts == NaiveDateTime::MIN => {
            Ok(Value::Timestamp(*ts))
        }
        Value::Timestamp(ts) => Ok(Value::Timestamp(
            truncate_timestamp(u, *ts).ok_or_else(not_recognized)?,
        )),
        Value::Interval(i) => truncate_interval(u, *i, &type_name, name).map(Value::Interval),
        _ => Ok(Value::Null),
    }
}

/// `timestamp_trunc`: the units below the one named are cleared.
fn truncate_timestamp(u: Unit, ts: NaiveDateTime) -> Option<NaiveDateTime> {
    use Unit::*;
    let date = ts.date();
    let year = date.year();
    let first_of = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, 1);
    let day = match u {
        Millennium => first_of(
            if year > 0 {
                (year + 999) / 1000 * 1000 - 999
            } else {
                -((999 - (year - 1)) / 1000) * 1000 + 1
            },
            1,
        )?,
        Century => first_of(
            if year > 0 {
                (year + 99) / 100 * 100 - 99
            } else {
                -((99 - (year - 1)) / 100) * 100 + 1
            },
            1,
        )?,
        Decade => first_of(
            if year > 0 {
                year / 10 * 10
            } else {
                -((8 - (year - 1)) / 10) * 10
            },
            1,
        )?,
        Year => first_of(year, 1)?,
        Quarter => first_of(year, (date.month() - 1) / 3 * 3 + 1)?,
        Month => first_of(year, date.month())?,
        Week => date - Duration::days(i64::from(date.weekday().num_days_from_monday())),
        Day => date,
        Hour | Minute | Second | Milliseconds | Microseconds => {
            let micros = i64::from(ts.num_seconds_from_midnight()) * 1_000_000
                + i64::from(ts.nanosecond() / 1000);
            let step = match u {
                Hour => 3_600_000_000,
                Minute => 60_000_000,
                Second => 1_000_000,
                Milliseconds => 1000,
                _ => 1,
            };
            return Some(
                date.and_time(NaiveTime::MIN) + Duration::microseconds(micros / step * step),
            );
        }
        _ => return None,
    };
    Some(day.and_time(NaiveTime::MIN))
}

/// `interval_trunc`.
fn truncate_interval(
    u: Unit,
    i: Interval,
    type_name: &str,
    name: &str,
) -> Result<Interval, PgError> {
    use Unit::*;
    let clear = |months: i64, days: i64, micros: i64| Interval {
        months,
        days,
        micros,
    };
    Ok(match u {
        Millennium => clear(i.months / 12000 * 12000, 0, 0),
        Century => clear(i.months / 1200 * 1200, 0, 0),
        Decade => clear(i.months / 120 * 120, 0, 0),
        Year => clear(i.months / 12 * 12, 0, 0),
        Quarter => clear(i.months / 3 * 3, 0, 0),
        Month => clear(i.months, 0, 0),
        Day => clear(i.months, i.days, 0),
        Hour => clear(i.months, i.days, i.micros / 3_600_000_000 * 3_600_000_000),
        Minute => clear(i.months, i.days, i.micros / 60_000_000 * 60_000_000),
        Second => clear(i.months, i.days, i.micros / 1_000_000 * 1_000_000),
        Milliseconds => clear(i.months, i.days, i.micros / 1000 * 1000),
        Microseconds => i,
        Week => {
            return Err(PgError::new(
                "0A000",
                format!("unit \"{name}\" not supported for type {type_name}"),
            )
            .detail("Months usually have fractional weeks."))
        }
        _ => {
            return Err(PgError::new(
                "22023",
                format!("unit \"{name}\" not recognized for type {type_name}"),
            ))
        }
    })
}

/// A zone's offset east of UTC in seconds, for the zones the engine reads: `UTC`,
/// `GMT`, `Z` and POSIX-style offsets (`+02:00` is two hours *west*, as PostgreSQL
/// reads a bare offset); `None` for a name that needs the tz database (refused by
/// the caller).
pub(super) fn utc_offset(zone: &str) -> Result<Option<i32>, PgError> {
    let lower = zone.trim().to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "utc" | "gmt" | "z" | "zulu" | "etc/utc" | "etc/gmt" | "uct"
    ) {
        return Ok(Some(0));
    }
    let body = lower
        .strip_prefix("utc")
        .or_else(|| lower.strip_prefix("gmt"))
        .unwrap_or(&lower);
    let Some(sign) = body.chars().next().filter(|c| matches!(c, '+' | '-')) else {
        return Ok(None);
    };
    let fields: Vec<&str> = body[1..].split(':').collect();
    if fields.len() > 3
        || fields
            .iter()
            .any(|f| f.is_empty() || f.len() > 2 || !f.chars().all(|c| c.is_ascii_digit()))
    {
        return Ok(None);
    }
    let mut secs = 0i32;
    for (f, scale) in fields.iter().zip([3600, 60, 1]) {
        secs += f.parse::<i32>().unwrap_or(0) * scale;
    }
    // POSIX: a positive offset is west of Greenwich.
    Ok(Some(if sign == '+' { -secs } else { secs }))
}

/// `timezone(zone, x)`, which `x AT TIME ZONE zone` is: timestamp → timestamptz (the
/// wall time read in the zone), timestamptz → timestamp (the wall time in the zone),
/// timetz → timetz. A zone may be text (UTC, an offset) or an interval.
pub(super) fn bind_timezone(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
    let mut args = args.into_iter();
    let (Some(zone), Some(source)) = (args.next(), args.next()) else {
        return Err(PgError::unsupported(format!("{name}()")));
    };
    let zone = match zone.ty.category() {
        Category::Timespan => zone,
        _ => scope.text_arg(zone, name)?,
    };
    let (source, ty) = match &source.ty {
        SqlType::Timestamp => (source, SqlType::TimestampTz),
        SqlType::TimestampTz => (source, SqlType::Timestamp),
        SqlType::Date => (
            scope.coerce(source, &SqlType::TimestampTz, CastContext::Implicit)?,
            SqlType::Timestamp,
        ),
        SqlType::TimeTz(_) => (source, SqlType::TimeTz(None)),
        SqlType::Time(_) => (
            scope.coerce(source, &SqlType::TimeTz(None), CastContext::Implicit)?,
            SqlType::TimeTz(None),
        ),
        _ => return Err(builtins::no_function(name, &types)),
    };
    Ok((vec![zone, source], ty))
}

pub(super) fn timezone(a: Args) -> Result<Value, PgError> {
    let offset = match &a.values[0] {
        Value::Interval(i) if i.months == 0 && i.days == 0 => (i.micros / 1_000_000) as i32,
        Value::Interval(i) => {
            return Err(PgError::new(
                "22023",
                format!(
                    "interval time zone \"{}\" must not include months or days",
                    i.output()
                ),
            ))
        }
        Value::Text(zone) => match utc_offset(zone)? {
            Some(offset) => offset,
            None => {
                return Err(PgError::unsupported(format!(
                    "the time zone \"{zone}\" (named zones need the tz database; the engine knows UTC and fixed offsets)"
                )))
            }
        },
        _ => return Ok(Value::Null),
    };
    let shift = Duration::seconds(i64::from(offset));
    Ok(match (&a.values[1], a.ty) {
        (Value::Timestamp(ts), _) if *ts == NaiveDateTime::MAX || *ts == NaiveDateTime::MIN => {
            Value::Timestamp(*ts)
        }
        // timestamptz → the zone's wall time.
        (Value::Timestamp(ts), SqlType::Timestamp) => Value::Timestamp(
            ts.checked_add_signed(shift)
                .ok_or_else(|| PgError::new("22008", "timestamp out of range"))?,
        ),
        // A wall time in the zone → the instant.
        (Value::Timestamp(ts), _) => Value::Timestamp(
            ts.checked_sub_signed(shift)
                .ok_or_else(|| PgError::new("22008", "timestamp out of range"))?,
        ),
        (Value::TimeTz(t, from), _) => {
            let utc = t - i64::from(*from) * 1_000_000;
            Value::TimeTz(
                (utc + i64::from(offset) * 1_000_000).rem_euclid(USECS_PER_DAY),
                offset,
            )
        }
        _ => Value::Null,
    })
}

/// `make_date(int, int, int)`: a negative year is BC.
pub(super) fn make_date(a: Args) -> Result<Value, PgError> {
    let (Some(y), Some(m), Some(d)) = (a.int(0), a.int(1), a.int(2)) else {
        return Ok(Value::Null);
    };
    Ok(Value::Date(make_date_of(y, m, d)?))
}

/// `make_date`'s checks, in PostgreSQL's order: a negative year is BC, turned into
/// the astronomical year (1 BC is 0) by `ValidateDate` before the month and day are
/// checked, so its messages print that year (`make_date(-44, 2, 29)`: `-43-02-29`);
/// then the Julian-day range (`IS_VALID_JULIAN`, `IS_VALID_DATE`: 4714-11-24 BC to
/// 5874897-12-31), "date out of range".
fn make_date_of(y: i64, m: i64, d: i64) -> Result<NaiveDate, PgError> {
    let field = |year: i64| {
        PgError::new(
            "22008",
            format!("date field value out of range: {year}-{m:02}-{d:02}"),
        )
    };
    let range =
        |year: i64| PgError::new("22008", format!("date out of range: {year}-{m:02}-{d:02}"));
    // Negating the smallest int4 overflows: reported with the year as given.
    if y <= i64::from(i32::MIN) || y == 0 {
        return Err(field(y));
    }
    let year = if y < 0 { y + 1 } else { y };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if !(1..=12).contains(&m) || !(1..=days).contains(&d) {
        return Err(field(year));
    }
    let julian = (year > -4713 || (year == -4713 && m >= 11))
        && (year < 5_874_898 || (year == 5_874_898 && m < 6));
    if !julian || (year, m, d) < (-4713, 11, 24) || year > 5_874_897 {
        return Err(range(year));
    }
    // chrono's dates end in 262142, whose last day stands for 'infinity'.
    i32::try_from(year)
        .ok()
        .and_then(|yy| NaiveDate::from_ymd_opt(yy, m as u32, d as u32))
        .filter(|date| *date != NaiveDate::MAX)
        .ok_or_else(|| {
            PgError::unsupported(format!(
                "make_date({y}, {m}, {d}): dates after the year 262141"
            ))
        })
}

fn date_of(y: i64, m: i64, d: i64) -> Result<NaiveDate, PgError> {
    let out = || {
        PgError::new(
            "22008",
            format!("date field value out of range: {y}-{m:02}-{d:02}"),
        )
    };
    if y == 0 {
        return Err(out());
    }
    let year = if y < 0 { y + 1 } else { y };
    NaiveDate::from_ymd_opt(
        i32::try_from(year).map_err(|_| out())?,
        u32::try_from(m).map_err(|_| out())?,
        u32::try_from(d).map_err(|_| out())?,
    )
    .ok_or_else(out)
}

/// Hour, minute and (fractional) seconds as microseconds, checked as `make_time`
/// checks them (24:00:00 is allowed).
fn clock_of(h: i64, mi: i64, sec: f64) -> Result<i64, PgError> {
    let micros = (sec * 1e6).round_ties_even() as i64;
    let text = || {
        // `%d:%02d:%02g`.
        let s = crate::value::float_out(sec, false);
        let s = if s.len() < 2 { format!("0{s}") } else { s };
        PgError::new(
            "22008",
            format!("time field value out of range: {h}:{mi:02}:{s}"),
        )
    };
    let total = (h * 3600 + mi * 60) * 1_000_000 + micros;
    if !(0..=24).contains(&h)
        || !(0..=59).contains(&mi)
        || !(0.0..=60.0).contains(&sec)
        || total > USECS_PER_DAY
    {
        return Err(text());
    }
    Ok(total)
}

/// `make_time(int, int, double)`.
pub(super) fn make_time(a: Args) -> Result<Value, PgError> {
    let (Some(h), Some(mi), Some(Value::Float(s))) = (a.int(0), a.int(1), a.values.get(2)) else {
        return Ok(Value::Null);
    };
    Ok(Value::Time(clock_of(h, mi, *s)?))
}

/// `make_timestamp(y, m, d, h, mi, sec)` and `make_timestamptz(..., zone)` (UTC or an
/// offset only).
pub(super) fn make_timestamp(a: Args) -> Result<Value, PgError> {
    let (Some(y), Some(m), Some(d), Some(h), Some(mi), Some(Value::Float(s))) = (
        a.int(0),
        a.int(1),
        a.int(2),
        a.int(3),
        a.int(4),
        a.values.get(5),
    ) else {
        return Ok(Value::Null);
    };
    let date = date_of(y, m, d)?;
    let clock = clock_of(h, mi, *s)?;
    let mut ts = date.and_time(NaiveTime::MIN) + Duration::microseconds(clock);
    if let Some(zone) = a.text(6) {
        match utc_offset(zone)? {
            Some(offset) => ts -= Duration::seconds(i64::from(offset)),
            None => {
                return Err(PgError::unsupported(format!(
                    "the time zone \"{zone}\" (named zones need the tz database)"
                )))
            }
        }
    }
    Ok(Value::Timestamp(ts))
}

/// `make_interval(years, months, weeks, days, hours, mins, secs)`; named arguments are
/// put in place by the binder, missing ones are 0.
pub(super) fn make_interval(a: Args) -> Result<Value, PgError> {
    let n = |i| a.int(i).unwrap_or(0);
    let secs = match a.values.get(6) {
        Some(Value::Float(f)) => *f,
        _ => 0.0,
    };
    if a.values.iter().any(Value::is_null) {
        return Ok(Value::Null);
    }
    let out = || PgError::new("22008", "interval out of range");
    let micros = (n(4) * 3600 + n(5) * 60)
        .checked_mul(1_000_000)
        .ok_or_else(out)?
        .checked_add((secs * 1e6).round_ties_even() as i64)
        .ok_or_else(out)?;
    Ok(Value::Interval(Interval {
        months: n(0) * 12 + n(1),
        days: n(2) * 7 + n(3),
        micros,
    }))
}

/// `make_interval`'s parameter names, in order.
pub(super) const MAKE_INTERVAL_PARAMS: [&str; 7] =
    ["years", "months", "weeks", "days", "hours", "mins", "secs"];

/// `make_interval(...)`: integers, then double precision seconds.
pub(super) fn bind_make_interval(
    scope: &Scope,
    _: &str,
    args: Vec<Expr>,
) -> Result<Bound, PgError> {
    let mut bound = Vec::new();
    for (i, a) in args.into_iter().enumerate() {
        let ty = if i == 6 {
            SqlType::Double
        } else {
            SqlType::Integer
        };
        bound.push(scope.coerce(a, &ty, CastContext::Implicit)?);
    }
    Ok((bound, SqlType::Interval))
}

pub(super) fn justify_days(a: Args) -> Result<Value, PgError> {
    let Some(Value::Interval(i)) = a.values.first() else {
        return Ok(Value::Null);
    };
    Ok(Value::Interval(days_to_months(*i)))
}

pub(super) fn justify_hours(a: Args) -> Result<Value, PgError> {
    let Some(Value::Interval(i)) = a.values.first() else {
        return Ok(Value::Null);
    };
    Ok(Value::Interval(time_to_days(*i)))
}

/// `interval_justify_interval`.
pub(super) fn justify_interval(a: Args) -> Result<Value, PgError> {
    let Some(Value::Interval(i)) = a.values.first() else {
        return Ok(Value::Null);
    };
    let mut r = *i;
    r.days += r.micros / USECS_PER_DAY;
    r.micros %= USECS_PER_DAY;
    r.months += r.days / 30;
    r.days %= 30;
    if r.months > 0 && (r.days < 0 || (r.days == 0 && r.micros < 0)) {
        r.days += 30;
        r.months -= 1;
    } else if r.months < 0 && (r.days > 0 || (r.days == 0 && r.micros > 0)) {
        r.days -= 30;
        r.months += 1;
    }
    Ok(Value::Interval(fix_day_sign(r)))
}

/// `interval_justify_days`.
fn days_to_months(i: Interval) -> Interval {
    let mut r = i;
    r.months += r.days / 30;
    r.days %= 30;
    if r.months > 0 && r.days < 0 {
        r.days += 30;
        r.months -= 1;
    } else if r.months < 0 && r.days > 0 {
        r.days -= 30;
        r.months += 1;
    }
    r
}

/// `interval_justify_hours`.
fn time_to_days(i: Interval) -> Interval {
    let mut r = i;
    r.days += r.micros / USECS_PER_DAY;
    r.micros %= USECS_PER_DAY;
    fix_day_sign(r)
}

fn fix_day_sign(mut r: Interval) -> Interval {
    if r.days > 0 && r.micros < 0 {
        r.micros += USECS_PER_DAY;
        r.days -= 1;
    } else if r.days < 0 && r.micros > 0 {
        r.micros -= USECS_PER_DAY;
        r.days += 1;
    }
    r
}

/// `isfinite(date|timestamp|timestamptz|interval)`.
pub(super) fn bind_isfinite(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let arg = args
        .into_iter()
        .next()
        .ok_or_else(|| PgError::unsupported("isfinite()"))?;
    match arg.ty {
        SqlType::Date | SqlType::Timestamp | SqlType::TimestampTz | SqlType::Interval => {
            Ok((vec![arg], SqlType::Boolean))
        }
        SqlType::Unknown => Err(PgError::new("42725", "function isfinite(unknown) is not unique").hint(
            "Could not choose a best candidate function. You might need to add explicit type casts.",
        )),
        _ => {
            let _ = scope;
            Err(builtins::no_function(name, &[arg.ty]))
        }
    }
}

pub(super) fn isfinite(a: Args) -> Result<Value, PgError> {
    Ok(Value::Bool(match &a.values[0] {
        Value::Date(d) => *d != NaiveDate::MAX && *d != NaiveDate::MIN,
        Value::Timestamp(t) => *t != NaiveDateTime::MAX && *t != NaiveDateTime::MIN,
        _ => true,
    }))
}

/// `age(a, b)` over timestamps (a date reads as timestamp), or `age(a)`: from today's
/// midnight (the clock: see `env::age_from_today`).
pub(super) fn bind_age(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
    let zoned = args.iter().any(|a| a.ty == SqlType::TimestampTz);
    let target = if zoned {
        SqlType::TimestampTz
    } else {
        SqlType::Timestamp
    };
    let mut bound = Vec::new();
    for a in args {
        match a.ty {
            SqlType::Date | SqlType::Timestamp | SqlType::TimestampTz => {
                bound.push(scope.coerce(a, &target, CastContext::Implicit)?)
            }
            SqlType::Unknown if types.iter().any(|t| *t != SqlType::Unknown) => {
                bound.push(scope.coerce(a, &target, CastContext::Implicit)?)
            }
            _ => return Err(builtins::no_function(name, &types)),
        }
    }
    Ok((bound, SqlType::Interval))
}

pub(super) fn age(a: Args) -> Result<Value, PgError> {
    if a.values.len() == 1 {
        return super::env::age_from_today(a);
    }
    let (Some(Value::Timestamp(x)), Some(Value::Timestamp(y))) =
        (a.values.first(), a.values.get(1))
    else {
        return Ok(Value::Null);
    };
    age_between(*x, *y).map(Value::Interval)
}

/// `timestamp_age`: field by field, borrowing from the next field up.
pub(super) fn age_between(x: NaiveDateTime, y: NaiveDateTime) -> Result<Interval, PgError> {
    let infinite = |t: NaiveDateTime| t == NaiveDateTime::MAX || t == NaiveDateTime::MIN;
    if infinite(x) || infinite(y) {
        return Err(PgError::unsupported(
            "age() of an infinite timestamp (an infinite interval)",
        ));
    }
    let negative = x < y;
    let field = |f: fn(&NaiveDateTime) -> i64| {
        let d = f(&x) - f(&y);
        if negative {
            -d
        } else {
            d
        }
    };
    let mut fsec = field(|t| i64::from(t.nanosecond() / 1000));
    let mut sec = field(|t| i64::from(t.second()));
    let mut min = field(|t| i64::from(t.minute()));
    let mut hour = field(|t| i64::from(t.hour()));
    let mut mday = field(|t| i64::from(t.day()));
    let mut mon = field(|t| i64::from(t.month()));
    let mut year = field(|t| i64::from(t.year()));
    while fsec < 0 {
        fsec += 1_000_000;
        sec -= 1;
    }
    while sec < 0 {
        sec += 60;
        min -= 1;
    }
    while min < 0 {
        min += 60;
        hour -= 1;
    }
    while hour < 0 {
        hour += 24;
        mday -= 1;
    }
    let month_of = if negative { x } else { y };
    while mday < 0 {
        mday += i64::from(days_in_month(month_of.year(), month_of.month()));
        mon -= 1;
    }
    while mon < 0 {
        mon += 12;
        year -= 1;
    }
    let sign = if negative { -1 } else { 1 };
    Ok(Interval {
        months: sign * (year * 12 + mon),
        days: sign * mday,
        micros: sign * (((hour * 60 + min) * 60 + sec) * 1_000_000 + fsec),
    })
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.and_then(|n| n.pred_opt()).map_or(30, |d| d.day())
}

/// `date_bin(stride, source, origin)` over timestamps or timestamptzs.
pub(super) fn bind_date_bin(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
    let mut args = args.into_iter();
    let (Some(stride), Some(source), Some(origin)) = (args.next(), args.next(), args.next()) else {
        return Err(PgError::unsupported(format!("{name}()")));
    };
    let ty = match (&source.ty, &origin.ty) {
        (SqlType::Timestamp, SqlType::Timestamp | SqlType::Unknown) => SqlType::Timestamp,
        (SqlType::TimestampTz | SqlType::Date, _) | (_, SqlType::TimestampTz) => {
            SqlType::TimestampTz
        }
        _ => return Err(builtins::no_function(name, &types)),
    };
    let stride = scope.coerce(stride, &SqlType::Interval, CastContext::Implicit)?;
    let source = scope.coerce(source, &ty, CastContext::Implicit)?;
    let origin = scope.coerce(origin, &ty, CastContext::Implicit)?;
    Ok((vec![stride, source, origin], ty))
}

pub(super) fn date_bin(a: Args) -> Result<Value, PgError> {
    let (
        Some(Value::Interval(stride)),
        Some(Value::Timestamp(source)),
        Some(Value::Timestamp(origin)),
    ) = (a.values.first(), a.values.get(1), a.values.get(2))
    else {
        return Ok(Value::Null);
    };
    let infinite = |t: &NaiveDateTime| *t == NaiveDateTime::MAX || *t == NaiveDateTime::MIN;
    if infinite(source) || infinite(origin) {
        return Err(PgError::unsupported("date_bin() of an infinite timestamp"));
    }
    if stride.months != 0 {
        return Err(PgError::new(
            "0A000",
            "timestamps cannot be binned into intervals containing months or years",
        ));
    }
    let stride = stride.days * USECS_PER_DAY + stride.micros;
    if stride <= 0 {
        return Err(PgError::new("22008", "stride must be greater than zero"));
    }
    let diff = (*source - *origin)
        .num_microseconds()
        .ok_or_else(|| PgError::new("22008", "interval out of range"))?;
    let mut binned = diff - diff % stride;
    if diff < 0 && diff % stride != 0 {
        binned -= stride;
    }
    Ok(Value::Timestamp(*origin + Duration::microseconds(binned)))
}

/// `to_timestamp(double precision)`: seconds since 1970 (UTC), rounded to microseconds.
pub(super) fn to_timestamp_epoch(a: Args) -> Result<Value, PgError> {
    let Some(Value::Float(secs)) = a.values.first() else {
        return Ok(Value::Null);
    };
    if secs.is_infinite() {
        return Ok(Value::Timestamp(if *secs > 0.0 {
            NaiveDateTime::MAX
        } else {
            NaiveDateTime::MIN
        }));
    }
    if secs.is_nan() {
        return Err(PgError::new("22008", "timestamp cannot be NaN"));
    }
    let micros = (secs * 1e6).round_ties_even();
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .unwrap_or_default();
    let out = || {
        PgError::new(
            "22008",
            format!(
                "timestamp out of range: \"{}\"",
                crate::value::float_out(*secs, false)
            ),
        )
    };
    if micros.abs() > 9.2e18 {
        return Err(out());
    }
    epoch
        .checked_add_signed(Duration::microseconds(micros as i64))
        .map(Value::Timestamp)
        .ok_or_else(out)
}
