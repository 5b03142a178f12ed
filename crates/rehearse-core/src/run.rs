//! Running a migration: setup (each statement autocommitted, as psql runs a script),
//! then the migration's steps in one transaction as Alembic runs them on PostgreSQL,
//! rolled back whole at the first error; optionally the downgrade in a second one.

use crate::alembic;
use crate::analysis::{self, old_code, round_trip, History};
use crate::report::{Drift, FailingRows, LostCells, Outcome, Report, Run, Step, StepStatus};
use crate::scenario::Scenario;
use crate::snapshot::Snapshots;
use chrono::NaiveDateTime;
use rehearse_engine::error::InputError;
use rehearse_engine::span::Span;
use rehearse_engine::sql::{self, Statement};
use rehearse_engine::Engine;

/// What the migration text is (its names: `crate::scenario`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MigrationKind {
    /// Decide from the text: Python with `op.` calls or `def upgrade` is Alembic.
    #[default]
    Auto,
    /// An Alembic revision or a bare snippet of `op.*` calls.
    Alembic,
    /// Plain SQL.
    Sql,
}

/// One step before it runs: its source and the SQL it sends.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedStep {
    /// Source text of the op call or statement.
    pub op: String,
    /// Where it starts.
    pub span: Span,
    /// The SQL statements PostgreSQL receives.
    pub sql: Vec<String>,
}

/// A migration ready to run.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// `"alembic"` or `"sql"`.
    pub input: &'static str,
    /// Upgrade steps.
    pub upgrade: Vec<PlannedStep>,
    /// Downgrade steps (Alembic revisions only).
    pub downgrade: Vec<PlannedStep>,
    /// Why the downgrade cannot run; reported only when it is asked for.
    pub downgrade_error: Option<InputError>,
}

/// Whether `text` reads as an Alembic migration.
pub fn looks_like_alembic(text: &str) -> bool {
    text.contains("op.") || text.contains("def upgrade") || text.contains("import ")
}

/// The longest text read (setup, migration, deployed code, hand change), in bytes.
pub const MAX_INPUT: usize = 32 << 20;

/// The most rows the whole database may hold (each table holds at most
/// [`rehearse_engine::MAX_ROWS`]): sample data, kept in memory, in a browser tab.
pub const MAX_TOTAL_ROWS: usize = 3_000_000;

/// The most row operations one run may do: for each statement, the rows of the tables
/// it reads or writes, plus the deployed code's queries re-run after each step over
/// every row. A million rows through twenty steps fits; a scenario built to run for
/// hours does not.
pub const MAX_WORK: usize = 20_000_000;

/// Rows in the whole database.
fn total_rows(engine: &Engine) -> usize {
    engine.db.tables.values().map(|t| t.rows.len()).sum()
}

/// Rehearse's refusal for a scenario over a work limit, naming what was too big.
fn too_big(what: String) -> rehearse_engine::error::PgError {
    rehearse_engine::error::PgError::unsupported(format!("a scenario this big ({what})"))
}

/// The text itself, or an error when it is over [`MAX_INPUT`].
fn within_limit<'a>(text: &'a str, source: &str) -> Result<&'a str, InputError> {
    if text.len() > MAX_INPUT {
        return Err(InputError::new(
            source,
            Span::new(1, 1),
            format!(
                "the {source} is {:.1} MB; the playground reads at most {} MB",
                text.len() as f64 / (1 << 20) as f64,
                MAX_INPUT >> 20
            ),
        ));
    }
    Ok(text)
}

/// Where a long run is: reported to [`run_with_progress`]'s callback after each
/// statement of the setup (and hand change) and before each migration step, so a front
/// end can show progress. Calling it is cheap; what the callback does is the caller's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// What is running.
    pub phase: Phase,
    /// Statements (setup) or steps (migration) done so far.
    pub done: usize,
    /// How many there are in this phase.
    pub total: usize,
    /// Rows written so far in this phase (each statement's row count, summed).
    pub rows: usize,
}

/// The parts of a run, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// The setup script (and the hand change).
    Setup,
    /// The migration's upgrade.
    Upgrade,
    /// The downgrade.
    Downgrade,
    /// The upgrade again on a fresh environment (drift comparison).
    Fresh,
}

/// Runs a script (the setup, or a hand change) statement by statement, each committed
/// on its own as psql runs a script; a failing statement is an input error of `source`.
pub(crate) fn apply_script(
    engine: &mut Engine,
    text: &str,
    source: &str,
) -> Result<(), InputError> {
    apply_script_with(engine, text, source, &mut |_| {})
}

fn apply_script_with(
    engine: &mut Engine,
    text: &str,
    source: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<(), InputError> {
    let statements = sql::parse_script(within_limit(text, source)?, source)?;
    let total = statements.len();
    let mut rows = 0;
    for (i, statement) in statements.iter().enumerate() {
        engine.affected = 0;
        engine
            .execute(statement)
            .map_err(|f| InputError::new(source, statement.span, f.error.to_string()))?;
        rows += engine.affected;
        if total_rows(engine) > MAX_TOTAL_ROWS {
            return Err(InputError::new(
                source,
                statement.span,
                format!(
                    "the {source} makes the database hold more than {MAX_TOTAL_ROWS} rows in all; Rehearse simulates up to that many sample rows"
                ),
            ));
        }
        progress(Progress {
            phase: Phase::Setup,
            done: i + 1,
            total,
            rows,
        });
    }
    Ok(())
}

/// Turns migration text into steps.
pub fn plan(migration: &str, kind: MigrationKind) -> Result<Plan, InputError> {
    let migration = within_limit(migration, "migration")?;
    let alembic = match kind {
        MigrationKind::Alembic => true,
        MigrationKind::Sql => false,
        MigrationKind::Auto => looks_like_alembic(migration),
    };
    if alembic {
        let revision = alembic::parse(migration)?;
        Ok(Plan {
            input: "alembic",
            upgrade: revision.upgrade,
            downgrade: revision.downgrade,
            downgrade_error: revision.downgrade_error,
        })
    } else {
        let steps = sql::split(migration, "migration")?
            .into_iter()
            .map(|p| PlannedStep {
                op: p.text.clone(),
                span: p.span,
                sql: vec![p.text],
            })
            .collect();
        Ok(Plan {
            input: "sql",
            upgrade: steps,
            downgrade: Vec::new(),
            downgrade_error: None,
        })
    }
}

/// An input error for text read the wrong way (SQL read as Python, an Alembic
/// revision read as SQL) says so.
fn wrong_pane(mut e: InputError, migration: &str, read_as_python: bool) -> InputError {
    let first = migration
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_ascii_uppercase();
    let sql_start = [
        "ALTER", "CREATE", "INSERT", "UPDATE", "DELETE", "DROP", "SELECT", "BEGIN", "TRUNCATE",
        "WITH", "SET", "COMMENT",
    ];
    if read_as_python && sql_start.contains(&first.as_str()) {
        e.message
            .push_str(" — this looks like SQL: read it as SQL (`--sql`, or \"read as SQL\" in the playground)");
    } else if !read_as_python && looks_like_alembic(migration) {
        e.message
            .push_str(" — this looks like an Alembic migration: read it as Alembic (`--alembic`, or \"read as Alembic\" in the playground)");
    }
    e
}

/// Parses every statement of every step up front, so unreadable SQL is an input error
/// before anything runs.
fn parse_steps(steps: &[PlannedStep]) -> Result<Vec<Vec<Statement>>, InputError> {
    steps
        .iter()
        .map(|step| {
            let mut out = Vec::new();
            for text in &step.sql {
                let mut parsed = sql::parse_script(text, "migration").map_err(|mut e| {
                    // Positions inside generated SQL mean little; point at the step.
                    // A hostile statement can be megabytes: quote its start only.
                    let quoted: String = text.chars().take(200).collect();
                    let more = if quoted.len() < text.len() {
                        " …"
                    } else {
                        ""
                    };
                    e.message = format!("{} (in the SQL of this step: {quoted}{more})", e.message);
                    e.span = step.span;
                    e
                })?;
                out.append(&mut parsed);
            }
            Ok(out)
        })
        .collect()
}

/// `progress` for one phase of a run, as [`run_transaction_with`] reports it.
fn in_phase(
    progress: &mut dyn FnMut(Progress),
    phase: Phase,
) -> impl FnMut(usize, usize, usize) + '_ {
    move |done, total, rows| {
        progress(Progress {
            phase,
            done,
            total,
            rows,
        })
    }
}

/// Runs the scenario's setup (and hand change), then its migration, with `now()` at
/// `now`.
pub fn run(scenario: &Scenario, now: NaiveDateTime) -> Result<Report, InputError> {
    run_with_progress(scenario, now, &mut |_| {})
}

/// [`run`], calling `progress` as it goes (see [`Progress`]).
pub fn run_with_progress(
    scenario: &Scenario,
    now: NaiveDateTime,
    progress: &mut dyn FnMut(Progress),
) -> Result<Report, InputError> {
    let migration = &scenario.migration;
    let plan = plan(migration, scenario.kind).map_err(|e| wrong_pane(e, migration, true))?;
    let mut engine = Engine::new(now);
    apply_script_with(&mut engine, &scenario.setup, "setup", progress)?;
    let fresh = (!scenario.drift.trim().is_empty()).then(|| engine.clone());
    apply_script_with(&mut engine, &scenario.drift, "drift", progress)?;
    let mut snapshots = Snapshots::default();
    let setup_state = snapshots.take(&engine.db);
    let setup_sequences = crate::setup::sequence_positions(&engine.db);
    let old_code = old_code::parse(&scenario.old_code)?;
    let upgrade_sql = parse_steps(&plan.upgrade)
        .map_err(|e| wrong_pane(e, migration, plan.input == "alembic"))?;
    let downgrade_sql = if scenario.check_downgrade {
        if let Some(e) = &plan.downgrade_error {
            return Err(e.clone());
        }
        parse_steps(&plan.downgrade)?
    } else {
        Vec::new()
    };
    let old_code_before = old_code::run(&engine, &old_code);
    let upgrade = run_transaction_with(
        &mut engine,
        &mut snapshots,
        &plan.upgrade,
        &upgrade_sql,
        &old_code,
        &mut in_phase(progress, Phase::Upgrade),
    );
    let downgrade =
        (scenario.check_downgrade && upgrade.outcome == Outcome::Committed).then(|| {
            run_transaction_with(
                &mut engine,
                &mut snapshots,
                &plan.downgrade,
                &downgrade_sql,
                &[],
                &mut in_phase(progress, Phase::Downgrade),
            )
        });
    let round_trip = downgrade
        .as_ref()
        .filter(|d| d.outcome == Outcome::Committed)
        .map(|d| round_trip::compare(&setup_state, &d.tables));
    let drift = fresh.map(|mut fresh| {
        let run = run_transaction_with(
            &mut fresh,
            &mut snapshots,
            &plan.upgrade,
            &upgrade_sql,
            &[],
            &mut in_phase(progress, Phase::Fresh),
        );
        Drift {
            differences: round_trip::schema_differences(
                &run.tables,
                &upgrade.tables,
                &round_trip::DRIFT,
            ),
            fresh: run,
        }
    });
    Ok(Report {
        input: plan.input,
        upgrade,
        downgrade,
        round_trip,
        drift,
        old_code_before,
        setup: setup_state,
        setup_sequences,
    })
}

/// Runs `setup`, then each migration in order on the state the previous one left
/// (as `alembic upgrade head` applies a chain of revisions), each in its own
/// transaction. A migration that rolls back (or that Rehearse cannot simulate) does not
/// stop the run: the next one starts from the state without it (plus what it had
/// committed), so one pass reports every revision. Each report's `setup` is the state
/// that migration started from. `old_code` as in [`Scenario::old_code`].
pub fn run_sequence(
    setup: &str,
    migrations: &[(&str, MigrationKind)],
    old_code: &str,
    now: NaiveDateTime,
) -> Result<Vec<Report>, (usize, InputError)> {
    let mut engine = Engine::new(now);
    apply_script(&mut engine, setup, "setup").map_err(|e| (0, e))?;
    let old_code = old_code::parse(old_code).map_err(|e| (0, e))?;
    let mut reports = Vec::new();
    for (i, (migration, kind)) in migrations.iter().enumerate() {
        let plan = plan(migration, *kind).map_err(|e| (i, e))?;
        let upgrade_sql = parse_steps(&plan.upgrade).map_err(|e| (i, e))?;
        let mut snapshots = Snapshots::default();
        let setup_state = snapshots.take(&engine.db);
        let old_code_before = old_code::run(&engine, &old_code);
        let upgrade = run_transaction(
            &mut engine,
            &mut snapshots,
            &plan.upgrade,
            &upgrade_sql,
            &old_code,
        );
        reports.push(Report {
            input: plan.input,
            upgrade,
            downgrade: None,
            round_trip: None,
            drift: None,
            old_code_before,
            setup: setup_state,
            setup_sequences: Vec::new(),
        });
    }
    Ok(reports)
}

/// Transaction control written inside a migration.
enum Control {
    Begin,
    Commit,
    Rollback,
}

fn transaction_control(statement: &Statement) -> Option<Control> {
    let sql::StatementKind::Sql(ast) = &statement.kind else {
        return None;
    };
    match ast.as_ref() {
        sqlparser::ast::Statement::StartTransaction { .. } => Some(Control::Begin),
        sqlparser::ast::Statement::Commit { .. } => Some(Control::Commit),
        sqlparser::ast::Statement::Rollback {
            savepoint: None, ..
        } => Some(Control::Rollback),
        _ => None,
    }
}

/// Runs steps in one transaction, analysing each statement before it runs and
/// re-running the deployed code's queries (`old_code`) after each step.
pub fn run_transaction(
    engine: &mut Engine,
    snapshots: &mut Snapshots,
    steps: &[PlannedStep],
    parsed: &[Vec<Statement>],
    old_code: &[old_code::OldQuery],
) -> Run {
    run_transaction_with(
        engine,
        snapshots,
        steps,
        parsed,
        old_code,
        &mut |_, _, _| {},
    )
}

/// [`run_transaction`], calling `progress(steps done, steps, rows written)` before each
/// step and once at the end.
///
/// Three endings: every step ran (committed); a step raised PostgreSQL's error (rolled
/// back to the last COMMIT the migration issued — `partial` when that COMMIT, or an
/// autocommitted statement, had already made changes durable); or a step used something
/// Rehearse cannot simulate (`unsupported`: what PostgreSQL would do from there on is
/// unknown, so nothing after it is reported as PostgreSQL's). Steps after the stop are
/// not run, but still analysed against the state before the stop, so their hazards show.
fn run_transaction_with(
    engine: &mut Engine,
    snapshots: &mut Snapshots,
    steps: &[PlannedStep],
    parsed: &[Vec<Statement>],
    old_code: &[old_code::OldQuery],
    progress: &mut dyn FnMut(usize, usize, usize),
) -> Run {
    let mut rows_written = 0;
    let mut history = History::new(&engine.db);
    let mut current: Option<Vec<crate::report::TableState>> = None;
    // What a failure rolls back to: the state before the migration, or after the last
    // COMMIT the migration itself issued (statements after it run in autocommit mode,
    // each committed on success, as psql and PGlite run them).
    let mut saved = engine.clone();
    engine.in_transaction = true;
    let mut out: Vec<Step> = Vec::new();
    let mut stop: Option<Stop> = None;
    // Changes made since the last COMMIT (what a COMMIT makes durable).
    let mut uncommitted_changes = false;
    // Some change became durable before the end: a failure then is a partial commit.
    let mut durable = false;
    // Row operations so far (see [`MAX_WORK`]).
    let mut work = 0usize;
    for (step, statements) in steps.iter().zip(parsed) {
        let mut report = Step {
            op: step.op.clone(),
            line: step.span.line,
            column: step.span.column,
            sql: step.sql.clone(),
            status: StepStatus::Skipped,
            error: None,
            unsupported: None,
            committed: false,
            lost: Vec::new(),
            changed: Vec::new(),
            failing_rows: None,
            before: Vec::new(),
            after: Vec::new(),
            locks: Vec::new(),
            held: Vec::new(),
            costs: Vec::new(),
            hazards: Vec::new(),
            old_code: Vec::new(),
        };
        history.step = out.len();
        progress(out.len(), steps.len(), rows_written);
        if stop.is_some() {
            // Not run; what it would do is judged on the state before the stop.
            for statement in statements {
                if transaction_control(statement).is_none() {
                    let analysis = analysis::analyze(&engine.db, statement, &mut history);
                    report.hazards.extend(analysis.hazards);
                    analysis::locks::accumulate(&mut report.locks, &analysis.locks);
                    report.costs.extend(analysis.costs);
                }
            }
            out.push(report);
            continue;
        }
        // The tables before a step are the tables after the previous one: copying that
        // snapshot is cheaper than taking it again (every value's text output).
        report.before = current.take().unwrap_or_else(|| snapshots.take(&engine.db));
        report.status = StepStatus::Ok;
        for statement in statements {
            match transaction_control(statement) {
                Some(Control::Begin) => {
                    engine.in_transaction = true;
                    continue;
                }
                Some(Control::Commit) => {
                    engine.in_transaction = false;
                    saved = engine.clone();
                    history.held.clear();
                    if std::mem::take(&mut uncommitted_changes) {
                        durable = true;
                        mark_committed(&mut out, &mut report);
                    }
                    continue;
                }
                Some(Control::Rollback) => {
                    *engine = saved.clone();
                    history.held.clear();
                    uncommitted_changes = false;
                    continue;
                }
                None => {}
            }
            let write = written_columns(&engine.db, statement);
            let analysis = analysis::analyze(&engine.db, statement, &mut history);
            report.hazards.extend(analysis.hazards);
            analysis::locks::accumulate(&mut report.locks, &analysis.locks);
            let mut costs = analysis.costs;
            let invalid_before = invalid_indexes(engine);
            work += costs.iter().map(|c| c.rows).sum::<usize>();
            let result = if work > MAX_WORK {
                Err(too_big(format!(
                    "more than {MAX_WORK} row operations by step {} of {}",
                    out.len() + 1,
                    steps.len()
                ))
                .into())
            } else if total_rows(engine) > MAX_TOTAL_ROWS {
                Err(too_big(format!("more than {MAX_TOTAL_ROWS} rows in all")).into())
            } else {
                engine.execute(statement)
            };
            match result {
                Ok(lost) => {
                    rows_written += costs
                        .iter()
                        .filter(|c| c.kind == analysis::CostKind::Write)
                        .map(|_| engine.affected)
                        .sum::<usize>();
                    for c in costs
                        .iter_mut()
                        .filter(|c| c.kind == analysis::CostKind::Write)
                    {
                        // PostgreSQL's count; the rows an INSERT or UPDATE wrote are
                        // the table's last ones (new row versions go to the end).
                        c.rows = engine.affected;
                        let written = engine
                            .db
                            .tables
                            .get(&c.table)
                            .map(|t| {
                                t.rows[t.rows.len().saturating_sub(engine.affected)..].to_vec()
                            })
                            .unwrap_or_default();
                        let assigned = match &write {
                            Some(("INSERT", _)) => None,
                            Some(("UPDATE", a)) => Some(a.as_slice()),
                            _ => continue, // a DELETE checks no new references
                        };
                        let checks = analysis::locks::reference_checks(
                            &engine.db, &c.table, assigned, &written,
                        )
                        .into_iter()
                        .filter(|l| history.is_preexisting(&l.table))
                        .collect::<Vec<_>>();
                        analysis::locks::accumulate(&mut report.locks, &checks);
                        analysis::locks::accumulate(&mut history.held, &checks);
                    }
                    report.costs.append(&mut costs);
                    let changes = !is_read_only(statement);
                    if engine.in_transaction {
                        uncommitted_changes |= changes;
                    } else {
                        // Autocommit mode (after a COMMIT the migration wrote): durable now.
                        saved = engine.clone();
                        history.held.clear();
                        if changes {
                            durable = true;
                            mark_committed(&mut out, &mut report);
                        }
                    }
                    for l in lost {
                        let cells = LostCells {
                            table: l.table,
                            column: l.column,
                            cells: l.cells,
                        };
                        if l.changed {
                            report.changed.push(cells);
                        } else {
                            report.lost.push(cells);
                        }
                    }
                }
                Err(failure) => {
                    if !engine.in_transaction && invalid_indexes(engine) > invalid_before {
                        // A failed CREATE INDEX CONCURRENTLY leaves its INVALID index
                        // behind, committed: the rollback below must keep it.
                        saved = engine.clone();
                        durable = true;
                    }
                    if let Some(unsupported) = failure.error.unsupported {
                        report.status = StepStatus::Unsupported;
                        report.unsupported = Some(unsupported);
                        stop = Some(Stop::Unsupported);
                    } else {
                        report.status = StepStatus::Error;
                        report.error = Some(failure.error);
                        report.failing_rows = failure
                            .rows
                            .map(|(table, positions)| FailingRows { table, positions });
                        stop = Some(Stop::Error);
                    }
                    break;
                }
            }
        }
        if stop.is_none() {
            report.after = snapshots.take(&engine.db);
            current = Some(report.after.clone());
            work += old_code.len() * total_rows(engine);
            if work > MAX_WORK {
                // The deployed code's queries over every row after every step.
                report.status = StepStatus::Unsupported;
                report.unsupported = too_big(format!(
                    "more than {MAX_WORK} row operations, re-running {} deployed-code queries after each step",
                    old_code.len()
                ))
                .unsupported;
                stop = Some(Stop::Unsupported);
            } else {
                report.old_code = old_code::run(engine, old_code);
            }
        }
        if stop != Some(Stop::Unsupported) {
            report.held = history.held.clone();
        }
        out.push(report);
    }
    progress(out.len(), steps.len(), rows_written);
    engine.in_transaction = false;
    let outcome = match stop {
        None => Outcome::Committed,
        Some(Stop::Unsupported) => Outcome::Unsupported,
        Some(Stop::Error) if durable => Outcome::Partial,
        Some(Stop::Error) => Outcome::RolledBack,
    };
    if outcome != Outcome::Committed {
        // Only committed work stays. For an unsupported step, that is also what the
        // next migration of a chain starts from: nothing beyond what is known.
        *engine = saved;
    } else {
        for step in &mut out {
            step.committed = false;
        }
    }
    Run {
        outcome,
        steps: out,
        tables: match current {
            Some(tables) if outcome == Outcome::Committed => tables,
            _ => snapshots.take(&engine.db),
        },
    }
}

/// Why a transaction stopped before its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    /// PostgreSQL raised an error.
    Error,
    /// Rehearse cannot simulate the step.
    Unsupported,
}

/// Marks the steps run so far (and the current one) as committed: a COMMIT or an
/// autocommitted statement made their changes durable.
fn mark_committed(done: &mut [Step], current: &mut Step) {
    for step in done.iter_mut().filter(|s| s.status == StepStatus::Ok) {
        step.committed = true;
    }
    current.committed = true;
}

/// How many INVALID indexes the database holds (left by failed concurrent builds).
fn invalid_indexes(engine: &Engine) -> usize {
    engine
        .db
        .tables
        .values()
        .flat_map(|t| &t.indexes)
        .filter(|i| !i.valid)
        .count()
}

/// Statements that change nothing a COMMIT would keep.
fn is_read_only(statement: &Statement) -> bool {
    matches!(
        &statement.kind,
        sql::StatementKind::Sql(ast) if matches!(
            ast.as_ref(),
            sqlparser::ast::Statement::Query(_) | sqlparser::ast::Statement::SetVariable { .. }
        )
    )
}

/// For a DML statement, its verb and (for an UPDATE) the columns it assigns.
fn written_columns(
    db: &rehearse_engine::catalog::Database,
    statement: &Statement,
) -> Option<(&'static str, Vec<String>)> {
    analysis::actions::of_statement(db, statement)
        .into_iter()
        .find_map(|a| match a {
            analysis::actions::Action::Write { verb, assigned, .. } => Some((verb, assigned)),
            _ => None,
        })
}
