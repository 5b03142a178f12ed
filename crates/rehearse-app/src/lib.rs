//! The Rehearse playground: edit sample data and a migration, see every step run as
//! PostgreSQL would run it. A yew app over `rehearse-core`; it holds no migration logic.
//!
//! State lives in one reducer ([`state`]); effects run the core after a typing pause,
//! save the scenario to localStorage ([`storage`]) so a reload loses nothing, and tell
//! the user when something would be lost (a shared link or another tab replacing the
//! scenario, a storage that will not save, a run that stopped the page).

pub mod background;
pub mod components;
pub mod highlight;
pub mod lessons;
pub mod presets;
pub mod state;
pub mod storage;

use components::editor::Editor;
use components::lesson::LessonPanel;
use components::model_pane::ModelPane;
use components::notices::Notices;
use components::progress::RunProgress;
use components::safety::Safety;
use components::setup_pane::SetupPane;
use components::sql_box::SqlBox;
use components::step_detail::StepDetail;
use components::summary::Summary;
use components::timeline::Timeline;
use components::undo::UndoNote;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use presets::PRESETS;
use rehearse_core::MigrationKind;
use state::{Action, Hold, Outcome, Saving, Scenario, Start, State};
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

const DEBOUNCE_MS: u32 = 200;

/// The browser's clock, as the core's `now()`: the playground's one reading (the
/// worker gets it with its job).
pub fn now() -> chrono::NaiveDateTime {
    rehearse_core::scenario::time_from_millis(js_sys::Date::now() as i64)
}

fn elapsed_ms(start: f64) -> f64 {
    js_sys::Date::now() - start
}

/// Runs the core on a scenario on the page (the effect's work for small scenarios; large
/// ones take the same path in the worker, see [`background`]).
fn execute(scenario: &Scenario, revision: u64) -> Action {
    let start = js_sys::Date::now();
    let finished = rehearse_worker::execute(&background::job(scenario, false), &mut |_| {});
    Action::Ran {
        revision,
        result: finished.result,
        model: finished.model,
        ms: elapsed_ms(start),
    }
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
fn initial_state() -> State {
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
fn drop_link_from_address() {
    let location = gloo::utils::window().location();
    let path = location.pathname().unwrap_or_default() + &location.search().unwrap_or_default();
    let _ = gloo::utils::window()
        .history()
        .map(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path)));
}

/// The page.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    // One callback for the page's life: components that get it redraw only when their
    // own inputs change.
    let dispatch = {
        let d = state.dispatcher();
        use_callback((), move |a: Action, _| d.dispatch(a))
    };

    // Save the scenario on every change (not in an embed: several share a page; not
    // while another tab's save waits for a choice), saying so when the browser will not.
    {
        let d = state.dispatcher();
        let failing = state.storage.is_some();
        use_effect_with(
            (state.scenario.clone(), state.autosaves()),
            move |(scenario, on)| {
                if *on {
                    match storage::save(scenario, Saving::Scenario) {
                        Ok(()) if failing => d.dispatch(Action::Saved),
                        Ok(()) => {}
                        Err(problem) => d.dispatch(Action::SaveFailed(problem)),
                    }
                }
            },
        );
    }

    // Keep the scenario a link (or another tab's) replaced, for Restore after a reload.
    {
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

    // A link opened in this tab while it is on the page applies at once (the scenario
    // it replaces is kept aside, as at load).
    {
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
                            drop_link_from_address();
                        }
                        d.dispatch(Action::OpenShared(shared));
                    }
                    Err(message) => d.dispatch(Action::LinkFailed(message)),
                }
            });
            move || drop(listener)
        });
    }

    // Another tab saved the scenario (the reducer decides: follow it, or ask).
    {
        let d = state.dispatcher();
        let embed = state.embed;
        use_effect_with((), move |_| {
            let listener = (!embed).then(|| {
                EventListener::new(&gloo::utils::window(), "storage", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    let theirs =
                        storage::from_other_tab(e.key().as_deref(), e.new_value().as_deref());
                    if let Some(theirs) = theirs {
                        d.dispatch(Action::OtherTab(theirs));
                    }
                })
            });
            move || drop(listener)
        });
    }

    // An embed tells the page around it what it shows, for the iframe's title
    // (web/embed.js). Public text only.
    {
        let embed = state.embed;
        let title = state
            .scenario
            .lesson
            .as_deref()
            .and_then(lessons::by_id)
            .map_or_else(|| "your scenario".to_string(), |l| l.text().title);
        use_effect_with((), move |_| {
            if embed {
                post_title(&title);
            }
        });
    }

    // Run after a typing pause (or at once for Ctrl/Cmd+Enter and example changes); a
    // large scenario in the background worker. A new revision supersedes a background
    // run in flight at once.
    //
    // A run on the page is bracketed by the run marker in storage: left behind, that
    // run stopped the page, and the next load asks before running it again (a held
    // scenario keeps the marker until the user answers).
    {
        let d = state.dispatcher();
        // The handle, not a copy of the scenario: a 6 MB setup is not copied per redraw.
        let handle = state.clone();
        let delay = if state.immediate { 0 } else { DEBOUNCE_MS };
        let large = background::is_large(&state);
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
                        // Cleared after the redraw (yew draws in a microtask queued
                        // by the dispatch; this one is queued after it): drawing is
                        // part of the run, and no reload can come in between, so a
                        // marker left behind means the page died.
                        if marks {
                            storage::mark_running(true);
                        }
                        d.dispatch(execute(&scenario, revision));
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

    // Ctrl/Cmd+Enter re-runs from anywhere on the page.
    {
        let d = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                move |e| {
                    let Some(e) = wasm_bindgen::JsCast::dyn_ref::<KeyboardEvent>(e) else {
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

    let report = match &state.outcome {
        Outcome::Report(r) => Some(r.clone()),
        _ => None,
    };
    let input_error = match &state.outcome {
        Outcome::Invalid(e) => Some(e.clone()),
        _ => None,
    };
    let migration_marker = match (&input_error, &report) {
        (Some(e), _) if e.source == "migration" => Some((e.span.line, e.message.clone())),
        (_, Some(r)) => r.upgrade.steps.iter().find_map(|s| {
            s.error
                .as_ref()
                .map(|e| (s.line, format!("{} {}", e.sqlstate, e.message)))
        }),
        _ => None,
    };
    let setup_marker = input_error
        .as_ref()
        .filter(|e| e.source == "setup")
        .map(|e| (e.span.line, e.message.clone()));
    let python = match state.scenario.kind {
        MigrationKind::Alembic => true,
        MigrationKind::Sql => false,
        MigrationKind::Auto => rehearse_core::run::looks_like_alembic(&state.scenario.migration),
    };
    let on_preset = {
        let d = dispatch.clone();
        Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<HtmlSelectElement>();
            let value = select.value();
            if let Some(id) = value.strip_prefix("lesson:") {
                d.emit(Action::LoadLesson(id.to_string()));
            } else if let Some(i) = value.strip_prefix("example:").and_then(|i| i.parse().ok()) {
                d.emit(Action::LoadPreset(i));
            }
            // Back to the prompt, so choosing the same entry again reloads it.
            select.set_selected_index(0);
        })
    };
    let lesson = state
        .scenario
        .lesson
        .as_deref()
        .and_then(lessons::by_id)
        .map(|l| l.text());
    let on_kind = {
        let d = dispatch.clone();
        Callback::from(move |e: Event| {
            let kind =
                MigrationKind::from_name(&e.target_unchecked_into::<HtmlSelectElement>().value())
                    .unwrap_or_default();
            d.emit(Action::SetKind(kind));
        })
    };
    let on_migration = {
        let d = dispatch.clone();
        Callback::from(move |s| d.emit(Action::EditMigration(s)))
    };
    // The Model tab starts from a model the core writes from the sample database.
    let on_tab = |tab: state::InputTab| {
        let d = dispatch.clone();
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if tab == state::InputTab::Model && state.scenario.model.trim().is_empty() {
                d.emit(Action::EditModel(
                    components::model_pane::model_from_database(&state.scenario),
                ));
            }
            d.emit(Action::SetTab(tab));
        })
    };
    let model_tab = state.tab == state::InputTab::Model;
    // A new replacement is a new Undo notice (which takes the focus); other redraws
    // leave it be.
    let undo_key = state
        .undo
        .as_ref()
        .map_or(0, |u| std::rc::Rc::as_ptr(u) as usize)
        .to_string();
    let kind_value = state.scenario.kind.name();
    let detected = if python { "Alembic" } else { "SQL" };
    let on_downgrade = {
        let d = dispatch.clone();
        Callback::from(move |e: Event| {
            let checked = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            d.emit(Action::SetCheckDowngrade(checked));
        })
    };
    // "Make it safe": the core rewrites the migration; the app only shows the result.
    let on_make_safe = {
        let d = dispatch.clone();
        let state = state.clone();
        Callback::from(move |()| {
            if let Ok(f) = rehearse_core::fix::fix(&state.scenario, now()) {
                d.emit(Action::Propose(std::rc::Rc::new(f)));
            }
        })
    };

    let on_verify = {
        let d = dispatch.clone();
        let state = state.clone();
        let report = report.clone();
        Callback::from(move |()| {
            if let Some(r) = report.clone() {
                verify(state.scenario.clone(), r, d.clone());
            }
        })
    };
    let results = match (&report, &input_error) {
        (Some(r), _) => {
            let failed_at = r
                .upgrade
                .steps
                .iter()
                .position(|s| s.error.is_some() || s.unsupported.is_some())
                .map(|i| i + 1);
            let has_step = state.selected < r.upgrade.steps.len();
            let report = components::Same(r.clone());
            html! {
                <>
                    <Summary report={report.clone()} ms={state.last_run_ms} />
                    <Safety report={report.clone()} proposal={state.proposal.clone()} {on_make_safe} dispatch={dispatch.clone()}
                        verification={state.verification.clone()} on_verify={on_verify.clone()} />
                    <div class="results-body">
                        <Timeline report={report.clone()} selected={state.selected} dispatch={dispatch.clone()} />
                        if has_step {
                            <StepDetail {report} index={state.selected} {failed_at} />
                        } else {
                            <p class="muted">{ "The migration has no steps yet." }</p>
                        }
                    </div>
                </>
            }
        }
        (None, Some(e)) => html! {
            <div class="input-error" role="alert">
                <strong>{ format!("Cannot read the {} ", e.source) }</strong>
                { format!("(line {}, column {}): {}", e.span.line, e.span.column, e.message) }
            </div>
        },
        (None, None) if state.hold != Hold::None => {
            html! { <p class="muted" id="not-run">{ "Not run yet: this scenario stopped the page last time." }</p> }
        }
        // A background run was cancelled or failed before any result: the note says so.
        (None, None) if state.notice.is_some() && state.running.is_none() => html! {},
        (None, None) => html! { <p class="muted">{ "Running…" }</p> },
    };
    let on_cancel = {
        let d = dispatch.clone();
        Callback::from(move |()| {
            if background::cancel() {
                d.emit(Action::Cancelled);
            }
        })
    };
    let background_run = html! {
        <>
            if state.running.is_some() {
                <RunProgress {on_cancel} />
            }
            if let Some(note) = &state.notice {
                <p class="run-note" id="run-note" role="status">{ note }</p>
            }
        </>
    };

    let copy_link = {
        let d = dispatch.clone();
        let state = state.clone();
        Callback::from(move |()| {
            let location = gloo::utils::window().location();
            let url = format!(
                "{}{}#{}",
                location.origin().unwrap_or_default(),
                location.pathname().unwrap_or_default(),
                rehearse_core::share::encode(&state.scenario)
            );
            let _ = gloo::utils::window()
                .navigator()
                .clipboard()
                .write_text(&url);
            d.emit(Action::Linked(url));
        })
    };
    let on_copy_link = {
        let copy = copy_link.clone();
        Callback::from(move |_: MouseEvent| copy.emit(()))
    };
    let on_download = {
        let state = state.clone();
        Callback::from(move |()| {
            if storage::download(&state.scenario).is_err() {
                web_sys::console::error_1(
                    &"the scenario could not be offered as a download".into(),
                );
            }
        })
    };
    let notices = html! {
        <Notices notices={state.notices()} dispatch={dispatch.clone()} on_copy_link={copy_link.clone()} {on_download} />
    };
    let dismiss_link_error = {
        let d = dispatch.clone();
        Callback::from(move |_| d.emit(Action::DismissLinkError))
    };
    // The link is only shown in an embed (encoding a big setup is not free).
    let open_full = if state.embed {
        format!("./#{}", rehearse_core::share::encode(&state.scenario))
    } else {
        String::new()
    };
    html! {
        <div class={classes!("app", state.embed.then_some("embed"))}>
            if let Some(message) = &state.link_error {
                <div class="banner link-error" role="alert" id="link-error">
                    <strong>{ "This link could not be opened. " }</strong>{ message.to_string() }
                    { " Showing your last scenario instead." }
                    <button onclick={dismiss_link_error} aria-label="dismiss">{ "×" }</button>
                </div>
            }
            if state.embed {
                <div class="embed-bar">
                    <span class="brand">{ "Rehearse" }</span>
                    <a href={open_full} target="_blank" rel="noopener" id="open-full">{ "Open in the playground ↗" }</a>
                </div>
                { notices }
            } else {
            <header class="top">
                <h1>{ "Rehearse" }<span class="tagline">{ " — what would PostgreSQL do with this migration?" }</span></h1>
                <div class="top-actions">
                <button id="copy-link" onclick={on_copy_link} title="a link that opens this exact scenario anywhere">{ "Copy link" }</button>
                if let Some(link) = &state.link {
                    <input id="share-link" class="share-link" readonly=true value={link.clone()} aria-label="share link (copied)" />
                }
                <label class="picker">{ "Lesson or example " }
                    <select id="preset" onchange={on_preset} aria-label="load a lesson or an example">
                        <option selected=true disabled=true>{ "choose…" }</option>
                        <optgroup label="Lessons">
                            { for lessons::LESSONS.iter().map(|l| html! { <option value={format!("lesson:{}", l.id)}>{ l.text().title }</option> }) }
                        </optgroup>
                        <optgroup label="Examples">
                            { for PRESETS.iter().enumerate().map(|(i, p)| html! { <option value={format!("example:{i}")}>{ p.title }</option> }) }
                        </optgroup>
                    </select>
                </label>
                </div>
            </header>
            { notices }
            if let Some(text) = lesson {
                <LessonPanel {text} dispatch={dispatch.clone()} />
            }
            }
            <main class="layout">
                <div class="inputs">
                    if !state.readonly {
                    <SetupPane sql={AttrValue::from(state.scenario.setup.clone())} model={state.model.clone().map(components::Same)} view={state.setup_view}
                        marker={setup_marker} dispatch={dispatch.clone()} />
                    }
                    <section class="pane migration" aria-label="migration">
                        <div class="tabs" role="tablist" aria-label="migration or model">
                            <button role="tab" id="tab-migration" aria-selected={(!model_tab).to_string()} class={classes!("tab", (!model_tab).then_some("active"))}
                                onclick={on_tab(state::InputTab::Migration)}>{ "Migration" }</button>
                            <button role="tab" id="tab-model" aria-selected={model_tab.to_string()} class={classes!("tab", model_tab.then_some("active"))}
                                onclick={on_tab(state::InputTab::Model)} title="SQLAlchemy models; generate the migration autogenerate would write">{ "Model" }</button>
                        </div>
                        if model_tab {
                        <ModelPane scenario={state.scenario.clone()} error={state.model_error.clone()} readonly={state.readonly} dispatch={dispatch.clone()} />
                        } else {
                        if state.undo.is_some() || state.generated.is_some() {
                            <UndoNote key={undo_key} summary={state.generated.clone()} undo={state.undo_text()} dispatch={dispatch.clone()} />
                        }
                        <div class="pane-head">
                            <h2><label for="migration-editor">{ "Migration" }</label></h2>
                            <label class="kind">{ "read as " }
                                <select id="kind" onchange={on_kind} aria-label="read the migration as">
                                    <option value="auto" selected={kind_value == "auto"}>{ format!("auto ({detected})") }</option>
                                    <option value="alembic" selected={kind_value == "alembic"}>{ "Alembic" }</option>
                                    <option value="sql" selected={kind_value == "sql"}>{ "SQL" }</option>
                                </select>
                            </label>
                            <label class="toggle" title="run downgrade() after the upgrade and compare with the start">
                                <input type="checkbox" id="check-downgrade" checked={state.scenario.check_downgrade} onchange={on_downgrade} />
                                { " check downgrade" }
                            </label>
                        </div>
                        <Editor id="migration-editor" label="migration" value={AttrValue::from(state.scenario.migration.clone())}
                            {python} marker={migration_marker} oninput={on_migration} readonly={state.readonly} />
                        <p class="muted hint">{ "Re-runs as you type · Ctrl/Cmd+Enter runs now · arrow keys move between steps" }</p>
                        }
                    </section>
                    if !state.readonly {
                    <SqlBox id="old-code-editor" title="Deployed code's queries" value={AttrValue::from(state.scenario.old_code.clone())}
                        hint="Migrations run before the new code deploys: these queries (one per line, ending in ;) run after every step."
                        placeholder={"SELECT id, name FROM vendors;\nINSERT INTO vendors (name) VALUES ('x');"}
                        oninput={ let d = dispatch.clone(); Callback::from(move |s| d.emit(Action::EditOldCode(s))) } />
                    <SqlBox id="drift-editor" title="Hand change on this environment (drift)" value={AttrValue::from(state.scenario.drift.clone())}
                        hint="SQL run by hand after the setup, on this environment only (psql during an incident). The migration also runs on a fresh environment built from the history, and the two schemas are compared."
                        placeholder="ALTER TABLE vendors ADD COLUMN note text;"
                        oninput={ let d = dispatch.clone(); Callback::from(move |s| d.emit(Action::EditDrift(s))) } />
                    }
                </div>
                <section class="results" aria-label="results">{ background_run }{ results }</section>
            </main>
        </div>
    }
}

/// Mounts the app, replacing the loading skeleton. `?selftest=panic` panics on purpose
/// after mounting, so the end-to-end tests can check the panic hook's message.
pub fn start() {
    if query_param("selftest").is_some_and(|v| v == "panic") {
        gloo::timers::callback::Timeout::new(50, || panic!("self-test panic")).forget();
    }
    let document = gloo::utils::document();
    if let Some(skeleton) = document.get_element_by_id("skeleton") {
        skeleton.remove();
    }
    let root = document
        .get_element_by_id("app")
        .unwrap_or_else(|| gloo::utils::body().into());
    yew::Renderer::<App>::with_root(root).render();
}

/// Tells the page around an embed what it shows (see web/embed.js).
fn post_title(title: &str) {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"rehearseTitle".into(), &title.into());
    // Public text (a lesson's title), so any page around it may read it.
    let _ = parent.post_message(&message, "*");
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
    async fn verify_on_postgres(
        input: String,
    ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
}

/// "Verify on PostgreSQL": runs the scenario's steps on PGlite and compares its answer
/// with the engine's report (the comparison is the core's).
fn verify(scenario: Scenario, report: std::rc::Rc<rehearse_core::Report>, d: Callback<Action>) {
    use state::Verification;
    d.emit(Action::Verify(Verification::Running));
    let Ok(plan) = rehearse_core::run::plan(&scenario.migration, scenario.kind) else {
        return;
    };
    let steps: Vec<serde_json::Value> = plan
        .upgrade
        .iter()
        .map(|s| serde_json::json!({"line": s.span.line, "sql": s.sql}))
        .collect();
    let input =
        serde_json::json!({"setup": scenario.setup, "drift": scenario.drift, "steps": steps})
            .to_string();
    wasm_bindgen_futures::spawn_local(async move {
        let verdict = match verify_on_postgres(input).await {
            Ok(json) => Verification::Done(rehearse_core::verify::compare(
                &report,
                &json.as_string().unwrap_or_default(),
            )),
            Err(e) => Verification::Failed(
                e.as_string()
                    .or_else(|| js_sys::JSON::stringify(&e).ok().map(String::from))
                    .unwrap_or_else(|| "PGlite could not run".into()),
            ),
        };
        d.emit(Action::Verify(verdict));
    });
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
