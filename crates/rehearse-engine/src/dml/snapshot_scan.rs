//! The rows an UPDATE or DELETE scans inside a data-modifying WITH: the statement's
//! snapshot of its target table, which still holds the old versions of the rows an
//! earlier-run statement of the clause updated or deleted.
//!
//! PostgreSQL's scan returns such a row like any other: the UPDATE evaluates its WHERE
//! and SET list, computes generated columns and checks NOT NULL and CHECK constraints
//! (`ExecUpdate` → `ExecUpdateAct` → `ExecConstraints`) and only then does
//! `table_tuple_update` find it modified by the same command (`TM_SelfModified`) and
//! skip it — so those errors are raised, but the row is not written, returned or
//! given to AFTER triggers. A table with a row-level BEFORE trigger for the event
//! (enabled or not, whatever its columns or WHEN) locks the row first
//! (`GetTupleForTrigger`), which finds it self-modified before any constraint check.

use crate::catalog::{Row, Table};
use crate::routines::triggers::TriggerLevel;
use crate::routines::{Timing, TriggerEvent};

/// One row of the statement's snapshot of its target table, in heap order.
#[derive(Debug, Clone)]
pub(crate) enum ScanRow {
    /// Not written by an earlier statement: its position in the heap now.
    Live(usize),
    /// Updated or deleted by an earlier statement of the clause: the version the
    /// snapshot sees, read and checked, then skipped.
    SelfModified(Row),
}

/// While a statement of a data-modifying WITH runs: what it scans of the table it
/// writes, and which rows of the heap it found it wrote.
#[derive(Debug, Clone)]
pub(crate) struct TargetSnapshot {
    /// The table the statement writes.
    pub table: String,
    /// The snapshot's rows in heap order (`None`: no earlier statement wrote the
    /// table, so the heap as it is).
    pub rows: Option<Vec<ScanRow>>,
    /// Positions (in the heap as the statement found it) of the rows it updated or
    /// deleted: the old versions later statements see as self-modified.
    pub written: Vec<usize>,
}

/// What one scan step reads: the row and, for a live one, its heap position.
pub(crate) struct Scanned {
    /// Its position in the table as it was before the whole statement (for errors).
    pub at: usize,
    /// Its position in the heap now (`None`: self-modified, to be skipped).
    pub pos: Option<usize>,
    pub row: Row,
}

impl TargetSnapshot {
    /// How many rows the scan reads, of a heap of `heap_len` rows.
    pub fn len(rows: Option<&[ScanRow]>, heap_len: usize) -> usize {
        rows.map_or(heap_len, <[ScanRow]>::len)
    }

    /// The `at`th row the scan reads.
    pub fn read(rows: Option<&[ScanRow]>, table: &Table, at: usize) -> Scanned {
        match rows.map(|r| &r[at]) {
            None => Scanned {
                at,
                pos: Some(at),
                row: table.rows[at].clone(),
            },
            Some(ScanRow::Live(pos)) => Scanned {
                at,
                pos: Some(*pos),
                row: table.rows[*pos].clone(),
            },
            Some(ScanRow::SelfModified(row)) => Scanned {
                at,
                pos: None,
                row: row.clone(),
            },
        }
    }
}

/// Whether `table` has a row-level BEFORE trigger for `event`, enabled or not
/// (PostgreSQL's `trig_*_before_row` flag, which makes it lock each row first).
pub(crate) fn locks_before_row_triggers(table: &Table, event: TriggerEvent) -> bool {
    table.triggers.iter().any(|t| {
        t.level == TriggerLevel::Row && t.timing == Timing::Before && t.events.contains(&event)
    })
}

/// The heap positions of the snapshot's rows after a statement wrote `written` (its
/// heap as it found it): a written row becomes self-modified; the others keep their
/// order, the written ones leaving the heap before them (new versions go to the end).
pub(crate) fn after_writes(live: &mut [Option<usize>], written: &[usize]) {
    let mut written = written.to_vec();
    written.sort_unstable();
    written.dedup();
    for slot in live.iter_mut() {
        if let Some(pos) = *slot {
            *slot = match written.binary_search(&pos) {
                Ok(_) => None,
                Err(below) => Some(pos - below),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::after_writes;

    #[test]
    fn written_rows_leave_and_the_others_close_up_in_order() {
        let mut live = vec![Some(0), None, Some(1), Some(2), Some(3)];
        after_writes(&mut live, &[3, 1]);
        assert_eq!(live, vec![Some(0), None, None, Some(1), None]);
    }

    #[test]
    fn rows_past_the_snapshot_do_not_disturb_it() {
        let mut live = vec![Some(0), Some(1)];
        after_writes(&mut live, &[5]);
        assert_eq!(live, vec![Some(0), Some(1)]);
    }
}
