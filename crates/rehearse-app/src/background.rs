//! Every run happens in the Web Worker (`rehearse-worker`, started at page load by
//! [`warm_up`]): the page's wasm links no engine. This module sends the worker its
//! runs ([`start`]; the finished run comes back as bytes, [`rehearse_worker::encode`]d,
//! decoded here) and its other work ([`task`]: a [`Task`] and its [`Reply`]).
//! A large scenario shows the worker's progress with Cancel; a small one just answers.
//!
//! What can still stop the page is showing an answer (decoding it and drawing the
//! report): that part is bracketed by the run marker in storage (see `effects.rs`).

use crate::state::{Action, Scenario, State};
use crate::storage;
use rehearse_core::plural::thousands;
use rehearse_core::run::Phase;
use rehearse_core::Progress;
use rehearse_worker::{Job, Reply, Task};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// A setup (plus hand change) longer than this shows the worker's progress (~1,500
/// rows of a five-column table; every lesson is under 5 KB).
pub const LARGE_TEXT: usize = 64 * 1024;
/// ... as does a scenario whose last setup had more cells than this,
pub const LARGE_CELLS: usize = 20_000;
/// ... or whose last run took longer than this (ms) — a short setup can make many rows.
pub const SLOW_RUN_MS: f64 = 150.0;
/// A scenario from outside the page (a link, the autosave, another tab) shows progress
/// until one run has finished, unless its text is under this (every lesson is about
/// 1 KB).
pub const KNOWN_SMALL: usize = 8 * 1024;

/// The text a run reads.
pub fn text_len(s: &Scenario) -> usize {
    s.setup.len() + s.migration.len() + s.old_code.len() + s.drift.len()
}

/// The job for a scenario, with the browser's clock.
pub fn job(s: &Scenario) -> Job {
    Job {
        scenario: s.clone(),
        now: crate::now(),
        trap: false,
    }
}

/// Starts the worker loading (at page load, beside the page's own wasm), so that the
/// first run finds it ready.
pub fn warm_up() {
    worker_start();
}

/// Sends `task` to the worker; `done` gets its reply, or `None` when the worker failed
/// (the reason is logged to the console).
pub fn task(task: &Task, done: impl FnOnce(Option<Reply>) + 'static) {
    let done = std::rc::Rc::new(RefCell::new(Some(done)));
    let on_error = {
        let done = done.clone();
        Closure::once_into_js(move |message: String| {
            web_sys::console::error_1(&format!("the background engine failed: {message}").into());
            if let Some(done) = done.borrow_mut().take() {
                done(None);
            }
        })
    };
    let on_reply = Closure::once_into_js(move |reply: String| {
        let reply = serde_json::from_str::<Reply>(&reply);
        if let Err(e) = &reply {
            web_sys::console::error_1(&format!("the background engine's reply: {e}").into());
        }
        if let Some(done) = done.borrow_mut().take() {
            done(reply.ok());
        }
    });
    // Serialising plain data into memory cannot fail.
    let text = serde_json::to_string(task).unwrap_or_default();
    worker_task(text, &on_reply, &on_error);
}

/// Whether the state's scenario shows the worker's progress: a large one, one that
/// stopped the page before, or one from outside the page not known to be small.
pub fn is_large(state: &State) -> bool {
    let s = &state.scenario;
    let cells = state.model.as_ref().map_or(0, |m| {
        m.tables
            .iter()
            .map(|t| t.rows.len() * t.columns.len().max(1))
            .sum()
    });
    s.setup.len() + s.drift.len() > LARGE_TEXT
        || cells > LARGE_CELLS
        || state.last_run_ms.is_some_and(|ms| ms > SLOW_RUN_MS)
        || state.suspect
        || (state.untrusted && text_len(s) > KNOWN_SMALL)
}

#[wasm_bindgen(module = "/js/worker.js")]
extern "C" {
    #[wasm_bindgen(js_name = workerStart)]
    fn worker_start();
    #[wasm_bindgen(js_name = workerTask)]
    fn worker_task(task: String, on_reply: &JsValue, on_error: &JsValue);
    #[wasm_bindgen(js_name = workerRun)]
    fn worker_run(
        job: String,
        shown: bool,
        on_progress: &JsValue,
        on_done: &JsValue,
        on_error: &JsValue,
    );
    /// Terminates the run in flight if its progress is shown; whether there was one.
    #[wasm_bindgen(js_name = workerCancel)]
    pub fn cancel() -> bool;
    #[wasm_bindgen(js_name = noteDecode)]
    fn note_decode(ms: f64);
}

thread_local! {
    /// Where progress goes: the progress display, while it is shown. Progress skips the
    /// reducer so that a tick redraws the display alone, not the page.
    static SINK: RefCell<Option<Callback<Progress>>> = const { RefCell::new(None) };
}

/// Sends progress to `sink` (the progress display), or nowhere.
pub fn set_sink(sink: Option<Callback<Progress>>) {
    SINK.with(|s| *s.borrow_mut() = sink);
}

/// Runs the scenario in the worker, superseding any run in flight; answers with
/// [`Action::Ran`] (or [`Action::WorkerFailed`]) for `revision`. `large`: show its
/// progress (with Cancel). `marks`: bracket showing the answer with the run marker.
pub fn start(
    scenario: &Scenario,
    revision: u64,
    large: bool,
    marks: bool,
    d: UseReducerDispatcher<State>,
) {
    let started = js_sys::Date::now();
    if large {
        d.dispatch(Action::Started(revision));
    }
    let on_progress = Closure::<dyn FnMut(u32, f64, f64, f64)>::new(
        move |phase: u32, done: f64, total: f64, rows: f64| {
            let progress = Progress {
                phase: match phase {
                    0 => Phase::Setup,
                    1 => Phase::Upgrade,
                    2 => Phase::Downgrade,
                    _ => Phase::Fresh,
                },
                done: done as usize,
                total: total as usize,
                rows: rows as usize,
            };
            SINK.with(|s| {
                if let Some(sink) = &*s.borrow() {
                    sink.emit(progress);
                }
            });
        },
    );
    let done = d.clone();
    let on_done = Closure::once_into_js(move |bytes: js_sys::Uint8Array| {
        // Cleared after the redraw (yew draws in a microtask queued by the dispatch;
        // this one is queued after it): no reload can come in between, so a marker
        // left behind means showing this answer stopped the page.
        if marks {
            storage::mark_running(true);
        }
        // The end-to-end tests' `?selftest=trap`: the page traps while taking an
        // answer in, as a stack overflow would end it (WebAssembly's `unreachable`).
        #[cfg(target_arch = "wasm32")]
        if crate::query_param("selftest").as_deref() == Some("trap") {
            core::arch::wasm32::unreachable();
        }
        let t = js_sys::Date::now();
        let decoded = rehearse_worker::decode(&bytes.to_vec());
        note_decode(js_sys::Date::now() - t);
        done.dispatch(match decoded {
            Ok(f) => Action::Ran {
                revision,
                result: f.result,
                model: f.model,
                ms: js_sys::Date::now() - started,
            },
            Err(e) => Action::WorkerFailed(revision, e),
        });
        if marks {
            wasm_bindgen_futures::spawn_local(async {
                storage::mark_running(false);
            });
        }
    });
    let on_error = Closure::once_into_js(move |message: String| {
        d.dispatch(Action::WorkerFailed(revision, message))
    });
    let mut job = job(scenario);
    // The end-to-end tests' `?selftest=worker-trap`: a large run (one that shows its
    // progress) traps in the worker on purpose.
    job.trap = large && crate::query_param("selftest").as_deref() == Some("worker-trap");
    let job = serde_json::to_string(&job).unwrap_or_default();
    worker_run(
        job,
        large,
        &on_progress.into_js_value(),
        &on_done,
        &on_error,
    );
}

/// What the progress display says.
pub fn describe(p: Option<Progress>) -> String {
    let Some(p) = p else {
        return "Starting the background run…".into();
    };
    let step = (p.done + 1).min(p.total);
    match p.phase {
        Phase::Setup => format!(
            "Loading the setup: statement {} of {} · {} row{}",
            p.done,
            p.total,
            thousands(p.rows as u64),
            if p.rows == 1 { "" } else { "s" }
        ),
        Phase::Upgrade if p.done < p.total => format!(
            "Running step {step} of {} · {} row{} written",
            p.total,
            thousands(p.rows as u64),
            if p.rows == 1 { "" } else { "s" }
        ),
        Phase::Upgrade => format!(
            "Building the report ({} ran)",
            rehearse_core::plural::count(p.total, "step")
        ),
        Phase::Downgrade => format!("Running the downgrade: step {step} of {}", p.total),
        Phase::Fresh => format!(
            "Running on a fresh environment (drift): step {step} of {}",
            p.total
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_texts() {
        assert_eq!(describe(None), "Starting the background run…");
        let p = |phase, done, total, rows| {
            describe(Some(Progress {
                phase,
                done,
                total,
                rows,
            }))
        };
        assert_eq!(
            p(Phase::Setup, 37, 101, 36000),
            "Loading the setup: statement 37 of 101 · 36,000 rows"
        );
        assert_eq!(
            p(Phase::Upgrade, 0, 2, 0),
            "Running step 1 of 2 · 0 rows written"
        );
        assert_eq!(
            p(Phase::Upgrade, 2, 2, 100000),
            "Building the report (2 steps ran)"
        );
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(999), "999");
    }
}
