//! A collapsible box of extra SQL beside the migration: the deployed code's queries
//! (re-run after every step), or a hand change made on this environment (drift).

use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct SqlBoxProps {
    /// Element id of the text area.
    pub id: AttrValue,
    /// Heading.
    pub title: AttrValue,
    /// What the box is for.
    pub hint: AttrValue,
    /// Shown when empty.
    pub placeholder: AttrValue,
    /// The SQL.
    pub value: AttrValue,
    /// Called with the new text on every edit.
    pub oninput: Callback<String>,
}

/// The box.
#[function_component(SqlBox)]
pub fn sql_box(p: &SqlBoxProps) -> Html {
    let oninput = {
        let cb = p.oninput.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            cb.emit(area.value());
        })
    };
    html! {
        <section class="pane sql-box" aria-label={p.title.clone()}>
            <details open={!p.value.is_empty()}>
                <summary><h2>{ p.title.clone() }</h2></summary>
                <p class="muted hint">{ p.hint.clone() }</p>
                <textarea id={p.id.clone()} aria-label={p.title.clone()} spellcheck="false" rows="4"
                    value={p.value.clone()} {oninput} placeholder={p.placeholder.clone()} />
            </details>
        </section>
    }
}
