//! Expressions with PostgreSQL's recorded answers: each file under `cases/` has lines
//! `expression<TAB>answer` written by `tests/oracle/record_exprs.mjs` on PGlite (the
//! value's text output, `NULL`, or `ERROR <sqlstate> <message>`), and a third column
//! `refused` where the engine refuses the expression instead. Every line is checked:
//! the engine must give PostgreSQL's answer exactly, or refuse where marked.

use crate::expr::{Env, Scope};
use chrono::NaiveDate;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use std::collections::BTreeMap;

/// The case files, by name.
const FILES: &[(&str, &str)] = &[
    ("time.tsv", include_str!("cases/time.tsv")),
    (
        "datetime_functions.tsv",
        include_str!("cases/datetime_functions.tsv"),
    ),
    ("to_char.tsv", include_str!("cases/to_char.tsv")),
    ("overloads.tsv", include_str!("cases/overloads.tsv")),
    ("jsonb_paths.tsv", include_str!("cases/jsonb_paths.tsv")),
    ("bytea.tsv", include_str!("cases/bytea.tsv")),
    (
        "datetime_mixed.tsv",
        include_str!("cases/datetime_mixed.tsv"),
    ),
];

/// The engine's answer in the files' form, or `refused` for Rehearse's refusal.
fn answer(sql: &str) -> String {
    let expr = match Parser::new(&PostgreSqlDialect {})
        .try_with_sql(sql)
        .and_then(|mut p| p.parse_expr())
    {
        Ok(expr) => expr,
        Err(e) => return format!("PARSE {e}"),
    };
    let enums = BTreeMap::new();
    // PostgreSQL was asked with no extension installed.
    let installed = std::collections::BTreeSet::new();
    let scope = Scope {
        table: "t",
        columns: Vec::new(),
        enums: &enums,
        extensions: Some(&installed),
        joined: Vec::new(),
        query: None,
    };
    let mut sequences = BTreeMap::new();
    let mut random = 0;
    let mut env = Env {
        now: NaiveDate::from_ymd_opt(2024, 5, 6)
            .and_then(|d| d.and_hms_opt(7, 8, 9))
            .unwrap_or_default(),
        enums: &enums,
        sequences: &mut sequences,
        random: &mut random,
        sequence_session: &mut Default::default(),
        work: crate::expr::query::MAX_QUERY_WORK,
        before_collations: false,
    };
    let value = scope.bind(&expr).and_then(|mut e| {
        e.fold(&mut env)?;
        Ok(e.eval(&[], &mut env)?.output(&e.ty))
    });
    match value {
        Ok(text) => text.unwrap_or_else(|| "NULL".into()),
        Err(e) if e.unsupported.is_some() => "refused".into(),
        Err(e) => format!("ERROR {} {}", e.sqlstate, e.message),
    }
}

#[test]
fn recorded_answers() {
    let mut failures = Vec::new();
    let mut count = 0;
    for (file, text) in FILES {
        for line in text.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut columns = line.split('\t');
            let expr = columns.next().unwrap_or_default();
            let recorded = columns.next().unwrap_or_default();
            let expected = match columns.next() {
                Some("refused") => "refused",
                _ => recorded,
            };
            let actual = answer(expr);
            count += 1;
            if actual != expected {
                failures.push(format!(
                    "{file}: {expr}\n    expected {expected}\n    actual   {actual}"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} recorded answers differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
