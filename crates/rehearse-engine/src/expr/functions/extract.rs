//! `EXTRACT(field FROM x)` (numeric) and `date_part('field', x)` (double precision) over
//! date, timestamp, timestamptz, time, timetz and interval, as PostgreSQL 18's
//! `extract_*`/`*_part_common` compute them: the field names and their errors (22023
//! "not recognized", 0A000 "not supported for type"), the scales of the numeric
//! results (`second` 6 digits, `milliseconds` 3, a date's `epoch` none), infinities
//! (NULL for fields that have no infinite value).
//!
//! A timestamp's `julian` (a long numeric division) and `EXTRACT` of an infinity (a
//! numeric infinity, which the engine's numeric does not have) are refused.

use super::{Args, Bound};
use crate::builtins;
use crate::error::PgError;
use crate::expr::{Expr, Scope};
use crate::types::{CastContext, SqlType};
use crate::value::Value;
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use rust_decimal::Decimal;

/// A field `EXTRACT` and `date_part` know.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Unit {
    Microseconds,
    Milliseconds,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
    Epoch,
    Dow,
    Doy,
    IsoDow,
    IsoYear,
    Julian,
    Timezone,
    TimezoneHour,
    TimezoneMinute,
}

/// The unit a field name means (`DecodeUnits`/`DecodeSpecial`'s spellings), lower-cased.
pub(super) fn unit(name: &str) -> Option<Unit> {
    use Unit::*;
    Some(match name.to_ascii_lowercase().as_str() {
        "microsecond" | "microseconds" | "us" | "usec" | "usecs" | "useconds" => Microseconds,
        "millisecond" | "milliseconds" | "ms" | "msec" | "msecs" | "mseconds" => Milliseconds,
        "second" | "seconds" | "s" | "sec" | "secs" => Second,
        "minute" | "minutes" | "m" | "min" | "mins" => Minute,
        "hour" | "hours" | "h" | "hr" | "hrs" => Hour,
        "day" | "days" | "d" => Day,
        "week" | "weeks" | "w" => Week,
        "month" | "months" | "mon" | "mons" => Month,
        "quarter" | "qtr" => Quarter,
        "year" | "years" | "y" | "yr" | "yrs" => Year,
        "decade" | "decades" | "dec" | "decs" => Decade,
        "century" | "centuries" | "c" | "cent" => Century,
        "millennium" | "millennia" | "mil" | "mils" => Millennium,
        "epoch" => Epoch,
        "dow" => Dow,
        "doy" => Doy,
        "isodow" => IsoDow,
        "isoyear" => IsoYear,
        "julian" | "j" => Julian,
        "timezone" => Timezone,
        "timezone_h" | "timezone_hour" => TimezoneHour,
        "timezone_m" | "timezone_minute" => TimezoneMinute,
        _ => return None,
    })
}

/// `date_part(text, x)`: the source must be one of the date/time types.
pub(super) fn bind_date_part(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let mut args = args.into_iter();
    let (Some(field), Some(source)) = (args.next(), args.next()) else {
        return Err(PgError::unsupported(format!("{name}()")));
    };
    check_source(&source.ty, name, &field.ty)?;
    let field = scope.text_arg(field, name)?;
    Ok((vec![field, source], SqlType::Double))
}

/// The source types `EXTRACT`/`date_part` take; an unknown literal is ambiguous there.
fn check_source(ty: &SqlType, name: &str, field: &SqlType) -> Result<(), PgError> {
    match ty {
        SqlType::Unknown if *field == SqlType::Text || *field == SqlType::Unknown => {
            // EXTRACT names its function schema-qualified.
            let called = if name == "extract" {
                "pg_catalog.extract"
            } else {
                name
            };
            Err(not_unique(called, &[field.clone(), ty.clone()]))
        }
        SqlType::Date
        | SqlType::Timestamp
        | SqlType::TimestampTz
        | SqlType::Time(_)
        | SqlType::TimeTz(_)
        | SqlType::Interval => Ok(()),
        other => Err(builtins::no_function(name, &[field.clone(), other.clone()])),
    }
}

/// `EXTRACT(field FROM x)`: bound as `extract('field', x)`, numeric.
pub(super) fn bind_extract(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let mut args = args.into_iter();
    let (Some(field), Some(source)) = (args.next(), args.next()) else {
        return Err(PgError::unsupported(format!("{name}()")));
    };
    check_source(&source.ty, name, &field.ty)?;
    let field = scope.coerce(field, &SqlType::Text, CastContext::Implicit)?;
    Ok((vec![field, source], SqlType::Numeric(None)))
}

/// PostgreSQL's 42725 for a call whose unknown literals match several candidates.
pub(super) fn not_unique(name: &str, types: &[SqlType]) -> PgError {
    let types: Vec<String> = types.iter().map(SqlType::base_name).collect();
    PgError::new(
        "42725",
        format!("function {name}({}) is not unique", types.join(", ")),
    )
    .hint("Could not choose a best candidate function. You might need to add explicit type casts.")
}

pub(super) fn date_part(a: Args) -> Result<Value, PgError> {
    // `date_part(text, date)` is the SQL function `date_part($1, $2::timestamp)` in
    // pg_proc, so a date's clock fields are 0 (unlike EXTRACT's 0A000).
    Ok(match part(&a, true)? {
        Part::Null => Value::Null,
        Part::Infinity(negative) => Value::Float(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        }),
        Part::Number(d) => {
            // numeric → float8 by its text, as PostgreSQL converts.
            let text = d.normalize().to_string();
            Value::Float(text.parse().unwrap_or(0.0))
        }
    })
}

pub(super) fn extract(a: Args) -> Result<Value, PgError> {
    Ok(match part(&a, false)? {
        Part::Null => Value::Null,
        Part::Infinity(_) => {
            return Err(PgError::unsupported(
                "a numeric infinity (EXTRACT of an infinite value)",
            ))
        }
        Part::Number(d) => Value::Numeric(d),
    })
}

/// A field's value.
enum Part {
    Null,
    Infinity(bool),
    Number(Decimal),
}

/// `date_as_timestamp`: a date source is read as the timestamp at its midnight
/// (infinities kept), as `date_part(text, date)` does.
fn part(a: &Args, date_as_timestamp: bool) -> Result<Part, PgError> {
    let (Some(name), Some(source)) = (a.text(0), a.values.get(1)) else {
        return Ok(Part::Null);
    };
    let mut ty = a
        .exprs
        .get(1)
        .map(|e| e.ty.clone())
        .unwrap_or(SqlType::Timestamp);
    let as_timestamp;
    let source = match source {
        Value::Date(d) if date_as_timestamp => {
            ty = SqlType::Timestamp;
            as_timestamp = Value::Timestamp(match *d {
                NaiveDate::MAX => NaiveDateTime::MAX,
                NaiveDate::MIN => NaiveDateTime::MIN,
                d => d.and_time(chrono::NaiveTime::MIN),
            });
            &as_timestamp
        }
        other => other,
    };
    let type_name = ty.base_name();
    let Some(u) = unit(name) else {
        return Err(PgError::new(
            "22023",
            format!("unit \"{name}\" not recognized for type {type_name}"),
        ));
    };
    let unsupported = || {
        PgError::new(
            "0A000",
            format!("unit \"{name}\" not supported for type {type_name}"),
        )
    };
    let int = |n: i64| Ok(Part::Number(Decimal::from(n)));
    let scaled = |n: i64, scale: u32| Ok(Part::Number(Decimal::new(n, scale)));
    use Unit::*;
    match source {
        Value::Date(d) => {
            if *d == NaiveDate::MAX || *d == NaiveDate::MIN {
                return infinite(u, *d == NaiveDate::MIN, false).ok_or_else(unsupported);
            }
            match u {
                Microseconds | Milliseconds | Second | Minute | Hour | Timezone | TimezoneHour
                | TimezoneMinute => Err(unsupported()),
                Epoch => int(days_since_epoch(*d) * 86_400),
                Julian => int(julian_day(*d)),
                _ => date_field(u, *d).map(Part::Number).ok_or_else(unsupported),
            }
        }
        Value::Timestamp(ts) => {
            if *ts == NaiveDateTime::MAX || *ts == NaiveDateTime::MIN {
                return infinite(u, *ts == NaiveDateTime::MIN, true).ok_or_else(unsupported);
            }
            let zoned = ty == SqlType::TimestampTz;
            let micros_of_minute =
                i64::from(ts.second()) * 1_000_000 + i64::from(ts.nanosecond() / 1000);
            match u {
                Microseconds => int(micros_of_minute),
                Milliseconds => scaled(micros_of_minute, 3),
                Second => scaled(micros_of_minute, 6),
                Minute => int(i64::from(ts.minute())),
                Hour => int(i64::from(ts.hour())),
                Epoch => {
                    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1)
                        .and_then(|d| d.and_hms_opt(0, 0, 0))
                        .unwrap_or_default();
                    let micros = (*ts - epoch).num_microseconds().ok_or_else(unsupported)?;
                    scaled(micros, 6)
                }
                Julian => Err(PgError::unsupported("EXTRACT(julian) of a timestamp")),
                Timezone | TimezoneHour | TimezoneMinute if zoned => int(0),
                Timezone | TimezoneHour | TimezoneMinute => Err(unsupported()),
                _ => date_field(u, ts.date())
                    .map(Part::Number)
                    .ok_or_else(unsupported),
            }
        }
        Value::Time(t) => time_field(u, *t, None).ok_or_else(unsupported),
        Value::TimeTz(t, offset) => time_field(u, *t, Some(*offset)).ok_or_else(unsupported),
        Value::Interval(i) => interval_field(u, i).ok_or_else(unsupported),
        _ => Ok(Part::Null),
    }
}

/// An infinite date or timestamp: the fields that grow with time are ±infinity, the
/// others NULL; the clock fields do not exist for a date.
fn infinite(u: Unit, negative: bool, timestamp: bool) -> Option<Part> {
    use Unit::*;
    Some(match u {
        Year | Decade | Century | Millennium | Epoch | IsoYear | Julian => Part::Infinity(negative),
        Microseconds | Milliseconds | Second | Minute | Hour if !timestamp => return None,
        Timezone | TimezoneHour | TimezoneMinute if !timestamp => return None,
        _ => Part::Null,
    })
}

fn days_since_epoch(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce()) - 719_163
}

/// The Julian day number (`date2j`).
fn julian_day(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce()) + 1_721_425
}

/// The calendar fields of a date (astronomical years: 1 BC is 0).
fn date_field(u: Unit, d: NaiveDate) -> Option<Decimal> {
    use Unit::*;
    let year = i64::from(d.year());
    // PostgreSQL's fields count BC years as negative: 1 BC is -1.
    let pg_year = if year > 0 { year } else { year - 1 };
    let n = match u {
        Day => i64::from(d.day()),
        Month => i64::from(d.month()),
        Quarter => (i64::from(d.month()) - 1) / 3 + 1,
        Year => pg_year,
        Decade => {
            if year >= 0 {
                year / 10
            } else {
                -((8 - (year - 1)) / 10)
            }
        }
        Century => {
            if year > 0 {
                (year + 99) / 100
            } else {
                -((99 - (year - 1)) / 100)
            }
        }
        Millennium => {
            if year > 0 {
                (year + 999) / 1000
            } else {
                -((999 - (year - 1)) / 1000)
            }
        }
        Dow => i64::from(d.weekday().num_days_from_sunday()),
        IsoDow => i64::from(d.weekday().number_from_monday()),
        Doy => i64::from(d.ordinal()),
        Week => i64::from(d.iso_week().week()),
        IsoYear => {
            let y = i64::from(d.iso_week().year());
            if y > 0 {
                y
            } else {
                y - 1
            }
        }
        _ => return None,
    };
    Some(Decimal::from(n))
}

fn time_field(u: Unit, t: i64, offset: Option<i32>) -> Option<Part> {
    use Unit::*;
    let of_minute = t % 60_000_000;
    let d = match u {
        Microseconds => Decimal::from(of_minute),
        Milliseconds => Decimal::new(of_minute, 3),
        Second => Decimal::new(of_minute, 6),
        Minute => Decimal::from(t / 60_000_000 % 60),
        Hour => Decimal::from(t / 3_600_000_000),
        Epoch => Decimal::new(t - i64::from(offset.unwrap_or(0)) * 1_000_000, 6),
        Timezone => Decimal::from(offset?),
        TimezoneHour => Decimal::from(offset? / 3600),
        TimezoneMinute => Decimal::from(offset? / 60 % 60),
        _ => return None,
    };
    Some(Part::Number(d))
}

fn interval_field(u: Unit, i: &crate::interval::Interval) -> Option<Part> {
    use Unit::*;
    let of_minute = i.micros % 60_000_000;
    let years = i.months / 12;
    let month = i.months % 12;
    let d = match u {
        Microseconds => Decimal::from(of_minute),
        Milliseconds => Decimal::new(of_minute, 3),
        Second => Decimal::new(of_minute, 6),
        Minute => Decimal::from(i.micros / 60_000_000 % 60),
        Hour => Decimal::from(i.micros / 3_600_000_000),
        Day => Decimal::from(i.days),
        Month => Decimal::from(month),
        Quarter => Decimal::from(if month >= 0 {
            month / 3 + 1
        } else {
            -((-month - 1) / 3 + 1)
        }),
        Year => Decimal::from(years),
        Decade => Decimal::from(years / 10),
        Century => Decimal::from(years / 100),
        Millennium => Decimal::from(years / 1000),
        Epoch => {
            // 365.25 days a year, 30 a month, as `interval_part_common`.
            let secs = 31_557_600 * years + 2_592_000 * month + 86_400 * i.days;
            Decimal::new(secs.checked_mul(1_000_000)?.checked_add(i.micros)?, 6)
        }
        _ => return None,
    };
    Some(Part::Number(d))
}
