//! User-function calls from expressions, end to end on the engine: each answer was
//! PGlite's for the same setup and statements (run in order on one database).

use crate::error::Source;
use crate::sql::parse_script;
use crate::test_support::{engine_with, text_rows};

const SETUP: &str = "CREATE TABLE t (id int PRIMARY KEY, v text, n int);
INSERT INTO t VALUES (1, 'a', 10), (2, NULL, 20), (3, 'ccc', NULL);
CREATE FUNCTION add1(x int) RETURNS int LANGUAGE sql AS 'SELECT x + 1';
CREATE FUNCTION twice(s text) RETURNS text IMMUTABLE STRICT LANGUAGE sql RETURN s || s;
CREATE FUNCTION label(x int) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
  IF x IS NULL THEN RETURN 'none'; END IF;
  IF $1 > 10 THEN r := 'big'; ELSE r := 'small'; END IF;
  RETURN r || ':' || x;
END $$;
CREATE FUNCTION fact(n int) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN IF n <= 1 THEN RETURN 1; END IF; RETURN n * fact(n - 1); END $$;
CREATE FUNCTION forever(n int) RETURNS int LANGUAGE plpgsql AS $$
BEGIN RETURN forever(n + 1); END $$;
CREATE FUNCTION half(n int) RETURNS int STRICT LANGUAGE plpgsql AS $$
BEGIN IF n % 2 = 1 THEN RAISE EXCEPTION 'odd: %', n; END IF; RETURN n / 2; END $$;
CREATE FUNCTION divz(n int) RETURNS int IMMUTABLE LANGUAGE plpgsql AS $$ BEGIN RETURN 1 / n; END $$;
CREATE FUNCTION noret(n int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN IF n > 0 THEN RETURN n; END IF; END $$;
CREATE FUNCTION maxn() RETURNS int STABLE LANGUAGE sql AS 'SELECT (SELECT max(n) FROM t)';
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE e (id int);
CREATE TABLE f (id int);
INSERT INTO f VALUES (1), (2);
CREATE FUNCTION boom(x int) RETURNS int STABLE LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'boom %', x; END $$;
CREATE FUNCTION vboom(x int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'vboom %', x; END $$;";

/// (statement, PGlite's answer: rows as `a|b; c|d`, or `ERR sqlstate message`);
/// `UNSUPPORTED` where Rehearse refuses.
const CASES: &[(&str, &str)] = &[
    (
        "SELECT id, add1(n), twice(v), label(n) FROM t ORDER BY id",
        "1|11|aa|small:10; 2|21|NULL|big:20; 3|NULL|cccccc|none",
    ),
    (
        "SELECT add1('7'), add1(2::smallint), twice('ab')",
        "8|3|abab",
    ),
    (
        "SELECT add1('x')",
        "ERR 22P02 invalid input syntax for type integer: \"x\"",
    ),
    (
        "SELECT add1(1.5)",
        "ERR 42883 function add1(numeric) does not exist",
    ),
    (
        "SELECT add1(1, 2)",
        "ERR 42883 function add1(integer, integer) does not exist",
    ),
    (
        "SELECT twice(NULL), label(NULL), half(NULL)",
        "NULL|none|NULL",
    ),
    ("SELECT fact(10)", "3628800"),
    ("SELECT forever(1)", "UNSUPPORTED"),
    ("SELECT half(4), half(3)", "ERR P0001 odd: 3"),
    (
        "SELECT id FROM t WHERE divz(0) = 1 AND false",
        "ERR 22012 division by zero",
    ),
    (
        "SELECT divz(0) FROM t WHERE false",
        "ERR 22012 division by zero",
    ),
    (
        "SELECT noret(-1)",
        "ERR 2F005 control reached end of function without RETURN",
    ),
    ("SELECT id, maxn() FROM t ORDER BY id", "1|20; 2|20; 3|20"),
    ("SELECT public.add1(41)", "42"),
    ("SELECT add1(n) + fact(3) FROM t WHERE id = 1", "17"),
    ("UPDATE t SET n = add1(n) WHERE id = 1 RETURNING n", "11"),
    ("SELECT upper(twice(v)) FROM t WHERE id = 3", "CCCCCC"),
    ("SELECT divz(id - id) FROM t WHERE false", ""),
    ("SELECT label(5) FROM t WHERE false", ""),
    (
        "CREATE TABLE u (a int DEFAULT add1(1), b text CHECK (twice(b) <> 'xx'))",
        "",
    ),
    ("INSERT INTO u (b) VALUES ('y') RETURNING a, b", "2|y"),
    (
        "INSERT INTO u (b) VALUES ('x')",
        "ERR 23514 new row for relation \"u\" violates check constraint \"u_b_check\"",
    ),
    (
        "CREATE INDEX ON t (label(n))",
        "ERR 42P17 functions in index expression must be marked IMMUTABLE",
    ),
    ("CREATE INDEX ON t (add1(n))", ""),
    ("CREATE INDEX ON t (twice(v))", ""),
    // PostgreSQL's 2BP01, listing a CHECK and an index (created in that order): the
    // catalog keeps no creation order across objects, so Rehearse refuses.
    ("DROP FUNCTION twice(text)", "UNSUPPORTED"),
    ("DROP FUNCTION add1", "UNSUPPORTED"),
    ("SELECT twice(v::varchar) FROM t WHERE id = 1", "aa"),
    ("SELECT add1(NULL)", "NULL"),
    (
        "SELECT tf()",
        "ERR 0A000 trigger functions can only be called as triggers",
    ),
];

#[test]
fn calls_answer_as_postgresql() {
    let mut engine = engine_with(SETUP);
    let mut wrong = Vec::new();
    for (sql, expected) in CASES {
        let statements = parse_script(sql, Source::Migration).expect("parses");
        let got = match engine.query(&statements[0]) {
            Ok(out) => text_rows(&out),
            Err(f) if f.error.unsupported.is_some() => "UNSUPPORTED".into(),
            Err(f) => format!("ERR {} {}", f.error.sqlstate, f.error.message),
        };
        if got != *expected {
            wrong.push(format!("{sql}\n  expected {expected}\n  got      {got}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

const DEPENDENTS: &str =
    "CREATE FUNCTION k(x int) RETURNS int IMMUTABLE LANGUAGE sql AS 'SELECT x * 3';
CREATE TABLE a (x int DEFAULT k(1));
CREATE TABLE b (x int CHECK (k(x) > 0));
CREATE TABLE c (x int);
CREATE INDEX c_k ON c (k(x));
CREATE TABLE d (x int);
CREATE VIEW dv AS SELECT k(x) AS y FROM d;";

#[test]
fn drop_function_names_its_one_dependent_as_postgresql() {
    // (the statement that leaves one dependent, PGlite's detail of DROP FUNCTION k(int))
    let steps = [
        (
            "DROP TABLE a; DROP TABLE b; DROP TABLE c",
            "view dv depends on function k(integer)",
        ),
        (
            "DROP VIEW dv; DROP TABLE b; DROP TABLE c",
            "default value for column x of table a depends on function k(integer)",
        ),
        (
            "DROP VIEW dv; DROP TABLE a; DROP TABLE c",
            "constraint b_x_check on table b depends on function k(integer)",
        ),
        (
            "DROP VIEW dv; DROP TABLE a; DROP TABLE b",
            "index c_k depends on function k(integer)",
        ),
    ];
    for (leave_one, detail) in steps {
        let mut engine = engine_with(DEPENDENTS);
        for s in parse_script(leave_one, Source::Migration).expect("parses") {
            engine.query(&s).expect("runs");
        }
        let drop = parse_script("DROP FUNCTION k(int)", Source::Migration).expect("parses");
        let error = engine.query(&drop[0]).expect_err("refused").error;
        assert_eq!(error.sqlstate, "2BP01");
        assert_eq!(
            error.message,
            "cannot drop function k(integer) because other objects depend on it"
        );
        assert_eq!(error.detail.as_deref(), Some(detail));
    }
    // CASCADE takes the default with it (PGlite: the column's default is then NULL).
    let mut engine = engine_with(
        "CREATE FUNCTION k2(x int) RETURNS int IMMUTABLE LANGUAGE plpgsql AS 'BEGIN RETURN x; END';
CREATE TABLE e (x int DEFAULT k2(1));",
    );
    let drop = parse_script("DROP FUNCTION k2(int) CASCADE", Source::Migration).expect("parses");
    engine.query(&drop[0]).expect("drops");
    assert!(engine.db.tables["e"].columns[0].default.is_none());
}
