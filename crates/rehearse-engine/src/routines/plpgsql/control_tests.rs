//! Loops, EXIT/CONTINUE, EXCEPTION blocks, EXECUTE and GET DIAGNOSTICS end to end:
//! each case's outcome (PostgreSQL's error, verbatim, or success) was probed on
//! PGlite with `tests/oracle/probe.mjs`; a RAISE at the end reports the state.

use crate::error::{PgError, Source};
use crate::sql::parse_script;
use crate::Engine;

fn run(engine: &mut Engine, sql: &str) -> Result<(), PgError> {
    for s in parse_script(sql, Source::Migration).map_err(|e| PgError::new("XX000", e.message))? {
        engine.execute(&s).map_err(|f| f.error)?;
    }
    Ok(())
}

fn engine() -> Engine {
    let mut e = Engine::new(chrono::NaiveDateTime::default());
    run(
        &mut e,
        "CREATE TABLE t (id int primary key, v int); INSERT INTO t VALUES (1,10),(2,20),(3,30)",
    )
    .unwrap();
    e
}

/// (DO body, Ok(()) or (sqlstate, message)) as PostgreSQL 18 answered.
const CASES: &[(&str, Option<(&str, &str)>)] = &[
    ("DECLARE r record; n int := 0; s int := 0; BEGIN FOR r IN SELECT * FROM t ORDER BY id LOOP s := s + r.v; END LOOP; GET DIAGNOSTICS n = ROW_COUNT; RAISE EXCEPTION 'n=% found=% s=% rv=%', n, found, s, r.v; END",
        Some(("P0001", "n=0 found=t s=60 rv=30"))),
    ("DECLARE a int; b int; BEGIN FOR a, b IN SELECT id, v FROM t ORDER BY id LOOP IF a = 2 THEN RAISE EXCEPTION 'a=% b=%', a, b; END IF; END LOOP; END",
        Some(("P0001", "a=2 b=20"))),
    ("DECLARE a int; b int; BEGIN FOR a, b IN SELECT 1 LOOP RAISE EXCEPTION '% %', a, b; END LOOP; END",
        Some(("P0001", "1 <NULL>"))),
    ("BEGIN INSERT INTO t VALUES (1, 1); EXCEPTION WHEN unique_violation THEN RAISE EXCEPTION 'caught % %', SQLSTATE, SQLERRM; END",
        Some(("P0001", "caught 23505 duplicate key value violates unique constraint \"t_pkey\""))),
    ("BEGIN BEGIN UPDATE t SET v = 0; INSERT INTO t VALUES (1, 1); EXCEPTION WHEN others THEN NULL; END; RAISE EXCEPTION 'sum=%', (SELECT sum(v) FROM t); END",
        Some(("P0001", "sum=60"))),
    ("BEGIN BEGIN UPDATE t SET v = 0; RAISE EXCEPTION 'x' USING ERRCODE = 'P0001'; EXCEPTION WHEN data_exception THEN NULL; END; END",
        Some(("P0001", "x"))),
    ("BEGIN BEGIN PERFORM 1/0; EXCEPTION WHEN data_exception THEN RAISE EXCEPTION 'class % %', SQLSTATE, SQLERRM; END; END",
        Some(("P0001", "class 22012 division by zero"))),
    ("BEGIN BEGIN PERFORM 1/0; EXCEPTION WHEN others THEN RAISE; END; END",
        Some(("22012", "division by zero"))),
    ("DECLARE i int := 0; BEGIN WHILE i < 10 LOOP i := i + 3; END LOOP; RAISE EXCEPTION 'i=% found=%', i, found; END",
        Some(("P0001", "i=12 found=f"))),
    ("DECLARE x text; acc text := ''; BEGIN FOREACH x IN ARRAY ARRAY['a','b',NULL] LOOP acc := acc || coalesce(x,'-'); END LOOP; RAISE EXCEPTION 'acc=% found=%', acc, found; END",
        Some(("P0001", "acc=ab- found=t"))),
    ("DECLARE x int; BEGIN FOREACH x IN ARRAY NULL::int[] LOOP END LOOP; END",
        Some(("22004", "FOREACH expression must not be null"))),
    ("DECLARE x int; BEGIN FOREACH x IN ARRAY 5 LOOP END LOOP; END",
        Some(("42804", "FOREACH expression must yield an array, not type integer"))),
    ("BEGIN <<b>> BEGIN EXIT b; RAISE EXCEPTION 'not here'; END; RAISE EXCEPTION 'after'; END",
        Some(("P0001", "after"))),
    ("BEGIN EXIT; END", Some(("42601", "EXIT cannot be used outside a loop, unless it has a label"))),
    ("BEGIN CONTINUE; END", Some(("42601", "CONTINUE cannot be used outside a loop"))),
    ("BEGIN <<b>> BEGIN CONTINUE b; END; END", Some(("42601", "block label \"b\" cannot be used in CONTINUE"))),
    ("BEGIN LOOP EXIT nope; END LOOP; END", Some(("42601", "there is no label \"nope\" attached to any block or loop enclosing this statement"))),
    ("BEGIN FOR i IN 1..3 LOOP i := 5; END LOOP; END", None),
    ("BEGIN FOR i IN 1..3 BY 0 LOOP NULL; END LOOP; END", Some(("22023", "BY value of FOR loop must be greater than zero"))),
    ("BEGIN FOR i IN NULL..3 LOOP NULL; END LOOP; END", Some(("22004", "lower bound of FOR loop cannot be null"))),
    ("BEGIN FOR i IN 1..NULL LOOP NULL; END LOOP; END", Some(("22004", "upper bound of FOR loop cannot be null"))),
    ("BEGIN FOR i IN 1..3 BY NULL LOOP NULL; END LOOP; END", Some(("22004", "BY value of FOR loop cannot be null"))),
    ("BEGIN FOR i IN 1.6..3.5 LOOP IF i = 4 THEN RAISE EXCEPTION 'i=%', i; END IF; END LOOP; END", Some(("P0001", "i=4"))),
    ("BEGIN FOR i IN REVERSE 10..1 BY 4 LOOP IF i < 5 THEN RAISE EXCEPTION 'i=%', i; END IF; END LOOP; END", Some(("P0001", "i=2"))),
    ("BEGIN EXECUTE NULL; END", Some(("22004", "query string argument of EXECUTE is null"))),
    ("DECLARE n int; BEGIN EXECUTE 'SELECT 1'; GET DIAGNOSTICS n = ROW_COUNT; RAISE EXCEPTION 'n=% found=%', n, found; END", Some(("P0001", "n=1 found=f"))),
    ("BEGIN EXECUTE 'COMMIT'; END", Some(("0A000", "EXECUTE of transaction commands is not implemented"))),
    ("BEGIN EXECUTE 'CREATE INDEX CONCURRENTLY ti ON t (v)'; END", Some(("25001", "CREATE INDEX CONCURRENTLY cannot be executed from a function"))),
    ("BEGIN RAISE; END", Some(("0Z002", "RAISE without parameters cannot be used outside an exception handler"))),
    ("DECLARE r record; n int; BEGIN UPDATE t SET v = v; FOR r IN SELECT * FROM t WHERE id < 3 LOOP END LOOP; GET DIAGNOSTICS n = ROW_COUNT; RAISE EXCEPTION 'n=%', n; END", Some(("P0001", "n=3"))),
    ("DECLARE n int; BEGIN UPDATE t SET v = v; BEGIN PERFORM 1/0; EXCEPTION WHEN others THEN GET DIAGNOSTICS n = ROW_COUNT; RAISE EXCEPTION 'n=% found=%', n, found; END; END", Some(("P0001", "n=3 found=t"))),
    ("DECLARE n int; BEGIN EXECUTE 'UPDATE t SET v = v WHERE id = 9'; GET DIAGNOSTICS n = ROW_COUNT; RAISE EXCEPTION 'n=% found=%', n, found; END", Some(("P0001", "n=0 found=f"))),
    ("DECLARE r record; BEGIN RAISE EXCEPTION '%', r.v; END", Some(("55000", "record \"r\" is not assigned yet"))),
    ("DECLARE r record; BEGIN SELECT * INTO r FROM t WHERE id = 2; RAISE EXCEPTION '%', r.v; END", Some(("P0001", "20"))),
    ("DECLARE r record; BEGIN FOR r IN SELECT * FROM t LOOP RAISE EXCEPTION '%', r.nope; END LOOP; END", Some(("42703", "record \"r\" has no field \"nope\""))),
    ("DECLARE n int; BEGIN SELECT v INTO n FROM t; GET DIAGNOSTICS n = ROW_COUNT; RAISE EXCEPTION 'n=%', n; END", Some(("P0001", "n=1"))),
    ("DECLARE n int; BEGIN PERFORM v FROM t; GET DIAGNOSTICS n = ROW_COUNT; RAISE EXCEPTION 'n=%', n; END", Some(("P0001", "n=3"))),
    ("DECLARE n int; BEGIN FOR i IN 1..10 LOOP UPDATE t SET v = v + 1 WHERE id = i; EXIT WHEN NOT FOUND; END LOOP; GET DIAGNOSTICS n = ROW_COUNT; RAISE EXCEPTION 'n=% found=%', n, found; END", Some(("P0001", "n=0 found=t"))),
    ("DECLARE n int; BEGIN UPDATE t SET v=v; EXECUTE 'ALTER TABLE t ADD COLUMN w int'; GET DIAGNOSTICS n = ROW_COUNT; RAISE EXCEPTION 'n=%', n; END", Some(("P0001", "n=0"))),
    ("DECLARE n int; x int; BEGIN EXECUTE 'SELECT id FROM t ORDER BY id' INTO x; GET DIAGNOSTICS n = ROW_COUNT; RAISE EXCEPTION 'n=% x=%', n, x; END", Some(("P0001", "n=3 x=1"))),
    ("BEGIN EXECUTE 'ALTER TABLE t ALTER COLUMN v SET DEFAULT $1' USING 5; END", Some(("42P02", "there is no parameter $1"))),
    ("BEGIN EXECUTE 'ALTER TABLE t ADD CONSTRAINT c CHECK (v > 0)'; EXECUTE 'ALTER TABLE t ADD CONSTRAINT c CHECK (v > 0)'; END", Some(("42710", "constraint \"c\" for relation \"t\" already exists"))),
    ("BEGIN ALTER TABLE t ADD CONSTRAINT c CHECK (v > 0); EXCEPTION WHEN duplicate_object THEN NULL; END", None),
    ("BEGIN EXECUTE 'UPDATE t SET v = $1 WHERE id = $2' USING '7', 1; END", Some(("42804", "column \"v\" is of type integer but expression is of type text"))),
    ("DECLARE r record; BEGIN FOR r IN EXECUTE 'SELECT id FROM t WHERE id > $1 ORDER BY id' USING 1 LOOP END LOOP; RAISE EXCEPTION '%', r.id; END", Some(("P0001", "3"))),
    ("BEGIN EXECUTE 'SELECT $2' USING 1; END", Some(("42P02", "there is no parameter $2"))),
    ("DECLARE x int; BEGIN EXECUTE 'SELECT id FROM t' INTO STRICT x; END", Some(("P0003", "query returned more than one row"))),
    ("DECLARE x int; BEGIN EXECUTE 'SELECT id FROM t WHERE false' INTO STRICT x; END", Some(("P0002", "query returned no rows"))),
    ("DECLARE x int; BEGIN EXECUTE 'UPDATE t SET v = 1' INTO x; END", Some(("42601", "INTO used with a command that cannot return data"))),
    ("DECLARE x text; BEGIN GET STACKED DIAGNOSTICS x = MESSAGE_TEXT; END", Some(("0Z002", "GET STACKED DIAGNOSTICS cannot be used outside an exception handler"))),
    ("DECLARE x text; BEGIN PERFORM 1/0; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS x = PG_EXCEPTION_DETAIL; RAISE EXCEPTION '[%]', x; END", Some(("P0001", "[]"))),
    ("DECLARE a int; BEGIN SELECT 1, 2 INTO a; RAISE EXCEPTION '%', a; END", Some(("P0001", "1"))),
    ("DECLARE a int; b int; BEGIN SELECT 1 INTO a, b; RAISE EXCEPTION '% %', a, b; END", Some(("P0001", "1 <NULL>"))),
    ("DECLARE a int; b int; BEGIN EXECUTE 'SELECT 1, 2, 3' INTO a, b; RAISE EXCEPTION '% %', a, b; END", Some(("P0001", "1 2"))),
    ("DECLARE a int; BEGIN a := 1; FOR a IN SELECT 5 WHERE false LOOP END LOOP; RAISE EXCEPTION '%', a; END", Some(("P0001", "<NULL>"))),
    ("DECLARE r record; BEGIN CREATE TABLE u (id int); FOR r IN SELECT * FROM t LOOP EXECUTE format('ALTER TABLE u ADD COLUMN c%s int', r.id); END LOOP; RAISE EXCEPTION '%', (SELECT count(*) FROM u); END", Some(("P0001", "0"))),
    ("DECLARE r record; BEGIN FOR r IN SELECT * FROM t LOOP CREATE INDEX ON t (v); END LOOP; END", Some(("55006", "cannot CREATE INDEX \"t\" because it is being used by active queries in this session"))),
    ("DECLARE r record; BEGIN FOR r IN SELECT * FROM t LOOP ALTER TABLE t ALTER COLUMN v SET NOT NULL; END LOOP; END", Some(("55006", "cannot ALTER TABLE \"t\" because it is being used by active queries in this session"))),
    ("BEGIN RAISE SQLSTATE '38002'; EXCEPTION WHEN modifying_sql_data_not_permitted THEN RAISE SQLSTATE '22012'; END", Some(("22012", "22012"))),
];

#[test]
fn control_statements_answer_as_postgresql() {
    for (body, expected) in CASES {
        let mut e = engine();
        let got = run(&mut e, &format!("DO $${body}$$"));
        match (got, expected) {
            (Ok(()), None) => {}
            (Err(err), Some((code, message))) => {
                assert!(err.unsupported.is_none(), "{body}: refused: {err}");
                assert_eq!(
                    (err.sqlstate.as_str(), err.message.as_str()),
                    (*code, *message),
                    "{body}"
                );
            }
            (got, expected) => panic!("{body}: got {got:?}, expected {expected:?}"),
        }
    }
}

#[test]
fn a_caught_error_undoes_the_block_and_ddl_runs_through_execute() {
    let mut e = engine();
    run(
        &mut e,
        "DO $$ DECLARE tbl text; BEGIN
           FOREACH tbl IN ARRAY ARRAY['t'] LOOP
             EXECUTE format('ALTER TABLE %I ADD COLUMN note text', tbl);
           END LOOP;
           BEGIN
             ALTER TABLE t ADD CONSTRAINT v_positive CHECK (v > 0);
           EXCEPTION WHEN duplicate_object THEN NULL;
           END;
           BEGIN
             UPDATE t SET v = v + 100;
             ALTER TABLE t ADD CONSTRAINT v_positive CHECK (v > 0);
           EXCEPTION WHEN duplicate_object THEN NULL;
           END;
         END $$",
    )
    .unwrap();
    let t = &e.db.tables["t"];
    assert!(t.column_index("note").is_some());
    assert_eq!(
        t.constraints
            .iter()
            .filter(|c| c.name == "v_positive")
            .count(),
        1
    );
    // The second block's UPDATE was rolled back with it.
    assert!(t
        .rows
        .iter()
        .all(|r| matches!(r[1], crate::value::Value::Int(v) if v < 100)));
}

#[test]
fn endless_loops_are_refused_not_run() {
    let mut e = engine();
    let err = run(&mut e, "DO $$ BEGIN LOOP END LOOP; END $$").unwrap_err();
    assert!(err.unsupported.is_some(), "{err:?}");
    assert!(
        err.message.contains("100000 loop iterations"),
        "{}",
        err.message
    );
    // A refusal is never caught by a handler.
    let err = run(
        &mut e,
        "DO $$ BEGIN BEGIN LOOP END LOOP; EXCEPTION WHEN others THEN NULL; END; END $$",
    )
    .unwrap_err();
    assert!(err.unsupported.is_some(), "{err:?}");
}
