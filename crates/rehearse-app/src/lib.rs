//! The Rehearse playground: edit sample data and a migration, see every step run as
//! PostgreSQL would run it. A yew app over `rehearse-core`; it holds no migration logic.
//!
//! State lives in one reducer ([`state`]); effects ([`effects`]) run the core after a
//! typing pause and the work clicks ask for ([`jobs`]), save the scenario to
//! localStorage ([`storage`]) so a reload loses nothing, and tell the user when
//! something would be lost (a shared link or another tab replacing the scenario, a
//! storage that will not save, a run that stopped the page). [`App`] is the page's
//! outline; each part is a component ([`components`]).

pub mod background;
pub mod browser;
pub mod components;
pub mod effects;
pub mod highlight;
pub mod jobs;
pub mod lessons;
pub mod presets;
pub mod state;
pub mod storage;

pub use browser::{install_panic_hook, install_trap_guard, now, query_param};

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
use presets::PRESETS;
use state::{Action, Hold, InputKind, Outcome};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The page.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(browser::initial_state);
    // One callback for the page's life: components that get it redraw only when their
    // own inputs change.
    let dispatch = {
        let d = state.dispatcher();
        use_callback((), move |a: Action, _| d.dispatch(a))
    };
    effects::use_autosave(&state);
    effects::use_kept_scenario(&state);
    effects::use_opened_links(&state);
    effects::use_other_tabs(&state);
    effects::use_embed_title(&state);
    effects::use_runs(&state);
    effects::use_jobs(&state);
    effects::use_shortcuts(&state);

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
        InputKind::Alembic => true,
        InputKind::Sql => false,
        InputKind::Auto => rehearse_core::run::looks_like_alembic(&state.scenario.migration),
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
                InputKind::from_name(&e.target_unchecked_into::<HtmlSelectElement>().value());
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
        Callback::from(move |_: MouseEvent| d.emit(Action::SetTab(tab)))
    };
    let model_tab = state.tab == state::InputTab::Model;
    // A new replacement is a new Undo notice (which takes the focus); other redraws
    // leave it be.
    let undo_key = state
        .undo
        .as_ref()
        .map_or(0, |u| std::rc::Rc::as_ptr(u) as usize)
        .to_string();
    let kind_value = state.scenario.kind.as_str();
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
                    <Safety report={report.clone()} proposal={state.proposal.clone()} dispatch={dispatch.clone()}
                        verification={state.verification.clone()} />
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

    let copy_link = effects::copy_link(&state, &dispatch);
    let on_copy_link = {
        let copy = copy_link.clone();
        Callback::from(move |_: MouseEvent| copy.emit(()))
    };
    let on_download = effects::download(&state);
    let notices = html! {
        <Notices notices={state.notices()} dispatch={dispatch.clone()} on_copy_link={copy_link.clone()} {on_download} />
    };
    let dismiss_link_error = {
        let d = dispatch.clone();
        Callback::from(move |_| d.emit(Action::DismissLinkError))
    };
    // The link is only shown in an embed (encoding a big setup is not free).
    let open_full = if state.embed {
        format!("./#{}", rehearse_core::share::encode(&state.shared()))
    } else {
        String::new()
    };
    html! {
        <div class={classes!("app", state.embed.then_some("embed"))}>
            if let Some(message) = &state.link_error {
                <div class="banner link-error" role="alert" id="link-error">
                    <strong>{ "This link could not be opened. " }</strong>{ message }
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
                        <ModelPane model={AttrValue::from(state.scenario.model.clone())} error={state.model_error.clone()} readonly={state.readonly} dispatch={dispatch.clone()} />
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
