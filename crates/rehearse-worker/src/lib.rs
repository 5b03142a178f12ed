//! The playground's runs, shared by the page and its Web Worker: a [`Job`] (the
//! scenario and the clock), [`execute`] (the one code path both take: the core's run
//! plus the setup grid's model) and the transfer of a [`Finished`] run from the worker
//! to the page ([`encode`] / [`decode`]).
//!
//! Small scenarios run on the page itself (instant, nothing to load); large ones in a
//! Web Worker (`src/main.rs`), so the page stays responsive, shows progress and can
//! cancel. No migration logic here: running and the model are the core's.
//!
//! The transfer is JSON (serde_json is in both wasm files already), with each distinct
//! set of rows sent once: a step's `before` is the previous step's `after`, the setup is
//! the first step's `before` and the grid's model, the final tables are the last
//! `after` — a 100k-row report holds the same rows many times over.

use rehearse_core::analysis::old_code::OldQueryResult;
use rehearse_core::analysis::round_trip::RoundTrip;
use rehearse_core::report::{Drift, InputFormat, Run, TableState};
use rehearse_core::setup::SetupModel;
use rehearse_core::{InputError, MigrationKind, Progress, Report, RunOptions};
use serde::{Deserialize, Serialize};

/// A run to do: the scenario's texts and options, and what `now()` is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// The setup script.
    pub setup: String,
    /// The migration.
    pub migration: String,
    /// `auto`, `alembic` or `sql`.
    pub kind: String,
    /// Also run the downgrade.
    pub downgrade: bool,
    /// The deployed code's queries.
    pub old_code: String,
    /// The hand change (drift).
    pub drift: String,
    /// `now()`, in milliseconds since 1970 (UTC).
    pub now_ms: i64,
    /// Trap instead of running: the playground's self-test (`?selftest=trap` on the
    /// page, `worker-trap` in the worker), the one way for the end-to-end tests to see
    /// what a trap does to the page and to the worker.
    #[serde(default)]
    pub trap: bool,
}

/// A finished run: what the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Finished {
    /// The report, or why the input could not be read.
    pub result: Result<Report, InputError>,
    /// The setup as the grid's model, when the setup is readable.
    pub model: Option<SetupModel>,
}

impl Job {
    /// `now()` as the core takes it.
    pub fn now(&self) -> chrono::NaiveDateTime {
        chrono::DateTime::from_timestamp_millis(self.now_ms)
            .map(|d| d.naive_utc())
            .unwrap_or_default()
    }

    /// How to read the migration.
    pub fn migration_kind(&self) -> MigrationKind {
        match self.kind.as_str() {
            "alembic" => MigrationKind::Alembic,
            "sql" => MigrationKind::Sql,
            _ => MigrationKind::Auto,
        }
    }

    /// The core's options.
    pub fn options(&self) -> RunOptions {
        RunOptions {
            downgrade: self.downgrade,
            now: self.now(),
            old_code: self.old_code.clone(),
            drift: self.drift.clone(),
        }
    }
}

/// Runs a job (on the page or in the worker), calling `progress` as the core goes.
pub fn execute(job: &Job, progress: &mut dyn FnMut(Progress)) -> Finished {
    // A trap, as a stack overflow or a panic's abort would end: WebAssembly's
    // `unreachable`, which JavaScript sees as a RuntimeError.
    #[cfg(target_arch = "wasm32")]
    if job.trap {
        core::arch::wasm32::unreachable();
    }
    let now = job.now();
    let result = rehearse_core::run_with_progress(
        &job.setup,
        &job.migration,
        job.migration_kind(),
        &job.options(),
        progress,
    );
    // The grid's model comes with the report (the setup ran once); only when the run
    // could not report it (an unreadable migration, or a hand change applied on top of
    // the setup) is the setup run again on its own.
    let model = match &result {
        Ok(report) if job.drift.trim().is_empty() => Some(SetupModel {
            tables: report.setup.clone(),
            sequences: report.setup_sequences.clone(),
        }),
        _ => rehearse_core::setup::load(&job.setup, now).ok(),
    };
    Finished { result, model }
}

/// What crosses from the worker to the page: the run with every table's rows taken
/// out, the distinct row sets, and for each table (in [`tables`] order) its row set.
/// `R` is the type of a table's rows (inferred, so the transfer follows the report).
#[derive(Serialize, Deserialize)]
struct Wire<R> {
    report: Option<ReportParts>,
    error: Option<InputError>,
    model: Option<SetupModel>,
    rows: Vec<R>,
    refs: Vec<usize>,
}

/// A report, field by field: the report's own JSON shape flattens the upgrade into
/// the top level, which costs a buffered second pass (and code) to read back.
#[derive(Serialize, Deserialize)]
struct ReportParts {
    input: InputFormat,
    upgrade: Run,
    downgrade: Option<Run>,
    round_trip: Option<RoundTrip>,
    drift: Option<Drift>,
    old_code_before: Vec<OldQueryResult>,
    setup: Vec<TableState>,
    setup_sequences: Vec<(String, i64)>,
}

/// Every table of a run, in a fixed order.
fn tables(f: &mut Finished) -> Vec<&mut TableState> {
    let mut out: Vec<&mut TableState> = Vec::new();
    if let Ok(r) = &mut f.result {
        out.extend(r.setup.iter_mut());
        let runs = [
            Some(&mut r.upgrade),
            r.downgrade.as_mut(),
            r.drift.as_mut().map(|d| &mut d.fresh),
        ];
        for run in runs.into_iter().flatten() {
            for step in &mut run.steps {
                out.extend(step.before.iter_mut());
                out.extend(step.after.iter_mut());
            }
            out.extend(run.tables.iter_mut());
        }
    }
    if let Some(m) = &mut f.model {
        out.extend(m.tables.iter_mut());
    }
    out
}

/// The position of `taken` in `rows`, added if new.
fn pooled<R: PartialEq>(rows: &mut Vec<R>, taken: R) -> usize {
    rows.iter().position(|r| *r == taken).unwrap_or_else(|| {
        rows.push(taken);
        rows.len() - 1
    })
}

/// The bytes the worker sends for a finished run.
pub fn encode(mut finished: Finished) -> Vec<u8> {
    let mut rows = Vec::new();
    let mut refs = Vec::new();
    for table in tables(&mut finished) {
        let taken = std::mem::take(&mut table.rows);
        refs.push(pooled(&mut rows, taken));
    }
    let (report, error) = match finished.result {
        Ok(r) => (
            Some(ReportParts {
                input: r.input,
                upgrade: r.upgrade,
                downgrade: r.downgrade,
                round_trip: r.round_trip,
                drift: r.drift,
                old_code_before: r.old_code_before,
                setup: r.setup,
                setup_sequences: r.setup_sequences,
            }),
            None,
        ),
        Err(e) => (None, Some(e)),
    };
    let wire = Wire {
        report,
        error,
        model: finished.model,
        rows,
        refs,
    };
    // Serialising plain data into memory cannot fail.
    serde_json::to_vec(&wire).unwrap_or_default()
}

/// The finished run from the worker's bytes.
pub fn decode(bytes: &[u8]) -> Result<Finished, String> {
    let Wire {
        report,
        error,
        model,
        rows,
        refs,
    } = serde_json::from_slice::<Wire<_>>(bytes).map_err(|e| e.to_string())?;
    let result = match (report, error) {
        (Some(r), None) => Ok(Report {
            input: r.input,
            upgrade: r.upgrade,
            downgrade: r.downgrade,
            round_trip: r.round_trip,
            drift: r.drift,
            old_code_before: r.old_code_before,
            setup: r.setup,
            setup_sequences: r.setup_sequences,
        }),
        (None, Some(e)) => Err(e),
        _ => return Err("the worker's answer has neither a report nor an error".into()),
    };
    let mut finished = Finished { result, model };
    let mut uses = vec![0usize; rows.len()];
    for &r in &refs {
        *uses
            .get_mut(r)
            .ok_or("the worker's answer refers to rows it does not have")? += 1;
    }
    let mut rows: Vec<Option<_>> = rows.into_iter().map(Some).collect();
    let targets = tables(&mut finished);
    if targets.len() != refs.len() {
        return Err("the worker's answer has the wrong number of tables".into());
    }
    for (table, &r) in targets.into_iter().zip(&refs) {
        uses[r] -= 1;
        table.rows = if uses[r] == 0 {
            rows[r].take().unwrap_or_default()
        } else {
            rows[r].clone().unwrap_or_default()
        };
    }
    Ok(finished)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(setup: &str, migration: &str, drift: &str) -> Job {
        Job {
            setup: setup.into(),
            migration: migration.into(),
            kind: "auto".into(),
            downgrade: true,
            old_code: "SELECT id FROM t;".into(),
            drift: drift.into(),
            now_ms: 0,
            trap: false,
        }
    }

    #[test]
    fn a_run_survives_the_transfer_and_repeated_rows_are_sent_once() {
        let setup = "CREATE TABLE t (id int PRIMARY KEY, v text);\
                     INSERT INTO t VALUES (1, 'a'), (2, NULL), (3, 'c');";
        for (migration, drift) in [
            (
                "op.add_column('t', sa.Column('w', sa.Integer()))\nop.drop_column('t', 'v')",
                "",
            ),
            (
                "ALTER TABLE t ADD COLUMN w int;\nUPDATE t SET w = id;",
                "ALTER TABLE t ADD COLUMN x int;",
            ),
            ("ALTER TABLE t ALTER COLUMN v SET NOT NULL;", ""),
            ("ALTER TABLE t ADD COLUMN (;", ""),
        ] {
            let finished = execute(&job(setup, migration, drift), &mut |_| {});
            let bytes = encode(finished.clone());
            assert_eq!(decode(&bytes).as_ref(), Ok(&finished), "{migration}");
        }
        let finished = execute(
            &job(setup, "ALTER TABLE t ADD COLUMN w int;", ""),
            &mut |_| {},
        );
        let wire: Wire<serde_json::Value> =
            serde_json::from_slice(&encode(finished)).expect("reads");
        // setup = before = model; after = final tables.
        assert_eq!(wire.rows.len(), 2);
        assert!(decode(b"{}").is_err());
    }

    #[test]
    fn progress_reports_each_setup_statement_and_each_step() {
        let mut seen = Vec::new();
        execute(
            &job(
                "CREATE TABLE t (id int); INSERT INTO t VALUES (1); INSERT INTO t VALUES (2), (3);",
                "ALTER TABLE t ADD COLUMN w int;\nUPDATE t SET w = id;",
                "",
            ),
            &mut |p| seen.push((p.phase, p.done, p.total, p.rows)),
        );
        use rehearse_core::run::Phase::*;
        assert_eq!(
            seen,
            [
                (Setup, 1, 3, 0),
                (Setup, 2, 3, 1),
                (Setup, 3, 3, 3),
                (Upgrade, 0, 2, 0),
                (Upgrade, 1, 2, 0),
                (Upgrade, 2, 2, 3),
                (Downgrade, 0, 0, 0), // SQL has no downgrade
            ]
        );
    }
}
