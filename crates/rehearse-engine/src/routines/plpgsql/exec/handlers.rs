//! A block's EXCEPTION clauses (`exec_stmt_block` with a subtransaction): the body
//! runs on a savepoint of the engine; an error one clause catches rolls the engine
//! back to it (the block's changes undone; sequences keep the values drawn, as
//! PostgreSQL never rolls them back; variables keep their values) and runs the
//! clause with SQLSTATE and SQLERRM. A refusal is never caught: what PostgreSQL
//! would do there is unknown. Also `RAISE;` and `GET [STACKED] DIAGNOSTICS`.

use super::{refused, statements, store, Frame, Host, Outcome};
use crate::error::PgError;
use crate::routines::plpgsql::conditions::catches;
use crate::routines::plpgsql::{Block, DiagnosticsItem, Target};
use crate::types::SqlType;
use crate::value::Value;
use crate::Engine;

/// Runs a block's body under its EXCEPTION clauses (its variables declared).
pub fn guarded(host: &mut Host, frame: &mut Frame, block: &Block) -> Result<Outcome, PgError> {
    let savepoint = match host {
        Host::Engine(engine) => Some((engine.clone(), engine.log_mark())),
        Host::Row(_) => None,
    };
    let error = match statements(host, frame, &block.body) {
        Ok(outcome) => return Ok(outcome),
        Err(e) if e.unsupported.is_some() => return Err(e),
        Err(e) => e,
    };
    let Some(handler) = block
        .handlers
        .iter()
        .find(|h| catches(&h.conditions, &error.sqlstate))
    else {
        return Err(error);
    };
    if let (Host::Engine(engine), Some((savepoint, mark))) = (&mut *host, savepoint) {
        engine.log_roll_back(mark);
        roll_back(engine, savepoint);
    }
    let depth = frame.variables.len();
    frame.declare(
        "sqlstate",
        SqlType::Text,
        Value::Text(error.sqlstate.clone()),
    );
    frame.declare("sqlerrm", SqlType::Text, Value::Text(error.message.clone()));
    frame.caught.push(error);
    let result = statements(host, frame, &handler.body);
    frame.caught.pop();
    frame.variables.truncate(depth);
    result
}

/// Rolls the engine back to a savepoint: what the subtransaction did is undone, but
/// not the sequences' positions, the random state or the statement's work budget.
fn roll_back(engine: &mut Engine, mut savepoint: Engine) {
    for (name, seq) in &mut savepoint.db.sequences {
        if let Some(drawn) = engine.db.sequences.get(name) {
            seq.last = drawn.last;
        }
    }
    savepoint.random = engine.random;
    savepoint.calls = engine.calls;
    savepoint.affected = engine.affected;
    // What ran inside stays in the log: its locks were taken while it ran.
    savepoint.dynamic = std::mem::take(&mut engine.dynamic);
    *engine = savepoint;
}

/// `RAISE;`: the error the innermost running handler caught, again.
pub fn reraise(frame: &Frame) -> PgError {
    match frame.caught.last() {
        Some(e) => e.clone(),
        None => PgError::new(
            "0Z002",
            "RAISE without parameters cannot be used outside an exception handler",
        ),
    }
}

/// `GET [CURRENT | STACKED] DIAGNOSTICS`.
pub fn get_diagnostics(
    host: &mut Host,
    frame: &mut Frame,
    stacked: bool,
    items: &[(Target, DiagnosticsItem)],
) -> Result<(), PgError> {
    let caught = frame.caught.last().cloned();
    if stacked && caught.is_none() {
        return Err(PgError::new(
            "0Z002",
            "GET STACKED DIAGNOSTICS cannot be used outside an exception handler",
        ));
    }
    for (target, item) in items {
        let (value, ty) = match item {
            DiagnosticsItem::RowCount => (
                Value::Int(i64::try_from(frame.row_count).unwrap_or(i64::MAX)),
                SqlType::BigInt,
            ),
            other => {
                let e = caught
                    .as_ref()
                    .ok_or_else(|| refused("this GET DIAGNOSTICS item"))?;
                let text = match other {
                    DiagnosticsItem::ReturnedSqlstate => Some(e.sqlstate.clone()),
                    DiagnosticsItem::MessageText => Some(e.message.clone()),
                    DiagnosticsItem::ExceptionDetail => e.detail.clone(),
                    DiagnosticsItem::ExceptionHint => e.hint.clone(),
                    DiagnosticsItem::RowCount => None,
                };
                // An absent detail or hint reads as the empty string.
                (Value::Text(text.unwrap_or_default()), SqlType::Text)
            }
        };
        let to = super::target_type(frame, target)?;
        let value = match host {
            Host::Engine(engine) => {
                let (_, mut env) = engine.split();
                super::convert(value, &ty, &to, &mut env)?
            }
            Host::Row(env) => super::convert(value, &ty, &to, env)?,
        };
        store(frame, target, value)?;
    }
    Ok(())
}
