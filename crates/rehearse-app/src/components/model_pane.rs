//! The Model tab: SQLAlchemy models and "Generate migration", which asks the core for
//! the revision `alembic revision --autogenerate` would write against the sample
//! database and drops it into the migration editor. The tab starts from a model the
//! core writes from the database, so an untouched model generates nothing. Both
//! buttons ask for work ([`Work`]) that the page does off the click.

use super::editor::Editor;
use crate::state::{Action, Work};
use rehearse_core::{InputError, Source};
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct ModelPaneProps {
    /// The model.
    pub model: AttrValue,
    /// Why the model could not be compared.
    pub error: Option<InputError>,
    /// Embedded read-only.
    pub readonly: bool,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The tab.
#[function_component(ModelPane)]
pub fn model_pane(p: &ModelPaneProps) -> Html {
    let on_input = {
        let d = p.dispatch.clone();
        Callback::from(move |s| d.emit(Action::EditModel(s)))
    };
    let ask = |work: Work| {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::Ask(work)))
    };
    // Only the model's own errors mark its editor; the setup's or the hand change's
    // (which Generate also runs) name their pane.
    let marker = p
        .error
        .as_ref()
        .filter(|e| e.source == Source::Model)
        .map(|e| (e.span.line, e.message.clone()));
    html! {
        <>
            <Editor id="model-editor" label="SQLAlchemy model" value={p.model.clone()}
                python={true} {marker} oninput={on_input} readonly={p.readonly} />
            if let Some(e) = &p.error {
                <p class="error" id="model-error" role="alert">{ format!("{}, line {}, column {}: {}", match e.source { Source::Model => "model.py", Source::Drift => "hand change", other => other.name() }, e.span.line, e.span.column, e.message) }</p>
            }
            <div class="model-actions">
                <button id="generate-migration" class="primary" onclick={ask(Work::Generate)} disabled={p.readonly}
                    title="what `alembic revision --autogenerate` would write against the sample database">{ "Generate migration" }</button>
                <button id="reset-model" onclick={ask(Work::ModelFromDatabase)} disabled={p.readonly}
                    title="start again from a model that matches the sample database">{ "Model from database" }</button>
            </div>
            <p class="muted hint">{ "Edit the model as you would in your project (rename an attribute, add a column, change a type), then generate. Alembic compares tables, columns, types, nullability, indexes, unique constraints and foreign keys; it does not compare server defaults, and it cannot tell a rename from a drop plus an add." }</p>
        </>
    }
}
