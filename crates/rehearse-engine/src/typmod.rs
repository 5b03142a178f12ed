//! Type modifiers applied to a value: the scale and precision of `numeric(p, s)` and
//! the length of `varchar(n)` / `char(n)`, with PostgreSQL's errors (numeric field
//! overflow, value too long).
//!
//! Both a type's input function (`value`) and a cast (`cast`) end by applying the
//! target's modifier, so it lives below both of them.

use crate::error::PgError;
use rust_decimal::prelude::*;
use rust_decimal::RoundingStrategy;

/// `varchar(n)`: too long is an error unless the excess is spaces, or the cast is explicit.
pub fn fit_varchar(text: &str, n: u32, explicit: bool) -> Result<String, PgError> {
    fit(text, n, explicit, "character varying")
}

/// `char(n)`: like varchar, then padded with spaces to `n`.
pub fn fit_char(text: &str, n: u32, explicit: bool, name: &str) -> Result<String, PgError> {
    let mut s = fit(text, n, explicit, name)?;
    let len = s.chars().count();
    s.extend(std::iter::repeat_n(' ', (n as usize).saturating_sub(len)));
    Ok(s)
}

fn fit(text: &str, n: u32, explicit: bool, name: &str) -> Result<String, PgError> {
    let n = n as usize;
    if text.chars().count() <= n {
        return Ok(text.to_string());
    }
    let head: String = text.chars().take(n).collect();
    let tail_is_spaces = text.chars().skip(n).all(|c| c == ' ');
    if explicit || tail_is_spaces {
        Ok(head)
    } else {
        Err(PgError::new(
            "22001",
            format!("value too long for type {name}({n})"),
        ))
    }
}

/// Rounds to the scale of `numeric(p, s)` and checks the precision.
pub fn apply_numeric_typmod(d: Decimal, typmod: Option<(u32, u32)>) -> Result<Decimal, PgError> {
    let Some((precision, scale)) = typmod else {
        return Ok(d);
    };
    let scale = scale.min(28);
    let mut rounded = d.round_dp_with_strategy(scale, RoundingStrategy::MidpointAwayFromZero);
    let max_digits = precision.saturating_sub(scale);
    let limit = Decimal::from_i128_with_scale(10i128.pow(max_digits.min(28)), 0);
    if !rounded.is_zero() && rounded.abs() >= limit {
        let bound = if max_digits > 0 {
            format!("10^{max_digits}")
        } else {
            "1".to_string()
        };
        return Err(PgError::new("22003", "numeric field overflow").detail(format!(
            "A field with precision {precision}, scale {scale} must round to an absolute value less than {bound}."
        )));
    }
    rounded.rescale(scale);
    Ok(rounded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_typmod_rounds_and_overflows() {
        let d = Decimal::from_str("1.005").unwrap();
        assert_eq!(
            apply_numeric_typmod(d, Some((10, 2))).unwrap().to_string(),
            "1.01"
        );
        let err = apply_numeric_typmod(Decimal::from(1000), Some((5, 2))).unwrap_err();
        assert_eq!(
            err.detail.as_deref(),
            Some(
                "A field with precision 5, scale 2 must round to an absolute value less than 10^3."
            )
        );
    }
}
