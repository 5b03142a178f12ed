//! PostgreSQL's client protocol as PGlite answers it, over an engine
//! [`Session`] (which owns transactions), in plain Rust (the wasm-bindgen class in
//! `database.rs` only converts values).
//!
//! * [`query`] (PGlite's `query(sql, params)`) is the extended protocol: one statement,
//!   parsed with its `$n` placeholders, then bound (the parameter count must match),
//!   then run.
//! * [`exec`] (PGlite's `exec(sql)`) is the simple protocol: any number of statements,
//!   no placeholders; several run as one implicit transaction of the session.
//!
//! Results carry PGlite's fields: the command (the command tag's first word), the
//! output columns with their type OIDs, rows as PostgreSQL's text output, `rowCount`
//! for commands whose tag counts rows, and `affectedRows` (inserted, updated and deleted
//! rows, summed over an `exec()` string as PGlite sums them).

use crate::params::{self, Param};
use chrono::NaiveDateTime;
use rehearse_engine::error::{InputError, PgError, Source};
use rehearse_engine::session::{Executed, Session, StatementError};
use rehearse_engine::span::LineIndex;
use rehearse_engine::sql::{self, Statement, StatementKind};
use rehearse_engine::types::SqlType;
use rehearse_engine::QueryOutput;
use sqlparser::ast;

/// An output column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Column name (`?column?` for an unnamed expression).
    pub name: String,
    /// The type's `pg_type` OID.
    pub oid: u32,
}

/// One statement's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results {
    /// The command tag's first word (`SELECT`, `INSERT`, `CREATE`, ...); `None` for an
    /// empty query string.
    pub command: Option<String>,
    /// Output columns.
    pub fields: Vec<Field>,
    /// Rows, each value in PostgreSQL's text output form (`None` is NULL).
    pub rows: Vec<Vec<Option<String>>>,
    /// The tag's row count (SELECT, INSERT, UPDATE, DELETE); absent for other commands.
    pub row_count: Option<usize>,
    /// PGlite's `affectedRows`.
    pub affected_rows: usize,
}

impl Results {
    /// What PGlite returns for a string with no statement in it.
    fn empty() -> Self {
        Results {
            command: None,
            fields: Vec::new(),
            rows: Vec::new(),
            row_count: None,
            affected_rows: 0,
        }
    }

    fn command(command: &str) -> Self {
        Results {
            command: Some(command.to_string()),
            ..Results::empty()
        }
    }
}

/// A failed query: PostgreSQL's error and, when known, its position (1-based, in
/// characters of the query string, as PostgreSQL's `position` field counts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SqlError {
    /// The error.
    pub error: PgError,
    /// Where in the query string.
    pub position: Option<usize>,
}

impl StatementError for SqlError {
    fn is_refusal(&self) -> bool {
        self.error.is_refusal()
    }
}

impl From<PgError> for SqlError {
    fn from(error: PgError) -> Self {
        SqlError {
            error,
            position: None,
        }
    }
}

impl SqlError {
    /// An error at byte `offset` of `sql`.
    fn at(error: PgError, sql: &str, offset: usize) -> Self {
        let chars = sql.get(..offset).map_or(0, |s| s.chars().count());
        SqlError {
            error,
            position: Some(chars + 1),
        }
    }

    /// A statement the parser rejects, worded as PostgreSQL's syntax errors are where
    /// the parser names the offending token.
    fn syntax(sql: &str, e: &InputError) -> Self {
        let text = e
            .message
            .strip_prefix("cannot parse SQL: ")
            .unwrap_or(&e.message);
        let mut offset = LineIndex::new(sql).offset(e.span);
        let rest = sql.get(offset..).unwrap_or_default();
        let message = match text.rfind("found: ") {
            Some(i) if &text[i + 7..] == "EOF" => {
                // PostgreSQL places the end of input just past the last character.
                offset = sql.len();
                "syntax error at end of input".to_string()
            }
            Some(i) => format!("syntax error at or near \"{}\"", &text[i + 7..]),
            // The tokenizer's errors for an unclosed quote point at the opening quote.
            None if text == "Unterminated string literal" => {
                format!("unterminated quoted string at or near \"{rest}\"")
            }
            None if text.starts_with("Expected close delimiter '\"'") => {
                format!("unterminated quoted identifier at or near \"{rest}\"")
            }
            None => text.to_string(),
        };
        SqlError::at(PgError::new("42601", message), sql, offset)
    }
}

/// Statements whose parse analysis (in PostgreSQL, before parameters are bound) can
/// fail on the query text alone.
fn is_dml(statement: &Statement) -> bool {
    matches!(&statement.kind, StatementKind::Sql(ast) if matches!(
        ast.as_ref(),
        ast::Statement::Query(_)
            | ast::Statement::Insert(_)
            | ast::Statement::Update { .. }
            | ast::Statement::Delete(_)
    ))
}

/// INSERT/UPDATE/DELETE ... RETURNING: the engine writes the rows but returns none, so
/// the client reports it as not simulated instead of answering with no rows.
fn returns_rows(statement: &Statement) -> bool {
    let StatementKind::Sql(ast) = &statement.kind else {
        return false;
    };
    match ast.as_ref() {
        ast::Statement::Insert(insert) => insert.returning.is_some(),
        ast::Statement::Update { returning, .. } => returning.is_some(),
        ast::Statement::Delete(delete) => delete.returning.is_some(),
        _ => false,
    }
}

fn first_word(text: &str) -> String {
    text.split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .find(|w| !w.is_empty())
        .unwrap_or_default()
        .to_ascii_uppercase()
}

/// The client's view of an engine result.
fn client_results(statement: &Statement, result: QueryOutput) -> Results {
    let command = if result.command == "SELECT" {
        "SELECT".to_string()
    } else {
        first_word(&statement.text)
    };
    let row_count = matches!(command.as_str(), "SELECT" | "INSERT" | "UPDATE" | "DELETE")
        .then_some(result.affected);
    let rows = result
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .zip(&result.fields)
                .map(|(value, (_, ty))| value.output(ty))
                .collect()
        })
        .collect();
    let fields = result
        .fields
        .into_iter()
        .map(|(name, ty)| Field {
            name,
            // PostgreSQL resolves an output column of type unknown (a bare literal or
            // NULL) to text.
            oid: if ty == SqlType::Unknown { 25 } else { ty.oid() },
        })
        .collect();
    Results {
        command: Some(command),
        fields,
        rows,
        row_count,
        affected_rows: 0,
    }
}

fn parse(sql: &str) -> Result<Vec<Statement>, SqlError> {
    let pieces = sql::split(sql, Source::Query).map_err(|e| SqlError::syntax(sql, &e))?;
    pieces
        .iter()
        .map(|p| sql::parse_piece(p, Source::Query).map_err(|e| SqlError::syntax(sql, &e)))
        .collect()
}

/// One statement with parameters (PGlite's `query()`); `now` is the clock for a
/// statement outside a transaction block.
pub fn query(
    session: &mut Session,
    sql: &str,
    params: &[Param],
    now: NaiveDateTime,
) -> Result<Results, SqlError> {
    let mut statements = parse(sql)?;
    if statements.len() > 1 {
        return Err(PgError::new(
            "42601",
            "cannot insert multiple commands into a prepared statement",
        )
        .into());
    }
    let Some(mut statement) = statements.pop() else {
        return Ok(Results::empty());
    };
    session.check_aborted(&statement)?;
    let found = params::placeholders(sql);
    let required = params::required(&found).map_err(|(e, at)| match at {
        Some(at) => SqlError::at(e, sql, at),
        None => SqlError::from(e),
    })?;
    if params.len() != required {
        // PostgreSQL analyses the statement before it looks at the parameters: an
        // unknown table or column is reported first.
        if is_dml(&statement) {
            if let Some(probe) = parse(&params::substitute(sql, &found, &[]))
                .ok()
                .and_then(|mut s| s.pop())
            {
                let mut engine = session.engine().clone();
                engine.now = now;
                if let Err(failure) = engine.query(&probe) {
                    if failure.error.sqlstate.starts_with("42") {
                        return Err(failure.error.into());
                    }
                }
            }
        }
        return Err(PgError::new(
            "08P01",
            format!(
                "bind message supplies {} parameters, but prepared statement \"\" requires {required}",
                params.len()
            ),
        )
        .into());
    }
    if !found.is_empty() {
        let bound = params::substitute(sql, &found, params);
        statement = parse(&bound)?
            .pop()
            .ok_or_else(|| SqlError::from(PgError::new("42601", "syntax error")))?;
    }
    let mut results = run(session, &[statement], sql, now, false)?;
    Ok(results.pop().unwrap_or_else(Results::empty))
}

/// Any number of statements without parameters (PGlite's `exec()`).
pub fn exec(
    session: &mut Session,
    sql: &str,
    now: NaiveDateTime,
) -> Result<Vec<Results>, SqlError> {
    let statements = parse(sql)?;
    if statements.is_empty() {
        return Ok(vec![Results::empty()]);
    }
    run(session, &statements, sql, now, true)
}

/// Runs parsed statements in order on the session; several run in one implicit
/// transaction. `no_placeholders`: a `$n` is an error (the simple protocol has no
/// parameters).
fn run(
    session: &mut Session,
    statements: &[Statement],
    sql: &str,
    now: NaiveDateTime,
    no_placeholders: bool,
) -> Result<Vec<Results>, SqlError> {
    session.set_clock(now);
    let several = statements.len() > 1;
    if several {
        session.begin_implicit();
    }
    let results = run_each(session, statements, sql, no_placeholders);
    if several {
        session.end_implicit();
    }
    results
}

/// [`run`]'s statements, each answered as PGlite answers it; the first error stops.
fn run_each(
    session: &mut Session,
    statements: &[Statement],
    sql: &str,
    no_placeholders: bool,
) -> Result<Vec<Results>, SqlError> {
    let mut out = Vec::new();
    let mut affected = 0;
    for statement in statements {
        // The client's own refusals fail the statement as the engine's errors do.
        let executed = session.execute_with(statement, |engine| {
            match params::placeholders(&statement.text).first() {
                Some(p) if no_placeholders => {
                    let start = LineIndex::new(sql).offset(statement.span);
                    Err(SqlError::at(
                        PgError::new("42P02", format!("there is no parameter ${}", p.number)),
                        sql,
                        start + p.start,
                    ))
                }
                _ if returns_rows(statement) => {
                    Err(PgError::unsupported("RETURNING in a client query").into())
                }
                _ => engine.query(statement).map_err(|f| SqlError::from(f.error)),
            }
        })?;
        let mut results = match executed {
            Executed::Began => Results::command(&first_word(&statement.text)),
            Executed::Committed => Results::command("COMMIT"),
            Executed::RolledBack => Results::command("ROLLBACK"),
            Executed::Ran { output, .. } => client_results(statement, output),
        };
        if matches!(
            results.command.as_deref(),
            Some("INSERT" | "UPDATE" | "DELETE")
        ) {
            affected += results.row_count.unwrap_or(0);
        }
        results.affected_rows = affected;
        out.push(results);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rehearse_engine::Engine;

    fn now() -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
    }

    fn text(s: &str) -> Param {
        Param::Text(s.into())
    }

    fn session() -> Session {
        let mut s = Session::new(Engine::new(now()));
        exec(
            &mut s,
            "CREATE TABLE t (id bigint PRIMARY KEY, name text NOT NULL, ok boolean)",
            now(),
        )
        .unwrap();
        s
    }

    fn code(r: Result<impl std::fmt::Debug, SqlError>) -> String {
        r.unwrap_err().error.sqlstate
    }

    #[test]
    fn query_binds_parameters_and_reports_pglite_fields() {
        let mut s = session();
        let r = query(
            &mut s,
            "INSERT INTO t VALUES ($1, $2, $3)",
            &[text("1"), text("it's"), text("true")],
            now(),
        )
        .unwrap();
        assert_eq!(r.command.as_deref(), Some("INSERT"));
        assert_eq!((r.row_count, r.affected_rows), (Some(1), 1));
        let r = query(
            &mut s,
            "SELECT id, name AS who, ok, 'x' AS lit FROM t WHERE id = $1",
            &[text("1")],
            now(),
        )
        .unwrap();
        assert_eq!(r.command.as_deref(), Some("SELECT"));
        assert_eq!(
            r.fields.iter().map(|f| f.oid).collect::<Vec<_>>(),
            vec![20, 25, 16, 25]
        );
        assert_eq!(r.fields[1].name, "who");
        assert_eq!(
            r.rows,
            vec![vec![
                Some("1".into()),
                Some("it's".into()),
                Some("t".into()),
                Some("x".into())
            ]]
        );
        assert_eq!((r.row_count, r.affected_rows), (Some(1), 0));
    }

    #[test]
    fn query_errors_are_postgres_errors() {
        let mut s = session();
        assert_eq!(code(query(&mut s, "SELECT $1", &[], now())), "08P01");
        assert_eq!(
            query(&mut s, "SELECT $1", &[], now())
                .unwrap_err()
                .error
                .message,
            "bind message supplies 0 parameters, but prepared statement \"\" requires 1"
        );
        assert_eq!(
            code(query(&mut s, "SELECT 1", &[text("1")], now())),
            "08P01"
        );
        assert_eq!(
            code(query(&mut s, "SELECT * FROM nope WHERE a = $1", &[], now())),
            "42P01"
        );
        assert_eq!(
            code(query(&mut s, "SELECT 1; SELECT 2", &[], now())),
            "42601"
        );
        let syntax = query(&mut s, "SELEC 1", &[], now()).unwrap_err();
        assert_eq!(syntax.error.message, "syntax error at or near \"SELEC\"");
        assert_eq!(syntax.position, Some(1));
        assert_eq!(code(exec(&mut s, "SELECT 1;\nSELECT $1", now())), "42P02");
        assert_eq!(
            exec(&mut s, "SELECT 1;\nSELECT $1", now())
                .unwrap_err()
                .position,
            Some(18)
        );
        assert_eq!(query(&mut s, "", &[], now()).unwrap(), Results::empty());
        let returning = query(
            &mut s,
            "INSERT INTO t VALUES (9, 'r') RETURNING id",
            &[],
            now(),
        );
        assert_eq!(code(returning), "0A000");
        assert!(query(&mut s, "SELECT id FROM t", &[], now())
            .unwrap()
            .rows
            .is_empty());
    }

    #[test]
    fn exec_sums_affected_rows() {
        let mut s = session();
        let r = exec(
            &mut s,
            "INSERT INTO t VALUES (1, 'a'), (2, 'b'); UPDATE t SET ok = true; \
             SELECT * FROM t; CREATE INDEX ON t (name)",
            now(),
        )
        .unwrap();
        assert_eq!(
            r.iter().map(|r| r.affected_rows).collect::<Vec<_>>(),
            vec![2, 4, 4, 4]
        );
        assert_eq!(r[3].command.as_deref(), Some("CREATE"));
        assert_eq!(r[3].row_count, None);
    }

    /// Transactions are the engine session's (tested there). The protocol's part: an
    /// `exec()` string of several statements is one implicit transaction, transaction
    /// statements answer with PGlite's command tags, and an aborted block answers 25P02
    /// before the parameters are counted.
    #[test]
    fn transaction_statements_answer_as_pglite() {
        let mut s = session();
        let failed = exec(
            &mut s,
            "INSERT INTO t VALUES (3, 'c'); INSERT INTO t VALUES (3, 'dup')",
            now(),
        );
        assert_eq!(code(failed), "23505");
        let rows = query(&mut s, "SELECT id FROM t", &[], now()).unwrap().rows;
        assert!(
            rows.is_empty(),
            "the first INSERT rolled back with the string"
        );
        let r = exec(
            &mut s,
            "START TRANSACTION; INSERT INTO t VALUES (1, 'a')",
            now(),
        );
        assert_eq!(r.unwrap()[0].command.as_deref(), Some("START"));
        assert!(s.in_block());
        let duplicate = query(&mut s, "INSERT INTO t VALUES (1, 'a')", &[], now());
        assert_eq!(code(duplicate), "23505");
        assert_eq!(code(query(&mut s, "SELECT $1", &[], now())), "25P02");
        let r = query(&mut s, "COMMIT", &[], now()).unwrap();
        assert_eq!(r.command.as_deref(), Some("ROLLBACK"));
        assert!(!s.in_block());
        let r = exec(
            &mut s,
            "BEGIN; INSERT INTO t VALUES (1, 'a'); COMMIT",
            now(),
        )
        .unwrap();
        let commands: Vec<_> = r.iter().filter_map(|r| r.command.as_deref()).collect();
        assert_eq!(commands, ["BEGIN", "INSERT", "COMMIT"]);
        assert_eq!(r[2].affected_rows, 1);
    }
}
