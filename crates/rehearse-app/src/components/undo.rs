//! The note above the migration after "Generate migration" or "Make it safe" replaced
//! it: what happened, and Undo (which puts the previous text back exactly). The
//! button that did the replacing is gone by then, so Undo takes the focus; Escape
//! closes the note and returns to the editor.

use crate::state::Action;
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct UndoNoteProps {
    /// The generated revision's summary, if Generate did it.
    pub summary: Option<String>,
    /// What replaced the migration, while Undo can put it back.
    pub undo: Option<&'static str>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The note.
#[function_component(UndoNote)]
pub fn undo_note(p: &UndoNoteProps) -> Html {
    let button = use_node_ref();
    {
        let button = button.clone();
        use_effect_with((), move |_| {
            if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        });
    }
    let undo = {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::Undo))
    };
    let dismiss = {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::DismissUndo))
    };
    let on_key = {
        let d = p.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                // Only this note: not also the page's Escape (cancel a background run).
                e.stop_propagation();
                d.emit(Action::DismissUndo);
                if let Some(editor) = gloo::utils::document()
                    .get_element_by_id("migration-editor")
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                {
                    let _ = editor.focus();
                }
            }
        })
    };
    html! {
        <div class="notice undo-note" id="undo-note" role="status" onkeydown={on_key}>
            if let Some(summary) = &p.summary {
                <span id="generated-note">{ summary.clone() }</span>{ " " }
            }
            if let Some(text) = p.undo {
                <span>{ text }</span>
                <span class="notice-actions">
                    <button id="undo" ref={button} onclick={undo} title="put the previous migration back (Esc closes this note)">{ "Undo" }</button>
                    <button class="dismiss" aria-label="dismiss" onclick={dismiss}>{ "×" }</button>
                </span>
            }
        </div>
    }
}
