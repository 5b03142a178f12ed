//! PostgreSQL's size limits, with its errors, checked before anything is allocated;
//! and the engine's guard on its own recursion.
//!
//! * A value is at most `MaxAllocSize` (1 GB − 1) bytes including its 4-byte header:
//!   `repeat` refuses a longer result with 54000 "requested length too large", `||`
//!   fails in `palloc` with XX000 "invalid memory alloc request size N" (N counts the
//!   header). Checking first matters here more than in PostgreSQL: a doubling
//!   `UPDATE t SET v = v || v` would otherwise take the page's memory with it.
//! * The playground holds values up to [`MAX_VALUE_BYTES`] (64 MB), well below
//!   PostgreSQL's 1 GB: the engine copies a value several times on its way (the
//!   statement's copy of the table, the report's snapshots), and measured, a doubling
//!   `v || v` that reached PostgreSQL's limit took 4 GB natively and ran the wasm
//!   build out of memory. A bigger value is `0A000 Rehearse cannot simulate ...`, the
//!   engine's answer for what it cannot do; PostgreSQL's own error comes first where
//!   PostgreSQL would raise it.
//! * `char(n)` and `varchar(n)` take 1 ≤ n ≤ 10485760 (`MaxAttrSize`), else 22023; a
//!   length beyond PostgreSQL's `int4` constants is a syntax error at the number.
//! * Binding recurses once per expression level; [`enter`] stops it at
//!   [`MAX_BIND_DEPTH`] with PostgreSQL's own answer to a too-deep expression, 54001
//!   "stack depth limit exceeded". The SQL front end's token guard refuses deep input
//!   first (`crate::sql::MAX_EXPRESSION_DEPTH`); this is the backstop for expressions
//!   that reach the engine another way.

use crate::error::PgError;
use std::cell::Cell;

/// `MaxAllocSize`: the largest allocation PostgreSQL makes, so the largest value.
pub const MAX_ALLOC_SIZE: u64 = 0x3fff_ffff;

/// `VARHDRSZ`: a varlena value's length header.
const VARHDRSZ: u64 = 4;

/// The largest value the playground builds (see the module doc).
pub const MAX_VALUE_BYTES: u64 = 64 << 20;

/// `MaxAttrSize`: the largest length modifier of `char`/`varchar`.
pub const MAX_TYPE_LENGTH: u64 = 10 * 1024 * 1024;

/// The deepest expression the engine binds (see the module doc).
pub const MAX_BIND_DEPTH: usize = 256;

/// The byte length of `repeat(s, count)` for an `s` of `bytes` bytes, or PostgreSQL's
/// error when the result would not fit (`repeat` in varlena.c: a negative count is 0).
pub fn repeat_length(bytes: usize, count: i64) -> Result<usize, PgError> {
    let count = count.max(0) as u64;
    let total = (bytes as u64).checked_mul(count);
    match total {
        Some(n) if n <= i32::MAX as u64 && n + VARHDRSZ <= MAX_ALLOC_SIZE => {
            within_playground(n)?;
            Ok(n as usize)
        }
        _ => Err(PgError::requested_length_too_large()),
    }
}

/// Refuses a value of `bytes` over [`MAX_VALUE_BYTES`].
pub fn within_playground(bytes: u64) -> Result<(), PgError> {
    if bytes > MAX_VALUE_BYTES {
        return Err(PgError::value_too_large_to_simulate(
            bytes,
            MAX_VALUE_BYTES >> 20,
        ));
    }
    Ok(())
}

/// Checks that `left || right` (byte lengths) can be allocated (`text_catenate`).
pub fn concat_length(left: usize, right: usize) -> Result<(), PgError> {
    let request = left as u64 + right as u64 + VARHDRSZ;
    if request > MAX_ALLOC_SIZE {
        return Err(PgError::invalid_alloc_request(request));
    }
    within_playground(left as u64 + right as u64)
}

/// The length modifier of `char(n)`/`varchar(n)` (`type_name` as PostgreSQL names it:
/// `char` or `varchar`), or PostgreSQL's error (`anychar_typmod_check`).
pub fn type_length(n: u64, type_name: &str) -> Result<u32, PgError> {
    if n > i32::MAX as u64 {
        // The grammar reads a length as an int4 constant; a bigger one is a float.
        return Err(PgError::syntax_error(&n.to_string()));
    }
    if n < 1 {
        return Err(PgError::type_length_too_small(type_name));
    }
    if n > MAX_TYPE_LENGTH {
        return Err(PgError::type_length_too_large(type_name, MAX_TYPE_LENGTH));
    }
    Ok(n as u32)
}

thread_local! {
    /// Binding levels open on this thread (the core runs on one thread per call).
    static DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// One open level of binding; closing it (dropping) gives the level back.
pub struct Level(());

impl Drop for Level {
    fn drop(&mut self) {
        DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    }
}

/// Opens a level of binding, or refuses past [`MAX_BIND_DEPTH`].
pub fn enter() -> Result<Level, PgError> {
    DEPTH.with(|d| {
        let depth = d.get();
        if depth >= MAX_BIND_DEPTH {
            return Err(PgError::stack_depth_limit_exceeded());
        }
        d.set(depth + 1);
        Ok(Level(()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeat_refuses_what_postgresql_refuses() {
        // Measured on PGlite: 1073741819 bytes run out of memory there but pass the
        // check; 1073741820 are refused.
        let playground = |r: Result<usize, PgError>| r.unwrap_err().sqlstate == "0A000";
        assert!(playground(repeat_length(1, 1_073_741_819)));
        assert_eq!(
            repeat_length(1, 1_073_741_820).unwrap_err().sqlstate,
            "54000"
        );
        assert_eq!(repeat_length(1, 64 << 20).unwrap(), 64 << 20);
        assert!(playground(repeat_length(1, (64 << 20) + 1)));
        assert!(repeat_length(2, 536_870_910).is_err());
        assert!(repeat_length(1, 2_000_000_000).is_err());
        assert_eq!(repeat_length(0, 2_000_000_000).unwrap(), 0);
        assert_eq!(repeat_length(3, -1).unwrap(), 0);
        assert!(repeat_length(usize::MAX, i64::MAX).is_err());
    }

    #[test]
    fn concatenation_reports_the_request_with_its_header() {
        let e = concat_length(536_870_912, 536_870_912).unwrap_err();
        assert_eq!(e.sqlstate, "XX000");
        assert_eq!(e.message, "invalid memory alloc request size 1073741828");
        assert!(concat_length(536_870_912, 536_870_907)
            .unwrap_err()
            .unsupported
            .is_some());
        assert!(concat_length(32 << 20, 32 << 20).is_ok());
        let e = concat_length(32 << 20, (32 << 20) + 1).unwrap_err();
        assert_eq!(
            e.message,
            "Rehearse cannot simulate a value of 67108865 bytes (the playground holds values up to 64 MB; PostgreSQL: 1 GB) yet"
        );
    }

    #[test]
    fn type_lengths_follow_anychar_typmod_check() {
        assert_eq!(type_length(10_485_760, "char").unwrap(), 10_485_760);
        let e = type_length(10_485_761, "varchar").unwrap_err();
        assert_eq!(
            (e.sqlstate.as_str(), e.message.as_str()),
            ("22023", "length for type varchar cannot exceed 10485760")
        );
        let e = type_length(0, "char").unwrap_err();
        assert_eq!(e.message, "length for type char must be at least 1");
        let e = type_length(2_147_483_648, "varchar").unwrap_err();
        assert_eq!(e.sqlstate, "42601");
    }

    #[test]
    fn levels_are_given_back() {
        let levels: Vec<Level> = (0..MAX_BIND_DEPTH).map(|_| enter().unwrap()).collect();
        assert_eq!(enter().err().map(|e| e.sqlstate), Some("54001".to_string()));
        drop(levels);
        assert!(enter().is_ok());
    }
}
