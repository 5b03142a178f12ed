//! The work limits over a whole scenario: a scenario too big to simulate is refused with
//! a message naming what was too big, as an `unsupported` answer (not a PostgreSQL
//! outcome) or an input error for the setup, never a frozen tab.

use rehearse_core::report::{Outcome, StepStatus};
use rehearse_core::run::{MAX_TOTAL_ROWS, MAX_WORK};
use rehearse_core::{run, MigrationKind, Scenario};
use std::fmt::Write;

/// A setup with one table of `rows` rows.
fn setup(rows: usize) -> String {
    let mut s = String::from("CREATE TABLE t (id int);\n");
    for chunk in (0..rows).collect::<Vec<_>>().chunks(10_000) {
        s.push_str("INSERT INTO t VALUES ");
        for (i, id) in chunk.iter().enumerate() {
            let _ = write!(s, "{}({id})", if i == 0 { "" } else { ", " });
        }
        s.push_str(";\n");
    }
    s
}

#[test]
fn deployed_code_over_every_row_after_every_step_is_bounded() {
    let rows = 300_000;
    let queries = MAX_WORK / rows + 1;
    let scenario = Scenario {
        setup: setup(rows),
        migration: "ALTER TABLE t ADD COLUMN note text;".into(),
        kind: MigrationKind::Sql,
        old_code: "SELECT id FROM t;\n".repeat(queries),
        ..Scenario::default()
    };
    let report = run(&scenario, Default::default()).expect("readable");
    assert_eq!(report.upgrade.outcome, Outcome::Unsupported);
    let step = &report.upgrade.steps[0];
    assert_eq!(step.status, StepStatus::Unsupported);
    let message = &step.unsupported.as_ref().expect("unsupported").message;
    assert!(
        message.contains("row operations") && message.contains("deployed-code queries"),
        "{message}"
    );
}

#[test]
fn a_setup_over_the_total_row_limit_is_an_input_error() {
    // Each INSERT ... SELECT doubles t; many tables each under the per-table limit
    // would pass that limit's check, the total does not.
    let mut s = setup(1 << 16);
    for n in 0..=(MAX_TOTAL_ROWS >> 16) {
        let _ = writeln!(
            s,
            "CREATE TABLE c{n} (id int);\nINSERT INTO c{n} SELECT id FROM t;"
        );
    }
    let scenario = Scenario {
        setup: s,
        migration: "SELECT 1;".into(),
        kind: MigrationKind::Sql,
        ..Scenario::default()
    };
    let e = run(&scenario, Default::default()).expect_err("too many rows");
    assert_eq!(e.source, rehearse_core::Source::Setup);
    assert!(
        e.message.contains("more than 3000000 rows in all"),
        "{}",
        e.message
    );
}
