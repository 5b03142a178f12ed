//! LOOP, WHILE, FOR (integer range, query, EXECUTE) and FOREACH, as pl_exec.c's
//! `exec_stmt_loop`, `_while`, `_fori`, `_fors`/`_dynfors` and `_foreach_a` run them:
//! EXIT and CONTINUE by label, FOUND after FOR and FOREACH, and a budget of
//! iterations after which Rehearse refuses rather than keep going.

use super::{
    charge, condition, dynamic, evaluate, move_row, query_rows, refused, statements, substitute,
    Frame, Host, Outcome, Variable,
};
use crate::error::PgError;
use crate::routines::plpgsql::{Loop, LoopKind, Target};
use crate::sql::StatementKind;
use crate::types::SqlType;
use crate::value::Value;
use sqlparser::ast;

/// Most loop iterations one body may run (all its loops together): far above what a
/// migration's batched backfill over sample rows needs.
pub const MAX_LOOP_ITERATIONS: u64 = 100_000;

/// What one iteration's outcome means for its loop.
enum Next {
    /// Go on with the next iteration.
    Iterate,
    /// Leave the loop normally.
    Leave,
    /// Leave the loop and hand this outcome up (RETURN, an outer EXIT/CONTINUE).
    Propagate(Outcome),
}

/// Runs one iteration of `l`'s body, charging the iteration budget.
fn iterate(host: &mut Host, frame: &mut Frame, l: &Loop) -> Result<Next, PgError> {
    frame.iterations += 1;
    if frame.iterations > MAX_LOOP_ITERATIONS {
        return Err(refused(&format!(
            "a PL/pgSQL body running more than {MAX_LOOP_ITERATIONS} loop iterations (the playground's limit)"
        )));
    }
    charge(host)?;
    let mine = |label: &Option<String>| label.is_none() || *label == l.label;
    Ok(match statements(host, frame, &l.body)? {
        Outcome::End => Next::Iterate,
        Outcome::Continue(label) if mine(&label) => Next::Iterate,
        Outcome::Exit(label) if mine(&label) => Next::Leave,
        other => Next::Propagate(other),
    })
}

/// Runs a loop statement.
pub fn run(host: &mut Host, frame: &mut Frame, l: &Loop) -> Result<Outcome, PgError> {
    match &l.kind {
        LoopKind::Forever => loop {
            match iterate(host, frame, l)? {
                Next::Iterate => {}
                Next::Leave => return Ok(Outcome::End),
                Next::Propagate(o) => return Ok(o),
            }
        },
        LoopKind::While(e) => {
            while condition(host, frame, e)? {
                match iterate(host, frame, l)? {
                    Next::Iterate => {}
                    Next::Leave => break,
                    Next::Propagate(o) => return Ok(o),
                }
            }
            Ok(Outcome::End)
        }
        LoopKind::Range {
            var,
            reverse,
            low,
            high,
            step,
        } => range(host, frame, l, var, *reverse, [low, high], step.as_ref()),
        LoopKind::Query(embedded) => {
            let Host::Engine(engine) = host else {
                return Err(refused("FOR loops over queries in a BEFORE row trigger"));
            };
            let mut statement = embedded.statement.clone();
            if let StatementKind::Sql(ast) = &mut statement.kind {
                substitute(frame, ast, &engine.db.tables)?;
            }
            let query = match &statement.kind {
                StatementKind::Sql(ast) => match ast.as_ref() {
                    ast::Statement::Query(q) => q.clone(),
                    _ => return Err(refused("this FOR loop's query")),
                },
                _ => return Err(refused("this FOR loop's query")),
            };
            let rows = query_rows(engine, &query, crate::catalog_views::Output::Assigned)?;
            let read = super::tables_read(&statement, &engine.db.tables);
            frame.open_cursors.push(read);
            let outcome = over_rows(host, frame, l, &embedded.into, rows);
            frame.open_cursors.pop();
            outcome
        }
        LoopKind::Dynamic {
            targets,
            query,
            using,
        } => {
            let rows = dynamic::query(host, frame, query, using)?;
            frame.open_cursors.push(None);
            let outcome = over_rows(host, frame, l, targets, rows);
            frame.open_cursors.pop();
            outcome
        }
        LoopKind::Foreach { var, array } => foreach(host, frame, l, var, array),
    }
}

/// `FOR var IN [REVERSE] low .. high [BY step]` (`exec_stmt_fori`): the bounds are
/// evaluated once, as integers; the variable is the loop's own and is set from the
/// loop's counter at each iteration; the counter stops before it would overflow.
fn range(
    host: &mut Host,
    frame: &mut Frame,
    l: &Loop,
    var: &str,
    reverse: bool,
    [low, high]: [&ast::Expr; 2],
    step: Option<&ast::Expr>,
) -> Result<Outcome, PgError> {
    let int = |host: &mut Host, frame: &Frame, e: &ast::Expr, what: &str| match evaluate(
        host,
        frame,
        e,
        Some(&SqlType::Integer),
    )?
    .0
    {
        Value::Int(v) => i32::try_from(v).map_err(|_| refused("this FOR loop bound")),
        Value::Null => Err(PgError::new(
            "22004",
            format!("{what} of FOR loop cannot be null"),
        )),
        _ => Err(refused("this FOR loop bound")),
    };
    let mut value = int(host, frame, low, "lower bound")?;
    let end = int(host, frame, high, "upper bound")?;
    let step = match step {
        Some(e) => {
            let s = int(host, frame, e, "BY value")?;
            if s <= 0 {
                return Err(PgError::new(
                    "22023",
                    "BY value of FOR loop must be greater than zero",
                ));
            }
            s
        }
        None => 1,
    };
    let depth = frame.variables.len();
    frame.variables.push(Variable {
        name: var.to_string(),
        ty: SqlType::Integer,
        value: Value::Null,
        constant: false,
        not_null: false,
        record: None,
    });
    let mut found = false;
    let result = loop {
        if (reverse && value < end) || (!reverse && value > end) {
            break Ok(Outcome::End);
        }
        found = true;
        frame.variables[depth].value = Value::Int(i64::from(value));
        match iterate(host, frame, l) {
            Ok(Next::Iterate) => {}
            Ok(Next::Leave) => break Ok(Outcome::End),
            Ok(Next::Propagate(o)) => break Ok(o),
            Err(e) => break Err(e),
        }
        let next = if reverse {
            value.checked_sub(step)
        } else {
            value.checked_add(step)
        };
        match next {
            Some(v) => value = v,
            None => break Ok(Outcome::End),
        }
    };
    frame.variables.truncate(depth);
    let outcome = result?;
    frame.set_found(found);
    Ok(outcome)
}

/// A FOR loop over a query's rows (computed when the loop starts: its cursor reads
/// the snapshot taken then); after no rows the targets are NULL.
fn over_rows(
    host: &mut Host,
    frame: &mut Frame,
    l: &Loop,
    targets: &[Target],
    (names, types, rows): super::QueryRows,
) -> Result<Outcome, PgError> {
    let found = !rows.is_empty();
    if rows.is_empty() {
        let Host::Engine(engine) = host else {
            return Err(refused("FOR loops over queries in a BEFORE row trigger"));
        };
        move_row(engine, frame, targets, &names, &types, None)?;
    }
    for row in rows {
        let Host::Engine(engine) = host else {
            return Err(refused("FOR loops over queries in a BEFORE row trigger"));
        };
        move_row(engine, frame, targets, &names, &types, Some(row))?;
        match iterate(host, frame, l)? {
            Next::Iterate => {}
            Next::Leave => break,
            Next::Propagate(o) => {
                frame.set_found(found);
                return Ok(o);
            }
        }
    }
    frame.set_found(found);
    Ok(Outcome::End)
}

/// `FOREACH var IN ARRAY expr` (no SLICE): each element, in storage order, assigned
/// to the variable.
fn foreach(
    host: &mut Host,
    frame: &mut Frame,
    l: &Loop,
    var: &Target,
    array: &ast::Expr,
) -> Result<Outcome, PgError> {
    let Target::Variable(name) = var else {
        return Err(refused("this FOREACH variable"));
    };
    let Some(to) = frame
        .variables
        .iter()
        .rev()
        .find(|v| v.name == *name && v.record.is_none())
        .map(|v| v.ty.clone())
    else {
        return Err(refused(
            "a FOREACH loop variable that is not a declared scalar variable",
        ));
    };
    let (value, ty) = evaluate(host, frame, array, None)?;
    let SqlType::Array(element) = &ty else {
        return Err(PgError::new(
            "42804",
            format!(
                "FOREACH expression must yield an array, not type {}",
                ty.format()
            ),
        ));
    };
    let elements = match value {
        Value::Null => return Err(PgError::new("22004", "FOREACH expression must not be null")),
        Value::Array(a) => a.elements().to_vec(),
        _ => return Err(refused("this FOREACH array")),
    };
    let found = !elements.is_empty();
    for item in elements {
        let item = match host {
            Host::Engine(engine) => {
                let (_, mut env) = engine.split();
                super::convert(item, element, &to, &mut env)?
            }
            Host::Row(env) => super::convert(item, element, &to, env)?,
        };
        super::store(frame, var, item)?;
        match iterate(host, frame, l)? {
            Next::Iterate => {}
            Next::Leave => break,
            Next::Propagate(o) => {
                frame.set_found(found);
                return Ok(o);
            }
        }
    }
    frame.set_found(found);
    Ok(Outcome::End)
}
