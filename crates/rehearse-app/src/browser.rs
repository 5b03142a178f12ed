//! What the app reads from the browser and tells it, apart from storage
//! ([`crate::storage`]): the clock, the address (query, share link), the page around
//! an embed, the banners for a trap or a panic, and PGlite for "Verify on PostgreSQL".

use crate::state::{Start, State};
use crate::{lessons, storage};

/// The browser's clock, as the core's `now()`: the playground's one reading (the
/// worker gets it with its job).
pub fn now() -> chrono::NaiveDateTime {
    rehearse_core::scenario::time_from_millis(js_sys::Date::now() as i64)
}

/// The page's query parameter `name`.
pub fn query_param(name: &str) -> Option<String> {
    let search = gloo::utils::window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The starting state ([`State::start`]) from what the page was opened with: the link
/// (`#v1...`), `?lesson=`, the autosave and the run marker. An embed never touches
/// storage (several may share a page) and keeps its link for reloads; the full page
/// drops the link from the address bar once loaded, so a reload shows the latest edits.
pub fn initial_state() -> State {
    let embed = query_param("embed").is_some_and(|v| v == "1");
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let link = (hash.len() > 1).then(|| rehearse_core::share::decode(&hash));
    if !embed && matches!(link, Some(Ok(_))) {
        drop_link_from_address();
    }
    let lesson = match link {
        None => query_param("lesson")
            .and_then(|id| lessons::by_id(&id))
            .map(|l| l.scenario()),
        Some(_) => None,
    };
    let (saved, damaged) = if embed {
        (None, None)
    } else {
        storage::load(js_sys::Date::now())
    };
    State::start(Start {
        link,
        lesson,
        saved,
        damaged,
        stopped: !embed && storage::was_running(),
        embed,
        readonly: query_param("readonly").is_some_and(|v| v == "1"),
    })
}

/// Replaces `#v1...` in the address bar with nothing (no reload, no hashchange).
pub fn drop_link_from_address() {
    let location = gloo::utils::window().location();
    let path = location.pathname().unwrap_or_default() + &location.search().unwrap_or_default();
    let _ = gloo::utils::window()
        .history()
        .map(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path)));
}

/// This page's address with `fragment` (a share link's `v1...`).
pub fn link_to(fragment: &str) -> String {
    let location = gloo::utils::window().location();
    format!(
        "{}{}#{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        fragment
    )
}

/// Tells the page around an embed what it shows (see web/embed.js).
pub fn post_title(title: &str) {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"rehearseTitle".into(), &title.into());
    // Public text (a lesson's title), so any page around it may read it.
    let _ = parent.post_message(&message, "*");
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/js/embed_size.js")]
extern "C" {
    /// An embed reports its content's height to the page around it, now and on every
    /// change (see js/embed_size.js and web/embed.js).
    #[wasm_bindgen(js_name = reportEmbedHeight)]
    pub fn report_embed_height();
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/js/guard.js")]
extern "C" {
    /// Shows a banner if the wasm ever traps (see js/guard.js).
    #[wasm_bindgen(js_name = installTrapGuard)]
    pub fn install_trap_guard();
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/js/verify.js")]
extern "C" {
    /// Runs the scenario on PGlite (see js/verify.js); resolves to its JSON.
    #[wasm_bindgen(catch, js_name = verifyOnPostgres)]
    pub async fn verify_on_postgres(
        input: String,
    ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
    /// Whether PGlite has loaded in this visit (a verification then starts at once).
    #[wasm_bindgen(js_name = postgresLoaded)]
    pub fn postgres_loaded() -> bool;
}

/// In WebAssembly a panic stops the app for good. The core never panics on user input
/// (tested), but if one slips through, the page says so — with the message, and that
/// the scenario is saved — instead of silently freezing.
pub fn install_panic_hook() {
    // Through yew: it replaces any plain panic hook when the app renders.
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&format!("Rehearse panicked: {message}").into());
        let document = gloo::utils::document();
        let Ok(banner) = document.create_element("div") else {
            return;
        };
        banner.set_id("panic");
        let _ = banner.set_attribute("role", "alert");
        let _ = banner.set_attribute("class", "banner panic");
        banner.set_text_content(Some(&format!(
            "Rehearse hit an internal error and stopped: {message}. Your scenario is saved \
             in this browser: reload the page to continue. Please report this (Copy link \
             shares the scenario)."
        )));
        if let Some(body) = document.body() {
            let _ = body.prepend_with_node_1(&banner);
        }
    }));
}
