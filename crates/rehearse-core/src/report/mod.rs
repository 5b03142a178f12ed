//! The report: the JSON contract other tools and the UI read.
//!
//! Field meanings are fixed (see README "JSON report"); fields may be added, never
//! changed. Values: integer types as JSON numbers, booleans as booleans, NULL as null,
//! everything else as PostgreSQL's text output.

pub mod queue;

use crate::analysis::locks::TableLock;
use crate::analysis::old_code::OldQueryResult;
use crate::analysis::round_trip::{Difference, RoundTrip};
use crate::analysis::{Cost, Hazard};
use crate::assume::Assumption;
pub use crate::snapshot::{ColumnState, ConstraintState, IndexState, TableState, TriggerState};
use rehearse_engine::error::{PgError, Unsupported};
use rehearse_engine::span::Span;
use serde::{Deserialize, Serialize};

/// The outcome of the migration's transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Every step ran; the transaction committed.
    Committed,
    /// A step failed; the whole transaction rolled back.
    RolledBack,
    /// A step failed after the migration had already committed some of its work (a
    /// COMMIT it issued, an `autocommit_block()`): that work stays, the rest rolled back.
    /// Steps marked `committed` are the ones that stay.
    Partial,
    /// A step uses something Rehearse cannot simulate: not a PostgreSQL outcome. What
    /// PostgreSQL would do from that step on is unknown.
    Unsupported,
}

impl Outcome {
    /// Whether this is PostgreSQL's failure (a rollback, whole or partial).
    pub fn failed(self) -> bool {
        matches!(self, Outcome::RolledBack | Outcome::Partial)
    }
}

/// What the migration was read as: the report's `input`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputFormat {
    /// An Alembic revision or a bare snippet of `op.*` calls: `"alembic"`.
    Alembic,
    /// Plain SQL: `"sql"`.
    Sql,
}

/// What happened to a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    /// Ran without error.
    Ok,
    /// Raised the error that rolled the migration back.
    Error,
    /// Never ran: an earlier step failed or could not be simulated. Its hazards are
    /// still reported, judged on the state before that step.
    Skipped,
    /// Uses something Rehearse cannot simulate (see `Step::unsupported`); the run
    /// stopped here.
    Unsupported,
}

/// Non-NULL values a step destroyed in one column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LostCells {
    /// Table.
    pub table: String,
    /// Column.
    pub column: String,
    /// Count of non-NULL values gone.
    pub cells: usize,
}

/// The rows that made a step fail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FailingRows {
    /// Table.
    pub table: String,
    /// 0-based positions in that table's `before` rows.
    pub positions: Vec<usize>,
}

/// One step: an `op` call or one SQL statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// The source text of the op call or statement.
    pub op: String,
    /// 1-based line where it starts.
    pub line: u32,
    /// 1-based column where it starts.
    pub column: u32,
    /// The SQL statements PostgreSQL receives for it.
    pub sql: Vec<String>,
    /// ok / error / skipped.
    pub status: StepStatus,
    /// The error, for the failing step.
    pub error: Option<PgError>,
    /// For an `unsupported` step: what Rehearse cannot simulate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsupported: Option<Unsupported>,
    /// In a `partial` run: this step's changes were committed before the failure and
    /// stay.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub committed: bool,
    /// Non-NULL cells this step destroyed.
    pub lost: Vec<LostCells>,
    /// Non-NULL cells this step changed without being asked to (a type conversion that
    /// rounds, truncates or reformats: the value does not survive a cast back).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changed: Vec<LostCells>,
    /// For a failing step, the rows that caused the failure.
    pub failing_rows: Option<FailingRows>,
    /// Tables as they were just before this step (inside the transaction); empty for
    /// skipped steps.
    pub before: Vec<TableState>,
    /// Tables just after this step (inside the transaction); empty unless `ok`.
    pub after: Vec<TableState>,
    /// The strongest lock this step takes on each table that existed before the
    /// migration.
    pub locks: Vec<TableLock>,
    /// The locks the transaction holds after this step (released only at COMMIT).
    pub held: Vec<TableLock>,
    /// What the step costs on each table it touches.
    pub costs: Vec<Cost>,
    /// Hazards found in this step.
    pub hazards: Vec<Hazard>,
    /// The step's estimated lock hold time at production size (only when the scenario
    /// gives production sizes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate: Option<crate::analysis::estimate::Estimate>,
    /// The deployed code's queries re-run after this step (only when some were given).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub old_code: Vec<OldQueryResult>,
    /// What in this step's SQL takes its value from the clock or from randomness
    /// (`now()`, `gen_random_uuid()`, ...; see `clock.rs`): the values the report shows
    /// for them are Rehearse's, not the ones PostgreSQL will produce.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nondeterministic: Vec<String>,
    /// What the lock queue does to the application's annotated traffic during this
    /// step (only when the deployed code's queries carry rates; see `lock_queue`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queue: Option<queue::StepQueue>,
}

/// One transaction's run: the upgrade, or the downgrade.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Run {
    /// committed / rolled_back.
    pub outcome: Outcome,
    /// Every step in order.
    pub steps: Vec<Step>,
    /// Final state, tables sorted by name.
    pub tables: Vec<TableState>,
    /// With the annotated traffic, what the lock queue makes of the run in production
    /// when it cancels the migration (lock_timeout, no retry left): a simulated
    /// outcome, distinct from `outcome` (what PostgreSQL does on the sample rows).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_production: Option<ProductionOutcome>,
}

/// The migration's outcome in production when the lock queue cancels it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProductionOutcome {
    /// `rolled_back`, or `partial` when earlier transactions of the migration had
    /// committed.
    pub outcome: Outcome,
    /// The step PostgreSQL cancels (1-based).
    pub step: usize,
    /// PostgreSQL's error there (55P03).
    pub error: PgError,
}

/// Schema drift: the migration on a fresh environment built from the history alone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Drift {
    /// The run on the fresh environment.
    pub fresh: Run,
    /// Schema differences, fresh environment first.
    pub differences: Vec<Difference>,
}

/// The whole report: the upgrade's fields at the top level, the downgrade (when asked
/// for) nested. Read back as written (the playground's worker sends reports to the
/// page).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// What the migration was read as.
    pub input: InputFormat,
    /// The user's assumptions this answer rests on: those the run used, each a
    /// condition Rehearse cannot evaluate and the value the user stated for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assumptions: Vec<Assumption>,
    /// The upgrade.
    #[serde(flatten)]
    pub upgrade: Run,
    /// The downgrade, run after a committed upgrade when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub downgrade: Option<Run>,
    /// After a committed downgrade: whether schema and data came back.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub round_trip: Option<RoundTrip>,
    /// With a drift script: the same migration on a fresh environment (setup only),
    /// and how its final schema differs from this (hand-changed) environment's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drift: Option<Drift>,
    /// The deployed code's queries on the database before the migration (a query
    /// failing here is wrong already, not broken by the migration).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub old_code_before: Vec<OldQueryResult>,
    /// Tables after the setup script, before the migration.
    pub setup: Vec<TableState>,
    /// Each sequence and its last value after the setup (0: never used); with `setup`,
    /// the playground's grid model, so the page need not run the setup twice. Not
    /// part of the JSON.
    #[serde(skip)]
    pub setup_sequences: Vec<(String, i64)>,
}

impl Report {
    /// Every hazard of the upgrade with its step's index.
    pub fn hazards(&self) -> impl Iterator<Item = (usize, &Hazard)> {
        self.upgrade
            .steps
            .iter()
            .enumerate()
            .flat_map(|(i, s)| s.hazards.iter().map(move |h| (i, h)))
    }

    /// The first step Rehearse could not simulate, in the upgrade or the downgrade.
    pub fn unsupported(&self) -> Option<&Step> {
        self.upgrade
            .steps
            .iter()
            .chain(self.downgrade.iter().flat_map(|d| &d.steps))
            .find(|s| s.status == StepStatus::Unsupported)
    }

    /// Every table snapshot the report holds, in a fixed order: the setup, then for
    /// the upgrade, the downgrade and the fresh run (drift) each step's `before` and
    /// `after` and the final tables. The playground's worker sends each distinct set
    /// of rows once by walking them.
    pub fn tables_mut(&mut self) -> impl Iterator<Item = &mut TableState> {
        let runs = [
            Some(&mut self.upgrade),
            self.downgrade.as_mut(),
            self.drift.as_mut().map(|d| &mut d.fresh),
        ];
        self.setup
            .iter_mut()
            .chain(runs.into_iter().flatten().flat_map(|run| {
                run.steps
                    .iter_mut()
                    .flat_map(|step| step.before.iter_mut().chain(step.after.iter_mut()))
                    .chain(run.tables.iter_mut())
            }))
    }

    /// Whether every transaction that ran committed.
    pub fn committed(&self) -> bool {
        self.upgrade.outcome == Outcome::Committed
            && self
                .downgrade
                .as_ref()
                .is_none_or(|d| d.outcome == Outcome::Committed)
    }
}

/// Where a step came from, for spans in errors.
pub fn step_span(step: &Step) -> Span {
    Span::new(step.line, step.column)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::run::run;
    use crate::{Assumption, MigrationKind, Scenario};

    #[test]
    fn the_input_format_is_written_and_read_as_its_name() {
        for (migration, kind, name) in [
            ("SELECT 1;", MigrationKind::Sql, "sql"),
            (
                "op.execute(\"SELECT 1\")",
                MigrationKind::Alembic,
                "alembic",
            ),
        ] {
            let scenario = Scenario {
                migration: migration.into(),
                kind,
                ..Scenario::default()
            };
            let report = run(&scenario, Default::default()).expect("runs");
            let json = serde_json::to_value(&report).expect("serializes");
            assert_eq!(json["input"], name);
            let back: Report = serde_json::from_value(json).expect("reads back");
            assert_eq!(back.input, report.input);
        }
    }

    #[test]
    fn an_answer_under_an_assumption_says_so() {
        let scenario = Scenario {
            setup: "CREATE TABLE t (id int);".into(),
            migration: "from p import skip\ndef upgrade():\n    if skip(op, __name__):\n        return\n    op.drop_table('t')\n".into(),
            kind: MigrationKind::Alembic,
            assumptions: vec![
                Assumption::new("skip(op, __name__)", false),
                Assumption::new("unused()", true),
            ],
            ..Scenario::default()
        };
        let report = run(&scenario, Default::default()).expect("runs");
        // Only the assumption the run used.
        assert_eq!(
            report.assumptions,
            vec![Assumption::new("skip(op, __name__)", false)]
        );
        let json = serde_json::to_value(&report).expect("serializes");
        assert_eq!(
            json["assumptions"],
            serde_json::json!([{"condition": "skip(op, __name__)", "value": false}])
        );
        let back: Report = serde_json::from_value(json).expect("reads back");
        assert_eq!(back.assumptions, report.assumptions);
        assert!(crate::text::render(&report)
            .starts_with("Assuming `skip(op, __name__)` is false, as you said.\n\nUpgrade"));
        // Without one: a refusal naming the condition, no report.
        let refused = run(
            &Scenario {
                assumptions: Vec::new(),
                ..scenario
            },
            Default::default(),
        )
        .expect_err("refused");
        assert_eq!(
            refused.condition.map(|c| c.text),
            Some("skip(op, __name__)".to_string())
        );
        // A report made without assumptions has no such field.
        let plain = run(
            &Scenario {
                migration: "SELECT 1;".into(),
                kind: MigrationKind::Sql,
                ..Scenario::default()
            },
            Default::default(),
        )
        .expect("runs");
        let json = serde_json::to_value(&plain).expect("serializes");
        assert!(json.get("assumptions").is_none());
    }
}
