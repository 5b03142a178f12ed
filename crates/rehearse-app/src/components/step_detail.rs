//! The selected step: PostgreSQL's error verbatim (or, apart and neutral, what Rehearse
//! cannot simulate), the values it destroys or changes, and every table before and
//! after it. A step that did not run still shows its hazards.

use super::analysis::StepAnalysis;
use super::lock_queue::LockQueue;
use super::table_view::{grid, Marks, TableView};
use super::Same;
use rehearse_core::diff::table_diff;
use rehearse_core::report::{Outcome, Report, Step, StepStatus, TableState};
use yew::prelude::*;

/// Step detail properties.
#[derive(Properties, PartialEq)]
pub struct StepDetailProps {
    /// The report.
    pub report: Same<Report>,
    /// The step's 0-based position in the upgrade.
    pub index: usize,
    /// The number of the step that failed (or could not be simulated), if one did.
    pub failed_at: Option<usize>,
}

fn names(step: &Step) -> Vec<String> {
    let mut names: Vec<String> = step
        .before
        .iter()
        .chain(&step.after)
        .map(|t| t.name.clone())
        .collect();
    names.sort();
    names.dedup();
    names
}

fn find<'a>(tables: &'a [TableState], name: &str) -> Option<&'a TableState> {
    tables.iter().find(|t| t.name == name)
}

/// One side of a table pair: the table as drawn, or a note.
enum Side {
    Table(Same<super::table_view::Grid>, &'static str),
    Note(&'static str),
}

/// What the step did to each table it saw: one diff per table (the core's), the rows
/// to draw picked once. Computed once per report and step.
fn pairs(step: &Step) -> Vec<(String, Side, Side)> {
    if step.status == StepStatus::Skipped {
        return Vec::new();
    }
    names(step)
        .into_iter()
        .map(|name| {
            let before = find(&step.before, &name);
            let after = find(&step.after, &name);
            let failing = step
                .failing_rows
                .as_ref()
                .filter(|f| f.table == name)
                .map(|f| f.positions.clone())
                .unwrap_or_default();
            let d = after.map(|a| table_diff(before, a));
            // The cells PostgreSQL's error points at, and what it says, for the marks.
            let failing_columns = match (&step.error, before) {
                (Some(e), Some(b)) if !failing.is_empty() => {
                    crate::failing::failing_columns(e, b, &failing)
                }
                _ => Vec::new(),
            };
            let failure = step
                .error
                .as_ref()
                .map(|e| format!("makes this step fail: {} {}", e.sqlstate, e.message));
            let before_side = match (before, &d) {
                (Some(b), Some(d)) => {
                    // Strike only what the engine reports destroyed: a renamed column is
                    // "dropped" from the diff's point of view but keeps its values.
                    let lost: Vec<&str> = step
                        .lost
                        .iter()
                        .filter(|l| l.table == name)
                        .map(|l| l.column.as_str())
                        .collect();
                    let marks = Marks {
                        struck_columns: d
                            .dropped_columns
                            .iter()
                            .filter(|c| lost.contains(&c.as_str()))
                            .cloned()
                            .collect(),
                        struck_rows: if lost.is_empty() {
                            Vec::new()
                        } else {
                            d.removed_rows.clone()
                        },
                        failing_rows: failing,
                        failing_columns,
                        failure,
                        ..Marks::default()
                    };
                    Side::Table(Same::new(grid(b, &marks)), "before")
                }
                (Some(b), None) if step.status == StepStatus::Ok => {
                    let marks = Marks {
                        struck_columns: b.columns.iter().map(|c| c.name.clone()).collect(),
                        ..Marks::default()
                    };
                    Side::Table(Same::new(grid(b, &marks)), "before (dropped by this step)")
                }
                (Some(b), None) => {
                    let marks = Marks {
                        failing_rows: failing,
                        failing_columns,
                        failure,
                        ..Marks::default()
                    };
                    Side::Table(Same::new(grid(b, &marks)), "before")
                }
                (None, _) => Side::Note("(did not exist)"),
            };
            let after_side = match (after, d, step.status) {
                (Some(a), Some(d), _) => {
                    let marks = Marks {
                        added_columns: d.added_columns,
                        changed: d.changed,
                        ..Marks::default()
                    };
                    Side::Table(Same::new(grid(a, &marks)), "after")
                }
                (_, _, StepStatus::Error) => {
                    Side::Note("Not applied: PostgreSQL raised the error above.")
                }
                (_, _, StepStatus::Unsupported) => {
                    Side::Note("Not simulated: what PostgreSQL would do here is unknown.")
                }
                _ => Side::Note("(dropped)"),
            };
            (name, before_side, after_side)
        })
        .collect()
}

fn side(s: &Side) -> Html {
    match s {
        Side::Table(g, caption) => html! { <TableView grid={g.clone()} caption={*caption} /> },
        Side::Note(text) => html! { <p class="muted">{ *text }</p> },
    }
}

/// The detail view.
#[function_component(StepDetail)]
pub fn step_detail(p: &StepDetailProps) -> Html {
    let pairs = use_memo((p.report.clone(), p.index), |(report, index)| {
        report
            .upgrade
            .steps
            .get(*index)
            .map(pairs)
            .unwrap_or_default()
    });
    let Some(step) = p.report.upgrade.steps.get(p.index) else {
        return html! {};
    };
    let title = format!("Step {} · line {}", p.index + 1, step.line);
    if step.status == StepStatus::Skipped {
        let stopped = p.failed_at.and_then(|n| p.report.upgrade.steps.get(n - 1));
        let why = match stopped {
            Some(s) if s.status == StepStatus::Unsupported => format!(
                "Not run: Rehearse could not simulate step {}, so what would happen from there is unknown.",
                p.failed_at.unwrap_or_default()
            ),
            Some(_) if p.report.upgrade.outcome == Outcome::Partial => format!(
                "Not run: step {} failed and the migration rolled back to its last COMMIT.",
                p.failed_at.unwrap_or_default()
            ),
            Some(_) => format!(
                "Not run: step {} failed and the whole migration was rolled back.",
                p.failed_at.unwrap_or_default()
            ),
            None => "Not run.".to_string(),
        };
        return html! {
            <section class="detail" aria-label="selected step">
                <h3>{ title }</h3>
                <p class="muted">{ why }</p>
                if !step.hazards.is_empty() {
                    <p class="muted">{ "Its hazards, judged on the database as it was before that step:" }</p>
                }
                <StepAnalysis report={p.report.clone()} index={p.index} />
            </section>
        };
    }
    let unsupported = step.unsupported.as_ref().map(|u| {
        html! {
            <div class="not-simulated" role="status">
                <div><strong>{ "Rehearse can't simulate this step." }</strong>{ format!(" {} (line {}).", u.message, step.line) }</div>
                <div>{ "This is not a PostgreSQL error. \"Verify on PostgreSQL\" runs the scenario on real PostgreSQL." }</div>
            </div>
        }
    });
    let error = step.error.as_ref().map(|e| {
        html! {
            <div class="pg-error" role="alert">
                <div><strong>{ "ERROR: " }</strong>{ &e.message }<span class="sqlstate">{ format!("SQLSTATE {}", e.sqlstate) }</span></div>
                if let Some(d) = &e.detail { <div>{ "DETAIL: " }{ d }</div> }
                if let Some(h) = &e.hint { <div>{ "HINT: " }{ h }</div> }
            </div>
        }
    });
    let lost = step.lost.iter().map(|l| {
        let plural = if l.cells == 1 { "value" } else { "values" };
        html! { <p class="lost-summary">{ format!("{} {plural} lost in {}.{}", l.cells, l.table, l.column) }</p> }
    });
    let changed = step.changed.iter().map(|l| {
        let plural = if l.cells == 1 { "value" } else { "values" };
        html! { <p class="lost-summary">{ format!("{} {plural} changed in {}.{}: the conversion rounds, truncates or reformats them (they do not survive a cast back)", l.cells, l.table, l.column) }</p> }
    });
    let tables = pairs.iter().map(|(name, before, after)| {
        html! {
            <div class="table-pair">
                <h4>{ name }</h4>
                <div class="pair">{ side(before) }{ side(after) }</div>
            </div>
        }
    });
    html! {
        <section class="detail" aria-label="selected step">
            <h3>{ title }</h3>
            { for error }
            { for unsupported }
            { for lost }
            { for changed }
            <StepAnalysis report={p.report.clone()} index={p.index} />
            <LockQueue report={p.report.clone()} index={p.index} />
            { for tables }
        </section>
    }
}
