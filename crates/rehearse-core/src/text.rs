//! The human-readable report the CLI prints: each step with its SQL and status, the
//! lock it takes, what it costs, its hazards, the error as PostgreSQL words it, lost
//! data, the deployed code's queries that break, and a one-line verdict.

use crate::report::{Outcome, Report, Run, StepStatus, TableState};
use std::fmt::Write;

/// The verdict line: `committed: 2 steps, no data lost`,
/// `rolled back at step 2 of 3: 23502 ...`, `partially committed: ...` or
/// `not simulated: step 2 of 3 uses ...`; then, when the lock queue cancels the
/// migration with the annotated traffic, that simulated production outcome.
pub fn summary(run: &Run) -> String {
    let sample = sample_summary(run);
    match &run.in_production {
        Some(p) => format!(
            "{sample}; in production with the annotated traffic (simulated lock queue): {} at step {} of {}: {} {}",
            match p.outcome {
                Outcome::Partial => "partially committed, the rest rolled back",
                _ => "rolled back",
            },
            p.step,
            run.steps.len(),
            p.error.sqlstate,
            p.error.message
        ),
        None => sample,
    }
}

/// The verdict on the sample rows (what the engine, as PostgreSQL, did).
fn sample_summary(run: &Run) -> String {
    let total = run.steps.len();
    let at = |status: StepStatus| {
        run.steps
            .iter()
            .enumerate()
            .find(|(_, s)| s.status == status)
            .map(|(i, s)| (i + 1, s))
    };
    let error = || {
        at(StepStatus::Error)
            .map(|(n, s)| {
                let e = s
                    .error
                    .as_ref()
                    .map(|e| format!("{} {}", e.sqlstate, e.message))
                    .unwrap_or_default();
                format!("at step {n} of {total}: {e}")
            })
            .unwrap_or_default()
    };
    match run.outcome {
        Outcome::Committed => {
            let plural = if total == 1 { "" } else { "s" };
            format!("committed: {total} step{plural}, {}", damage(run))
        }
        Outcome::RolledBack => format!("rolled back {}", error()),
        Outcome::Partial => match run.steps.iter().filter(|s| s.committed).count() {
            // Nothing but what a failed concurrent build leaves behind.
            0 => format!(
                "partially committed: the failed CREATE INDEX CONCURRENTLY left its INVALID index, the rest rolled back {}",
                error()
            ),
            kept => format!(
                "partially committed: {kept} step{} committed before the failure, the rest rolled back {}",
                if kept == 1 { "" } else { "s" },
                error()
            ),
        },
        Outcome::Unsupported => {
            let (n, what) = at(StepStatus::Unsupported)
                .map(|(n, s)| {
                    let what = s
                        .unsupported
                        .as_ref()
                        .map(|u| u.construct.clone())
                        .unwrap_or_default();
                    (n, what)
                })
                .unwrap_or_default();
            format!(
                "not simulated: Rehearse cannot simulate {what} (step {n} of {total}); this is not PostgreSQL's answer"
            )
        }
    }
}

/// `no data lost`, or how many values were destroyed and changed.
fn damage(run: &Run) -> String {
    let count = |cells: &mut dyn Iterator<Item = usize>| cells.sum::<usize>();
    let lost = count(&mut run.steps.iter().flat_map(|s| &s.lost).map(|l| l.cells));
    let changed = count(&mut run.steps.iter().flat_map(|s| &s.changed).map(|l| l.cells));
    let values = |n: usize| format!("{n} value{}", if n == 1 { "" } else { "s" });
    match (lost, changed) {
        (0, 0) => "no data lost".into(),
        (l, 0) => format!("{} lost", values(l)),
        (0, c) => format!("{} changed by a lossy conversion", values(c)),
        (l, c) => format!(
            "{} lost, {} changed by a lossy conversion",
            values(l),
            values(c)
        ),
    }
}

fn table_text(out: &mut String, t: &TableState) {
    // A plain view's rows are not shown: its kind stands in their place.
    if t.view.as_deref() == Some("view") {
        let _ = writeln!(out, "  {} (view)", t.name);
    } else if t.view.is_some() {
        let _ = writeln!(
            out,
            "  {} (materialized view, {} row{})",
            t.name,
            t.rows.len(),
            if t.rows.len() == 1 { "" } else { "s" }
        );
    } else {
        let _ = writeln!(
            out,
            "  {} ({} row{})",
            t.name,
            t.rows.len(),
            if t.rows.len() == 1 { "" } else { "s" }
        );
    }
    for c in &t.columns {
        let mut line = format!("    {} {}", c.name, c.ty);
        if !c.nullable {
            line.push_str(" not null");
        }
        if let Some(d) = &c.default {
            let _ = write!(line, " default {d}");
        }
        let _ = writeln!(out, "{line}");
    }
    for c in &t.constraints {
        let _ = writeln!(out, "    constraint {} {}", c.name, c.definition);
    }
    for i in &t.indexes {
        let _ = writeln!(
            out,
            "    index {}{} ({}){}",
            i.name,
            if i.unique { " unique" } else { "" },
            i.columns.join(", "),
            if i.valid { "" } else { " INVALID" }
        );
    }
}

fn run_text(out: &mut String, title: &str, run: &Run) {
    let _ = writeln!(out, "{title}");
    for (i, step) in run.steps.iter().enumerate() {
        let status = match step.status {
            StepStatus::Ok => "ok",
            StepStatus::Error => "FAILED",
            StepStatus::Skipped if step.hazards.is_empty() => "not run",
            StepStatus::Skipped => "not run (hazards judged on the state before the stop)",
            StepStatus::Unsupported => "NOT SIMULATED",
        };
        let first = step.op.lines().next().unwrap_or_default();
        let more = if step.op.lines().count() > 1 {
            " ..."
        } else {
            ""
        };
        let committed = if step.committed { ", committed" } else { "" };
        let _ = writeln!(
            out,
            "\nstep {} (line {}): {status}{committed}\n  {first}{more}",
            i + 1,
            step.line
        );
        for sql in &step.sql {
            for line in sql.lines() {
                let _ = writeln!(out, "  | {line}");
            }
        }
        if !step.locks.is_empty() {
            let locks: Vec<String> = step
                .locks
                .iter()
                .map(|l| format!("{} on {}", l.mode.name(), l.table))
                .collect();
            let _ = writeln!(out, "  lock: {}", locks.join(", "));
        }
        for c in &step.costs {
            let _ = writeln!(
                out,
                "  cost: {} {} ({} row{}): {}",
                match c.kind {
                    crate::analysis::CostKind::Catalog => "catalog-only on",
                    crate::analysis::CostKind::Write => "writes",
                    crate::analysis::CostKind::Truncate => "truncates",
                    crate::analysis::CostKind::Scan => "scans",
                    crate::analysis::CostKind::Rewrite => "rewrites",
                },
                c.table,
                c.rows,
                if c.rows == 1 { "" } else { "s" },
                c.reason
            );
        }
        if let Some(e) = &step.estimate {
            let _ = writeln!(out, "  time at production size: {}", e.summary);
        }
        if let Some(queue) = &step.queue {
            for line in crate::lock_queue::summary::lines(queue) {
                let _ = writeln!(out, "  {line}");
            }
        }
        if !step.nondeterministic.is_empty() {
            let _ = writeln!(
                out,
                "  clock/randomness: {} — the values shown are Rehearse's (its clock, its seeded generator), not the ones PostgreSQL will produce",
                step.nondeterministic.join(", ")
            );
        }
        for h in &step.hazards {
            let _ = writeln!(out, "  {}[{}]: {}", h.severity.name(), h.rule, h.message);
        }
        for q in step.old_code.iter().filter(|q| q.error.is_some()) {
            if let Some(e) = &q.error {
                let _ = writeln!(
                    out,
                    "  old code breaks: {}\n    {} {}",
                    q.query, e.sqlstate, e.message
                );
            }
        }
        let cells = step.lost.iter().map(|c| (c, "lost", ""));
        let changed = step
            .changed
            .iter()
            .map(|c| (c, "changed", " (they do not survive a cast back)"));
        for (c, what, why) in cells.chain(changed) {
            let _ = writeln!(
                out,
                "  {what}: {} value{} in {}.{}{why}",
                c.cells,
                if c.cells == 1 { "" } else { "s" },
                c.table,
                c.column
            );
        }
        if let Some(u) = &step.unsupported {
            let _ = writeln!(
                out,
                "  {} — this is not a PostgreSQL error; run it on PostgreSQL to see what it does",
                u.message
            );
        }
        if let Some(e) = &step.error {
            for line in e.to_string().lines() {
                let _ = writeln!(out, "  {line}");
            }
            if let Some(rows) = &step.failing_rows {
                let list: Vec<String> =
                    rows.positions.iter().map(|p| (p + 1).to_string()).collect();
                let _ = writeln!(
                    out,
                    "  caused by {} row{} {}",
                    rows.table,
                    if list.len() == 1 { "" } else { "s" },
                    list.join(", ")
                );
            }
        }
    }
    let _ = writeln!(out, "\n{}", summary(run));
    let _ = match run.outcome {
        Outcome::RolledBack => writeln!(
            out,
            "The whole migration was rolled back; the database is unchanged."
        ),
        Outcome::Partial => writeln!(
            out,
            "The steps marked committed stay in the database (a COMMIT ran before the failure); the rest rolled back."
        ),
        Outcome::Unsupported => writeln!(
            out,
            "Tables below: the state before the migration plus anything it committed before that step."
        ),
        Outcome::Committed => Ok(()),
    };
    let _ = writeln!(out, "\nTables:");
    for t in &run.tables {
        table_text(out, t);
    }
}

/// Renders a report for a terminal.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for a in &report.assumptions {
        let _ = writeln!(out, "{}.", a.sentence());
    }
    if !report.assumptions.is_empty() {
        out.push('\n');
    }
    run_text(&mut out, "Upgrade", &report.upgrade);
    if let Some(down) = &report.downgrade {
        out.push('\n');
        run_text(&mut out, "Downgrade", down);
    }
    if let Some(drift) = &report.drift {
        let _ = writeln!(
            out,
            "\nDrift: on a fresh environment built from the history the migration is {}",
            summary(&drift.fresh)
        );
        if drift.differences.is_empty() {
            let _ = writeln!(out, "  the two schemas end up the same");
        }
        for d in &drift.differences {
            let _ = writeln!(out, "  {}: {}", d.table, d.message);
        }
    }
    if let Some(rt) = &report.round_trip {
        if rt.restored {
            let _ = writeln!(
                out,
                "\nRound trip: upgrade then downgrade restores schema and data."
            );
        } else {
            let _ = writeln!(
                out,
                "\nRound trip: upgrade then downgrade does not restore the database:"
            );
            for d in &rt.differences {
                let _ = writeln!(out, "  {}: {}", d.table, d.message);
            }
        }
    }
    out
}
