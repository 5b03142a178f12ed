//! What the safety analysis says about the selected step: the locks it takes (and what
//! they block), what it costs on a big table, its hazards with their "why", and which
//! of the deployed code's queries it breaks.

use super::Same;
use rehearse_core::analysis::CostKind;
use rehearse_core::report::Report;
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct StepAnalysisProps {
    /// The report.
    pub report: Same<Report>,
    /// The step's 0-based position in the upgrade.
    pub index: usize,
}

/// Short name of a cost kind.
pub fn cost_label(kind: CostKind) -> &'static str {
    match kind {
        CostKind::Catalog => "catalog only",
        CostKind::Write => "writes rows",
        CostKind::Truncate => "truncates",
        CostKind::Scan => "full scan",
        CostKind::Rewrite => "table rewrite",
    }
}

/// The analysis of one step.
#[function_component(StepAnalysis)]
pub fn step_analysis(p: &StepAnalysisProps) -> Html {
    let Some(step) = p.report.upgrade.steps.get(p.index) else {
        return html! {};
    };
    let locks = step.locks.iter().map(|l| {
        html! {
            <li class={classes!("lock", l.mode.blocks_writes().then_some("strong"))}>
                <strong>{ l.mode.name() }</strong>{ format!(" on {} — blocks {}", l.table, l.mode.blocks()) }
            </li>
        }
    });
    let held: Vec<String> = step
        .held
        .iter()
        .filter(|h| {
            !step
                .locks
                .iter()
                .any(|l| l.table == h.table && l.mode == h.mode)
        })
        .map(|h| format!("{} on {}", h.mode.name(), h.table))
        .collect();
    let costs = step.costs.iter().map(|c| {
        let kind = match c.kind {
            CostKind::Rewrite => "rewrite",
            CostKind::Scan => "scan",
            _ => "cheap",
        };
        html! {
            <li class={classes!("cost", kind)}>
                <strong>{ cost_label(c.kind) }</strong>
                { format!(" · {} ({} row{} here): {}", c.table, c.rows, if c.rows == 1 { "" } else { "s" }, c.reason) }
            </li>
        }
    });
    let hazards = step.hazards.iter().map(|h| {
        html! {
            <li class={classes!("hazard", h.severity.name())}>
                <span class={classes!("sev", h.severity.name())}>{ h.severity.name() }</span>
                <code class="rule">{ h.rule }</code>
                <span class="message">{ &h.message }</span>
                <details><summary>{ "why" }</summary><p>{ h.why }</p></details>
            </li>
        }
    });
    let old_code = step.old_code.iter().map(|q| match &q.error {
        None => html! { <li class="query works"><span class="mark">{ "✓" }</span><code>{ &q.query }</code></li> },
        Some(e) => html! {
            <li class="query breaks">
                <span class="mark">{ "✗" }</span><code>{ &q.query }</code>
                <div class="query-error">{ format!("ERROR: {} (SQLSTATE {})", e.message, e.sqlstate) }</div>
            </li>
        },
    });
    let analysed = !step.locks.is_empty() || !step.costs.is_empty() || !step.hazards.is_empty();
    let estimate = step
        .estimate
        .as_ref()
        .map(|e| format!("At production size (native PostgreSQL): {}", e.summary));
    html! {
        <div class="analysis" aria-label="safety analysis">
            if !step.hazards.is_empty() {
                <ul class="hazards">{ for hazards }</ul>
            }
            if analysed {
                <div class="lock-cost">
                    if !step.locks.is_empty() { <ul class="locks">{ for locks }</ul> }
                    if !step.costs.is_empty() { <ul class="costs">{ for costs }</ul> }
                    if let Some(estimate) = estimate { <p class="estimate">{ estimate }</p> }
                    if !held.is_empty() {
                        <p class="muted held">{ format!("Still held from earlier steps until COMMIT: {}", held.join(", ")) }</p>
                    }
                </div>
            }
            if !step.old_code.is_empty() {
                <div class="old-code-results">
                    <h4>{ "Deployed code after this step" }</h4>
                    <ul>{ for old_code }</ul>
                </div>
            }
        </div>
    }
}
