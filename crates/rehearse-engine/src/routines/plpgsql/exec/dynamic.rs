//! `EXECUTE text [INTO [STRICT] targets] [USING ...]` and `FOR ... IN EXECUTE`
//! (`exec_stmt_dynexecute`, `exec_dynquery_with_params`): the text is computed, read
//! by the engine's parser and run as a statement of the DO block or function — DDL
//! included — with `$n` bound to USING's values (typed as PL/pgSQL evaluated them).
//! EXECUTE sets `GET DIAGNOSTICS`'s row count but not FOUND. Each statement other
//! than a SELECT is logged on the engine for the lock analysis (`dynamic_log`).

use super::{evaluate, move_row, query_rows, refused, Frame, Host, QueryRows};
use crate::error::{PgError, Source};
use crate::routines::plpgsql::Execute;
use crate::sql::control::control;
use crate::sql::{Statement, StatementKind};
use crate::types::SqlType;
use crate::value::Value;
use crate::Engine;
use sqlparser::ast;

/// The statements of an EXECUTE's text, with USING's values bound.
fn statements(
    host: &mut Host,
    frame: &Frame,
    query: &ast::Expr,
    using: &[ast::Expr],
) -> Result<Vec<Statement>, PgError> {
    let (value, ty) = evaluate(host, frame, query, None)?;
    let Some(text) = value.output(&ty) else {
        return Err(PgError::new(
            "22004",
            "query string argument of EXECUTE is null",
        ));
    };
    let mut params = Vec::new();
    for e in using {
        params.push(evaluate(host, frame, e, None)?);
    }
    let mut statements = crate::sql::parse_script(&text, Source::Migration).map_err(|_| {
        refused(&format!(
            "the statement an EXECUTE runs, which it cannot read: `{}`",
            text.chars().take(60).collect::<String>()
        ))
    })?;
    for statement in &mut statements {
        check(statement)?;
        bind_params(statement, &params)?;
    }
    Ok(statements)
}

/// PostgreSQL's errors for statements a function cannot run.
fn check(statement: &Statement) -> Result<(), PgError> {
    if control(statement).is_some() {
        return Err(PgError::new(
            "0A000",
            "EXECUTE of transaction commands is not implemented",
        ));
    }
    match &statement.kind {
        StatementKind::Sql(ast) => match ast.as_ref() {
            ast::Statement::CreateIndex(c) if c.concurrently => Err(PgError::new(
                "25001",
                "CREATE INDEX CONCURRENTLY cannot be executed from a function",
            )),
            ast::Statement::Drop { .. } if statement.concurrently => Err(PgError::new(
                "25001",
                "DROP INDEX CONCURRENTLY cannot be executed from a function",
            )),
            ast::Statement::Savepoint { .. }
            | ast::Statement::ReleaseSavepoint { .. }
            | ast::Statement::Rollback { .. } => Err(refused("savepoint commands in EXECUTE")),
            _ => Ok(()),
        },
        StatementKind::Reindex {
            concurrently: true, ..
        } => Err(refused("REINDEX CONCURRENTLY in EXECUTE")),
        _ => Ok(()),
    }
}

/// Whether `$n` parameters reach this statement (planned statements take them;
/// utility statements do not, so a `$n` there is 42P02 whatever USING holds).
fn takes_params(ast: &ast::Statement) -> bool {
    matches!(
        ast,
        ast::Statement::Query(_)
            | ast::Statement::Insert(_)
            | ast::Statement::Update { .. }
            | ast::Statement::Delete(_)
    )
}

/// `$n` as USING's n-th value, a typed constant.
fn bind_params(statement: &mut Statement, params: &[(Value, SqlType)]) -> Result<(), PgError> {
    let StatementKind::Sql(ast) = &mut statement.kind else {
        return Ok(());
    };
    let available = if takes_params(ast) { params.len() } else { 0 };
    let mut error = None;
    let _ = ast::visit_expressions_mut(ast.as_mut(), |x| {
        if let ast::Expr::Value(ast::Value::Placeholder(p)) = x {
            let n = p.strip_prefix('$').and_then(|n| n.parse::<usize>().ok());
            let Some(n) = n.filter(|&n| n >= 1) else {
                error = Some(refused("this parameter in an EXECUTE'd statement"));
                return std::ops::ControlFlow::Break(());
            };
            if n > available {
                error = Some(PgError::new("42P02", format!("there is no parameter ${n}")));
                return std::ops::ControlFlow::Break(());
            }
            let (value, ty) = &params[n - 1];
            let text = match value.output(ty) {
                Some(t) => format!("'{}'::{}", t.replace('\'', "''"), ty.format()),
                None => format!("NULL::{}", ty.format()),
            };
            match crate::routines::plpgsql::parse::parse_expr(&text) {
                Ok(e) => *x = ast::Expr::Nested(Box::new(e)),
                Err(_) => {
                    error = Some(refused(
                        "a USING value the statement cannot take as a constant",
                    ));
                    return std::ops::ControlFlow::Break(());
                }
            }
        }
        std::ops::ControlFlow::Continue(())
    });
    error.map_or(Ok(()), Err)
}

/// The query of a SELECT statement (not a data-modifying WITH).
fn select_of(statement: &Statement) -> Option<&ast::Query> {
    let StatementKind::Sql(ast) = &statement.kind else {
        return None;
    };
    match ast.as_ref() {
        ast::Statement::Query(q)
            if !matches!(
                q.body.as_ref(),
                ast::SetExpr::Insert(_) | ast::SetExpr::Update(_)
            ) =>
        {
            Some(q)
        }
        _ => None,
    }
}

fn engine<'h>(host: &'h mut Host) -> Result<&'h mut Engine, PgError> {
    match host {
        Host::Engine(engine) => Ok(engine),
        Host::Row(_) => Err(refused(
            "EXECUTE in a BEFORE row trigger (it runs inside the statement's row loop)",
        )),
    }
}

/// Runs one statement of an EXECUTE (not a SELECT); the rows it processed.
fn run(engine: &mut Engine, frame: &Frame, statement: &Statement) -> Result<u64, PgError> {
    super::refuse_ddl_under_cursor(frame, statement)?;
    if statement.text.to_lowercase().contains("returning") {
        return Err(refused("EXECUTE of statements with RETURNING"));
    }
    engine.log_statement(statement, true);
    engine.affected = 0;
    engine.dispatch(statement).map_err(|f| f.error)?;
    Ok(engine.affected as u64)
}

/// Runs an EXECUTE statement.
pub fn execute(host: &mut Host, frame: &mut Frame, execute: &Execute) -> Result<(), PgError> {
    engine(host)?;
    let statements = statements(host, frame, &execute.query, &execute.using)?;
    let engine = engine(host)?;
    if !execute.into.is_empty() && statements.len() != 1 {
        return Err(refused("EXECUTE ... INTO of several statements"));
    }
    for statement in &statements {
        match select_of(statement) {
            Some(query) => {
                let (names, types, rows) =
                    query_rows(engine, query, crate::catalog_views::Output::Assigned)?;
                frame.row_count = rows.len() as u64;
                if execute.into.is_empty() {
                    continue;
                }
                if execute.strict && rows.len() != 1 {
                    return Err(if rows.is_empty() {
                        PgError::new("P0002", "query returned no rows")
                    } else {
                        PgError::new("P0003", "query returned more than one row")
                    });
                }
                let first = rows.into_iter().next();
                move_row(engine, frame, &execute.into, &names, &types, first)?;
            }
            None => {
                if !execute.into.is_empty() {
                    return Err(PgError::new(
                        "42601",
                        "INTO used with a command that cannot return data",
                    ));
                }
                frame.row_count = run(engine, frame, statement)?;
            }
        }
    }
    Ok(())
}

/// The rows of `FOR ... IN EXECUTE text [USING ...]`'s query.
pub fn query(
    host: &mut Host,
    frame: &Frame,
    query: &ast::Expr,
    using: &[ast::Expr],
) -> Result<QueryRows, PgError> {
    engine(host)?;
    let statements = statements(host, frame, query, using)?;
    let engine = engine(host)?;
    match statements.as_slice() {
        [statement] => match select_of(statement) {
            Some(q) => query_rows(engine, q, crate::catalog_views::Output::Assigned),
            None => Err(refused(
                "FOR ... IN EXECUTE of a statement other than SELECT",
            )),
        },
        _ => Err(refused("FOR ... IN EXECUTE of several statements")),
    }
}
