//! "Larger text": a toggle for projectors that scales the whole page, kept across
//! reloads in localStorage. The class goes on the root element, so the page's px
//! sizes all scale together (CSS `zoom`, see style.css).

use yew::prelude::*;

/// The localStorage key. A separate key from the scenario's: a setting of this
/// browser, not part of any scenario or share link.
pub const KEY: &str = "rehearse.large-text";
/// The class on `<html>` while it is on.
pub const CLASS: &str = "large-text";

/// Whether larger text was on last time.
fn saved() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .is_some_and(|v| v == "1")
}

/// Applies the setting to the page and remembers it. A storage that refuses only
/// means the setting is not kept: the page still changes.
fn apply(on: bool) {
    if let Some(root) = gloo::utils::document().document_element() {
        // The class string, edited as words (the other classes stay).
        let mut classes: Vec<String> = root
            .class_name()
            .split_whitespace()
            .filter(|c| *c != CLASS)
            .map(str::to_string)
            .collect();
        if on {
            classes.push(CLASS.to_string());
        }
        root.set_class_name(&classes.join(" "));
    }
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = if on {
            s.set_item(KEY, "1")
        } else {
            s.remove_item(KEY)
        };
    }
}

/// The toggle.
#[function_component(TextSize)]
pub fn text_size() -> Html {
    let on = use_state(saved);
    {
        let on = *on;
        use_effect_with(on, move |on| apply(*on));
    }
    let onclick = {
        let on = on.clone();
        Callback::from(move |_: MouseEvent| on.set(!*on))
    };
    html! {
        <button id="large-text" class="text-size" aria-pressed={on.to_string()} {onclick}
            title="larger text, for a projector (kept in this browser)">{ "A+ Larger text" }</button>
    }
}
