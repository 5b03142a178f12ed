//! "Lesson or example": loads a built-in lesson or example, then goes back to its
//! prompt, so choosing the same entry again reloads it.

use crate::lessons;
use crate::presets::PRESETS;
use crate::state::Action;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct LessonPickerProps {
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The picker.
#[function_component(LessonPicker)]
pub fn lesson_picker(p: &LessonPickerProps) -> Html {
    let onchange = {
        let d = p.dispatch.clone();
        Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<HtmlSelectElement>();
            let value = select.value();
            if let Some(id) = value.strip_prefix("lesson:") {
                d.emit(Action::LoadLesson(id.to_string()));
            } else if let Some(i) = value.strip_prefix("example:").and_then(|i| i.parse().ok()) {
                d.emit(Action::LoadPreset(i));
            }
            select.set_selected_index(0);
        })
    };
    html! {
        <label class="picker">{ "Lesson or example " }
            <select id="preset" {onchange} aria-label="load a lesson or an example">
                <option selected=true disabled=true>{ "choose…" }</option>
                <optgroup label="Lessons">
                    { for lessons::LESSONS.iter().map(|l| html! { <option value={format!("lesson:{}", l.id)}>{ l.text().title }</option> }) }
                </optgroup>
                <optgroup label="Examples">
                    { for PRESETS.iter().enumerate().map(|(i, p)| html! { <option value={format!("example:{i}")}>{ p.title }</option> }) }
                </optgroup>
            </select>
        </label>
    }
}
