//! The playground's work besides runs, done in the worker too: a [`Task`] (what a
//! click asked for, or a grid edit's write-back) and its [`Reply`], both JSON on the
//! wire. [`answer`] is the one code path (tested natively); it asks the core and holds
//! no migration logic of its own.
//!
//! Why here and not on the page: every one of these runs the engine (the safe rewrite
//! and its run, autogenerate, a row from defaults, the setup run twice to check a
//! write-back, Verify's request and comparison), and issue 18 moves the engine out of
//! the page's wasm. Today the page still calls the core for them itself and sends no
//! task: this is the protocol that split will use (ARCHITECTURE.md, rehearse-worker).

use crate::{millis, Job};
use chrono::NaiveDateTime;
use rehearse_core::autogen::summary::Generated;
use rehearse_core::fix::Fixed;
use rehearse_core::missing_table::MissingTable;
use rehearse_core::setup::SetupModel;
use rehearse_core::verify::Verification;
use rehearse_core::{InputError, Report, Scenario};
use serde::{Deserialize, Serialize};

/// Work for the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "task", rename_all = "snake_case")]
pub enum Task {
    /// "Make it safe": the safe rewrite and its run.
    MakeSafe {
        /// The scenario and the clock.
        job: Job,
    },
    /// "Generate migration": autogenerate's revision from the scenario's model.
    Generate {
        /// The scenario and the clock.
        job: Job,
    },
    /// A model written from the sample database (the Model tab's start and reset).
    ModelFromDatabase {
        /// The scenario and the clock.
        job: Job,
    },
    /// "+ row": a row appended to table `table` of `model`, filled from its defaults.
    AddRow {
        /// The grid's tables.
        model: SetupModel,
        /// Which table.
        table: usize,
        /// `now()`; on the wire, milliseconds since 1970.
        #[serde(rename = "now_ms", with = "millis")]
        now: NaiveDateTime,
    },
    /// "Add the missing table": `table` (the run's 42P01), to append to the setup.
    MissingTable {
        /// The scenario and the clock.
        job: Job,
        /// The table PostgreSQL's error names.
        table: String,
    },
    /// What "Verify on PostgreSQL" asks PostgreSQL to run, as the JSON `js/verify.js`
    /// reads.
    VerifyRequest {
        /// The scenario.
        scenario: Scenario,
    },
    /// Verify's comparison: the report against PostgreSQL's JSON answer.
    Compare {
        /// The report shown.
        report: Report,
        /// What PGlite returned.
        postgres: String,
    },
    /// A grid edit written back as the setup script, when the grid can write it
    /// exactly.
    WriteBack {
        /// The setup script now.
        setup: String,
        /// The grid's tables as that script made them.
        before: SetupModel,
        /// The tables after the edit.
        edited: SetupModel,
    },
}

/// The answer to a [`Task`], variant for variant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "reply", content = "value", rename_all = "snake_case")]
pub enum Reply {
    /// The safe rewrite (`None`: the migration cannot be read).
    Proposal(Option<Fixed>),
    /// Autogenerate's revision, or why the model could not be compared.
    Generated(Result<Generated, InputError>),
    /// A model, or a comment saying why there is none.
    Model(String),
    /// The tables with the row added (`None`: the core could not fill it).
    Setup(Option<SetupModel>),
    /// The missing table, or why there is none.
    MissingTable(Result<MissingTable, String>),
    /// Verify's request as JSON (`None`: the scenario cannot be read).
    Request(Option<String>),
    /// PostgreSQL's verdict compared with the report.
    Verified(Verification),
    /// The setup script written from the edited grid, or why the grid cannot write it.
    WrittenBack(Result<String, String>),
}

/// Does the task (in the worker; natively in tests).
pub fn answer(task: Task) -> Reply {
    match task {
        Task::MakeSafe { job } => {
            Reply::Proposal(rehearse_core::fix::fix(&job.scenario, job.now).ok())
        }
        Task::Generate { job } => {
            let s = &job.scenario;
            Reply::Generated(rehearse_core::autogen::summary::generate_revision(
                &s.setup,
                &s.drift,
                &s.model,
                &s.migration,
                job.now,
            ))
        }
        Task::ModelFromDatabase { job } => {
            let s = &job.scenario;
            Reply::Model(
                match rehearse_core::autogen::model_for(&s.setup, &s.drift, job.now) {
                    Ok(m) => m,
                    Err(why) => format!(
                        "# The sample database cannot be written as a model ({why}).\n\
                         # Write your models here: class Base(DeclarativeBase) and subclasses.\n"
                    ),
                },
            )
        }
        Task::AddRow { model, table, now } => {
            Reply::Setup(rehearse_core::setup::add_row(&model, table, now).ok())
        }
        Task::MissingTable { job, table } => Reply::MissingTable(
            rehearse_core::missing_table::propose(&job.scenario, &table, job.now),
        ),
        Task::VerifyRequest { scenario: s } => Reply::Request(
            rehearse_core::verify::request(
                &s.setup,
                &s.drift,
                &s.migration,
                s.kind,
                &s.assumptions,
            )
            .ok()
            .and_then(|r| serde_json::to_string(&r).ok()),
        ),
        Task::Compare { report, postgres } => {
            Reply::Verified(rehearse_core::verify::compare(&report, &postgres))
        }
        Task::WriteBack {
            setup,
            before,
            edited,
        } => {
            // The check compares definitions, not rows, so any fixed clock will do.
            let now = NaiveDateTime::default();
            Reply::WrittenBack(rehearse_core::setup::write_back(
                &setup, &before, &edited, now,
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::execute;

    fn job(setup: &str, migration: &str) -> Job {
        Job {
            scenario: Scenario {
                setup: setup.into(),
                migration: migration.into(),
                ..Scenario::default()
            },
            now: NaiveDateTime::default(),
            trap: false,
        }
    }

    /// A task and its reply cross as JSON and come back equal: what the page reads is
    /// what the worker computed.
    fn across(task: Task) -> Reply {
        let task: Task =
            serde_json::from_str(&serde_json::to_string(&task).expect("writes")).expect("reads");
        let reply = answer(task);
        let back: Reply =
            serde_json::from_str(&serde_json::to_string(&reply).expect("writes")).expect("reads");
        assert_eq!(back, reply);
        back
    }

    const SETUP: &str = "CREATE TABLE t (id int PRIMARY KEY, v text);\
                         INSERT INTO t VALUES (1, 'a'), (2, NULL);";

    #[test]
    fn every_task_survives_the_transfer() {
        let risky = job(SETUP, "ALTER TABLE t ALTER COLUMN v SET NOT NULL;");
        let Reply::Proposal(Some(fixed)) = across(Task::MakeSafe { job: risky.clone() }) else {
            panic!("a proposal")
        };
        assert!(!fixed.report.upgrade.steps.is_empty());
        let mut with_model = job(SETUP, "");
        with_model.scenario.model = "from sqlalchemy.orm import DeclarativeBase\n".into();
        assert!(matches!(
            across(Task::Generate {
                job: with_model.clone()
            }),
            Reply::Generated(_)
        ));
        let Reply::Model(model) = across(Task::ModelFromDatabase { job: with_model }) else {
            panic!("a model")
        };
        assert!(model.contains("class"), "{model}");
        let finished = execute(&risky, &mut |_| {});
        let model = finished.model.clone().expect("the setup loads");
        let Reply::Setup(Some(added)) = across(Task::AddRow {
            model: model.clone(),
            table: 0,
            now: NaiveDateTime::default(),
        }) else {
            panic!("a row")
        };
        assert_eq!(added.tables[0].rows.len(), 3);
        let Reply::WrittenBack(Ok(sql)) = across(Task::WriteBack {
            setup: SETUP.into(),
            before: model,
            edited: added,
        }) else {
            panic!("written back")
        };
        assert!(sql.contains("INSERT INTO"), "{sql}");
        let Reply::Request(Some(request)) = across(Task::VerifyRequest {
            scenario: risky.scenario.clone(),
        }) else {
            panic!("a request")
        };
        assert!(request.contains("SET NOT NULL"), "{request}");
        let report = finished.result.expect("runs");
        let Reply::Verified(v) = across(Task::Compare {
            report,
            postgres: "not json".into(),
        }) else {
            panic!("a verdict")
        };
        assert!(!v.agrees);
        assert!(matches!(
            across(Task::MissingTable {
                job: job(
                    SETUP,
                    "ALTER TABLE orders ALTER COLUMN status SET NOT NULL;"
                ),
                table: "orders".into(),
            }),
            Reply::MissingTable(Ok(_))
        ));
    }
}
