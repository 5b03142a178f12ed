//! Which error PostgreSQL raises when a statement of a data-modifying WITH fails at
//! run time (analysis and planning errors are `prepare.rs`'s, raised before).
//!
//! PostgreSQL's executor runs the main statement's plan, which pulls the rows of the
//! WITH queries it reads one at a time (`CteScan` asks the query's `ModifyTable` for
//! its next RETURNING row only when it needs one); then `ExecPostprocessPlan` runs each
//! data-modifying WITH query not yet finished to its end, in turn. The foreign keys'
//! checks (and their actions) are AFTER triggers, fired once every statement has run.
//! So, for a statement that fails while the others run in the order `order.rs` gives:
//! - statements of a later phase never run: they cannot raise anything first;
//! - the statements of its phase that read its rows had seen only the rows it returned
//!   before it failed: if they (and the phase's other statements) succeed on those, its
//!   error is PostgreSQL's, whatever their plan; if one of them fails, whether that
//!   happened before it asked for the failing row depends on its plan (a sort or an
//!   aggregate reads all its input first, a plain scan does not): refused;
//! - a foreign key's error comes after every other statement ran: its error if all of
//!   them succeed.

use super::{hide, run_part, Part, State};
use crate::error::PgError;
use crate::{Engine, Failure};

/// A statement that failed: its place in the schedule, its failure, and the RETURNING
/// rows it produced before it.
pub(super) struct Failed {
    pub step: usize,
    pub failure: Failure,
    pub prefix: Option<crate::dml::returning::Returned>,
}

/// Whether PostgreSQL raises `error` only once every statement has run (a foreign key's
/// check, an AFTER trigger's).
fn at_statement_end(error: &PgError) -> bool {
    error.sqlstate == "23503"
}

/// The error PostgreSQL raises first, given that `failed` failed on `engine` (the
/// database as it was before it ran, `state` what the statements before it left); or
/// the refusal naming what decides it.
pub(super) fn first(
    engine: &Engine,
    parts: &[Part],
    schedule: &[(usize, usize)],
    state: &State,
    failed: Failed,
) -> Failure {
    let (p, phase) = schedule[failed.step];
    let late = at_statement_end(&failed.failure.error);
    // The statements PostgreSQL still runs before it raises this error.
    let others: Vec<(usize, usize)> = schedule[failed.step + 1..]
        .iter()
        .copied()
        .filter(|&(_, other_phase)| late || other_phase == phase)
        .collect();
    if others.is_empty() {
        return failed.failure;
    }
    let name = |p: usize| {
        parts[p].alias.as_ref().map_or_else(
            || "the main statement".to_string(),
            |a| format!("WITH query \"{}\"", crate::ident(&a.name)),
        )
    };
    if late
        && others
            .iter()
            .any(|&(q, _)| parts[q].target.is_some() && parts[q].target == parts[p].target)
    {
        return PgError::unsupported(format!(
            "which error PostgreSQL raises first when a foreign key check fails for {} of a data-modifying WITH (checked once every statement has run) and another statement writes the same table",
            name(p)
        ))
        .into();
    }
    let mut scratch = engine.clone();
    let mut state = state.clone();
    if let (Some(index), Some(alias), Some(rows)) =
        (parts[p].query, &parts[p].alias, &failed.prefix)
    {
        if let Err(error) = hide(&mut scratch, index, rows, alias, &mut state) {
            return error.into();
        }
    }
    for (n, &(q, q_phase)) in others.iter().enumerate() {
        let before = scratch.clone();
        let state_before = state.clone();
        match run_part(&mut scratch, parts, q, q_phase, &mut state) {
            Ok(_) => {}
            Err(f) if f.error.unsupported.is_some() => return f,
            // Its own foreign key error would come after this one; nothing still to
            // run here reads its rows.
            Err(f)
                if !late
                    && at_statement_end(&f.error)
                    && !others[n + 1..]
                        .iter()
                        .any(|&(r, _)| parts[r].reads_parts.contains(&q)) => {}
            // A foreign key's error waits for the end; this one comes first, as its
            // own phase decides.
            Err(f) if late && !at_statement_end(&f.error) => {
                let prefix = scratch.returned.take();
                let step = schedule
                    .iter()
                    .position(|&(r, _)| r == q)
                    .unwrap_or(failed.step);
                let failed = Failed {
                    step,
                    failure: f,
                    prefix,
                };
                return first(&before, parts, schedule, &state_before, failed);
            }
            Err(_) if late => {
                return PgError::unsupported(format!(
                    "which foreign key error PostgreSQL raises first when {} and {} of a data-modifying WITH both fail one (their checks run once every statement has run, in the order their rows were written)",
                    name(p),
                    name(q)
                ))
                .into();
            }
            Err(_) if parts[q].reads_parts.contains(&p) => {
                return PgError::unsupported(format!(
                    "which error PostgreSQL raises first when {} fails and {}, which reads its rows, fails on the rows it returned before that (PostgreSQL's plan decides whether the reader asks for the failing row first)",
                    name(p),
                    name(q)
                ))
                .into();
            }
            Err(_) => {
                return PgError::unsupported(format!(
                    "which error PostgreSQL raises first when {} and {} of a data-modifying WITH both fail (PostgreSQL's plan decides which it reads first)",
                    name(p),
                    name(q)
                ))
                .into();
            }
        }
    }
    failed.failure
}
