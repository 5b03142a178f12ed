//! The discrete-event simulation of PostgreSQL's heavyweight lock manager for one
//! migration and its traffic (lock.c `LockAcquire`, proc.c `ProcSleep` and
//! `ProcLockWakeup`):
//!
//! - a request is granted at once only if it conflicts with no lock another
//!   transaction holds *and* with no request already waiting (the wait mask): so a
//!   waiting ACCESS EXCLUSIVE blocks every later ACCESS SHARE;
//! - otherwise it joins the table's FIFO queue — except that a transaction already
//!   holding a lock that a waiter wants goes ahead of that waiter (and is granted at
//!   once if nothing ahead conflicts), as ProcSleep does to avoid a deadlock;
//! - when locks are released the queue is walked in order, granting each waiter that
//!   conflicts neither with the granted locks nor with the waiters still ahead of it;
//! - locks are held to the end of the transaction; `lock_timeout` cancels a wait (55P03)
//!   and the transaction's abort releases everything it held.
//!
//! - a `CONCURRENTLY` step runs its [`Phase`]s once its lock is granted: its waits for
//!   other transactions to end (virtualxid waits) are in no table's queue, so they
//!   block nobody, but lock_timeout cancels them too.
//!
//! Row locks, the deadlock detector and statement_timeout are not simulated (a
//! deadlock is refused).
//! Time is whole milliseconds; events at one instant run in a fixed order (releases,
//! then the migration, timeouts, arrivals), so a run is deterministic.

use super::concurrently::{OlderTransactions, Phase};
use super::conflict::conflicts;
use super::settings::Retry;
use super::traffic::{Schedule, TrafficQuery};
use crate::analysis::locks::LockMode;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, VecDeque};

/// The most events one simulation processes (arrivals, grants, ends).
pub const MAX_EVENTS: usize = 200_000;

/// A migration step as the simulation sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct MigrationStep {
    /// Locks it requests, in order.
    pub locks: Vec<(String, LockMode)>,
    /// How long it runs once it holds them.
    pub hold_ms: u64,
    /// `lock_timeout` while it waits (0: none).
    pub lock_timeout_ms: u64,
    /// Its transaction ends after it (COMMIT, autocommit): every lock is released.
    pub ends_transaction: bool,
    /// It raises PostgreSQL's error (the engine's verdict): the transaction rolls back
    /// after it, and the migration stops.
    pub fails: bool,
    /// A `CONCURRENTLY` command's phases after its lock (empty: it just holds its
    /// locks for `hold_ms`).
    pub phases: Vec<Phase>,
}

/// Who a connection is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// The migration.
    Migration,
    /// An instance of a traffic query (its index), arriving at `arrival`.
    Traffic {
        /// Index in the traffic list.
        query: usize,
        /// When it arrived (negative: before the migration started).
        arrival: i64,
    },
}

/// A wait, as it happened.
#[derive(Debug, Clone, PartialEq)]
pub struct Wait {
    /// Connection (index in [`Outcome::connections`]).
    pub conn: usize,
    /// Table and mode requested.
    pub table: String,
    /// Mode.
    pub mode: LockMode,
    /// When it started.
    pub start: u64,
    /// When it was granted or cancelled.
    pub end: u64,
    /// Connections it waited for when it started (holders of conflicting locks and
    /// conflicting waiters ahead of it: what `pg_blocking_pids` lists).
    pub waits_for: Vec<usize>,
    /// Cancelled by lock_timeout.
    pub timed_out: bool,
    /// The migration's step (0-based) running or waiting when it started.
    pub step: usize,
    /// A wait for other transactions to end (a `CONCURRENTLY` phase), not for a lock
    /// on `table` in `mode`.
    pub older: Option<OlderTransactions>,
}

/// A span of time a connection held its locks.
#[derive(Debug, Clone, PartialEq)]
pub struct Holding {
    /// Connection.
    pub conn: usize,
    /// From (negative: before the migration started).
    pub start: i64,
    /// To.
    pub end: u64,
    /// For the migration: the step.
    pub step: Option<usize>,
}

/// One attempt of a migration step.
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    /// Step (0-based).
    pub step: usize,
    /// Start.
    pub start: u64,
    /// End (done, or cancelled).
    pub end: u64,
    /// Cancelled by lock_timeout.
    pub timed_out: bool,
}

/// What the simulation saw.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    /// Every connection, the migration first.
    pub connections: Vec<Who>,
    /// Every wait, in the order they started.
    pub waits: Vec<Wait>,
    /// Every holding span.
    pub holdings: Vec<Holding>,
    /// The migration's step attempts.
    pub attempts: Vec<Attempt>,
    /// The step where the migration gave up (its last lock wait timed out, no retry
    /// left).
    pub gave_up_at: Option<usize>,
    /// Every grant after a wait, in order: (time, connection, table).
    pub grants: Vec<(u64, usize, String)>,
    /// The step whose `CONCURRENTLY` command lock_timeout cancelled while it waited for
    /// older transactions (past its first internal transaction: it leaves an index
    /// behind).
    pub cancelled_concurrently: Option<usize>,
}

/// Why the simulation stopped without an answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// More than [`MAX_EVENTS`] events.
    TooManyEvents,
    /// A cycle of waits: PostgreSQL's deadlock detector would cancel one of them.
    Deadlock {
        /// The step waiting when it formed.
        step: usize,
    },
    /// A retry after lock_timeout cancelled a `CONCURRENTLY` command past its first
    /// internal transaction: what it left behind changes the rerun.
    RetryAfterConcurrently {
        /// The step.
        step: usize,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Event {
    // Ordered: at one instant, ends first, then the migration, timeouts, arrivals.
    Finish { conn: usize },
    MigrationStepDone,
    MigrationScanDone,
    MigrationRetry,
    MigrationStart,
    Timeout { conn: usize, token: usize },
    Arrive { query: usize },
}

#[derive(Default)]
struct LockState {
    granted: Vec<(usize, LockMode)>,
    queue: VecDeque<(usize, LockMode)>,
}

struct Conn {
    locks: Vec<(String, LockMode)>,
    next: usize,
    held: Vec<String>,
    /// Open wait: index in `waits`.
    waiting: Option<usize>,
    takes: u64,
    hold_from: i64,
    /// Its transaction has ended.
    done: bool,
}

struct Sim<'a> {
    steps: &'a [MigrationStep],
    traffic: &'a [TrafficQuery],
    retry: Option<Retry>,
    retries_left: u32,
    now: u64,
    events: BinaryHeap<Reverse<(u64, Event, usize)>>,
    seq: usize,
    tables: BTreeMap<String, LockState>,
    conns: Vec<Conn>,
    out: Outcome,
    step: usize,
    segment_start: usize,
    attempt_start: u64,
    done: bool,
    processed: usize,
    /// The current step's next phase (`CONCURRENTLY`).
    phase: usize,
    /// Connections opened before the reference snapshot (`conns.len()` then).
    reference_conns: usize,
    /// The transactions the migration's virtualxid wait still waits for.
    awaiting: Vec<usize>,
}

/// Runs the migration's `steps` against `traffic`, starting at time 0.
pub fn simulate(
    steps: &[MigrationStep],
    traffic: &[TrafficQuery],
    retry: Option<Retry>,
) -> Result<Outcome, Refusal> {
    let mut sim = Sim {
        steps,
        traffic,
        retry,
        retries_left: retry.map_or(0, |r| r.times),
        now: 0,
        events: BinaryHeap::new(),
        seq: 0,
        tables: BTreeMap::new(),
        conns: Vec::new(),
        out: Outcome::default(),
        step: 0,
        segment_start: 0,
        attempt_start: 0,
        done: steps.is_empty(),
        processed: 0,
        phase: 0,
        reference_conns: 0,
        awaiting: Vec::new(),
    };
    sim.add_conn(Who::Migration, Vec::new(), 0, 0);
    sim.start_traffic();
    if !sim.done {
        sim.schedule(0, Event::MigrationStart);
    }
    while let Some(Reverse((time, event, _))) = sim.events.pop() {
        sim.processed += 1;
        if sim.processed > MAX_EVENTS {
            return Err(Refusal::TooManyEvents);
        }
        sim.now = time;
        sim.handle(event)?;
    }
    Ok(sim.out)
}

impl Sim<'_> {
    fn schedule(&mut self, at: u64, event: Event) {
        self.seq += 1;
        self.events.push(Reverse((at, event, self.seq)));
    }

    fn add_conn(
        &mut self,
        who: Who,
        locks: Vec<(String, LockMode)>,
        takes: u64,
        from: i64,
    ) -> usize {
        self.conns.push(Conn {
            locks,
            next: 0,
            held: Vec::new(),
            waiting: None,
            takes,
            hold_from: from,
            done: false,
        });
        self.out.connections.push(who);
        self.conns.len() - 1
    }

    /// The traffic in flight when the migration starts holds its locks already (the
    /// application's queries never conflict with each other at table level); the
    /// first arrivals after 0 are scheduled.
    fn start_traffic(&mut self) {
        for (query, q) in self.traffic.iter().enumerate() {
            match q.schedule {
                Schedule::AlreadyRunning { left_ms } => {
                    self.already_holding(query, q, 0, left_ms);
                }
                Schedule::Every { every_ms, takes_ms } => {
                    // In steady state: the arrivals at 0, -P, -2P, ... still running.
                    let mut k = 0u64;
                    while k * every_ms < takes_ms {
                        let arrival = -((k * every_ms) as i64);
                        self.already_holding(query, q, arrival, takes_ms - k * every_ms);
                        k += 1;
                    }
                    if !self.done {
                        self.schedule(every_ms, Event::Arrive { query });
                    }
                }
                Schedule::Once { at_ms, .. } => self.schedule(at_ms, Event::Arrive { query }),
            }
        }
    }

    fn already_holding(&mut self, query: usize, q: &TrafficQuery, arrival: i64, left: u64) {
        let conn = self.add_conn(Who::Traffic { query, arrival }, q.locks.clone(), 0, arrival);
        for (table, mode) in &q.locks {
            self.tables
                .entry(table.clone())
                .or_default()
                .granted
                .push((conn, *mode));
            self.conns[conn].held.push(table.clone());
        }
        self.conns[conn].next = q.locks.len();
        self.schedule(left, Event::Finish { conn });
    }

    fn handle(&mut self, event: Event) -> Result<(), Refusal> {
        match event {
            Event::Arrive { query } => {
                let q = &self.traffic[query];
                let takes = match q.schedule {
                    Schedule::Every { every_ms, takes_ms } => {
                        if !self.done {
                            self.schedule(self.now + every_ms, Event::Arrive { query });
                        }
                        takes_ms
                    }
                    Schedule::Once { takes_ms, .. } => takes_ms,
                    Schedule::AlreadyRunning { left_ms } => left_ms,
                };
                let conn = self.add_conn(
                    Who::Traffic {
                        query,
                        arrival: self.now as i64,
                    },
                    q.locks.clone(),
                    takes,
                    self.now as i64,
                );
                self.advance(conn)?;
            }
            Event::Finish { conn } => {
                let from = self.conns[conn].hold_from;
                self.out.holdings.push(Holding {
                    conn,
                    start: from,
                    end: self.now,
                    step: None,
                });
                self.conns[conn].done = true;
                self.release_all(conn)?;
                self.older_ended(conn)?;
            }
            Event::MigrationStart | Event::MigrationRetry => {
                self.step = self.segment_start;
                self.begin_step()?;
            }
            Event::MigrationStepDone => self.step_done()?,
            Event::MigrationScanDone => {
                self.out.holdings.push(Holding {
                    conn: 0,
                    start: self.conns[0].hold_from,
                    end: self.now,
                    step: Some(self.step),
                });
                self.phase += 1;
                self.run_phases()?;
            }
            Event::Timeout { conn, token } => {
                if self.conns[conn].waiting == Some(token) {
                    self.time_out(conn)?;
                }
            }
        }
        Ok(())
    }

    /// The migration's step has run: its holding span, its transaction's end.
    fn step_done(&mut self) -> Result<(), Refusal> {
        let step = &self.steps[self.step];
        // A step that locks nothing (SET, a new table) holds nothing to show; a
        // CONCURRENTLY step showed each of its scans.
        if !step.locks.is_empty() && step.phases.is_empty() {
            self.out.holdings.push(Holding {
                conn: 0,
                start: self.conns[0].hold_from,
                end: self.now,
                step: Some(self.step),
            });
        }
        self.out.attempts.push(Attempt {
            step: self.step,
            start: self.attempt_start,
            end: self.now,
            timed_out: false,
        });
        if step.fails {
            self.finish_migration()?;
        } else {
            if step.ends_transaction {
                self.release_all(0)?;
                self.segment_start = self.step + 1;
            }
            self.step += 1;
            if self.step == self.steps.len() {
                self.finish_migration()?;
            } else {
                self.begin_step()?;
            }
        }
        Ok(())
    }

    fn finish_migration(&mut self) -> Result<(), Refusal> {
        self.done = true;
        self.release_all(0)
    }

    fn begin_step(&mut self) -> Result<(), Refusal> {
        self.attempt_start = self.now;
        let step = &self.steps[self.step];
        self.conns[0].locks = step.locks.clone();
        self.conns[0].next = 0;
        self.advance(0)
    }

    /// Requests the connection's next locks until one must wait or all are held.
    fn advance(&mut self, conn: usize) -> Result<(), Refusal> {
        while self.conns[conn].next < self.conns[conn].locks.len() {
            let (table, mode) = self.conns[conn].locks[self.conns[conn].next].clone();
            if !self.request(conn, &table, mode) {
                self.start_wait(conn, table, mode)?;
                return Ok(());
            }
            self.conns[conn].next += 1;
        }
        self.conns[conn].hold_from = self.now as i64;
        if conn == 0 {
            if self.steps[self.step].phases.is_empty() {
                let hold = self.steps[self.step].hold_ms;
                self.schedule(self.now + hold, Event::MigrationStepDone);
            } else {
                self.phase = 0;
                self.run_phases()?;
            }
        } else {
            let takes = self.conns[conn].takes;
            self.schedule(self.now + takes, Event::Finish { conn });
        }
        Ok(())
    }

    /// LockAcquire and ProcSleep's queue placement: `true` when granted at once.
    fn request(&mut self, conn: usize, table: &str, mode: LockMode) -> bool {
        let state = self.tables.entry(table.to_string()).or_default();
        let own: Vec<LockMode> = state
            .granted
            .iter()
            .filter(|(c, _)| *c == conn)
            .map(|(_, m)| *m)
            .collect();
        let against_granted = state
            .granted
            .iter()
            .any(|(c, m)| *c != conn && conflicts(*m, mode));
        let against_waiters = state.queue.iter().any(|(_, m)| conflicts(*m, mode));
        let grant = |state: &mut LockState, held: &mut Vec<String>| {
            state.granted.push((conn, mode));
            if !held.iter().any(|t| t == table) {
                held.push(table.to_string());
            }
        };
        if !against_granted && !against_waiters {
            grant(state, &mut self.conns[conn].held);
            return true;
        }
        if !own.is_empty() {
            let mut ahead: Vec<LockMode> = Vec::new();
            for i in 0..state.queue.len() {
                let (_, wanted) = state.queue[i];
                if own.iter().any(|o| conflicts(*o, wanted)) {
                    if !against_granted && !ahead.iter().any(|a| conflicts(*a, mode)) {
                        grant(state, &mut self.conns[conn].held);
                        return true;
                    }
                    state.queue.insert(i, (conn, mode));
                    return false;
                }
                ahead.push(wanted);
            }
        }
        state.queue.push_back((conn, mode));
        false
    }

    fn start_wait(&mut self, conn: usize, table: String, mode: LockMode) -> Result<(), Refusal> {
        let state = &self.tables[&table];
        let position = state
            .queue
            .iter()
            .position(|(c, _)| *c == conn)
            .unwrap_or(0);
        let mut waits_for: Vec<usize> = state
            .granted
            .iter()
            .filter(|(c, m)| *c != conn && conflicts(*m, mode))
            .map(|(c, _)| *c)
            .chain(
                state
                    .queue
                    .iter()
                    .take(position)
                    .filter(|(_, m)| conflicts(*m, mode))
                    .map(|(c, _)| *c),
            )
            .collect();
        waits_for.sort_unstable();
        waits_for.dedup();
        let step = self.step.min(self.steps.len().saturating_sub(1));
        self.out.waits.push(Wait {
            conn,
            table,
            mode,
            start: self.now,
            end: self.now,
            waits_for,
            timed_out: false,
            step,
            older: None,
        });
        self.wait_started(conn)
    }

    /// The wait just recorded for `conn`: refused if it closes a cycle; lock_timeout
    /// armed for the migration's.
    fn wait_started(&mut self, conn: usize) -> Result<(), Refusal> {
        let token = self.out.waits.len() - 1;
        self.conns[conn].waiting = Some(token);
        if self.in_cycle(conn) {
            return Err(Refusal::Deadlock {
                step: self.out.waits[token].step,
            });
        }
        if conn == 0 {
            let timeout = self.steps[self.step].lock_timeout_ms;
            if timeout > 0 {
                self.schedule(self.now + timeout, Event::Timeout { conn, token });
            }
        }
        Ok(())
    }

    /// Runs the current `CONCURRENTLY` step's phases from `self.phase` until one
    /// waits or scans; after the last, the step is done.
    fn run_phases(&mut self) -> Result<(), Refusal> {
        let steps = self.steps;
        let step = &steps[self.step];
        while let Some(phase) = step.phases.get(self.phase) {
            let (awaited, table, older) = match phase {
                Phase::Scan {
                    half,
                    reference_snapshot,
                } => {
                    if *reference_snapshot {
                        self.reference_conns = self.conns.len();
                    }
                    // Two half scans: the first takes the rounded-down half.
                    let ms = match (half, reference_snapshot) {
                        (false, _) => step.hold_ms,
                        (true, false) => step.hold_ms / 2,
                        (true, true) => step.hold_ms - step.hold_ms / 2,
                    };
                    self.conns[0].hold_from = self.now as i64;
                    self.schedule(self.now + ms, Event::MigrationScanDone);
                    return Ok(());
                }
                // GetLockConflicts: the holders now, not the waiters.
                Phase::WaitForLockers { table, mode } => {
                    let mut holders: Vec<usize> = self
                        .tables
                        .get(table)
                        .map(|s| {
                            s.granted
                                .iter()
                                .filter(|(c, m)| *c != 0 && conflicts(*m, *mode))
                                .map(|(c, _)| *c)
                                .collect()
                        })
                        .unwrap_or_default();
                    holders.sort_unstable();
                    holders.dedup();
                    (holders, table.clone(), OlderTransactions::Lockers(*mode))
                }
                // GetCurrentVirtualXIDs: every transaction of the database begun before
                // the reference snapshot and still running (waiting ones too: a
                // statement takes its snapshot before it locks its tables).
                Phase::WaitForOlderSnapshots => {
                    let older: Vec<usize> = (1..self.reference_conns)
                        .filter(|&c| !self.conns[c].done)
                        .collect();
                    (older, String::new(), OlderTransactions::Snapshots)
                }
            };
            if awaited.is_empty() {
                self.phase += 1;
                continue;
            }
            self.out.waits.push(Wait {
                conn: 0,
                table,
                mode: crate::analysis::locks::LockMode::ShareUpdateExclusive,
                start: self.now,
                end: self.now,
                waits_for: awaited.clone(),
                timed_out: false,
                step: self.step,
                older: Some(older),
            });
            self.awaiting = awaited;
            return self.wait_started(0);
        }
        self.step_done()
    }

    /// A transaction ended: if the migration's virtualxid wait waited for it and for
    /// no other, the wait ends and the next phase runs.
    fn older_ended(&mut self, conn: usize) -> Result<(), Refusal> {
        let before = self.awaiting.len();
        self.awaiting.retain(|&c| c != conn);
        if before == 0 || !self.awaiting.is_empty() {
            return Ok(());
        }
        if let Some(w) = self.conns[0].waiting.take() {
            self.out.waits[w].end = self.now;
        }
        self.phase += 1;
        self.run_phases()
    }

    /// Whether the wait `conn` just began closes a cycle of waits.
    fn in_cycle(&self, conn: usize) -> bool {
        let mut seen = vec![false; self.conns.len()];
        let mut stack = vec![conn];
        while let Some(c) = stack.pop() {
            let Some(w) = self.conns[c].waiting else {
                continue;
            };
            for &b in &self.out.waits[w].waits_for {
                if b == conn {
                    return true;
                }
                if !seen[b] {
                    seen[b] = true;
                    stack.push(b);
                }
            }
        }
        false
    }

    /// lock_timeout: the wait is cancelled (55P03), the transaction aborts.
    fn time_out(&mut self, conn: usize) -> Result<(), Refusal> {
        let Some(w) = self.conns[conn].waiting.take() else {
            return Ok(());
        };
        let wait = &mut self.out.waits[w];
        wait.end = self.now;
        wait.timed_out = true;
        let table = wait.table.clone();
        let concurrently = wait.older.is_some();
        if concurrently {
            self.awaiting.clear();
            self.out.cancelled_concurrently = Some(self.step);
        }
        if let Some(state) = self.tables.get_mut(&table) {
            state.queue.retain(|(c, _)| *c != conn);
        }
        self.out.attempts.push(Attempt {
            step: self.step,
            start: self.attempt_start,
            end: self.now,
            timed_out: true,
        });
        self.release_all(conn)?;
        self.wake(&table)?;
        match self.retry {
            Some(_) if concurrently && self.retries_left > 0 => {
                return Err(Refusal::RetryAfterConcurrently { step: self.step });
            }
            Some(r) if self.retries_left > 0 => {
                self.retries_left -= 1;
                self.schedule(self.now + r.after_ms, Event::MigrationRetry);
            }
            _ => {
                self.out.gave_up_at = Some(self.step);
                self.done = true;
            }
        }
        Ok(())
    }

    fn release_all(&mut self, conn: usize) -> Result<(), Refusal> {
        let held = std::mem::take(&mut self.conns[conn].held);
        for table in &held {
            if let Some(state) = self.tables.get_mut(table) {
                state.granted.retain(|(c, _)| *c != conn);
            }
        }
        for table in &held {
            self.wake(table)?;
        }
        Ok(())
    }

    /// ProcLockWakeup: grants, in queue order, each waiter compatible with the
    /// granted locks and with every waiter still ahead of it.
    fn wake(&mut self, table: &str) -> Result<(), Refusal> {
        let Some(state) = self.tables.get_mut(table) else {
            return Ok(());
        };
        let mut ahead: Vec<LockMode> = Vec::new();
        let mut woken = Vec::new();
        let mut i = 0;
        while i < state.queue.len() {
            let (conn, mode) = state.queue[i];
            let blocked = ahead.iter().any(|a| conflicts(*a, mode))
                || state
                    .granted
                    .iter()
                    .any(|(c, m)| *c != conn && conflicts(*m, mode));
            if blocked {
                ahead.push(mode);
                i += 1;
            } else {
                state.queue.remove(i);
                state.granted.push((conn, mode));
                woken.push(conn);
            }
        }
        for conn in woken {
            if !self.conns[conn].held.iter().any(|t| t == table) {
                self.conns[conn].held.push(table.to_string());
            }
            if let Some(w) = self.conns[conn].waiting.take() {
                self.out.waits[w].end = self.now;
            }
            self.out.grants.push((self.now, conn, table.to_string()));
            self.conns[conn].next += 1;
            self.advance(conn)?;
        }
        Ok(())
    }
}
