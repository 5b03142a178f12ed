//! How far a statement of a data-modifying WITH runs. PostgreSQL analyses every
//! statement of the clause (its WITH queries in order, then the main statement) before
//! it plans any, and plans them all before it runs any: so `dml::modifying_with` runs
//! each statement to the end of its parse analysis, then of its planning, before it
//! runs the rows. A statement stopped early reports its RETURNING list's columns with
//! no rows (what its readers are analysed against).

use super::returning::Returned;
use crate::{Engine, StatementResult};

/// Where a statement of a data-modifying WITH stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stage {
    /// After parse analysis (and the rewriter's checks): nothing folded, no row read.
    Analysed,
    /// After planning: constants folded, no row read, no trigger fired.
    Planned,
    /// Run to the end; on an error, the RETURNING rows produced before it are kept in
    /// `engine.returned` (the rows a reader had seen when it failed).
    Run,
}

/// Whether the statement stops at `at` (its RETURNING columns are left for [`finish`]).
pub(super) fn stops(engine: &Engine, at: Stage) -> bool {
    engine.stage == Some(at)
}

/// Whether the statement runs only to the end of its planning (no row read).
pub(super) fn planning_only(engine: &Engine) -> bool {
    matches!(engine.stage, Some(Stage::Analysed | Stage::Planned))
}

/// After a statement: its RETURNING columns when it stopped early; its RETURNING rows
/// so far when it failed and the clause asked for them.
pub(super) fn finish(engine: &mut Engine, result: &StatementResult, returned: Option<Returned>) {
    match (result.is_ok(), engine.stage) {
        (true, Some(Stage::Analysed | Stage::Planned)) => {
            engine.returned = returned;
            engine.affected = 0;
        }
        // (An error after the rows, a foreign key's, finds them in `engine.returned`.)
        (false, Some(Stage::Run)) if returned.is_some() => engine.returned = returned,
        _ => {}
    }
}
