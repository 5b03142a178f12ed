//! A step's queue in words, for the CLI's text report: the longest stall, how many
//! queries waited, the migration's own wait (and a `CONCURRENTLY` command's waits for
//! older transactions), its timeouts and what a cancelled one leaves behind.

use super::timeline::StepQueue;

/// The lines (without indentation) that describe `queue`.
pub fn lines(queue: &StepQueue) -> Vec<String> {
    if let Some(message) = &queue.unsupported {
        return vec![format!("lock queue: {message}")];
    }
    let quiet = queue.hold_ms == 0 && queue.wait_ms == 0 && queue.blocked_queries == 0;
    if quiet && queue.error.is_none() {
        // A step that locks nothing (SET): nothing to say.
        return Vec::new();
    }
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    };
    let timeout = queue
        .lock_timeout_ms
        .map_or("no lock_timeout".to_string(), |ms| {
            format!("lock_timeout {ms} ms")
        });
    let mut out = vec![format!(
        "lock queue: waited {} ms for its locks ({timeout}), then held them {} ms ({})",
        queue.wait_ms, queue.hold_ms, queue.hold_basis
    )];
    out.push(if queue.blocked_queries == 0 {
        "  no application query waited".to_string()
    } else {
        format!(
            "  {} waited behind it; the longest stall: {} ms",
            plural(
                queue.blocked_queries,
                "application query",
                "application queries"
            ),
            queue.max_stall_ms
        )
    });
    if queue.older_wait_ms > 0 {
        out.push(format!(
            "  {} ms of its wait was CONCURRENTLY waiting for older transactions to end: no application query queues behind that wait",
            queue.older_wait_ms
        ));
    }
    if queue.timed_out > 0 {
        out.push(format!(
            "  lock_timeout cancelled {} of its waits",
            queue.timed_out
        ));
    }
    if let Some(e) = &queue.error {
        out.push(format!(
            "  with this traffic and no retry left, PostgreSQL cancels it: ERROR {} {} (the transaction rolls back)",
            e.sqlstate, e.message
        ));
    }
    if let Some(leftover) = &queue.leftover {
        out.push(format!("  {leftover}"));
    }
    out
}
