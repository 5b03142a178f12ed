//! `to_char(numeric, text)` (integers read as numeric): PostgreSQL's `NUM_processor`
//! for the patterns migrations use: `9` and `0` digits, `.`/`D`, `,`/`G`, `FM`, a sign
//! (`S`, `MI`, `PR`, or the default slot before the first digit), `TH`/`th`, and `#`
//! overflow. The value is rounded half away from zero to the pattern's fraction
//! digits. `L`, `V`, `EEEE`, `RN`, `PL`, `SG` are refused, named.

use crate::error::PgError;
use rust_decimal::{Decimal, RoundingStrategy};

/// One element of a number pattern.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Nine,
    Zero,
    Point,
    Group,
    Sign,
    Minus,
    Angle,
    Ordinal(bool),
    Literal(char),
}

fn parse(format: &str) -> Result<(Vec<Part>, bool), PgError> {
    let mut parts = Vec::new();
    let mut fill = false;
    let mut rest = format;
    while let Some(c) = rest.chars().next() {
        let upper = rest.to_ascii_uppercase();
        let (part, len) = if upper.starts_with("FM") {
            fill = true;
            rest = &rest[2..];
            continue;
        } else if upper.starts_with("MI") {
            (Part::Minus, 2)
        } else if upper.starts_with("PR") {
            (Part::Angle, 2)
        } else if upper.starts_with("TH") {
            (Part::Ordinal(rest.starts_with("TH")), 2)
        } else {
            match c.to_ascii_uppercase() {
                '9' => (Part::Nine, 1),
                '0' => (Part::Zero, 1),
                '.' | 'D' => (Part::Point, 1),
                ',' | 'G' => (Part::Group, 1),
                'S' => (Part::Sign, 1),
                'L' | 'V' | 'E' | 'R' | 'P' | 'B' | 'C' => {
                    return Err(PgError::unsupported(format!(
                        "the to_char() number pattern \"{format}\""
                    )))
                }
                _ => (Part::Literal(c), c.len_utf8()),
            }
        };
        parts.push(part);
        rest = &rest[len..];
    }
    Ok((parts, fill))
}

/// The formatted number.
pub(super) fn format(value: &Decimal, format: &str) -> Result<String, PgError> {
    let (parts, fill) = parse(format)?;
    let point = parts.iter().position(|p| *p == Part::Point);
    let is_digit = |p: &Part| matches!(p, Part::Nine | Part::Zero);
    let int_positions: Vec<usize> = parts
        .iter()
        .enumerate()
        .filter(|(i, p)| is_digit(p) && point.is_none_or(|at| *i < at))
        .map(|(i, _)| i)
        .collect();
    let frac_digits = point.map_or(0, |at| parts[at..].iter().filter(|p| is_digit(p)).count());
    let rounded =
        value.round_dp_with_strategy(frac_digits as u32, RoundingStrategy::MidpointAwayFromZero);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let abs = rounded.abs();
    let text = format!("{abs:.frac_digits$}");
    let (int_text, frac_text) = text.split_once('.').unwrap_or((&text, ""));
    let int_text = if int_text == "0" && frac_digits > 0 {
        ""
    } else {
        int_text
    };
    let explicit_sign = parts
        .iter()
        .any(|p| matches!(p, Part::Sign | Part::Minus | Part::Angle));
    let overflow = int_text.len() > int_positions.len();
    let zero_start = int_positions
        .iter()
        .position(|i| parts[*i] == Part::Zero)
        .unwrap_or(usize::MAX);
    let sign_char = |start: bool| -> String {
        if parts.contains(&Part::Angle) {
            return if negative {
                "<".into()
            } else if fill {
                String::new()
            } else {
                " ".into()
            };
        }
        let _ = start;
        match (negative, fill, parts.contains(&Part::Sign)) {
            (true, _, _) => "-".into(),
            (false, _, true) => "+".into(),
            (false, true, false) => String::new(),
            (false, false, false) => " ".into(),
        }
    };
    let leading_sign =
        matches!(parts.first(), Some(Part::Sign)) || !explicit_sign || parts.contains(&Part::Angle);
    let mut out = String::new();
    let mut started = false;
    let mut int_index = 0;
    let mut frac_index = 0;
    let mut sign_written = !leading_sign;
    let frac_chars: Vec<char> = frac_text.chars().collect();
    for (i, part) in parts.iter().enumerate() {
        let in_int = point.is_none_or(|at| i < at);
        match part {
            Part::Nine | Part::Zero if in_int => {
                let k = int_positions.len() - int_index;
                let ch = if overflow {
                    Some('#')
                } else if k <= int_text.len() {
                    int_text.chars().nth(int_text.len() - k)
                } else if int_index >= zero_start {
                    Some('0')
                } else {
                    None
                };
                int_index += 1;
                match ch {
                    Some(c) => {
                        if !sign_written {
                            out.push_str(&sign_char(true));
                            sign_written = true;
                        }
                        started = true;
                        out.push(c);
                    }
                    None if !fill => out.push(' '),
                    None => {}
                }
            }
            Part::Nine | Part::Zero => {
                let c = if overflow {
                    '#'
                } else {
                    frac_chars.get(frac_index).copied().unwrap_or('0')
                };
                frac_index += 1;
                out.push(c);
            }
            Part::Point => {
                if !sign_written {
                    out.push_str(&sign_char(true));
                    sign_written = true;
                }
                out.push('.');
            }
            Part::Group if started => out.push(','),
            Part::Group if !fill => out.push(' '),
            Part::Group => {}
            Part::Sign if i > 0 => out.push_str(&sign_char(false)),
            Part::Sign => {}
            Part::Minus => out.push_str(if negative {
                "-"
            } else if fill {
                ""
            } else {
                " "
            }),
            Part::Angle => out.push_str(if negative {
                ">"
            } else if fill {
                ""
            } else {
                " "
            }),
            Part::Ordinal(upper) => {
                if !overflow && frac_digits == 0 {
                    let n = int_text.parse::<i64>().unwrap_or(0);
                    out.push_str(&super::to_char::ordinal(n, *upper));
                }
            }
            Part::Literal(c) => out.push(*c),
        }
    }
    if fill {
        // FM drops the trailing zeros that `9` fraction digits would show.
        if let Some(at) = point {
            let nines_after = parts[at..]
                .iter()
                .rev()
                .take_while(|p| **p == Part::Nine || !is_digit(p) && **p != Part::Point)
                .filter(|p| **p == Part::Nine)
                .count();
            let tail_len = parts[at..]
                .iter()
                .rev()
                .take_while(|p| **p != Part::Point && !is_digit(p))
                .count();
            if tail_len == 0 {
                let mut removed = 0;
                while removed < nines_after && out.ends_with('0') {
                    out.pop();
                    removed += 1;
                }
            }
        }
    }
    Ok(out)
}
