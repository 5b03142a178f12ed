//! `COPY table [(columns)] FROM stdin` with its data in COPY's text format, as
//! `pg_dump` writes a table's rows: each line is a row, tab-separated, `\N` for NULL,
//! backslash escapes ([`crate::sql::psql::copy_fields`]). Each field goes through its
//! column's input function exactly as a quoted literal in an INSERT does, and the rows
//! are inserted as one INSERT would insert them (defaults for the other columns,
//! constraints, sequences untouched), except that COPY writes the values it is given
//! into a GENERATED ALWAYS identity column too.

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
    // CopyGetAttnums: a listed generated column is an error, and an omitted list
    // leaves them out.
    let names: Vec<String> = match columns {
        Some(c) => {
            for name in c {
                match t.columns.iter().find(|col| &col.name == name) {
                    None => return Err(PgError::undefined_column_of(name, table).into()),
                    Some(col) if col.generated.is_some() => {
                        return Err(crate::generated::copy_error(name).into())
                    }
                    Some(_) => {}
                }
            }
            c.to_vec()
        }
        None => t
            .columns
            .iter()
            .filter(|c| c.generated.is_none())
            .map(|c| c.name.clone())
            .collect(),
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
    super::insert::run_with(engine, &insert, &Default::default(), true)
}

#[cfg(test)]
mod tests {
    use crate::error::{PgError, Source};
    use crate::sql::parse_script;
    use crate::Engine;

    fn run(engine: &mut Engine, sql: &str) -> Result<(), PgError> {
        for s in parse_script(sql, Source::Setup).map_err(|e| PgError::new("XX000", e.message))? {
            engine.execute(&s).map_err(|f| f.error)?;
        }
        Ok(())
    }

    #[test]
    fn copy_rows_go_through_the_columns_input_functions() {
        let mut e = Engine::new(chrono::NaiveDateTime::default());
        run(
            &mut e,
            "CREATE TABLE t (id int NOT NULL, name text, n numeric(4,1) DEFAULT 1);\n\
             ALTER TABLE ONLY public.t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (\n\
                 SEQUENCE NAME public.t_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1);\n\
             COPY public.t (id, name) FROM stdin;\n1\ta\\tb\n2\t\\N\n\\.\n\
             SELECT pg_catalog.setval('public.t_id_seq', 2, true);\n\
             INSERT INTO t (name) VALUES ('c');",
        )
        .unwrap();
        let t = &e.db.tables["t"];
        let text = |v: &crate::value::Value| v.output(&crate::types::SqlType::Text);
        let ids: Vec<Option<String>> = t.rows.iter().map(|r| text(&r[0])).collect();
        assert_eq!(ids, [Some("1".into()), Some("2".into()), Some("3".into())]);
        assert_eq!(text(&t.rows[0][1]).as_deref(), Some("a\tb"));
        assert!(t.rows[1][1].is_null());
        assert_eq!(
            run(&mut e, "COPY t (id, name) FROM stdin;\nx\ty\n\\.\n")
                .unwrap_err()
                .message,
            "invalid input syntax for type integer: \"x\""
        );
        assert_eq!(
            run(&mut e, "COPY t (id) FROM stdin;\n4\ty\n\\.\n")
                .unwrap_err()
                .message,
            "extra data after last expected column"
        );
        assert_eq!(
            run(&mut e, "COPY t (id, name) FROM stdin;\n4\n\\.\n")
                .unwrap_err()
                .message,
            "missing data for column \"name\""
        );
        assert_eq!(
            run(
                &mut e,
                "ALTER TABLE t ALTER COLUMN n ADD GENERATED ALWAYS AS IDENTITY"
            )
            .unwrap_err()
            .message,
            "identity column type must be smallint, integer, or bigint"
        );
    }
}
