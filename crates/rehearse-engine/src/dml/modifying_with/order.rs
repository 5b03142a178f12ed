//! When each statement of a data-modifying WITH runs, as PostgreSQL's executor runs
//! them: the main statement, pulling the WITH queries it reads as it reads them; then
//! (`ExecPostprocessPlan`) every data-modifying WITH query not yet run, in reverse
//! order of the clause (`es_auxmodifytables` is built with `lcons`), each pulling the
//! ones it reads. Statements that run interleaved (a reader and what it reads, or two
//! queries the main statement reads, in an order its plan decides) are one *phase*;
//! what Rehearse runs one after the other must not interact within a phase, and a
//! table two statements write must be written by statements nobody reads (whose order
//! is fixed). The checks here refuse the rest before anything runs.

use super::Part;
use crate::catalog::{ConstraintKind, Database};
use crate::error::PgError;
use std::collections::BTreeSet;

/// The parts (indexes into `parts`, the main statement last) in the order they run,
/// each with its phase.
pub(super) fn schedule(parts: &[Part]) -> Vec<(usize, usize)> {
    let main = parts.len() - 1;
    let mut order = Vec::new();
    let mut done = vec![false; parts.len()];
    let closure = |start: usize| -> BTreeSet<usize> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![start];
        while let Some(p) = stack.pop() {
            for &d in &parts[p].reads_parts {
                if seen.insert(d) {
                    stack.push(d);
                }
            }
        }
        seen
    };
    // Phase 0: what the main statement reads, readers after what they read (a WITH
    // query reads only earlier ones), then the main statement.
    for p in closure(main) {
        order.push((p, 0));
        done[p] = true;
    }
    order.push((main, 0));
    done[main] = true;
    let mut phase = 0;
    for p in (0..main).rev() {
        if done[p] {
            continue;
        }
        phase += 1;
        for d in closure(p) {
            if !done[d] {
                order.push((d, phase));
                done[d] = true;
            }
        }
        order.push((p, phase));
        done[p] = true;
    }
    order
}

/// Refuses what the order above cannot run as PostgreSQL would.
pub(super) fn check(
    db: &Database,
    parts: &[Part],
    order: &[(usize, usize)],
) -> Result<(), PgError> {
    let read: BTreeSet<usize> = parts
        .iter()
        .flat_map(|p| p.reads_parts.iter().copied())
        .collect();
    for (i, &(a, _)) in order.iter().enumerate() {
        let Some(ta) = &parts[a].target else { continue };
        for &(b, _) in &order[i + 1..] {
            let Some(tb) = &parts[b].target else { continue };
            if ta == tb {
                same_table(db, parts, &read, a, b, ta)?;
            } else if connected(db, ta, tb) && !parent_then_child(db, &parts[a], &parts[b]) {
                return Err(PgError::unsupported(format!(
                    "a data-modifying WITH whose statements write tables linked by a foreign key (\"{ta}\" and \"{tb}\"): PostgreSQL checks the keys once all have run"
                )));
            }
        }
    }
    Ok(())
}

/// Two statements writing one table: both must be unread (their order is fixed), the
/// later one must not read the table other than as its target (it would see the
/// earlier one's rows, not the statement's snapshot), and no foreign key may involve
/// the table.
fn same_table(
    db: &Database,
    parts: &[Part],
    read: &BTreeSet<usize>,
    a: usize,
    b: usize,
    table: &str,
) -> Result<(), PgError> {
    let refuse = |why: &str| {
        Err(PgError::unsupported(format!(
            "a data-modifying WITH whose statements write the table \"{table}\" twice {why}"
        )))
    };
    if read.contains(&a) || read.contains(&b) {
        return refuse(
            "where one of them is read by another (PostgreSQL's plan decides their order)",
        );
    }
    if parts[b].reads.iter().any(|r| r == table) {
        return refuse("where the later one also reads it");
    }
    if parts[b].on_conflict {
        return refuse("with ON CONFLICT in the later one");
    }
    let fk = db.tables.values().any(|t| {
        t.constraints.iter().any(|c| match &c.kind {
            ConstraintKind::ForeignKey { ref_table, .. } => t.name == table || ref_table == table,
            _ => false,
        })
    });
    if fk {
        return refuse("when a foreign key involves it");
    }
    Ok(())
}

/// Whether a foreign key links the two tables, either way.
pub(super) fn connected(db: &Database, a: &str, b: &str) -> bool {
    references(db, a, b) || references(db, b, a)
}

/// Whether `child` has a foreign key to `parent`.
fn references(db: &Database, child: &str, parent: &str) -> bool {
    db.tables.get(child).is_some_and(|t| {
        t.constraints.iter().any(|c| {
            matches!(&c.kind, ConstraintKind::ForeignKey { ref_table, .. } if ref_table == parent)
        })
    })
}

/// A plain INSERT into a parent that references nothing, then a statement on a child
/// of it: the child's keys are checked when it is written, which PostgreSQL does at
/// the end, and the parent's new rows are there either way.
fn parent_then_child(db: &Database, first: &Part, second: &Part) -> bool {
    let (Some(parent), Some(child)) = (&first.target, &second.target) else {
        return false;
    };
    let parent_references_nothing = db.tables.get(parent).is_some_and(|t| {
        !t.constraints
            .iter()
            .any(|c| matches!(c.kind, ConstraintKind::ForeignKey { .. }))
    });
    first.plain_insert && parent_references_nothing && references(db, child, parent)
}
