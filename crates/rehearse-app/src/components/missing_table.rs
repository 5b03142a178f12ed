//! The way forward after PostgreSQL's 42P01 on a table the sample data lacks: one click
//! that adds the table (written by the core from the revision, guesses said) to the
//! setup and runs again; Undo puts the setup back.

use crate::state::{Action, Work};
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct MissingTableProps {
    /// The table the error names.
    pub table: AttrValue,
    /// Why the last attempt added nothing.
    pub refused: Option<AttrValue>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The offer.
#[function_component(MissingTableOffer)]
pub fn missing_table_offer(p: &MissingTableProps) -> Html {
    let add = {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::Ask(Work::AddMissingTable)))
    };
    html! {
        <div class="missing-table" id="missing-table">
            <p>
                { format!("The sample data has no table \"{}\". ", p.table) }
                <button id="add-missing-table" onclick={add}>{ format!("Add \"{}\" to the sample data", p.table) }</button>
            </p>
            <p class="muted">{ "Rehearse writes it from the revision (its create_table, or the columns it uses, with the types it guesses said), adds a few rows and runs again. Undo puts the setup back." }</p>
            if let Some(why) = &p.refused {
                <p class="missing-refused" role="status">{ format!("Rehearse cannot add it: {why}.") }</p>
            }
        </div>
    }
}
