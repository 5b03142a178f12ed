//! "Lesson or example": loads a built-in lesson or example. While a lesson is loaded
//! (the scenario names it) the picker shows it, so a projector shows which lesson is in
//! use and ArrowDown on the picker moves to the next one; after an example it goes back
//! to its prompt, so choosing the same example again reloads it.

use crate::lessons;
use crate::presets::PRESETS;
use crate::state::Action;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct LessonPickerProps {
    /// The lesson the scenario belongs to, if any.
    pub current: Option<AttrValue>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The option value of a lesson.
fn lesson_value(id: &str) -> String {
    format!("lesson:{id}")
}

/// The picker.
#[function_component(LessonPicker)]
pub fn lesson_picker(p: &LessonPickerProps) -> Html {
    let select = use_node_ref();
    // The shown entry follows the scenario (a lesson loaded by link, Reset, Previous/
    // Next, or an edit that keeps the lesson), not only the last choice made here.
    {
        let select = select.clone();
        use_effect_with(p.current.clone(), move |current| {
            if let Some(s) = select.cast::<HtmlSelectElement>() {
                match current {
                    Some(id) => s.set_value(&lesson_value(id)),
                    None => s.set_selected_index(0),
                }
            }
        });
    }
    let onchange = {
        let d = p.dispatch.clone();
        Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<HtmlSelectElement>();
            let value = select.value();
            if let Some(id) = value.strip_prefix("lesson:") {
                d.emit(Action::LoadLesson(id.to_string()));
            } else if let Some(i) = value.strip_prefix("example:").and_then(|i| i.parse().ok()) {
                d.emit(Action::LoadPreset(i));
                select.set_selected_index(0);
            }
        })
    };
    let current = p.current.as_deref();
    html! {
        <label class="picker">{ "Lesson or example " }
            <select id="preset" ref={select} {onchange} aria-label="load a lesson or an example">
                <option selected={current.is_none()} disabled=true>{ "choose…" }</option>
                <optgroup label="Lessons">
                    { for lessons::LESSONS.iter().map(|l| html! {
                        <option value={lesson_value(l.id)} selected={current == Some(l.id)}>{ l.text().title }</option>
                    }) }
                </optgroup>
                <optgroup label="Examples">
                    { for PRESETS.iter().enumerate().map(|(i, p)| html! { <option value={format!("example:{i}")}>{ p.title }</option> }) }
                </optgroup>
            </select>
        </label>
    }
}
