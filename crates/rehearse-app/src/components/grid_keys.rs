//! The sample-data grid's keyboard, as the ARIA grid pattern has it: each table is one
//! Tab stop (a roving tabindex: the cell last focused is the only one Tab reaches), the
//! arrow keys, Home and End (Ctrl+Home/End: the table's first and last) move between
//! its cells and buttons, Enter or F2 edits the focused cell in place (so the arrow
//! keys move the caret), and Escape puts back what the cell held before the edit.
//!
//! Typing in a cell also starts an edit; a click puts the caret where it lands. Enter
//! ends an edit and applies it (the input's own `change`), as leaving the cell does.
//!
//! The state lives on the DOM, not in the reducer: `data-nav="row,column"` on each
//! cell's control, `data-editing` while an edit is in progress, and `data-original`
//! the value the cell had when the edit began. The grid's markup gives the first
//! control `tabindex="0"` and the others `-1`; these handlers move the 0.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

/// The attribute a grid control carries: `data-nav="row,column"`.
pub fn nav(row: usize, column: usize) -> String {
    format!("{row},{column}")
}

/// `tabindex` for a control drawn at (row, column): Tab reaches the first one until the
/// user moves.
pub fn tab_index(row: usize, column: usize) -> &'static str {
    if (row, column) == (0, 0) {
        "0"
    } else {
        "-1"
    }
}

/// A control's place, from its `data-nav`.
fn place(el: &Element) -> Option<(usize, usize)> {
    let nav = el.get_attribute("data-nav")?;
    let (row, column) = nav.split_once(',')?;
    Some((row.parse().ok()?, column.parse().ok()?))
}

/// The controls of the table around `from` that can take the focus, with their places.
fn controls(table: &Element) -> Vec<((usize, usize), HtmlElement)> {
    let Ok(list) = table.query_selector_all("[data-nav]") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        // A disabled button (∅ on a cell already NULL) cannot take the focus.
        .filter(|el| !el.has_attribute("disabled"))
        .filter_map(|el| Some((place(&el)?, el)))
        .collect()
}

/// Where a navigation key goes from `at`, among `places` (in reading order).
fn target(
    key: &str,
    ctrl: bool,
    at: (usize, usize),
    places: &[(usize, usize)],
) -> Option<(usize, usize)> {
    let (row, column) = at;
    let in_row = || places.iter().filter(move |p| p.0 == row);
    // The control in `to_row` at `column`, or the nearest before it (a disabled ∅).
    let in_column = |to_row: usize| {
        places
            .iter()
            .filter(|p| p.0 == to_row && p.1 <= column)
            .max_by_key(|p| p.1)
            .copied()
    };
    match key {
        "ArrowRight" => in_row()
            .filter(|p| p.1 > column)
            .min_by_key(|p| p.1)
            .copied(),
        "ArrowLeft" => in_row()
            .filter(|p| p.1 < column)
            .max_by_key(|p| p.1)
            .copied(),
        "ArrowDown" => places
            .iter()
            .map(|p| p.0)
            .filter(|&r| r > row)
            .min()
            .and_then(in_column),
        "ArrowUp" => places
            .iter()
            .map(|p| p.0)
            .filter(|&r| r < row)
            .max()
            .and_then(in_column),
        "Home" if ctrl => places.first().copied(),
        "End" if ctrl => places.last().copied(),
        "Home" => in_row().min_by_key(|p| p.1).copied(),
        "End" => in_row().max_by_key(|p| p.1).copied(),
        _ => None,
    }
}

/// Makes `el` the table's one Tab stop.
fn rove(table: &Element, el: &Element) {
    for (_, other) in controls(table) {
        let _ = other.set_attribute("tabindex", "-1");
    }
    let _ = el.set_attribute("tabindex", "0");
}

/// Starts an edit of `input`, remembering what it held.
fn begin_edit(input: &HtmlInputElement) {
    if !input.has_attribute("data-editing") {
        let _ = input.set_attribute("data-editing", "");
    }
}

/// Ends the edit in progress; the value it ends with is the new original.
fn end_edit(input: &HtmlInputElement) {
    let _ = input.remove_attribute("data-editing");
    let _ = input.set_attribute("data-original", &input.value());
}

/// A grid control got the focus: it becomes the Tab stop, and a cell's value is what
/// Escape restores.
pub fn on_focus_in(e: FocusEvent) {
    let (Some(table), Some(el)) = (
        e.current_target()
            .and_then(|t| t.dyn_into::<Element>().ok()),
        e.target().and_then(|t| t.dyn_into::<Element>().ok()),
    ) else {
        return;
    };
    if place(&el).is_none() {
        return;
    }
    rove(&table, &el);
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        if !input.has_attribute("data-editing") {
            let _ = input.set_attribute("data-original", &input.value());
        }
    }
}

/// A click in a cell edits it where the caret lands.
pub fn on_click(e: MouseEvent) {
    if let Some(input) = e
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    {
        if place(&input).is_some() {
            begin_edit(&input);
        }
    }
}

/// A grid control left: an edit in progress ends (the input's `change` applies it).
pub fn on_focus_out(e: FocusEvent) {
    if let Some(input) = e
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    {
        let _ = input.remove_attribute("data-editing");
    }
}

/// The grid's keys.
pub fn on_key_down(e: KeyboardEvent) {
    let (Some(table), Some(el)) = (
        e.current_target()
            .and_then(|t| t.dyn_into::<Element>().ok()),
        e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()),
    ) else {
        return;
    };
    let Some(at) = place(&el) else {
        return;
    };
    let key = e.key();
    let input = el.dyn_ref::<HtmlInputElement>();
    let editing = el.has_attribute("data-editing");
    if let Some(input) = input {
        match key.as_str() {
            "Escape"
                if editing
                    || input
                        .get_attribute("data-original")
                        .is_some_and(|o| o != input.value()) =>
            {
                // Undo the edit in progress: the cell as it was, no change applied.
                input.set_value(&input.get_attribute("data-original").unwrap_or_default());
                let _ = input.remove_attribute("data-editing");
                e.prevent_default();
                // Only the cell: not also the page's Escape (cancel a background run).
                e.stop_propagation();
                return;
            }
            // Enter applies the edit (the input's own `change` follows this handler).
            "Enter" if editing => {
                end_edit(input);
                return;
            }
            "Enter" | "F2" if !editing => {
                begin_edit(input);
                let end = input.value().encode_utf16().count() as u32;
                let _ = input.set_selection_range(end, end);
                e.prevent_default();
                return;
            }
            _ if editing => return,
            // Typing starts an edit, as in a spreadsheet.
            k if (k.chars().count() == 1 || k == "Backspace" || k == "Delete")
                && !e.ctrl_key()
                && !e.meta_key() =>
            {
                begin_edit(input);
                return;
            }
            _ => {}
        }
    }
    let places: Vec<(usize, usize)> = controls(&table).into_iter().map(|(p, _)| p).collect();
    let Some(to) = target(&key, e.ctrl_key() || e.meta_key(), at, &places) else {
        return;
    };
    e.prevent_default();
    if let Some((_, next)) = controls(&table).into_iter().find(|(p, _)| *p == to) {
        rove(&table, &next);
        let _ = next.focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_move_within_rows_and_columns_skipping_what_cannot_take_focus() {
        // Two rows of: input, ∅, input, ∅, remove (col 4); row 1's first ∅ is disabled.
        let places = vec![
            (0, 0),
            (0, 1),
            (0, 2),
            (0, 3),
            (0, 4),
            (1, 0),
            (1, 2),
            (1, 3),
            (1, 4),
        ];
        assert_eq!(target("ArrowRight", false, (0, 0), &places), Some((0, 1)));
        assert_eq!(target("ArrowRight", false, (0, 4), &places), None);
        assert_eq!(target("ArrowLeft", false, (1, 2), &places), Some((1, 0)));
        assert_eq!(target("ArrowDown", false, (0, 1), &places), Some((1, 0)));
        assert_eq!(target("ArrowDown", false, (0, 3), &places), Some((1, 3)));
        assert_eq!(target("ArrowDown", false, (1, 3), &places), None);
        assert_eq!(target("ArrowUp", false, (1, 4), &places), Some((0, 4)));
        assert_eq!(target("Home", false, (1, 3), &places), Some((1, 0)));
        assert_eq!(target("End", false, (1, 0), &places), Some((1, 4)));
        assert_eq!(target("Home", true, (1, 3), &places), Some((0, 0)));
        assert_eq!(target("End", true, (0, 0), &places), Some((1, 4)));
        assert_eq!(target("a", false, (0, 0), &places), None);
        assert_eq!(
            (tab_index(0, 0), tab_index(0, 1), nav(3, 4)),
            ("0", "-1", "3,4".to_string())
        );
    }
}
