//! Queries run on a small table, each answer as PostgreSQL 18 gave it (checked on
//! PGlite): rows as `|`-separated text output, or `SQLSTATE: message`.

use crate::{sql, Engine};
use chrono::NaiveDateTime;

const SETUP: &str = "CREATE TABLE t (id int PRIMARY KEY, g int, x text, n numeric, b bool);
INSERT INTO t VALUES (1, 1, 'a', 1.5, true), (2, 1, 'b', 2.25, false), (3, 2, NULL, NULL, NULL);
CREATE TABLE u (id int, t_id int, s text);
INSERT INTO u VALUES (10, 1, 'x'), (11, 1, 'y'), (12, 3, 'x'), (13, NULL, 'z');";

/// Runs the setup, then `sql`'s statements; the last one's rows or error.
fn ask(sql_text: &str) -> String {
    crate::test_support::answer(
        SETUP,
        sql_text,
        crate::test_support::text_rows,
        crate::test_support::sqlstate_message,
    )
}

#[test]
fn aggregates_without_group_by_give_one_row() {
    assert_eq!(
        ask("SELECT count(*), count(x), sum(g), avg(g), avg(n), min(x), max(n) FROM t"),
        "3|2|4|1.3333333333333333|1.8750000000000000|a|2.25"
    );
    assert_eq!(
        ask("SELECT count(*), sum(g), array_agg(g), json_agg(x) FROM t WHERE false"),
        "0|NULL|NULL|NULL"
    );
    assert_eq!(
        ask("SELECT sum(id::bigint), bool_and(b), bool_or(b), string_agg(x, ',') FROM t"),
        "6|f|t|a,b"
    );
}

#[test]
fn aggregate_result_formats() {
    assert_eq!(
        ask("SELECT json_agg(x), jsonb_agg(x), json_object_agg(coalesce(x, 'z'), g), jsonb_object_agg(coalesce(x, 'z'), g), array_agg(x) FROM t"),
        r#"["a", "b", null]|["a", "b", null]|{ "a" : 1, "b" : 1, "z" : 2 }|{"a": 1, "b": 1, "z": 2}|{a,b,NULL}"#
    );
    assert_eq!(
        ask("SELECT string_agg(x, '-' ORDER BY x DESC), array_agg(DISTINCT g), count(DISTINCT g), count(*) FILTER (WHERE g = 1) FROM t"),
        "b-a|{1,2}|2|2"
    );
}

#[test]
fn group_by_and_having() {
    assert_eq!(
        ask("SELECT g, count(*) FROM t GROUP BY g ORDER BY g"),
        "1|2; 2|1"
    );
    assert_eq!(
        ask("SELECT g AS k, sum(id) FROM t GROUP BY k HAVING sum(id) > 2 ORDER BY 1"),
        "1|3; 2|3"
    );
    assert_eq!(
        ask("SELECT g, count(*) FROM t GROUP BY 1 HAVING count(*) > 1"),
        "1|2"
    );
    assert_eq!(ask("SELECT x FROM t GROUP BY id ORDER BY id"), "a; b; NULL");
    assert_eq!(
        ask("SELECT g + 1 FROM t GROUP BY g + 1 ORDER BY g + 1 DESC"),
        "3; 2"
    );
}

#[test]
fn grouping_errors() {
    assert_eq!(ask("SELECT g, x FROM t GROUP BY g"), "42803: column \"t.x\" must appear in the GROUP BY clause or be used in an aggregate function");
    assert_eq!(ask("SELECT g FROM t HAVING g > 1"), "42803: column \"t.g\" must appear in the GROUP BY clause or be used in an aggregate function");
    assert_eq!(
        ask("SELECT count(*) FROM t WHERE count(*) > 1"),
        "42803: aggregate functions are not allowed in WHERE"
    );
    assert_eq!(
        ask("UPDATE t SET g = count(*)"),
        "42803: aggregate functions are not allowed in UPDATE"
    );
    assert_eq!(
        ask("INSERT INTO t (id) VALUES (count(*))"),
        "42803: aggregate functions are not allowed in VALUES"
    );
    assert_eq!(
        ask("SELECT count(count(*)) FROM t"),
        "42803: aggregate function calls cannot be nested"
    );
    assert_eq!(
        ask("SELECT g FROM t GROUP BY 3"),
        "42P10: GROUP BY position 3 is not in select list"
    );
    assert_eq!(
        ask("SELECT sum(x) FROM t"),
        "42883: function sum(text) does not exist"
    );
}

#[test]
fn distinct_order_limit() {
    assert_eq!(ask("SELECT DISTINCT g FROM t ORDER BY g"), "1; 2");
    assert_eq!(
        ask("SELECT DISTINCT ON (g) g, x FROM t ORDER BY g, x DESC"),
        "1|b; 2|NULL"
    );
    assert_eq!(
        ask("SELECT id FROM t ORDER BY x NULLS FIRST LIMIT 2 OFFSET 1"),
        "1; 2"
    );
    assert_eq!(
        ask("SELECT DISTINCT ON (g) x FROM t ORDER BY x"),
        "42P10: SELECT DISTINCT ON expressions must match initial ORDER BY expressions"
    );
    assert_eq!(
        ask("SELECT DISTINCT x FROM t ORDER BY g"),
        "42P10: for SELECT DISTINCT, ORDER BY expressions must appear in select list"
    );
    assert_eq!(
        ask("SELECT g FROM t ORDER BY 3"),
        "42P10: ORDER BY position 3 is not in select list"
    );
    assert_eq!(
        ask("SELECT g FROM t ORDER BY 'x'"),
        "42601: non-integer constant in ORDER BY"
    );
    assert_eq!(
        ask("SELECT g FROM t LIMIT -1"),
        "2201W: LIMIT must not be negative"
    );
    assert_eq!(
        ask("SELECT g FROM t OFFSET -1"),
        "2201X: OFFSET must not be negative"
    );
    assert_eq!(
        ask("SELECT g FROM t LIMIT g"),
        "42P10: argument of LIMIT must not contain variables"
    );
}

#[test]
fn subqueries() {
    assert_eq!(
        ask("SELECT (SELECT id FROM t)"),
        "21000: more than one row returned by a subquery used as an expression"
    );
    assert_eq!(
        ask("SELECT (SELECT id FROM t WHERE x = 'b'), (SELECT id FROM t WHERE false)"),
        "2|NULL"
    );
    assert_eq!(
        ask("SELECT (SELECT 1, 2)"),
        "42601: subquery must return only one column"
    );
    assert_eq!(
        ask("SELECT 1 IN (SELECT 1, 2)"),
        "42601: subquery has too many columns"
    );
    assert_eq!(
        ask("SELECT id FROM t WHERE id IN (SELECT t_id FROM u) ORDER BY id"),
        "1; 3"
    );
    // NOT IN over a set with NULL is never true.
    assert_eq!(
        ask("SELECT id FROM t WHERE id NOT IN (SELECT t_id FROM u)"),
        ""
    );
    assert_eq!(
        ask("SELECT id FROM t WHERE id NOT IN (SELECT t_id FROM u WHERE t_id IS NOT NULL)"),
        "2"
    );
    assert_eq!(
        ask("SELECT id FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.t_id = t.id) ORDER BY id"),
        "1; 3"
    );
    assert_eq!(
        ask("SELECT id, (SELECT count(*) FROM u WHERE t_id = t.id) FROM t ORDER BY id"),
        "1|2; 2|0; 3|1"
    );
    assert_eq!(ask("UPDATE t SET g = (SELECT max(id) FROM u WHERE u.t_id = t.id); SELECT id, g FROM t ORDER BY id"), "1|11; 2|NULL; 3|12");
    assert_eq!(ask("DELETE FROM u WHERE NOT EXISTS (SELECT 1 FROM t WHERE t.id = u.t_id); SELECT id FROM u ORDER BY id"), "10; 11; 12");
    assert_eq!(
        ask("SELECT id FROM t WHERE g > ALL (SELECT g FROM t WHERE id < 3)"),
        "3"
    );
    assert_eq!(
        ask("SELECT id FROM t WHERE id IN (SELECT 'x')"),
        "42883: operator does not exist: integer = text"
    );
    assert_eq!(ask("SELECT (SELECT 'a') || 'b'"), "ab");
}

#[test]
fn a_quantified_subquery_is_analysed_before_its_left_operand() {
    assert_eq!(
        ask("DELETE FROM t WHERE nosuch NOT IN (SELECT s.nosuch FROM u AS s)"),
        "42703: column s.nosuch does not exist"
    );
}

#[test]
fn more_errors_as_postgresql_words_them() {
    assert_eq!(
        ask("SELECT jsonb_object_agg(x, g) FROM t"),
        "22023: field name must not be null"
    );
    assert_eq!(
        ask("SELECT json_object_agg(x, g) FROM t"),
        "22004: null value not allowed for object key"
    );
    assert_eq!(
        ask("SELECT DISTINCT ON (5) x FROM t"),
        "42P10: DISTINCT ON position 5 is not in select list"
    );
    assert_eq!(
        ask("SELECT g AS x, x FROM t ORDER BY x"),
        "42702: ORDER BY \"x\" is ambiguous"
    );
    // GROUP BY prefers the input column to the output column of that name.
    assert_eq!(ask("SELECT g AS x FROM t GROUP BY x"), "42803: column \"t.g\" must appear in the GROUP BY clause or be used in an aggregate function");
    assert_eq!(ask("SELECT g FROM t GROUP BY g ORDER BY x"), "42803: column \"t.x\" must appear in the GROUP BY clause or be used in an aggregate function");
    assert_eq!(ask("SELECT count(*) FROM t ORDER BY g"), "42803: column \"t.g\" must appear in the GROUP BY clause or be used in an aggregate function");
    assert_eq!(ask("SELECT 1 FROM t HAVING true"), "1");
    assert_eq!(
        ask("SELECT string_agg(DISTINCT x, ',' ORDER BY g) FROM t"),
        "42P10: in an aggregate with DISTINCT, ORDER BY expressions must appear in argument list"
    );
    assert_eq!(
        ask("SELECT array_agg(g ORDER BY g DESC NULLS LAST) FROM t"),
        "{2,1,1}"
    );
}

#[test]
fn a_correlated_subquery_over_many_rows_stops_at_the_budget() {
    let mut engine = Engine::new(NaiveDateTime::default());
    let mut run = |text: &str| {
        let s = sql::parse_script(text, crate::error::Source::Setup)
            .unwrap()
            .remove(0);
        engine.query(&s)
    };
    run("CREATE TABLE big (id int)").unwrap();
    let values: Vec<String> = (0..5000).map(|i| format!("({i})")).collect();
    run(&format!("INSERT INTO big VALUES {}", values.join(","))).unwrap();
    // 5,000 outer rows × 5,000 inner rows = 25 million rows read: past the budget.
    let e = run("SELECT (SELECT count(*) FROM big b2 WHERE b2.id < big.id) FROM big").unwrap_err();
    assert!(e.error.unsupported.is_some(), "{e:?}");
    // The uncorrelated form is read once.
    assert!(run("SELECT id FROM big WHERE id IN (SELECT id FROM big)").is_ok());
}

#[test]
fn joins_and_subqueries_in_from() {
    assert_eq!(
        ask("SELECT t.id, u.id FROM t JOIN u ON u.t_id = t.id ORDER BY 1, 2"),
        "1|10; 1|11; 3|12"
    );
    assert_eq!(
        ask("SELECT t.id, u.id FROM t LEFT JOIN u ON u.t_id = t.id ORDER BY 1, 2"),
        "1|10; 1|11; 2|NULL; 3|12"
    );
    assert_eq!(ask("SELECT count(*) FROM t, u"), "12");
    assert_eq!(
        ask("SELECT id FROM t JOIN u ON u.t_id = t.id"),
        "42702: column reference \"id\" is ambiguous"
    );
    assert_eq!(ask("SELECT t.x, count(u.id) FROM t LEFT JOIN u ON u.t_id = t.id GROUP BY t.id ORDER BY t.id"), "a|2; b|0; NULL|1");
    assert_eq!(ask("SELECT s, n FROM (SELECT DISTINCT s FROM u) AS d, (SELECT max(n) AS n FROM t) m ORDER BY s"), "x|2.25; y|2.25; z|2.25");
    assert_eq!(ask("SELECT u.s, t.x FROM u JOIN t ON t.id = u.t_id GROUP BY u.s ORDER BY 1"), "42803: column \"t.x\" must appear in the GROUP BY clause or be used in an aggregate function");
    assert_eq!(
        ask("SELECT * FROM t JOIN u ON t.id = u.t_id ORDER BY u.id"),
        "1|1|a|1.5|t|10|1|x; 1|1|a|1.5|t|11|1|y; 3|2|NULL|NULL|NULL|12|3|x"
    );
    assert_eq!(ask("SELECT a, b FROM (SELECT 1, 2) AS q(a, b)"), "1|2");
    assert_eq!(
        ask("SELECT 1 FROM t JOIN u ON count(*) > 0"),
        "42803: aggregate functions are not allowed in JOIN conditions"
    );
    assert_eq!(
        ask("SELECT 1 FROM t JOIN u ON t.id"),
        "42804: argument of JOIN/ON must be type boolean, not type integer"
    );
}

#[test]
fn subqueries_nest_up_to_the_limit() {
    let nested = |depth: usize| {
        let mut sql = "1".to_string();
        for _ in 0..depth {
            sql = format!("(SELECT {sql})");
        }
        format!("SELECT {sql}")
    };
    assert_eq!(ask(&nested(super::MAX_SUBQUERY_DEPTH)), "1");
    // At the deepest subquery, an expression as deep as sqlparser still reads there.
    let deep = format!("{}1{}", "(1 + ".repeat(8), ")".repeat(8));
    let at_limit =
        nested(super::MAX_SUBQUERY_DEPTH).replacen("SELECT 1", &format!("SELECT {deep}"), 1);
    assert_eq!(ask(&at_limit), "9");
    let mut engine = Engine::new(NaiveDateTime::default());
    let s = sql::parse_script(
        &nested(super::MAX_SUBQUERY_DEPTH + 1),
        crate::error::Source::Setup,
    )
    .unwrap()
    .remove(0);
    let e = engine.query(&s).unwrap_err();
    assert!(e.error.unsupported.is_some(), "{e:?}");
}

#[test]
fn set_operations_as_postgresql() {
    assert_eq!(
        ask("SELECT id FROM t UNION ALL SELECT id FROM u ORDER BY 1 DESC"),
        "13; 12; 11; 10; 3; 2; 1"
    );
    assert_eq!(
        ask("SELECT g FROM t UNION SELECT t_id FROM u ORDER BY g"),
        "1; 2; 3; NULL"
    );
    assert_eq!(
        ask("SELECT id AS k FROM t UNION SELECT id FROM u ORDER BY k LIMIT 2 OFFSET 1"),
        "2; 3"
    );
    assert_eq!(
        ask("SELECT g FROM t INTERSECT ALL SELECT t_id FROM u ORDER BY 1"),
        "1; 1"
    );
    assert_eq!(
        ask("SELECT t_id FROM u EXCEPT SELECT g FROM t ORDER BY 1"),
        "3; NULL"
    );
    assert_eq!(
        ask("SELECT t_id FROM u EXCEPT ALL SELECT id FROM t ORDER BY 1"),
        "1; NULL"
    );
    assert_eq!(
        ask("SELECT 1 UNION ALL SELECT 2 INTERSECT SELECT 2"),
        "1; 2"
    );
    assert_eq!(
        ask("(SELECT id FROM t ORDER BY id DESC LIMIT 1) UNION ALL (SELECT id FROM u ORDER BY id LIMIT 1)"),
        "3; 10"
    );
    assert_eq!(
        ask("SELECT n FROM t UNION ALL SELECT g FROM t ORDER BY 1"),
        "1; 1; 1.5; 2; 2.25; NULL"
    );
    assert_eq!(
        ask("SELECT x::varchar(3) FROM t UNION ALL SELECT 'abcdef'"),
        "a; b; NULL; abcdef"
    );
    assert_eq!(ask("SELECT 1 UNION SELECT '2' ORDER BY 1"), "1; 2");
    assert_eq!(
        ask("SELECT id FROM t WHERE id IN (SELECT t_id FROM u UNION SELECT 2) ORDER BY 1"),
        "1; 2; 3"
    );
}

#[test]
fn set_operation_errors_as_postgresql() {
    assert_eq!(
        ask("SELECT x FROM t UNION SELECT 1"),
        "42804: UNION types text and integer cannot be matched"
    );
    assert_eq!(
        ask("SELECT 1 UNION SELECT 'a'"),
        "22P02: invalid input syntax for type integer: \"a\""
    );
    assert_eq!(
        ask("SELECT id, x FROM t UNION SELECT id FROM u"),
        "42601: each UNION query must have the same number of columns"
    );
    assert_eq!(
        ask("SELECT id FROM t UNION SELECT id FROM u ORDER BY id + 1"),
        "0A000: invalid UNION/INTERSECT/EXCEPT ORDER BY clause"
    );
    assert_eq!(
        ask("SELECT id FROM t UNION SELECT id FROM u ORDER BY zz"),
        "42703: column \"zz\" does not exist"
    );
    assert_eq!(
        ask("SELECT id FROM t UNION SELECT id FROM u ORDER BY t.id"),
        "42P01: missing FROM-clause entry for table \"t\""
    );
}

#[test]
fn values_lists_as_postgresql() {
    assert_eq!(ask("VALUES (1, 'a'), (2, 'b') ORDER BY 1 DESC"), "2|b; 1|a");
    assert_eq!(ask("VALUES (1), (2.5)"), "1; 2.5");
    assert_eq!(
        ask("VALUES (1), ('a')"),
        "22P02: invalid input syntax for type integer: \"a\""
    );
    assert_eq!(
        ask("VALUES (1, 2), (3)"),
        "42601: VALUES lists must all be the same length"
    );
    assert_eq!(
        ask("SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS v(a, b) ORDER BY b DESC"),
        "2|b; 1|a"
    );
    assert_eq!(
        ask("SELECT * FROM (VALUES (1, 'a')) AS v(a, b, c)"),
        "42P10: table \"v\" has 2 columns available but 3 columns specified"
    );
}

#[test]
fn outer_joins_as_postgresql() {
    assert_eq!(
        ask("SELECT t.id, u.id FROM t RIGHT JOIN u ON u.t_id = t.id ORDER BY 2"),
        "1|10; 1|11; 3|12; NULL|13"
    );
    assert_eq!(
        ask("SELECT t.id, u.id FROM t FULL JOIN u ON u.t_id = t.id ORDER BY 1, 2"),
        "1|10; 1|11; 2|NULL; 3|12; NULL|13"
    );
    assert_eq!(
        ask("SELECT t.id, u.id FROM t RIGHT OUTER JOIN u ON false ORDER BY u.id"),
        "NULL|10; NULL|11; NULL|12; NULL|13"
    );
    assert_eq!(
        ask("SELECT t.id, s.c FROM t, LATERAL (SELECT count(*) AS c FROM u WHERE u.t_id = t.id) s ORDER BY t.id"),
        "1|2; 2|0; 3|1"
    );
    assert_eq!(
        ask("SELECT t.id, s.id FROM t LEFT JOIN LATERAL (SELECT id FROM u WHERE u.t_id = t.id ORDER BY id DESC LIMIT 1) s ON true ORDER BY t.id"),
        "1|11; 2|NULL; 3|12"
    );
    // PostgreSQL plans a FULL JOIN only as a merge or hash join (`full_join`).
    assert_eq!(
        ask("SELECT t.id FROM t FULL JOIN u ON u.t_id < t.id"),
        "0A000: FULL JOIN is only supported with merge-joinable or hash-joinable join conditions"
    );
    assert!(
        ask("SELECT t.id FROM t FULL JOIN u ON u.t_id = (SELECT 1)").starts_with("0A000: Rehearse")
    );
}

#[test]
fn with_queries_as_postgresql() {
    assert_eq!(
        ask("WITH c(a) AS (SELECT id, x FROM t) SELECT * FROM c ORDER BY a"),
        "1|a; 2|b; 3|NULL"
    );
    assert_eq!(
        ask("WITH c(a, b, z) AS (SELECT id, x FROM t) SELECT * FROM c"),
        "42P10: WITH query \"c\" has 2 columns available but 3 columns specified"
    );
    assert_eq!(
        ask("WITH c AS (SELECT 1), c AS (SELECT 2) SELECT * FROM c"),
        "42712: WITH query name \"c\" specified more than once"
    );
    assert_eq!(
        ask("WITH c AS (SELECT id FROM t), d AS (SELECT id * 10 AS k FROM c) SELECT * FROM d ORDER BY k"),
        "10; 20; 30"
    );
    assert_eq!(
        ask("WITH c AS MATERIALIZED (SELECT id FROM t) SELECT count(*) FROM c a, c b"),
        "9"
    );
    assert_eq!(ask("WITH t AS (SELECT 42 AS id) SELECT id FROM t"), "42");
    // An unread WITH query is not evaluated.
    assert_eq!(ask("WITH c AS (SELECT 1/0) SELECT 1"), "1");
}

#[test]
fn recursive_queries_as_postgresql() {
    assert_eq!(
        ask("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT * FROM r"),
        "1; 2; 3; 4; 5"
    );
    assert_eq!(
        ask("WITH RECURSIVE r(n) AS (SELECT 1 UNION SELECT n % 3 + 1 FROM r) SELECT * FROM r"),
        "1; 2; 3"
    );
    assert_eq!(
        ask("WITH RECURSIVE r(id, path) AS (SELECT id, x FROM t WHERE id = 1 UNION ALL SELECT t.id, r.path || '>' || coalesce(t.x, '?') FROM r JOIN t ON t.id = r.id + 1) SELECT * FROM r"),
        "1|a; 2|a>b; 3|a>b>?"
    );
    assert_eq!(
        ask("WITH RECURSIVE r AS (SELECT 1 AS n UNION ALL SELECT n::bigint + 1 FROM r WHERE n < 5) SELECT * FROM r"),
        "42804: recursive query \"r\" column 1 has type integer in non-recursive term but type bigint overall"
    );
    assert_eq!(
        ask("WITH RECURSIVE r(n) AS (SELECT n FROM r UNION ALL SELECT 1) SELECT * FROM r"),
        "42P19: recursive reference to query \"r\" must not appear within its non-recursive term"
    );
    assert_eq!(
        ask("WITH RECURSIVE r(n) AS (SELECT 1 FROM r) SELECT * FROM r"),
        "42P19: recursive query \"r\" does not have the form non-recursive-term UNION [ALL] recursive-term"
    );
    assert_eq!(
        ask("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT a.n + 1 FROM r a, r b WHERE a.n < 3) SELECT * FROM r"),
        "42P19: recursive reference to query \"r\" must not appear more than once"
    );
    assert_eq!(
        ask("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < (SELECT max(n) FROM r)) SELECT * FROM r"),
        "42P19: recursive reference to query \"r\" must not appear within a subquery"
    );
    // Endless recursion stops at Rehearse's row limit, not PostgreSQL's memory.
    assert!(ask(
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT r.n FROM r, t) SELECT count(*) FROM r"
    )
    .starts_with("0A000: Rehearse"));
}

#[test]
fn data_statements_over_queries_as_postgresql() {
    assert_eq!(
        ask("WITH c AS (SELECT 1 AS id) UPDATE u SET s = 'q' WHERE id IN (SELECT id + 9 FROM c); SELECT * FROM u ORDER BY id"),
        "10|1|q; 11|1|y; 12|3|x; 13|NULL|z"
    );
    assert_eq!(
        ask("INSERT INTO u SELECT 20, 1, 'a' UNION ALL SELECT 21, 2, 'b'; SELECT count(*) FROM u"),
        "6"
    );
    assert_eq!(
        ask("UPDATE u SET s = t.x || v.b FROM t JOIN (VALUES (1, 'one')) AS v(a, b) ON v.a = t.id WHERE u.t_id = t.id; SELECT * FROM u ORDER BY id"),
        "10|1|aone; 11|1|aone; 12|3|x; 13|NULL|z"
    );
    assert_eq!(
        ask("DELETE FROM u USING t, (VALUES (1)) v(a) WHERE u.t_id = t.id AND t.id = v.a; SELECT * FROM u ORDER BY id"),
        "12|3|x; 13|NULL|z"
    );
    assert_eq!(
        ask("WITH d AS (DELETE FROM u RETURNING *) INSERT INTO t (id) SELECT id FROM d; SELECT (SELECT count(*) FROM u), (SELECT count(*) FROM t)"),
        "0|7"
    );
}
