//! Functions, triggers and DO blocks end to end on the engine (the texts of
//! PostgreSQL's errors here were probed on PGlite; the scenario corpus checks them too).

use crate::error::{PgError, Source};
use crate::sql::parse_script;
use crate::value::Value;
use crate::Engine;

fn run(engine: &mut Engine, sql: &str) -> Result<(), PgError> {
    for s in parse_script(sql, Source::Migration).map_err(|e| PgError::new("XX000", e.message))? {
        engine.execute(&s).map_err(|f| f.error)?;
    }
    Ok(())
}

fn rows(engine: &Engine, table: &str) -> Vec<Vec<Value>> {
    engine.db.tables[table].rows.iter().cloned().collect()
}

const SETUP: &str = "CREATE TABLE t (id int PRIMARY KEY, v text, n int NOT NULL DEFAULT 0);
CREATE TABLE h (id int, op text, old_v text, new_v text);
CREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE step int := 1;
BEGIN
  IF NEW.v IS NULL THEN
    RETURN NULL;
  ELSIF NEW.v = 'boom' THEN
    RAISE EXCEPTION 'row % says %', NEW.id, NEW.v USING HINT = 'h' || step, ERRCODE = 'check_violation';
  END IF;
  NEW.n := coalesce(OLD.n, 0) + step;
  RETURN NEW;
END $$;
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO h VALUES (coalesce(NEW.id, OLD.id), TG_OP, OLD.v, NEW.v);
  RETURN NULL;
END $$;
CREATE TRIGGER a_bump BEFORE INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION bump();
CREATE TRIGGER b_audit AFTER INSERT OR UPDATE OR DELETE ON t FOR EACH ROW EXECUTE FUNCTION audit();";

#[test]
fn before_triggers_change_or_skip_rows_and_after_triggers_see_them() {
    let mut e = Engine::new(chrono::NaiveDateTime::default());
    run(&mut e, SETUP).unwrap();
    run(
        &mut e,
        "INSERT INTO t (id, v) VALUES (1, 'a'), (2, NULL), (3, 'c')",
    )
    .unwrap();
    assert_eq!(e.affected, 2);
    assert_eq!(rows(&e, "t").len(), 2);
    run(
        &mut e,
        "UPDATE t SET v = v || '!' WHERE id = 1; DELETE FROM t WHERE id = 3",
    )
    .unwrap();
    let t = rows(&e, "t");
    assert_eq!(
        t[0],
        vec![Value::Int(1), Value::Text("a!".into()), Value::Int(2)]
    );
    let ops: Vec<Value> = rows(&e, "h").into_iter().map(|r| r[1].clone()).collect();
    assert_eq!(
        ops,
        ["INSERT", "INSERT", "UPDATE", "DELETE"].map(|s| Value::Text(s.into()))
    );
}

#[test]
fn raise_is_postgresql_s_error_and_undoes_the_statement() {
    let mut e = Engine::new(chrono::NaiveDateTime::default());
    run(&mut e, SETUP).unwrap();
    run(&mut e, "INSERT INTO t (id, v) VALUES (1, 'a')").unwrap();
    let err = run(&mut e, "UPDATE t SET v = 'boom'").unwrap_err();
    assert_eq!(err.sqlstate, "23514");
    assert_eq!(err.message, "row 1 says boom");
    assert_eq!(err.hint.as_deref(), Some("h1"));
    assert_eq!(
        rows(&e, "h").len(),
        1,
        "the failed statement's audit rows are gone"
    );
}

#[test]
fn dependencies_of_functions_and_triggers() {
    let mut e = Engine::new(chrono::NaiveDateTime::default());
    run(&mut e, SETUP).unwrap();
    let err = run(&mut e, "DROP FUNCTION audit()").unwrap_err();
    assert_eq!(err.sqlstate, "2BP01");
    assert_eq!(
        err.detail.as_deref(),
        Some("trigger b_audit on table t depends on function audit()")
    );
    let err = run(&mut e, "DROP FUNCTION nope").unwrap_err();
    assert_eq!(err.message, "could not find a function named \"nope\"");
    run(
        &mut e,
        "DROP TABLE t; DROP FUNCTION audit(); DROP FUNCTION bump()",
    )
    .unwrap();
    assert!(e.db.functions.is_empty());
}

#[test]
fn do_blocks_run_the_subset_and_refuse_the_rest() {
    let mut e = Engine::new(chrono::NaiveDateTime::default());
    run(
        &mut e,
        "CREATE TABLE t (id int, v text); INSERT INTO t VALUES (1, NULL)",
    )
    .unwrap();
    run(
        &mut e,
        "DO $$ DECLARE k int; BEGIN SELECT count(*) INTO k FROM t WHERE v IS NULL;
         IF k > 0 THEN UPDATE t SET v = 'n' || k; END IF;
         PERFORM 1 FROM t WHERE id = 9; IF NOT FOUND THEN INSERT INTO t VALUES (9, 'x'); END IF; END $$",
    )
    .unwrap();
    assert_eq!(rows(&e, "t")[0][1], Value::Text("n1".into()));
    assert_eq!(rows(&e, "t").len(), 2);
    let err = run(&mut e, "DO $$ BEGIN SELECT 1; END $$").unwrap_err();
    assert_eq!(err.message, "query has no destination for result data");
    for refused in [
        "DO LANGUAGE plperl $$ 1 $$",
        "DO $$ BEGIN ASSERT 1 = 1; END $$",
    ] {
        let err = run(&mut e, refused).unwrap_err();
        assert!(err.unsupported.is_some(), "{refused}: {err:?}");
    }
}

#[test]
fn recursion_through_triggers_is_refused_not_run_forever() {
    let mut e = Engine::new(chrono::NaiveDateTime::default());
    run(
        &mut e,
        "CREATE TABLE t (id int);
         CREATE FUNCTION again() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN INSERT INTO t VALUES (NEW.id + 1); RETURN NULL; END $$;
         CREATE TRIGGER again AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION again();",
    )
    .unwrap();
    let err = run(&mut e, "INSERT INTO t VALUES (1)").unwrap_err();
    assert!(err.unsupported.is_some(), "{err:?}");
    assert!(rows(&e, "t").is_empty());
}

#[test]
fn sql_functions_are_analysed_at_create() {
    let mut e = Engine::new(chrono::NaiveDateTime::default());
    let err = run(
        &mut e,
        "CREATE FUNCTION s(a int) RETURNS boolean LANGUAGE sql AS 'SELECT a + 1'",
    )
    .unwrap_err();
    assert_eq!(err.sqlstate, "42P13");
    assert_eq!(
        err.detail.as_deref(),
        Some("Actual return type is integer.")
    );
    let err = run(
        &mut e,
        "CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql AS 'SELECT a + x'",
    )
    .unwrap_err();
    assert_eq!(err.message, "column \"x\" does not exist");
    run(
        &mut e,
        "CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql AS 'SELECT a + 1'",
    )
    .unwrap();
    let err = run(
        &mut e,
        "CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql AS 'SELECT a'",
    )
    .unwrap_err();
    assert_eq!(err.sqlstate, "42723");
}
