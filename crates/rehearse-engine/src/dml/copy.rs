//! `COPY table [(columns)] FROM stdin` with its data in COPY's text format, as
//! `pg_dump` writes a table's rows: each line is a row, tab-separated, `\N` for NULL,
//! backslash escapes ([`crate::sql::psql::copy_fields`]). Each field goes through its
//! column's input function exactly as a quoted literal in an INSERT does, and the rows
//! are inserted as one INSERT would insert them (defaults for the other columns,
//! constraints, sequences untouched).

use crate::error::PgError;
use crate::sql::psql::copy_fields;
use crate::{Engine, StatementResult};
use sqlparser::ast;

/// Runs COPY ... FROM stdin.
pub fn from_stdin(
    engine: &mut Engine,
    table: &str,
    columns: Option<&[String]>,
    lines: &[String],
) -> StatementResult {
    let t = engine.table(table)?;
    let names: Vec<String> = match columns {
        Some(c) => c.to_vec(),
        None => t.columns.iter().map(|c| c.name.clone()).collect(),
    };
    let mut rows = Vec::with_capacity(lines.len());
    for line in lines {
        let fields = copy_fields(line);
        if fields.len() > names.len() {
            return Err(PgError::new("22P04", "extra data after last expected column").into());
        }
        if let Some(missing) = names.get(fields.len()) {
            return Err(
                PgError::new("22P04", format!("missing data for column \"{missing}\"")).into(),
            );
        }
        rows.push(
            fields
                .into_iter()
                .map(|f| {
                    ast::Expr::Value(match f {
                        Some(text) => ast::Value::SingleQuotedString(text),
                        None => ast::Value::Null,
                    })
                })
                .collect::<Vec<_>>(),
        );
    }
    if rows.is_empty() {
        engine.affected = 0;
        return Ok(Vec::new());
    }
    // An INSERT of the same rows: its statement, with the rows put in its VALUES.
    let list = names
        .iter()
        .map(|n| crate::deparse::quote_ident(n))
        .collect::<Vec<_>>()
        .join(", ");
    let template = format!(
        "INSERT INTO {} ({list}) VALUES (NULL)",
        crate::deparse::quote_ident(table)
    );
    let dialect = sqlparser::dialect::PostgreSqlDialect {};
    let parsed = sqlparser::parser::Parser::parse_sql(&dialect, &template)
        .ok()
        .and_then(|mut s| s.pop());
    let Some(ast::Statement::Insert(mut insert)) = parsed else {
        return Err(PgError::unsupported(format!("COPY into {table}")).into());
    };
    let Some(ast::SetExpr::Values(values)) = insert.source.as_mut().map(|q| q.body.as_mut()) else {
        return Err(PgError::unsupported(format!("COPY into {table}")).into());
    };
    values.rows = rows;
    super::insert::run(engine, &insert)
}
