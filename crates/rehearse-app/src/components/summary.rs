//! The verdict: "committed: 2 steps, no data lost" or "rolled back at step 2 of 3: ...",
//! with a banner when the migration rolled back.

use super::table_view::TableView;
use rehearse_core::report::{Outcome, Run};
use yew::prelude::*;

/// Summary properties.
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// The upgrade run.
    pub run: Run,
    /// How long the run took.
    pub ms: Option<f64>,
}

/// The summary.
#[function_component(Summary)]
pub fn summary(p: &SummaryProps) -> Html {
    let verdict = rehearse_core::text::summary(&p.run);
    let rolled_back = p.run.outcome == Outcome::RolledBack;
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
                { for p.run.tables.iter().map(|t| html! { <TableView table={t.clone()} caption={AttrValue::from(t.name.clone())} /> }) }
            </details>
        </div>
    }
}
