//! The deployed application's queries: migrations run before the new code deploys,
//! so these must keep working after every step.

use crate::state::Action;
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct OldCodeProps {
    /// The queries.
    pub value: AttrValue,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The pane.
#[function_component(OldCode)]
pub fn old_code(p: &OldCodeProps) -> Html {
    let oninput = {
        let d = p.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            d.emit(Action::EditOldCode(area.value()));
        })
    };
    html! {
        <section class="pane old-code" aria-label="deployed code">
            <details open={!p.value.is_empty()}>
                <summary><h2>{ "Deployed code's queries" }</h2></summary>
                <p class="muted hint">{ "Migrations run before the new code deploys: these queries (one per line, ending in ;) run after every step." }</p>
                <textarea id="old-code-editor" aria-label="deployed code's queries" spellcheck="false" rows="4"
                    value={p.value.clone()} {oninput}
                    placeholder="SELECT id, name FROM vendors;&#10;INSERT INTO vendors (name) VALUES ('x');" />
            </details>
        </section>
    }
}
