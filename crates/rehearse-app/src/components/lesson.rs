//! The lesson being followed: its explanation, a "try this" prompt, a way back to the
//! lesson's own scenario after experimenting, and Previous/Next through the lessons in
//! their order, so a workshop moves on without opening the picker.

use crate::lessons::{self, LessonText};
use crate::state::Action;
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct LessonProps {
    /// The lesson's id (its folder name).
    pub id: &'static str,
    /// The lesson.
    pub text: LessonText,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// A button that loads the lesson `offset` places away, if there is one.
fn step_button(p: &LessonProps, offset: isize, id: &'static str, label: &str) -> Html {
    let here = lessons::LESSONS.iter().position(|l| l.id == p.id);
    let Some(to) = here
        .and_then(|i| i.checked_add_signed(offset))
        .and_then(|i| lessons::LESSONS.get(i))
    else {
        return html! {};
    };
    let onclick = {
        let d = p.dispatch.clone();
        Callback::from(move |_| d.emit(Action::LoadLesson(to.id.to_string())))
    };
    let title = to.text().title;
    html! {
        <button {id} {onclick} title={title.clone()} aria-label={format!("{label} lesson: {title}")}>{ label }</button>
    }
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
                <div class="lesson-actions">
                    <button id="reset-lesson" onclick={reset}>{ "Reset to lesson" }</button>
                    { step_button(p, -1, "previous-lesson", "Previous") }
                    { step_button(p, 1, "next-lesson", "Next") }
                </div>
            </details>
        </section>
    }
}
