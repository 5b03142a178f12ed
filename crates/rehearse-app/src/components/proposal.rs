//! "Make it safe"'s proposal: the rewrite as a diff, what it does on the same data, and
//! Apply / Close. It is a dialog for the keyboard: it takes focus when it opens, Tab
//! stays inside it, Escape closes it, and focus goes back to where the user was
//! ("Make it safe", or the editor once Apply has removed that button).

use crate::state::Action;
use rehearse_core::fix::line_diff::{hunks, Shown, Tag};
use rehearse_core::fix::Fixed;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct ProposalProps {
    /// The proposed rewrite.
    pub fixed: Rc<Fixed>,
    /// Where actions go (Apply, Close).
    pub dispatch: Callback<Action>,
}

/// Unchanged lines shown either side of a change.
const CONTEXT: usize = 3;

/// Where focus goes when the dialog closes: the first of these that is on the page.
const FOCUS_AFTER: [&str; 2] = ["make-safe", "migration-editor"];

/// The element with this id, if it is on the page.
fn element(id: &str) -> Option<HtmlElement> {
    gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
}

/// The dialog's focusable elements, in order.
fn focusables(dialog: &HtmlElement) -> Vec<HtmlElement> {
    let Ok(list) = dialog.query_selector_all("button, [tabindex='0']") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .collect()
}

/// The proposal dialog.
#[function_component(Proposal)]
pub fn proposal(p: &ProposalProps) -> Html {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            if let Some(d) = dialog.cast::<HtmlElement>() {
                if let Some(first) = focusables(&d)
                    .into_iter()
                    .find(|e| e.tag_name() == "BUTTON")
                {
                    let _ = first.focus();
                }
            }
            // On close, once the page has redrawn without the dialog: only if focus was
            // lost with it (Apply hands focus to Undo, which keeps it).
            move || {
                gloo::timers::callback::Timeout::new(0, || {
                    let lost = gloo::utils::document()
                        .active_element()
                        .is_none_or(|a| a.tag_name() == "BODY");
                    if !lost {
                        return;
                    }
                    if let Some(e) = FOCUS_AFTER.iter().find_map(|id| element(id)) {
                        let _ = e.focus();
                    }
                })
                .forget();
            }
        });
    }
    let f = &p.fixed;
    let apply = {
        let d = p.dispatch.clone();
        Callback::from(move |_| d.emit(Action::ApplyProposal))
    };
    let dismiss = {
        let d = p.dispatch.clone();
        Callback::from(move |_| d.emit(Action::DismissProposal))
    };
    let onkeydown = {
        let d = p.dispatch.clone();
        let dialog = dialog.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" => {
                e.prevent_default();
                d.emit(Action::DismissProposal);
            }
            "Tab" => {
                let Some(dlg) = dialog.cast::<HtmlElement>() else {
                    return;
                };
                let items = focusables(&dlg);
                let active = gloo::utils::document().active_element();
                let at = |el: Option<&HtmlElement>| {
                    el.is_some_and(|el| {
                        active
                            .as_ref()
                            .is_some_and(|a| a == el.as_ref() as &web_sys::Element)
                    })
                };
                let wrap_to = if e.shift_key() && at(items.first()) {
                    items.last()
                } else if !e.shift_key() && at(items.last()) {
                    items.first()
                } else {
                    None
                };
                if let Some(target) = wrap_to {
                    e.prevent_default();
                    let _ = target.focus();
                }
            }
            _ => {}
        })
    };
    let verdict = rehearse_core::text::summary(&f.report.upgrade);
    let left: usize = f.report.hazards().count();
    html! {
        <div class="proposal" role="dialog" aria-label="safe rewrite" ref={dialog} {onkeydown}>
            if f.applied.is_empty() {
                <p>{ "No safe rewrite applies to these hazards automatically; each one's “why” says what to do." }</p>
            } else {
                <ul class="applied">
                    { for f.applied.iter().map(|a| html! { <li>{ format!("line {}: {}", a.line, a.summary) }</li> }) }
                </ul>
                <pre class="diff" tabindex="0" aria-label="the rewrite, as a diff">{ for hunks(&f.diff, CONTEXT).into_iter().map(|s| match s {
                    Shown::Line(l) => {
                        let class = match l.tag { Tag::Added => "add", Tag::Removed => "del", Tag::Same => "same" };
                        html! { <span class={class}>{ format!("{}{}\n", l.tag, l.text) }</span> }
                    }
                    Shown::Folded(n) => html! { <span class="folded">{ format!("  ⋯ {n} unchanged line{}\n", if n == 1 { "" } else { "s" }) }</span> },
                }) }</pre>
                <p class="muted">{ format!("The rewrite, run on the same data: {verdict}; {left} hazard{} left.", if left == 1 { "" } else { "s" }) }</p>
            }
            <div class="proposal-actions">
                if !f.applied.is_empty() { <button id="apply-fix" class="primary" onclick={apply}>{ "Apply and re-run" }</button> }
                <button id="dismiss-fix" onclick={dismiss}>{ "Close" }</button>
            </div>
        </div>
    }
}
