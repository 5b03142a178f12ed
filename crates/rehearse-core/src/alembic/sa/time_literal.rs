//! `datetime.time(...)` as SQLAlchemy's `Time` literal renders it: `value.isoformat()`
//! (`07:05:03`, `07:05:03.000120`, `22:00:00+00:00`, `22:00:00-05:30`), for
//! `bulk_insert` rows. Python's own range checks come first (its `ValueError`).

use crate::alembic::py::{Call, Py};

/// The isoformat text of a `datetime.time(hour, minute, second, microsecond,
/// tzinfo=...)` call, or the message of the error Python (or the playground) gives.
pub fn iso_time(call: &Call) -> Result<String, String> {
    const FIELDS: [(&str, i64); 4] = [
        ("hour", 23),
        ("minute", 59),
        ("second", 59),
        ("microsecond", 999_999),
    ];
    let mut values = [0i64; 4];
    for (i, (name, max)) in FIELDS.iter().enumerate() {
        let arg = call.args.get(i).or_else(|| call.kw(name));
        values[i] = match arg {
            None => 0,
            Some(Py::Int(n)) => *n,
            Some(other) => {
                return Err(format!(
                    "TypeError: 'datetime.time' {name} must be an integer, not {}",
                    other.describe()
                ))
            }
        };
        if !(0..=*max).contains(&values[i]) {
            return Err(format!("ValueError: {name} must be in 0..{max}"));
        }
    }
    let [h, m, s, micro] = values;
    let mut text = format!("{h:02}:{m:02}:{s:02}");
    if micro != 0 {
        text.push_str(&format!(".{micro:06}"));
    }
    let tzinfo = call.args.get(4).or_else(|| call.kw("tzinfo"));
    match tzinfo {
        None | Some(Py::None) => {}
        Some(Py::Name(n)) if n == "datetime.timezone.utc" => text.push_str("+00:00"),
        Some(Py::Call(tz)) if tz.func == "datetime.timezone" => match tz.args.first() {
            Some(Py::Call(delta))
                if delta.func == "datetime.timedelta" && delta.args.is_empty() =>
            {
                let part = |k: &str| match delta.kw(k) {
                    Some(Py::Int(i)) => Ok(*i),
                    None => Ok(0),
                    Some(_) => {
                        Err("datetime.timedelta() offsets need whole hours=/minutes=".to_string())
                    }
                };
                let minutes = part("hours")? * 60 + part("minutes")?;
                if minutes.abs() >= 24 * 60 {
                    return Err("ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).".into());
                }
                let sign = if minutes < 0 { '-' } else { '+' };
                text.push_str(&format!(
                    "{sign}{:02}:{:02}",
                    minutes.abs() / 60,
                    minutes.abs() % 60
                ));
            }
            _ => {
                return Err(
                    "datetime.timezone() needs a datetime.timedelta(hours=..., minutes=...)".into(),
                )
            }
        },
        Some(other) => {
            return Err(format!(
                "tzinfo={} is not supported; use datetime.timezone.utc",
                other.describe()
            ))
        }
    }
    Ok(text)
}
