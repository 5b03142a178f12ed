//! The work clicks ask for ([`Work`]), done off the click, in the background worker
//! (the page's wasm links no engine). The effects ([`crate::effects::use_jobs`])
//! start each job in a task of its own once the page has drawn the click; the job
//! sends the worker a [`Task`] and dispatches its answer ([`Action::Done`]), which the
//! reducer shows (or drops, if the scenario changed since). A worker that failed
//! answers `None`: the click shows nothing, as when the core had no answer.

use crate::background;
use crate::state::{Action, Answer, Job, State, Verification, Work};
use rehearse_worker::{Reply, Task};
use std::rc::Rc;
use yew::UseReducerDispatcher;

/// Does `job`'s work on `state` (the state it was asked in) and dispatches the answer.
pub fn start(job: Job, state: &State, d: UseReducerDispatcher<State>) {
    let done = move |answer: Option<Answer>| d.dispatch(Action::Done(job.id, answer));
    let scenario = &state.scenario;
    let run = || background::job(scenario);
    match job.work {
        Work::MakeSafe => ask(Task::MakeSafe { job: run() }, done),
        Work::Generate => ask(Task::Generate { job: run() }, done),
        Work::OpenModel | Work::ModelFromDatabase => {
            ask(Task::ModelFromDatabase { job: run() }, done)
        }
        Work::AddRow(table) => match &state.model {
            Some(m) => ask(
                Task::AddRow {
                    model: (**m).clone(),
                    table,
                    now: crate::now(),
                },
                done,
            ),
            None => done(None),
        },
        Work::Verify => verify(state, done),
        Work::AddMissingTable => match state.missing_table_offer() {
            Some(table) => ask(Task::MissingTable { job: run(), table }, done),
            None => done(None),
        },
        Work::WriteBack => match (&state.model, &state.grid_edit) {
            (Some(before), Some(edited)) => {
                let edited = edited.clone();
                let task = Task::WriteBack {
                    setup: state.scenario.setup.clone(),
                    before: (**before).clone(),
                    edited: (*edited).clone(),
                };
                background::task(&task, move |reply| {
                    done(match reply {
                        Some(Reply::WrittenBack(sql)) => Some(Answer::WrittenBack(edited, sql)),
                        _ => None,
                    })
                })
            }
            _ => done(None),
        },
    }
}

/// Sends `task` to the worker and dispatches its reply as the job's answer.
fn ask(task: Task, done: impl FnOnce(Option<Answer>) + 'static) {
    background::task(&task, move |reply| done(reply.and_then(answer)));
}

/// A reply as the reducer's answer (`None`: nothing to show).
fn answer(reply: Reply) -> Option<Answer> {
    match reply {
        Reply::Proposal(fixed) => fixed.map(|f| Answer::Proposal(Rc::new(f))),
        Reply::Generated(g) => Some(Answer::Generated(g)),
        Reply::Model(text) => Some(Answer::Model(text)),
        // A row the core cannot fill leaves the tables as they were.
        Reply::Setup(model) => model.map(Answer::Setup),
        Reply::MissingTable(table) => Some(Answer::MissingTable(table)),
        Reply::Verified(v) => Some(Answer::Verified(Verification::Done(v))),
        Reply::Request(_) | Reply::WrittenBack(_) => None,
    }
}

/// "Verify on PostgreSQL": the core's request (from the worker), run on PGlite, then
/// its answer compared with the report (the comparison is the core's too, in the
/// worker).
fn verify(state: &State, done: impl FnOnce(Option<Answer>) + 'static) {
    let Some(report) = state.report().cloned() else {
        return done(None);
    };
    let request = Task::VerifyRequest {
        scenario: state.scenario.clone(),
    };
    background::task(&request, move |reply| {
        let Some(Reply::Request(Some(input))) = reply else {
            return done(None);
        };
        wasm_bindgen_futures::spawn_local(async move {
            match crate::browser::verify_on_postgres(input).await {
                Ok(json) => {
                    let compare = Task::Compare {
                        report: (*report).clone(),
                        postgres: json.as_string().unwrap_or_default(),
                    };
                    ask(compare, done);
                }
                Err(e) => done(Some(Answer::Verified(Verification::Failed(
                    e.as_string()
                        .or_else(|| js_sys::JSON::stringify(&e).ok().map(String::from))
                        .unwrap_or_else(|| "PGlite could not run".into()),
                )))),
            }
        });
    });
}
