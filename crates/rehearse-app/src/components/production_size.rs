//! The "Production size" form beside the sample data: per table of the setup, its row
//! count in production and optionally its average row width (heap bytes per row). The
//! sizes are part of the scenario (autosaved, carried by share links); with them each
//! step shows its estimated lock hold time on native PostgreSQL (the timeline card and
//! the step detail). Each entry is read by the core's `--rows` reader, and the paste
//! box below the table by the core's `--stats` reader (the output of
//! [`STATS_QUERY`] run on production), so the page and the CLI accept and refuse the
//! same text. A paste sets the sizes of the setup's tables it names (the sizes, not the
//! pasted text, are what the autosave and share links keep: a production database's
//! other tables stay out of the link).

use crate::state::Action;
use rehearse_core::production::{parse_rows_arg, parse_stats, size_of, TableSize, STATS_QUERY};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
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

/// The sizes with those `text` (the stats query's output) gives for the setup's
/// `tables` put in place of theirs, and a line saying what was read; or where the text
/// does not read ("line 3, column 7: ...").
fn with_stats(
    sizes: &[TableSize],
    tables: &[String],
    text: &str,
) -> Result<(Vec<TableSize>, String), String> {
    let read = parse_stats(text).map_err(|e| {
        format!(
            "line {}, column {}: {}",
            e.span.line, e.span.column, e.message
        )
    })?;
    let (used, other): (Vec<TableSize>, Vec<TableSize>) =
        read.into_iter().partition(|s| tables.contains(&s.table));
    let mut out: Vec<TableSize> = sizes
        .iter()
        .filter(|s| !used.iter().any(|u| u.table == s.table))
        .cloned()
        .collect();
    let names: Vec<String> = used.iter().map(|s| s.table.clone()).collect();
    out.extend(used);
    let mut note = match names.len() {
        0 => "no table of the setup in the pasted output".to_string(),
        1 => format!("read the size of {}", names[0]),
        n => format!("read the sizes of {n} tables: {}", names.join(", ")),
    };
    match other.len() {
        0 => {}
        1 => note.push_str(&format!(" ({} is not in the setup)", other[0].table)),
        n => note.push_str(&format!(" ({n} other tables not in the setup)")),
    }
    Ok((out, note))
}

/// The paste box: the query to run, a text area for its output, and a button reading
/// it (`with_stats`).
#[function_component(StatsPaste)]
fn stats_paste(p: &ProductionSizeProps) -> Html {
    let said = use_state(|| None::<Result<String, String>>);
    let area = use_node_ref();
    let onclick = {
        let (d, sizes, tables, said, area) = (
            p.dispatch.clone(),
            p.sizes.clone(),
            p.tables.clone(),
            said.clone(),
            area.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let text = area
                .cast::<HtmlTextAreaElement>()
                .map(|a| a.value())
                .unwrap_or_default();
            match with_stats(&sizes, &tables, &text) {
                Ok((next, note)) => {
                    said.set(Some(Ok(note)));
                    d.emit(Action::SetProduction(next));
                }
                Err(message) => said.set(Some(Err(message))),
            }
        })
    };
    html! {
        <div class="stats-paste">
            <p class="muted">{ "Or paste the output of this query, run on production with psql (aligned, -A or --csv):" }</p>
            <pre class="stats-query">{ STATS_QUERY }</pre>
            <textarea ref={area} rows="4" spellcheck="false" aria-label="stats query output"
                placeholder=" relname | reltuples | heap_bytes | total_bytes" />
            <button type="button" {onclick}>{ "Use these sizes" }</button>
            {
                match &*said {
                    Some(Ok(note)) => html! { <p class="note" role="status">{ note }</p> },
                    Some(Err(message)) => html! { <p class="error" role="alert">{ message }</p> },
                    None => html! {},
                }
            }
        </div>
    }
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
            <StatsPaste tables={p.tables.clone()} sizes={p.sizes.clone()} dispatch={p.dispatch.clone()} />
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::{with_entry, with_stats};
    use rehearse_core::production::TableSize;

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

    #[test]
    fn a_paste_sets_the_setups_tables_and_keeps_the_others() {
        let given = vec![
            TableSize {
                table: "users".into(),
                rows: 5,
                width: None,
            },
            TableSize {
                table: "orders".into(),
                rows: 7,
                width: None,
            },
        ];
        let tables = vec!["users".to_string(), "orders".to_string()];
        let text = " relname  | reltuples | heap_bytes | total_bytes\n\
                    ----------+-----------+------------+------------\n \
                    audit    |       900 |      90000 |      100000\n \
                    users    |   1000000 |  120000000 |   150000000\n\
                    (2 rows)\n";
        let (sizes, note) = with_stats(&given, &tables, text).expect("reads");
        assert_eq!(note, "read the size of users (audit is not in the setup)");
        assert_eq!(sizes.len(), 2);
        let users = sizes.iter().find(|s| s.table == "users").expect("users");
        assert_eq!((users.rows, users.width), (1_000_000, Some(120)));
        assert!(sizes.iter().any(|s| s.table == "orders" && s.rows == 7));
        let e = with_stats(&given, &tables, "relname,reltuples\nusers,-1\n").unwrap_err();
        assert!(
            e.starts_with("line 2, column 7: `users` was never analysed"),
            "{e}"
        );
    }
}
