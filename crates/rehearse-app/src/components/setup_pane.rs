//! The sample data: an editable grid of the setup's tables (cells, NULLs, rows) and the
//! same setup as SQL. Grid edits rewrite the SQL through the core, only when it can
//! write the setup back exactly (otherwise the script stays and the grid says why);
//! SQL edits refresh the grid on the next run.

use super::editor::Editor;
use crate::state::{Action, SetupView, Work};
use rehearse_core::setup::SetupModel;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Setup pane properties.
#[derive(Properties, PartialEq)]
pub struct SetupPaneProps {
    /// The setup script.
    pub sql: AttrValue,
    /// The setup as tables (compared by identity: a 100k-row setup is not compared
    /// cell by cell on every redraw).
    pub model: Option<super::Same<SetupModel>>,
    /// Which view.
    pub view: SetupView,
    /// Error marker for the SQL view.
    #[prop_or_default]
    pub marker: Option<(u32, String)>,
    /// Why the last grid edit was not written back (the setup script was kept).
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// The production sizes (the form under the grid).
    #[prop_or_default]
    pub production: Vec<rehearse_core::production::TableSize>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

fn grid(model: &SetupModel, dispatch: &Callback<Action>) -> Html {
    let tables = model.tables.iter().enumerate().map(|(ti, t)| {
        let head = t.columns.iter().map(|c| html! { <th scope="col" title={c.ty.clone()}>{ &c.name }<small>{ &c.ty }</small></th> });
        let hidden = t.rows.len().saturating_sub(super::table_view::SHOWN_ROWS);
        let rows = t.rows.iter().take(super::table_view::SHOWN_ROWS).enumerate().map(|(ri, row)| {
            let cells = row.iter().enumerate().map(|(ci, v)| {
                let (value, null) = match v {
                    serde_json::Value::Null => (String::new(), true),
                    serde_json::Value::String(s) => (s.clone(), false),
                    other => (other.to_string(), false),
                };
                let onchange = {
                    let d = dispatch.clone();
                    Callback::from(move |e: Event| {
                        let value = e.target_unchecked_into::<HtmlInputElement>().value();
                        d.emit(Action::EditCell { table: ti, row: ri, column: ci, value: Some(value) });
                    })
                };
                let set_null = {
                    let d = dispatch.clone();
                    Callback::from(move |_| d.emit(Action::EditCell { table: ti, row: ri, column: ci, value: None }))
                };
                let label = format!("{} row {} {}", t.name, ri + 1, t.columns.get(ci).map(|c| c.name.as_str()).unwrap_or_default());
                html! {
                    <td class={classes!(null.then_some("is-null"))}>
                        <input aria-label={label.clone()} value={value} placeholder={if null { "NULL" } else { "(empty)" }} {onchange} />
                        <button class="null-btn" title="set to NULL" aria-label={format!("set {label} to NULL")} onclick={set_null} disabled={null}>{ "∅" }</button>
                    </td>
                }
            });
            let remove = {
                let d = dispatch.clone();
                Callback::from(move |_| d.emit(Action::RemoveRow(ti, ri)))
            };
            html! { <tr>{ for cells }<td><button class="row-btn" aria-label={format!("remove {} row {}", t.name, ri + 1)} onclick={remove}>{ "✕" }</button></td></tr> }
        });
        let add = {
            let d = dispatch.clone();
            Callback::from(move |_| d.emit(Action::Ask(Work::AddRow(ti))))
        };
        html! {
            <div class="grid-table">
                <h4>{ &t.name }</h4>
                <div class="scroll">
                    <table aria-label={format!("{} sample rows", t.name)}>
                        <thead><tr>{ for head }<th></th></tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                if hidden > 0 { <p class="muted more-rows">{ format!("… and {hidden} more rows (edit them in the SQL tab)") }</p> }
                <button class="add-row" onclick={add}>{ format!("+ row in {}", t.name) }</button>
            </div>
        }
    });
    html! { <div class="grid">{ for tables }</div> }
}

/// The setup pane.
#[function_component(SetupPane)]
pub fn setup_pane(p: &SetupPaneProps) -> Html {
    let tab = |view: SetupView, label: &'static str| {
        let d = p.dispatch.clone();
        let selected = p.view == view;
        html! {
            <button role="tab" aria-selected={selected.to_string()} class={classes!("tab", selected.then_some("active"))}
                onclick={Callback::from(move |_| d.emit(Action::SetSetupView(view)))}>{ label }</button>
        }
    };
    let body = match (p.view, &p.model) {
        (SetupView::Grid, Some(model)) => html! {
            <>
                if let Some(note) = &p.note {
                    <p class="grid-note" role="status">{ format!("Not applied: {note}.") }</p>
                }
                { grid(model, &p.dispatch) }
                <super::production_size::ProductionSize tables={model.tables.iter().map(|t| t.name.clone()).collect::<Vec<_>>()}
                    sizes={p.production.clone()} dispatch={p.dispatch.clone()} />
            </>
        },
        (SetupView::Grid, None) if p.marker.is_some() => {
            html! { <p class="muted">{ "The setup SQL has an error; fix it in the SQL tab." }</p> }
        }
        // Not run yet (a run stopped or cancelled before it finished, or waiting to
        // be asked): the grid is the setup as it ran.
        (SetupView::Grid, None) => {
            html! { <p class="muted">{ "The grid appears once the setup has run; the SQL tab has it as text." }</p> }
        }
        (SetupView::Sql, _) => {
            let d = p.dispatch.clone();
            html! { <Editor id="setup-editor" label="setup SQL" value={p.sql.clone()} python={false} marker={p.marker.clone()}
            oninput={Callback::from(move |s| d.emit(Action::EditSetup(s)))} /> }
        }
    };
    html! {
        <section class="pane setup" aria-label="sample data">
            <div class="pane-head">
                <h2>{ "Sample data" }</h2>
                <div role="tablist" aria-label="setup view">{ tab(SetupView::Grid, "Grid") }{ tab(SetupView::Sql, "SQL") }</div>
            </div>
            { body }
        </section>
    }
}
