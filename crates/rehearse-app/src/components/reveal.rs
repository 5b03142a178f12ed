//! Brings a table's marked column into sight: in a narrow BEFORE/AFTER box only the
//! first columns fit, so after a draw the box scrolls sideways to the first column the
//! step added, changed, destroyed or failed on. The first column (the row's key, as a
//! rule) stays pinned at the left (style.css), so the marked column is read beside it.

use yew::prelude::*;

/// The marks that count, in the order looked for.
const MARKED: &str = "th.failing-col, th.added, th.lost, td.changed, td.failing-cell";

/// Scrolls `node` (the table's scroll box) so its first marked column is in view,
/// whenever `key` changes. Nothing moves when the column is already visible.
#[hook]
pub fn use_reveal_marked<K: PartialEq + 'static>(node: NodeRef, key: K) {
    use_effect_with(key, move |_| {
        let Some(scroller) = node.cast::<web_sys::HtmlElement>() else {
            return;
        };
        let Some(cell) = scroller
            .query_selector(MARKED)
            .ok()
            .flatten()
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        else {
            return;
        };
        // The pinned first column covers the box's left edge.
        let pinned = scroller
            .query_selector("th")
            .ok()
            .flatten()
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            .map_or(0, |th| th.offset_width());
        let left = cell.offset_left();
        let right = left + cell.offset_width();
        let view = scroller.scroll_left() + pinned;
        let view_end = scroller.scroll_left() + scroller.client_width();
        if left < view || right > view_end {
            scroller.set_scroll_left((left - pinned - 4).max(0));
        }
    });
}
