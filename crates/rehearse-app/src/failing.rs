//! Where PostgreSQL's error points in the data: the rows the core reports as making the
//! step fail, and within them the columns the error's own text names — `column "x"`,
//! `Key (a, b)=(…)`, or the value it quotes (`invalid input syntax for type integer:
//! "n/a"`) — so the sample-data grid and the BEFORE table can mark the failing cell.
//!
//! Only what the error says: a column is marked when its name (or, for a quoted value,
//! its cell's text) matches exactly; otherwise just the row is.

use rehearse_core::report::{Report, TableState};
use rehearse_core::PgError;
use serde_json::Value;

/// Failing rows searched for a quoted value (a unique index over 100k duplicates
/// names them all; the first ones tell which column).
const FAILING_ROWS_LOOKED_AT: usize = 1000;

/// The failing rows of the first failing step, as the setup grid numbers them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FailingCells {
    /// The table.
    pub table: String,
    /// Row positions in the setup's table (the grid's rows).
    pub rows: Vec<usize>,
    /// Columns the error names.
    pub columns: Vec<String>,
    /// "fails step 2: 22P02 invalid input syntax …", for the rows' accessible description.
    pub description: String,
}

/// A cell's text as the grid shows it.
pub fn cell_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Column names the error's message and detail name: `column "x"` and `Key (a, b)=`.
fn named(e: &PgError) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = e.message.as_str();
    while let Some(i) = rest.find("column \"") {
        rest = &rest[i + "column \"".len()..];
        if let Some(end) = rest.find('"') {
            out.push(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    if let Some(keys) = e
        .detail
        .as_deref()
        .and_then(|d| d.strip_prefix("Key ("))
        .and_then(|d| d.split_once(")="))
        .map(|(k, _)| k)
    {
        out.extend(keys.split(", ").map(|k| k.trim_matches('"').to_string()));
    }
    out
}

/// The value the message quotes last (`…: "n/a"`), if it ends with one.
fn quoted(e: &PgError) -> Option<&str> {
    let m = e.message.strip_suffix('"')?;
    let start = m.rfind(": \"")?;
    Some(&m[start + 3..])
}

/// The columns of `table` the error points at in `rows` (positions in `table`).
pub fn failing_columns(e: &PgError, table: &TableState, rows: &[usize]) -> Vec<String> {
    let names = named(e);
    let mut out: Vec<String> = table
        .columns
        .iter()
        .filter(|c| names.contains(&c.name))
        .map(|c| c.name.clone())
        .collect();
    if let Some(v) = quoted(e) {
        for (i, c) in table.columns.iter().enumerate() {
            let holds = rows
                .iter()
                .take(FAILING_ROWS_LOOKED_AT)
                .filter_map(|&r| table.rows.get(r))
                .any(|row| {
                    row.get(i)
                        .is_some_and(|x| !x.is_null() && cell_text(x) == v)
                });
            if holds && !out.contains(&c.name) {
                out.push(c.name.clone());
            }
        }
    }
    out
}

/// The first failing step's rows in the setup's tables: a position in the step's
/// `before` counts only when that row is still the setup's row there (every setup
/// column holds the same value), so rows moved or changed by earlier steps are not
/// marked on the wrong line. At most `limit` positions are looked at.
pub fn in_setup(report: &Report, limit: usize) -> Option<FailingCells> {
    let (index, step) = report
        .upgrade
        .steps
        .iter()
        .enumerate()
        .find(|(_, s)| s.error.is_some() && s.failing_rows.is_some())?;
    let error = step.error.as_ref()?;
    let failing = step.failing_rows.as_ref()?;
    let before = step.before.iter().find(|t| t.name == failing.table)?;
    let setup = report.setup.iter().find(|t| t.name == failing.table)?;
    // Each setup column's position in `before`.
    let map: Vec<Option<usize>> = setup
        .columns
        .iter()
        .map(|c| before.columns.iter().position(|b| b.name == c.name))
        .collect();
    let rows: Vec<usize> = failing
        .positions
        .iter()
        .copied()
        .filter(|&p| p < limit)
        .filter(|&p| match (setup.rows.get(p), before.rows.get(p)) {
            (Some(s), Some(b)) => map
                .iter()
                .zip(s)
                .all(|(at, v)| at.and_then(|i| b.get(i)) == Some(v)),
            _ => false,
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    Some(FailingCells {
        table: failing.table.clone(),
        columns: failing_columns(error, setup, &rows),
        rows,
        description: format!(
            "fails step {}: {} {}",
            index + 1,
            error.sqlstate,
            error.message
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(setup: &str, migration: &str) -> Report {
        let scenario = rehearse_core::Scenario {
            setup: setup.into(),
            migration: migration.into(),
            kind: rehearse_core::MigrationKind::Sql,
            ..rehearse_core::Scenario::default()
        };
        rehearse_core::run(&scenario, chrono::NaiveDateTime::default()).expect("runs")
    }

    const SETUP: &str = "CREATE TABLE t (id int PRIMARY KEY, name text, score varchar(10));\n\
        INSERT INTO t VALUES (1, 'a', '10'), (2, 'b', 'n/a'), (3, 'c', '7');";

    #[test]
    fn a_failed_cast_marks_its_row_and_the_cell_it_quotes() {
        let r = report(
            SETUP,
            "ALTER TABLE t ALTER COLUMN score TYPE integer USING score::integer;",
        );
        let f = in_setup(&r, 200).expect("the failing row");
        assert_eq!(f.table, "t");
        assert_eq!(f.rows, vec![1]);
        assert_eq!(f.columns, vec!["score".to_string()]);
        assert!(
            f.description.starts_with("fails step 1: 22P02"),
            "{}",
            f.description
        );
    }

    #[test]
    fn a_not_null_failure_names_its_column_and_rows_past_the_limit_are_not_marked() {
        let setup = "CREATE TABLE t (id int PRIMARY KEY, name text);\n\
            INSERT INTO t VALUES (1, 'a'), (2, NULL);";
        let r = report(setup, "ALTER TABLE t ALTER COLUMN name SET NOT NULL;");
        let f = in_setup(&r, 200).expect("the failing row");
        assert_eq!((f.rows, f.columns), (vec![1], vec!["name".to_string()]));
        assert_eq!(in_setup(&r, 1), None);
    }

    #[test]
    fn a_committed_run_marks_nothing() {
        let r = report(SETUP, "ALTER TABLE t ADD COLUMN b int;");
        assert_eq!(in_setup(&r, 200), None);
    }
}
