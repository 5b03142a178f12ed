//! The page's side effects, as hooks the app calls once each: saving the scenario,
//! following links and other tabs, running the core after a typing pause, the
//! keyboard shortcuts, and the work clicks ask for ([`use_jobs`]). The reducer decides;
//! these do what it decided (storage, timers, events, the core, the clipboard).

use crate::state::{Action, Hold, Saving, State};
use crate::{background, browser, jobs, lessons, schedule, storage};
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A scenario with more text than this (bytes) is autosaved after a pause.
const LARGE_SAVE_TEXT: usize = 64 * 1024;
/// The pause (ms) after the last change before a large scenario is saved.
const LARGE_SAVE_PAUSE_MS: u32 = 1000;

/// Saves the scenario on every change (not in an embed: several share a page; not
/// while another tab's save waits for a choice), saying so when the browser will not.
/// A large scenario is saved once typing pauses ([`LARGE_SAVE_PAUSE_MS`]) or the page
/// is left, whichever comes first: its JSON and the storage write take milliseconds
/// per megabyte, which every keystroke would pay.
#[hook]
pub fn use_autosave(state: &UseReducerHandle<State>) {
    let d = state.dispatcher();
    let failing = state.storage.is_some();
    use_effect_with(
        (state.scenario.clone(), state.autosaves()),
        move |(scenario, on)| {
            let done = Rc::new(Cell::new(!*on));
            let save = {
                let (scenario, done) = (scenario.clone(), done.clone());
                move || {
                    if done.replace(true) {
                        return;
                    }
                    match storage::save(&scenario, Saving::Scenario) {
                        Ok(()) if failing => d.dispatch(Action::Saved),
                        Ok(()) => {}
                        Err(problem) => d.dispatch(Action::SaveFailed(problem)),
                    }
                }
            };
            let pending = if done.get() {
                None
            } else if background::text_len(scenario) + scenario.model.len() <= LARGE_SAVE_TEXT {
                save();
                None
            } else {
                let save = Rc::new(save);
                let on_leave = save.clone();
                Some((
                    Timeout::new(LARGE_SAVE_PAUSE_MS, move || save()),
                    EventListener::new(&gloo::utils::window(), "pagehide", move |_| on_leave()),
                ))
            };
            move || drop(pending)
        },
    );
}

/// Keeps the scenario a link (or another tab's) replaced, for Restore after a reload.
#[hook]
pub fn use_kept_scenario(state: &UseReducerHandle<State>) {
    let d = state.dispatcher();
    let embed = state.embed;
    use_effect_with(
        state.kept.as_ref().map(|k| k.scenario.clone()),
        move |kept| {
            if let (false, Some(kept)) = (embed, kept) {
                if let Err(problem) = storage::save(kept, Saving::Previous) {
                    d.dispatch(Action::SaveFailed(problem));
                }
            }
        },
    );
}

/// A link opened in this tab while it is on the page applies at once (the scenario it
/// replaces is kept aside, as at load).
#[hook]
pub fn use_opened_links(state: &UseReducerHandle<State>) {
    let d = state.dispatcher();
    let embed = state.embed;
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
            let hash = gloo::utils::window().location().hash().unwrap_or_default();
            if hash.len() <= 1 {
                return;
            }
            match rehearse_core::share::decode(&hash) {
                Ok(shared) => {
                    if !embed {
                        browser::drop_link_from_address();
                    }
                    d.dispatch(Action::OpenShared(shared));
                }
                Err(message) => d.dispatch(Action::LinkFailed(message)),
            }
        });
        move || drop(listener)
    });
}

/// Another tab saved the scenario (the reducer decides: follow it, or ask).
#[hook]
pub fn use_other_tabs(state: &UseReducerHandle<State>) {
    let d = state.dispatcher();
    let embed = state.embed;
    use_effect_with((), move |_| {
        let listener = (!embed).then(|| {
            EventListener::new(&gloo::utils::window(), "storage", move |e| {
                let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                let theirs = storage::from_other_tab(e.key().as_deref(), e.new_value().as_deref());
                if let Some(theirs) = theirs {
                    d.dispatch(Action::OtherTab(theirs));
                }
            })
        });
        move || drop(listener)
    });
}

/// An embed tells the page around it what it shows, for the iframe's title, and how
/// tall it is, for the iframe's height (web/embed.js). Public text only.
#[hook]
pub fn use_embed_title(state: &UseReducerHandle<State>) {
    let embed = state.embed;
    let title = state
        .scenario
        .lesson
        .as_deref()
        .and_then(lessons::by_id)
        .map_or_else(|| "your scenario".to_string(), |l| l.text().title);
    use_effect_with((), move |_| {
        if embed {
            browser::post_title(&title);
            browser::report_embed_height();
        }
    });
}

/// Runs the core at once when the last run was fast, else after a typing pause
/// ([`schedule::delay_ms`]; at once for Ctrl/Cmd+Enter and example changes); a large
/// scenario in the background worker. A new revision supersedes a
/// background run in flight at once.
///
/// A run on the page is bracketed by the run marker in storage: left behind, that run
/// stopped the page, and the next load asks before running it again (a held scenario
/// keeps the marker until the user answers).
#[hook]
pub fn use_runs(state: &UseReducerHandle<State>) {
    let d = state.dispatcher();
    // The handle, not a copy of the scenario: a 6 MB setup is not copied per redraw.
    let handle = state.clone();
    let delay = schedule::delay_ms(state.immediate, state.last_run_ms);
    let large = background::is_large(state);
    let held = state.hold != Hold::None;
    let marks = !state.embed;
    use_effect_with(state.revision, move |&revision| {
        background::cancel();
        if held && marks {
            storage::mark_running(true);
        }
        let scenario = handle.scenario.clone();
        let timeout = (!held).then(|| {
            Timeout::new(delay, move || {
                if large {
                    // The worker cannot stop the page.
                    if marks {
                        storage::mark_running(false);
                    }
                    background::start(&scenario, revision, d);
                } else {
                    // Cleared after the redraw (yew draws in a microtask queued by the
                    // dispatch; this one is queued after it): drawing is part of the
                    // run, and no reload can come in between, so a marker left behind
                    // means the page died.
                    if marks {
                        storage::mark_running(true);
                    }
                    d.dispatch(background::run_here(&scenario, revision));
                    if marks {
                        wasm_bindgen_futures::spawn_local(async {
                            storage::mark_running(false);
                        });
                    }
                }
            })
        });
        move || drop(timeout)
    });
}

/// Starts the work clicks ask for ([`crate::state::Work`]), each job once, in a task of
/// its own after the redraw that follows the click: the click handler only dispatches,
/// and the page can show the click (Verify's "Loading PostgreSQL…") before the core
/// works. (A timeout, not a microtask: the browser paints between tasks.)
#[hook]
pub fn use_jobs(state: &UseReducerHandle<State>) {
    let started = use_mut_ref(|| 0u64);
    let d = state.dispatcher();
    // The state the jobs were asked in.
    let handle = state.clone();
    use_effect_with(state.last_job, move |_| {
        let from = *started.borrow();
        for job in handle.jobs.iter().filter(|j| j.id > from).copied() {
            *started.borrow_mut() = job.id;
            let (handle, d) = (handle.clone(), d.clone());
            Timeout::new(0, move || jobs::start(job, &handle, d)).forget();
        }
    });
}

/// Ctrl/Cmd+Enter re-runs from anywhere on the page; Escape cancels a background run.
#[hook]
pub fn use_shortcuts(state: &UseReducerHandle<State>) {
    let d = state.dispatcher();
    use_effect_with((), move |_| {
        let listener = EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            EventListenerOptions::enable_prevent_default(),
            move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                    e.prevent_default();
                    d.dispatch(Action::RunNow);
                } else if e.key() == "Escape" && background::cancel() {
                    d.dispatch(Action::Cancelled);
                }
            },
        );
        move || drop(listener)
    });
}

/// "Copy link": the scenario as a share link, to the clipboard and shown. Done in the
/// click itself: browsers let a page write the clipboard only while handling the
/// user's gesture (the encoding is one DEFLATE pass over the text).
pub fn copy_link(state: &UseReducerHandle<State>, dispatch: &Callback<Action>) -> Callback<()> {
    let (state, d) = (state.clone(), dispatch.clone());
    Callback::from(move |()| {
        let url = browser::link_to(&rehearse_core::share::encode(&state.scenario));
        let written = gloo::utils::window()
            .navigator()
            .clipboard()
            .write_text(&url);
        d.emit(Action::Linked(url));
        // "Copied" only once the clipboard says so (it refuses without permission).
        let d = d.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(written).await.is_ok();
            d.emit(Action::LinkCopied(ok));
        });
    })
}

/// "Download": the scenario as a JSON file.
pub fn download(state: &UseReducerHandle<State>) -> Callback<()> {
    let state = state.clone();
    Callback::from(move |()| {
        if storage::download(&state.scenario).is_err() {
            web_sys::console::error_1(&"the scenario could not be offered as a download".into());
        }
    })
}
