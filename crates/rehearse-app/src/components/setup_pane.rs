//! The sample data: an editable grid of the setup's tables (cells, NULLs, rows) and the
//! same setup as SQL. Grid edits rewrite the SQL through the core, only when it can
//! write the setup back exactly (otherwise the script stays and the grid says why);
//! SQL edits refresh the grid on the next run.

use super::editor::Editor;
use super::grid_keys;
use crate::failing::FailingCells;
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
    /// The rows (and cells) PostgreSQL's error points at, in the grid's numbering.
    #[prop_or_default]
    pub failing: Option<super::Same<crate::failing::FailingCells>>,
    /// The production sizes (the form under the grid).
    #[prop_or_default]
    pub production: Vec<rehearse_core::production::TableSize>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// Each table's rows in the order shown (by primary key, each column by its type: the
/// core's `row_order`); an edit still names the row by its place in the model.
fn orders(model: &SetupModel) -> Vec<Vec<usize>> {
    model
        .tables
        .iter()
        .map(rehearse_core::row_order::display_order)
        .collect()
}

fn grid(
    model: &SetupModel,
    orders: &[Vec<usize>],
    failing: Option<&FailingCells>,
    dispatch: &Callback<Action>,
) -> Html {
    let tables = model.tables.iter().enumerate().map(|(ti, t)| {
        let failing = failing.filter(|f| f.table == t.name);
        let head = t.columns.iter().map(|c| html! { <th scope="col" title={c.ty.clone()}>{ &c.name }<small>{ &c.ty }</small></th> });
        let hidden = t.rows.len().saturating_sub(super::table_view::SHOWN_ROWS);
        let shown = orders.get(ti).map(|o| o.iter().copied().take(super::table_view::SHOWN_ROWS).collect::<Vec<_>>()).unwrap_or_default();
        let rows = shown.into_iter().enumerate().filter_map(|(place, ri)| t.rows.get(ri).map(|row| (place, ri, row))).map(|(place, ri, row)| {
            let row_fails = failing.is_some_and(|f| f.rows.contains(&ri));
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
                let label = format!("{} row {} {}", t.name, place + 1, t.columns.get(ci).map(|c| c.name.as_str()).unwrap_or_default());
                let failing_cell = row_fails
                    && failing.zip(t.columns.get(ci)).is_some_and(|(f, c)| f.columns.contains(&c.name));
                html! {
                    <td class={classes!(null.then_some("is-null"), failing_cell.then_some("failing-cell"))}>
                        <input aria-label={label.clone()} value={value} placeholder={if null { "NULL" } else { "(empty)" }} {onchange}
                            data-nav={grid_keys::nav(place, 2 * ci)} tabindex={grid_keys::tab_index(place, 2 * ci)} />
                        <button class="null-btn" title="set to NULL" aria-label={format!("set {label} to NULL")} onclick={set_null} disabled={null}
                            data-nav={grid_keys::nav(place, 2 * ci + 1)} tabindex="-1">{ "∅" }</button>
                    </td>
                }
            });
            let remove = {
                let d = dispatch.clone();
                Callback::from(move |_| d.emit(Action::RemoveRow(ti, ri)))
            };
            let last = 2 * t.columns.len();
            // Marked in words too: a sign before the row (style.css), the error as its
            // accessible description, and a tooltip.
            let description = failing.filter(|_| row_fails).map(|f| f.description.clone());
            html! { <tr class={classes!(row_fails.then_some("failing"))} aria-description={description.clone()} title={description}>{ for cells }<td><button class="row-btn" aria-label={format!("remove {} row {}", t.name, place + 1)} onclick={remove}
                data-nav={grid_keys::nav(place, last)} tabindex={grid_keys::tab_index(place, last)}>{ "✕" }</button></td></tr> }
        });
        let add = {
            let d = dispatch.clone();
            Callback::from(move |_| d.emit(Action::Ask(Work::AddRow(ti))))
        };
        html! {
            <div class="grid-table">
                <h3>{ &t.name }</h3>
                <div class="scroll">
                    // One Tab stop; arrow keys inside (see grid_keys).
                    <table role="grid" aria-label={format!("{} sample rows", t.name)} aria-describedby="grid-keys"
                        onkeydown={Callback::from(grid_keys::on_key_down)} onfocusin={Callback::from(grid_keys::on_focus_in)}
                        onfocusout={Callback::from(grid_keys::on_focus_out)} onclick={Callback::from(grid_keys::on_click)}>
                        <thead><tr>{ for head }<th scope="col"><span class="visually-hidden">{ "remove row" }</span></th></tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                if hidden > 0 { <p class="muted more-rows">{ format!("… and {} (edit {} in the SQL tab)", rehearse_core::plural::count(hidden, "more row"), if hidden == 1 { "it" } else { "them" }) }</p> }
                <button class="add-row" onclick={add}>{ format!("+ row in {}", t.name) }</button>
            </div>
        }
    });
    html! {
        <div class="grid">
            <p id="grid-keys" class="visually-hidden">{ "Arrow keys move between cells; Enter or F2 edits a cell; Escape undoes the edit." }</p>
            { for tables }
        </div>
    }
}

/// The setup pane.
#[function_component(SetupPane)]
pub fn setup_pane(p: &SetupPaneProps) -> Html {
    // Once per model (a 100k-row setup is not sorted on every redraw).
    let orders = use_memo(p.model.clone(), |m| {
        m.as_ref().map(|m| orders(m)).unwrap_or_default()
    });
    let tab = |view: SetupView, label: &'static str| {
        let d = p.dispatch.clone();
        let selected = p.view == view;
        html! {
            <button role="tab" aria-selected={selected.to_string()} class={classes!("tab", selected.then_some("active"))}
                onclick={Callback::from(move |_| d.emit(Action::SetSetupView(view)))}>{ label }</button>
        }
    };
    // The failing cell in sight: its box scrolls to it (its row is in the first rows).
    let section = use_node_ref();
    super::reveal::use_reveal_marked(
        section.clone(),
        (p.failing.clone(), p.model.clone(), p.view),
    );
    let body = match (p.view, &p.model) {
        (SetupView::Grid, Some(model)) => html! {
            <>
                if let Some(note) = &p.note {
                    <p class="grid-note" role="status">{ format!("Not applied: {note}.") }</p>
                }
                { grid(model, &orders, p.failing.as_deref(), &p.dispatch) }
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
        <section class="pane setup" aria-label="sample data" ref={section}>
            <div class="pane-head">
                <h2>{ "Sample data" }</h2>
                <div role="tablist" aria-label="setup view">{ tab(SetupView::Grid, "Grid") }{ tab(SetupView::Sql, "SQL") }</div>
            </div>
            { body }
        </section>
    }
}
