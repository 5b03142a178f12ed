//! "Add the missing table to the sample data": when the run stopped at PostgreSQL's
//! 42P01 on a table the setup lacks, the page offers it; the core writes the table
//! (`rehearse_core::missing_table`), the reducer appends it to the setup with Undo and
//! runs again.

use super::{Replaced, State, Undo};
use rehearse_core::missing_table::{missing_relation, MissingTable};
use std::rc::Rc;

impl State {
    /// The table to offer: the one the shown run's 42P01 names, when the setup (as the
    /// grid last read it) lacks it and the page may change the setup.
    pub fn missing_table_offer(&self) -> Option<String> {
        if self.readonly {
            return None;
        }
        let table = missing_relation(self.report()?)?;
        let in_setup = self
            .model
            .as_ref()
            .is_some_and(|m| m.tables.iter().any(|t| t.name == table));
        (!in_setup).then_some(table)
    }

    /// Appends the core's table to the setup, keeping the setup before for Undo, says
    /// what was guessed, and runs at once.
    pub(super) fn add_missing_table(&mut self, table: MissingTable) {
        let before = Undo {
            migration: self.scenario.migration.clone(),
            kind: self.scenario.kind,
            what: Replaced::MissingTable,
            setup: Some(self.scenario.setup.clone()),
        };
        self.scenario.setup.push_str(&table.sql);
        self.grid_note = None;
        self.selected = 0;
        self.edited();
        self.undo = Some(Rc::new(before));
        self.generated = Some(if table.guessed.is_empty() {
            format!(
                "Added table \"{}\" to the sample data, as the revision's create_table writes it, with a few rows.",
                table.table
            )
        } else {
            format!(
                "Added table \"{}\" to the sample data with a few rows, guessed from what the revision does with it: {}. Check it in the Sample data pane.",
                table.table,
                table.guessed.join("; ")
            )
        });
        self.immediate = true;
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Action, Answer, LastRun, Scenario, Work};
    use super::*;
    use rehearse_core::report::Outcome;
    use yew::Reducible;

    fn ran(state: Rc<State>) -> Rc<State> {
        let now = chrono::NaiveDateTime::default();
        let sc = &state.scenario;
        let (result, model) = (
            rehearse_core::run(sc, now),
            rehearse_core::setup::load(&sc.setup, now).ok(),
        );
        let revision = state.revision;
        state.reduce(Action::Ran {
            revision,
            result,
            model,
            ms: 1.0,
        })
    }

    fn outcome(state: &State) -> Outcome {
        match &state.outcome {
            LastRun::Report(r) => r.upgrade.outcome,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_missing_table_is_offered_added_with_what_was_guessed_and_undone() {
        let setup = "CREATE TABLE customers (id int PRIMARY KEY);\n";
        let state = ran(Rc::new(State::new(Scenario {
            setup: setup.into(),
            migration: "ALTER TABLE orders ALTER COLUMN status SET NOT NULL;".into(),
            ..Scenario::default()
        })));
        assert_eq!(outcome(&state), Outcome::RolledBack);
        assert_eq!(state.missing_table_offer().as_deref(), Some("orders"));
        // The page's effects do the job: the core's table, answered.
        let asked = state.reduce(Action::Ask(Work::AddMissingTable));
        let job = *asked.jobs.last().expect("a job");
        assert_eq!(job.work, Work::AddMissingTable);
        let table = rehearse_core::missing_table::propose(
            &asked.scenario,
            "orders",
            chrono::NaiveDateTime::default(),
        );
        let added = asked.reduce(Action::Done(job.id, Some(Answer::MissingTable(table))));
        assert!(added.scenario.setup.starts_with(setup));
        assert!(added.scenario.setup.contains("CREATE TABLE orders"));
        assert!(added.immediate);
        let note = added.generated.clone().unwrap_or_default();
        assert!(note.contains("status (altered) as text"), "{note}");
        let added = ran(added);
        assert_eq!(outcome(&added), Outcome::Committed);
        assert_eq!(added.missing_table_offer(), None);
        // Undo puts the setup back exactly.
        let undone = added.reduce(Action::Undo);
        assert_eq!(undone.scenario.setup, setup);
        // A refusal is said, and an edit clears it.
        let refused = ran(undone).reduce(Action::Ask(Work::AddMissingTable));
        let id = refused.jobs.last().expect("a job").id;
        let refused = refused.reduce(Action::Done(
            id,
            Some(Answer::MissingTable(Err("why".into()))),
        ));
        assert_eq!(refused.missing_refused.as_deref(), Some("why"));
        let edited = refused.reduce(Action::EditSetup(setup.into()));
        assert_eq!(edited.missing_refused, None);
    }

    #[test]
    fn a_setup_edit_after_the_table_was_added_drops_its_undo() {
        let state = Rc::new(State::new(Scenario::default()));
        let mut added = (*state).clone();
        added.add_missing_table(MissingTable {
            table: "t".into(),
            sql: "CREATE TABLE t (id int);".into(),
            guessed: Vec::new(),
        });
        assert!(added.undo.is_some());
        let edited = Rc::new(added).reduce(Action::EditSetup("SELECT 1;".into()));
        assert!(edited.undo.is_none());
    }
}
