//! The playground's runs, shared by the page and its Web Worker: a [`Job`] (the
//! scenario and the clock), [`execute`] (the one code path both take: the core's run
//! plus the setup grid's model) and the transfer of a [`Finished`] run from the worker
//! to the page ([`encode`] / [`decode`]).
//!
//! Small scenarios run on the page itself (instant, nothing to load); large ones in a
//! Web Worker (`src/main.rs`), so the page stays responsive, shows progress and can
//! cancel. The worker also answers the page's other engine work as a [`Task`] and its
//! [`Reply`] (`task.rs`; the page does not send them yet: issue 18's split, in
//! progress). No migration logic here: running and the model are the core's.
//!
//! The transfer is JSON (serde_json is in both wasm files already): the report in its
//! own shape (the README's contract) with every table's rows taken out, and each
//! distinct set of rows once beside it — a step's `before` is the previous step's
//! `after`, the setup is the first step's `before` and the grid's model, the final
//! tables are the last `after`: a 100k-row report holds the same rows many times over.

use chrono::NaiveDateTime;
use rehearse_core::report::TableState;
use rehearse_core::setup::SetupModel;
use rehearse_core::{InputError, Progress, Report, Scenario};
use serde::{Deserialize, Serialize};

mod task;
pub use task::{answer, Reply, Task};

/// A run to do: the scenario and what `now()` is. Its JSON is the scenario's (a share
/// link's payload) with `now_ms` and `trap` beside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// What to run.
    #[serde(flatten)]
    pub scenario: Scenario,
    /// `now()`; on the wire, milliseconds since 1970 (UTC).
    #[serde(rename = "now_ms", with = "millis")]
    pub now: NaiveDateTime,
    /// Trap instead of running: the playground's self-test (`?selftest=trap` on the
    /// page, `worker-trap` in the worker), the one way for the end-to-end tests to see
    /// what a trap does to the page and to the worker.
    #[serde(default)]
    pub trap: bool,
}

/// `now()` as the page's clock reads it (see [`rehearse_core::scenario::time_from_millis`]).
pub(crate) mod millis {
    use chrono::NaiveDateTime;
    use rehearse_core::scenario::{time_from_millis, time_to_millis};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(time: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(time_to_millis(*time))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
        i64::deserialize(d).map(time_from_millis)
    }
}

/// A finished run: what the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Finished {
    /// The report, or why the input could not be read.
    pub result: Result<Report, InputError>,
    /// The setup as the grid's model, when the setup is readable.
    pub model: Option<SetupModel>,
}

/// Runs a job (on the page or in the worker), calling `progress` as the core goes.
pub fn execute(job: &Job, progress: &mut dyn FnMut(Progress)) -> Finished {
    // A trap, as a stack overflow or a panic's abort would end: WebAssembly's
    // `unreachable`, which JavaScript sees as a RuntimeError.
    #[cfg(target_arch = "wasm32")]
    if job.trap {
        core::arch::wasm32::unreachable();
    }
    let scenario = &job.scenario;
    let mut result = rehearse_core::run_with_progress(scenario, job.now, progress);
    // The grid's model comes with the report (the setup ran once); only when the run
    // could not report it (an unreadable migration, or a hand change applied on top of
    // the setup) is the setup run again on its own. The sequences move to the model.
    let sequences = match &mut result {
        Ok(report) => std::mem::take(&mut report.setup_sequences),
        Err(_) => Vec::new(),
    };
    let model = match &result {
        Ok(report) if scenario.drift.trim().is_empty() => {
            Some(SetupModel::new(report.setup.clone(), sequences))
        }
        _ => rehearse_core::setup::load(&scenario.setup, job.now).ok(),
    };
    Finished { result, model }
}

/// What crosses from the worker to the page: the run with every table's rows taken
/// out (the report in its own JSON shape), the distinct row sets, and for each table
/// (in [`tables`] order) its row set. `R` is the type of a table's rows (inferred, so
/// the transfer follows the report).
#[derive(Serialize, Deserialize)]
struct Wire<R> {
    report: Option<Report>,
    error: Option<InputError>,
    model: Option<SetupModel>,
    rows: Vec<R>,
    refs: Vec<usize>,
}

/// Every table of a run, in a fixed order.
fn tables(f: &mut Finished) -> Vec<&mut TableState> {
    let report = f.result.iter_mut().flat_map(Report::tables_mut);
    let model = f.model.iter_mut().flat_map(|m| m.tables.iter_mut());
    report.chain(model).collect()
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
        Ok(r) => (Some(r), None),
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
        (Some(r), None) => Ok(r),
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
            scenario: Scenario {
                setup: setup.into(),
                migration: migration.into(),
                check_downgrade: true,
                old_code: "SELECT id FROM t;".into(),
                drift: drift.into(),
                ..Scenario::default()
            },
            now: NaiveDateTime::default(),
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
    fn a_job_is_the_scenarios_json_with_the_clock_beside_it() {
        let mut job = job("CREATE TABLE t (id int);", "SELECT 1;", "");
        job.now = rehearse_core::scenario::time_from_millis(1_767_225_600_123);
        let json = serde_json::to_string(&job).expect("serializes");
        assert_eq!(
            json,
            r#"{"setup":"CREATE TABLE t (id int);","migration":"SELECT 1;","kind":"auto","old_code":"SELECT id FROM t;","drift":"","check_downgrade":true,"lesson":null,"now_ms":1767225600123,"trap":false}"#
        );
        assert_eq!(serde_json::from_str::<Job>(&json).ok(), Some(job.clone()));
        // The job as the page wrote it before the scenario had one type.
        let before = r#"{"setup":"CREATE TABLE t (id int);","migration":"SELECT 1;","kind":"auto","downgrade":true,"old_code":"SELECT id FROM t;","drift":"","now_ms":1767225600123,"trap":false}"#;
        assert_eq!(serde_json::from_str::<Job>(before).ok(), Some(job));
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
