//! The selected step: PostgreSQL's error verbatim, the values it destroys, and every
//! table before and after it.

use super::analysis::StepAnalysis;
use super::table_view::TableView;
use rehearse_core::diff::table_diff;
use rehearse_core::report::{Step, StepStatus, TableState};
use yew::prelude::*;

/// Step detail properties.
#[derive(Properties, PartialEq)]
pub struct StepDetailProps {
    /// The step.
    pub step: Step,
    /// Its 0-based position.
    pub index: usize,
    /// The number of the step that failed, if one did.
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

/// The detail view.
#[function_component(StepDetail)]
pub fn step_detail(p: &StepDetailProps) -> Html {
    let step = &p.step;
    let title = format!("Step {} · line {}", p.index + 1, step.line);
    if step.status == StepStatus::Skipped {
        let why = p
            .failed_at
            .map(|n| format!("step {n} failed"))
            .unwrap_or_default();
        return html! {
            <section class="detail" aria-label="selected step">
                <h3>{ title }</h3>
                <p class="muted">{ format!("Never ran: {why} and the whole migration was rolled back.") }</p>
            </section>
        };
    }
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
    let tables = names(step).into_iter().map(|name| {
        let before = find(&step.before, &name).cloned();
        let after = find(&step.after, &name).cloned();
        let failing = step.failing_rows.as_ref().filter(|f| f.table == name).map(|f| f.positions.clone()).unwrap_or_default();
        let before_view = match (&before, &after) {
            (Some(b), Some(a)) => {
                // Strike only what the engine reports destroyed: a renamed column is
                // "dropped" from the diff's point of view but keeps its values.
                let lost: Vec<&str> = step.lost.iter().filter(|l| l.table == name).map(|l| l.column.as_str()).collect();
                let d = table_diff(Some(b), a);
                let struck: Vec<String> = d.dropped_columns.into_iter().filter(|c| lost.contains(&c.as_str())).collect();
                let removed = if lost.is_empty() { Vec::new() } else { d.removed_rows };
                html! { <TableView table={b.clone()} caption="before" struck_columns={struck} struck_rows={removed} failing_rows={failing.clone()} /> }
            }
            (Some(b), None) if step.status == StepStatus::Ok => {
                let all: Vec<String> = b.columns.iter().map(|c| c.name.clone()).collect();
                html! { <TableView table={b.clone()} caption="before (dropped by this step)" struck_columns={all} /> }
            }
            (Some(b), None) => html! { <TableView table={b.clone()} caption="before" failing_rows={failing.clone()} /> },
            (None, _) => html! { <p class="muted">{ "(did not exist)" }</p> },
        };
        let after_view = match (&after, step.status) {
            (Some(a), _) => {
                let d = table_diff(before.as_ref(), a);
                html! { <TableView table={a.clone()} caption="after" added_columns={d.added_columns} changed={d.changed} /> }
            }
            (None, StepStatus::Error) => html! { <p class="muted">{ "Not applied: PostgreSQL raised the error above." }</p> },
            (None, _) => html! { <p class="muted">{ "(dropped)" }</p> },
        };
        html! {
            <div class="table-pair">
                <h4>{ name }</h4>
                <div class="pair">{ before_view }{ after_view }</div>
            </div>
        }
    });
    html! {
        <section class="detail" aria-label="selected step">
            <h3>{ title }</h3>
            { for error }
            { for lost }
            <StepAnalysis step={step.clone()} />
            { for tables }
        </section>
    }
}
