//! The reducer's tests: native, no browser (see the module doc of `state`).

use super::*;

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
        .reduce(Action::ModelError(InputError::new(
            "model",
            Default::default(),
            "x",
        )));
    assert_eq!(on_model.tab, InputTab::Model);
    let loaded = on_model.reduce(Action::LoadPreset(1));
    assert_eq!(loaded.tab, InputTab::Migration);
    assert_eq!(loaded.model_error, None);
    assert_eq!(loaded.scenario.model, "");
}

#[test]
fn a_failing_run_selects_the_failing_step() {
    let state = ran(Rc::new(State::new(State::default_scenario())));
    let Outcome::Report(report) = &state.outcome else {
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
        result: Err(InputError::new("setup", Default::default(), "x")),
        model: None,
        ms: 0.0,
    });
    assert_eq!(stale.outcome, edited.outcome);
}

mod background_tests {
    use super::*;

    #[test]
    fn a_cancelled_run_keeps_the_previous_result_and_says_so() {
        let state = Rc::new(State::new(State::default_scenario()));
        let ran = state.reduce(Action::Ran {
            revision: 1,
            result: Err(InputError::new("setup", Default::default(), "x")),
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
        let proposed = state.reduce(Action::Propose(Rc::new(fixed)));
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
        let generated = state.reduce(Action::Generated(
            "def upgrade():\n    pass\n".into(),
            "Autogenerate found no difference".into(),
        ));
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
        let applied = Rc::new(State::new(before.clone()))
            .reduce(Action::Propose(Rc::new(fixed)))
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
