//! When an edit's run starts: at once when the last run was fast (a keystroke shows its
//! verdict in the next frames), after a typing pause when it was slow (so a slow run is
//! not redone per keystroke). Pure, so native tests pin the rule; the effects
//! ([`crate::effects::use_runs`]) start the timer, and a newer revision drops the timer
//! and supersedes any run in flight, so the latest text always wins and no two runs
//! are in flight.

/// A run at most this long (ms) counts as fast: its next edit runs at once. A lesson
/// runs in a few ms; a 2,000-row table in tens.
pub const FAST_RUN_MS: f64 = 50.0;
/// The typing pause (ms) before an edit's run when the last run was slow.
pub const SLOW_PAUSE_MS: u32 = 200;
/// The pause (ms) before an edit's run when the last one ran in the worker and took
/// long: one keystroke's worth more, as each run there costs a restart of the worker.
pub const WORKER_PAUSE_MS: u32 = 400;
/// A run in the worker at least this long (ms) gets [`WORKER_PAUSE_MS`].
pub const LONG_WORKER_RUN_MS: f64 = 1000.0;

/// How long to wait before running the current revision (ms): 0 for a run asked for at
/// once (Ctrl/Cmd+Enter, an example, a button) or after a fast run or none yet.
pub fn delay_ms(immediate: bool, last_run_ms: Option<f64>) -> u32 {
    match last_run_ms {
        _ if immediate => 0,
        None => 0,
        Some(ms) if ms <= FAST_RUN_MS => 0,
        Some(ms) if ms >= LONG_WORKER_RUN_MS => WORKER_PAUSE_MS,
        Some(_) => SLOW_PAUSE_MS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_runs_start_at_once_slow_ones_after_a_pause() {
        assert_eq!(delay_ms(false, None), 0);
        assert_eq!(delay_ms(false, Some(3.0)), 0);
        assert_eq!(delay_ms(false, Some(FAST_RUN_MS)), 0);
        assert_eq!(delay_ms(false, Some(FAST_RUN_MS + 1.0)), SLOW_PAUSE_MS);
        assert_eq!(delay_ms(false, Some(2500.0)), WORKER_PAUSE_MS);
        // Asked for at once: no pause, however slow the last run.
        assert_eq!(delay_ms(true, Some(2500.0)), 0);
    }
}
