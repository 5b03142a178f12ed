//! Running a migration: setup (each statement autocommitted, as psql runs a script),
//! then the migration's steps in one transaction as Alembic runs them on PostgreSQL,
//! rolled back whole at the first error; optionally the downgrade in a second one.

use crate::alembic;
use crate::engine::state::snapshot;
use crate::engine::Engine;
use crate::error::InputError;
use crate::report::{FailingRows, LostCells, Outcome, Report, Run, Step, StepStatus};
use crate::span::Span;
use crate::sql::{self, Statement};
use chrono::NaiveDateTime;

/// What the migration text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MigrationKind {
    /// Decide from the text: Python with `op.` calls or `def upgrade` is Alembic.
    Auto,
    /// An Alembic revision or a bare snippet of `op.*` calls.
    Alembic,
    /// Plain SQL.
    Sql,
}

/// Options of a run.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// After a committed upgrade, run the downgrade too.
    pub downgrade: bool,
    /// What `now()` returns.
    pub now: NaiveDateTime,
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
}

/// Whether `text` reads as an Alembic migration.
pub fn looks_like_alembic(text: &str) -> bool {
    text.contains("op.") || text.contains("def upgrade") || text.contains("import ")
}

/// Turns migration text into steps.
pub fn plan(migration: &str, kind: MigrationKind) -> Result<Plan, InputError> {
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
        })
    }
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
                    e.message = format!("{} (in the SQL of this step: {text})", e.message);
                    e.span = step.span;
                    e
                })?;
                out.append(&mut parsed);
            }
            Ok(out)
        })
        .collect()
}

/// Runs `setup` then the migration.
pub fn run(
    setup: &str,
    migration: &str,
    kind: MigrationKind,
    options: &RunOptions,
) -> Result<Report, InputError> {
    let plan = plan(migration, kind)?;
    let mut engine = Engine::new(options.now);
    for statement in sql::parse_script(setup, "setup")? {
        engine
            .execute(&statement)
            .map_err(|f| InputError::new("setup", statement.span, f.error.to_string()))?;
    }
    let setup_state = snapshot(&engine.db);
    let upgrade_sql = parse_steps(&plan.upgrade)?;
    let downgrade_sql = if options.downgrade {
        parse_steps(&plan.downgrade)?
    } else {
        Vec::new()
    };
    let upgrade = run_transaction(&mut engine, &plan.upgrade, &upgrade_sql);
    let downgrade = (options.downgrade && upgrade.outcome == Outcome::Committed)
        .then(|| run_transaction(&mut engine, &plan.downgrade, &downgrade_sql));
    Ok(Report {
        input: plan.input,
        upgrade,
        downgrade,
        setup: setup_state,
    })
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

/// Runs steps in one transaction.
pub fn run_transaction(
    engine: &mut Engine,
    steps: &[PlannedStep],
    parsed: &[Vec<Statement>],
) -> Run {
    // What a failure rolls back to: the state before the migration, or after the last
    // COMMIT the migration itself issued (statements after it run in autocommit mode,
    // each committed on success, as psql and PGlite run them).
    let mut saved = engine.clone();
    engine.in_transaction = true;
    let mut out = Vec::new();
    let mut failed = false;
    for (step, statements) in steps.iter().zip(parsed) {
        let mut report = Step {
            op: step.op.clone(),
            line: step.span.line,
            column: step.span.column,
            sql: step.sql.clone(),
            status: StepStatus::Skipped,
            error: None,
            lost: Vec::new(),
            failing_rows: None,
            before: Vec::new(),
            after: Vec::new(),
        };
        if failed {
            out.push(report);
            continue;
        }
        report.before = snapshot(&engine.db);
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
                    continue;
                }
                Some(Control::Rollback) => {
                    *engine = saved.clone();
                    continue;
                }
                None => {}
            }
            match engine.execute(statement) {
                Ok(lost) => {
                    if !engine.in_transaction {
                        saved = engine.clone();
                    }
                    report.lost.extend(lost.into_iter().map(|l| LostCells {
                        table: l.table,
                        column: l.column,
                        cells: l.cells,
                    }))
                }
                Err(failure) => {
                    report.status = StepStatus::Error;
                    report.error = Some(failure.error);
                    report.failing_rows = failure
                        .rows
                        .map(|(table, positions)| FailingRows { table, positions });
                    failed = true;
                    break;
                }
            }
        }
        if !failed {
            report.after = snapshot(&engine.db);
        }
        out.push(report);
    }
    engine.in_transaction = false;
    if failed {
        *engine = saved;
    }
    Run {
        outcome: if failed {
            Outcome::RolledBack
        } else {
            Outcome::Committed
        },
        steps: out,
        tables: snapshot(&engine.db),
    }
}
