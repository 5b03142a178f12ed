//! A lesson in an embed: the lesson's text above its playground (a reader of the
//! documentation page meets the lesson, not bare code), and, in a read-only embed
//! (which has no editable grid), the sample data the lesson runs on as plain tables.

use super::table_view::{grid, Marks, TableView};
use super::Same;
use crate::lessons::LessonText;
use crate::state::Action;
use rehearse_core::setup::SetupModel;
use std::rc::Rc;
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct EmbedLessonProps {
    /// The lesson.
    pub text: LessonText,
    /// A read-only embed: no "try this", no reset (nothing can change).
    pub readonly: bool,
    /// Where actions go (Reset to lesson).
    pub dispatch: Callback<Action>,
}

/// The lesson's text.
#[function_component(EmbedLesson)]
pub fn embed_lesson(p: &EmbedLessonProps) -> Html {
    let reset = {
        let d = p.dispatch.clone();
        Callback::from(move |_| d.emit(Action::ResetLesson))
    };
    html! {
        <section class="embed-lesson" aria-label="lesson" id="embed-lesson">
            <h2>{ &p.text.title }</h2>
            if !p.text.summary.is_empty() { <p class="muted">{ &p.text.summary }</p> }
            { for p.text.explanation.split("\n\n").filter(|para| !para.trim().is_empty()).map(|para| html! { <p>{ para }</p> }) }
            if !p.readonly {
                <p class="try"><strong>{ "Try this: " }</strong>{ &p.text.try_this }</p>
                <button id="reset-lesson" onclick={reset}>{ "Reset to lesson" }</button>
            }
        </section>
    }
}

/// Properties.
#[derive(Properties, PartialEq)]
pub struct SampleDataProps {
    /// The setup as tables, once it has run.
    pub model: Option<Same<SetupModel>>,
}

/// The sample data, read-only.
#[function_component(SampleData)]
pub fn sample_data(p: &SampleDataProps) -> Html {
    let grids = use_memo(p.model.clone(), |model| {
        model.as_ref().map_or_else(Vec::new, |m| {
            m.tables
                .iter()
                .map(|t| Same(Rc::new(grid(t, &Marks::default()))))
                .collect::<Vec<_>>()
        })
    });
    html! {
        <section class="pane sample-data" aria-label="sample data" id="sample-data">
            <h2>{ "Sample data" }</h2>
            if grids.is_empty() {
                <p class="muted">{ "The sample data appears once the setup has run." }</p>
            }
            { for grids.iter().map(|g| html! { <TableView grid={g.clone()} caption={AttrValue::from(g.name.clone())} /> }) }
        </section>
    }
}
