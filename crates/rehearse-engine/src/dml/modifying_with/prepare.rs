//! Parse analysis and planning of a data-modifying WITH, before any row is read.
//! PostgreSQL's `transformWithClause` analyses the WITH queries in order (each one's
//! errors, then the check of its column names against its output, 42P10), then
//! `transformStmt` the main statement; the rewriter and the planner follow for the
//! whole statement (`SS_process_ctes` plans the data-modifying WITH queries in order,
//! then the main statement; a plain WITH query read once is inlined in its reader, one
//! nobody reads is never planned). So the first error of analysis or planning is
//! raised here, in that order, before anything runs.

use super::{run_part, Analysis, Part, State};
use crate::dml::stage::Stage;
use crate::error::PgError;
use crate::sql::modifying_with::{ModifyingWith, WithBody};
use crate::{Engine, Failure};
use std::collections::BTreeMap;

/// Analyses every statement in the clause's order on a copy of the database: the
/// first analysis error, or a refusal met on the way.
pub(super) fn analyse(
    engine: &Engine,
    with: &ModifyingWith,
    parts: &[Part],
    analysis: &Analysis,
) -> Result<(), Failure> {
    stage(engine, with, parts, Stage::Analysed, |i, scratch| {
        // A read of a WITH query without RETURNING: raised at the reader's FROM item.
        if let Some((at, error)) = &analysis.early {
            if *at == i {
                return Err(error.clone().into());
            }
        }
        if let Some(body) = analysis.plain.get(&i) {
            crate::dml::select::bind(scratch, body, true)?;
        }
        Ok(())
    })
}

/// Plans every data-modifying statement in the clause's order (the planner's constant
/// folding): the first planning error.
pub(super) fn plan(engine: &Engine, with: &ModifyingWith, parts: &[Part]) -> Result<(), Failure> {
    stage(engine, with, parts, Stage::Planned, |_, _| Ok(()))
}

/// Runs each statement to `at`, in the clause's order, on a copy of `engine`: before
/// the statement at index `i` (the main one's is the number of WITH queries), `before`.
fn stage(
    engine: &Engine,
    with: &ModifyingWith,
    parts: &[Part],
    at: Stage,
    mut before: impl FnMut(usize, &Engine) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let mut scratch = engine.clone();
    scratch.stage = Some(at);
    let start = engine.clone();
    let mut state = State {
        start: &start,
        returned: BTreeMap::new(),
        written_by: BTreeMap::new(),
        live: BTreeMap::new(),
        sequences_by_phase: BTreeMap::new(),
    };
    let part_of: BTreeMap<Option<usize>, usize> = parts
        .iter()
        .enumerate()
        .map(|(p, part)| (part.query, p))
        .collect();
    for i in 0..=with.queries.len() {
        before(i, &scratch)?;
        let query = (i < with.queries.len()).then_some(i);
        if query.is_some_and(|i| matches!(with.queries[i].body, WithBody::Query(_))) {
            continue;
        }
        let Some(&p) = part_of.get(&query) else {
            return Err(PgError::unsupported("this data-modifying WITH").into());
        };
        // Each in its own phase: nothing is written, no sequence drawn.
        run_part(&mut scratch, parts, p, i, &mut state)?;
    }
    Ok(())
}
