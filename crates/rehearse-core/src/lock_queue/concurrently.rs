//! The phases of a `CONCURRENTLY` step, as PostgreSQL runs them: besides its SHARE
//! UPDATE EXCLUSIVE lock (a session lock kept across the command's internal
//! transactions), such a command waits for *other transactions to end* — waits on
//! their virtual transaction ids (`pg_locks.locktype = 'virtualxid'`), which no table
//! queue sees, so the application's later queries are never stuck behind them, but
//! `lock_timeout` cancels them as it cancels any lock wait (55P03).
//!
//! Sources (PostgreSQL 18): `DefineIndex` (indexcmds.c, phases 1–3 of a concurrent
//! build), `index_drop` with `concurrent` (index.c), `ReindexRelationConcurrently`
//! (indexcmds.c), `WaitForLockers` (lmgr.c: the transactions *holding*, at that
//! moment, a lock on the table that conflicts with the given mode; later arrivals are
//! not waited for) and `WaitForOlderSnapshots` (indexcmds.c: every transaction of the
//! database whose snapshot predates the reference snapshot of the validation scan —
//! "Building Indexes Concurrently" in CREATE INDEX's page says the same).
//!
//! Invariants: the phases are PostgreSQL's order; the step's hold time is split
//! between its scans (build and validation, half each: both read the whole table);
//! a wait for older snapshots counts a transaction as older when it began before the
//! validation scan did. PostgreSQL compares xmins, so it can also wait for a
//! transaction begun during that scan while no transaction id was assigned or
//! completed; the simulation does not (it may understate that wait).

use crate::analysis::locks::LockMode;
pub use crate::report::queue::OlderTransactions;
use rehearse_engine::error::Source;
use rehearse_engine::sql::{self, ReindexTarget, StatementKind};
use sqlparser::ast;

/// A `CONCURRENTLY` command the simulation plays phase by phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// CREATE INDEX CONCURRENTLY.
    CreateIndex,
    /// DROP INDEX CONCURRENTLY.
    DropIndex,
    /// REINDEX INDEX CONCURRENTLY.
    ReindexIndex,
}

impl Command {
    /// Its name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Command::CreateIndex => "CREATE INDEX CONCURRENTLY",
            Command::DropIndex => "DROP INDEX CONCURRENTLY",
            Command::ReindexIndex => "REINDEX INDEX CONCURRENTLY",
        }
    }

    /// What a run cancelled while it waits for older transactions leaves behind (it
    /// is past its first internal transaction then).
    pub fn leftover(self) -> &'static str {
        match self {
            Command::CreateIndex => "the cancelled build leaves an INVALID index behind: it slows every write and a rerun fails on its name (or, with IF NOT EXISTS, skips it); drop it with DROP INDEX CONCURRENTLY first",
            Command::DropIndex => "the cancelled drop leaves the index INVALID (no longer used by queries, still updated by writes); rerun DROP INDEX CONCURRENTLY",
            Command::ReindexIndex => "the cancelled rebuild leaves an INVALID copy (named with _ccnew) behind: drop it with DROP INDEX CONCURRENTLY",
        }
    }
}

/// One phase after the command's table lock is granted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    /// Wait for the transactions holding, now, a lock on `table` that conflicts with
    /// `mode` to end.
    WaitForLockers {
        /// The table.
        table: String,
        /// The mode the holders' locks are checked against.
        mode: LockMode,
    },
    /// Scan: `half` of the step's hold (true: half of it, false: all of it);
    /// `reference_snapshot`: the scan's snapshot is the one older transactions are
    /// measured against.
    Scan {
        /// Half the hold (the command has two scans).
        half: bool,
        /// This scan takes the reference snapshot.
        reference_snapshot: bool,
    },
    /// Wait for every transaction whose snapshot predates the reference snapshot.
    WaitForOlderSnapshots,
}

/// The phases of `command` on `table` after its SHARE UPDATE EXCLUSIVE lock.
pub fn phases(command: Command, table: &str) -> Vec<Phase> {
    let lockers = |mode| Phase::WaitForLockers {
        table: table.to_string(),
        mode,
    };
    let scan = |reference_snapshot| Phase::Scan {
        half: true,
        reference_snapshot,
    };
    match command {
        // DefineIndex: commit the catalog entry; wait for writers (SHARE conflicts
        // with ROW EXCLUSIVE) that may not know the index; build; wait for writers
        // again; validate under a reference snapshot; wait for older snapshots.
        Command::CreateIndex => vec![
            lockers(LockMode::Share),
            scan(false),
            lockers(LockMode::Share),
            scan(true),
            Phase::WaitForOlderSnapshots,
        ],
        // index_drop: mark the index invalid; wait for every transaction using the
        // table (ACCESS EXCLUSIVE conflicts with every lock, readers too); mark it
        // dead; wait again; drop it (catalog work: the whole hold).
        Command::DropIndex => vec![
            lockers(LockMode::AccessExclusive),
            lockers(LockMode::AccessExclusive),
            Phase::Scan {
                half: false,
                reference_snapshot: false,
            },
        ],
        // ReindexRelationConcurrently for one index: a concurrent build of a copy,
        // then swap, mark the old one dead and drop it, waiting for every locker of
        // the table before each of the last two.
        Command::ReindexIndex => vec![
            lockers(LockMode::Share),
            scan(false),
            lockers(LockMode::Share),
            scan(true),
            Phase::WaitForOlderSnapshots,
            lockers(LockMode::AccessExclusive),
            lockers(LockMode::AccessExclusive),
        ],
    }
}

/// The `CONCURRENTLY` command among a step's statements: `Ok(None)` when there is
/// none; `Err` names a form the simulation does not play.
pub fn command_of(sql_texts: &[String]) -> Result<Option<Command>, String> {
    let mut found = Vec::new();
    let mut statements = 0;
    for text in sql_texts {
        let Ok(parsed) = sql::parse_script(text, Source::Migration) else {
            continue;
        };
        for statement in parsed {
            statements += 1;
            let command = match &statement.kind {
                StatementKind::Sql(s) => match s.as_ref() {
                    ast::Statement::CreateIndex(c) if c.concurrently => Some(Command::CreateIndex),
                    ast::Statement::Drop {
                        object_type: ast::ObjectType::Index,
                        names,
                        ..
                    } if statement.concurrently => {
                        if names.len() > 1 {
                            // PostgreSQL: "DROP INDEX CONCURRENTLY does not support
                            // dropping multiple objects" — the engine reports it.
                            return Ok(None);
                        }
                        Some(Command::DropIndex)
                    }
                    _ => None,
                },
                StatementKind::Reindex {
                    target,
                    concurrently: true,
                    ..
                } => match target {
                    ReindexTarget::Index => Some(Command::ReindexIndex),
                    _ => {
                        return Err(
                            "a REINDEX TABLE/SCHEMA/DATABASE CONCURRENTLY (it rebuilds each index in turn, with its own waits for older transactions; only REINDEX INDEX CONCURRENTLY is simulated)".into(),
                        )
                    }
                },
                _ => None,
            };
            found.extend(command);
        }
    }
    match found.as_slice() {
        [] => Ok(None),
        [one] if statements == 1 => Ok(Some(*one)),
        _ => Err(format!(
            "a step of {statements} statements with a CONCURRENTLY command among them"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(sql: &str) -> Result<Option<Command>, String> {
        command_of(&[sql.to_string()])
    }

    #[test]
    fn the_commands_are_read_from_the_statement() {
        assert_eq!(
            of("CREATE INDEX CONCURRENTLY i ON t (a)"),
            Ok(Some(Command::CreateIndex))
        );
        assert_eq!(
            of("create unique index concurrently if not exists i on t (a)"),
            Ok(Some(Command::CreateIndex))
        );
        assert_eq!(of("CREATE INDEX i ON t (a)"), Ok(None));
        assert_eq!(
            of("DROP INDEX CONCURRENTLY IF EXISTS i"),
            Ok(Some(Command::DropIndex))
        );
        assert_eq!(of("DROP INDEX i"), Ok(None));
        assert_eq!(
            of("REINDEX INDEX CONCURRENTLY i"),
            Ok(Some(Command::ReindexIndex))
        );
        assert_eq!(
            of("REINDEX (CONCURRENTLY) INDEX i"),
            Ok(Some(Command::ReindexIndex))
        );
        assert!(of("REINDEX TABLE CONCURRENTLY t").is_err());
        assert_eq!(of("REINDEX TABLE t"), Ok(None));
        // A column named "concurrently" is not the keyword.
        assert_eq!(of("CREATE INDEX i ON t (concurrently)"), Ok(None));
    }

    #[test]
    fn a_build_waits_for_writers_twice_then_for_older_snapshots() {
        let p = phases(Command::CreateIndex, "t");
        assert_eq!(
            p[0],
            Phase::WaitForLockers {
                table: "t".into(),
                mode: LockMode::Share
            }
        );
        assert_eq!(p.last(), Some(&Phase::WaitForOlderSnapshots));
        let drop = phases(Command::DropIndex, "t");
        assert!(drop
            .iter()
            .all(|p| !matches!(p, Phase::WaitForOlderSnapshots)));
    }
}
