//! Durations as the lock-queue annotations write them (`20ms`, `1.5s`, `2min`), and
//! `lock_timeout`'s value as PostgreSQL's GUC reader (`parse_int` with a unit, guc.c)
//! takes it: a number, optional spaces, a unit (`us`, `ms`, `s`, `min`, `h`, `d`);
//! a bare number is milliseconds. Whole milliseconds: the simulation's clock.

/// Milliseconds per unit.
fn unit_ms(unit: &str) -> Option<f64> {
    Some(match unit {
        "us" => 0.001,
        "ms" => 1.0,
        "s" => 1000.0,
        "min" => 60_000.0,
        "h" => 3_600_000.0,
        "d" => 86_400_000.0,
        _ => return None,
    })
}

/// The longest duration the simulation takes (a day): its clock and budgets stay small.
pub const MAX_MS: u64 = 86_400_000;

/// Reads `text` (trimmed) as a duration; `bare_unit` is the unit of a bare number
/// (`None`: a unit is required). Rounded to whole milliseconds, as guc.c rounds.
pub fn parse(text: &str, bare_unit: Option<&str>) -> Result<u64, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let unit = unit.trim_start();
    let unit = if unit.is_empty() {
        bare_unit.ok_or_else(|| format!("\"{text}\" needs a unit (ms, s, min)"))?
    } else {
        unit
    };
    let value: f64 = number
        .parse()
        .map_err(|_| format!("\"{text}\" is not a duration (e.g. 20ms, 1.5s, 2min)"))?;
    let per = unit_ms(unit).ok_or_else(|| {
        format!("\"{unit}\" is not a unit of time (us, ms, s, min, h, d) in \"{text}\"")
    })?;
    let ms = (value * per).round();
    if ms > MAX_MS as f64 {
        return Err(format!("\"{text}\" is longer than a day"));
    }
    Ok(ms as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse("20ms", None), Ok(20));
        assert_eq!(parse("1.5s", None), Ok(1500));
        assert_eq!(parse("2min", None), Ok(120_000));
        assert_eq!(parse("2 s", None), Ok(2000));
        assert_eq!(parse("2000", Some("ms")), Ok(2000));
        assert!(parse("2000", None).unwrap_err().contains("needs a unit"));
        assert!(parse("5 fortnights", None)
            .unwrap_err()
            .contains("not a unit"));
        assert!(parse("s", None).is_err());
        assert_eq!(parse("1d", None), Ok(MAX_MS));
        assert!(parse("2d", None).unwrap_err().contains("longer than a day"));
    }
}
