//! Sessions and transaction blocks: what a PostgreSQL backend does between statements.
//! The one implementation for every caller (the migration runner in `rehearse-core`,
//! the JavaScript `Database` in `rehearse-wasm`).
//!
//! * **Autocommit**: outside a transaction block each statement commits on success; a
//!   failed statement changes nothing ([`Engine::execute`] works on a copy).
//! * **Transaction blocks**: BEGIN / START TRANSACTION opens one, COMMIT / END makes its
//!   work durable, ROLLBACK restores the database as the block found it.
//! * **Aborted blocks**: after an error inside a block, every statement but COMMIT and
//!   ROLLBACK fails with 25P02, and COMMIT rolls back.
//! * **Implicit transactions**: the statements of one multi-statement simple-protocol
//!   string run as one transaction ([`Session::begin_implicit`]): an error rolls back the
//!   statements before it, to the string's start or its last COMMIT or ROLLBACK; a BEGIN
//!   in the string turns the implicit transaction into a block.
//! * Inside a block or an implicit transaction the engine is told so
//!   (`Engine::in_transaction`), so that CREATE INDEX CONCURRENTLY and DROP INDEX
//!   CONCURRENTLY refuse to run (25001), as PostgreSQL's do.
//! * A rollback keeps what PostgreSQL never rolls back: sequence positions (`nextval`
//!   is not transactional), the clock and `gen_random_uuid()`'s state.
//!
//! ```
//! use rehearse_engine::session::{Executed, Session};
//! use rehearse_engine::error::Source;
//! use rehearse_engine::{sql, Engine};
//!
//! let mut session = Session::new(Engine::new(chrono::NaiveDateTime::default()));
//! let script = "CREATE TABLE t (id int PRIMARY KEY); BEGIN; INSERT INTO t VALUES (1);
//!               INSERT INTO t VALUES (1); SELECT 1; COMMIT";
//! let statements = sql::parse_script(script, Source::Setup).unwrap();
//! let mut run = statements.iter().map(|s| session.execute(s));
//! assert!(matches!(run.next(), Some(Ok(Executed::Ran { committed: true, .. }))));
//! assert!(matches!(run.next(), Some(Ok(Executed::Began))));
//! assert!(matches!(run.next(), Some(Ok(Executed::Ran { committed: false, .. }))));
//! assert!(matches!(run.next(), Some(Err(f)) if f.error.sqlstate == "23505"));
//! assert!(matches!(run.next(), Some(Err(f)) if f.error.sqlstate == "25P02"));
//! assert!(matches!(run.next(), Some(Ok(Executed::RolledBack))));
//! drop(run);
//! assert!(session.engine().db.tables["t"].rows.is_empty());
//! ```

use crate::error::PgError;
use crate::sql::Statement;
use crate::{Engine, Failure, Lost};
use chrono::NaiveDateTime;

pub use crate::sql::control::{control, Control};

/// A statement's failure as the session sees it.
pub trait StatementError: From<PgError> {
    /// Rehearse's refusal (`Unsupported`), not an error PostgreSQL would raise.
    fn is_refusal(&self) -> bool;
}

impl StatementError for PgError {
    fn is_refusal(&self) -> bool {
        self.unsupported.is_some()
    }
}

impl StatementError for crate::Failure {
    fn is_refusal(&self) -> bool {
        self.error.is_refusal()
    }
}

/// What a statement did to the session (its failure is the `Err` beside it).
#[derive(Debug, Clone, PartialEq)]
pub enum Executed<T> {
    /// An ordinary statement ran; `output` is what running it returned.
    Ran {
        /// The statement's output.
        output: T,
        /// It ran outside any transaction (autocommit): its changes are durable now.
        /// Otherwise they are until the transaction ends.
        committed: bool,
    },
    /// BEGIN opened a block (inside one it changes nothing: PostgreSQL only warns).
    Began,
    /// COMMIT made the block's work durable (or an implicit transaction's so far;
    /// outside any transaction it changes nothing: PostgreSQL only warns).
    Committed,
    /// ROLLBACK, or COMMIT of an aborted block: the database is back to what the
    /// transaction found (outside any transaction a ROLLBACK changes nothing).
    RolledBack,
}

/// An open transaction block.
#[derive(Debug, Clone)]
struct Block {
    /// The database as the block found it (what a rollback restores).
    saved: Engine,
    /// A statement failed: only COMMIT or ROLLBACK may follow.
    aborted: bool,
}

/// A multi-statement string running as one implicit transaction.
#[derive(Debug, Clone)]
struct Implicit {
    /// The database as the current implicit transaction found it; `None` while a block
    /// is open (the block holds it) and after an error rolled it back.
    saved: Option<Engine>,
}

/// A database session: the database and the transaction it is in.
#[derive(Debug, Clone)]
pub struct Session {
    engine: Engine,
    block: Option<Block>,
    implicit: Option<Implicit>,
}

impl Session {
    /// A session on `engine`'s database, outside any transaction.
    pub fn new(engine: Engine) -> Self {
        let mut session = Session {
            engine,
            block: None,
            implicit: None,
        };
        session.sync();
        session
    }

    /// The database as it is now, with the open transaction's work.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The database, once the session is over (an open transaction's work included:
    /// end it first with [`Session::commit`] or [`Session::rollback`]).
    pub fn into_engine(self) -> Engine {
        self.engine
    }

    /// Whether a transaction block (BEGIN ... COMMIT) is open, aborted or not.
    pub fn in_block(&self) -> bool {
        self.block.is_some()
    }

    /// The clock for the next transaction: `now()` is the time a transaction started,
    /// so a statement outside a block reads `now`, and an open block keeps its own.
    pub fn set_clock(&mut self, now: NaiveDateTime) {
        if self.block.is_none() {
            self.engine.now = now;
        }
    }

    /// Starts running the statements of one multi-statement simple-protocol string:
    /// until [`Session::end_implicit`] they form one implicit transaction. The caller
    /// stops at the first error, as PostgreSQL skips the rest of the string.
    pub fn begin_implicit(&mut self) {
        self.implicit = Some(Implicit {
            saved: self.block.is_none().then(|| self.engine.clone()),
        });
        self.sync();
    }

    /// The string is done: its implicit transaction commits (a block it opened stays
    /// open).
    pub fn end_implicit(&mut self) {
        if self.implicit.take().is_some() && self.block.is_none() {
            crate::ddl::alter_type::commit_pending(&mut self.engine);
        }
        self.sync();
    }

    /// PostgreSQL's 25P02 for a statement other than COMMIT or ROLLBACK in an aborted
    /// block, BEGIN included (`postgres.c` lets only `IsTransactionExitStmt` through),
    /// for a caller that checks before doing its own work on the statement;
    /// [`Session::execute_with`] checks too.
    pub fn check_aborted(&self, statement: &Statement) -> Result<(), PgError> {
        let exits = matches!(
            control(statement),
            Some(Control::Commit | Control::Rollback)
        );
        if self.block.as_ref().is_some_and(|b| b.aborted) && !exits {
            return Err(PgError::new(
                "25P02",
                "current transaction is aborted, commands ignored until end of transaction block",
            ));
        }
        Ok(())
    }

    /// Executes one statement ([`Engine::execute`] for an ordinary one): what it did, or
    /// why it failed.
    pub fn execute(&mut self, statement: &Statement) -> Result<Executed<Vec<Lost>>, Failure> {
        self.execute_with(statement, |engine| engine.execute(statement))
    }

    /// Executes one statement: transaction control is the session's; an ordinary
    /// statement is `run` on the database (which must leave it unchanged on error, as
    /// [`Engine::execute`] and [`Engine::query`] do). A failure of `run` (the engine's
    /// or a check of the caller's) is the statement's: it aborts the open block, or
    /// rolls back the implicit transaction. Rehearse's refusal is not a failure
    /// PostgreSQL would have had, so it leaves the session as it was: the statement
    /// did not run here, and inventing a 25P02 or a rollback would be an answer
    /// PostgreSQL never gives.
    pub fn execute_with<T, E: StatementError>(
        &mut self,
        statement: &Statement,
        run: impl FnOnce(&mut Engine) -> Result<T, E>,
    ) -> Result<Executed<T>, E> {
        self.check_aborted(statement)?;
        match control(statement) {
            Some(Control::Begin) => {
                self.begin();
                Ok(Executed::Began)
            }
            Some(Control::Commit) => Ok(if self.commit() {
                Executed::Committed
            } else {
                Executed::RolledBack
            }),
            Some(Control::Rollback) => {
                self.rollback();
                Ok(Executed::RolledBack)
            }
            None => match run(&mut self.engine) {
                Ok(output) => Ok(Executed::Ran {
                    output,
                    committed: self.block.is_none() && self.implicit.is_none(),
                }),
                Err(error) if error.is_refusal() => Err(error),
                Err(error) => {
                    if let Some(block) = &mut self.block {
                        block.aborted = true;
                    } else if let Some(saved) = self.implicit.as_mut().and_then(|i| i.saved.take())
                    {
                        self.roll_back_to(saved);
                    }
                    Err(error)
                }
            },
        }
    }

    /// BEGIN: opens a block, unless one is open. Inside an implicit transaction the
    /// block takes it over: a rollback goes back to the implicit transaction's start.
    pub fn begin(&mut self) {
        if self.block.is_none() {
            let saved = self
                .implicit
                .as_mut()
                .and_then(|i| i.saved.take())
                .unwrap_or_else(|| self.engine.clone());
            self.block = Some(Block {
                saved,
                aborted: false,
            });
        }
        self.sync();
    }

    /// COMMIT: closes the block and keeps its work; an aborted block rolls back instead
    /// (`false`). In a multi-statement string, a new implicit transaction starts.
    pub fn commit(&mut self) -> bool {
        let committed = match self.block.take() {
            Some(block) if block.aborted => {
                self.roll_back_to(block.saved);
                false
            }
            _ => {
                crate::ddl::alter_type::commit_pending(&mut self.engine);
                true
            }
        };
        self.restart_implicit();
        committed
    }

    /// ROLLBACK: back to the database as the block (or the implicit transaction) found
    /// it. In a multi-statement string, a new implicit transaction starts.
    pub fn rollback(&mut self) {
        if let Some(block) = self.block.take() {
            self.roll_back_to(block.saved);
        } else if let Some(saved) = self.implicit.as_mut().and_then(|i| i.saved.take()) {
            self.roll_back_to(saved);
        }
        self.restart_implicit();
    }

    /// After a COMMIT or ROLLBACK in a multi-statement string, the next statements run
    /// in a new implicit transaction, starting from here.
    fn restart_implicit(&mut self) {
        if let Some(implicit) = &mut self.implicit {
            implicit.saved = Some(self.engine.clone());
        }
        self.sync();
    }

    /// Rolls back to `saved`. Sequences are not transactional in PostgreSQL: values
    /// handed out stay handed out, so a sequence that existed before keeps its position
    /// (and so do the clock and `gen_random_uuid()`'s state).
    fn roll_back_to(&mut self, mut saved: Engine) {
        for (name, sequence) in saved.db.sequences.iter_mut() {
            if let Some(current) = self.engine.db.sequences.get(name) {
                sequence.last = current.last;
                sequence.session_id = current.session_id;
            }
        }
        saved.now = self.engine.now;
        saved.random = self.engine.random;
        saved.sequence_session = std::mem::take(&mut self.engine.sequence_session);
        self.engine = saved;
        self.sync();
    }

    /// Tells the engine whether it runs inside a transaction (for the statements that
    /// refuse to, and for what a failed one leaves behind).
    fn sync(&mut self) {
        self.engine.in_transaction = self.block.is_some() || self.implicit.is_some();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sql;
    use crate::value::Value;

    fn session() -> Session {
        let mut s = Session::new(Engine::new(NaiveDateTime::default()));
        run(
            &mut s,
            "CREATE TABLE t (id serial PRIMARY KEY, name text NOT NULL)",
        )
        .unwrap();
        s
    }

    fn statement(text: &str) -> Statement {
        sql::parse_script(text, crate::error::Source::Setup)
            .unwrap()
            .remove(0)
    }

    fn run(s: &mut Session, text: &str) -> Result<Executed<Vec<Lost>>, Failure> {
        s.execute(&statement(text))
    }

    fn code(r: Result<Executed<Vec<Lost>>, Failure>) -> String {
        r.unwrap_err().error.sqlstate
    }

    fn ids(s: &Session) -> Vec<Value> {
        let t = &s.engine().db.tables["t"];
        t.rows.iter().map(|r| r[0].clone()).collect()
    }

    /// Runs `texts` as one multi-statement string (stopping at the first error).
    fn string(s: &mut Session, texts: &[&str]) -> Result<(), Failure> {
        s.begin_implicit();
        let result = texts.iter().try_for_each(|t| run(s, t).map(|_| ()));
        s.end_implicit();
        result
    }

    #[test]
    fn autocommit_commits_each_statement() {
        let mut s = session();
        let r = run(&mut s, "INSERT INTO t (name) VALUES ('a')").unwrap();
        assert_eq!(
            r,
            Executed::Ran {
                output: Vec::new(),
                committed: true
            }
        );
        assert_eq!(
            code(run(&mut s, "INSERT INTO t VALUES (1, 'dup')")),
            "23505"
        );
        assert_eq!(ids(&s).len(), 1);
        assert_eq!(run(&mut s, "COMMIT").unwrap(), Executed::Committed);
        assert_eq!(run(&mut s, "ROLLBACK").unwrap(), Executed::RolledBack);
        assert_eq!(ids(&s).len(), 1, "nothing to roll back outside a block");
    }

    #[test]
    fn blocks_commit_roll_back_and_abort() {
        let mut s = session();
        assert_eq!(run(&mut s, "START TRANSACTION").unwrap(), Executed::Began);
        let r = run(&mut s, "INSERT INTO t (name) VALUES ('a')").unwrap();
        assert!(matches!(
            r,
            Executed::Ran {
                committed: false,
                ..
            }
        ));
        assert_eq!(run(&mut s, "BEGIN").unwrap(), Executed::Began);
        assert_eq!(run(&mut s, "END").unwrap(), Executed::Committed);
        assert!(!s.in_block());
        assert_eq!(ids(&s).len(), 1);

        run(&mut s, "BEGIN").unwrap();
        run(&mut s, "INSERT INTO t (name) VALUES ('b')").unwrap();
        assert_eq!(run(&mut s, "ROLLBACK").unwrap(), Executed::RolledBack);
        assert_eq!(ids(&s).len(), 1);

        run(&mut s, "BEGIN").unwrap();
        run(&mut s, "INSERT INTO t (name) VALUES ('c')").unwrap();
        assert_eq!(
            code(run(&mut s, "INSERT INTO t VALUES (1, 'dup')")),
            "23505"
        );
        let aborted = run(&mut s, "SELECT 1").unwrap_err().error;
        assert_eq!(
            (aborted.sqlstate.as_str(), aborted.message.as_str()),
            (
                "25P02",
                "current transaction is aborted, commands ignored until end of transaction block"
            )
        );
        assert!(s.in_block());
        assert_eq!(run(&mut s, "COMMIT").unwrap(), Executed::RolledBack);
        assert!(!s.in_block());
        assert_eq!(ids(&s).len(), 1);
        // nextval is not rolled back: 'b' and 'c' drew 2 and 3.
        run(&mut s, "INSERT INTO t (name) VALUES ('d')").unwrap();
        assert_eq!(ids(&s)[1], Value::Int(4));
    }

    #[test]
    fn implicit_transactions_roll_back_to_the_last_commit() {
        let mut s = session();
        let failed = string(
            &mut s,
            &[
                "INSERT INTO t (name) VALUES ('a')",
                "INSERT INTO t VALUES (1, 'x')",
            ],
        );
        assert_eq!(failed.unwrap_err().error.sqlstate, "23505");
        assert!(ids(&s).is_empty(), "the first INSERT rolled back with it");
        let failed = string(
            &mut s,
            &[
                "INSERT INTO t VALUES (10, 'b')",
                "COMMIT",
                "INSERT INTO t VALUES (11, 'c')",
                "INSERT INTO t VALUES (10, 'x')",
            ],
        );
        assert_eq!(failed.unwrap_err().error.sqlstate, "23505");
        assert_eq!(ids(&s).len(), 1, "COMMIT in the string committed 'b'");
        // BEGIN takes the implicit transaction over; the block outlives the string.
        string(&mut s, &["INSERT INTO t (name) VALUES ('e')", "BEGIN"]).unwrap();
        assert!(s.in_block());
        run(&mut s, "ROLLBACK").unwrap();
        assert_eq!(ids(&s).len(), 1);
    }

    #[test]
    fn concurrent_index_builds_refuse_inside_transactions() {
        let mut s = session();
        let refused = string(
            &mut s,
            &[
                "CREATE TABLE u (a int)",
                "CREATE INDEX CONCURRENTLY ON u (a)",
            ],
        )
        .unwrap_err()
        .error;
        assert_eq!(
            (refused.sqlstate.as_str(), refused.message.as_str()),
            (
                "25001",
                "CREATE INDEX CONCURRENTLY cannot run inside a transaction block"
            )
        );
        assert!(!s.engine().db.tables.contains_key("u"));
        run(&mut s, "BEGIN").unwrap();
        assert_eq!(
            code(run(&mut s, "CREATE INDEX CONCURRENTLY ON t (name)")),
            "25001"
        );
        run(&mut s, "ROLLBACK").unwrap();
        run(&mut s, "CREATE INDEX CONCURRENTLY ON t (name)").unwrap();
    }

    #[test]
    fn a_caller_check_that_fails_aborts_the_block() {
        let mut s = session();
        run(&mut s, "BEGIN").unwrap();
        let r = s.execute_with(&statement("SELECT 1"), |_| {
            Err::<(), _>(PgError::new("42P02", "there is no parameter $1"))
        });
        assert_eq!(r.unwrap_err().sqlstate, "42P02");
        assert_eq!(
            s.check_aborted(&statement("SELECT 1"))
                .unwrap_err()
                .sqlstate,
            "25P02"
        );
        assert!(s.check_aborted(&statement("ROLLBACK")).is_ok());
        assert!(s.check_aborted(&statement("BEGIN")).is_err());
    }

    #[test]
    fn a_refusal_leaves_the_block_open() {
        let mut s = session();
        run(&mut s, "BEGIN").unwrap();
        run(&mut s, "INSERT INTO t (id, name) VALUES (7, 'x')").unwrap();
        let r = s.execute_with(&statement("SELECT 1"), |_| {
            Err::<(), _>(PgError::unsupported("a construct"))
        });
        assert!(r.unwrap_err().unsupported.is_some());
        assert!(s.check_aborted(&statement("SELECT 1")).is_ok());
        run(&mut s, "COMMIT").unwrap();
        assert_eq!(ids(&s), vec![Value::Int(7)]);
    }
}
