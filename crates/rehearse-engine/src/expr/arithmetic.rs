//! What the arithmetic and comparison operators compute, per operand type: integer
//! overflow, numeric result scales (`select_div_scale`), float overflow, date, timestamp
//! and interval arithmetic, with PostgreSQL's errors.
//!
//! **Invariant:** the operands arrive already cast by operator resolution; the operand
//! type is passed only where two types share a representation (a date difference).

use super::Op;
use crate::error::PgError;
use crate::types::SqlType;
use crate::value::{check_int, Value};
use rust_decimal::prelude::*;
use rust_decimal::RoundingStrategy;

/// PostgreSQL's `select_div_scale`: at least 16 significant digits, never fewer
/// decimals than either input.
fn div_scale(a: &Decimal, b: &Decimal) -> u32 {
    fn weight_and_first(d: &Decimal) -> (i64, i64) {
        // Weight in base-10000 digits of the first non-zero group, and that group.
        let s = d.abs().normalize().to_string();
        let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
        let int_part = int_part.trim_start_matches('0');
        if !int_part.is_empty() {
            let groups = int_part.len().div_ceil(4);
            let first_len = int_part.len() - (groups - 1) * 4;
            return (
                (groups - 1) as i64,
                int_part[..first_len].parse().unwrap_or(0),
            );
        }
        let mut frac = frac_part.to_string();
        while frac.len() % 4 != 0 {
            frac.push('0');
        }
        for (i, chunk) in frac.as_bytes().chunks(4).enumerate() {
            let g: i64 = std::str::from_utf8(chunk)
                .ok()
                .and_then(|c| c.parse().ok())
                .unwrap_or(0);
            if g != 0 {
                return (-(i as i64) - 1, g);
            }
        }
        (0, 0)
    }
    let (w1, f1) = weight_and_first(a);
    let (w2, f2) = weight_and_first(b);
    let mut qweight = w1 - w2;
    if f1 <= f2 {
        qweight -= 1;
    }
    let rscale = 16 - qweight * 4;
    // NUMERIC_MIN_DISPLAY_SCALE is 0; the upper bound (1000) is beyond anything the
    // engine's 28-digit numeric reaches, and `numeric_div` refuses scales it cannot hold.
    rscale.max(a.scale() as i64).max(b.scale() as i64).max(0) as u32
}

/// `a op b` over values of the bound operand type; NULL when either is NULL.
pub(crate) fn binary(
    op: Op,
    a: &Value,
    b: &Value,
    operand_ty: &SqlType,
    result_ty: &SqlType,
) -> Result<Value, PgError> {
    if let Some(v) = super::containers::evaluate(op, a, b, operand_ty, result_ty)? {
        return Ok(v);
    }
    if a.is_null() || b.is_null() {
        return Ok(Value::Null);
    }
    if op.is_comparison() {
        // citext's operators (`citext_cmp`): the lower-cased texts, compared as text.
        let folded = match (operand_ty, a, b) {
            (SqlType::Citext, Value::Text(x), Value::Text(y)) => Some((
                Value::Text(crate::key_equality::fold(x)),
                Value::Text(crate::key_equality::fold(y)),
            )),
            _ => None,
        };
        let (a, b) = match &folded {
            Some((x, y)) => (x, y),
            None => (a, b),
        };
        let ord = a.compare(b);
        return Ok(Value::Bool(match op {
            Op::Eq => ord.is_eq(),
            Op::Ne => ord.is_ne(),
            Op::Lt => ord.is_lt(),
            Op::Le => ord.is_le(),
            Op::Gt => ord.is_gt(),
            _ => ord.is_ge(),
        }));
    }
    if let Some(v) = super::time_ops::evaluate(op, a, b) {
        return v;
    }
    if op == Op::Concat && *result_ty == SqlType::Jsonb {
        let (Value::Text(x), Value::Text(y)) = (a, b) else {
            return Ok(Value::Null);
        };
        return Ok(Value::Text(crate::json::concat(x, y)?));
    }
    if op == Op::Concat && *result_ty == SqlType::Bytea {
        let (Value::Bytes(x), Value::Bytes(y)) = (a, b) else {
            return Ok(Value::Null);
        };
        crate::limits::concat_length(x.len(), y.len())?;
        return Ok(Value::Bytes([x.as_slice(), y.as_slice()].concat()));
    }
    if op == Op::Concat {
        let (Value::Text(x), Value::Text(y)) = (a, b) else {
            return Ok(Value::Null);
        };
        crate::limits::concat_length(x.len(), y.len())?;
        return Ok(Value::Text(format!("{x}{y}")));
    }
    let out_of_range = || PgError::new("22008", "timestamp out of range");
    if let (Value::Timestamp(t), Value::Interval(i)) = (a, b) {
        // timestamp_pl_interval: an infinite timestamp stays itself (the engine has no
        // infinite intervals, whose opposite-sign sums PostgreSQL rejects).
        if *t == chrono::NaiveDateTime::MAX || *t == chrono::NaiveDateTime::MIN {
            return Ok(Value::Timestamp(*t));
        }
        let i = if op == Op::Sub { i.negate() } else { *i };
        return Ok(Value::Timestamp(i.add_to(*t).ok_or_else(out_of_range)?));
    }
    match (a, b) {
        (Value::Interval(x), Value::Interval(y)) => {
            return Ok(Value::Interval(if op == Op::Sub {
                *x + y.negate()
            } else {
                *x + *y
            }))
        }
        (Value::Timestamp(x), Value::Timestamp(y)) => {
            // An infinite side gives PostgreSQL 17+'s infinite interval, which the
            // engine's interval does not represent.
            let infinite = |t: &chrono::NaiveDateTime| {
                *t == chrono::NaiveDateTime::MAX || *t == chrono::NaiveDateTime::MIN
            };
            if infinite(x) || infinite(y) {
                return Err(PgError::unsupported(
                    "subtracting an infinite timestamp (an infinite interval)",
                ));
            }
            // `timestamp_mi`: the difference in microseconds must fit in 64 bits.
            if (*x - *y).num_microseconds().is_none() {
                return Err(PgError::new("22008", "interval out of range"));
            }
            return Ok(Value::Interval(crate::interval::Interval::between(*x, *y)));
        }
        (Value::Interval(x), Value::Float(f)) => {
            if op == Op::Div && *f == 0.0 {
                return Err(PgError::division_by_zero());
            }
            return Ok(Value::Interval(x.scale(if op == Op::Div {
                1.0 / f
            } else {
                *f
            })));
        }
        _ => {}
    }
    Ok(match (a, b) {
        (Value::Int(x), Value::Int(y))
            if *result_ty == SqlType::Integer && matches!(operand_ty, SqlType::Date) =>
        {
            Value::Int(x - y)
        }
        // The infinities absorb day arithmetic.
        (Value::Date(d), Value::Int(_))
            if *d == chrono::NaiveDate::MAX || *d == chrono::NaiveDate::MIN =>
        {
            Value::Date(*d)
        }
        (Value::Date(d), Value::Int(n)) => {
            let out_of_range = || PgError::new("22008", "date out of range");
            let days = if op == Op::Add {
                Some(*n)
            } else {
                n.checked_neg()
            }
            .ok_or_else(out_of_range)?;
            let delta = chrono::Duration::try_days(days).ok_or_else(out_of_range)?;
            Value::Date(d.checked_add_signed(delta).ok_or_else(out_of_range)?)
        }
        (Value::Date(x), Value::Date(y)) => Value::Int((*x - *y).num_days()),
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x as i128, *y as i128);
            let v = match op {
                Op::Add => x + y,
                Op::Sub => x - y,
                Op::Mul => x * y,
                Op::Div | Op::Mod if y == 0 => return Err(PgError::division_by_zero()),
                Op::Div => x / y,
                _ => x % y,
            };
            Value::Int(check_int(v, result_ty)?)
        }
        (Value::Numeric(x), Value::Numeric(y)) => Value::Numeric(numeric_op(op, x, y)?),
        (Value::Float(x), Value::Float(y)) => {
            let v = match op {
                Op::Add => x + y,
                Op::Sub => x - y,
                Op::Mul => x * y,
                Op::Div if *y == 0.0 => return Err(PgError::division_by_zero()),
                Op::Div => x / y,
                _ => {
                    return Err(PgError::undefined_operator(
                        &result_ty.format(),
                        "%",
                        &result_ty.format(),
                    ))
                }
            };
            if v.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(PgError::new("22003", "value out of range: overflow"));
            }
            Value::Float(if *result_ty == SqlType::Real {
                v as f32 as f64
            } else {
                v
            })
        }
        _ => Value::Null,
    })
}

/// numeric arithmetic with PostgreSQL's result scales: max for + and -, the sum for *,
/// `select_div_scale` for /.
fn numeric_op(op: Op, x: &Decimal, y: &Decimal) -> Result<Decimal, PgError> {
    let overflow = || PgError::new("22003", "value overflows numeric format");
    let mut r = match op {
        Op::Add => x.checked_add(*y).ok_or_else(overflow)?,
        Op::Sub => x.checked_sub(*y).ok_or_else(overflow)?,
        Op::Mul => x.checked_mul(*y).ok_or_else(overflow)?,
        _ => return numeric_div(op, x, y),
    };
    let scale = match op {
        Op::Mul => (x.scale() + y.scale()).min(28),
        _ => x.scale().max(y.scale()),
    };
    if r.scale() < scale {
        r.rescale(scale);
    }
    Ok(r)
}

/// numeric `/` (rounded to `select_div_scale`) and `%`.
fn numeric_div(op: Op, x: &Decimal, y: &Decimal) -> Result<Decimal, PgError> {
    if y.is_zero() {
        return Err(PgError::division_by_zero());
    }
    if op == Op::Div {
        let scale = div_scale(x, y);
        let q = x
            .checked_div(*y)
            .ok_or_else(|| PgError::new("22003", "value overflows numeric format"))?;
        return round_quotient(q, x, y, scale);
    }
    x.checked_rem(*y).ok_or_else(PgError::division_by_zero)
}

/// The quotient `q` (rust_decimal's, exact to about 28 significant digits) rounded
/// half away from zero to `scale` digits, as `div_var` rounds; refused where the
/// engine's 28 digits cannot hold that many decimals (`1 / 3000000000000` has 32, which
/// PostgreSQL prints in full) or cannot tell which way the exact quotient rounds.
fn round_quotient(q: Decimal, x: &Decimal, y: &Decimal, scale: u32) -> Result<Decimal, PgError> {
    let beyond = || PgError::unsupported("a numeric quotient beyond 28 significant digits");
    if scale > 28 {
        return Err(beyond());
    }
    // `q` is itself rounded at its last digit: when it stops one digit past `scale`
    // with a 5, the exact quotient may lie on either side of that midpoint.
    let digits = q.normalize();
    if digits.scale() == scale + 1 && (digits.mantissa() % 10).abs() == 5 {
        let exact = q.checked_mul(*y).is_some_and(|back| back == *x);
        if !exact {
            return Err(beyond());
        }
    }
    let mut r = q.round_dp_with_strategy(scale, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(scale);
    if r.scale() != scale {
        // rescale caps the scale where the mantissa would overflow 96 bits.
        return Err(beyond());
    }
    // Fewer digits in `q` than the result shows, and `q` was not exact: the shown
    // digits past rust_decimal's precision would be made up.
    if digits.scale() < scale && q.checked_mul(*y).is_none_or(|back| back != *x) {
        return Err(beyond());
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_division_keeps_sixteen_significant_digits() {
        let one = Decimal::from_str("1.0").unwrap();
        let three = Decimal::from(3);
        assert_eq!(div_scale(&one, &three), 20);
        assert_eq!(div_scale(&Decimal::from(10), &Decimal::from(4)), 16);
    }
}
