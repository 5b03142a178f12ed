//! Data-modifying WITH against PostgreSQL 18's answers (each probed on PGlite).

use crate::test_support::{engine_with, text_rows};
use crate::{sql, Engine, QueryOutput};

const SETUP: &str = "CREATE TABLE t (a int PRIMARY KEY, b text); \
    INSERT INTO t VALUES (1, 'x'), (2, 'y'), (3, 'z'); \
    CREATE TABLE arc (a int, b text);";

fn run(engine: &mut Engine, text: &str) -> Result<QueryOutput, crate::Failure> {
    let statement = sql::parse_script(text, crate::error::Source::Migration)
        .expect("parses")
        .remove(0);
    engine.query(&statement)
}

fn rows(engine: &mut Engine, text: &str) -> String {
    text_rows(&run(engine, text).expect(text))
}

fn sorted(engine: &mut Engine, table: &str) -> String {
    rows(engine, &format!("SELECT * FROM {table} ORDER BY 1, 2"))
}

#[test]
fn deleted_rows_move_to_an_archive() {
    let mut e = engine_with(SETUP);
    let out = run(
        &mut e,
        "WITH d AS (DELETE FROM t WHERE a > 1 RETURNING *) INSERT INTO arc SELECT * FROM d",
    )
    .expect("runs");
    assert_eq!((out.command.as_str(), out.affected), ("INSERT", 2));
    assert_eq!(sorted(&mut e, "arc"), "2|y; 3|z");
    assert_eq!(sorted(&mut e, "t"), "1|x");
}

#[test]
fn the_main_query_sees_the_snapshot_and_the_returning_rows() {
    let mut e = engine_with(SETUP);
    assert_eq!(
        rows(
            &mut e,
            "WITH d AS (DELETE FROM t WHERE a > 1 RETURNING a) SELECT (SELECT count(*) FROM t), (SELECT count(*) FROM d)"
        ),
        "3|2"
    );
    assert_eq!(sorted(&mut e, "t"), "1|x");
    // Read or not, it runs once.
    let mut e = engine_with(SETUP);
    assert_eq!(
        rows(
            &mut e,
            "WITH u AS (UPDATE t SET b = 'q' RETURNING *) SELECT * FROM t ORDER BY a"
        ),
        "1|x; 2|y; 3|z"
    );
    assert_eq!(sorted(&mut e, "t"), "1|q; 2|q; 3|q");
}

#[test]
fn unread_queries_run_after_the_main_statement_in_reverse_order() {
    // e (DELETE) runs first, then d (UPDATE) finds those rows gone.
    let mut e = engine_with(SETUP);
    run(
        &mut e,
        "WITH d AS (UPDATE t SET b = 'q'), e AS (DELETE FROM t WHERE a < 3) SELECT 1",
    )
    .expect("runs");
    assert_eq!(sorted(&mut e, "t"), "3|q");
    // The main UPDATE first; the WITH query's UPDATE of the same row does nothing.
    let mut e = engine_with(SETUP);
    run(
        &mut e,
        "WITH u AS (UPDATE t SET b = 'u' WHERE a = 1) UPDATE t SET b = 'm' WHERE a <= 2",
    )
    .expect("runs");
    assert_eq!(sorted(&mut e, "t"), "1|m; 2|m; 3|z");
    // The main INSERT meets the row the WITH query has not deleted yet.
    let mut e = engine_with(SETUP);
    let err = run(
        &mut e,
        "WITH d AS (DELETE FROM t WHERE a = 1) INSERT INTO t VALUES (1, 'n')",
    )
    .expect_err("duplicate");
    assert_eq!(err.error.sqlstate, "23505");
    assert_eq!(sorted(&mut e, "t"), "1|x; 2|y; 3|z");
}

#[test]
fn reading_a_query_without_returning_and_nesting_are_postgresql_errors_or_refusals() {
    let mut e = engine_with(SETUP);
    let err = run(
        &mut e,
        "WITH d AS (DELETE FROM t WHERE a > 1) SELECT * FROM d",
    )
    .expect_err("no RETURNING");
    assert_eq!(
        (err.error.sqlstate.as_str(), err.error.message.as_str()),
        ("0A000", "WITH query \"d\" does not have a RETURNING clause")
    );
    assert!(err.error.unsupported.is_none());
    assert_eq!(sorted(&mut e, "t"), "1|x; 2|y; 3|z");
    let err = run(
        &mut e,
        "SELECT * FROM (WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d) s",
    )
    .expect_err("nested");
    assert_eq!(
        (err.error.sqlstate.as_str(), err.error.message.as_str()),
        (
            "0A000",
            "WITH clause containing a data-modifying statement must be at the top level"
        )
    );
}

#[test]
fn on_conflict_returning_returns_inserted_and_updated_rows() {
    let mut e = engine_with(SETUP);
    let out = run(
        &mut e,
        "INSERT INTO t VALUES (1, 'n'), (5, 'f') ON CONFLICT (a) DO UPDATE SET b = excluded.b RETURNING *",
    )
    .expect("runs");
    assert_eq!(text_rows(&out), "1|n; 5|f");
    let out = run(
        &mut e,
        "INSERT INTO t VALUES (1, 'm'), (6, 'g') ON CONFLICT DO NOTHING RETURNING a",
    )
    .expect("runs");
    assert_eq!(text_rows(&out), "6");
}

#[test]
fn delete_returning_without_where() {
    let mut e = engine_with(SETUP);
    let out = run(&mut e, "DELETE FROM t RETURNING a, b").expect("runs");
    assert_eq!(text_rows(&out), "1|x; 2|y; 3|z");
    assert_eq!(out.affected, 3);
}

#[test]
fn a_parent_row_and_its_children_in_one_statement() {
    let mut e = engine_with(
        "CREATE TABLE p (id serial PRIMARY KEY, name text); \
         CREATE TABLE c (p_id int REFERENCES p, note text);",
    );
    let out = run(
        &mut e,
        "WITH n AS (INSERT INTO p (name) VALUES ('a'), ('b') RETURNING id) INSERT INTO c SELECT id, 'x' FROM n RETURNING p_id",
    )
    .expect("runs");
    assert_eq!(text_rows(&out), "1; 2");
    // The main INSERT runs first, then the WITH query's child row: checked after
    // its parent exists, as PostgreSQL checks at the end.
    run(
        &mut e,
        "WITH k AS (INSERT INTO c VALUES (3, 'y')) INSERT INTO p (name) VALUES ('c')",
    )
    .expect("runs");
    // A child written before its parent would be checked too early here: refused
    // (PostgreSQL accepts it).
    let err = run(
        &mut e,
        "WITH k AS (INSERT INTO p (name) VALUES ('d')) INSERT INTO c VALUES (4, 'y')",
    )
    .expect_err("refused");
    assert!(err.error.unsupported.is_some(), "{err:?}");
    assert_eq!(rows(&mut e, "SELECT * FROM c ORDER BY 1"), "1|x; 2|x; 3|y");
}

#[test]
fn column_names_of_a_data_modifying_query() {
    let mut e = engine_with(SETUP);
    assert_eq!(
        rows(
            &mut e,
            "WITH d(x, y) AS (DELETE FROM t WHERE a = 3 RETURNING a, b) SELECT x, d.y FROM d"
        ),
        "3|z"
    );
    let err = run(
        &mut e,
        "WITH d(x, y, z) AS (DELETE FROM t WHERE a = 2 RETURNING a, b) SELECT * FROM d",
    )
    .expect_err("too many names");
    assert_eq!(
        (err.error.sqlstate.as_str(), err.error.message.as_str()),
        (
            "42P10",
            "WITH query \"d\" has 2 columns available but 3 columns specified"
        )
    );
    // A plain WITH query beside it, read by the main statement.
    assert_eq!(
        rows(
            &mut e,
            "WITH s AS (SELECT a FROM t WHERE a = 1), d AS (UPDATE t SET b = 'w' WHERE a IN (SELECT a FROM s) RETURNING b) SELECT b FROM d"
        ),
        "w"
    );
}
