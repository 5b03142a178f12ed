//! `to_date(text, text)` and `to_timestamp(text, text)`: PostgreSQL's `DCH_from_char`
//! for the templates migrations use (YYYY YY MM DD HH HH12 HH24 MI SS MS US, month
//! names, AM/PM, BC/AD, FM, TH, quoted text, separators). A separator in the template
//! skips any run of separators in the input, as PostgreSQL's non-FX mode does; text
//! left after the template is ignored, and fields after the input ends keep their
//! defaults (January 1 of 1 BC, midnight). Inputs whose reading or error is less certain
//! (a field without digits longer than its width, an unknown month name, other
//! patterns) are refused, named.

use super::Args;
use crate::error::PgError;
use crate::value::Value;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};

/// The template fields read so far.
#[derive(Default)]
struct Read {
    year: Option<i64>,
    two_digit_year: bool,
    month: Option<i64>,
    day: Option<i64>,
    hour: Option<(i64, bool)>,
    minute: i64,
    second: i64,
    micros: i64,
    pm: Option<bool>,
    bc: bool,
}

pub(super) fn to_date(a: Args) -> Result<Value, PgError> {
    let (Some(text), Some(format)) = (a.text(0), a.text(1)) else {
        return Ok(Value::Null);
    };
    Ok(Value::Date(parse(text, format)?.date()))
}

pub(super) fn to_timestamp(a: Args) -> Result<Value, PgError> {
    let (Some(text), Some(format)) = (a.text(0), a.text(1)) else {
        return Ok(Value::Null);
    };
    Ok(Value::Timestamp(parse(text, format)?))
}

/// The width a numeric field reads when the next template item follows without a
/// separator, and whether the pattern is numeric at all.
fn width(key: &str) -> Option<usize> {
    Some(match key {
        "YYYY" => 4,
        "YY" => 2,
        "MM" | "DD" | "HH" | "HH12" | "HH24" | "MI" | "SS" => 2,
        "MS" => 3,
        "US" => 6,
        _ => return None,
    })
}

fn parse(text: &str, format: &str) -> Result<NaiveDateTime, PgError> {
    let refused = |what: &str| PgError::unsupported(format!("to_date()/to_timestamp() {what}"));
    let mut r = Read::default();
    let input: Vec<char> = text.chars().collect();
    let mut at = 0;
    let mut rest = format;
    while !rest.is_empty() {
        if let Some(quoted) = rest.strip_prefix('"') {
            let end = quoted.find('"').unwrap_or(quoted.len());
            at = (at + quoted[..end].chars().count()).min(input.len());
            rest = quoted.get(end + 1..).unwrap_or("");
            continue;
        }
        let body = rest
            .strip_prefix("FM")
            .or_else(|| rest.strip_prefix("fm"))
            .unwrap_or(rest);
        let Some(pattern) = super::to_char::PATTERNS
            .iter()
            .find(|p| body.starts_with(**p))
        else {
            let c = rest.chars().next().unwrap_or(' ');
            if c.is_alphanumeric() {
                at = (at + 1).min(input.len());
            } else {
                while at < input.len() && !input[at].is_alphanumeric() {
                    at += 1;
                }
            }
            rest = &rest[c.len_utf8()..];
            continue;
        };
        let mut after = &body[pattern.len()..];
        let th = after.starts_with("TH") || after.starts_with("th");
        if th {
            after = &after[2..];
        }
        let key = pattern.to_ascii_uppercase();
        while at < input.len() && input[at] == ' ' {
            at += 1;
        }
        // The input ended: the remaining fields keep their defaults.
        if at >= input.len() {
            break;
        }
        if let Some(w) = width(&key) {
            // Fixed width when another pattern follows at once; else every digit.
            let next_is_pattern = !after.is_empty()
                && after
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphanumeric() && c != '"');
            let start = at;
            while at < input.len()
                && input[at].is_ascii_digit()
                && (!next_is_pattern || at - start < w)
            {
                at += 1;
            }
            if at == start {
                let token: String = input[start..].iter().collect();
                if token.chars().count() > w || token.is_empty() {
                    return Err(refused(&format!("with no digits for {pattern}")));
                }
                return Err(PgError::new(
                    "22007",
                    format!("invalid value \"{token}\" for \"{pattern}\""),
                )
                .detail("Value must be an integer."));
            }
            let digits: String = input[start..at].iter().collect();
            let n: i64 = digits
                .parse()
                .map_err(|_| refused("with a field too long"))?;
            match key.as_str() {
                "YYYY" => r.year = Some(n),
                "YY" => {
                    r.year = Some(n);
                    r.two_digit_year = true;
                }
                "MM" => r.month = Some(n),
                "DD" => r.day = Some(n),
                "HH" | "HH12" => r.hour = Some((n, true)),
                "HH24" => r.hour = Some((n, false)),
                "MI" => r.minute = n,
                "SS" => r.second = n,
                "MS" => r.micros = n * 10i64.pow(3 - digits.len().min(3) as u32) * 1000,
                _ => r.micros = n * 10i64.pow(6 - digits.len().min(6) as u32),
            }
            if th {
                while at < input.len() && input[at].is_ascii_alphabetic() {
                    at += 1;
                }
            }
        } else {
            let word: String = input[at..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic() || **c == '.')
                .collect::<String>()
                .to_lowercase();
            match key.as_str() {
                "MONTH" | "MON" => {
                    let months = [
                        "january",
                        "february",
                        "march",
                        "april",
                        "may",
                        "june",
                        "july",
                        "august",
                        "september",
                        "october",
                        "november",
                        "december",
                    ];
                    let found = months.iter().enumerate().find(|(_, m)| {
                        if key == "MONTH" {
                            word == **m
                        } else {
                            word == m[..3]
                        }
                    });
                    let Some((i, _)) = found else {
                        return Err(refused(&format!("with the month name \"{word}\"")));
                    };
                    r.month = Some(i as i64 + 1);
                    at += word.chars().count();
                }
                "AM" | "PM" | "A.M." | "P.M." => {
                    let pm = match word.as_str() {
                        "am" | "a.m." => false,
                        "pm" | "p.m." => true,
                        _ => return Err(refused(&format!("with \"{word}\" for {pattern}"))),
                    };
                    r.pm = Some(pm);
                    at += word.chars().count();
                }
                "BC" | "AD" | "B.C." | "A.D." => {
                    r.bc = match word.as_str() {
                        "bc" | "b.c." => true,
                        "ad" | "a.d." => false,
                        _ => return Err(refused(&format!("with \"{word}\" for {pattern}"))),
                    };
                    at += word.chars().count();
                }
                _ => return Err(refused(&format!("with the pattern {pattern}"))),
            }
        }
        rest = after;
    }
    build(&r, text)
}

fn build(r: &Read, text: &str) -> Result<NaiveDateTime, PgError> {
    let out = || {
        PgError::new(
            "22008",
            format!("date/time field value out of range: \"{text}\""),
        )
    };
    let mut year = r.year.unwrap_or(0);
    if r.two_digit_year {
        year += if year < 70 { 2000 } else { 1900 };
    }
    if r.bc {
        year = 1 - year;
    } else if r.year.is_none() {
        year = 0;
    }
    let mut hour = 0;
    if let Some((h, twelve)) = r.hour {
        if twelve {
            if !(1..=12).contains(&h) {
                return Err(PgError::new(
                    "22007",
                    format!("hour \"{h}\" is invalid for the 12-hour clock"),
                )
                .hint("Use the 24-hour clock, or give an hour between 1 and 12."));
            }
            hour = match r.pm {
                Some(true) if h < 12 => h + 12,
                Some(false) | None if h == 12 => 0,
                _ => h,
            };
        } else {
            hour = h;
        }
    }
    let date = NaiveDate::from_ymd_opt(
        i32::try_from(year).map_err(|_| out())?,
        u32::try_from(r.month.unwrap_or(1)).map_err(|_| out())?,
        u32::try_from(r.day.unwrap_or(1)).map_err(|_| out())?,
    )
    .ok_or_else(out)?;
    if hour > 24 || r.minute > 59 || r.second > 60 {
        return Err(out());
    }
    let _ = date.year();
    Ok(date.and_time(NaiveTime::MIN)
        + Duration::microseconds(((hour * 60 + r.minute) * 60 + r.second) * 1_000_000 + r.micros))
}
