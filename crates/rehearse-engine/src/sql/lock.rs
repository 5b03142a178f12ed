//! `LOCK [ TABLE ] [ ONLY ] name [ * ] [, ...] [ IN lockmode MODE ] [ NOWAIT ]`, which
//! sqlparser 0.52 has no grammar for, read on the token stream; and running it: the
//! names must be tables or views, inside a transaction (the lock itself is reported by
//! the analysis, not simulated).

use super::{ident_text, StatementKind};
use crate::error::PgError;
use crate::lock_mode::LockMode;
use crate::{Engine, StatementResult};
use sqlparser::tokenizer::{Token, TokenWithLocation};

/// A parsed LOCK statement.
#[derive(Debug, Clone, PartialEq)]
pub struct LockTable {
    /// The relations (unqualified names), in order.
    pub names: Vec<String>,
    /// The mode.
    pub mode: LockMode,
    /// NOWAIT.
    pub nowait: bool,
}

fn is_word(t: Option<&TokenWithLocation>, text: &str) -> bool {
    matches!(t.map(|t| &t.token), Some(Token::Word(w)) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(text))
}

/// The mode words starting at `i` up to `MODE`: the mode and the index after `MODE`.
fn mode(tokens: &[TokenWithLocation], i: usize) -> Option<(LockMode, usize)> {
    use LockMode::*;
    const MODES: [(&[&str], LockMode); 8] = [
        (&["access", "share"], AccessShare),
        (&["row", "share"], RowShare),
        (&["row", "exclusive"], RowExclusive),
        (&["share", "update", "exclusive"], ShareUpdateExclusive),
        (&["share", "row", "exclusive"], ShareRowExclusive),
        (&["share"], Share),
        (&["exclusive"], Exclusive),
        (&["access", "exclusive"], AccessExclusive),
    ];
    MODES.iter().find_map(|(words, mode)| {
        let matches = words
            .iter()
            .enumerate()
            .all(|(k, w)| is_word(tokens.get(i + k), w));
        (matches && is_word(tokens.get(i + words.len()), "mode"))
            .then_some((*mode, i + words.len() + 1))
    })
}

/// Reads a LOCK statement; `None` when the tokens are not exactly that form (sqlparser
/// then reports its syntax error).
pub(super) fn read(tokens: &[TokenWithLocation]) -> Option<StatementKind> {
    if !is_word(tokens.first(), "lock") {
        return None;
    }
    let mut i = 1;
    if is_word(tokens.get(i), "table") {
        i += 1;
    }
    let mut names = Vec::new();
    loop {
        if is_word(tokens.get(i), "only") {
            i += 1;
        }
        let mut last = ident_text(&tokens.get(i)?.token)?;
        i += 1;
        while tokens.get(i).map(|t| &t.token) == Some(&Token::Period) {
            last = ident_text(&tokens.get(i + 1)?.token)?;
            i += 2;
        }
        if tokens.get(i).map(|t| &t.token) == Some(&Token::Mul) {
            i += 1;
        }
        names.push(last);
        if tokens.get(i).map(|t| &t.token) == Some(&Token::Comma) {
            i += 1;
        } else {
            break;
        }
    }
    let mut lock_mode = LockMode::AccessExclusive;
    if is_word(tokens.get(i), "in") {
        let (m, next) = mode(tokens, i + 1)?;
        lock_mode = m;
        i = next;
    }
    let nowait = is_word(tokens.get(i), "nowait");
    if nowait {
        i += 1;
    }
    (i == tokens.len()).then_some(StatementKind::Lock(LockTable {
        names,
        mode: lock_mode,
        nowait,
    }))
}

/// Runs LOCK: PostgreSQL's checks, in its order (transaction first, then each name).
pub fn run(engine: &Engine, lock: &LockTable) -> StatementResult {
    if !engine.in_transaction {
        return Err(
            PgError::new("25P01", "LOCK TABLE can only be used in transaction blocks").into(),
        );
    }
    for name in &lock.names {
        if engine.db.tables.contains_key(name) || engine.db.views.contains_key(name) {
            continue;
        }
        if engine.db.sequences.contains_key(name) {
            return Err(
                PgError::new("42809", format!("cannot lock relation \"{name}\""))
                    .detail("This operation is not supported for sequences.")
                    .into(),
            );
        }
        return Err(PgError::undefined_table(name).into());
    }
    Ok(Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Source;

    fn kind(sql: &str) -> StatementKind {
        crate::sql::parse_script(sql, Source::Migration).unwrap()[0]
            .kind
            .clone()
    }

    #[test]
    fn reads_names_mode_and_nowait() {
        assert_eq!(
            kind("LOCK TABLE ONLY public.t, u * IN SHARE UPDATE EXCLUSIVE MODE NOWAIT"),
            StatementKind::Lock(LockTable {
                names: vec!["t".into(), "u".into()],
                mode: LockMode::ShareUpdateExclusive,
                nowait: true,
            })
        );
        assert_eq!(
            kind("lock t"),
            StatementKind::Lock(LockTable {
                names: vec!["t".into()],
                mode: LockMode::AccessExclusive,
                nowait: false,
            })
        );
        // Not a mode: left to sqlparser, whose answer is a syntax error.
        assert!(crate::sql::parse_script("LOCK TABLE t IN FOO MODE", Source::Migration).is_err());
    }

    #[test]
    fn outside_a_transaction_lock_is_25p01() {
        let engine = Engine::new(chrono::NaiveDateTime::default());
        let lock = LockTable {
            names: vec!["t".into()],
            mode: LockMode::Share,
            nowait: false,
        };
        let err = run(&engine, &lock).unwrap_err();
        assert_eq!(err.error.sqlstate, "25P01");
    }
}
