//! The work clicks ask for ([`Work`]), done off the click. The effects
//! ([`crate::effects::use_jobs`]) start each job in a task of its own once the page has
//! drawn the click; the job asks the core and dispatches its answer
//! ([`Action::Done`]), which the reducer shows (or drops, if the scenario changed since).

use crate::state::{Action, Answer, Job, Scenario, State, Verification, Work};
use std::rc::Rc;
use yew::UseReducerDispatcher;

/// Does `job`'s work on `state` (the state it was asked in) and dispatches the answer.
pub fn start(job: Job, state: &State, d: UseReducerDispatcher<State>) {
    let done = move |answer: Option<Answer>| d.dispatch(Action::Done(job.id, answer));
    let scenario = &state.scenario;
    let now = crate::now();
    match job.work {
        Work::MakeSafe => done(make_safe(scenario, now).map(Answer::Proposal)),
        Work::Generate => done(Some(Answer::Generated(
            rehearse_core::autogen::summary::generate_revision(
                &scenario.setup,
                &scenario.drift,
                &scenario.model,
                &scenario.migration,
                now,
            ),
        ))),
        Work::OpenModel | Work::ModelFromDatabase => {
            done(Some(Answer::Model(model_from_database(scenario, now))))
        }
        // A row the core cannot fill leaves the tables as they were (the setup is
        // still written from them, and runs).
        Work::AddRow(table) => done(state.model.as_ref().map(|m| {
            Answer::Setup(
                rehearse_core::setup::add_row(m, table, now).unwrap_or_else(|_| (**m).clone()),
            )
        })),
        Work::Verify => verify(state, done),
        Work::AddMissingTable => done(state.missing_table_offer().map(|table| {
            Answer::MissingTable(rehearse_core::missing_table::propose(scenario, &table, now))
        })),
    }
}

/// "Make it safe": the core rewrites the migration and runs the rewrite (`None`: the
/// migration cannot be read).
fn make_safe(
    scenario: &Scenario,
    now: chrono::NaiveDateTime,
) -> Option<Rc<rehearse_core::fix::Fixed>> {
    rehearse_core::fix::fix(scenario, now).ok().map(Rc::new)
}

/// A model written from the sample database (the Model tab's start and its reset), or
/// a comment saying why there is none.
pub fn model_from_database(scenario: &Scenario, now: chrono::NaiveDateTime) -> String {
    match rehearse_core::autogen::model_for(&scenario.setup, &scenario.drift, now) {
        Ok(m) => m,
        Err(why) => format!("# The sample database cannot be written as a model ({why}).\n# Write your models here: class Base(DeclarativeBase) and subclasses.\n"),
    }
}

/// "Verify on PostgreSQL": runs the scenario's steps (the core's request) on PGlite and
/// compares its answer with the report (the comparison is the core's too).
fn verify(state: &State, done: impl FnOnce(Option<Answer>) + 'static) {
    let s = &state.scenario;
    let (Some(report), Ok(request)) = (
        state.report().cloned(),
        rehearse_core::verify::request(&s.setup, &s.drift, &s.migration, s.kind, &s.assumptions),
    ) else {
        return done(None);
    };
    let Ok(input) = serde_json::to_string(&request) else {
        return done(None);
    };
    wasm_bindgen_futures::spawn_local(async move {
        let verdict = match crate::browser::verify_on_postgres(input).await {
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
        done(Some(Answer::Verified(verdict)));
    });
}
