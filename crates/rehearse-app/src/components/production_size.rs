//! The "Production size" form beside the sample data: per table of the setup, its row
//! count in production and optionally its average row width (heap bytes per row). The
//! sizes are part of the scenario (autosaved, carried by share links); with them each
//! step shows its estimated lock hold time on native PostgreSQL (the timeline card and
//! the step detail). Each entry is read by the core's `--rows` reader, so the page and
//! the CLI accept and refuse the same text.

use crate::state::Action;
use rehearse_core::production::{parse_rows_arg, size_of, TableSize};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Production size properties.
#[derive(Properties, PartialEq)]
pub struct ProductionSizeProps {
    /// The setup's tables, in order.
    pub tables: Vec<String>,
    /// The sizes given so far.
    pub sizes: Vec<TableSize>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The sizes with `table`'s replaced by what its two inputs say (no rows: no entry),
/// or why the text does not read.
fn with_entry(
    sizes: &[TableSize],
    table: &str,
    rows: &str,
    width: &str,
) -> Result<Vec<TableSize>, String> {
    let mut out: Vec<TableSize> = sizes.iter().filter(|s| s.table != table).cloned().collect();
    if rows.trim().is_empty() {
        return Ok(out);
    }
    let arg = if width.trim().is_empty() {
        format!("{table}={rows}")
    } else {
        format!("{table}={rows}:{width}")
    };
    out.push(parse_rows_arg(&arg).map_err(|e| e.message)?);
    Ok(out)
}

/// The form.
#[function_component(ProductionSize)]
pub fn production_size(p: &ProductionSizeProps) -> Html {
    let error = use_state(|| None::<String>);
    let rows = p.tables.iter().map(|table| {
        let size = size_of(&p.sizes, table);
        let rows_ref = NodeRef::default();
        let width_ref = NodeRef::default();
        let onchange = {
            let (d, sizes, table, error) = (p.dispatch.clone(), p.sizes.clone(), table.clone(), error.clone());
            let (rows_ref, width_ref) = (rows_ref.clone(), width_ref.clone());
            Callback::from(move |_: Event| {
                let text = |r: &NodeRef| r.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
                match with_entry(&sizes, &table, &text(&rows_ref), &text(&width_ref)) {
                    Ok(next) => {
                        error.set(None);
                        d.emit(Action::SetProduction(next));
                    }
                    Err(message) => error.set(Some(format!("{table}: {message}"))),
                }
            })
        };
        html! {
            <tr>
                <th scope="row">{ table }</th>
                <td><input ref={rows_ref} inputmode="numeric" aria-label={format!("{table} rows in production")}
                    placeholder="rows" value={size.map(|s| s.rows.to_string()).unwrap_or_default()} onchange={onchange.clone()} /></td>
                <td><input ref={width_ref} inputmode="numeric" aria-label={format!("{table} bytes per row")}
                    placeholder="bytes/row" value={size.and_then(|s| s.width).map(|w| w.to_string()).unwrap_or_default()} {onchange} /></td>
            </tr>
        }
    });
    html! {
        <details class="production-size" open={!p.sizes.is_empty()}>
            <summary>{ "Production size" }</summary>
            <p class="muted">{ "Rows per table in production (and bytes per row, optional): each step then shows its estimated lock time on native PostgreSQL." }</p>
            <table aria-label="production size">
                <thead><tr><th scope="col">{ "table" }</th><th scope="col">{ "rows" }</th><th scope="col">{ "bytes/row" }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            if let Some(message) = &*error { <p class="error" role="alert">{ message }</p> }
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::with_entry;

    #[test]
    fn an_entry_replaces_the_tables_size_and_empty_rows_remove_it() {
        let sizes = with_entry(&[], "t", "1,000", "").expect("reads");
        assert_eq!((sizes[0].rows, sizes[0].width), (1000, None));
        let sizes = with_entry(&sizes, "t", "5", "80").expect("reads");
        assert_eq!(sizes.len(), 1);
        assert_eq!((sizes[0].rows, sizes[0].width), (5, Some(80)));
        assert!(with_entry(&sizes, "t", "", "").expect("reads").is_empty());
        assert!(with_entry(&sizes, "t", "many", "").is_err());
    }
}
