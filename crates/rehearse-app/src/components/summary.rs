//! The verdict: "committed: 2 steps, no data lost", "rolled back at step 2 of 3: ...",
//! "partially committed: ..." or "not simulated: ...", with a banner for each ending
//! that is not a plain commit.
//!
//! **Invariant:** the three kinds of answer never look alike. PostgreSQL's failures (a
//! rollback, whole or partial) are red; a step Rehearse cannot simulate gets a neutral
//! panel that says it is not PostgreSQL's answer and points to Verify on PostgreSQL.

use super::table_view::{grid, Marks, TableView};
use super::Same;
use rehearse_core::report::{Outcome, Report};
use yew::prelude::*;

/// Summary properties.
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// The report (its upgrade run).
    pub report: Same<Report>,
    /// How long the run took.
    pub ms: Option<f64>,
}

/// The summary.
#[function_component(Summary)]
pub fn summary(p: &SummaryProps) -> Html {
    let run = &p.report.upgrade;
    let verdict = rehearse_core::text::summary(run);
    let lossy = run
        .steps
        .iter()
        .any(|s| !s.lost.is_empty() || !s.changed.is_empty());
    let tone = match run.outcome {
        Outcome::RolledBack | Outcome::Partial => "bad",
        Outcome::Unsupported => "neutral",
        Outcome::Committed if lossy => "warn",
        Outcome::Committed => "good",
    };
    let unsupported = run.steps.iter().enumerate().find_map(|(i, s)| {
        s.unsupported
            .as_ref()
            .map(|u| (i + 1, s.line, u.construct.clone()))
    });
    let committed_steps: Vec<String> = run
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| s.committed)
        .map(|(i, _)| (i + 1).to_string())
        .collect();
    // INVALID indexes left by a failed CREATE INDEX CONCURRENTLY: committed, unused,
    // and in the way of a retry.
    let invalid: Vec<String> = run
        .tables
        .iter()
        .flat_map(|t| {
            t.indexes
                .iter()
                .filter(|i| !i.valid)
                .map(move |i| format!("{} on {}", i.name, t.name))
        })
        .collect();
    let final_caption = match run.outcome {
        Outcome::Committed => "Final state",
        Outcome::RolledBack => "Final state (as before the migration)",
        Outcome::Partial => "Final state (what committed before the failure)",
        Outcome::Unsupported => "Known state (before the step Rehearse cannot simulate)",
    };
    // The final tables as drawn, once per report.
    let tables = use_memo(p.report.clone(), |report| {
        report
            .upgrade
            .tables
            .iter()
            .map(|t| Same::new(grid(t, &Marks::default())))
            .collect::<Vec<_>>()
    });
    html! {
        <div class="summary" aria-live="polite">
            {
                match run.outcome {
                    Outcome::RolledBack => html! {
                        <div class="banner rollback" role="alert">
                            <strong>{ "Rolled back." }</strong>
                            { " The whole migration was rolled back: the database is unchanged." }
                        </div>
                    },
                    Outcome::Partial if committed_steps.is_empty() => html! {
                        <div class="banner rollback" role="alert">
                            <strong>{ "Partly committed." }</strong>
                            { " The failed CREATE INDEX CONCURRENTLY left its index behind, INVALID; everything else rolled back." }
                        </div>
                    },
                    Outcome::Partial => html! {
                        <div class="banner rollback" role="alert">
                            <strong>{ "Partly committed." }</strong>
                            { format!(
                                " Step{} {} committed before the failure and stay{} in the database; the steps after the last COMMIT rolled back.",
                                if committed_steps.len() == 1 { "" } else { "s" },
                                committed_steps.join(", "),
                                if committed_steps.len() == 1 { "s" } else { "" },
                            ) }
                        </div>
                    },
                    Outcome::Unsupported => html! {
                        <div class="banner unsupported" role="status">
                            <strong>{ "Not simulated." }</strong>
                            { unsupported.map(|(step, line, what)| format!(
                                " Rehearse can't simulate {what} (step {step}, line {line}). This is not PostgreSQL's answer: \"Verify on PostgreSQL\" runs it for real. Later steps are not run; their hazards are still shown."
                            )).unwrap_or_default() }
                        </div>
                    },
                    Outcome::Committed => html! {},
                }
            }
            <p class={classes!("verdict", tone)} id="verdict">{ verdict }</p>
            if !invalid.is_empty() {
                <p class="invalid-indexes">{ format!(
                    "Left behind: INVALID index {} (a failed CREATE INDEX CONCURRENTLY). It is never used but keeps its name: DROP INDEX CONCURRENTLY it before running the migration again.",
                    invalid.join(", ")
                ) }</p>
            }
            if let Some(ms) = p.ms { <p class="muted timing">{ format!("ran in {ms:.1} ms") }</p> }
            <details class="final-state">
                <summary>{ final_caption }</summary>
                { for tables.iter().map(|g| html! { <TableView grid={g.clone()} caption={AttrValue::from(g.name.clone())} /> }) }
            </details>
        </div>
    }
}
