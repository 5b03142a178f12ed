//! Large scenarios run in a Web Worker (`rehearse-worker`, loaded on the first large run
//! only), so the page stays responsive, shows progress and can cancel; small ones run
//! on the page itself, at once. Both take the same code path
//! ([`rehearse_worker::execute`]); the worker sends the finished run back as bytes
//! ([`rehearse_worker::encode`]), decoded here.

use crate::state::{Action, Scenario, State};
use rehearse_core::plural::thousands;
use rehearse_core::run::Phase;
use rehearse_core::Progress;
use rehearse_worker::Job;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// A setup (plus hand change) longer than this runs in the worker (~1,500 rows of a
/// five-column table; every lesson is under 5 KB).
pub const LARGE_TEXT: usize = 64 * 1024;
/// ... as does a scenario whose last setup had more cells than this,
pub const LARGE_CELLS: usize = 20_000;
/// ... or whose last run took longer than this (ms) — a short setup can make many rows.
pub const SLOW_RUN_MS: f64 = 150.0;
/// A scenario from outside the page (a link, the autosave, another tab) runs in the
/// worker until one run has finished, unless its text is under this: if it traps (a
/// stack overflow the core missed), the worker dies, not the page. Every lesson is
/// about 1 KB.
pub const KNOWN_SMALL: usize = 8 * 1024;

/// The text a run reads.
pub fn text_len(s: &Scenario) -> usize {
    s.setup.len() + s.migration.len() + s.old_code.len() + s.drift.len()
}

/// The job for a scenario, with the browser's clock. `in_worker`: where it runs (for
/// the end-to-end tests' `?selftest=trap` / `?selftest=worker-trap`, which make that
/// place's runs trap on purpose).
pub fn job(s: &Scenario, in_worker: bool) -> Job {
    let selftest = crate::query_param("selftest");
    let trap_here = if in_worker { "worker-trap" } else { "trap" };
    Job {
        scenario: s.clone(),
        now: crate::now(),
        trap: selftest.as_deref() == Some(trap_here),
    }
}

/// Runs the scenario on the page, at once (a small one; see [`is_large`]): the worker's
/// code path, answering with [`Action::Ran`] for `revision`.
pub fn run_here(scenario: &Scenario, revision: u64) -> Action {
    let start = js_sys::Date::now();
    let finished = rehearse_worker::execute(&job(scenario, false), &mut |_| {});
    Action::Ran {
        revision,
        result: finished.result,
        model: finished.model,
        ms: js_sys::Date::now() - start,
    }
}

/// Whether the state's scenario goes to the worker: a large one, one that stopped the
/// page before, or one from outside the page not known to be small.
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
    #[wasm_bindgen(js_name = workerRun)]
    fn worker_run(job: String, on_progress: &JsValue, on_done: &JsValue, on_error: &JsValue);
    /// Terminates the run in flight, if any; whether there was one.
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
/// [`Action::Ran`] (or [`Action::WorkerFailed`]) for `revision`.
pub fn start(scenario: &Scenario, revision: u64, d: UseReducerDispatcher<State>) {
    let started = js_sys::Date::now();
    d.dispatch(Action::Started(revision));
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
    });
    let on_error = Closure::once_into_js(move |message: String| {
        d.dispatch(Action::WorkerFailed(revision, message))
    });
    let job = serde_json::to_string(&job(scenario, true)).unwrap_or_default();
    worker_run(job, &on_progress.into_js_value(), &on_done, &on_error);
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
