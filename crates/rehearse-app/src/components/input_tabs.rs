//! The migration pane's tabs: the migration itself, or the SQLAlchemy model it can be
//! generated from.

use crate::state::{Action, InputTab};
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct InputTabsProps {
    /// The tab shown.
    pub tab: InputTab,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The tabs.
#[function_component(InputTabs)]
pub fn input_tabs(p: &InputTabsProps) -> Html {
    let model_tab = p.tab == InputTab::Model;
    let open = |tab: InputTab| {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::SetTab(tab)))
    };
    html! {
        <div class="tabs" role="tablist" aria-label="migration or model">
            <button role="tab" id="tab-migration" aria-selected={(!model_tab).to_string()} class={classes!("tab", (!model_tab).then_some("active"))}
                onclick={open(InputTab::Migration)}>{ "Migration" }</button>
            <button role="tab" id="tab-model" aria-selected={model_tab.to_string()} class={classes!("tab", model_tab.then_some("active"))}
                onclick={open(InputTab::Model)} title="SQLAlchemy models; generate the migration autogenerate would write">{ "Model" }</button>
        </div>
    }
}
