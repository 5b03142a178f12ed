//! The playground's state: one [`State`], changed only by [`Action`]s through a pure
//! reducer that native tests can call. Side effects (running the core after a pause,
//! saving to localStorage) live in the app's effects, never here.

use crate::presets::PRESETS;
use rehearse_core::fix::Fixed;
use rehearse_core::report::Report;
use rehearse_core::setup::{self, SetupModel};
use rehearse_core::InputError;
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use yew::Reducible;

/// How to read the migration text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum InputKind {
    /// Decide from the text.
    #[default]
    Auto,
    /// Alembic revision or `op.*` snippet.
    Alembic,
    /// Plain SQL.
    Sql,
}

impl InputKind {
    /// The name share links, the worker's job and the kind picker use.
    pub fn as_str(self) -> &'static str {
        match self {
            InputKind::Auto => "auto",
            InputKind::Alembic => "alembic",
            InputKind::Sql => "sql",
        }
    }

    /// The kind a name stands for; anything unknown is `Auto`.
    pub fn from_name(name: &str) -> InputKind {
        match name {
            "alembic" => InputKind::Alembic,
            "sql" => InputKind::Sql,
            _ => InputKind::Auto,
        }
    }
}

/// What the user edits and what autosave keeps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// The setup script.
    pub setup: String,
    /// The migration.
    pub migration: String,
    /// How to read it.
    #[serde(default)]
    pub kind: InputKind,
    /// The queries the deployed application runs, re-run after every step.
    #[serde(default)]
    pub old_code: String,
    /// Also run the downgrade and compare the result with the start (round trip).
    #[serde(default)]
    pub check_downgrade: bool,
    /// SQL changed by hand on this environment (the schema drift lesson).
    #[serde(default)]
    pub drift: String,
    /// The lesson this scenario started from, if any.
    #[serde(default)]
    pub lesson: Option<String>,
    /// The SQLAlchemy model (the Model tab); empty until the tab is first opened.
    #[serde(default)]
    pub model: String,
}

/// Which editor the migration pane shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputTab {
    /// The migration itself.
    #[default]
    Migration,
    /// The SQLAlchemy model, from which autogenerate writes a migration.
    Model,
}

/// Which view of the setup is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupView {
    /// Editable grid.
    Grid,
    /// The SQL script.
    Sql,
}

/// The result of the last run.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Not run yet.
    Pending,
    /// The report.
    Report(Rc<Report>),
    /// The input could not be read.
    Invalid(InputError),
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The inputs.
    pub scenario: Scenario,
    /// Grid or SQL.
    pub setup_view: SetupView,
    /// The last run's result.
    pub outcome: Outcome,
    /// The setup as tables (from the last readable setup).
    pub model: Option<Rc<SetupModel>>,
    /// The selected step.
    pub selected: usize,
    /// Bumped on every edit; a run answers for one revision.
    pub revision: u64,
    /// Run without waiting for a typing pause (Ctrl/Cmd+Enter).
    pub immediate: bool,
    /// How long the last run took, in milliseconds.
    pub last_run_ms: Option<f64>,
    /// A proposed safe rewrite, shown as a diff until applied or dismissed.
    pub proposal: Option<Rc<Fixed>>,
    /// Why the link the page was opened with could not be read.
    pub link_error: Option<String>,
    /// The share link made by "Copy link".
    pub link: Option<String>,
    /// Shown inside another page (`?embed=1`): compact, nothing saved locally.
    pub embed: bool,
    /// A read-only embed (`?embed=1&readonly=1`).
    pub readonly: bool,
    /// "Verify on PostgreSQL": pending, or its verdict (or why it could not run).
    pub verification: Verification,
    /// The revision being run in the background (a large scenario), while it runs.
    pub running: Option<u64>,
    /// Why the results shown are not the scenario's (a cancelled or failed background
    /// run), until the next result or edit.
    pub notice: Option<String>,
    /// Migration or Model tab.
    pub tab: InputTab,
    /// Why the model could not be compared (a located error in the model file).
    pub model_error: Option<InputError>,
    /// What the last "Generate migration" produced, shown above the migration.
    pub generated: Option<String>,
}

/// The state of "Verify on PostgreSQL".
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Verification {
    /// Not asked for (or the scenario changed since).
    #[default]
    None,
    /// PGlite is loading and running.
    Running,
    /// PostgreSQL's verdict compared with the report.
    Done(rehearse_core::verify::Verification),
    /// PGlite could not be loaded or run.
    Failed(String),
}

/// Everything that changes the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The setup script was edited.
    EditSetup(String),
    /// The migration was edited.
    EditMigration(String),
    /// The input kind was switched.
    SetKind(InputKind),
    /// A built-in example was chosen.
    LoadPreset(usize),
    /// A lesson was chosen (by id).
    LoadLesson(String),
    /// Back to the lesson's original scenario.
    ResetLesson,
    /// The hand change (drift) was edited.
    EditDrift(String),
    /// Grid or SQL view of the setup.
    SetSetupView(SetupView),
    /// Run now (Ctrl/Cmd+Enter).
    RunNow,
    /// A run finished.
    Ran {
        /// The revision it ran.
        revision: u64,
        /// The report or input error.
        result: Result<Report, InputError>,
        /// The setup model, if the setup was readable.
        model: Option<SetupModel>,
        /// Milliseconds it took.
        ms: f64,
    },
    /// Select a step.
    Select(usize),
    /// Next step.
    Next,
    /// Previous step.
    Prev,
    /// A grid cell was edited (`None` = NULL).
    EditCell {
        /// Table position.
        table: usize,
        /// Row position.
        row: usize,
        /// Column position.
        column: usize,
        /// New value.
        value: Option<String>,
    },
    /// Append a row to a table, filled from its defaults as of `now`.
    AddRow(usize, chrono::NaiveDateTime),
    /// Remove a row.
    RemoveRow(usize, usize),
    /// The deployed code's queries were edited.
    EditOldCode(String),
    /// "Check downgrade" was switched.
    SetCheckDowngrade(bool),
    /// Show the Migration or the Model tab.
    SetTab(InputTab),
    /// The model was edited.
    EditModel(String),
    /// The model could not be compared.
    ModelError(InputError),
    /// Autogenerate wrote this revision (and a one-line summary): it replaces the
    /// migration and runs.
    Generated(String, String),
    /// "Make it safe": show this rewrite.
    Propose(Rc<Fixed>),
    /// Replace the migration with the proposed rewrite.
    ApplyProposal,
    /// Close the proposal.
    DismissProposal,
    /// "Copy link" made this link.
    Linked(String),
    /// Close the bad-link message.
    DismissLinkError,
    /// "Verify on PostgreSQL" started or finished.
    Verify(Verification),
    /// A background run of this revision started.
    Started(u64),
    /// The background run was cancelled (Cancel, Escape).
    Cancelled,
    /// The background run of this revision failed (the worker could not load or run).
    WorkerFailed(u64, String),
}

impl State {
    /// A state showing `scenario`, not yet run.
    pub fn new(scenario: Scenario) -> Self {
        State {
            scenario,
            setup_view: SetupView::Grid,
            outcome: Outcome::Pending,
            model: None,
            selected: 0,
            revision: 1,
            immediate: true,
            last_run_ms: None,
            proposal: None,
            link_error: None,
            link: None,
            embed: false,
            readonly: false,
            verification: Verification::None,
            running: None,
            notice: None,
            tab: InputTab::Migration,
            model_error: None,
            generated: None,
        }
    }

    /// The first built-in example.
    pub fn default_scenario() -> Scenario {
        PRESETS[0].scenario()
    }

    /// Replaces the scenario (an example, a lesson, a lesson reset) and runs it at once;
    /// the Migration tab shows it, and nothing of the previous model's state remains.
    fn load(&mut self, scenario: Scenario) {
        self.scenario = scenario;
        self.selected = 0;
        self.tab = InputTab::Migration;
        self.model_error = None;
        self.edited();
        self.immediate = true;
    }

    fn edited(&mut self) {
        self.revision += 1;
        self.immediate = false;
        self.proposal = None;
        self.link = None;
        self.verification = Verification::None;
        // A newer revision supersedes a background run (the effect terminates it).
        self.running = None;
        self.notice = None;
        self.generated = None;
    }

    /// The scenario as a share link's payload.
    pub fn shared(&self) -> rehearse_core::share::Shared {
        let s = &self.scenario;
        rehearse_core::share::Shared {
            setup: s.setup.clone(),
            migration: s.migration.clone(),
            kind: s.kind.as_str().into(),
            old_code: s.old_code.clone(),
            drift: s.drift.clone(),
            check_downgrade: s.check_downgrade,
            lesson: s.lesson.clone(),
            model: s.model.clone(),
        }
    }
}

impl From<rehearse_core::share::Shared> for Scenario {
    fn from(s: rehearse_core::share::Shared) -> Self {
        Scenario {
            setup: s.setup,
            migration: s.migration,
            kind: InputKind::from_name(&s.kind),
            old_code: s.old_code,
            check_downgrade: s.check_downgrade,
            drift: s.drift,
            lesson: s.lesson,
            model: s.model,
        }
    }
}

impl State {
    fn step_count(&self) -> usize {
        match &self.outcome {
            Outcome::Report(r) => r.upgrade.steps.len(),
            _ => 0,
        }
    }

    fn edit_model(&mut self, change: impl FnOnce(&mut SetupModel)) {
        let Some(model) = &self.model else { return };
        let mut model = (**model).clone();
        change(&mut model);
        self.scenario.setup = setup::to_sql(&model);
        self.model = Some(Rc::new(model));
        self.edited();
    }
}

/// A typed cell value: numbers and booleans for columns of those types, else text.
pub fn cell_value(ty: &str, text: &str) -> serde_json::Value {
    let integer = matches!(ty, "integer" | "smallint" | "bigint");
    if integer {
        if let Ok(n) = text.trim().parse::<i64>() {
            return n.into();
        }
    }
    if ty == "boolean" {
        match text.trim() {
            "true" | "t" => return true.into(),
            "false" | "f" => return false.into(),
            _ => {}
        }
    }
    serde_json::Value::String(text.to_string())
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::EditSetup(text) => {
                s.scenario.setup = text;
                s.edited();
            }
            Action::EditMigration(text) => {
                s.scenario.migration = text;
                s.edited();
            }
            Action::SetKind(kind) => {
                s.scenario.kind = kind;
                s.edited();
                s.immediate = true;
            }
            Action::LoadPreset(i) => {
                if let Some(p) = PRESETS.get(i) {
                    s.load(p.scenario());
                }
            }
            Action::LoadLesson(id) => {
                if let Some(l) = crate::lessons::by_id(&id) {
                    s.load(l.scenario());
                }
            }
            Action::ResetLesson => {
                if let Some(l) = s
                    .scenario
                    .lesson
                    .clone()
                    .and_then(|id| crate::lessons::by_id(&id))
                {
                    s.load(l.scenario());
                }
            }
            Action::EditDrift(text) => {
                s.scenario.drift = text;
                s.edited();
            }
            Action::SetSetupView(view) => s.setup_view = view,
            Action::RunNow => {
                s.revision += 1;
                s.immediate = true;
                s.running = None;
                s.notice = None;
            }
            Action::Ran {
                revision,
                result,
                model,
                ms,
            } => {
                if revision != s.revision {
                    return self;
                }
                s.running = None;
                s.notice = None;
                s.last_run_ms = Some(ms);
                if let Some(m) = model {
                    s.model = Some(Rc::new(m));
                }
                s.outcome = match result {
                    Ok(report) => {
                        let failing = report
                            .upgrade
                            .steps
                            .iter()
                            .position(|st| st.error.is_some() || st.unsupported.is_some());
                        let count = report.upgrade.steps.len();
                        s.selected = failing.unwrap_or(s.selected.min(count.saturating_sub(1)));
                        Outcome::Report(Rc::new(report))
                    }
                    Err(e) => Outcome::Invalid(e),
                };
            }
            Action::Select(i) => s.selected = i.min(s.step_count().saturating_sub(1)),
            Action::Next => s.selected = (s.selected + 1).min(s.step_count().saturating_sub(1)),
            Action::Prev => s.selected = s.selected.saturating_sub(1),
            Action::EditCell {
                table,
                row,
                column,
                value,
            } => s.edit_model(|m| {
                let Some(t) = m.tables.get_mut(table) else {
                    return;
                };
                let ty = t
                    .columns
                    .get(column)
                    .map(|c| c.ty.clone())
                    .unwrap_or_default();
                if let Some(cell) = t.rows.get_mut(row).and_then(|r| r.get_mut(column)) {
                    *cell = value.map_or(serde_json::Value::Null, |v| cell_value(&ty, &v));
                }
            }),
            Action::AddRow(table, now) => s.edit_model(|m| {
                if let Ok(added) = setup::add_row(m, table, now) {
                    *m = added;
                }
            }),
            Action::RemoveRow(table, row) => s.edit_model(|m| {
                if let Some(t) = m.tables.get_mut(table) {
                    if row < t.rows.len() {
                        t.rows.remove(row);
                    }
                }
            }),
            Action::EditOldCode(text) => {
                s.scenario.old_code = text;
                s.edited();
            }
            Action::SetCheckDowngrade(on) => {
                s.scenario.check_downgrade = on;
                s.edited();
                s.immediate = true;
            }
            Action::SetTab(tab) => s.tab = tab,
            Action::EditModel(text) => {
                s.scenario.model = text;
                s.model_error = None;
            }
            Action::ModelError(e) => s.model_error = Some(e),
            Action::Generated(revision, summary) => {
                s.scenario.migration = revision;
                s.scenario.kind = InputKind::Alembic;
                s.model_error = None;
                s.tab = InputTab::Migration;
                s.selected = 0;
                s.edited();
                s.generated = Some(summary);
                s.immediate = true;
            }
            Action::Propose(fixed) => s.proposal = Some(fixed),
            Action::Linked(link) => s.link = Some(link),
            Action::DismissLinkError => s.link_error = None,
            Action::Verify(v) => s.verification = v,
            Action::Started(revision) => {
                if revision == s.revision {
                    s.running = Some(revision);
                    s.notice = None;
                }
            }
            Action::Cancelled => {
                if s.running.take().is_some() {
                    s.notice = Some(match s.outcome {
                        Outcome::Pending => "Run cancelled. Edit the scenario or press Ctrl/Cmd+Enter to run it.".into(),
                        _ => "Run cancelled: the results below are from the previous run. Press Ctrl/Cmd+Enter to run again.".into(),
                    });
                }
            }
            Action::WorkerFailed(revision, message) => {
                if s.running == Some(revision) {
                    s.running = None;
                    s.notice = Some(format!("The background run failed: {message}. The results below are from the previous run."));
                }
            }
            Action::DismissProposal => s.proposal = None,
            Action::ApplyProposal => {
                if let Some(p) = s.proposal.take() {
                    s.scenario.migration = p.migration.clone();
                    s.selected = 0;
                    s.edited();
                    s.immediate = true;
                }
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ran(state: Rc<State>) -> Rc<State> {
        let now = chrono::NaiveDateTime::default();
        let sc = &state.scenario;
        let result = rehearse_core::run(
            &sc.setup,
            &sc.migration,
            rehearse_core::MigrationKind::Auto,
            &rehearse_core::RunOptions {
                downgrade: false,
                now,
                ..Default::default()
            },
        );
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
}

#[cfg(test)]
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

#[cfg(test)]
mod proposal_tests {
    use super::*;

    #[test]
    fn applying_a_proposal_replaces_the_migration_and_editing_drops_it() {
        let scenario = State::default_scenario();
        let fixed = rehearse_core::fix::fix(
            &scenario.setup,
            &scenario.migration,
            rehearse_core::MigrationKind::Auto,
            &rehearse_core::RunOptions::default(),
        )
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
