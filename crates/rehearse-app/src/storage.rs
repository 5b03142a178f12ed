//! The browser's localStorage, the app's only persistence; the effects reach it only
//! through here. Every write says whether it worked (a full storage, a scenario too big
//! to save, storage refused), so the page can tell the user instead of losing edits
//! quietly; a saved value that cannot be read is copied aside, never overwritten.
//!
//! Keys: the scenario ([`SCENARIO_KEY`]), the one a shared link replaced
//! ([`PREVIOUS_KEY`]), the run marker ([`RUNNING_KEY`]) and damaged saves
//! ([`DAMAGED_PREFIX`] + a timestamp).

use crate::state::{Damaged, Saving, Scenario, StorageFailure, StorageProblem};
use wasm_bindgen::{JsCast, JsValue};

/// The autosaved scenario.
pub const SCENARIO_KEY: &str = "rehearse.scenario.v1";
/// The scenario a shared link (or another tab's, loaded) replaced.
pub const PREVIOUS_KEY: &str = "rehearse.previous.v1";
/// Set while a run is on the page: left behind, the run stopped the page.
pub const RUNNING_KEY: &str = "rehearse.running.v1";
/// A saved value that could not be read is copied to this prefix + milliseconds.
pub const DAMAGED_PREFIX: &str = "rehearse.damaged.";
/// The largest value written (bytes of JSON): the share link's own limit, so anything
/// saved can also be shared. Larger ones are not even tried.
pub const SAVE_LIMIT: usize = rehearse_core::share::MAX_SCENARIO;

fn local() -> Result<web_sys::Storage, String> {
    match gloo::utils::window().local_storage() {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Err("no localStorage".into()),
        Err(e) => Err(error_name(&e)),
    }
}

/// A DOMException's name (`QuotaExceededError`, `SecurityError`), else its text.
fn error_name(e: &JsValue) -> String {
    if let Some(d) = e.dyn_ref::<web_sys::DomException>() {
        return d.name();
    }
    if let Some(e) = e.dyn_ref::<js_sys::Error>() {
        return String::from(e.name());
    }
    e.as_string().unwrap_or_else(|| "unknown error".into())
}

/// What a failed write's error means.
pub fn failure(name: &str) -> StorageFailure {
    match name {
        // Firefox's older name for it.
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageFailure::Full,
        other => StorageFailure::Unavailable(other.to_string()),
    }
}

/// Writes `value` under `key`.
pub fn write(key: &str, value: &str, what: Saving) -> Result<(), StorageProblem> {
    let problem = |why| StorageProblem {
        what,
        why,
        bytes: value.len(),
    };
    if value.len() > SAVE_LIMIT {
        return Err(problem(StorageFailure::TooBig));
    }
    let storage = local().map_err(|e| problem(StorageFailure::Unavailable(e)))?;
    storage
        .set_item(key, value)
        .map_err(|e| problem(failure(&error_name(&e))))
}

/// Saves a scenario: the autosave, or the one put aside.
pub fn save(scenario: &Scenario, what: Saving) -> Result<(), StorageProblem> {
    let json = serde_json::to_string(scenario).unwrap_or_default();
    let key = match what {
        Saving::Scenario => SCENARIO_KEY,
        Saving::Previous => PREVIOUS_KEY,
    };
    write(key, &json, what)
}

/// Reads a saved value: nothing, a scenario, or why it is not one.
pub fn read(raw: Option<&str>) -> Result<Option<Scenario>, String> {
    match raw {
        None => Ok(None),
        Some(text) => serde_json::from_str(text)
            .map(Some)
            .map_err(|e| e.to_string()),
    }
}

/// The autosaved scenario; a damaged one is copied aside (to a key named after
/// `now_ms`) and reported instead.
pub fn load(now_ms: f64) -> (Option<Scenario>, Option<Damaged>) {
    let Ok(storage) = local() else {
        return (None, None);
    };
    let raw = storage.get_item(SCENARIO_KEY).ok().flatten();
    match read(raw.as_deref()) {
        Ok(saved) => (saved, None),
        Err(error) => {
            let key = format!("{DAMAGED_PREFIX}{}", now_ms as u64);
            let text = raw.unwrap_or_default();
            let kept_as = storage.set_item(&key, &text).ok().map(|_| key);
            (None, Some(Damaged { error, kept_as }))
        }
    }
}

/// The scenario another tab saved, from a `storage` event's key and new value
/// (anything else, or a value that does not read, is not news).
pub fn from_other_tab(key: Option<&str>, value: Option<&str>) -> Option<Scenario> {
    if key != Some(SCENARIO_KEY) {
        return None;
    }
    read(value).ok().flatten()
}

/// Sets or clears the run marker (best effort: without storage there is no reload to
/// protect).
pub fn mark_running(on: bool) {
    if let Ok(storage) = local() {
        let _ = if on {
            storage.set_item(RUNNING_KEY, "1")
        } else {
            storage.remove_item(RUNNING_KEY)
        };
    }
}

/// Whether the run marker was left behind.
pub fn was_running() -> bool {
    local()
        .ok()
        .and_then(|s| s.get_item(RUNNING_KEY).ok().flatten())
        .is_some()
}

/// Offers the scenario as a JSON file (the same shape as the autosave), for when the
/// browser cannot keep it.
pub fn download(scenario: &Scenario) -> Result<(), JsValue> {
    let json = serde_json::to_string_pretty(scenario).unwrap_or_default();
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(
        &js_sys::Array::of1(&json.into()),
        &options,
    )?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = gloo::utils::document()
        .create_element("a")?
        .dyn_into()
        .map_err(JsValue::from)?;
    link.set_href(&url);
    link.set_download("rehearse-scenario.json");
    link.click();
    // Revoked once the download has had time to start.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_saved_values() {
        assert_eq!(read(None), Ok(None));
        let scenario = crate::state::State::default_scenario();
        let json = serde_json::to_string(&scenario).expect("serializes");
        assert_eq!(read(Some(&json)), Ok(Some(scenario)));
        // Not JSON, or JSON of another shape: damaged, with serde's reason.
        let err = read(Some("{not json")).expect_err("damaged");
        assert!(err.contains("line 1"), "{err}");
        assert!(read(Some("[1, 2]")).is_err());
        assert!(read(Some("{\"setup\": 5}")).is_err());
    }

    #[test]
    fn an_autosave_from_before_the_core_scenario_still_loads() {
        // As the app's own `Scenario` (with its `InputKind`) wrote it.
        let saved = r#"{"setup":"CREATE TABLE t (id int);","migration":"SELECT 1;","kind":"Sql","old_code":"","check_downgrade":true,"drift":"","lesson":null,"model":""}"#;
        let scenario = read(Some(saved)).expect("reads").expect("a scenario");
        assert_eq!(scenario.kind, rehearse_core::MigrationKind::Sql);
        assert!(scenario.check_downgrade);
        assert_eq!(scenario.migration, "SELECT 1;");
    }

    #[test]
    fn only_the_scenario_key_is_news_from_another_tab() {
        let scenario = crate::state::State::default_scenario();
        let json = serde_json::to_string(&scenario).expect("serializes");
        assert_eq!(
            from_other_tab(Some(SCENARIO_KEY), Some(&json)),
            Some(scenario)
        );
        assert_eq!(from_other_tab(Some(PREVIOUS_KEY), Some(&json)), None);
        assert_eq!(from_other_tab(Some(SCENARIO_KEY), None), None);
        assert_eq!(from_other_tab(Some(SCENARIO_KEY), Some("{oops")), None);
        assert_eq!(from_other_tab(None, Some(&json)), None);
    }

    #[test]
    fn a_scenario_too_big_to_save_is_not_even_tried() {
        let big = "x".repeat(SAVE_LIMIT + 1);
        let problem = write(SCENARIO_KEY, &big, Saving::Scenario).expect_err("too big");
        assert_eq!(problem.why, StorageFailure::TooBig);
        assert_eq!(problem.bytes, SAVE_LIMIT + 1);
        assert_eq!(crate::state::human_size(problem.bytes), "8.0 MB");
        assert_eq!(crate::state::human_size(1_500), "2 KB");
    }

    #[test]
    fn failures_are_named() {
        assert_eq!(failure("QuotaExceededError"), StorageFailure::Full);
        assert_eq!(
            failure("SecurityError"),
            StorageFailure::Unavailable("SecurityError".into())
        );
    }
}
