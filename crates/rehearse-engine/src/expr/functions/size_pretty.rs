//! `pg_size_pretty(bigint)` and `pg_size_pretty(numeric)`: a byte count in bytes, kB,
//! MB, GB, TB or PB, as PostgreSQL's `dbsize.c` writes it (units of 1024, the
//! first unit whose limit the absolute size is below, half-rounded from kB up).
//!
//! PostgreSQL picks the overload (`integer` and `unknown` arguments are its 42725,
//! `builtins::resolve`'s answer), so a bound call has a bigint or a numeric.

use super::{Args, Bound};
use crate::error::PgError;
use crate::expr::{Expr, Scope};
use crate::types::SqlType;
use crate::value::Value;
use rust_decimal::prelude::ToPrimitive;

/// `size_pretty_units`: name, the limit below which the unit is used, whether its
/// value is half-rounded, and its power of two.
const UNITS: [(&str, i128, bool, u32); 6] = [
    ("bytes", 10 * 1024, false, 0),
    ("kB", 20 * 1024 - 1, true, 10),
    ("MB", 20 * 1024 - 1, true, 20),
    ("GB", 20 * 1024 - 1, true, 30),
    ("TB", 20 * 1024 - 1, true, 40),
    ("PB", 20 * 1024 - 1, true, 50),
];

/// The one argument, already of a parameter type PostgreSQL resolved to.
pub(super) fn bind(_: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    match args.first().map(|a| a.ty.without_typmod()) {
        Some(SqlType::BigInt | SqlType::Numeric(_)) if args.len() == 1 => Ok((args, SqlType::Text)),
        _ => Err(PgError::unsupported(format!(
            "the function {name}() with these arguments"
        ))),
    }
}

/// PostgreSQL's `half_rounded`: `(x ± 1) / 2`, truncated toward zero.
fn half_rounded(x: i128) -> i128 {
    (x + if x < 0 { -1 } else { 1 }) / 2
}

/// The text for an integral size (any value past the bytes unit is integral: the
/// divisions truncate).
fn pretty(mut size: i128) -> String {
    for (i, &(name, limit, round, bits)) in UNITS.iter().enumerate() {
        let next = UNITS.get(i + 1);
        if next.is_none() || size.abs() < limit {
            if round {
                size = half_rounded(size);
            }
            return format!("{size} {name}");
        }
        if let Some(&(_, _, next_round, next_bits)) = next {
            // One bit less when the next unit half-rounds, one more when this one did.
            let shift = next_bits - bits - u32::from(next_round) + u32::from(round);
            size /= 1i128 << shift;
        }
    }
    format!("{size} PB")
}

pub(super) fn pg_size_pretty(a: Args) -> Result<Value, PgError> {
    let text = match a.values.first() {
        Some(Value::Int(n)) => pretty(i128::from(*n)),
        // Below the bytes limit a numeric prints as it is (its scale kept: `1.000
        // bytes`); above it, dividing its integral part truncates exactly as
        // PostgreSQL's `numeric_div_trunc` of the whole value does.
        Some(Value::Numeric(d)) if d.abs() < rust_decimal::Decimal::from(UNITS[0].1) => {
            format!(
                "{} bytes",
                Value::Numeric(*d)
                    .output(&SqlType::Numeric(None))
                    .unwrap_or_default()
            )
        }
        Some(Value::Numeric(d)) => match d.trunc().to_i128() {
            Some(n) => pretty(n),
            None => return Err(PgError::unsupported("pg_size_pretty of this numeric")),
        },
        _ => return Ok(Value::Null),
    };
    Ok(Value::Text(text))
}

#[cfg(test)]
mod tests {
    #[test]
    fn units_as_postgresql_writes_them() {
        // Recorded on PGlite (`pg_size_pretty(n::bigint)`).
        for (n, text) in [
            (123i128, "123 bytes"),
            (10239, "10239 bytes"),
            (10240, "10 kB"),
            (10751, "10 kB"),
            (10752, "11 kB"),
            (-10752, "-11 kB"),
            (-10751, "-10 kB"),
            (20971519, "20 MB"),
            (1048575999, "1000 MB"),
            (i64::MAX as i128, "8192 PB"),
            (i64::MIN as i128, "-8192 PB"),
        ] {
            assert_eq!(super::pretty(n), text, "{n}");
        }
    }
}
