//! The page's header: the name, "Copy link" (and the link it made) and the lesson
//! picker.

use super::picker::LessonPicker;
use super::text_size::TextSize;
use crate::state::Action;
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The share link "Copy link" made, while the scenario is unchanged.
    pub link: Option<String>,
    /// Whether the clipboard took the link (`None`: not said yet).
    #[prop_or_default]
    pub copied: Option<bool>,
    /// "Copy link" (an effect: the clipboard).
    pub on_copy_link: Callback<()>,
    /// The lesson the scenario belongs to, if any (the picker shows it).
    pub lesson: Option<AttrValue>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The header.
#[function_component(Header)]
pub fn header(p: &HeaderProps) -> Html {
    let copy = {
        let copy = p.on_copy_link.clone();
        Callback::from(move |_: MouseEvent| copy.emit(()))
    };
    html! {
        <header class="top">
            <h1>{ "Rehearse" }<span class="tagline">{ " — what would PostgreSQL do with this migration?" }</span></h1>
            <div class="top-actions">
            <button id="copy-link" onclick={copy} title="a link that opens this exact scenario anywhere">{ "Copy link" }</button>
            // Always in the page, so that a screen reader announces what it comes to say.
            <span id="copy-status" class="copy-status" role="status" aria-live="polite">
                { match (&p.link, p.copied) {
                    (Some(_), Some(true)) => "Copied",
                    (Some(_), Some(false)) => "Not copied: select the link and copy it",
                    _ => "",
                } }
            </span>
            if let Some(link) = &p.link {
                <input id="share-link" class="share-link" readonly=true value={link.clone()} aria-label="share link" />
            }
            <LessonPicker current={p.lesson.clone()} dispatch={p.dispatch.clone()} />
            <TextSize />
            </div>
        </header>
    }
}
