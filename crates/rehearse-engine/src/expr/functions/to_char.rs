//! `to_char(timestamp|timestamptz|date|interval, text)`: PostgreSQL's `DCH_to_char`
//! for the template patterns migrations use (year, month, day, hour, minute, second
//! and fraction fields; month and day names in the pattern's case, padded to 9 unless
//! `FM`; `AM`/`PM`/`BC`/`AD` in their spellings; `TH`/`th` ordinal suffixes; quoted
//! literal text). A pattern PostgreSQL has that is not written here is refused, named;
//! any other character is copied, as PostgreSQL copies it. Numbers are `to_char_num`.

use super::{Args, Bound};
use crate::builtins;
use crate::error::PgError;
use crate::expr::{Expr, Scope};
use crate::types::{CastContext, Category, SqlType};
use crate::value::Value;
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

/// `to_char(x, text)`: a date reads as timestamp; numbers go to `to_char_num`.
pub(super) fn bind(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
    let mut args = args.into_iter();
    let (Some(source), Some(format)) = (args.next(), args.next()) else {
        return Err(PgError::unsupported(format!("{name}()")));
    };
    let source = match &source.ty {
        SqlType::Timestamp | SqlType::TimestampTz | SqlType::Interval => source,
        SqlType::Date => scope.coerce(source, &SqlType::Timestamp, CastContext::Implicit)?,
        SqlType::Real | SqlType::Double => {
            return Err(PgError::unsupported(
                "to_char() of real or double precision (printf's rounding of binary fractions)",
            ))
        }
        // PostgreSQL picks to_char(integer|bigint, text) for these (int4_to_char,
        // int8_to_char), whose output equals numeric_to_char's for the same value.
        SqlType::Integer | SqlType::BigInt => source,
        t if t.category() == Category::Numeric => {
            scope.coerce(source, &SqlType::Numeric(None), CastContext::Implicit)?
        }
        SqlType::Unknown if matches!(format.ty, SqlType::Unknown | SqlType::Text) => {
            return Err(super::extract::not_unique(name, &types))
        }
        _ => return Err(builtins::no_function(name, &types)),
    };
    let format = scope.text_arg(format, name)?;
    Ok((vec![source, format], SqlType::Text))
}

pub(super) fn to_char(a: Args) -> Result<Value, PgError> {
    let Some(format) = a.text(1) else {
        return Ok(Value::Null);
    };
    if format.is_empty() {
        return Ok(Value::Null);
    }
    let zoned = a
        .exprs
        .first()
        .is_some_and(|e| e.ty == SqlType::TimestampTz);
    match &a.values[0] {
        Value::Timestamp(ts) if *ts == NaiveDateTime::MAX || *ts == NaiveDateTime::MIN => {
            Ok(Value::Null)
        }
        Value::Timestamp(ts) => Ok(Value::Text(format_fields(
            format,
            &Fields::of_timestamp(ts),
            Some(zoned),
        )?)),
        Value::Interval(i) => Ok(Value::Text(format_fields(
            format,
            &Fields::of_interval(i),
            None,
        )?)),
        Value::Numeric(d) => Ok(Value::Text(super::to_char_num::format(d, format)?)),
        Value::Int(i) => Ok(Value::Text(super::to_char_num::format(
            &rust_decimal::Decimal::from(*i),
            format,
        )?)),
        _ => Ok(Value::Null),
    }
}

/// The broken-down value (`pg_tm`): astronomical year (1 BC is 0), hours unbounded
/// for an interval.
struct Fields {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    micros: i64,
    /// The date, for names, weeks and day numbers (not for an interval).
    date: Option<NaiveDate>,
}

impl Fields {
    fn of_timestamp(ts: &NaiveDateTime) -> Fields {
        Fields {
            year: i64::from(ts.year()),
            month: i64::from(ts.month()),
            day: i64::from(ts.day()),
            hour: i64::from(ts.hour()),
            minute: i64::from(ts.minute()),
            second: i64::from(ts.second()),
            micros: i64::from(ts.nanosecond() / 1000),
            date: Some(ts.date()),
        }
    }

    fn of_interval(i: &crate::interval::Interval) -> Fields {
        Fields {
            year: i.months / 12,
            month: i.months % 12,
            day: i.days,
            hour: i.micros / 3_600_000_000,
            minute: i.micros / 60_000_000 % 60,
            second: i.micros / 1_000_000 % 60,
            micros: i.micros % 1_000_000,
            date: None,
        }
    }
}

/// The patterns, longest first where one is a prefix of another (`DCH_keywords`).
pub(super) const PATTERNS: &[&str] = &[
    "A.D.", "A.M.", "AD", "AM", "B.C.", "BC", "CC", "DAY", "DDD", "DD", "DY", "Day", "Dy", "D",
    "FF1", "FF2", "FF3", "FF4", "FF5", "FF6", "FX", "HH24", "HH12", "HH", "IDDD", "ID", "IW",
    "IYYY", "IYY", "IY", "I", "J", "MI", "MM", "MONTH", "MON", "MS", "Month", "Mon", "OF", "P.M.",
    "PM", "Q", "RM", "SSSSS", "SSSS", "SS", "TZH", "TZM", "TZ", "US", "WW", "W", "Y,YYY", "YYYY",
    "YYY", "YY", "Y", "a.d.", "a.m.", "ad", "am", "b.c.", "bc", "cc", "day", "ddd", "dd", "dy",
    "d", "ff1", "ff2", "ff3", "ff4", "ff5", "ff6", "fx", "hh24", "hh12", "hh", "iddd", "id", "iw",
    "iyyy", "iyy", "iy", "i", "j", "mi", "mm", "month", "mon", "ms", "of", "p.m.", "pm", "q", "rm",
    "sssss", "ssss", "ss", "tzh", "tzm", "tz", "us", "ww", "w", "y,yyy", "yyyy", "yyy", "yy", "y",
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const ROMAN: [&str; 12] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
];

/// `DCH_to_char` over the broken-down fields; `zoned` is `Some` for a timestamp
/// (whether it has a time zone), `None` for an interval.
fn format_fields(format: &str, f: &Fields, zoned: Option<bool>) -> Result<String, PgError> {
    let mut out = String::new();
    let mut rest = format;
    while !rest.is_empty() {
        if let Some(quoted) = rest.strip_prefix('"') {
            // Literal text up to the closing quote; `\"` is a quote.
            let mut chars = quoted.char_indices();
            let mut end = quoted.len();
            while let Some((i, c)) = chars.next() {
                match c {
                    '\\' => {
                        if let Some((_, next)) = chars.next() {
                            out.push(next);
                        }
                    }
                    '"' => {
                        end = i + 1;
                        break;
                    }
                    c => out.push(c),
                }
            }
            rest = &quoted[end.min(quoted.len())..];
            continue;
        }
        if let Some(escaped) = rest.strip_prefix("\\\"") {
            out.push('"');
            rest = escaped;
            continue;
        }
        let fill = rest.starts_with("FM") || rest.starts_with("fm");
        let body = if fill { &rest[2..] } else { rest };
        let Some(pattern) = PATTERNS.iter().find(|p| body.starts_with(**p)) else {
            if fill {
                // FM before no pattern is dropped.
                rest = body;
                continue;
            }
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            rest = &rest[c.len_utf8()..];
            continue;
        };
        let after = &body[pattern.len()..];
        let (suffix, after) = if let Some(rest) = after.strip_prefix("TH") {
            (Some(true), rest)
        } else if let Some(rest) = after.strip_prefix("th") {
            (Some(false), rest)
        } else {
            (None, after)
        };
        out.push_str(&field(pattern, f, fill, suffix, zoned)?);
        rest = after;
    }
    Ok(out)
}

/// One pattern's text.
fn field(
    pattern: &str,
    f: &Fields,
    fill: bool,
    suffix: Option<bool>,
    zoned: Option<bool>,
) -> Result<String, PgError> {
    let refused = || {
        PgError::unsupported(format!(
            "the to_char() pattern {pattern}{}",
            if zoned.is_none() {
                " for an interval"
            } else {
                ""
            }
        ))
    };
    let number = |n: i64, width: usize| {
        let mut text = if fill || n < 0 {
            if n < 0 && !fill {
                format!("-{:0width$}", -n, width = width)
            } else {
                n.to_string()
            }
        } else {
            format!("{n:0width$}")
        };
        if let Some(upper) = suffix {
            text.push_str(&ordinal(n, upper));
        }
        Ok(text)
    };
    let upper = pattern.chars().all(|c| !c.is_ascii_lowercase());
    let lower = pattern.chars().all(|c| !c.is_ascii_uppercase());
    // A name in the pattern's case (`MONTH`, `Month`, `month`), padded to `pad`.
    let name = |text: &str, pad: usize| {
        let cased = if upper {
            text.to_uppercase()
        } else if lower {
            text.to_lowercase()
        } else {
            text.to_string()
        };
        if fill {
            cased
        } else {
            format!("{cased:<pad$}")
        }
    };
    let date = || f.date.ok_or_else(refused);
    // The year of the era, as the date output shows it (1 BC is 1).
    let era_year = if f.year <= 0 { 1 - f.year } else { f.year };
    let key = pattern.to_ascii_uppercase();
    match key.as_str() {
        "YYYY" => number(if zoned.is_some() { era_year } else { f.year }, 4),
        "YYY" => number(era_year % 1000, 3),
        "YY" => number(era_year % 100, 2),
        "Y" => number(era_year % 10, 1),
        "Y,YYY" => Ok(format!("{},{:03}", era_year / 1000, era_year % 1000)),
        "MM" => number(f.month, 2),
        "DD" => number(f.day, 2),
        "HH24" => number(f.hour, 2),
        "HH" | "HH12" => number(if f.hour % 12 == 0 { 12 } else { f.hour % 12 }, 2),
        "MI" => number(f.minute, 2),
        "SS" => number(f.second, 2),
        "MS" => number(f.micros / 1000, 3),
        "US" => number(f.micros, 6),
        "FF1" | "FF2" | "FF3" | "FF4" | "FF5" | "FF6" => {
            let digits = u32::from(key.as_bytes()[2] - b'0');
            number(f.micros / 10i64.pow(6 - digits), digits as usize)
        }
        "SSSS" | "SSSSS" => number(f.hour * 3600 + f.minute * 60 + f.second, 0),
        _ if zoned.is_none() => Err(refused()),
        "AM" | "PM" => Ok(name(if f.hour >= 12 { "PM" } else { "AM" }, 0)),
        "A.M." | "P.M." => Ok(name(if f.hour >= 12 { "P.M." } else { "A.M." }, 0)),
        "AD" | "BC" => Ok(name(if f.year <= 0 { "BC" } else { "AD" }, 0)),
        "A.D." | "B.C." => Ok(name(if f.year <= 0 { "B.C." } else { "A.D." }, 0)),
        "MONTH" => Ok(name(MONTHS[(f.month - 1) as usize], 9)),
        "MON" => Ok(name(&MONTHS[(f.month - 1) as usize][..3], 0)),
        "DAY" => Ok(name(
            DAYS[date()?.weekday().num_days_from_sunday() as usize],
            9,
        )),
        "DY" => Ok(name(
            &DAYS[date()?.weekday().num_days_from_sunday() as usize][..3],
            0,
        )),
        "RM" => Ok(name(ROMAN[(f.month - 1) as usize], 4)),
        "DDD" => number(i64::from(date()?.ordinal()), 3),
        "D" => number(i64::from(date()?.weekday().num_days_from_sunday()) + 1, 1),
        "ID" => number(i64::from(date()?.weekday().number_from_monday()), 1),
        "WW" => number((i64::from(date()?.ordinal()) - 1) / 7 + 1, 2),
        "IW" => number(i64::from(date()?.iso_week().week()), 2),
        "W" => number((f.day - 1) / 7 + 1, 1),
        "Q" => number((f.month - 1) / 3 + 1, 1),
        "J" => number(i64::from(date()?.num_days_from_ce()) + 1_721_425, 0),
        "CC" => number(
            if f.year > 0 {
                (f.year + 99) / 100
            } else {
                -((99 - (f.year - 1)) / 100)
            },
            2,
        ),
        "IYYY" => {
            let y = i64::from(date()?.iso_week().year());
            number(if y <= 0 { 1 - y } else { y }, 4)
        }
        // The session's zone is UTC: a timestamptz shows `UTC` and `+00`; a timestamp
        // has no zone (`TZ` is empty, `OF` still `+00`).
        "TZ" if zoned == Some(true) => Ok(if lower { "utc" } else { "UTC" }.to_string()),
        "TZ" => Ok(String::new()),
        "OF" => Ok("+00".to_string()),
        _ => Err(refused()),
    }
}

/// The English ordinal suffix of `n` (`DCH` `TH`/`th`).
pub(super) fn ordinal(n: i64, upper: bool) -> String {
    let n = n.unsigned_abs();
    let suffix = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    if upper {
        suffix.to_uppercase()
    } else {
        suffix.to_string()
    }
}
