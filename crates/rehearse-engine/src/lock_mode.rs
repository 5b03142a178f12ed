//! PostgreSQL's table lock modes (lockdefs.h; "13.3.1. Table-Level Locks"): one type
//! for every crate. The engine reads them in a LOCK statement; the core's analysis
//! decides which mode each statement takes (`rehearse_core::analysis::locks`) and its
//! lock-queue simulation decides which modes conflict. The order of the variants is
//! PostgreSQL's, weakest first: comparisons (`>=`) rely on it.

use serde::{Deserialize, Serialize};

/// PostgreSQL's table lock modes, weakest first (their order in `lock.h`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LockMode {
    /// SELECT.
    #[serde(rename = "ACCESS SHARE")]
    AccessShare,
    /// SELECT FOR UPDATE/SHARE, foreign-key checks.
    #[serde(rename = "ROW SHARE")]
    RowShare,
    /// INSERT, UPDATE, DELETE.
    #[serde(rename = "ROW EXCLUSIVE")]
    RowExclusive,
    /// VALIDATE CONSTRAINT, CREATE INDEX CONCURRENTLY: reads and writes go on.
    #[serde(rename = "SHARE UPDATE EXCLUSIVE")]
    ShareUpdateExclusive,
    /// CREATE INDEX: blocks writes, not reads.
    #[serde(rename = "SHARE")]
    Share,
    /// ADD FOREIGN KEY: blocks writes on both tables.
    #[serde(rename = "SHARE ROW EXCLUSIVE")]
    ShareRowExclusive,
    /// REFRESH MATERIALIZED VIEW CONCURRENTLY.
    #[serde(rename = "EXCLUSIVE")]
    Exclusive,
    /// Most ALTER TABLE forms, DROP, TRUNCATE: blocks everything, even SELECT.
    #[serde(rename = "ACCESS EXCLUSIVE")]
    AccessExclusive,
}

impl LockMode {
    /// The name PostgreSQL's documentation uses.
    pub fn name(self) -> &'static str {
        match self {
            LockMode::AccessShare => "ACCESS SHARE",
            LockMode::RowShare => "ROW SHARE",
            LockMode::RowExclusive => "ROW EXCLUSIVE",
            LockMode::ShareUpdateExclusive => "SHARE UPDATE EXCLUSIVE",
            LockMode::Share => "SHARE",
            LockMode::ShareRowExclusive => "SHARE ROW EXCLUSIVE",
            LockMode::Exclusive => "EXCLUSIVE",
            LockMode::AccessExclusive => "ACCESS EXCLUSIVE",
        }
    }

    /// What the lock stops other sessions from doing while it is held.
    pub fn blocks(self) -> &'static str {
        match self {
            LockMode::AccessShare | LockMode::RowShare => "only DDL",
            LockMode::RowExclusive => "DDL and index builds",
            LockMode::ShareUpdateExclusive => "DDL and VACUUM; reads and writes continue",
            LockMode::Share | LockMode::ShareRowExclusive | LockMode::Exclusive => {
                "writes (INSERT, UPDATE, DELETE); reads continue"
            }
            LockMode::AccessExclusive => "all reads and writes",
        }
    }

    /// Whether holding it stalls the application's ordinary writes.
    pub fn blocks_writes(self) -> bool {
        self >= LockMode::Share
    }
}
