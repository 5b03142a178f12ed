//! Running a migration: setup (each statement autocommitted, as psql runs a script),
//! then the migration's steps in one transaction as Alembic runs them on PostgreSQL,
//! rolled back whole at the first error; optionally the downgrade in a second one.

use crate::analysis::{self, old_code, round_trip, History};
use crate::input::{plan, plan_assuming, within_limit, wrong_pane, MigrationKind};
use crate::plan::{parse_steps, PlannedStep};
use crate::report::{
    Drift, FailingRows, InputFormat, LostCells, Outcome, Report, Run, Step, StepStatus,
};
use crate::scenario::Scenario;
use crate::snapshot::Snapshots;
use chrono::NaiveDateTime;
use rehearse_engine::error::{InputError, Source};
use rehearse_engine::session::{self, Executed, Session};
use rehearse_engine::sql::{self, Statement};
use rehearse_engine::Engine;

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

/// Runs a script (the setup, or a hand change) statement by statement as psql runs a
/// script: each statement committed on its own, unless the script opens a block
/// (`alembic upgrade --sql` output is BEGIN ... COMMIT); a failing statement is an
/// input error of `source`.
pub(crate) fn apply_script(
    engine: &mut Engine,
    text: &str,
    source: Source,
) -> Result<(), InputError> {
    apply_script_with(engine, text, source, &mut |_| {})
}

fn apply_script_with(
    engine: &mut Engine,
    text: &str,
    source: Source,
    progress: &mut dyn FnMut(Progress),
) -> Result<(), InputError> {
    let statements = sql::parse_script(within_limit(text, source)?, source)?;
    let total = statements.len();
    let now = engine.now;
    let mut session = Session::new(std::mem::replace(engine, Engine::new(now)));
    let mut rows = 0;
    let mut last = None;
    // Each statement is dropped once it has run: a big INSERT's parsed rows take more
    // memory than the table rows they become, so holding every statement's tree to the
    // end of the script would double the setup's peak.
    for (i, statement) in statements.into_iter().enumerate() {
        let statement = &statement;
        session
            .execute_with(statement, |engine| {
                engine.affected = 0;
                let lost = engine.execute(statement)?;
                rows += engine.affected;
                Ok::<_, rehearse_engine::Failure>(lost)
            })
            .map_err(|f| InputError::new(source, statement.span, f.error.to_string()))?;
        if total_rows(session.engine()) > MAX_TOTAL_ROWS {
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
        last = Some(statement.span);
    }
    if session.in_block() {
        // psql would end the session here and PostgreSQL would roll the block back:
        // say so rather than run the migration on an empty database.
        return Err(InputError::new(
            source,
            last.unwrap_or_default(),
            format!("the {source} ends inside a transaction block (BEGIN without COMMIT): PostgreSQL would roll it back when the session ends; add COMMIT"),
        ));
    }
    *engine = session.into_engine();
    Ok(())
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
    let plan = plan_assuming(migration, scenario.kind, &scenario.assumptions)
        .map_err(|e| wrong_pane(e, migration, true))?;
    let mut engine = Engine::new(now);
    apply_script_with(&mut engine, &scenario.setup, Source::Setup, progress)?;
    let fresh = (!scenario.drift.trim().is_empty()).then(|| engine.clone());
    apply_script_with(&mut engine, &scenario.drift, Source::Drift, progress)?;
    let mut snapshots = Snapshots::default();
    let setup_state = snapshots.take(&engine.db);
    let setup_sequences = crate::snapshot::sequence_positions(&engine.db);
    let old_code = old_code::parse(&scenario.old_code)?;
    let traffic = crate::lock_queue::traffic::parse(&scenario.old_code, &old_code, &engine.db)?;
    let directives = crate::lock_queue::settings::directives(migration)?;
    let upgrade_sql = parse_steps(&plan.upgrade)
        .map_err(|e| wrong_pane(e, migration, plan.input == InputFormat::Alembic))?;
    let downgrade_sql = if scenario.check_downgrade {
        if let Some(e) = &plan.downgrade_error {
            return Err(e.clone());
        }
        parse_steps(&plan.downgrade)?
    } else {
        Vec::new()
    };
    let old_code_before = old_code::run(&engine, &old_code);
    let mut upgrade = run_transaction_with(
        &mut engine,
        &mut snapshots,
        &plan.upgrade,
        &upgrade_sql,
        &old_code,
        &mut in_phase(progress, Phase::Upgrade),
    );
    estimate_steps(&mut upgrade, &scenario.production);
    crate::lock_queue::attach(
        &mut upgrade,
        &traffic,
        &directives,
        &crate::lock_queue::hold::EstimateOrDefault,
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
    let mut downgrade = downgrade;
    if let Some(d) = &mut downgrade {
        estimate_steps(d, &scenario.production);
    }
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
    let mut assumptions = plan.upgrade_assumptions;
    if downgrade.is_some() {
        for a in plan.downgrade_assumptions {
            crate::assume::add(&mut assumptions, a);
        }
    }
    Ok(Report {
        input: plan.input,
        assumptions,
        upgrade,
        downgrade,
        round_trip,
        drift,
        old_code_before,
        setup: setup_state,
        setup_sequences,
    })
}

/// Each step's time at the scenario's production sizes (none when no sizes are given).
fn estimate_steps(run: &mut crate::report::Run, sizes: &[crate::production::TableSize]) {
    for step in &mut run.steps {
        let ran = step.status != crate::report::StepStatus::Skipped;
        step.estimate = analysis::estimate::estimate_step(&step.costs, ran, sizes);
    }
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
    apply_script(&mut engine, setup, Source::Setup).map_err(|e| (0, e))?;
    let queries = old_code::parse(old_code).map_err(|e| (0, e))?;
    // The deployed code's traffic annotations, if any: each revision's lock queue
    // (default hold times: no production size is given here).
    let traffic =
        crate::lock_queue::traffic::parse(old_code, &queries, &engine.db).map_err(|e| (0, e))?;
    let mut reports = Vec::new();
    for (i, (migration, kind)) in migrations.iter().enumerate() {
        let plan = plan(migration, *kind).map_err(|e| (i, e))?;
        let directives = crate::lock_queue::settings::directives(migration).map_err(|e| (i, e))?;
        let upgrade_sql = parse_steps(&plan.upgrade).map_err(|e| (i, e))?;
        let mut snapshots = Snapshots::default();
        let setup_state = snapshots.take(&engine.db);
        let old_code_before = old_code::run(&engine, &queries);
        let mut upgrade = run_transaction(
            &mut engine,
            &mut snapshots,
            &plan.upgrade,
            &upgrade_sql,
            &queries,
        );
        crate::lock_queue::attach(
            &mut upgrade,
            &traffic,
            &directives,
            &crate::lock_queue::hold::CostClassDefaults,
        );
        reports.push(Report {
            input: plan.input,
            assumptions: plan.upgrade_assumptions,
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
    let mut current: Option<Vec<crate::snapshot::TableState>> = None;
    // The migration runs in one transaction block, as Alembic runs it. After a COMMIT
    // the migration itself issued, statements run in autocommit mode (each committed on
    // success, as psql and PGlite run them); a failure rolls back to the last commit.
    let mut session = Session::new(std::mem::replace(engine, Engine::new(engine.now)));
    session.begin();
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
            estimate: None,
            old_code: Vec::new(),
            nondeterministic: Vec::new(),
            queue: None,
        };
        for name in step
            .sql
            .iter()
            .flat_map(|sql| crate::clock::nondeterministic(sql))
        {
            if !report.nondeterministic.contains(&name) {
                report.nondeterministic.push(name);
            }
        }
        history.step = out.len();
        progress(out.len(), steps.len(), rows_written);
        if stop.is_some() {
            // Not run; what it would do is judged on the state before the stop.
            for statement in statements {
                if session::control(statement).is_none() {
                    let analysis = analysis::analyze(&session.engine().db, statement, &mut history);
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
        report.before = current
            .take()
            .unwrap_or_else(|| snapshots.take(&session.engine().db));
        report.status = StepStatus::Ok;
        for statement in statements {
            let mut write = Vec::new();
            let mut costs = Vec::new();
            let mut invalid_before = 0;
            // Transaction control is the session's; any other statement is analysed on
            // the database as it is, then run within the work limits.
            let executed = session.execute_with(statement, |engine| {
                let held_before = history.held.clone();
                write = written_columns(&engine.db, statement);
                let analysis = analysis::analyze(&engine.db, statement, &mut history);
                report.hazards.extend(analysis.hazards);
                analysis::locks::accumulate(&mut report.locks, &analysis.locks);
                costs = analysis.costs;
                invalid_before = invalid_indexes(engine);
                work += costs.iter().map(|c| c.rows).sum::<usize>();
                if work > MAX_WORK {
                    Err(too_big(format!(
                        "more than {MAX_WORK} row operations by step {} of {}",
                        out.len() + 1,
                        steps.len()
                    ))
                    .into())
                } else if total_rows(engine) > MAX_TOTAL_ROWS {
                    Err(too_big(format!("more than {MAX_TOTAL_ROWS} rows in all")).into())
                } else {
                    let result = engine.execute(statement);
                    let is_do = matches!(statement.kind, sql::StatementKind::Do { .. });
                    plpgsql_log(engine, &mut history, &mut report, held_before, is_do);
                    result
                }
            });
            match executed {
                Ok(Executed::Began) => {}
                Ok(Executed::Committed) => {
                    history.held.clear();
                    if std::mem::take(&mut uncommitted_changes) {
                        durable = true;
                        mark_committed(&mut out, &mut report);
                    }
                }
                Ok(Executed::RolledBack) => {
                    history.held.clear();
                    uncommitted_changes = false;
                }
                Ok(Executed::Ran {
                    output: lost,
                    committed,
                }) => {
                    let engine = session.engine();
                    // Each write's count: a data-modifying WITH's statements in order.
                    let mut nth: std::collections::BTreeMap<String, usize> =
                        std::collections::BTreeMap::new();
                    for c in costs
                        .iter_mut()
                        .filter(|c| c.kind == analysis::CostKind::Write)
                    {
                        // PostgreSQL's count; the rows an INSERT or UPDATE wrote are
                        // the table's last ones (new row versions go to the end).
                        let n = nth.entry(c.table.clone()).or_default();
                        c.rows = engine.rows_written(&c.table, *n);
                        *n += 1;
                        rows_written += c.rows;
                        let written = engine
                            .db
                            .tables
                            .get(&c.table)
                            .map(|t| t.rows[t.rows.len().saturating_sub(c.rows)..].to_vec())
                            .unwrap_or_default();
                        // (A data-modifying WITH writes several tables, each its way.)
                        let verb = write.iter().find(|w| w.0 == c.table).or(write.first());
                        let assigned = match verb.map(|w| (w.1, &w.2)) {
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
                    if committed {
                        // Autocommit mode (after a COMMIT the migration wrote): durable now.
                        history.held.clear();
                        if changes {
                            durable = true;
                            mark_committed(&mut out, &mut report);
                        }
                    } else {
                        uncommitted_changes |= changes;
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
                    if !session.in_block() && invalid_indexes(session.engine()) > invalid_before {
                        // A failed CREATE INDEX CONCURRENTLY leaves its INVALID index
                        // behind, committed (the engine keeps it).
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
            let engine = session.engine();
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
    let outcome = match stop {
        None => Outcome::Committed,
        Some(Stop::Unsupported) => Outcome::Unsupported,
        Some(Stop::Error) if durable => Outcome::Partial,
        Some(Stop::Error) => Outcome::RolledBack,
    };
    if outcome != Outcome::Committed {
        // Only committed work stays. For an unsupported step, that is also what the
        // next migration of a chain starts from: nothing beyond what is known.
        session.rollback();
    } else {
        session.commit();
        for step in &mut out {
            step.committed = false;
        }
    }
    *engine = session.into_engine();
    Run {
        outcome,
        steps: out,
        tables: match current {
            Some(tables) if outcome == Outcome::Committed => tables,
            _ => snapshots.take(&engine.db),
        },
        in_production: None,
    }
}

/// What the PL/pgSQL bodies a statement ran did beyond their text: the statements
/// EXECUTE computed are analysed (each on the catalog just before it), and when an
/// EXCEPTION clause of a DO block rolled a subtransaction back, the locks held are
/// those of the statements that stand (PostgreSQL releases a rolled-back
/// subtransaction's locks; a DO statement takes none of its own).
fn plpgsql_log(
    engine: &mut Engine,
    history: &mut History,
    report: &mut Step,
    held_before: Vec<analysis::locks::TableLock>,
    is_do: bool,
) {
    let log = engine.take_statement_log();
    for run in log.statements.iter().filter(|r| r.dynamic) {
        let analysis = analysis::analyze(&run.before, &run.statement, history);
        report.hazards.extend(analysis.hazards);
        analysis::locks::accumulate(&mut report.locks, &analysis.locks);
        report.costs.extend(analysis.costs);
    }
    if !is_do || log.incomplete || !log.statements.iter().any(|r| r.rolled_back) {
        return;
    }
    history.held = held_before;
    for run in log.statements.iter().filter(|r| !r.rolled_back) {
        let actions = analysis::actions::of_statement(&run.before, &run.statement);
        let locks: Vec<_> = analysis::locks::of_actions(&run.before, &actions)
            .into_iter()
            .filter(|l| history.is_preexisting(&l.table))
            .collect();
        analysis::locks::accumulate(&mut history.held, &locks);
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

/// For a DML statement, each table it writes with its verb and (for an UPDATE) the
/// columns it assigns.
fn written_columns(
    db: &rehearse_engine::catalog::Database,
    statement: &Statement,
) -> Vec<(String, &'static str, Vec<String>)> {
    analysis::actions::of_statement(db, statement)
        .into_iter()
        .filter_map(|a| match a {
            analysis::actions::Action::Write {
                table,
                verb,
                assigned,
                ..
            } => Some((table, verb, assigned)),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup(text: &str) -> Result<Engine, InputError> {
        let mut engine = Engine::new(NaiveDateTime::default());
        apply_script(&mut engine, text, Source::Setup).map(|()| engine)
    }

    #[test]
    fn a_setup_in_one_block_runs_as_psql_runs_it() {
        let engine =
            setup("BEGIN;\nCREATE TABLE t (id integer);\nINSERT INTO t VALUES (1);\nCOMMIT;\n")
                .unwrap();
        assert_eq!(engine.db.tables["t"].rows.len(), 1);
        let engine = setup("BEGIN;\nCREATE TABLE t (id integer);\nROLLBACK;\n").unwrap();
        assert!(!engine.db.tables.contains_key("t"));
    }

    #[test]
    fn a_setup_that_leaves_a_block_open_is_refused_with_its_reason() {
        let err = setup("BEGIN;\nCREATE TABLE t (id integer);\n").unwrap_err();
        assert_eq!(err.span.line, 2);
        assert!(
            err.message.contains("BEGIN without COMMIT"),
            "{}",
            err.message
        );
    }
}
