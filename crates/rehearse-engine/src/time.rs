//! The `time` and `time with time zone` (timetz) types: their input forms (`time_in`,
//! `timetz_in` over `DecodeTimeOnly`), output, `time(p)` rounding, ordering and the
//! arithmetic PostgreSQL defines on them.
//!
//! A time is microseconds since midnight, 0 ..= 24:00:00 (PostgreSQL keeps `24:00:00`
//! apart from `00:00:00`). A timetz also keeps its UTC offset in seconds east of
//! Greenwich, as written: PostgreSQL never converts it.
//!
//! Only the input forms whose reading is certain are decoded; a zone name other than
//! UTC/GMT/Z (which need PostgreSQL's time-zone tables) and the clock's `now` are
//! refused rather than guessed.

use crate::error::PgError;
use posix_zone::PosixZone;
use std::borrow::Cow;

mod posix_zone;

/// Microseconds in a day: `24:00:00`, the largest time.
pub const USECS_PER_DAY: i64 = 86_400_000_000;
/// The largest offset PostgreSQL accepts (`TZDISP_LIMIT`, 15:59:59).
const MAX_OFFSET: i32 = 15 * 3600 + 59 * 60 + 59;

/// `time(p)`'s precision: more than 6 is reduced to 6 (PostgreSQL warns and does so).
pub fn precision(p: Option<u64>) -> Result<Option<u32>, PgError> {
    Ok(p.map(|p| p.min(6) as u32))
}

/// Rounds microseconds to `p` fractional digits, half up (`AdjustTimeForTypmod`).
pub fn round(micros: i64, p: Option<u32>) -> i64 {
    match p {
        Some(p) if p < 6 => {
            let scale = 10i64.pow(6 - p);
            (micros + scale / 2) / scale * scale
        }
        _ => micros,
    }
}

/// `time_out`: `HH:MM:SS` and the fraction without trailing zeros.
pub fn output(micros: i64) -> String {
    let secs = micros / 1_000_000;
    let frac = micros % 1_000_000;
    let mut text = format!("{:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60);
    if frac != 0 {
        let digits = format!("{frac:06}");
        text.push('.');
        text.push_str(digits.trim_end_matches('0'));
    }
    text
}

/// `timetz_out`: the time, then the offset as `EncodeTimezone` writes it (`+02`,
/// `-05:30`, `+02:30:15`).
pub fn output_tz(micros: i64, offset: i32) -> String {
    let mut text = output(micros);
    text.push_str(&offset_text(offset));
    text
}

/// An offset in seconds east as PostgreSQL prints it.
pub fn offset_text(offset: i32) -> String {
    let sign = if offset < 0 { '-' } else { '+' };
    let abs = offset.unsigned_abs();
    let (h, m, s) = (abs / 3600, abs / 60 % 60, abs % 60);
    match (m, s) {
        (0, 0) => format!("{sign}{h:02}"),
        (_, 0) => format!("{sign}{h:02}:{m:02}"),
        _ => format!("{sign}{h:02}:{m:02}:{s:02}"),
    }
}

/// `timetz_cmp`: by the UTC instant, then the offset (a larger offset east first).
pub fn compare_tz(a: (i64, i32), b: (i64, i32)) -> std::cmp::Ordering {
    let utc = |(t, off): (i64, i32)| t - i64::from(off) * 1_000_000;
    utc(a).cmp(&utc(b)).then(b.1.cmp(&a.1))
}

/// A time plus a span of microseconds, wrapping around midnight (`time_pl_interval`:
/// the interval's days and months are ignored).
pub fn add_micros(time: i64, span: i64) -> i64 {
    (time + span % USECS_PER_DAY).rem_euclid(USECS_PER_DAY)
}

/// The text of a time input that failed: which of PostgreSQL's two errors.
#[derive(Debug)]
enum Bad {
    /// 22007: not a time.
    Syntax,
    /// 22008: a field out of range.
    Range,
    /// 22009: an offset beyond ±15:59:59.
    Offset,
    /// 22023: a zone word `pg_tzset` does not recognise (the word, lowercased).
    ZoneNotRecognized(String),
    /// A form PostgreSQL may read but Rehearse does not decode.
    Unsupported(&'static str),
}

/// The type's input function: `time` (the zone, if written, is read and dropped) or
/// `timetz` (without a zone, the session's: UTC). Returns (microseconds, offset).
pub fn input(text: &str, with_zone: bool, p: Option<u32>) -> Result<(i64, i32), PgError> {
    let name = if with_zone {
        "time with time zone"
    } else {
        "time"
    };
    match decode(text) {
        Ok((micros, offset)) => Ok((round(micros, p), offset)),
        Err(Bad::Syntax) => Err(PgError::new(
            "22007",
            format!("invalid input syntax for type {name}: \"{text}\""),
        )),
        Err(Bad::Range) => Err(PgError::new(
            "22008",
            format!("date/time field value out of range: \"{text}\""),
        )),
        Err(Bad::Offset) => Err(PgError::new(
            "22009",
            format!("time zone displacement out of range: \"{text}\""),
        )),
        Err(Bad::ZoneNotRecognized(word)) => Err(PgError::new(
            "22023",
            format!("time zone \"{word}\" not recognized"),
        )),
        Err(Bad::Unsupported(what)) => Err(PgError::unsupported(format!(
            "the {name} input \"{text}\" ({what})"
        ))),
    }
}

/// `DecodeTimeOnly` for the forms migrations write: `[date ]H:MM[:SS[.f]]`,
/// `HHMM[SS]`, an `am`/`pm` suffix, an offset or `Z`/`UTC`/`GMT`, `allballs`.
fn decode(text: &str) -> Result<(i64, i32), Bad> {
    let lower = text.trim().to_ascii_lowercase();
    if lower == "allballs" {
        return Ok((0, 0));
    }
    if lower == "now" {
        return Err(Bad::Unsupported("it reads the clock"));
    }
    if lower.is_empty() || lower.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err(Bad::Syntax);
    }
    // Words beside a clock without a colon (`10pm`, `1 hour`), and zone regions
    // (`Europe/Berlin`, which need a date), are not times.
    let has_letters = lower.contains(|c: char| c.is_ascii_alphabetic());
    if has_letters && (!lower.contains(':') || lower.contains('/')) {
        return Err(Bad::Syntax);
    }
    // A leading ISO date is read (and must be a date) then dropped.
    let mut rest = lower.as_str();
    if rest.len() >= 10 && rest.as_bytes()[4] == b'-' && rest.as_bytes()[7] == b'-' {
        let (y, m, d) = (
            rest[..4].parse::<i32>(),
            rest[5..7].parse::<u32>(),
            rest[8..10].parse::<u32>(),
        );
        let (Ok(y), Ok(m), Ok(d)) = (y, m, d) else {
            return Err(Bad::Unsupported("a date form"));
        };
        if chrono::NaiveDate::from_ymd_opt(y, m, d).is_none() {
            return Err(Bad::Range);
        }
        rest = rest[10..].trim_start_matches([' ', 't']);
    }
    let rest = rest.strip_prefix('t').unwrap_or(rest).trim();
    // The meridiem and the zone are the last words.
    let (rest, meridiem) = strip_meridiem(rest);
    let (clock, offset) = split_zone(&rest)?;
    let clock = clock.trim();
    let (mut hour, minute, second, fraction) = clock_fields(clock)?;
    // A zone word's error comes after the clock's field (DecodeTimeOnly reads the
    // fields in order) and before the range checks made once all are read.
    let offset = offset?;
    if let Some(pm) = meridiem {
        if hour > 12 {
            return Err(Bad::Range);
        }
        hour = hour % 12 + if pm { 12 } else { 0 };
    }
    if minute > 59 || second > 60 || hour > 24 {
        return Err(Bad::Range);
    }
    let micros = ((hour * 60 + minute) * 60 + second) * 1_000_000 + fraction;
    if micros > USECS_PER_DAY {
        return Err(Bad::Range);
    }
    Ok((micros, offset.unwrap_or(0)))
}

/// `10:00 pm`, `10:00pm`, `10:00 pm+02`: the text without the meridiem, and whether it
/// was `pm`. A meridiem glued to a zone word (`x-05pm`) is part of that word, not a
/// meridiem; one before a numeric offset (`pm+02`, `pm -05`) is a word of its own, as
/// `ParseDateTime` splits it (`pm-05` is a zone word: see `posix_zone`).
fn strip_meridiem(text: &str) -> (Cow<'_, str>, Option<bool>) {
    const MERIDIEMS: [(&str, bool); 2] = [("am", false), ("pm", true)];
    for (suffix, pm) in MERIDIEMS {
        if let Some(clock) = text.strip_suffix(suffix) {
            let glued_to_word =
                !clock.ends_with(' ') && clock.contains(|c: char| c.is_ascii_alphabetic());
            if glued_to_word {
                return (Cow::Borrowed(text), None);
            }
            return (Cow::Borrowed(clock.trim_end()), Some(pm));
        }
    }
    if let Some(at) = text.find(|c: char| c.is_ascii_alphabetic()) {
        let (clock, word) = text.split_at(at);
        for (meridiem, pm) in MERIDIEMS {
            let Some(zone) = word.strip_prefix(meridiem) else {
                continue;
            };
            // Only a numeric offset may follow: another word is left to be refused.
            let offset_follows = zone.starts_with(['+', ' '])
                && zone.trim_start().starts_with(['+', '-'])
                && !zone.contains(|c: char| c.is_ascii_alphabetic());
            if offset_follows {
                return (Cow::Owned(format!("{clock} {}", zone.trim())), Some(pm));
            }
        }
    }
    (Cow::Borrowed(text), None)
}

/// A zone's offset in seconds east (`None`: none written), or the zone's own error,
/// which comes after the clock's.
type Offset = Result<Option<i32>, Bad>;

/// Splits a trailing zone off the clock: `+hh[[:]mm[[:]ss]]`, `-...`, `z`, `utc`, `gmt`,
/// a POSIX-style word (`pm-05:30`). Returns the clock and the zone's offset.
fn split_zone(text: &str) -> Result<(&str, Offset), Bad> {
    for name in ["utc", "gmt", "z"] {
        if let Some(clock) = text.strip_suffix(name) {
            if clock.ends_with(|c: char| c.is_ascii_digit() || c == ' ' || c == '.') {
                return Ok((clock, Ok(Some(0))));
            }
        }
    }
    if let Some(at) = text.find(|c: char| c.is_ascii_alphabetic()) {
        let (clock, word) = text.split_at(at);
        if !word.contains(' ') {
            match posix_zone::read(word) {
                PosixZone::Fixed(offset) => return Ok((clock, Ok(Some(offset)))),
                PosixZone::NotRecognized => {
                    return Ok((clock, Err(Bad::ZoneNotRecognized(word.to_string()))))
                }
                PosixZone::Unread => {}
            }
        }
    }
    if text.contains(|c: char| c.is_ascii_alphabetic()) {
        // An abbreviation (`EST`, `CET`) needs PostgreSQL's abbreviation table.
        return Err(Bad::Unsupported("a time zone abbreviation"));
    }
    let Some(at) = text.find(['+', '-']) else {
        return Ok((text, Ok(None)));
    };
    let (clock, zone) = (&text[..at], &text[at..]);
    if clock.trim().is_empty() {
        return Err(Bad::Syntax);
    }
    let sign = if zone.starts_with('-') { -1 } else { 1 };
    let body = zone[1..].trim();
    let parts: Vec<&str> = if body.contains(':') {
        body.split(':').collect()
    } else if body.len() <= 2 {
        vec![body]
    } else if body.len() == 4 {
        vec![&body[..2], &body[2..]]
    } else if body.len() == 6 {
        vec![&body[..2], &body[2..4], &body[4..]]
    } else {
        return Err(Bad::Unsupported("an offset form"));
    };
    let mut fields = [0i32; 3];
    if parts.len() > 3 {
        return Err(Bad::Syntax);
    }
    for (field, part) in fields.iter_mut().zip(&parts) {
        if part.is_empty() || part.len() > 2 || !part.chars().all(|c| c.is_ascii_digit()) {
            return Err(Bad::Unsupported("an offset form"));
        }
        *field = part.parse().map_err(|_| Bad::Syntax)?;
    }
    if fields[1] > 59 || fields[2] > 59 {
        return Err(Bad::Range);
    }
    let offset = fields[0] * 3600 + fields[1] * 60 + fields[2];
    if offset > MAX_OFFSET {
        return Err(Bad::Offset);
    }
    Ok((clock, Ok(Some(sign * offset))))
}

/// The clock's fields: (hour, minute, second, microseconds).
fn clock_fields(clock: &str) -> Result<(i64, i64, i64, i64), Bad> {
    if !clock.contains(':') {
        // HHMM or HHMMSS (with an optional fraction).
        let (digits, frac) = match clock.split_once('.') {
            Some((d, f)) => (d, Some(f)),
            None => (clock, None),
        };
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(Bad::Syntax);
        }
        let n = |s: &str| s.parse::<i64>().map_err(|_| Bad::Syntax);
        return match digits.len() {
            4 if frac.is_none() => Ok((n(&digits[..2])?, n(&digits[2..])?, 0, 0)),
            6 => Ok((
                n(&digits[..2])?,
                n(&digits[2..4])?,
                n(&digits[4..])?,
                fraction(frac)?,
            )),
            1..=7 => Err(Bad::Syntax),
            _ => Err(Bad::Unsupported("a bare number")),
        };
    }
    let fields: Vec<&str> = clock.split(':').collect();
    let n = |s: &str| {
        if s.is_empty() || s.len() > 2 || !s.chars().all(|c| c.is_ascii_digit()) {
            return Err(Bad::Syntax);
        }
        s.parse::<i64>().map_err(|_| Bad::Syntax)
    };
    match fields.as_slice() {
        // `MM:SS.f`: a fraction on the second field makes it minutes and seconds.
        [m, s] if s.contains('.') => {
            let (s, f) = s.split_once('.').unwrap_or((s, ""));
            Ok((0, n(m)?, n(s)?, fraction(Some(f))?))
        }
        [h, m] => Ok((n(h)?, n(m)?, 0, 0)),
        [h, m, s] => {
            let (s, f) = match s.split_once('.') {
                Some((s, f)) => (s, Some(f)),
                None => (*s, None),
            };
            Ok((n(h)?, n(m)?, n(s)?, fraction(f)?))
        }
        _ => Err(Bad::Syntax),
    }
}

/// A fraction of a second in microseconds, rounded to even as `rint` rounds
/// (`12:34:56.1234567` keeps `.123457`; `.9999999` carries into the next second).
fn fraction(digits: Option<&str>) -> Result<i64, Bad> {
    let Some(digits) = digits else { return Ok(0) };
    if digits.is_empty() {
        return Ok(0);
    }
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(Bad::Syntax);
    }
    let value: f64 = format!("0.{digits}").parse().map_err(|_| Bad::Syntax)?;
    Ok((value * 1e6).round_ties_even() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> String {
        match input(text, false, None) {
            Ok((m, _)) => output(m),
            Err(e) => format!("{} {}", e.sqlstate, e.message),
        }
    }

    fn tz(text: &str) -> String {
        match input(text, true, None) {
            Ok((m, o)) => output_tz(m, o),
            Err(e) => format!("{} {}", e.sqlstate, e.message),
        }
    }

    /// Each answer as PGlite gave it.
    #[test]
    fn time_input_forms() {
        assert_eq!(t("12:34"), "12:34:00");
        assert_eq!(t("12:34:56.1234567"), "12:34:56.123457");
        assert_eq!(t("24:00"), "24:00:00");
        assert_eq!(t("1:2:3"), "01:02:03");
        assert_eq!(t("allballs"), "00:00:00");
        assert_eq!(t("12:00 PM"), "12:00:00");
        assert_eq!(t("12:00 am"), "00:00:00");
        assert_eq!(t("10:00pm"), "22:00:00");
        assert_eq!(t("10:00:00.5 pm"), "22:00:00.5");
        assert_eq!(t("2024-01-01 10:00"), "10:00:00");
        assert_eq!(t("10:00+02"), "10:00:00");
        assert_eq!(t("10:00 utc"), "10:00:00");
        assert_eq!(t("123456"), "12:34:56");
        assert_eq!(t("1230"), "12:30:00");
        assert_eq!(t("T10:00"), "10:00:00");
        assert_eq!(t("10:00.5"), "00:10:00.5");
        assert_eq!(t("10:00:60"), "10:01:00");
        assert_eq!(t("23:59:60"), "24:00:00");
        assert_eq!(t("23:59:59.9999999"), "24:00:00");
        assert_eq!(t("10:00:00."), "10:00:00");
        assert_eq!(
            t("abc"),
            "22007 invalid input syntax for type time: \"abc\""
        );
        assert_eq!(t("10"), "22007 invalid input syntax for type time: \"10\"");
        assert_eq!(
            t("-10:00"),
            "22007 invalid input syntax for type time: \"-10:00\""
        );
        assert_eq!(
            t("25:00"),
            "22008 date/time field value out of range: \"25:00\""
        );
        assert_eq!(
            t("12:60"),
            "22008 date/time field value out of range: \"12:60\""
        );
        assert_eq!(
            t("13:00 pm"),
            "22008 date/time field value out of range: \"13:00 pm\""
        );
        assert_eq!(
            t("24:00:00.5"),
            "22008 date/time field value out of range: \"24:00:00.5\""
        );
        assert_eq!(
            t("23:59:60.5"),
            "22008 date/time field value out of range: \"23:59:60.5\""
        );
        assert_eq!(
            t("2024-02-30 10:00"),
            "22008 date/time field value out of range: \"2024-02-30 10:00\""
        );
        assert!(input("10:00 EST", false, None)
            .unwrap_err()
            .unsupported
            .is_some());
        assert!(input("now", false, None).unwrap_err().unsupported.is_some());
    }

    #[test]
    fn timetz_input_and_output() {
        assert_eq!(tz("12:00"), "12:00:00+00");
        assert_eq!(tz("12:00+02"), "12:00:00+02");
        assert_eq!(tz("12:00-05:30"), "12:00:00-05:30");
        assert_eq!(tz("12:00 UTC"), "12:00:00+00");
        assert_eq!(tz("12:00Z"), "12:00:00+00");
        assert_eq!(tz("12:00:00.5+14"), "12:00:00.5+14");
        assert_eq!(tz("12:00+0530"), "12:00:00+05:30");
        assert_eq!(tz("12:00:01-00:00:30"), "12:00:01-00:00:30");
        assert_eq!(tz("10:00 +2"), "10:00:00+02");
        assert_eq!(tz("10:00-0"), "10:00:00+00");
        assert_eq!(tz("10:00:00+15:59:59"), "10:00:00+15:59:59");
        assert_eq!(
            tz("12:00+16"),
            "22009 time zone displacement out of range: \"12:00+16\""
        );
    }

    #[test]
    fn precision_rounds_half_up() {
        let r = |text: &str, p| output(input(text, false, Some(p)).unwrap().0);
        assert_eq!(r("12:34:56.789", 1), "12:34:56.8");
        assert_eq!(r("12:34:56.75", 1), "12:34:56.8");
        assert_eq!(r("23:59:59.99", 1), "24:00:00");
        assert_eq!(r("12:34:56.5", 0), "12:34:57");
        assert_eq!(r("10:00:00.125", 2), "10:00:00.13");
    }

    #[test]
    fn timetz_order_is_utc_then_offset() {
        use std::cmp::Ordering::*;
        let h = |n: i64| n * 3_600_000_000;
        assert_eq!(compare_tz((h(12), 7200), (h(10), 0)), Less);
        assert_eq!(compare_tz((h(12), 0), (h(10), -7200)), Less);
        assert_eq!(compare_tz((h(12), 0), (h(12), 0)), Equal);
    }
}
