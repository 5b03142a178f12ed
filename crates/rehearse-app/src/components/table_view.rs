//! One table as a grid of cells, with what a step did marked: added columns and changed
//! values (after), destroyed values struck through in red and the rows that made a
//! step fail (before).

use rehearse_core::report::TableState;
use serde_json::Value;
use yew::prelude::*;

/// Rows drawn before the rest are summarised.
pub const SHOWN_ROWS: usize = 200;

/// Table view properties.
#[derive(Properties, PartialEq)]
pub struct TableViewProps {
    /// The table.
    pub table: TableState,
    /// Caption ("before" / "after").
    pub caption: AttrValue,
    /// Columns whose values this step destroys.
    #[prop_or_default]
    pub struck_columns: Vec<String>,
    /// Rows this step deletes.
    #[prop_or_default]
    pub struck_rows: Vec<usize>,
    /// Rows that made the step fail.
    #[prop_or_default]
    pub failing_rows: Vec<usize>,
    /// Columns this step added.
    #[prop_or_default]
    pub added_columns: Vec<String>,
    /// Cells this step changed: (row, column).
    #[prop_or_default]
    pub changed: Vec<(usize, String)>,
}

/// A cell's text: NULL and the empty string look different.
pub fn cell(v: &Value) -> Html {
    match v {
        Value::Null => html! { <span class="null">{ "NULL" }</span> },
        Value::String(s) if s.is_empty() => html! { <span class="empty">{ "''" }</span> },
        Value::String(s) => html! { { s.clone() } },
        other => html! { { other.to_string() } },
    }
}

/// The table view.
#[function_component(TableView)]
pub fn table_view(p: &TableViewProps) -> Html {
    let t = &p.table;
    let header = t.columns.iter().map(|c| {
        let mut class = classes!("col");
        if p.added_columns.contains(&c.name) {
            class.push("added");
        }
        if p.struck_columns.contains(&c.name) {
            class.push("lost");
        }
        let nullable = if c.nullable { "" } else { " not null" };
        html! { <th class={class} title={format!("{}{nullable}", c.ty)} scope="col">{ &c.name }<small>{ &c.ty }</small></th> }
    });
    // A 100k-row table is not drawn whole: the first rows, plus every row the step
    // marks (failing, lost, changed), keep the page responsive.
    let marked = |r: usize| {
        p.failing_rows.contains(&r)
            || p.struck_rows.contains(&r)
            || p.changed.iter().any(|(cr, _)| *cr == r)
    };
    let shown: Vec<usize> = (0..t.rows.len())
        .filter(|&r| r < SHOWN_ROWS || marked(r))
        .collect();
    let hidden = t.rows.len() - shown.len();
    let rows = shown
        .iter()
        .filter_map(|&r| t.rows.get(r).map(|row| (r, row)))
        .map(|(r, row)| {
            let mut row_class = classes!();
            if p.failing_rows.contains(&r) {
                row_class.push("failing");
            }
            if p.struck_rows.contains(&r) {
                row_class.push("lost-row");
            }
            let cells = t.columns.iter().zip(row).map(|(c, v)| {
                let struck = (p.struck_columns.contains(&c.name) || p.struck_rows.contains(&r))
                    && !v.is_null();
                let mut class = classes!();
                if p.added_columns.contains(&c.name) {
                    class.push("added");
                }
                if p.changed.iter().any(|(cr, cc)| *cr == r && cc == &c.name) {
                    class.push("changed");
                }
                if struck {
                    class.push("lost");
                    html! { <td class={class}><del>{ cell(v) }</del></td> }
                } else {
                    html! { <td class={class}>{ cell(v) }</td> }
                }
            });
            html! { <tr class={row_class}>{ for cells }</tr> }
        });
    html! {
        <figure class="table-view">
            <figcaption>{ &p.caption }</figcaption>
            <div class="scroll">
                <table aria-label={format!("{} {}", t.name, p.caption)}>
                    <thead><tr>{ for header }</tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if t.rows.is_empty() { <p class="muted">{ "no rows" }</p> }
            if hidden > 0 { <p class="muted more-rows">{ format!("… and {hidden} more rows, not drawn") }</p> }
        </figure>
    }
}
