//! Converting a value from one type to another: what `CAST`, `::`, assignment to a
//! column and `ALTER COLUMN ... TYPE` do to each value.
//!
//! Whether a cast is *allowed* in a context is [`SqlType::cast_context`]'s question; this
//! module performs an allowed one and raises PostgreSQL's per-value errors (out of range,
//! invalid input, value too long, numeric field overflow).

use super::types::SqlType;
use super::typmod::{apply_numeric_typmod, fit_char, fit_varchar};
use super::value::{check_int, float_out, input, parse_numeric, Value};
use crate::error::PgError;
use chrono::NaiveTime;
use rust_decimal::prelude::*;
use rust_decimal::RoundingStrategy;

/// Looks up the labels of an enum type.
pub type EnumLabels<'a> = &'a dyn Fn(&str) -> Option<Vec<String>>;

/// Converts `value` of type `from` to `to`. `explicit` selects `CAST` semantics for
/// length limits (silent truncation) instead of assignment's error.
pub fn convert(
    value: &Value,
    from: &SqlType,
    to: &SqlType,
    explicit: bool,
    enums: EnumLabels,
) -> Result<Value, PgError> {
    use SqlType::*;
    if value.is_null() {
        return Ok(Value::Null);
    }
    if let (Value::Text(s), Char(_), Text | Varchar(_)) = (value, from, to) {
        // bpchar -> text/varchar drops the padding.
        return text_to(s.trim_end_matches(' '), to, explicit, enums);
    }
    if let (Value::Array(a), Array(from), Array(to)) = (value, from, to) {
        let each = |v: &Value| convert(v, from, to, explicit, enums);
        return Ok(Value::Array(Box::new(a.try_map(each)?)));
    }
    if let (
        Value::Text(s),
        Jsonb,
        Boolean | SmallInt | Integer | BigInt | Numeric(_) | Real | Double,
    ) = (value, from, to)
    {
        return jsonb_to_scalar(s, to, explicit, enums);
    }
    let v = match (value, from, to) {
        // Text-like sources go through the target's input function.
        (Value::Text(s), Unknown | Text | Varchar(_) | Char(_) | Enum(_) | Json | Jsonb, _)
            if !matches!(to, Text | Varchar(_) | Char(_) | Json | Jsonb) =>
        {
            let s = if matches!(from, Char(_)) {
                s.trim_end_matches(' ')
            } else {
                s.as_str()
            };
            return text_to(s, to, explicit, enums);
        }
        (Value::Text(s), _, Json | Jsonb) => return text_to(s, to, explicit, enums),
        (Value::Int(i), _, SmallInt | Integer | BigInt) => Value::Int(check_int(*i as i128, to)?),
        (Value::Int(i), _, Numeric(t)) => {
            Value::Numeric(apply_numeric_typmod(Decimal::from(*i), *t)?)
        }
        (Value::Int(i), _, Real | Double) => Value::Float(round_float(*i as f64, to)),
        (Value::Int(i), _, Boolean) => Value::Bool(*i != 0),
        (Value::Numeric(d), _, SmallInt | Integer | BigInt) => {
            let r = d.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
            Value::Int(check_int(r.to_i128().unwrap_or(i128::MAX), to)?)
        }
        (Value::Numeric(d), _, Numeric(t)) => Value::Numeric(apply_numeric_typmod(*d, *t)?),
        (Value::Numeric(d), _, Real | Double) => {
            Value::Float(round_float(d.to_f64().unwrap_or(0.0), to))
        }
        (Value::Float(f), _, SmallInt | Integer | BigInt) => {
            let r = f.round_ties_even();
            if !r.is_finite() {
                return Err(PgError::out_of_range(&to.base_name()));
            }
            Value::Int(check_int(r as i128, to)?)
        }
        (Value::Float(f), _, Numeric(t)) => {
            if !f.is_finite() {
                return Err(PgError::unsupported("numeric NaN/Infinity"));
            }
            let text = float_out(*f, matches!(from, Real));
            let d = parse_numeric(&text).ok_or_else(|| PgError::invalid_input("numeric", &text))?;
            Value::Numeric(apply_numeric_typmod(d.normalize(), *t)?)
        }
        (Value::Float(f), _, Real | Double) => Value::Float(round_float(*f, to)),
        (Value::Bool(b), _, SmallInt | Integer | BigInt) => Value::Int(*b as i64),
        (Value::Int(_), _, Bytea) | (Value::Bytes(_), _, SmallInt | Integer | BigInt) => {
            return Err(PgError::unsupported(format!(
                "the cast from {} to {}",
                from.format(),
                to.format()
            )))
        }
        // The infinities stay infinite.
        (Value::Date(d), _, Timestamp | TimestampTz) if *d == chrono::NaiveDate::MAX => {
            Value::Timestamp(chrono::NaiveDateTime::MAX)
        }
        (Value::Date(d), _, Timestamp | TimestampTz) if *d == chrono::NaiveDate::MIN => {
            Value::Timestamp(chrono::NaiveDateTime::MIN)
        }
        (Value::Date(d), _, Timestamp | TimestampTz) => {
            Value::Timestamp(d.and_time(NaiveTime::MIN))
        }
        (Value::Timestamp(t), _, Date) => Value::Date(t.date()),
        (Value::Timestamp(t), _, Timestamp | TimestampTz) => Value::Timestamp(*t),
        (Value::Time(_) | Value::TimeTz(..) | Value::Timestamp(_) | Value::Interval(_), _, _)
            if matches!(to, Time(_) | TimeTz(_) | Interval) =>
        {
            super::time_cast::convert(value, from, to)?
        }
        // cidr(inet) clears the host bits.
        (Value::Inet(i), Inet, Cidr) => Value::Inet(i.network()),
        // Everything else reaching a string type is the source's output text.
        (_, _, Text | Varchar(_) | Char(_)) => {
            let text = match value {
                Value::Bool(b) => if *b { "true" } else { "false" }.to_string(),
                // text(inet) always shows the netmask.
                Value::Inet(i) => i.text(),
                other => other.output(from).unwrap_or_default(),
            };
            return text_to(&text, to, explicit, enums);
        }
        _ => value.clone(),
    };
    Ok(v)
}

fn text_to(text: &str, to: &SqlType, explicit: bool, enums: EnumLabels) -> Result<Value, PgError> {
    match to {
        SqlType::Varchar(Some(n)) => Ok(Value::Text(fit_varchar(text, *n, explicit)?)),
        SqlType::Char(n) => Ok(Value::Text(fit_char(text, *n, explicit, "character")?)),
        SqlType::Enum(name) => {
            let labels = enums(name).unwrap_or_default();
            if labels.iter().any(|l| l == text) {
                Ok(Value::Text(text.to_string()))
            } else {
                Err(PgError::new(
                    "22P02",
                    format!("invalid input value for enum {name}: \"{text}\""),
                ))
            }
        }
        // Each element through the element type's input and modifier.
        SqlType::Array(element) => Ok(Value::Array(Box::new(crate::value::array::input(
            text,
            &mut |s| text_to(s, element, explicit, enums),
        )?))),
        _ => input(text, to),
    }
}

/// jsonb's casts to the numeric types and boolean (`jsonb_int4`, ...): the number or
/// boolean inside, converted as a numeric is; JSON null is SQL NULL.
fn jsonb_to_scalar(
    text: &str,
    to: &SqlType,
    explicit: bool,
    enums: EnumLabels,
) -> Result<Value, PgError> {
    let json = crate::jsonb::read(text)?;
    let target = to.without_typmod().format();
    match crate::jsonb::scalar_for_cast(&json, &target)? {
        None => Ok(Value::Null),
        Some(crate::json::Json::Bool(b)) => Ok(Value::Bool(b)),
        Some(crate::json::Json::Number(n)) => {
            let canonical = crate::json::numeric_text(&n);
            let d = parse_numeric(&canonical).ok_or_else(|| {
                PgError::unsupported("a jsonb number beyond 28 significant digits")
            })?;
            convert(
                &Value::Numeric(d),
                &SqlType::Numeric(None),
                to,
                explicit,
                enums,
            )
        }
        Some(_) => Ok(Value::Null),
    }
}

fn round_float(f: f64, to: &SqlType) -> f64 {
    if matches!(to, SqlType::Real) {
        f as f32 as f64
    } else {
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_enums(_: &str) -> Option<Vec<String>> {
        None
    }

    #[test]
    fn assignment_to_varchar_checks_length() {
        let v = Value::Text("abcdef".into());
        let err = convert(
            &v,
            &SqlType::Text,
            &SqlType::Varchar(Some(3)),
            false,
            &no_enums,
        )
        .unwrap_err();
        assert_eq!(err.message, "value too long for type character varying(3)");
        let cut = convert(
            &v,
            &SqlType::Text,
            &SqlType::Varchar(Some(3)),
            true,
            &no_enums,
        )
        .unwrap();
        assert_eq!(cut, Value::Text("abc".into()));
    }
}
