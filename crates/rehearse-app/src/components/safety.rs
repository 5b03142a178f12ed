//! The migration's safety at a glance: hazard counts, "Make it safe" (the core's safe
//! rewrite, shown as a diff before it replaces the migration), and the downgrade round
//! trip.

use super::proposal::Proposal;
use crate::state::{Action, Verification, Work};
use rehearse_core::analysis::Severity;
use rehearse_core::fix::Fixed;
use rehearse_core::report::{Outcome, Report};
use std::rc::Rc;
use yew::prelude::*;

/// What the first "Verify on PostgreSQL" of a visit downloads (MB of 10^6 bytes, rounded
/// up): PGlite's wasm module and file system bundle, initdb, and their scripts.
/// `tests/bench/page.mjs` measures the download in Chromium and prints it beside this
/// figure.
pub const PGLITE_DOWNLOAD_MB: u32 = 17;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct SafetyProps {
    /// The report.
    pub report: super::Same<Report>,
    /// The proposed rewrite, if one is shown.
    pub proposal: Option<Rc<Fixed>>,
    /// Where actions go ("Make it safe" and "Verify on PostgreSQL" ask for work).
    pub dispatch: Callback<Action>,
    /// "Verify on PostgreSQL" state.
    pub verification: Verification,
    /// Whether the report is the current scenario's: Verify waits for the run of the
    /// latest edit (PostgreSQL would run a scenario the report is not about).
    #[prop_or(true)]
    pub current: bool,
    /// A read-only embed: "Make it safe" cannot replace its migration (the full
    /// playground can: "Open in the playground").
    #[prop_or_default]
    pub readonly: bool,
    /// The scenario is about drift (a lesson with a hand change): with no hand change
    /// now, the comparison says the environments agree rather than disappearing.
    #[prop_or_default]
    pub drift_expected: bool,
}

/// The safety bar.
#[function_component(Safety)]
pub fn safety(p: &SafetyProps) -> Html {
    let hazards: Vec<_> = p.report.hazards().map(|(_, h)| h).collect();
    let count = |s: Severity| hazards.iter().filter(|h| h.severity == s).count();
    let (errors, warnings, infos) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    );
    let fixable = hazards.iter().any(|h| h.fix.is_some());
    let make_safe = {
        let d = p.dispatch.clone();
        Callback::from(move |_| d.emit(Action::Ask(Work::MakeSafe)))
    };
    let summary = if hazards.is_empty() {
        "No hazards found.".to_string()
    } else {
        format!(
            "Hazards: {errors} error{}, {warnings} warning{}, {infos} info",
            if errors == 1 { "" } else { "s" },
            if warnings == 1 { "" } else { "s" }
        )
    };
    let proposal = p.proposal.as_ref().map(|f| {
        html! { <Proposal fixed={f.clone()} dispatch={p.dispatch.clone()} /> }
    });
    let no_downgrade = p
        .report
        .downgrade
        .as_ref()
        .is_some_and(|d| d.steps.is_empty());
    let round_trip = p.report.round_trip.as_ref().map(|rt| {
        if no_downgrade {
            html! { <p class="round-trip bad" id="round-trip">{ "The migration has no downgrade steps: a downgrade would leave every change in place." }</p> }
        } else if rt.restored {
            html! { <p class="round-trip good" id="round-trip">{ "Round trip: upgrade then downgrade restores schema and data." }</p> }
        } else {
            html! {
                <div class="round-trip bad" id="round-trip">
                    <strong>{ "Round trip: the downgrade does not restore the database." }</strong>
                    <ul>{ for rt.differences.iter().map(|d| html! {
                        <li class={classes!(d.lost_values.is_some().then_some("lost"))}>{ format!("{}: {}", d.table, d.message) }</li>
                    }) }</ul>
                </div>
            }
        }
    });
    let downgrade_failed = p.report.downgrade.as_ref().and_then(|d| {
        d.steps
            .iter()
            .find_map(|s| s.error.as_ref().map(|e| (s.line, e.clone())))
    });
    let drift = p.report.drift.as_ref().map(|d| {
        html! {
            <div class="drift-result" id="drift-result">
                <p>{ format!("On a fresh environment built from the history: {}", rehearse_core::text::summary(&d.fresh)) }</p>
                if d.differences.is_empty() {
                    <p class="round-trip good">{ "The two environments end up with the same schema." }</p>
                } else {
                    <p><strong>{ "The environments' schemas differ:" }</strong></p>
                    <ul>{ for d.differences.iter().map(|x| html! { <li>{ format!("{}: {}", x.table, x.message) }</li> }) }</ul>
                }
            </div>
        }
    });
    // No hand change: this environment is the fresh one, so there is nothing to differ.
    let drift = drift.or_else(|| {
        p.drift_expected.then(|| html! {
            <div class="drift-result" id="drift-result">
                <p class="round-trip good">{ "No hand change on this environment: it is built from the history alone, like a fresh one, so the environments agree." }</p>
            </div>
        })
    });
    let verify = {
        let d = p.dispatch.clone();
        Callback::from(move |_| d.emit(Action::Ask(Work::Verify)))
    };
    let verdict = match &p.verification {
        Verification::None => html! {},
        Verification::Running => {
            let doing = if crate::browser::postgres_loaded() {
                "Running the scenario on PostgreSQL (PGlite)…".to_string()
            } else {
                format!("Loading PostgreSQL (PGlite: a {PGLITE_DOWNLOAD_MB} MB download, once per visit) and running the scenario…")
            };
            html! { <span class="muted" id="verify-result" role="status">{ doing }</span> }
        }
        Verification::Failed(e) => {
            html! { <span class="round-trip bad" id="verify-result">{ format!("Could not run PostgreSQL here: {e}") }</span> }
        }
        Verification::Done(v) if v.agrees => html! {
            <span class="round-trip good" id="verify-result">{ format!("PostgreSQL agrees: {}.", v.postgres) }</span>
        },
        // Not a disagreement: PostgreSQL answers what Rehearse could not simulate.
        Verification::Done(v) if p.report.upgrade.outcome == Outcome::Unsupported => html! {
            <div class="round-trip" id="verify-result">
                <strong>{ format!("PostgreSQL's own answer, where Rehearse could not simulate: {}.", v.postgres) }</strong>
                <ul>{ for v.differences.iter().map(|d| html! { <li>{ d }</li> }) }</ul>
            </div>
        },
        Verification::Done(v) => html! {
            <div class="round-trip bad" id="verify-result">
                <strong>{ format!("PostgreSQL differs ({}):", v.postgres) }</strong>
                <ul>{ for v.differences.iter().map(|d| html! { <li>{ d }</li> }) }</ul>
            </div>
        },
    };
    html! {
        <div class="safety">
            <div class="verify-bar">
                if p.verification != Verification::Running {
                    <button id="verify" onclick={verify} disabled={!p.current}
                        title={if p.current { "run the same scenario on real PostgreSQL (PGlite) in this page" } else { "waiting for the run of your latest edit" }}>
                        { "Verify on PostgreSQL" }
                    </button>
                }
                { verdict }
            </div>
            { for drift }
            <div class="safety-bar">
                <span class={classes!("hazard-count", (errors > 0).then_some("bad"), (errors == 0 && warnings > 0).then_some("warn"))} id="hazard-count">{ summary }</span>
                if fixable && p.proposal.is_none() && p.readonly {
                    <button id="make-safe" class="primary" disabled=true aria-describedby="read-only-note">{ "Make it safe" }</button>
                    <span class="muted read-only-note" id="read-only-note">{ "Read-only here: open it in the playground to make it safe." }</span>
                } else if fixable && p.proposal.is_none() {
                    <button id="make-safe" class="primary" onclick={make_safe}>{ "Make it safe" }</button>
                }
            </div>
            { for proposal }
            if let Some((line, e)) = downgrade_failed {
                <p class="round-trip bad" id="round-trip">{ format!("Downgrade fails at line {line}: {} (SQLSTATE {})", e.message, e.sqlstate) }</p>
            }
            { for round_trip }
        </div>
    }
}
