//! The playground's state: one [`State`], changed only by [`Action`]s through a pure
//! reducer that native tests can call. Side effects (running the core after a pause,
//! saving to localStorage) live in the app's effects, never here.
//!
//! A click that needs the core (Make it safe, Generate, Verify, + row, the Model tab's
//! first model) does not run it: it dispatches [`Action::Ask`], the reducer records a
//! [`Job`], and the page's effects ([`crate::effects::use_jobs`]) do the work off the
//! click and dispatch its [`Answer`] ([`Action::Done`]).

use crate::presets::PRESETS;
use rehearse_core::autogen::summary::Generated;
use rehearse_core::fix::Fixed;
use rehearse_core::report::Report;
use rehearse_core::setup::{self, SetupModel};
use rehearse_core::share::LinkError;
use rehearse_core::{assume, Assumption, InputError, MigrationKind};
use std::rc::Rc;
use yew::Reducible;

/// What the user edits and what autosave keeps: the core's scenario, whose JSON is
/// a share link's payload (and reads every autosave written before).
pub use rehearse_core::Scenario;

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
pub enum LastRun {
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
    pub outcome: LastRun,
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
    /// The revision whose run is shown: Verify waits until it is the current one, so
    /// that PostgreSQL runs the scenario the report is about.
    pub ran_revision: u64,
    /// A proposed safe rewrite, shown as a diff until applied or dismissed.
    pub proposal: Option<Rc<Fixed>>,
    /// Why the link the page was opened with could not be read.
    pub link_error: Option<LinkError>,
    /// The share link made by "Copy link".
    pub link: Option<String>,
    /// Whether the clipboard took that link (`None` while it has not said).
    pub link_copied: Option<bool>,
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
    /// Why the last grid edit was not applied (the grid cannot write this setup back
    /// exactly), until an edit is applied or the setup is edited as SQL.
    pub grid_note: Option<String>,
    /// Migration or Model tab.
    pub tab: InputTab,
    /// Why the model could not be compared (a located error in the model file).
    pub model_error: Option<InputError>,
    /// What the last "Generate migration" produced, shown above the migration.
    pub generated: Option<String>,
    /// The migration text before "Generate migration" or "Make it safe" replaced it,
    /// until the migration is edited again: Undo puts it back exactly.
    pub undo: Option<Rc<Undo>>,
    /// The scenario a shared link (or the other tab's, on "Load it") replaced, so that
    /// Restore can bring it back (the effects also keep it in localStorage).
    pub kept: Option<Kept>,
    /// Why the last save to the browser's storage failed, until one succeeds.
    pub storage: Option<StorageProblem>,
    /// The saved scenario could not be read at start (what became of it).
    pub damaged: Option<Damaged>,
    /// Another tab saved a different scenario while this one had edits of its own:
    /// theirs, until the user chooses ("Load it" / "Keep mine"). Nothing is saved
    /// meanwhile, so neither tab's work is overwritten silently.
    pub conflict: Option<Rc<Scenario>>,
    /// This tab changed the scenario since it started or last took another tab's.
    pub own_edits: bool,
    /// The scenario came from outside the page (a link, the autosave, another tab) and
    /// has not finished a run yet: unless it is known to be small, it runs in the
    /// worker, where a trap cannot take the page down.
    pub untrusted: bool,
    /// The last run of this scenario stopped the page (the run marker was left in
    /// storage): for the page's life its runs go to the worker.
    pub suspect: bool,
    /// Not running until the user says so (the scenario stopped the page last time).
    pub hold: Hold,
    /// Work asked for and not answered yet, oldest first.
    pub jobs: Vec<Job>,
    /// The last job's id (ids count up from 1).
    pub last_job: u64,
    /// Why "Add the missing table" added nothing (the core's reason), until an edit.
    pub missing_refused: Option<String>,
}

/// Work a click asks for: the core's, done off the click by the page's effects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    /// "Make it safe": the core's safe rewrite, shown as a proposal.
    MakeSafe,
    /// "Generate migration": autogenerate's revision from the model.
    Generate,
    /// The Model tab opened with no model yet: a model written from the sample
    /// database, and the tab opens with it.
    OpenModel,
    /// "Model from database": the model written again from the sample database.
    ModelFromDatabase,
    /// "Verify on PostgreSQL": the request built, then PGlite runs it.
    Verify,
    /// "+ row": a row appended to this table, filled from its defaults.
    AddRow(usize),
    /// "Add the missing table": the table the run's 42P01 names, appended to the setup.
    AddMissingTable,
}

/// Work asked for, until its answer comes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Job {
    /// Its id, for [`Action::Done`].
    pub id: u64,
    /// The revision it was asked at: it works on that scenario.
    pub revision: u64,
    /// What to do.
    pub work: Work,
}

/// What a job found.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// The safe rewrite.
    Proposal(Rc<Fixed>),
    /// Autogenerate's revision and summary, or why the model could not be compared.
    Generated(Result<Generated, InputError>),
    /// A model written from the sample database.
    Model(String),
    /// PostgreSQL's verdict (or why it could not run).
    Verified(Verification),
    /// The setup as tables after the change (a row added).
    Setup(SetupModel),
    /// The missing table to append to the setup, or why there is none.
    MissingTable(Result<rehearse_core::missing_table::MissingTable, String>),
}

/// The migration text a replacement took the place of.
#[derive(Debug, Clone, PartialEq)]
pub struct Undo {
    /// The migration before.
    pub migration: String,
    /// How it was read before (Generate switches to Alembic).
    pub kind: MigrationKind,
    /// What replaced it.
    pub what: Replaced,
    /// The setup before, when the replacement changed it (the missing table added).
    pub setup: Option<String>,
}

impl Undo {
    /// What the Undo notice says.
    pub fn text(&self) -> &'static str {
        match self.what {
            Replaced::Generated => "The generated revision replaced the migration.",
            Replaced::SafeRewrite => "The safe rewrite replaced the migration.",
            Replaced::MissingTable => "The missing table was added to the sample data.",
        }
    }
}

/// What replaced the migration text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replaced {
    /// "Generate migration" (Model tab).
    Generated,
    /// "Make it safe", applied.
    SafeRewrite,
    /// "Add the missing table": the setup grew, the migration stayed.
    MissingTable,
}

/// A scenario put aside when another one replaced it.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    /// The scenario put aside.
    pub scenario: Rc<Scenario>,
    /// What replaced it.
    pub why: KeptWhy,
    /// Its last run had stopped the page: restored, it waits to be asked again.
    pub stopped: bool,
}

/// Why a scenario was put aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeptWhy {
    /// A share link was opened.
    SharedLink,
    /// "Load it": the other tab's scenario.
    OtherTab,
}

/// What the browser's storage would not do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageProblem {
    /// What was being saved.
    pub what: Saving,
    /// Why it failed.
    pub why: StorageFailure,
    /// The size of what was being saved (characters of JSON).
    pub bytes: usize,
}

/// What was being saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saving {
    /// The scenario (autosave).
    Scenario,
    /// The scenario a shared link replaced.
    Previous,
}

/// Why a save failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageFailure {
    /// The storage is full (`QuotaExceededError`).
    Full,
    /// Over [`crate::storage::SAVE_LIMIT`]: not even tried.
    TooBig,
    /// The browser refuses storage to this page (private mode, settings): its error.
    Unavailable(String),
}

/// A saved scenario that could not be read at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damaged {
    /// Why it could not be read.
    pub error: String,
    /// The key it was copied to; `None` if even that failed (then it is left where it
    /// is and nothing saves over it).
    pub kept_as: Option<String>,
}

/// Waiting before running.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Hold {
    /// Runs as usual.
    #[default]
    None,
    /// Asking: "Run it anyway / Edit first".
    Asking,
    /// "Edit first": the next edit runs.
    Editing,
}

/// What the page started from (gathered from the URL and storage by the app).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Start {
    /// The link's scenario, or why it could not be read.
    pub link: Option<Result<Scenario, LinkError>>,
    /// `?lesson=...`: a built-in lesson.
    pub lesson: Option<Scenario>,
    /// The autosave, if any and readable.
    pub saved: Option<Scenario>,
    /// The autosave was there but could not be read.
    pub damaged: Option<Damaged>,
    /// The run marker was left in storage: the autosaved scenario's last run never
    /// finished (it stopped the page).
    pub stopped: bool,
    /// Shown inside another page.
    pub embed: bool,
    /// A read-only embed.
    pub readonly: bool,
}

/// A message above the page with its buttons (see [`State::notices`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// The element's id.
    pub id: &'static str,
    /// What it says.
    pub text: String,
    /// Its buttons.
    pub buttons: Vec<NoticeButton>,
    /// What its × does, if it has one.
    pub dismiss: Option<Action>,
    /// A problem (announced at once) rather than news.
    pub alert: bool,
}

/// A notice's button.
#[derive(Debug, Clone, PartialEq)]
pub struct NoticeButton {
    /// The element's id.
    pub id: &'static str,
    /// Its label.
    pub label: &'static str,
    /// What it does.
    pub does: Does,
}

/// What a notice's button does.
#[derive(Debug, Clone, PartialEq)]
pub enum Does {
    /// Dispatches this action.
    Act(Action),
    /// "Copy link" (an effect: the clipboard).
    CopyLink,
    /// Downloads the scenario as a JSON file (an effect).
    Download,
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
    /// The production sizes were edited (the "Production size" form).
    SetProduction(Vec<rehearse_core::production::TableSize>),
    /// The setup script was edited.
    EditSetup(String),
    /// The migration was edited.
    EditMigration(String),
    /// The input kind was switched.
    SetKind(MigrationKind),
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
    /// Remove a row.
    RemoveRow(usize, usize),
    /// The deployed code's queries were edited.
    EditOldCode(String),
    /// "Check downgrade" was switched.
    SetCheckDowngrade(bool),
    /// "Assume it is true/false" under a refusal at a condition Rehearse cannot
    /// evaluate: the scenario gains the assumption (replacing one about the same
    /// condition) and runs again at once.
    Assume(Assumption),
    /// Remove the assumption about this condition (its text), and run again.
    Unassume(String),
    /// Show the Migration or the Model tab. The Model tab's first opening asks for a
    /// model written from the sample database ([`Work::OpenModel`]) and opens with it.
    SetTab(InputTab),
    /// The model was edited.
    EditModel(String),
    /// A click asks for work ([`Work`]); the page's effects do it and answer.
    Ask(Work),
    /// The job with this id finished, with its answer (`None`: nothing to show, as
    /// when the migration has no safe rewrite to compute). An answer for a scenario
    /// changed since it was asked is dropped, except Verify's (see the reducer).
    Done(u64, Option<Answer>),
    /// Replace the migration with the proposed rewrite.
    ApplyProposal,
    /// Close the proposal.
    DismissProposal,
    /// "Copy link" made this link.
    Linked(String),
    /// The clipboard took the link (`true`) or refused it.
    LinkCopied(bool),
    /// Close the bad-link message.
    DismissLinkError,
    /// A background run of this revision started.
    Started(u64),
    /// The background run was cancelled (Cancel, Escape).
    Cancelled,
    /// The background run of this revision failed (the worker could not load or run,
    /// or it trapped).
    WorkerFailed(u64, String),
    /// A share link was opened in this tab (hashchange): it replaces the scenario,
    /// which is kept aside.
    OpenShared(Scenario),
    /// A link opened in this tab could not be read.
    LinkFailed(LinkError),
    /// Bring back the scenario that was kept aside.
    Restore,
    /// Close the "kept aside" notice.
    DismissKept,
    /// Put back the migration text a replacement took the place of.
    Undo,
    /// Close the Undo notice (the replacement stays).
    DismissUndo,
    /// Saving to the browser's storage failed.
    SaveFailed(StorageProblem),
    /// Saving worked again.
    Saved,
    /// Close the damaged-save notice.
    DismissDamaged,
    /// Another tab saved this scenario.
    OtherTab(Scenario),
    /// "Load it": take the other tab's scenario (this tab's is kept aside).
    LoadOtherTab,
    /// "Keep mine": this tab's scenario is saved over the other tab's.
    KeepMine,
    /// "Run it anyway": run the scenario that stopped the page last time.
    RunAnyway,
    /// "Edit first": the next edit runs it.
    EditFirst,
}

impl State {
    /// A state showing `scenario`, not yet run.
    pub fn new(scenario: Scenario) -> Self {
        State {
            scenario,
            setup_view: SetupView::Grid,
            outcome: LastRun::Pending,
            model: None,
            selected: 0,
            revision: 1,
            immediate: true,
            last_run_ms: None,
            ran_revision: 0,
            proposal: None,
            link_error: None,
            link: None,
            embed: false,
            readonly: false,
            verification: Verification::None,
            running: None,
            notice: None,
            grid_note: None,
            tab: InputTab::Migration,
            model_error: None,
            generated: None,
            undo: None,
            kept: None,
            storage: None,
            damaged: None,
            conflict: None,
            own_edits: false,
            untrusted: false,
            suspect: false,
            hold: Hold::None,
            jobs: Vec::new(),
            last_job: 0,
            missing_refused: None,
            link_copied: None,
        }
    }

    /// The starting state: the link's scenario (the autosave it replaces kept aside),
    /// else the lesson asked for, else the autosave (held if its last run stopped the
    /// page), else the first example.
    pub fn start(start: Start) -> Self {
        let mut state = match start.link {
            Some(Ok(shared)) => {
                let kept = start.saved.filter(|s| *s != shared).map(|s| Kept {
                    scenario: Rc::new(s),
                    why: KeptWhy::SharedLink,
                    stopped: start.stopped,
                });
                let mut state = State::new(shared);
                state.kept = kept;
                state.untrusted = true;
                state
            }
            Some(Err(message)) => {
                let mut state = State::from_saved(start.saved, start.stopped);
                state.link_error = Some(message);
                state
            }
            None => match start.lesson {
                Some(lesson) => State::new(lesson),
                None => State::from_saved(start.saved, start.stopped),
            },
        };
        state.damaged = start.damaged;
        state.embed = start.embed;
        state.readonly = start.embed && start.readonly;
        state
    }

    /// The autosaved scenario (or the first example), held if it stopped the page.
    fn from_saved(saved: Option<Scenario>, stopped: bool) -> Self {
        let Some(saved) = saved else {
            return State::new(Self::default_scenario());
        };
        let mut state = State::new(saved);
        state.untrusted = true;
        if stopped {
            state.ask_before_running();
        }
        state
    }

    /// The scenario stopped the page last time: wait to be asked, run it in the worker
    /// then, and show the setup as SQL meanwhile (the grid comes from a run).
    fn ask_before_running(&mut self) {
        self.suspect = true;
        self.hold = Hold::Asking;
        self.setup_view = SetupView::Sql;
    }

    /// Whether edits are saved to the browser's storage now: not in an embed, not
    /// while another tab's save waits for a choice, not over a damaged save that could
    /// not be copied aside.
    pub fn autosaves(&self) -> bool {
        !self.embed
            && self.conflict.is_none()
            && self.damaged.as_ref().is_none_or(|d| d.kept_as.is_some())
    }

    /// The first built-in example.
    pub fn default_scenario() -> Scenario {
        PRESETS[0].scenario()
    }

    /// Replaces the scenario (an example, a lesson, a lesson reset) and runs it at once;
    /// the Migration tab shows it, and nothing of the previous model's state remains.
    fn load(&mut self, scenario: Scenario) {
        self.scenario = scenario;
        self.loaded();
    }

    /// What follows putting a whole new scenario in place.
    fn loaded(&mut self) {
        self.selected = 0;
        self.tab = InputTab::Migration;
        self.model_error = None;
        self.undo = None;
        // A built-in scenario; callers loading one from outside say so after.
        self.untrusted = false;
        self.suspect = false;
        self.edited();
        self.immediate = true;
    }

    /// Replaces the migration text (Generate, Make it safe), keeping the text before
    /// for Undo, and runs it at once.
    fn replace_migration(&mut self, migration: String, kind: MigrationKind, what: Replaced) {
        let before = Undo {
            migration: std::mem::replace(&mut self.scenario.migration, migration),
            kind: std::mem::replace(&mut self.scenario.kind, kind),
            what,
            setup: None,
        };
        self.selected = 0;
        self.edited();
        self.undo = Some(Rc::new(before));
        self.immediate = true;
    }

    /// Puts the scenario aside (for Restore) and shows `scenario` in its place.
    fn replace_keeping(&mut self, scenario: Scenario, why: KeptWhy) {
        let previous = std::mem::replace(&mut self.scenario, scenario);
        if previous != self.scenario {
            self.kept = Some(Kept {
                scenario: Rc::new(previous),
                why,
                stopped: self.suspect,
            });
        }
        self.loaded();
        self.untrusted = true;
    }

    fn edited(&mut self) {
        self.revision += 1;
        self.immediate = false;
        self.proposal = None;
        self.link = None;
        self.link_copied = None;
        self.verification = Verification::None;
        // A newer revision supersedes a background run (the effect terminates it).
        self.running = None;
        self.notice = None;
        self.generated = None;
        self.missing_refused = None;
        // Undo of the setup would drop what was edited since.
        if self.undo.as_ref().is_some_and(|u| u.setup.is_some()) {
            self.undo = None;
        }
        self.hold = Hold::None;
        self.own_edits = true;
    }
}

/// "1.2 MB", "340 KB": a size for people.
pub fn human_size(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1e6)
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}

impl State {
    /// The notices above the page, most urgent first, with their buttons. (The Undo
    /// notice sits by the migration instead: [`State::undo`].)
    pub fn notices(&self) -> Vec<Notice> {
        let button = |id, label, action| NoticeButton {
            id,
            label,
            does: Does::Act(action),
        };
        let keep_work = || {
            vec![
                NoticeButton {
                    id: "notice-copy-link",
                    label: "Copy link",
                    does: Does::CopyLink,
                },
                NoticeButton {
                    id: "notice-download",
                    label: "Download",
                    does: Does::Download,
                },
            ]
        };
        let mut out = Vec::new();
        if self.hold == Hold::Asking {
            out.push(Notice {
                id: "stopped-note",
                text: "The last run of this scenario stopped the page, so it has not run again. Run it anyway (in the background, where it cannot stop the page), or edit it first: the next edit runs it.".into(),
                buttons: vec![
                    button("run-anyway", "Run it anyway", Action::RunAnyway),
                    button("edit-first", "Edit first", Action::EditFirst),
                ],
                dismiss: None,
                alert: true,
            });
        }
        if let Some(d) = &self.damaged {
            let text = match &d.kept_as {
                Some(key) => format!(
                    "The scenario saved in this browser could not be read ({}), so the first example is shown. The saved text is kept, untouched, in this browser's storage under “{key}”.",
                    d.error
                ),
                None => format!(
                    "The scenario saved in this browser could not be read ({}), and there was no room to copy it aside, so this page leaves it as it is and does not save your edits over it. Copy link or Download keeps your work.",
                    d.error
                ),
            };
            out.push(Notice {
                id: "damaged-note",
                text,
                buttons: if d.kept_as.is_some() {
                    vec![]
                } else {
                    keep_work()
                },
                dismiss: d.kept_as.is_some().then_some(Action::DismissDamaged),
                alert: true,
            });
        }
        if let Some(p) = &self.storage {
            let size = human_size(p.bytes);
            let why = match &p.why {
                StorageFailure::Full => {
                    format!("the browser's storage for this site is full (this scenario is {size})")
                }
                StorageFailure::TooBig => {
                    format!("this scenario ({size}) is too big to save in the browser")
                }
                StorageFailure::Unavailable(e) => {
                    format!("the browser does not let this page use its storage ({e})")
                }
            };
            let text = match p.what {
                Saving::Scenario => format!("Your latest edits are not saved in this browser: {why}. A reload would show an older version. Copy link or Download keeps your work."),
                Saving::Previous => format!("Your previous scenario could not be kept in this browser's storage: {why}. It stays restorable until you leave this page."),
            };
            out.push(Notice {
                id: "storage-note",
                text,
                buttons: match p.what {
                    Saving::Scenario => keep_work(),
                    Saving::Previous => vec![],
                },
                dismiss: None,
                alert: true,
            });
        }
        if self.conflict.is_some() {
            out.push(Notice {
                id: "conflict-note",
                text: "Another tab changed the saved scenario. This tab's edits are not saved until you choose: load the other tab's (yours is kept aside), or keep yours (saved over theirs).".into(),
                buttons: vec![
                    button("load-other-tab", "Load it", Action::LoadOtherTab),
                    button("keep-mine", "Keep mine", Action::KeepMine),
                ],
                dismiss: None,
                alert: true,
            });
        }
        if let Some(k) = &self.kept {
            let text = match k.why {
                KeptWhy::SharedLink => "Opened a shared scenario; your previous one is kept.",
                KeptWhy::OtherTab => "Loaded the other tab's scenario; yours is kept.",
            };
            out.push(Notice {
                id: "kept-note",
                text: text.into(),
                buttons: vec![button("restore", "Restore", Action::Restore)],
                dismiss: Some(Action::DismissKept),
                alert: false,
            });
        }
        out
    }

    /// The last run's report, if it gave one.
    pub fn report(&self) -> Option<&Rc<Report>> {
        match &self.outcome {
            LastRun::Report(r) => Some(r),
            _ => None,
        }
    }

    /// Why the last run could not read the input, if it could not.
    pub fn input_error(&self) -> Option<&InputError> {
        match &self.outcome {
            LastRun::Invalid(e) => Some(e),
            _ => None,
        }
    }

    /// The line the migration editor marks, with its message: where the migration
    /// could not be read, else the step PostgreSQL's error stopped.
    pub fn migration_marker(&self) -> Option<(u32, String)> {
        match &self.outcome {
            LastRun::Invalid(e) if e.source == rehearse_core::Source::Migration => {
                Some((e.span.line, e.message.clone()))
            }
            LastRun::Report(r) => r.upgrade.steps.iter().find_map(|s| {
                s.error
                    .as_ref()
                    .map(|e| (s.line, format!("{} {}", e.sqlstate, e.message)))
            }),
            _ => None,
        }
    }

    /// The line the setup editor marks, with its message: where the setup could not
    /// be read.
    pub fn setup_marker(&self) -> Option<(u32, String)> {
        self.input_error()
            .filter(|e| e.source == rehearse_core::Source::Setup)
            .map(|e| (e.span.line, e.message.clone()))
    }

    /// What the Undo notice says (beside the generated revision's summary, if any).
    pub fn undo_text(&self) -> Option<&'static str> {
        self.undo.as_ref().map(|u| u.text())
    }

    fn step_count(&self) -> usize {
        match &self.outcome {
            LastRun::Report(r) => r.upgrade.steps.len(),
            _ => 0,
        }
    }

    /// Records work asked for (the effects start it).
    fn ask(&mut self, work: Work) {
        self.last_job += 1;
        self.jobs.push(Job {
            id: self.last_job,
            revision: self.revision,
            work,
        });
    }

    /// Shows what a job found.
    fn answer(&mut self, work: Work, answer: Answer) {
        match answer {
            Answer::Proposal(fixed) => self.proposal = Some(fixed),
            Answer::Generated(Ok(g)) => {
                self.model_error = None;
                self.tab = InputTab::Migration;
                self.replace_migration(g.revision, MigrationKind::Alembic, Replaced::Generated);
                self.generated = Some(g.summary);
            }
            Answer::Generated(Err(e)) => self.model_error = Some(e),
            Answer::Model(text) => {
                self.edit_model_text(text);
                if work == Work::OpenModel {
                    self.tab = InputTab::Model;
                }
            }
            Answer::Verified(v) => self.verification = v,
            Answer::Setup(model) => self.edit_model(|m| *m = model),
            Answer::MissingTable(Ok(table)) => self.add_missing_table(table),
            Answer::MissingTable(Err(why)) => self.missing_refused = Some(why),
        }
    }

    fn edit_model_text(&mut self, text: String) {
        self.scenario.model = text;
        self.model_error = None;
        self.own_edits = true;
    }

    /// A change to the grid's rows, written back as the setup script only when the
    /// grid can write it exactly ([`setup::write_back`]); otherwise the user's script
    /// stays as it is and the grid says why.
    fn edit_model(&mut self, change: impl FnOnce(&mut SetupModel)) {
        let Some(before) = &self.model else { return };
        let mut edited = (**before).clone();
        change(&mut edited);
        // The check compares definitions, not rows, so any fixed clock will do.
        let now = chrono::NaiveDateTime::default();
        match setup::write_back(&self.scenario.setup, before, &edited, now) {
            Ok(sql) => {
                self.grid_note = None;
                self.scenario.setup = sql;
                self.model = Some(Rc::new(edited));
                self.edited();
            }
            Err(why) => self.grid_note = Some(why),
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::EditSetup(text) => {
                s.scenario.setup = text;
                s.grid_note = None;
                s.edited();
            }
            Action::EditMigration(text) => {
                s.scenario.migration = text;
                s.undo = None;
                s.edited();
            }
            Action::SetKind(kind) => {
                s.scenario.kind = kind;
                s.undo = None;
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
            Action::RunNow | Action::RunAnyway => {
                s.revision += 1;
                s.immediate = true;
                s.running = None;
                s.notice = None;
                s.hold = Hold::None;
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
                s.untrusted = false;
                s.last_run_ms = Some(ms);
                s.ran_revision = revision;
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
                        LastRun::Report(Rc::new(report))
                    }
                    Err(e) => LastRun::Invalid(e),
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
            } => s.edit_model(|m| setup::set_cell(m, table, row, column, value.as_deref())),
            Action::RemoveRow(table, row) => s.edit_model(|m| {
                if let Some(t) = m.tables.get_mut(table) {
                    if row < t.rows.len() {
                        t.rows.remove(row);
                    }
                }
            }),
            Action::SetProduction(sizes) => {
                s.scenario.production = sizes;
                s.edited();
                s.immediate = true;
            }
            Action::EditOldCode(text) => {
                s.scenario.old_code = text;
                s.edited();
            }
            Action::SetCheckDowngrade(on) => {
                s.scenario.check_downgrade = on;
                s.edited();
                s.immediate = true;
            }
            Action::Assume(assumption) => {
                assume::add(&mut s.scenario.assumptions, assumption);
                s.edited();
                s.immediate = true;
            }
            Action::Unassume(condition) => {
                assume::remove(&mut s.scenario.assumptions, &condition);
                s.edited();
                s.immediate = true;
            }
            Action::SetTab(InputTab::Model) if s.scenario.model.trim().is_empty() => {
                s.ask(Work::OpenModel)
            }
            Action::SetTab(tab) => s.tab = tab,
            Action::EditModel(text) => s.edit_model_text(text),
            Action::Ask(work) => match work {
                // The button shows only with a report; it hides while PostgreSQL runs.
                Work::Verify
                    if !matches!(s.outcome, LastRun::Report(_)) || s.ran_revision != s.revision =>
                {
                    return self
                }
                Work::Verify => {
                    s.verification = Verification::Running;
                    s.ask(work);
                }
                Work::AddRow(_) if s.model.is_none() => return self,
                _ => s.ask(work),
            },
            Action::Done(id, answer) => {
                let Some(at) = s.jobs.iter().position(|j| j.id == id) else {
                    return self;
                };
                let job = s.jobs.remove(at);
                // Worked on a scenario changed since (an edit, Ctrl/Cmd+Enter): the
                // answer is not for what the page shows. Verify's comes seconds later
                // and is shown as it comes, as it always was.
                if job.revision == s.revision || job.work == Work::Verify {
                    if let Some(answer) = answer {
                        s.answer(job.work, answer);
                    }
                }
            }
            Action::Linked(link) => {
                s.link = Some(link);
                s.link_copied = None;
            }
            Action::LinkCopied(ok) if s.link.is_some() => s.link_copied = Some(ok),
            Action::LinkCopied(_) => return self,
            Action::DismissLinkError => s.link_error = None,
            Action::Started(revision) => {
                if revision == s.revision {
                    s.running = Some(revision);
                    s.notice = None;
                }
            }
            Action::Cancelled => {
                if s.running.take().is_some() {
                    s.notice = Some(match s.outcome {
                        LastRun::Pending => "Run cancelled. Edit the scenario or press Ctrl/Cmd+Enter to run it.".into(),
                        _ => "Run cancelled: the results below are from the previous run. Press Ctrl/Cmd+Enter to run again.".into(),
                    });
                }
            }
            Action::WorkerFailed(revision, message) => {
                if s.running == Some(revision) {
                    s.running = None;
                    s.notice = Some(match s.outcome {
                        LastRun::Pending => format!("The background run stopped: {message}. The page is unaffected; nothing has run yet. Edit the scenario or press Ctrl/Cmd+Enter to try again."),
                        _ => format!("The background run stopped: {message}. The page is unaffected; the results below are from the previous run."),
                    });
                }
            }
            Action::DismissProposal => s.proposal = None,
            // A read-only embed keeps its migration, whatever asks.
            Action::ApplyProposal if s.readonly => s.proposal = None,
            Action::ApplyProposal => {
                if let Some(p) = s.proposal.take() {
                    let kind = s.scenario.kind;
                    s.replace_migration(p.migration.clone(), kind, Replaced::SafeRewrite);
                }
            }
            Action::Undo => {
                if let Some(u) = s.undo.take() {
                    if let Some(setup) = &u.setup {
                        s.scenario.setup = setup.clone();
                    }
                    s.scenario.migration = u.migration.clone();
                    s.scenario.kind = u.kind;
                    s.tab = InputTab::Migration;
                    s.selected = 0;
                    s.edited();
                    s.immediate = true;
                }
            }
            Action::DismissUndo => s.undo = None,
            Action::OpenShared(scenario) => {
                s.link_error = None;
                s.replace_keeping(scenario, KeptWhy::SharedLink);
            }
            Action::LinkFailed(message) => s.link_error = Some(message),
            Action::Restore => {
                if let Some(kept) = s.kept.take() {
                    s.load((*kept.scenario).clone());
                    s.untrusted = true;
                    if kept.stopped {
                        s.ask_before_running();
                    }
                }
            }
            Action::DismissKept => s.kept = None,
            Action::SaveFailed(problem) => s.storage = Some(problem),
            Action::Saved => s.storage = None,
            Action::DismissDamaged => s.damaged = None,
            Action::OtherTab(theirs) => {
                if theirs == s.scenario {
                    // In step again (the same text saved there): nothing to choose.
                    s.conflict = None;
                } else if s.own_edits || s.conflict.is_some() {
                    s.conflict = Some(Rc::new(theirs));
                } else {
                    // Nothing of this tab's own would be lost: follow the other tab.
                    s.load(theirs);
                    s.untrusted = true;
                    s.own_edits = false;
                }
            }
            Action::LoadOtherTab => {
                if let Some(theirs) = s.conflict.take() {
                    s.replace_keeping((*theirs).clone(), KeptWhy::OtherTab);
                    s.own_edits = false;
                }
            }
            Action::KeepMine => s.conflict = None,
            Action::EditFirst => {
                if s.hold == Hold::Asking {
                    s.hold = Hold::Editing;
                }
            }
        }
        Rc::new(s)
    }
}

mod missing;
#[cfg(test)]
mod tests;
