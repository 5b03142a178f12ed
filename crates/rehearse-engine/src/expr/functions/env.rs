//! Functions of the environment ([`Env`](crate::expr::Env)) rather than of their
//! arguments: the transaction's clock (`now()` and its synonyms, `localtimestamp`,
//! `current_date`), sequences (`nextval`, `setval`), `gen_random_uuid()` (and
//! uuid-ossp's `uuid_generate_v4()`, the same generator) and uuid-ossp's constants.
//!
//! **Invariant:** none of them folds (their entries are stable or volatile), so a
//! sequence advances once per row, as in PostgreSQL, and the clock is read at run time.

use super::{Args, Bound};
use crate::error::PgError;
use crate::expr::{Expr, Scope};
use crate::types::{CastContext, SqlType};
use crate::value::Value;

/// The transaction's start: the same value for every call in the transaction.
pub(super) fn now(a: Args) -> Result<Value, PgError> {
    Ok(Value::Timestamp(a.env.now))
}

/// `localtime`: the transaction's time of day.
pub(super) fn local_time(a: Args) -> Result<Value, PgError> {
    Ok(Value::Time(crate::time_cast::of_day(&a.env.now)))
}

/// `current_time`: the transaction's time of day, in UTC.
pub(super) fn current_time(a: Args) -> Result<Value, PgError> {
    Ok(Value::TimeTz(crate::time_cast::of_day(&a.env.now), 0))
}

/// `age(x)`: from midnight of the transaction's date (the clock) to `x`.
pub(super) fn age_from_today(a: Args) -> Result<Value, PgError> {
    let Some(Value::Timestamp(x)) = a.values.first() else {
        return Ok(Value::Null);
    };
    let midnight = a.env.now.date().and_time(chrono::NaiveTime::MIN);
    super::datetime::age_between(midnight, *x).map(Value::Interval)
}

pub(super) fn current_date(a: Args) -> Result<Value, PgError> {
    Ok(Value::Date(a.env.now.date()))
}

/// A version 4 uuid from a deterministic generator (a 64-bit LCG seeded per run), so a
/// run's output is reproducible.
pub(super) fn gen_random_uuid(a: Args) -> Result<Value, PgError> {
    let random = &mut *a.env.random;
    let mut next = || {
        *random = random
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *random as u128
    };
    let hi = next();
    let bits = (hi << 64) | next();
    let bits = (bits & !(0xf << 76)) | (0x4 << 76);
    let bits = (bits & !(0x3 << 62)) | (0x2 << 62);
    Ok(Value::Uuid(bits))
}

/// uuid-ossp's `uuid_nil()`: all zeros.
pub(super) fn uuid_nil(_: Args) -> Result<Value, PgError> {
    Ok(Value::Uuid(0))
}

/// uuid-ossp's namespace constants (RFC 4122, appendix C).
pub(super) fn uuid_ns_dns(_: Args) -> Result<Value, PgError> {
    Ok(Value::Uuid(0x6ba7b810_9dad_11d1_80b4_00c04fd430c8))
}

pub(super) fn uuid_ns_url(_: Args) -> Result<Value, PgError> {
    Ok(Value::Uuid(0x6ba7b811_9dad_11d1_80b4_00c04fd430c8))
}

pub(super) fn uuid_ns_oid(_: Args) -> Result<Value, PgError> {
    Ok(Value::Uuid(0x6ba7b812_9dad_11d1_80b4_00c04fd430c8))
}

pub(super) fn uuid_ns_x500(_: Args) -> Result<Value, PgError> {
    Ok(Value::Uuid(0x6ba7b814_9dad_11d1_80b4_00c04fd430c8))
}

/// `nextval(regclass)`: the sequence's name as text (`'s'::regclass` binds so).
pub(super) fn bind_nextval(scope: &Scope, _: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let arg = args
        .into_iter()
        .next()
        .ok_or_else(|| PgError::unsupported("nextval()"))?;
    Ok((vec![scope.resolve_unknown(arg)?], SqlType::BigInt))
}

/// `setval(regclass, bigint [, is_called boolean])`.
pub(super) fn bind_setval(scope: &Scope, _: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let mut args = args.into_iter();
    let (Some(seq), Some(value)) = (args.next(), args.next()) else {
        return Err(PgError::unsupported("setval()"));
    };
    let seq = scope.resolve_unknown(seq)?;
    let value = scope.coerce(value, &SqlType::BigInt, CastContext::Implicit)?;
    let mut bound = vec![seq, value];
    if let Some(is_called) = args.next() {
        bound.push(scope.coerce(is_called, &SqlType::Boolean, CastContext::Implicit)?);
    }
    Ok((bound, SqlType::BigInt))
}

pub(super) fn nextval(a: Args) -> Result<Value, PgError> {
    let Some(name) = a.text(0).map(super::sequence_session::sequence_name) else {
        return Ok(Value::Null);
    };
    Ok(Value::Int(a.env.draw(&name)?))
}

pub(super) fn setval(a: Args) -> Result<Value, PgError> {
    let (Some(name), Some(Value::Int(v))) = (
        a.text(0).map(super::sequence_session::sequence_name),
        a.values.get(1),
    ) else {
        return Ok(Value::Null);
    };
    let v = *v;
    // is_called false: the next nextval returns v itself.
    let is_called = !matches!(a.values.get(2), Some(Value::Bool(false)));
    let seq = a
        .env
        .sequences
        .get_mut(&name)
        .ok_or_else(|| PgError::undefined_table(&name))?;
    seq.last = if is_called {
        Some(v)
    } else if v == seq.start {
        None
    } else {
        Some(v.saturating_sub(seq.increment))
    };
    a.env.sequence_session.set(seq, v, is_called);
    Ok(Value::Int(v))
}
