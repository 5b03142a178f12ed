//! The live traffic: the deployed code's queries with an annotation comment on the
//! query's line saying how often it runs and how long it takes.
//!
//! ```sql
//! SELECT * FROM users WHERE id = 1;  -- every 20ms, takes 5ms
//! SELECT count(*) FROM orders;       -- already running for 30s
//! UPDATE users SET seen = now();     -- at 1s, takes 10ms
//! ```
//!
//! `every P, takes D`: a stream in steady state, one query every P (the migration
//! starts just after one arrived); `already running for D`: one query that began
//! before the migration and holds its lock for D after the migration starts;
//! `at T, takes D`: one query arriving T after the migration starts. A comment whose
//! first word is none of `every`, `already`, `at` is an ordinary comment. A query
//! without an annotation is not traffic (it is still re-run after every step).
//!
//! Besides the application's reads and writes, a statement that locks a table of the
//! setup may carry an annotation: another migration's (another deploy's ALTER, run
//! while this one holds its locks). It takes the locks the analysis gives the same
//! statement in a migration (`analysis::locks`, on the database as the setup left it),
//! in the same order, so two migrations contend as PostgreSQL's lock manager has them.

use super::duration;
use crate::analysis::locks::LockMode;
use crate::analysis::old_code::OldQuery;
use rehearse_engine::catalog::Database;
use rehearse_engine::error::{InputError, Source};
use rehearse_engine::span::Span;
use rehearse_engine::sql::StatementKind;
use sqlparser::ast;

/// When a query of the traffic runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    /// One query every `every_ms`, each holding its locks `takes_ms`.
    Every {
        /// Period.
        every_ms: u64,
        /// Duration of each.
        takes_ms: u64,
    },
    /// Began before the migration; holds its locks for `left_ms` after it starts.
    AlreadyRunning {
        /// Time left.
        left_ms: u64,
    },
    /// Once, `at_ms` after the migration starts, holding its locks `takes_ms`.
    Once {
        /// Arrival.
        at_ms: u64,
        /// Duration.
        takes_ms: u64,
    },
}

/// One annotated query of the deployed code.
#[derive(Debug, Clone, PartialEq)]
pub struct TrafficQuery {
    /// The query's text.
    pub text: String,
    /// The table locks it takes, in the order it takes them.
    pub locks: Vec<(String, LockMode)>,
    /// When it runs.
    pub schedule: Schedule,
}

/// Reads the annotations of `text` (the deployed code's queries, as the user wrote
/// them) for the parsed `queries`; `db`: the database as the setup left it (the tables
/// another migration's statement locks).
pub fn parse(
    text: &str,
    queries: &[OldQuery],
    db: &Database,
) -> Result<Vec<TrafficQuery>, InputError> {
    let mut out = Vec::new();
    for (line_no, comment_at, comment) in line_comments(text) {
        let Some(query) = queries
            .iter()
            .rev()
            .find(|q| q.statement.span.line <= line_no)
        else {
            continue;
        };
        let span = Span::new(line_no, comment_at);
        let Some(schedule) = read_annotation(comment).map_err(|message| {
            InputError::new(
                Source::OldCode,
                span,
                format!("{message} (a traffic annotation is `-- every 20ms, takes 5ms`, `-- already running for 30s` or `-- at 1s, takes 5ms`)"),
            )
        })?
        else {
            continue;
        };
        let locks = locks_of(&query.statement.kind)
            .or_else(|| migration_locks(db, &query.statement))
            .ok_or_else(|| {
                InputError::new(
                    Source::OldCode,
                    span,
                    "only a SELECT, INSERT, UPDATE or DELETE, or another migration's statement that locks a table of the setup, can carry a traffic annotation",
                )
            })?;
        out.push(TrafficQuery {
            text: query.text.clone(),
            locks,
            schedule,
        });
    }
    Ok(out)
}

/// Each `--` comment that follows SQL on its line: (line, 1-based column of the `--`,
/// the comment's text). Quotes and block comments are skipped, so `'--'` in a string
/// is no comment; a comment alone on its line annotates nothing.
fn line_comments(text: &str) -> Vec<(u32, u32, &str)> {
    let mut out = Vec::new();
    let mut quote: Option<char> = None;
    let mut block = false;
    for (i, line) in text.split('\n').enumerate() {
        let mut sql_before = false;
        let mut chars = line.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            if block {
                if c == '*' && next == Some('/') {
                    chars.next();
                    block = false;
                }
            } else if let Some(q) = quote {
                if c == q {
                    quote = None;
                }
            } else if c == '\'' || c == '"' {
                quote = Some(c);
                sql_before = true;
            } else if c == '/' && next == Some('*') {
                chars.next();
                block = true;
            } else if c == '-' && next == Some('-') {
                if sql_before {
                    let column = line[..at].chars().count() as u32 + 1;
                    out.push((i as u32 + 1, column, line[at + 2..].trim()));
                }
                break;
            } else if !c.is_whitespace() && c != ';' {
                sql_before = true;
            }
        }
    }
    out
}

/// The schedule an annotation states; `None` for an ordinary comment.
fn read_annotation(comment: &str) -> Result<Option<Schedule>, String> {
    let lower = comment.to_ascii_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    let parts: Vec<&str> = lower.split(',').map(str::trim).collect();
    let after = |part: &str, word: &str| -> Result<u64, String> {
        let rest = part
            .strip_prefix(word)
            .ok_or_else(|| format!("expected `{word}` in \"{comment}\""))?;
        let ms = duration::parse(rest, None)?;
        Ok(ms)
    };
    let schedule = match (first, parts.as_slice()) {
        ("every", [every, takes]) => {
            let every_ms = after(every, "every")?;
            if every_ms == 0 {
                return Err("a query cannot run every 0ms".into());
            }
            Schedule::Every {
                every_ms,
                takes_ms: after(takes, "takes")?,
            }
        }
        ("already", [running]) => Schedule::AlreadyRunning {
            left_ms: after(running, "already running for")?,
        },
        ("at", [at, takes]) => Schedule::Once {
            at_ms: after(at, "at")?,
            takes_ms: after(takes, "takes")?,
        },
        ("every" | "at", _) => {
            return Err(format!(
                "\"{comment}\" needs two parts separated by a comma"
            ))
        }
        ("already", _) => return Err(format!("\"{comment}\" takes one duration")),
        _ => return Ok(None),
    };
    Ok(Some(schedule))
}

/// The table locks a statement of the application takes (13.3.1: SELECT takes
/// ACCESS SHARE on every table it reads; SELECT ... FOR UPDATE/SHARE ROW SHARE on the
/// tables it locks; INSERT, UPDATE, DELETE and MERGE ROW EXCLUSIVE on their target and
/// ACCESS SHARE on the others). `None`: not one of these.
fn locks_of(kind: &StatementKind) -> Option<Vec<(String, LockMode)>> {
    let StatementKind::Sql(statement) = kind else {
        return None;
    };
    let mut tables: Vec<String> = Vec::new();
    let _ = ast::visit_relations(statement.as_ref(), |name| {
        let n = object_name(name);
        if !tables.contains(&n) {
            tables.push(n);
        }
        std::ops::ControlFlow::<()>::Continue(())
    });
    let target = match statement.as_ref() {
        ast::Statement::Query(q) => {
            let locked = !q.locks.is_empty();
            return Some(
                tables
                    .into_iter()
                    .map(|t| {
                        let mode = if locked {
                            LockMode::RowShare
                        } else {
                            LockMode::AccessShare
                        };
                        (t, mode)
                    })
                    .collect(),
            );
        }
        ast::Statement::Insert(i) => Some(object_name(&i.table_name)),
        ast::Statement::Update { table, .. } => match &table.relation {
            ast::TableFactor::Table { name, .. } => Some(object_name(name)),
            _ => None,
        },
        ast::Statement::Delete(d) => {
            let from = match &d.from {
                ast::FromTable::WithFromKeyword(f) | ast::FromTable::WithoutKeyword(f) => f,
            };
            from.first().and_then(|f| match &f.relation {
                ast::TableFactor::Table { name, .. } => Some(object_name(name)),
                _ => None,
            })
        }
        _ => return None,
    }?;
    // The target is locked first (the rewriter's range table puts it first).
    let mut locks = vec![(target.clone(), LockMode::RowExclusive)];
    locks.extend(
        tables
            .into_iter()
            .filter(|t| *t != target)
            .map(|t| (t, LockMode::AccessShare)),
    );
    Some(locks)
}

/// The table locks of another migration's statement, as a step of this one would take
/// them (`analysis::locks`); `None` when it locks no table of the setup.
fn migration_locks(
    db: &Database,
    statement: &rehearse_engine::sql::Statement,
) -> Option<Vec<(String, LockMode)>> {
    let actions = crate::analysis::actions::of_statement(db, statement);
    let locks = crate::analysis::locks::of_actions(db, &actions);
    (!locks.is_empty()).then(|| locks.into_iter().map(|l| (l.table, l.mode)).collect())
}

/// A table's name as PostgreSQL folds it (unquoted: lower case), schema dropped.
fn object_name(name: &ast::ObjectName) -> String {
    name.0.last().map_or_else(String::new, |i| {
        if i.quote_style.is_some() {
            i.value.clone()
        } else {
            i.value.to_lowercase()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::old_code;

    fn traffic(text: &str) -> Result<Vec<TrafficQuery>, InputError> {
        parse(
            text,
            &old_code::parse(text).expect("parses"),
            &Database::default(),
        )
    }

    #[test]
    fn another_migrations_statement_takes_its_locks() {
        let mut engine = rehearse_engine::Engine::new(Default::default());
        for statement in rehearse_engine::sql::parse_script(
            "CREATE TABLE users (id int PRIMARY KEY); CREATE TABLE orders (id int, user_id int);",
            Source::Setup,
        )
        .expect("parses")
        {
            engine.dispatch(&statement).expect("runs");
        }
        let text = "ALTER TABLE users ADD COLUMN email text; -- at 1s, takes 5ms\n\
                    ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id); -- at 2s, takes 5ms\n";
        let t = parse(text, &old_code::parse(text).expect("parses"), &engine.db).expect("reads");
        assert_eq!(
            t[0].locks,
            vec![("users".into(), LockMode::AccessExclusive)]
        );
        assert_eq!(
            t[1].locks,
            vec![
                ("orders".into(), LockMode::ShareRowExclusive),
                ("users".into(), LockMode::ShareRowExclusive)
            ]
        );
    }

    #[test]
    fn annotations_are_read_from_the_querys_line() {
        let t = traffic(
            "SELECT * FROM users WHERE id = 1; -- every 20ms, takes 5ms\n\
             -- a comment alone: nothing\n\
             SELECT count(*) FROM orders; -- already running for 30s\n\
             UPDATE users SET name = '--' WHERE id IN (SELECT user_id FROM orders); -- at 1.5s, takes 10ms\n\
             SELECT 1; -- just a note\n\
             SELECT * FROM users FOR UPDATE; -- every 1s, takes 1ms\n",
        )
        .expect("reads");
        assert_eq!(t.len(), 4);
        assert_eq!(
            t[0].schedule,
            Schedule::Every {
                every_ms: 20,
                takes_ms: 5
            }
        );
        assert_eq!(t[0].locks, vec![("users".into(), LockMode::AccessShare)]);
        assert_eq!(t[1].schedule, Schedule::AlreadyRunning { left_ms: 30_000 });
        assert_eq!(
            t[2].locks,
            vec![
                ("users".into(), LockMode::RowExclusive),
                ("orders".into(), LockMode::AccessShare)
            ]
        );
        assert_eq!(
            t[2].schedule,
            Schedule::Once {
                at_ms: 1500,
                takes_ms: 10
            }
        );
        assert_eq!(t[3].locks, vec![("users".into(), LockMode::RowShare)]);
    }

    #[test]
    fn a_malformed_annotation_is_an_error_at_its_place() {
        for (text, message) in [
            ("SELECT 1 FROM t;  -- every 20ms", "two parts"),
            (
                "SELECT 1 FROM t; -- every 20 parsecs, takes 1ms",
                "not a unit",
            ),
            ("SELECT 1 FROM t; -- every 0ms, takes 1ms", "every 0ms"),
            ("SELECT 1 FROM t; -- at 1s, lasts 1ms", "expected `takes`"),
            (
                "CREATE TABLE u (id int); -- every 1s, takes 1ms",
                "another migration's statement that locks a table of the setup",
            ),
        ] {
            let e = traffic(text).expect_err(text);
            assert!(e.message.contains(message), "{text}: {}", e.message);
            assert_eq!(e.source, Source::OldCode);
            assert_eq!(e.span.line, 1);
            assert!(e.span.column >= 17, "{text}: {:?}", e.span);
        }
    }
}
