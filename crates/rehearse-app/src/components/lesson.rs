//! The lesson being followed: its explanation, a "try this" prompt, and a way back to
//! the lesson's own scenario after experimenting.

use crate::lessons::LessonText;
use crate::state::Action;
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct LessonProps {
    /// The lesson.
    pub text: LessonText,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The lesson panel.
#[function_component(LessonPanel)]
pub fn lesson_panel(p: &LessonProps) -> Html {
    let reset = {
        let d = p.dispatch.clone();
        Callback::from(move |_| d.emit(Action::ResetLesson))
    };
    html! {
        <section class="lesson" aria-label="lesson" id="lesson">
            <details open=true>
                <summary><h2>{ &p.text.title }</h2><span class="muted">{ format!(" — {}", p.text.summary) }</span></summary>
                { for p.text.explanation.split("\n\n").map(|para| html! { <p>{ para }</p> }) }
                <p class="try"><strong>{ "Try this: " }</strong>{ &p.text.try_this }</p>
                <button id="reset-lesson" onclick={reset}>{ "Reset to lesson" }</button>
            </details>
        </section>
    }
}
