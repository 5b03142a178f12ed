//! What the migration says about waiting: `lock_timeout` as its steps set it
//! (`SET [LOCAL] lock_timeout`, `RESET`), and Rehearse's directives in its comments:
//!
//! - `-- rehearse: retry 3 after 1s` (or `# rehearse: ...` in a revision file): when
//!   a lock wait times out, the deploy re-runs the failed transaction after 1 s, at
//!   most 3 more times. A retry loop written in Python (a `for` around `op.execute`)
//!   is out of Rehearse's reach: Alembic runs the revision once.
//! - `-- rehearse: hold 2s`: the step this comment is in (or that starts on an
//!   earlier line, the nearest) holds its locks for 2 s, instead of the default for its
//!   cost class or the production-size estimate.

use super::duration;
use rehearse_engine::error::{InputError, Source};
use rehearse_engine::span::Span;
use rehearse_engine::sql::{self, StatementKind};
use sqlparser::ast;

/// A retry policy for a transaction that hit `lock_timeout`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retry {
    /// Retries after the first attempt.
    pub times: u32,
    /// Pause before each.
    pub after_ms: u64,
}

/// The directives of a migration's comments.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Directives {
    /// `retry N after D`.
    pub retry: Option<Retry>,
    /// `hold D`: (line of the comment, milliseconds).
    pub holds: Vec<(u32, u64)>,
}

impl Directives {
    /// The hold a directive gives the step spanning lines `first..next_first` (the
    /// lines up to the next step's first).
    pub fn hold_for(&self, first: u32, next_first: Option<u32>) -> Option<u64> {
        self.holds
            .iter()
            .rev()
            .find(|(line, _)| *line >= first && next_first.is_none_or(|n| *line < n))
            .map(|(_, ms)| *ms)
    }
}

/// The most retries a directive may ask for (each replays the transaction).
const MAX_RETRIES: u32 = 100;

/// Reads the `rehearse:` directives of `migration`.
pub fn directives(migration: &str) -> Result<Directives, InputError> {
    let mut out = Directives::default();
    for (i, line) in migration.lines().enumerate() {
        let Some(at) = line.find("rehearse:") else {
            continue;
        };
        let before = line[..at].trim_end();
        if !(before.ends_with("--") || before.ends_with('#')) {
            continue;
        }
        let span = Span::new(i as u32 + 1, line[..at].chars().count() as u32 + 1);
        let error = |message: String| {
            InputError::new(
                Source::Migration,
                span,
                format!("{message} (a directive is `rehearse: retry 3 after 1s` or `rehearse: hold 2s`)"),
            )
        };
        let text = line[at + "rehearse:".len()..].trim().to_ascii_lowercase();
        let words: Vec<&str> = text.split_whitespace().collect();
        match words.as_slice() {
            ["retry", times, "after", rest @ ..] => {
                let times: u32 = times
                    .parse()
                    .ok()
                    .filter(|n| *n <= MAX_RETRIES)
                    .ok_or_else(|| {
                        error(format!(
                            "\"{times}\" is not a number of retries (0 to {MAX_RETRIES})"
                        ))
                    })?;
                let after_ms = duration::parse(&rest.join(" "), None).map_err(error)?;
                out.retry = Some(Retry { times, after_ms });
            }
            ["hold", rest @ ..] => {
                let ms = duration::parse(&rest.join(" "), None).map_err(error)?;
                out.holds.push((i as u32 + 1, ms));
            }
            _ => return Err(error(format!("\"{text}\" is not a directive"))),
        }
    }
    Ok(out)
}

/// How a step changes `lock_timeout`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeoutChange {
    /// `SET lock_timeout` (session: stays after COMMIT).
    Session(u64),
    /// `SET LOCAL lock_timeout`: until the transaction ends.
    Local(u64),
    /// COMMIT or ROLLBACK: SET LOCAL's value ends.
    TransactionEnd,
}

/// The changes to `lock_timeout` a step's SQL makes, in order; `Err` names a form the
/// simulation cannot read.
pub fn timeout_changes(sql_texts: &[String]) -> Result<Vec<TimeoutChange>, String> {
    let mut out = Vec::new();
    for text in sql_texts {
        let Ok(statements) = sql::parse_script(text, Source::Migration) else {
            continue;
        };
        for statement in statements {
            if let Some(sql::control::Control::Commit | sql::control::Control::Rollback) =
                sql::control::control(&statement)
            {
                out.push(TimeoutChange::TransactionEnd);
                continue;
            }
            match &statement.kind {
                StatementKind::Reset(name)
                    if name.as_deref().is_none_or(|n| n == "lock_timeout") =>
                {
                    out.push(TimeoutChange::Session(0))
                }
                StatementKind::Sql(s) => match s.as_ref() {
                    ast::Statement::SetVariable {
                        local,
                        variables,
                        value,
                        ..
                    } if variables
                        .iter()
                        .any(|v| v.to_string().eq_ignore_ascii_case("lock_timeout")) =>
                    {
                        let ms = value_ms(value)?;
                        out.push(if *local {
                            TimeoutChange::Local(ms)
                        } else {
                            TimeoutChange::Session(ms)
                        });
                    }
                    _ if text.to_ascii_lowercase().contains("set_config")
                        && text.to_ascii_lowercase().contains("lock_timeout") =>
                    {
                        return Err("lock_timeout set by set_config()".into())
                    }
                    _ => {}
                },
                _ => {}
            }
        }
    }
    Ok(out)
}

/// A SET value in milliseconds (`DEFAULT`: 0, no timeout).
fn value_ms(value: &[ast::Expr]) -> Result<u64, String> {
    let text = match value {
        [ast::Expr::Value(ast::Value::SingleQuotedString(s))] => s.clone(),
        [ast::Expr::Value(ast::Value::Number(n, _))] => n.clone(),
        [ast::Expr::Identifier(id)] if id.value.eq_ignore_ascii_case("default") => return Ok(0),
        _ => {
            let shown: Vec<String> = value.iter().map(|v| v.to_string()).collect();
            return Err(format!("lock_timeout = {}", shown.join(", ")));
        }
    };
    duration::parse(&text, Some("ms"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_are_read_with_their_places() {
        let d = directives(
            "-- rehearse: retry 3 after 1s\nALTER TABLE t ADD x int;  -- rehearse: hold 2s\n",
        )
        .expect("reads");
        assert_eq!(
            d.retry,
            Some(Retry {
                times: 3,
                after_ms: 1000
            })
        );
        assert_eq!(d.holds, vec![(2, 2000)]);
        assert_eq!(d.hold_for(2, Some(3)), Some(2000));
        assert_eq!(d.hold_for(3, None), None);
        let py =
            directives("def upgrade():\n    # rehearse: retry 2 after 500ms\n").expect("reads");
        assert_eq!(py.retry.map(|r| r.times), Some(2));
        for bad in [
            "-- rehearse: retry many after 1s",
            "-- rehearse: retry 3 after 1 parsec",
            "-- rehearse: wait 1s",
            "-- rehearse: hold",
        ] {
            let e = directives(bad).expect_err(bad);
            assert_eq!((e.span.line, e.span.column), (1, 4), "{bad}");
        }
    }

    #[test]
    fn lock_timeout_as_postgresql_reads_it() {
        let changes = |sql: &str| timeout_changes(&[sql.to_string()]);
        assert_eq!(
            changes("SET lock_timeout = '2s'"),
            Ok(vec![TimeoutChange::Session(2000)])
        );
        assert_eq!(
            changes("SET lock_timeout TO 500"),
            Ok(vec![TimeoutChange::Session(500)])
        );
        assert_eq!(
            changes("SET LOCAL lock_timeout = '1min'"),
            Ok(vec![TimeoutChange::Local(60_000)])
        );
        assert_eq!(
            changes("SET lock_timeout TO DEFAULT"),
            Ok(vec![TimeoutChange::Session(0)])
        );
        assert_eq!(
            changes("RESET lock_timeout"),
            Ok(vec![TimeoutChange::Session(0)])
        );
        assert_eq!(changes("COMMIT"), Ok(vec![TimeoutChange::TransactionEnd]));
        assert_eq!(changes("SET statement_timeout = '1s'"), Ok(vec![]));
        assert!(changes("SELECT set_config('lock_timeout', '1s', true)").is_err());
    }
}
