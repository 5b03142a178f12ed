//! Statement-level triggers end to end (PGlite's answers for the same statements).

use crate::error::Source;
use crate::sql::parse_script;
use crate::test_support::{engine_with, text_rows};
use crate::Engine;

const SETUP: &str = "CREATE TABLE t (id int, v text);
CREATE TABLE log (what text, n bigint);
INSERT INTO t VALUES (1, 'a'), (2, 'b');
CREATE FUNCTION stmt_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO log VALUES (TG_WHEN || ' ' || TG_OP || ' ' || TG_LEVEL, (SELECT count(*) FROM t));
  RETURN NULL;
END $$;
CREATE FUNCTION new_field() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO log VALUES (NEW.v, 0);
  RETURN NULL;
END $$;
CREATE FUNCTION peek() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM count(*) FROM t;
  RETURN NULL;
END $$;
CREATE FUNCTION guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM t) > 2 THEN
    RAISE EXCEPTION 'table % is frozen', TG_TABLE_NAME USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  RETURN NULL;
END $$;";

fn answer(engine: &mut Engine, sql: &str) -> String {
    let mut last = String::new();
    for s in parse_script(sql, Source::Migration).expect("parses") {
        last = match engine.query(&s) {
            Ok(out) => text_rows(&out),
            Err(f) if f.error.unsupported.is_some() => "UNSUPPORTED".into(),
            Err(f) => format!("ERR {} {}", f.error.sqlstate, f.error.message),
        };
    }
    last
}

#[test]
fn statement_triggers_fire_once_per_statement_as_postgresql() {
    let mut engine = engine_with(SETUP);
    let cases = [
        ("CREATE TRIGGER a_bs BEFORE INSERT OR UPDATE OR DELETE ON t FOR EACH STATEMENT EXECUTE FUNCTION peek();
          CREATE TRIGGER b_as AFTER INSERT OR UPDATE OR DELETE ON t FOR EACH STATEMENT EXECUTE FUNCTION stmt_log()", ""),
        ("INSERT INTO t VALUES (3, 'c')", ""),
        ("UPDATE t SET v = 'z' WHERE false", ""),
        ("DELETE FROM t WHERE id = 1", ""),
        ("SELECT * FROM log", "AFTER INSERT STATEMENT|3; AFTER UPDATE STATEMENT|3; AFTER DELETE STATEMENT|2"),
        ("CREATE TRIGGER c_nf AFTER UPDATE ON t FOR EACH STATEMENT EXECUTE FUNCTION new_field()", ""),
        ("DELETE FROM log; UPDATE t SET v = 'q' WHERE id = 2", ""),
        ("SELECT what IS NULL, n FROM log WHERE n = 0", "t|0"),
        ("DROP TRIGGER c_nf ON t", ""),
        ("CREATE TRIGGER d_w AFTER UPDATE ON t FOR EACH STATEMENT WHEN (NEW.v = 'x') EXECUTE FUNCTION stmt_log()",
         "ERR 42P17 statement trigger's WHEN condition cannot reference column values"),
        ("DROP TRIGGER a_bs ON t; DROP TRIGGER b_as ON t;
          CREATE TRIGGER e_guard BEFORE UPDATE ON t FOR EACH STATEMENT EXECUTE FUNCTION guard()", ""),
        ("UPDATE t SET v = 'w' WHERE false", ""),
        ("INSERT INTO t VALUES (4, 'd'); UPDATE t SET v = 'w' WHERE false", "ERR 55000 table t is frozen"),
        // A BEFORE statement trigger that writes: the statement's rows are read first here.
        ("CREATE TRIGGER f_w BEFORE DELETE ON t FOR EACH STATEMENT EXECUTE FUNCTION stmt_log();
          DELETE FROM t WHERE id = 4", "UNSUPPORTED"),
    ];
    let mut wrong = Vec::new();
    for (sql, expected) in cases {
        let got = answer(&mut engine, sql);
        if got != expected {
            wrong.push(format!("{sql}\n  expected {expected}\n  got      {got}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
