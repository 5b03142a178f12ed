//! The reducer's tests: native, no browser (see the module doc of `state`).

use super::*;

/// `work` asked for, and answered with `answer` (what the page's effects do between).
fn answered(state: Rc<State>, work: Work, answer: Answer) -> Rc<State> {
    let asked = state.reduce(Action::Ask(work));
    let id = asked.jobs.last().expect("a job").id;
    asked.reduce(Action::Done(id, Some(answer)))
}

fn ran(state: Rc<State>) -> Rc<State> {
    let now = chrono::NaiveDateTime::default();
    let sc = &state.scenario;
    let result = rehearse_core::run(sc, now);
    let model = setup::load(&sc.setup, now).ok();
    let revision = state.revision;
    state.reduce(Action::Ran {
        revision,
        result,
        model,
        ms: 1.0,
    })
}

#[test]
fn loading_an_example_leaves_the_model_tab_and_its_error_behind() {
    let state = Rc::new(State::new(State::default_scenario()));
    let on_model = state
        .reduce(Action::SetTab(InputTab::Model))
        .reduce(Action::EditModel("class Base: pass".into()))
        .reduce(Action::SetTab(InputTab::Model));
    let on_model = answered(
        on_model,
        Work::Generate,
        Answer::Generated(Err(InputError::new(
            rehearse_core::Source::Model,
            Default::default(),
            "x",
        ))),
    );
    assert_eq!(on_model.tab, InputTab::Model);
    assert!(on_model.model_error.is_some());
    let loaded = on_model.reduce(Action::LoadPreset(1));
    assert_eq!(loaded.tab, InputTab::Migration);
    assert_eq!(loaded.model_error, None);
    assert_eq!(loaded.scenario.model, "");
}

#[test]
fn a_failing_run_selects_the_failing_step() {
    let state = ran(Rc::new(State::new(State::default_scenario())));
    let LastRun::Report(report) = &state.outcome else {
        panic!("no report")
    };
    assert_eq!(
        report.upgrade.outcome,
        rehearse_core::report::Outcome::RolledBack
    );
    assert_eq!(state.selected, 0);
}

#[test]
fn stale_runs_are_ignored_and_grid_edits_rewrite_the_setup() {
    let state = ran(Rc::new(State::new(State::default_scenario())));
    let edited = state.clone().reduce(Action::EditCell {
        table: 0,
        row: 0,
        column: 1,
        value: Some("Zed".into()),
    });
    assert!(
        edited.scenario.setup.contains("'Zed'"),
        "{}",
        edited.scenario.setup
    );
    assert_eq!(edited.revision, state.revision + 1);
    let stale = edited.clone().reduce(Action::Ran {
        revision: state.revision,
        result: Err(InputError::new(
            rehearse_core::Source::Setup,
            Default::default(),
            "x",
        )),
        model: None,
        ms: 0.0,
    });
    assert_eq!(stale.outcome, edited.outcome);
}

#[test]
fn every_preset_and_lesson_setup_is_editable_in_the_grid() {
    let now = chrono::NaiveDateTime::default();
    let setups = crate::presets::PRESETS.iter().map(|p| (p.title, p.setup));
    let lessons = crate::lessons::LESSONS.iter().map(|l| (l.id, l.setup));
    for (title, sql) in setups.chain(lessons) {
        let Ok(model) = setup::load(sql, now) else {
            continue;
        };
        let written = setup::write_back(sql, &model, &model, now);
        assert!(written.is_ok(), "{title}: {written:?}");
    }
}

#[test]
fn a_grid_edit_the_grid_cannot_write_back_keeps_the_script_and_says_why() {
    let mut scenario = State::default_scenario();
    scenario.setup = "CREATE TYPE mood AS ENUM ('ok', 'sad');\n\
        CREATE TABLE people (id int PRIMARY KEY, name text, m mood);\n\
        INSERT INTO people VALUES (1, 'Ann', 'ok');\n"
        .into();
    let state = ran(Rc::new(State::new(scenario)));
    let before = state.scenario.setup.clone();
    let edited = state.clone().reduce(Action::EditCell {
        table: 0,
        row: 0,
        column: 1,
        value: Some("Zed".into()),
    });
    assert_eq!(edited.scenario.setup, before);
    assert_eq!(edited.revision, state.revision);
    let note = edited.grid_note.clone().unwrap_or_default();
    assert!(note.contains("mood") && note.contains("SQL tab"), "{note}");
    let typed = edited.reduce(Action::EditSetup(before.replace("'Ann'", "'Zed'")));
    assert_eq!(typed.grid_note, None);
}

mod background_tests {
    use super::*;

    #[test]
    fn a_cancelled_run_keeps_the_previous_result_and_says_so() {
        let state = Rc::new(State::new(State::default_scenario()));
        let ran = state.reduce(Action::Ran {
            revision: 1,
            result: Err(InputError::new(
                rehearse_core::Source::Setup,
                Default::default(),
                "x",
            )),
            model: None,
            ms: 1.0,
        });
        let edited = ran
            .clone()
            .reduce(Action::EditMigration("SELECT 1;".into()));
        let started = edited.clone().reduce(Action::Started(edited.revision));
        assert_eq!(started.running, Some(edited.revision));
        let stale = started.clone().reduce(Action::Started(1));
        assert_eq!(stale.running, started.running);
        let cancelled = started.reduce(Action::Cancelled);
        assert_eq!(cancelled.running, None);
        assert_eq!(cancelled.outcome, ran.outcome);
        assert!(cancelled
            .notice
            .as_deref()
            .unwrap_or_default()
            .contains("previous run"));
        // Cancelling with nothing running changes nothing; an edit clears the note.
        assert_eq!(
            cancelled.clone().reduce(Action::Cancelled).notice,
            cancelled.notice
        );
        let again = cancelled.reduce(Action::EditMigration("SELECT 2;".into()));
        assert_eq!(again.notice, None);
        // An edit supersedes a run in flight.
        let started = again.clone().reduce(Action::Started(again.revision));
        assert_eq!(
            started.reduce(Action::EditMigration("x".into())).running,
            None
        );
    }
}

mod proposal_tests {
    use super::*;

    #[test]
    fn applying_a_proposal_replaces_the_migration_and_editing_drops_it() {
        let scenario = State::default_scenario();
        let fixed = rehearse_core::fix::fix(&scenario, Default::default())
            .expect("the default example reads");
        assert!(!fixed.applied.is_empty(), "the NOT NULL trap has a rewrite");
        let rewrite = fixed.migration.clone();
        let state = Rc::new(State::new(scenario.clone()));
        let proposed = answered(state, Work::MakeSafe, Answer::Proposal(Rc::new(fixed)));
        assert!(proposed.proposal.is_some());
        let edited = proposed
            .clone()
            .reduce(Action::EditMigration(scenario.migration.clone()));
        assert!(
            edited.proposal.is_none(),
            "an edit invalidates the proposal"
        );
        let applied = proposed.reduce(Action::ApplyProposal);
        assert_eq!(applied.scenario.migration, rewrite);
        assert!(applied.proposal.is_none());
        assert!(applied.immediate, "the rewrite runs at once");
    }

    #[test]
    fn a_read_only_embed_never_applies_a_proposal() {
        let scenario = State::default_scenario();
        let fixed = rehearse_core::fix::fix(&scenario, Default::default())
            .expect("the default example reads");
        let mut state = State::new(scenario.clone());
        state.embed = true;
        state.readonly = true;
        let proposed = answered(
            Rc::new(state),
            Work::MakeSafe,
            Answer::Proposal(Rc::new(fixed)),
        );
        let applied = proposed.reduce(Action::ApplyProposal);
        assert_eq!(applied.scenario.migration, scenario.migration);
        assert!(applied.proposal.is_none() && applied.undo.is_none());
    }
}

mod work_tests {
    //! Never losing the user's work: links, undo, storage, other tabs, stopped runs.
    use super::*;

    fn edited(text: &str) -> Scenario {
        Scenario {
            migration: text.into(),
            ..State::default_scenario()
        }
    }

    fn notice(state: &State, id: &str) -> Option<Notice> {
        state.notices().into_iter().find(|n| n.id == id)
    }

    fn press(state: Rc<State>, id: &str, button: &str) -> Rc<State> {
        let n = notice(&state, id).unwrap_or_else(|| panic!("no notice {id}"));
        let b = n
            .buttons
            .iter()
            .find(|b| b.id == button)
            .unwrap_or_else(|| panic!("no button {button}"));
        let Does::Act(action) = b.does.clone() else {
            panic!("{button} is an effect")
        };
        state.reduce(action)
    }

    #[test]
    fn a_link_opened_at_start_keeps_the_autosave_restorable() {
        let mine = edited("SELECT 'mine';");
        let shared = edited("SELECT 'shared';");
        let state = Rc::new(State::start(Start {
            link: Some(Ok(shared.clone())),
            saved: Some(mine.clone()),
            ..Start::default()
        }));
        assert_eq!(state.scenario, shared);
        assert!(state.untrusted, "a link's scenario is from outside");
        let n = notice(&state, "kept-note").expect("a notice");
        assert_eq!(
            n.text,
            "Opened a shared scenario; your previous one is kept."
        );
        let restored = press(state, "kept-note", "restore");
        assert_eq!(restored.scenario, mine, "restored exactly");
        assert!(restored.kept.is_none());
        assert!(restored.immediate, "and run");
        // The same scenario again: nothing to keep, nothing to say.
        let same = State::start(Start {
            link: Some(Ok(mine.clone())),
            saved: Some(mine),
            ..Start::default()
        });
        assert!(same.kept.is_none() && same.notices().is_empty());
    }

    #[test]
    fn a_link_opened_on_the_page_applies_at_once_and_keeps_the_current_one() {
        let state = Rc::new(State::new(State::default_scenario()))
            .reduce(Action::EditMigration("SELECT 'typed';".into()));
        let typed = state.scenario.clone();
        let shared = edited("SELECT 'shared';");
        let opened = state.reduce(Action::OpenShared(shared.clone()));
        assert_eq!(opened.scenario, shared);
        assert_eq!(
            opened.kept.as_ref().map(|k| (*k.scenario).clone()),
            Some(typed.clone())
        );
        assert!(opened.immediate);
        assert_eq!(press(opened, "kept-note", "restore").scenario, typed);
        // A link that does not read leaves the scenario alone.
        let state = Rc::new(State::new(typed.clone()));
        let damaged = LinkError::Damaged(rehearse_core::share::Damage::NotAScenario);
        let failed = state.reduce(Action::LinkFailed(damaged.clone()));
        assert_eq!(failed.scenario, typed);
        assert_eq!(failed.link_error, Some(damaged));
    }

    #[test]
    fn generate_and_make_it_safe_are_undone_exactly() {
        let mut scenario = State::default_scenario();
        scenario.migration = "op.add_column('t', sa.Column('x', sa.Integer()))\n\n".into();
        scenario.kind = MigrationKind::Auto;
        let state = Rc::new(State::new(scenario.clone()));
        let generated = answered(
            state,
            Work::Generate,
            Answer::Generated(Ok(Generated {
                revision: "def upgrade():\n    pass\n".into(),
                summary: "Autogenerate found no difference".into(),
            })),
        );
        assert_eq!(generated.scenario.kind, MigrationKind::Alembic);
        assert_eq!(
            generated.undo_text(),
            Some("The generated revision replaced the migration.")
        );
        let undone = generated.clone().reduce(Action::Undo);
        assert_eq!(undone.scenario, scenario, "text and kind exactly as before");
        assert!(undone.undo.is_none() && undone.generated.is_none());
        assert!(undone.immediate, "and run");
        // Editing the migration ends the chance to undo; editing elsewhere does not.
        assert!(generated
            .clone()
            .reduce(Action::EditMigration("x".into()))
            .undo
            .is_none());
        assert!(generated
            .clone()
            .reduce(Action::EditOldCode("SELECT 1;".into()))
            .undo
            .is_some());
        assert!(generated.reduce(Action::DismissUndo).undo.is_none());

        // Make it safe, applied, then undone.
        let fixed = rehearse_core::fix::fix(&State::default_scenario(), Default::default())
            .expect("the default example reads");
        let before = State::default_scenario();
        let applied = answered(
            Rc::new(State::new(before.clone())),
            Work::MakeSafe,
            Answer::Proposal(Rc::new(fixed)),
        )
        .reduce(Action::ApplyProposal);
        assert_ne!(applied.scenario.migration, before.migration);
        assert_eq!(
            applied.undo_text(),
            Some("The safe rewrite replaced the migration.")
        );
        assert_eq!(applied.reduce(Action::Undo).scenario, before);
    }

    #[test]
    fn storage_failures_are_shown_until_a_save_works() {
        let state = Rc::new(State::new(State::default_scenario()));
        let failed = state.reduce(Action::SaveFailed(StorageProblem {
            what: Saving::Scenario,
            why: StorageFailure::Full,
            bytes: 7_100_000,
        }));
        let n = notice(&failed, "storage-note").expect("a notice");
        assert!(
            n.text.contains("not saved in this browser") && n.text.contains("7.1 MB"),
            "{}",
            n.text
        );
        let does: Vec<_> = n.buttons.iter().map(|b| b.does.clone()).collect();
        assert_eq!(does, vec![Does::CopyLink, Does::Download]);
        assert!(failed.reduce(Action::Saved).storage.is_none());
    }

    #[test]
    fn a_damaged_save_is_reported_and_never_saved_over_unless_copied_aside() {
        let copied = State::start(Start {
            damaged: Some(Damaged {
                error: "expected value at line 1 column 1".into(),
                kept_as: Some("rehearse.damaged.17".into()),
            }),
            ..Start::default()
        });
        assert_eq!(copied.scenario, State::default_scenario());
        let n = notice(&copied, "damaged-note").expect("a notice");
        assert!(n.text.contains("rehearse.damaged.17"), "{}", n.text);
        assert!(copied.autosaves());
        let stuck = State::start(Start {
            damaged: Some(Damaged {
                error: "x".into(),
                kept_as: None,
            }),
            ..Start::default()
        });
        assert!(!stuck.autosaves(), "the only copy is not overwritten");
        assert!(notice(&stuck, "damaged-note")
            .expect("a notice")
            .text
            .contains("does not save your edits over it"));
    }

    #[test]
    fn another_tabs_save_is_followed_only_when_nothing_here_would_be_lost() {
        let theirs = edited("SELECT 'theirs';");
        // No edits here: follow the other tab.
        let idle = Rc::new(State::new(State::default_scenario()));
        let followed = idle.reduce(Action::OtherTab(theirs.clone()));
        assert_eq!(followed.scenario, theirs);
        assert!(followed.conflict.is_none() && !followed.own_edits);

        // Edits here: ask, and save nothing meanwhile.
        let busy = Rc::new(State::new(State::default_scenario()))
            .reduce(Action::EditMigration("SELECT 'mine';".into()));
        let mine = busy.scenario.clone();
        let asked = busy.reduce(Action::OtherTab(theirs.clone()));
        assert_eq!(asked.scenario, mine);
        assert!(!asked.autosaves());
        let n = notice(&asked, "conflict-note").expect("a notice");
        assert!(n.text.starts_with("Another tab changed the saved scenario"));
        let kept = press(asked.clone(), "conflict-note", "keep-mine");
        assert_eq!(kept.scenario, mine);
        assert!(kept.autosaves(), "mine is saved over theirs");
        let loaded = press(asked, "conflict-note", "load-other-tab");
        assert_eq!(loaded.scenario, theirs);
        assert!(loaded.autosaves());
        assert_eq!(
            loaded.kept.as_ref().map(|k| (*k.scenario).clone()),
            Some(mine),
            "mine is kept aside"
        );
        assert_eq!(
            notice(&loaded, "kept-note").map(|n| n.text),
            Some("Loaded the other tab's scenario; yours is kept.".to_string())
        );
    }

    #[test]
    fn a_scenario_that_stopped_the_page_waits_to_be_asked() {
        let saved = edited("SELECT 'crashes';");
        let state = Rc::new(State::start(Start {
            saved: Some(saved.clone()),
            stopped: true,
            ..Start::default()
        }));
        assert_eq!(state.scenario, saved);
        assert_eq!(state.hold, Hold::Asking);
        assert!(state.suspect, "its runs go to the worker");
        assert_eq!(state.setup_view, SetupView::Sql, "no grid before a run");
        assert!(notice(&state, "stopped-note")
            .expect("a notice")
            .text
            .starts_with("The last run of this scenario stopped the page"));
        let anyway = press(state.clone(), "stopped-note", "run-anyway");
        assert_eq!(anyway.hold, Hold::None);
        assert!(anyway.immediate && anyway.revision > state.revision);
        let first = press(state, "stopped-note", "edit-first");
        assert_eq!(first.hold, Hold::Editing);
        assert!(notice(&first, "stopped-note").is_none());
        let typed = first.reduce(Action::EditMigration("SELECT 1;".into()));
        assert_eq!(typed.hold, Hold::None, "the edit runs");
        assert!(typed.suspect, "still in the worker");

        // A link opened over it: not held, but restoring it asks again.
        let linked = Rc::new(State::start(Start {
            link: Some(Ok(edited("SELECT 'shared';"))),
            saved: Some(saved.clone()),
            stopped: true,
            ..Start::default()
        }));
        assert_eq!(linked.hold, Hold::None);
        let restored = press(linked, "kept-note", "restore");
        assert_eq!(restored.scenario, saved);
        assert_eq!(restored.hold, Hold::Asking);
    }

    #[test]
    fn where_a_run_goes() {
        use crate::background::{is_large, KNOWN_SMALL};
        let mut small = State::new(State::default_scenario());
        assert!(!is_large(&small));
        small.untrusted = true;
        assert!(!is_large(&small), "known to be small");
        let mut big = small.clone();
        big.scenario.old_code = "-- x\n".repeat(KNOWN_SMALL / 5 + 1);
        assert!(is_large(&big), "from outside and not small: the worker");
        big.untrusted = false;
        assert!(!is_large(&big), "typed here: the page");
        small.untrusted = false;
        small.suspect = true;
        assert!(is_large(&small), "it stopped the page once");
    }
}

mod job_tests {
    //! Work a click asks for: recorded by the reducer, answered by the effects.
    use super::*;

    /// The scenario's setup and migration alone (read as auto, nothing else asked).
    fn bare(sc: &rehearse_core::Scenario) -> rehearse_core::Scenario {
        rehearse_core::Scenario {
            setup: sc.setup.clone(),
            migration: sc.migration.clone(),
            ..Default::default()
        }
    }

    #[test]
    fn a_click_records_a_job_and_its_answer_applies_once() {
        let state = ran(Rc::new(State::new(State::default_scenario())));
        let asked = state.clone().reduce(Action::Ask(Work::MakeSafe));
        assert_eq!(
            asked.jobs,
            vec![Job {
                id: 1,
                revision: state.revision,
                work: Work::MakeSafe
            }]
        );
        assert_eq!(
            asked.revision, state.revision,
            "asking changes nothing else"
        );
        // Nothing to show (the core had no rewrite): the job is gone, nothing else.
        let none = asked.clone().reduce(Action::Done(1, None));
        assert!(none.jobs.is_empty() && none.proposal.is_none());
        // An id no job has (or had) is ignored.
        let unknown = asked.clone().reduce(Action::Done(7, None));
        assert_eq!(unknown.jobs, asked.jobs);
        let sc = &state.scenario;
        let fixed = rehearse_core::fix::fix(&bare(sc), Default::default())
            .expect("the default example reads");
        let fixed = Rc::new(fixed);
        let shown = asked.reduce(Action::Done(1, Some(Answer::Proposal(fixed.clone()))));
        assert_eq!(shown.proposal, Some(fixed));
        assert!(shown.jobs.is_empty());
        assert_eq!(
            shown.clone().reduce(Action::Ask(Work::Generate)).last_job,
            2
        );
    }

    #[test]
    fn an_answer_for_a_scenario_changed_since_is_dropped_except_verifys() {
        let state = ran(Rc::new(State::new(State::default_scenario())));
        let fixed = Rc::new(
            rehearse_core::fix::fix(&bare(&state.scenario), Default::default()).expect("reads"),
        );
        let asked = state.clone().reduce(Action::Ask(Work::MakeSafe));
        let edited = asked.reduce(Action::EditMigration("SELECT 1;".into()));
        let late = edited.reduce(Action::Done(1, Some(Answer::Proposal(fixed))));
        assert!(late.proposal.is_none() && late.jobs.is_empty());

        // Verify: running at once; its verdict is shown as it comes.
        let verifying = state.clone().reduce(Action::Ask(Work::Verify));
        assert_eq!(verifying.verification, Verification::Running);
        let verdict = rehearse_core::verify::Verification {
            agrees: true,
            postgres: "rolled back".into(),
            differences: vec![],
        };
        let rerun = verifying.reduce(Action::RunNow);
        let done = rerun.reduce(Action::Done(
            1,
            Some(Answer::Verified(Verification::Done(verdict.clone()))),
        ));
        assert_eq!(done.verification, Verification::Done(verdict));
        // Without a report there is nothing to verify (the button is not shown).
        let fresh = Rc::new(State::new(State::default_scenario()));
        let nothing = fresh.clone().reduce(Action::Ask(Work::Verify));
        assert!(nothing.jobs.is_empty() && nothing.verification == Verification::None);
    }

    #[test]
    fn the_model_tab_opens_with_a_model_written_from_the_database() {
        let state = Rc::new(State::new(State::default_scenario()));
        let asked = state.reduce(Action::SetTab(InputTab::Model));
        assert_eq!(
            asked.tab,
            InputTab::Migration,
            "not before the model is written"
        );
        assert_eq!(asked.jobs.last().map(|j| j.work), Some(Work::OpenModel));
        let id = asked.last_job;
        let opened = asked.reduce(Action::Done(
            id,
            Some(Answer::Model("class A: pass".into())),
        ));
        assert_eq!(opened.tab, InputTab::Model);
        assert_eq!(opened.scenario.model, "class A: pass");
        // With a model, the tab opens at once; "Model from database" stays on it.
        let back = opened.reduce(Action::SetTab(InputTab::Migration));
        let again = back.reduce(Action::SetTab(InputTab::Model));
        assert_eq!(again.tab, InputTab::Model);
        assert!(again.jobs.is_empty());
        let reset = answered(
            again,
            Work::ModelFromDatabase,
            Answer::Model("class B: pass".into()),
        );
        assert_eq!(
            (reset.tab, reset.scenario.model.as_str()),
            (InputTab::Model, "class B: pass")
        );
        let on_migration = reset.clone().reduce(Action::SetTab(InputTab::Migration));
        let reset = answered(
            on_migration,
            Work::ModelFromDatabase,
            Answer::Model("class C: pass".into()),
        );
        assert_eq!(
            reset.tab,
            InputTab::Migration,
            "only the tab's first opening opens it"
        );
    }

    #[test]
    fn a_row_added_by_the_core_rewrites_the_setup() {
        // No grid yet (nothing has run): nothing to add to.
        let state = Rc::new(State::new(State::default_scenario()));
        assert!(state
            .clone()
            .reduce(Action::Ask(Work::AddRow(0)))
            .jobs
            .is_empty());
        let state = ran(state);
        let model = state.model.clone().expect("a grid");
        let added = setup::add_row(&model, 0, chrono::NaiveDateTime::default()).expect("adds");
        let rows = added.tables[0].rows.len();
        let after = answered(state.clone(), Work::AddRow(0), Answer::Setup(added.clone()));
        assert_eq!(after.model.as_deref(), Some(&added));
        assert_eq!(after.scenario.setup, setup::to_sql(&added));
        assert_eq!(after.revision, state.revision + 1, "and runs");
        assert_eq!(rows, model.tables[0].rows.len() + 1);
    }

    #[test]
    fn the_editors_mark_the_line_that_failed() {
        let state = ran(Rc::new(State::new(State::default_scenario())));
        let (line, message) = state.migration_marker().expect("the NOT NULL trap fails");
        assert!(message.starts_with("23502 "), "{message}");
        assert!(line > 0);
        assert_eq!(state.setup_marker(), None);
        let broken = ran(state.reduce(Action::EditSetup("CREATE TABLE (;".into())));
        assert_eq!(broken.setup_marker().map(|m| m.0), Some(1));
        assert_eq!(broken.migration_marker(), None);
    }
}

#[test]
fn assume_it_is_false_runs_again_under_the_assumption_and_remove_takes_it_back() {
    let migration = "from ckan.migration import skip_based_on_legacy_engine_version\ndef upgrade():\n    if skip_based_on_legacy_engine_version(op, __name__):\n        return\n    op.drop_table('t')\n";
    let state = Rc::new(State::new(Scenario {
        setup: "CREATE TABLE t (id int);".into(),
        migration: migration.into(),
        kind: MigrationKind::Alembic,
        ..Scenario::default()
    }));
    let refused = ran(state);
    let condition = refused
        .input_error()
        .and_then(|e| e.condition.clone())
        .expect("a refusal naming the condition");
    let revision = refused.revision;
    let assumed = refused.reduce(Action::Assume(Assumption::new(&condition.text, false)));
    assert!(assumed.revision > revision && assumed.immediate);
    assert_eq!(
        assumed.scenario.assumptions,
        vec![Assumption::new(
            "skip_based_on_legacy_engine_version(op, __name__)",
            false
        )]
    );
    let report = ran(assumed);
    let shown = report.report().expect("a report");
    assert_eq!(shown.assumptions, report.scenario.assumptions);
    assert_eq!(shown.upgrade.steps.len(), 1);
    // Kept with the input: the saved scenario (and a share link) carries it.
    let saved: Scenario =
        serde_json::from_str(&serde_json::to_string(&report.scenario).expect("saves"))
            .expect("reads back");
    assert_eq!(saved.assumptions, report.scenario.assumptions);
    let removed = report.reduce(Action::Unassume(condition.text));
    assert!(removed.scenario.assumptions.is_empty() && removed.immediate);
    assert!(ran(removed).input_error().is_some());
}

#[test]
fn verify_waits_for_the_run_of_the_latest_edit() {
    let state = ran(Rc::new(State::new(State::default_scenario())));
    let asked = state.clone().reduce(Action::Ask(Work::Verify));
    assert_eq!(asked.verification, Verification::Running);
    // An edit since the run: the report is not this scenario's, so Verify waits.
    let edited = state.reduce(Action::EditSetup("CREATE TABLE t (id int);".into()));
    let asked = edited.reduce(Action::Ask(Work::Verify));
    assert_eq!(asked.verification, Verification::None);
    assert!(asked.jobs.iter().all(|j| j.work != Work::Verify));
}
