//! An embed's bar (`?embed=1`): the name and "Open in the playground", a link to the
//! full page with the scenario as it is now.

use rehearse_core::Scenario;
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    /// The scenario, as a share link carries it.
    pub scenario: Scenario,
}

/// The bar.
#[function_component(EmbedBar)]
pub fn embed_bar(p: &EmbedBarProps) -> Html {
    let open_full = format!("./#{}", rehearse_core::share::encode(&p.scenario));
    html! {
        <header class="embed-bar">
            <h1 class="brand">{ "Rehearse" }</h1>
            <a href={open_full} target="_blank" rel="noopener" id="open-full">{ "Open in the playground ↗" }</a>
        </header>
    }
}
