//! A row an earlier-run statement of a data-modifying WITH updated or deleted is still
//! in a later UPDATE's or DELETE's snapshot: its WHERE, SET list, generated columns and
//! constraints are evaluated before PostgreSQL finds it self-modified and skips it
//! (`snapshot_scan`). Expectations probed on PGlite (PostgreSQL 18).

use crate::test_support::{engine_with, text_rows};
use crate::{sql, Engine};

const SETUP: &str = "CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL CHECK (v < 100), \
    g int GENERATED ALWAYS AS (100 / v) STORED); \
    INSERT INTO t VALUES (1, 1), (2, 2), (3, 3);";

/// The statement's RETURNING rows, or its SQLSTATE and message.
fn outcome(engine: &mut Engine, text: &str) -> String {
    let statement = sql::parse_script(text, crate::error::Source::Migration)
        .expect("parses")
        .remove(0);
    match engine.query(&statement) {
        Ok(out) => format!("ok [{}]", text_rows(&out)),
        Err(f) if f.error.unsupported.is_some() => format!("refused: {}", f.error.message),
        Err(f) => format!("{} {}", f.error.sqlstate, f.error.message),
    }
}

fn check(setup: &str, cases: &[(&str, &str)]) {
    for (text, expected) in cases {
        let mut e = engine_with(setup);
        assert_eq!(&outcome(&mut e, text), expected, "{text}");
    }
}

#[test]
fn constraints_are_checked_on_rows_an_earlier_statement_wrote() {
    check(
        SETUP,
        &[
            // The main statement runs first, then the WITH query it does not read.
            (
                "WITH a AS (UPDATE t SET v = NULL WHERE id = 1) UPDATE t SET v = v + 1 WHERE id = 1 RETURNING *",
                "23502 null value in column \"v\" of relation \"t\" violates not-null constraint",
            ),
            (
                "WITH a AS (UPDATE t SET v = 200 WHERE id = 2) UPDATE t SET v = v + 1 RETURNING *",
                "23514 new row for relation \"t\" violates check constraint \"t_v_check\"",
            ),
            (
                "WITH a AS (UPDATE t SET v = 0 WHERE id = 2) UPDATE t SET v = v + 1 RETURNING *",
                "22012 division by zero",
            ),
            (
                "WITH a AS (UPDATE t SET v = 1 / (v - 1) WHERE id < 3) DELETE FROM t WHERE id = 1 RETURNING *",
                "22012 division by zero",
            ),
            (
                "WITH a AS (DELETE FROM t WHERE 1 / (v - 1) > 0) UPDATE t SET v = v + 1 WHERE id = 1 RETURNING *",
                "22012 division by zero",
            ),
        ],
    );
}

#[test]
fn rows_an_earlier_statement_wrote_are_skipped_after_their_checks() {
    check(
        SETUP,
        &[
            (
                "WITH a AS (UPDATE t SET v = v + 10 RETURNING *) UPDATE t SET v = v * 2 WHERE id > 1 RETURNING id, v",
                "ok [2|4; 3|6]",
            ),
            (
                "WITH a AS (DELETE FROM t WHERE id = 2) UPDATE t SET v = v * 2 RETURNING id, v",
                "ok [1|2; 2|4; 3|6]",
            ),
            (
                "WITH a AS (UPDATE t SET v = v * 2 RETURNING id) DELETE FROM t WHERE id <> 2 RETURNING id, v",
                "ok [1|1; 3|3]",
            ),
        ],
    );
}

#[test]
fn a_before_row_trigger_locks_the_row_before_the_checks() {
    let setup = format!(
        "{SETUP} CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$; \
         CREATE TRIGGER tr BEFORE UPDATE OF id ON t FOR EACH ROW EXECUTE FUNCTION f(); \
         ALTER TABLE t DISABLE TRIGGER tr;"
    );
    check(
        &setup,
        &[(
            "WITH a AS (UPDATE t SET v = NULL WHERE id = 1) UPDATE t SET v = v + 1 WHERE id = 1 RETURNING id, v",
            "ok [1|2]",
        )],
    );
}
