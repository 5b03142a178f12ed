//! The Model tab: SQLAlchemy models and "Generate migration", which asks the core for
//! the revision `alembic revision --autogenerate` would write against the sample
//! database and drops it into the migration editor. The tab starts from a model the
//! core writes from the database, so an untouched model generates nothing.

use super::editor::Editor;
use crate::state::{Action, Scenario};
use rehearse_core::InputError;
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct ModelPaneProps {
    /// The scenario (setup, hand change, model).
    pub scenario: Scenario,
    /// Why the model could not be compared.
    pub error: Option<InputError>,
    /// Embedded read-only.
    pub readonly: bool,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// A model written from the sample database (the tab's start and its reset).
pub fn model_from_database(scenario: &Scenario) -> String {
    match rehearse_core::autogen::model_for(&scenario.setup, &scenario.drift, crate::now()) {
        Ok(m) => m,
        Err(why) => format!("# The sample database cannot be written as a model ({why}).\n# Write your models here: class Base(DeclarativeBase) and subclasses.\n"),
    }
}

/// The tab.
#[function_component(ModelPane)]
pub fn model_pane(p: &ModelPaneProps) -> Html {
    let text = p.scenario.model.clone();
    let on_input = {
        let d = p.dispatch.clone();
        Callback::from(move |s| d.emit(Action::EditModel(s)))
    };
    let on_generate = {
        let d = p.dispatch.clone();
        let scenario = p.scenario.clone();
        let text = text.clone();
        Callback::from(
            move |_: MouseEvent| match rehearse_core::autogen::summary::generate_revision(
                &scenario.setup,
                &scenario.drift,
                &text,
                crate::now(),
            ) {
                Ok(g) => d.emit(Action::Generated(g.revision, g.summary)),
                Err(e) => d.emit(Action::ModelError(e)),
            },
        )
    };
    let on_reset = {
        let d = p.dispatch.clone();
        let scenario = p.scenario.clone();
        Callback::from(move |_: MouseEvent| {
            d.emit(Action::EditModel(model_from_database(&scenario)))
        })
    };
    // Only the model's own errors mark its editor; the setup's or the hand change's
    // (which Generate also runs) name their pane.
    let marker = p
        .error
        .as_ref()
        .filter(|e| e.source == "model")
        .map(|e| (e.span.line, e.message.clone()));
    html! {
        <>
            <Editor id="model-editor" label="SQLAlchemy model" value={AttrValue::from(text)}
                python={true} {marker} oninput={on_input} readonly={p.readonly} />
            if let Some(e) = &p.error {
                <p class="error" id="model-error" role="alert">{ format!("{}, line {}, column {}: {}", match e.source.as_str() { "model" => "model.py", "drift" => "hand change", other => other }, e.span.line, e.span.column, e.message) }</p>
            }
            <div class="model-actions">
                <button id="generate-migration" class="primary" onclick={on_generate} disabled={p.readonly}
                    title="what `alembic revision --autogenerate` would write against the sample database">{ "Generate migration" }</button>
                <button id="reset-model" onclick={on_reset} disabled={p.readonly}
                    title="start again from a model that matches the sample database">{ "Model from database" }</button>
            </div>
            <p class="muted hint">{ "Edit the model as you would in your project (rename an attribute, add a column, change a type), then generate. Alembic compares tables, columns, types, nullability, indexes, unique constraints and foreign keys; it does not compare server defaults, and it cannot tell a rename from a drop plus an add." }</p>
        </>
    }
}
