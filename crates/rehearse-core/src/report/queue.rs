//! The report's per-step `queue`: what the lock queue does during one step (see
//! `lock_queue`, which computes it). Here, beside the rest of the report, so the report
//! does not depend on the simulation.

use crate::analysis::locks::LockMode;
use rehearse_engine::error::PgError;
use serde::{Deserialize, Serialize};

/// The most intervals one step's timeline lists (the rest are counted).
pub const MAX_INTERVALS: usize = 300;

/// What the lock queue does during one step: the report's `queue`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepQueue {
    /// How long the step holds its locks once granted, in milliseconds.
    pub hold_ms: u64,
    /// Where that number comes from.
    pub hold_basis: String,
    /// `lock_timeout` in effect for the step's lock waits (absent: none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_timeout_ms: Option<u64>,
    /// When the step's first attempt started.
    pub start_ms: u64,
    /// When its last attempt ended.
    pub end_ms: u64,
    /// How long the migration itself waited for locks in this step (all attempts).
    pub wait_ms: u64,
    /// Of `wait_ms`, how long a `CONCURRENTLY` command waited for other transactions
    /// to end (virtualxid waits: no application query queues behind them).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub older_wait_ms: u64,
    /// The longest wait of an application query that started waiting during the step.
    pub max_stall_ms: u64,
    /// Application queries that waited during the step.
    pub blocked_queries: usize,
    /// The migration's lock waits in this step that lock_timeout cancelled.
    pub timed_out: usize,
    /// When the migration gave up at this step (no retry left): PostgreSQL's error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<PgError>,
    /// What a cancelled `CONCURRENTLY` command leaves behind (an INVALID index).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leftover: Option<String>,
    /// What Rehearse cannot simulate here (the rest of the queue is unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsupported: Option<String>,
    /// Per connection, what it did during the step's window.
    pub timeline: Vec<Lane>,
    /// Intervals left out of `timeline` beyond [`MAX_INTERVALS`].
    #[serde(default, skip_serializing_if = "is_zero")]
    pub omitted_intervals: usize,
}

fn is_zero<N: Default + PartialEq>(n: &N) -> bool {
    *n == N::default()
}

/// One connection's row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lane {
    /// `migration`, or `query N` (the Nth annotated query), `query N (k)` for its kth
    /// concurrent connection.
    pub connection: String,
    /// The query's text (application connections).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Its intervals in time order.
    pub intervals: Vec<Interval>,
}

/// Waiting or holding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// Waiting for a lock.
    Waiting,
    /// Holding its locks (running).
    Holding,
}

/// The transactions a `CONCURRENTLY` command waits for (a virtualxid wait).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OlderTransactions {
    /// Those holding a lock on the table that conflicts with this mode
    /// (`WaitForLockers`: SHARE, the writers; ACCESS EXCLUSIVE, every user).
    Lockers(LockMode),
    /// Those with a snapshot older than the validation scan's, on any table
    /// (`WaitForOlderSnapshots`).
    Snapshots,
}

impl OlderTransactions {
    /// In words.
    pub fn describe(self) -> String {
        match self {
            OlderTransactions::Lockers(LockMode::Share) => {
                "older transactions writing to the table".to_string()
            }
            OlderTransactions::Lockers(LockMode::AccessExclusive) => {
                "older transactions using the table".to_string()
            }
            OlderTransactions::Lockers(mode) => format!(
                "older transactions holding a lock that conflicts with {}",
                mode.name()
            ),
            OlderTransactions::Snapshots => {
                "transactions with a snapshot older than its validation scan (on any table)"
                    .to_string()
            }
        }
    }
}

/// A span of one connection's time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    /// Waiting or holding.
    pub state: State,
    /// Start (negative: before the migration started).
    pub start_ms: i64,
    /// End.
    pub end_ms: u64,
    /// For a wait: the table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
    /// For a `CONCURRENTLY` command's wait for other transactions to end: which
    /// (then `mode` is absent: no table lock is requested).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub older: Option<OlderTransactions>,
    /// For a wait: the mode requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<LockMode>,
    /// For a wait: the connections it waited for when it began.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waits_for: Vec<String>,
    /// For a wait: lock_timeout cancelled it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub timed_out: bool,
    /// For the migration: the step (1-based).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<usize>,
}
