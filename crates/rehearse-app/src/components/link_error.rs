//! The banner for a link that could not be opened (the last scenario is shown instead).

use crate::state::Action;
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct LinkErrorProps {
    /// Why the link could not be read.
    pub message: String,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The banner.
#[function_component(LinkError)]
pub fn link_error(p: &LinkErrorProps) -> Html {
    let dismiss = {
        let d = p.dispatch.clone();
        Callback::from(move |_| d.emit(Action::DismissLinkError))
    };
    html! {
        <div class="banner link-error" role="alert" id="link-error">
            <strong>{ "This link could not be opened. " }</strong>{ &p.message }
            { " Showing your last scenario instead." }
            <button onclick={dismiss} aria-label="dismiss">{ "×" }</button>
        </div>
    }
}
