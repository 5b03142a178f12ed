//! The lock queue: what a migration's locks do to the application's live traffic.
//!
//! The deployed code's queries may carry a rate and a duration ([`traffic`]); the
//! migration may set `lock_timeout` and ask for retries ([`settings`]). A
//! discrete-event simulation of PostgreSQL's lock manager ([`sim`], with the conflict
//! table of [`conflict`]) plays the migration's steps, each holding its locks for a
//! time ([`hold`]: a default per cost class, a directive, or the caller's estimate),
//! against that traffic, and [`timeline`] turns what happened into each step's
//! `queue` in the report.
//!
//! The simulation takes the engine's verdicts as given: a step PostgreSQL rejects
//! still fails; the queue only adds what waiting does (stalls, and the 55P03 a wait
//! cancelled by lock_timeout raises, which depends on the traffic the user stated).

pub mod concurrently;
pub mod conflict;
pub mod duration;
pub mod hold;
pub mod settings;
pub mod sim;
pub mod summary;
pub mod timeline;
pub mod traffic;

use crate::report::{Outcome, ProductionOutcome, Run, Step, StepStatus};
use hold::{Hold, HoldTime};
use rehearse_engine::error::PgError;
use settings::{Directives, TimeoutChange};
use sim::{MigrationStep, Refusal};
pub use timeline::StepQueue;
pub use traffic::TrafficQuery;

/// Simulates the upgrade `run` against `traffic` and sets each step's `queue` (steps
/// that never ran keep none). Nothing happens without traffic.
pub fn attach(
    run: &mut Run,
    traffic: &[TrafficQuery],
    directives: &Directives,
    hold: &dyn HoldTime,
) {
    if traffic.is_empty() {
        return;
    }
    let mut steps: Vec<MigrationStep> = Vec::new();
    let mut holds: Vec<Hold> = Vec::new();
    let mut commands: Vec<Option<concurrently::Command>> = Vec::new();
    let mut refused: Option<(usize, String)> = None;
    let (mut session, mut local): (u64, Option<u64>) = (0, None);
    for (i, step) in run.steps.iter().enumerate() {
        if !matches!(step.status, StepStatus::Ok | StepStatus::Error) {
            break;
        }
        let command = match concurrently::command_of(&step.sql) {
            Ok(command) => command,
            Err(what) => {
                refused = Some((
                    i,
                    format!("Rehearse cannot simulate the lock queue from here: {what}"),
                ));
                break;
            }
        };
        // A CONCURRENTLY command runs its phases on the table it locks SHARE UPDATE
        // EXCLUSIVE; one PostgreSQL rejects is played as the engine's verdict says (it
        // fails where it is, phases unknown).
        let phases = match (command, concurrent_table(step)) {
            (Some(c), Some(table)) if step.status == StepStatus::Ok => {
                concurrently::phases(c, &table)
            }
            _ => Vec::new(),
        };
        let mut commits = false;
        match settings::timeout_changes(&step.sql) {
            Ok(changes) => {
                for change in changes {
                    match change {
                        TimeoutChange::Session(ms) => session = ms,
                        TimeoutChange::Local(ms) => local = Some(ms),
                        TimeoutChange::TransactionEnd => {
                            local = None;
                            commits = true;
                        }
                    }
                }
            }
            Err(what) => {
                refused = Some((
                    i,
                    format!(
                        "Rehearse cannot simulate the lock queue from here: it cannot read {what}"
                    ),
                ));
                break;
            }
        }
        let next_line = run.steps.get(i + 1).map(|s| s.line);
        let h = match directives.hold_for(step.line, next_line) {
            Some(ms) => Hold {
                ms,
                basis: "from the step's `rehearse: hold` directive".into(),
            },
            None => hold
                .hold(i, step)
                .unwrap_or_else(|| hold::default_hold(step)),
        };
        // Nothing held after it: a COMMIT, or a step that locked and ran alone (in
        // autocommit). A step that locks nothing (SET) leaves the transaction open:
        // its SET LOCAL lasts, and a retry reruns it.
        let ends_transaction = step.held.is_empty() && (commits || !step.locks.is_empty());
        steps.push(MigrationStep {
            locks: lock_order(step),
            hold_ms: h.ms,
            lock_timeout_ms: local.unwrap_or(session),
            ends_transaction,
            fails: step.status == StepStatus::Error,
            phases,
        });
        commands.push(command);
        holds.push(h);
        if ends_transaction {
            local = None;
        }
    }
    let texts: Vec<String> = traffic.iter().map(|t| t.text.clone()).collect();
    match sim::simulate(&steps, traffic, directives.retry) {
        Ok(outcome) => {
            run.in_production = outcome
                .gave_up_at
                .map(|i| production_outcome(run, &steps, i, outcome.cancelled_concurrently));
            let names = timeline::lane_names(&outcome);
            for (i, (step, h)) in steps.iter().zip(holds).enumerate() {
                if let Some(mut queue) = step_queue(&outcome, &names, &texts, i, step, h) {
                    if outcome.cancelled_concurrently == Some(i) && queue.error.is_some() {
                        queue.leftover = commands[i].map(|c| c.leftover().to_string());
                    }
                    run.steps[i].queue = Some(queue);
                }
            }
        }
        Err(refusal) => {
            let (at, what) = match refusal {
                Refusal::TooManyEvents => (0, format!("more than {} lock events (arrivals, waits, grants)", sim::MAX_EVENTS)),
                Refusal::Deadlock { step } => (step, "a deadlock between the migration and the traffic (PostgreSQL's deadlock detector would cancel one after deadlock_timeout)".to_string()),
                Refusal::RetryAfterConcurrently { step } => (step, format!(
                    "the retry of a {} that lock_timeout cancelled while it waited for older transactions ({})",
                    commands[step].map_or("CONCURRENTLY command", |c| c.name()),
                    commands[step].map_or("", |c| c.leftover()),
                )),
            };
            refused = Some((at, format!("Rehearse cannot simulate {what}")));
        }
    }
    if let Some((at, message)) = refused {
        if let Some(step) = run.steps.get_mut(at) {
            step.queue = Some(StepQueue {
                hold_ms: 0,
                hold_basis: String::new(),
                lock_timeout_ms: None,
                start_ms: 0,
                end_ms: 0,
                wait_ms: 0,
                older_wait_ms: 0,
                max_stall_ms: 0,
                blocked_queries: 0,
                timed_out: 0,
                error: None,
                leftover: None,
                unsupported: Some(message),
                timeline: Vec::new(),
                omitted_intervals: 0,
            });
        }
        for step in run.steps.iter_mut().skip(at + 1) {
            step.queue = None;
        }
    }
}

/// The run in production when the queue cancels step `at`: its transaction rolls
/// back; what earlier transactions committed stays (and so does what a cancelled
/// CONCURRENTLY command left).
fn production_outcome(
    run: &Run,
    steps: &[MigrationStep],
    at: usize,
    cancelled_concurrently: Option<usize>,
) -> ProductionOutcome {
    let segment_start = steps[..at]
        .iter()
        .rposition(|s| s.ends_transaction)
        .map_or(0, |i| i + 1);
    // Work an earlier transaction committed: a step that locked a table or changed
    // one (a SET or a COMMIT alone keeps nothing).
    let kept = run.steps[..segment_start]
        .iter()
        .any(|s| s.committed || !s.locks.is_empty() || s.before != s.after)
        || cancelled_concurrently == Some(at);
    ProductionOutcome {
        outcome: if kept {
            Outcome::Partial
        } else {
            Outcome::RolledBack
        },
        step: at + 1,
        error: lock_timeout_error(),
    }
}

/// The table a `CONCURRENTLY` step locks SHARE UPDATE EXCLUSIVE (its index's).
fn concurrent_table(step: &Step) -> Option<String> {
    step.locks
        .iter()
        .find(|l| l.mode == crate::analysis::locks::LockMode::ShareUpdateExclusive)
        .map(|l| l.table.clone())
}

/// The order a step takes its locks in: the tables as the report lists them.
fn lock_order(step: &Step) -> Vec<(String, crate::analysis::locks::LockMode)> {
    step.locks
        .iter()
        .map(|l| (l.table.clone(), l.mode))
        .collect()
}

/// Step `i`'s queue from the whole simulation; `None` if it never ran there.
fn step_queue(
    outcome: &sim::Outcome,
    names: &[Option<String>],
    texts: &[String],
    i: usize,
    step: &MigrationStep,
    hold: Hold,
) -> Option<StepQueue> {
    let attempts: Vec<&sim::Attempt> = outcome.attempts.iter().filter(|a| a.step == i).collect();
    let start = attempts.iter().map(|a| a.start).min()?;
    let end = attempts.iter().map(|a| a.end).max().unwrap_or(start);
    let own: Vec<&sim::Wait> = outcome
        .waits
        .iter()
        .filter(|w| w.conn == 0 && w.step == i)
        .collect();
    let mut stalls: std::collections::BTreeMap<usize, u64> = Default::default();
    let mut window_end = end;
    for w in outcome.waits.iter().filter(|w| w.conn != 0 && w.step == i) {
        *stalls.entry(w.conn).or_default() += w.end - w.start;
        window_end = window_end.max(w.end);
    }
    let (timeline, omitted) = timeline::lanes(outcome, names, texts, start, window_end);
    Some(StepQueue {
        hold_ms: hold.ms,
        hold_basis: hold.basis,
        lock_timeout_ms: (step.lock_timeout_ms > 0).then_some(step.lock_timeout_ms),
        start_ms: start,
        end_ms: end,
        wait_ms: own.iter().map(|w| w.end - w.start).sum(),
        older_wait_ms: own
            .iter()
            .filter(|w| w.older.is_some())
            .map(|w| w.end - w.start)
            .sum(),
        max_stall_ms: stalls.values().copied().max().unwrap_or(0),
        blocked_queries: stalls.len(),
        timed_out: own.iter().filter(|w| w.timed_out).count(),
        error: (outcome.gave_up_at == Some(i)).then(lock_timeout_error),
        leftover: None,
        unsupported: None,
        timeline,
        omitted_intervals: omitted,
    })
}

/// PostgreSQL's error when lock_timeout cancels a wait (postgres.c, ProcessInterrupts).
pub fn lock_timeout_error() -> PgError {
    PgError::new("55P03", "canceling statement due to lock timeout")
}

#[cfg(test)]
mod tests;
