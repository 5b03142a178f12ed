//! Brings a table's marked column into sight: in a narrow BEFORE/AFTER box only the
//! first columns fit, so after a draw the box scrolls sideways to the first column the
//! step added, changed, destroyed or failed on. The first column (the row's key, as a
//! rule) stays pinned at the left (style.css), so the marked column is read beside it.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The marks that count, in the order looked for.
const MARKED: &str = "th.failing-col, th.added, th.lost, td.changed, td.failing-cell";

/// Scrolls `node`, a scroll box, so its first marked column is in view (or, for a
/// container, the box holding its first marked cell), whenever `key` changes. A box whose marked column is
/// already visible does not move.
#[hook]
pub fn use_reveal_marked<K: PartialEq + 'static>(node: NodeRef, key: K) {
    use_effect_with(key, move |_| {
        let Some(root) = node.cast::<web_sys::Element>() else {
            return;
        };
        if root.class_name().split_whitespace().any(|c| c == "scroll") {
            reveal(&root);
        } else if let Some(b) = root
            .query_selector(MARKED)
            .ok()
            .flatten()
            .and_then(|cell| cell.closest(".scroll").ok().flatten())
        {
            // A container (the sample-data pane): the box of its first marked cell.
            reveal(&b);
        }
    });
}

fn html_element(e: Option<web_sys::Element>) -> Option<web_sys::HtmlElement> {
    e.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Scrolls one box to its first marked column.
fn reveal(scroller: &web_sys::Element) {
    let Some(cell) = html_element(scroller.query_selector(MARKED).ok().flatten()) else {
        return;
    };
    // The pinned first column covers the box's left edge.
    let pinned = html_element(scroller.query_selector("th").ok().flatten())
        .map_or(0, |th| th.offset_width());
    let left = cell.offset_left();
    let right = left + cell.offset_width();
    let view = scroller.scroll_left() + pinned;
    let view_end = scroller.scroll_left() + scroller.client_width();
    if left < view || right > view_end {
        scroller.set_scroll_left((left - pinned - 4).max(0));
    }
}
