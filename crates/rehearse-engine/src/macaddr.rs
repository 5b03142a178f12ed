//! `macaddr`: PostgreSQL's `macaddr_in`, which tries seven `sscanf` patterns in turn
//! (`08:00:2b:01:02:03`, `08-00-2b-01-02-03`, `08002b:010203`, `08002b-010203`,
//! `0800.2b01.0203`, `0800-2b01-0203`, `08002b010203`), and `macaddr_out`.
//! The patterns are read with C's `sscanf` rules, emulated here: `%x` skips leading
//! whitespace and takes a sign and a `0x` prefix, and trailing whitespace is allowed.

use crate::error::PgError;

/// One piece of a `sscanf` format.
#[derive(Clone, Copy)]
enum Piece {
    /// `%x` (no width) or `%2x`.
    Hex(Option<usize>),
    /// A literal character.
    Lit(u8),
}

use Piece::{Hex, Lit};

const H: Piece = Hex(None);
const H2: Piece = Hex(Some(2));

/// `macaddr_in`'s patterns, in its order.
const PATTERNS: &[&[Piece]] = &[
    &[
        H,
        Lit(b':'),
        H,
        Lit(b':'),
        H,
        Lit(b':'),
        H,
        Lit(b':'),
        H,
        Lit(b':'),
        H,
    ],
    &[
        H,
        Lit(b'-'),
        H,
        Lit(b'-'),
        H,
        Lit(b'-'),
        H,
        Lit(b'-'),
        H,
        Lit(b'-'),
        H,
    ],
    &[H2, H2, H2, Lit(b':'), H2, H2, H2],
    &[H2, H2, H2, Lit(b'-'), H2, H2, H2],
    &[H2, H2, Lit(b'.'), H2, H2, Lit(b'.'), H2, H2],
    &[H2, H2, Lit(b'-'), H2, H2, Lit(b'-'), H2, H2],
    &[H2, H2, H2, H2, H2, H2],
];

fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `%x` with an optional width at `s[*i..]`: the C `int` it stores, or `None` when
/// no digit matched.
fn scan_hex(s: &[u8], i: &mut usize, width: Option<usize>) -> Option<i64> {
    while *i < s.len() && is_c_space(s[*i]) {
        *i += 1;
    }
    let limit = width.unwrap_or(usize::MAX);
    let mut used = 0;
    let mut negative = false;
    if used < limit && matches!(s.get(*i), Some(b'+' | b'-')) {
        negative = s[*i] == b'-';
        *i += 1;
        used += 1;
    }
    // A `0x` prefix is part of the number when a hex digit may follow it.
    if used + 2 <= limit
        && s.get(*i) == Some(&b'0')
        && matches!(s.get(*i + 1), Some(b'x' | b'X'))
        && s.get(*i + 2).is_some_and(u8::is_ascii_hexdigit)
        && used + 2 < limit
    {
        *i += 2;
        used += 2;
    }
    let mut value: u64 = 0;
    let mut digits = 0;
    let mut overflow = false;
    while used < limit {
        let Some(d) = s.get(*i).and_then(|b| (*b as char).to_digit(16)) else {
            break;
        };
        match value.checked_mul(16).and_then(|v| v.checked_add(d as u64)) {
            Some(v) => value = v,
            None => overflow = true,
        }
        *i += 1;
        used += 1;
        digits += 1;
    }
    if digits == 0 {
        return None;
    }
    // strtoul's result (ULONG_MAX on overflow, negated for a sign) stored in an int.
    let unsigned = if overflow { u64::MAX } else { value };
    let unsigned = if negative {
        unsigned.wrapping_neg()
    } else {
        unsigned
    };
    Some(unsigned as u32 as i32 as i64)
}

/// Runs one pattern then `%1s`: the six numbers when the pattern matched and nothing
/// but whitespace follows.
fn scan(s: &[u8], pattern: &[Piece]) -> Option<Vec<i64>> {
    let mut i = 0;
    let mut values = Vec::with_capacity(6);
    for piece in pattern {
        match *piece {
            Hex(width) => values.push(scan_hex(s, &mut i, width)?),
            Lit(c) => {
                if s.get(i) != Some(&c) {
                    return None;
                }
                i += 1;
            }
        }
    }
    // `%1s` matches iff non-whitespace garbage follows.
    s[i..].iter().all(|b| is_c_space(*b)).then_some(values)
}

/// `macaddr_in`.
pub fn input(text: &str) -> Result<[u8; 6], PgError> {
    let s = text.as_bytes();
    let Some(values) = PATTERNS.iter().find_map(|p| scan(s, p)) else {
        return Err(PgError::invalid_input("macaddr", text));
    };
    let mut out = [0u8; 6];
    for (o, v) in out.iter_mut().zip(&values) {
        if !(0..=255).contains(v) {
            return Err(PgError::new(
                "22003",
                format!("invalid octet value in \"macaddr\" value: \"{text}\""),
            ));
        }
        *o = *v as u8;
    }
    Ok(out)
}

/// `macaddr_out`: six lower-case hex pairs separated by colons.
pub fn output(mac: &[u8; 6]) -> String {
    mac.iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(":")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_spelling_reads_the_same() {
        for text in [
            "08:00:2b:01:02:03",
            "08-00-2b-01-02-03",
            "08002b:010203",
            "08002b-010203",
            "0800.2b01.0203",
            "0800-2b01-0203",
            "08002b010203",
            " 8:0:2B:1:2:3 ",
        ] {
            assert_eq!(output(&input(text).unwrap()), "08:00:2b:01:02:03", "{text}");
        }
    }

    #[test]
    fn errors_are_postgresqls() {
        let e = input("08:00:2b:01:02").unwrap_err();
        assert_eq!(e.sqlstate, "22P02");
        assert_eq!(
            e.message,
            "invalid input syntax for type macaddr: \"08:00:2b:01:02\""
        );
        assert_eq!(input("08:00:2b:01:02:03x").unwrap_err().sqlstate, "22P02");
        let e = input("100:00:2b:01:02:03").unwrap_err();
        assert_eq!(e.sqlstate, "22003");
        assert_eq!(
            e.message,
            "invalid octet value in \"macaddr\" value: \"100:00:2b:01:02:03\""
        );
        assert_eq!(input("-1:0:0:0:0:0").unwrap_err().sqlstate, "22003");
    }
}
