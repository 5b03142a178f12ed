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
pub mod failing;
pub mod fold;
pub mod highlight;
pub mod jobs;
pub mod lessons;
pub mod presets;
pub mod schedule;
pub mod state;
pub mod storage;

pub use browser::{install_panic_hook, install_trap_guard, now, query_param};

use components::embed_bar::EmbedBar;
use components::embed_lesson::{EmbedLesson, SampleData};
use components::header::Header;
use components::input_tabs::InputTabs;
use components::lesson::LessonPanel;
use components::link_error::LinkError;
use components::migration_pane::MigrationPane;
use components::model_pane::ModelPane;
use components::notices::Notices;
use components::results::Results;
use components::setup_pane::SetupPane;
use components::sql_box::SqlBox;
use components::verdict_bar::VerdictBar;
use components::Same;
use state::{Action, Hold, InputTab};
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

    let on_copy_link = effects::copy_link(&state, &dispatch);
    let notices = html! {
        <Notices notices={state.notices()} dispatch={dispatch.clone()} on_copy_link={on_copy_link.clone()}
            on_download={effects::download(&state)} />
    };
    let lesson = state.scenario.lesson.as_deref().and_then(lessons::by_id);
    let edit = |action: fn(String) -> Action| {
        let d = dispatch.clone();
        Callback::from(move |s| d.emit(action(s)))
    };
    html! {
        // The revision edited and the revision whose run is shown: the page bench
        // (tests/bench/page.mjs) times a keystroke to the frame where they meet.
        <div class={classes!("app", state.embed.then_some("embed"))}
            data-revision={state.revision.to_string()} data-ran={state.ran_revision.to_string()}>
            if let Some(message) = &state.link_error {
                <LinkError message={message.to_string()} dispatch={dispatch.clone()} />
            }
            if state.embed {
                <EmbedBar scenario={state.scenario.clone()} />
                { notices }
                if let Some(lesson) = lesson {
                    <EmbedLesson text={lesson.text()} readonly={state.readonly} dispatch={dispatch.clone()} />
                }
            } else {
                <Header link={state.link.clone()} copied={state.link_copied} lesson={state.scenario.lesson.clone().map(AttrValue::from)} {on_copy_link} dispatch={dispatch.clone()} />
                // The notices and the verdict, pinned together so neither covers the other.
                <div class="pinned">
                    { notices }
                    <VerdictBar report={state.report().cloned().map(Same)} error={state.input_error().cloned()}
                        running={state.running.is_some() || state.ran_revision != state.revision} dispatch={dispatch.clone()} />
                </div>
                if let Some(lesson) = lesson {
                    <LessonPanel id={lesson.id} text={lesson.text()} dispatch={dispatch.clone()} />
                }
            }
            <main class={classes!("layout", components::editor_width::layout_class(&state.scenario.migration))}>
                <div class="inputs">
                    if state.readonly {
                        <SampleData model={state.model.clone().map(Same)} />
                    } else {
                        <SetupPane sql={AttrValue::from(state.scenario.setup.clone())} model={state.model.clone().map(Same)}
                            view={state.setup_view} marker={state.setup_marker()}
                            failing={state.report().and_then(|r| failing::in_setup(r, usize::MAX)).map(Same::new)} note={state.grid_note.clone().map(AttrValue::from)}
                            production={state.scenario.production.clone()} dispatch={dispatch.clone()} />
                    }
                    <section class="pane migration" aria-label="migration">
                        <InputTabs tab={state.tab} dispatch={dispatch.clone()} />
                        if state.tab == InputTab::Model {
                            <ModelPane model={AttrValue::from(state.scenario.model.clone())} error={state.model_error.clone()}
                                readonly={state.readonly} dispatch={dispatch.clone()} />
                        } else {
                            <MigrationPane migration={AttrValue::from(state.scenario.migration.clone())} kind={state.scenario.kind}
                                check_downgrade={state.scenario.check_downgrade} marker={state.migration_marker()} readonly={state.readonly}
                                undo={state.undo.clone()} generated={state.generated.clone()} fold_head={state.embed} dispatch={dispatch.clone()} />
                        }
                    </section>
                    if !state.readonly {
                        <SqlBox id="old-code-editor" title="Deployed code's queries" value={AttrValue::from(state.scenario.old_code.clone())}
                            hint="Migrations run before the new code deploys: these queries (one per line, ending in ;) run after every step."
                            placeholder={"SELECT id, name FROM vendors;\nINSERT INTO vendors (name) VALUES ('x');"}
                            oninput={edit(Action::EditOldCode)} />
                        <SqlBox id="drift-editor" title="Hand change on this environment (drift)" value={AttrValue::from(state.scenario.drift.clone())}
                            hint="SQL run by hand after the setup, on this environment only (psql during an incident). The migration also runs on a fresh environment built from the history, and the two schemas are compared."
                            placeholder="ALTER TABLE vendors ADD COLUMN note text;"
                            oninput={edit(Action::EditDrift)} />
                    }
                </div>
                <Results report={state.report().cloned().map(Same)} error={state.input_error().cloned()} selected={state.selected}
                    ms={state.last_run_ms} proposal={state.proposal.clone()} verification={state.verification.clone()}
                    held={state.hold != Hold::None} running={state.running.is_some()} notice={state.notice.clone()}
                    assumptions={state.scenario.assumptions.clone()} current={state.ran_revision == state.revision} readonly={state.readonly}
                    drift_expected={lesson.is_some_and(|l| !l.drift.trim().is_empty())}
                    missing={state.missing_table_offer().map(AttrValue::from)} missing_refused={state.missing_refused.clone().map(AttrValue::from)}
                    dispatch={dispatch.clone()} />
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
