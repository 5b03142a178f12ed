//! The verdict: "committed: 2 steps, no data lost" or "rolled back at step 2 of 3: ...",
//! with a banner when the migration rolled back.

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
    let rolled_back = run.outcome == Outcome::RolledBack;
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
            if rolled_back {
                <div class="banner rollback" role="alert">
                    <strong>{ "Rolled back." }</strong>
                    { " The whole migration was rolled back: the database is unchanged." }
                </div>
            }
            <p class={classes!("verdict", if rolled_back { "bad" } else { "good" })} id="verdict">{ verdict }</p>
            if let Some(ms) = p.ms { <p class="muted timing">{ format!("ran in {ms:.1} ms") }</p> }
            <details class="final-state">
                <summary>{ if rolled_back { "Final state (as before the migration)" } else { "Final state" } }</summary>
                { for tables.iter().map(|g| html! { <TableView grid={g.clone()} caption={AttrValue::from(g.name.clone())} /> }) }
            </details>
        </div>
    }
}
