//! The `interval` type: months, days and microseconds kept apart as PostgreSQL keeps
//! them, its input forms (`1 day 2 hours`, `01:30:00`, `-2 mons`, `3 weeks ago`), its
//! output (IntervalStyle `postgres`), and timestamp arithmetic.

use chrono::{Datelike, Months, NaiveDateTime};

/// An interval value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Interval {
    /// Months (years are 12 months).
    pub months: i64,
    /// Days.
    pub days: i64,
    /// Microseconds.
    pub micros: i64,
}

const USEC_PER_SEC: i64 = 1_000_000;
const USEC_PER_DAY: i64 = 86_400 * USEC_PER_SEC;

impl Interval {
    /// The key PostgreSQL orders intervals by (a month is 30 days).
    pub fn cmp_key(&self) -> i128 {
        (self.months as i128 * 30 + self.days as i128) * USEC_PER_DAY as i128 + self.micros as i128
    }

    /// Parses the input forms PostgreSQL accepts most often.
    pub fn parse(text: &str) -> Option<Interval> {
        let mut t = text.trim().to_ascii_lowercase();
        let ago = t.ends_with(" ago");
        if ago {
            t.truncate(t.len() - 4);
        }
        let t = t.trim_start_matches('@').trim();
        if t.is_empty() {
            return None;
        }
        let mut iv = Interval::default();
        let tokens: Vec<&str> = t.split_whitespace().collect();
        let mut i = 0;
        while i < tokens.len() {
            let tok = tokens[i];
            if tok.contains(':') {
                iv.micros += parse_clock(tok)?;
                i += 1;
                continue;
            }
            // "<number> <unit>" or "<number><unit>"
            let split = tok
                .find(|c: char| c.is_ascii_alphabetic())
                .unwrap_or(tok.len());
            let (num, unit) = if split < tok.len() {
                (&tok[..split], &tok[split..])
            } else {
                let unit = tokens.get(i + 1).copied();
                i += 1;
                (tok, unit.unwrap_or("second"))
            };
            let value: f64 = num.parse().ok()?;
            match unit.trim_end_matches(',') {
                "microsecond" | "microseconds" | "us" | "usec" | "usecs" => {
                    iv.micros += value as i64
                }
                "millisecond" | "milliseconds" | "ms" | "msec" | "msecs" => {
                    iv.micros += (value * 1e3) as i64
                }
                "second" | "seconds" | "s" | "sec" | "secs" => {
                    iv.micros += (value * 1e6).round() as i64
                }
                "minute" | "minutes" | "m" | "min" | "mins" => {
                    iv.micros += (value * 60e6).round() as i64
                }
                "hour" | "hours" | "h" | "hr" | "hrs" => {
                    iv.micros += (value * 3600e6).round() as i64
                }
                "day" | "days" | "d" => {
                    iv.days += value.trunc() as i64;
                    iv.micros += (value.fract() * USEC_PER_DAY as f64).round() as i64;
                }
                "week" | "weeks" | "w" => {
                    let days = value * 7.0;
                    iv.days += days.trunc() as i64;
                    iv.micros += (days.fract() * USEC_PER_DAY as f64).round() as i64;
                }
                "month" | "months" | "mon" | "mons" => {
                    iv.months += value.trunc() as i64;
                    iv.days += (value.fract() * 30.0).round() as i64;
                }
                "year" | "years" | "y" | "yr" | "yrs" => iv.months += (value * 12.0).round() as i64,
                "decade" | "decades" => iv.months += (value * 120.0).round() as i64,
                "century" | "centuries" => iv.months += (value * 1200.0).round() as i64,
                _ => return None,
            }
            i += 1;
        }
        if ago {
            iv = iv.negate();
        }
        Some(iv)
    }

    /// The negated interval.
    pub fn negate(self) -> Interval {
        Interval {
            months: -self.months,
            days: -self.days,
            micros: -self.micros,
        }
    }

    /// Scaled by a factor (fractions cascade down: months → days → microseconds).
    pub fn scale(self, f: f64) -> Interval {
        let months = self.months as f64 * f;
        let days = self.days as f64 * f + months.fract() * 30.0;
        let micros = self.micros as f64 * f + days.fract() * USEC_PER_DAY as f64;
        Interval {
            months: months.trunc() as i64,
            days: days.trunc() as i64,
            micros: micros.round() as i64,
        }
    }

    /// `timestamp + interval`: months first (clamping the day), then days, then time.
    pub fn add_to(self, ts: NaiveDateTime) -> Option<NaiveDateTime> {
        let with_months = if self.months >= 0 {
            ts.checked_add_months(Months::new(self.months as u32))?
        } else {
            ts.checked_sub_months(Months::new(self.months.unsigned_abs() as u32))?
        };
        let _ = with_months.day();
        with_months
            .checked_add_signed(chrono::Duration::try_days(self.days)?)?
            .checked_add_signed(chrono::Duration::microseconds(self.micros))
    }

    /// `timestamp - timestamp`: days and time, as PostgreSQL's `timestamp_mi`.
    pub fn between(a: NaiveDateTime, b: NaiveDateTime) -> Interval {
        let micros = (a - b).num_microseconds().unwrap_or(0);
        Interval {
            months: 0,
            days: micros / USEC_PER_DAY,
            micros: micros % USEC_PER_DAY,
        }
    }

    /// Output in IntervalStyle `postgres`: `1 year 2 mons 3 days 04:05:06.5`.
    pub fn output(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut negative_seen = false;
        let mut field = |value: i64, unit: &str, parts: &mut Vec<String>| {
            if value != 0 {
                let sign = if negative_seen && value > 0 { "+" } else { "" };
                negative_seen |= value < 0;
                let plural = if value == 1 { "" } else { "s" };
                parts.push(format!("{sign}{value} {unit}{plural}"));
            }
        };
        field(self.months / 12, "year", &mut parts);
        field(self.months % 12, "mon", &mut parts);
        field(self.days, "day", &mut parts);
        if self.micros != 0 || parts.is_empty() {
            let neg = self.micros < 0;
            let m = self.micros.unsigned_abs();
            let (secs, frac) = (m / USEC_PER_SEC as u64, m % USEC_PER_SEC as u64);
            let mut clock = format!("{:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60);
            if frac > 0 {
                let f = format!("{frac:06}");
                clock.push('.');
                clock.push_str(f.trim_end_matches('0'));
            }
            let sign = if neg {
                "-"
            } else if negative_seen {
                "+"
            } else {
                ""
            };
            parts.push(format!("{sign}{clock}"));
        }
        parts.join(" ")
    }
}

fn parse_clock(tok: &str) -> Option<i64> {
    let neg = tok.starts_with('-');
    let tok = tok.trim_start_matches(['-', '+']);
    let fields: Vec<&str> = tok.split(':').collect();
    let h: i64 = fields.first()?.parse().ok()?;
    let m: i64 = fields.get(1).map_or(Some(0), |f| f.parse().ok())?;
    let s: f64 = fields.get(2).map_or(Some(0.0), |f| f.parse().ok())?;
    if fields.len() > 3 {
        return None;
    }
    let micros = (h * 3600 + m * 60) * USEC_PER_SEC + (s * 1e6).round() as i64;
    Some(if neg { -micros } else { micros })
}

impl std::ops::Add for Interval {
    type Output = Interval;

    fn add(self, o: Interval) -> Interval {
        Interval {
            months: self.months + o.months,
            days: self.days + o.days,
            micros: self.micros + o.micros,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Interval;

    #[test]
    fn parses_and_prints_like_postgres() {
        let cases = [
            ("1 day 2 hours", "1 day 02:00:00"),
            ("90 minutes", "01:30:00"),
            ("1 year 2 months", "1 year 2 mons"),
            ("-1 days", "-1 days"),
            ("3 weeks", "21 days"),
            ("1.5 seconds", "00:00:01.5"),
            ("2 days ago", "-2 days"),
            ("0", "00:00:00"),
        ];
        for (input, output) in cases {
            assert_eq!(
                Interval::parse(input).map(|i| i.output()).as_deref(),
                Some(output),
                "{input}"
            );
        }
    }
}
