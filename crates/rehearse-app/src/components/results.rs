//! The results column: a background run's progress (or why the results are not the
//! scenario's), then the last run — its summary, safety, steps and the selected step —
//! or why the input could not be read.

use super::assumptions::{AssumeOffer, AssumptionList};
use super::missing_table::MissingTableOffer;
use super::progress::RunProgress;
use super::safety::Safety;
use super::step_detail::StepDetail;
use super::summary::Summary;
use super::timeline::Timeline;
use super::Same;
use crate::background;
use crate::state::{Action, Verification};
use rehearse_core::fix::Fixed;
use rehearse_core::report::Report;
use rehearse_core::{Assumption, InputError};
use std::rc::Rc;
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The last run's report.
    pub report: Option<Same<Report>>,
    /// Whether the report is the current scenario's (no edit since its run).
    #[prop_or(true)]
    pub current: bool,
    /// Why the last run could not read the input.
    pub error: Option<InputError>,
    /// The selected step.
    pub selected: usize,
    /// How long the last run took (ms).
    pub ms: Option<f64>,
    /// The proposed safe rewrite.
    pub proposal: Option<Rc<Fixed>>,
    /// "Verify on PostgreSQL".
    pub verification: Verification,
    /// Not run: waiting to be asked (the scenario stopped the page last time).
    pub held: bool,
    /// A background run is in flight.
    pub running: bool,
    /// Why the results shown are not the scenario's.
    pub notice: Option<String>,
    /// The table PostgreSQL's 42P01 names, when the setup lacks it: offered.
    #[prop_or_default]
    pub missing: Option<AttrValue>,
    /// Why the missing table could not be added.
    #[prop_or_default]
    pub missing_refused: Option<AttrValue>,
    /// The assumptions the user stated (the scenario's).
    pub assumptions: Vec<Assumption>,
    /// A read-only embed: nothing replaces the migration.
    #[prop_or_default]
    pub readonly: bool,
    /// The scenario is a lesson about drift: with its hand change removed, say that
    /// the environments agree instead of dropping the comparison.
    #[prop_or_default]
    pub drift_expected: bool,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The results.
#[function_component(Results)]
pub fn results(p: &ResultsProps) -> Html {
    let on_cancel = {
        let d = p.dispatch.clone();
        Callback::from(move |()| {
            if background::cancel() {
                d.emit(Action::Cancelled);
            }
        })
    };
    let body = match (&p.report, &p.error) {
        (Some(report), _) => {
            let failed_at = report
                .upgrade
                .steps
                .iter()
                .position(|s| s.error.is_some() || s.unsupported.is_some())
                .map(|i| i + 1);
            let has_step = p.selected < report.upgrade.steps.len();
            html! {
                <>
                    <Summary report={report.clone()} ms={p.ms} />
                    if let Some(table) = &p.missing {
                        <MissingTableOffer table={table.clone()} refused={p.missing_refused.clone()} dispatch={p.dispatch.clone()} />
                    }
                    <Safety report={report.clone()} proposal={p.proposal.clone()} dispatch={p.dispatch.clone()}
                        verification={p.verification.clone()} current={p.current} readonly={p.readonly} drift_expected={p.drift_expected} />
                    <div class="results-body">
                        <Timeline report={report.clone()} selected={p.selected} dispatch={p.dispatch.clone()} />
                        if has_step {
                            <StepDetail report={report.clone()} index={p.selected} {failed_at} />
                        } else {
                            <p class="muted">{ "The migration has no steps yet." }</p>
                        }
                    </div>
                </>
            }
        }
        (None, Some(e)) => html! {
            <div class="input-error" role="alert">
                <strong>{ format!("Cannot read the {} ", e.source) }</strong>
                { format!("(line {}, column {}): {}", e.span.line, e.span.column, e.message) }
                if let Some(condition) = &e.condition {
                    <AssumeOffer condition={condition.clone()} dispatch={p.dispatch.clone()} />
                }
            </div>
        },
        (None, None) if p.held => {
            html! { <p class="muted" id="not-run">{ "Not run yet: this scenario stopped the page last time." }</p> }
        }
        // A background run was cancelled or failed before any result: the note says so.
        (None, None) if p.notice.is_some() && !p.running => html! {},
        (None, None) => html! { <p class="muted">{ "Running…" }</p> },
    };
    html! {
        <section class="results" aria-label="results">
            // The results' heading, for the outline (h1, h2, then the step's h3).
            <h2 class="visually-hidden">{ "Results" }</h2>
            if p.running {
                <RunProgress {on_cancel} />
            }
            if let Some(note) = &p.notice {
                <p class="run-note" id="run-note" role="status">{ note }</p>
            }
            <AssumptionList stated={p.assumptions.clone()}
                used={p.report.as_ref().map(|r| r.0.assumptions.clone())}
                dispatch={p.dispatch.clone()} />
            { body }
        </section>
    }
}
