//! The human-readable report the CLI prints: each step with its SQL and status, the
//! lock it takes, what it costs, its hazards, the error as PostgreSQL words it, lost
//! data, the deployed code's queries that break, and a one-line verdict.

use crate::report::{Outcome, Report, Run, StepStatus, TableState};
use std::fmt::Write;

/// The verdict line: `committed: 2 steps, no data lost` or
/// `rolled back at step 2 of 3: 23502 ...`.
pub fn summary(run: &Run) -> String {
    let total = run.steps.len();
    match run.outcome {
        Outcome::Committed => {
            let lost: usize = run
                .steps
                .iter()
                .flat_map(|s| &s.lost)
                .map(|l| l.cells)
                .sum();
            let plural = if total == 1 { "" } else { "s" };
            if lost == 0 {
                format!("committed: {total} step{plural}, no data lost")
            } else {
                format!(
                    "committed: {total} step{plural}, {lost} value{} lost",
                    if lost == 1 { "" } else { "s" }
                )
            }
        }
        Outcome::RolledBack => {
            let (n, step) = run
                .steps
                .iter()
                .enumerate()
                .find(|(_, s)| s.status == StepStatus::Error)
                .map(|(i, s)| (i + 1, s))
                .unzip();
            let error = step
                .and_then(|s| s.error.as_ref())
                .map(|e| format!("{} {}", e.sqlstate, e.message))
                .unwrap_or_default();
            format!("rolled back at step {} of {total}: {error}", n.unwrap_or(0))
        }
    }
}

fn table_text(out: &mut String, t: &TableState) {
    let _ = writeln!(
        out,
        "  {} ({} row{})",
        t.name,
        t.rows.len(),
        if t.rows.len() == 1 { "" } else { "s" }
    );
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
            "    index {}{} ({})",
            i.name,
            if i.unique { " unique" } else { "" },
            i.columns.join(", ")
        );
    }
}

fn run_text(out: &mut String, title: &str, run: &Run) {
    let _ = writeln!(out, "{title}");
    for (i, step) in run.steps.iter().enumerate() {
        let status = match step.status {
            StepStatus::Ok => "ok",
            StepStatus::Error => "FAILED",
            StepStatus::Skipped => "skipped",
        };
        let first = step.op.lines().next().unwrap_or_default();
        let more = if step.op.lines().count() > 1 {
            " ..."
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "\nstep {} (line {}): {status}\n  {first}{more}",
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
        for lost in &step.lost {
            let _ = writeln!(
                out,
                "  lost: {} value{} in {}.{}",
                lost.cells,
                if lost.cells == 1 { "" } else { "s" },
                lost.table,
                lost.column
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
    if run.outcome == Outcome::RolledBack {
        let _ = writeln!(
            out,
            "The whole migration was rolled back; the database is unchanged."
        );
    }
    let _ = writeln!(out, "\nTables:");
    for t in &run.tables {
        table_text(out, t);
    }
}

/// Renders a report for a terminal.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
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
