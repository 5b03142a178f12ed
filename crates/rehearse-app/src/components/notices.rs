//! The page's notices ([`State::notices`](crate::state::State::notices)): what happened
//! to the user's work and what they can do about it, each with its buttons. A button
//! dispatches its action, except Copy link and Download, which are the app's effects.

use crate::state::{Action, Does, Notice};
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    /// The notices, most urgent first.
    pub notices: Vec<Notice>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
    /// "Copy link".
    pub on_copy_link: Callback<()>,
    /// "Download".
    pub on_download: Callback<()>,
}

/// The notices.
#[function_component(Notices)]
pub fn notices(p: &NoticesProps) -> Html {
    if p.notices.is_empty() {
        return html! {};
    }
    let press = |does: &Does| {
        let (d, copy, download) = (
            p.dispatch.clone(),
            p.on_copy_link.clone(),
            p.on_download.clone(),
        );
        let does = does.clone();
        Callback::from(move |_: MouseEvent| match &does {
            Does::Act(action) => d.emit(action.clone()),
            Does::CopyLink => copy.emit(()),
            Does::Download => download.emit(()),
        })
    };
    html! {
        <div class="notices">
            { for p.notices.iter().map(|n| html! {
                <div class="notice-bar" id={n.id} role={if n.alert { "alert" } else { "status" }}>
                    <span class="notice-text">{ &n.text }</span>
                    <span class="notice-actions">
                        { for n.buttons.iter().map(|b| html! {
                            <button id={b.id} onclick={press(&b.does)}>{ b.label }</button>
                        }) }
                        if let Some(dismiss) = &n.dismiss {
                            <button class="dismiss" aria-label="dismiss" onclick={press(&Does::Act(dismiss.clone()))}>{ "×" }</button>
                        }
                    </span>
                </div>
            }) }
        </div>
    }
}
