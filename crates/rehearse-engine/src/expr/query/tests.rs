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
    let mut engine = Engine::new(NaiveDateTime::default());
    for s in sql::parse_script(SETUP, crate::error::Source::Setup).unwrap() {
        engine.query(&s).unwrap();
    }
    let statements = match sql::parse_script(sql_text, crate::error::Source::Migration) {
        Ok(s) => s,
        Err(e) => return format!("input: {e:?}"),
    };
    let mut last = String::new();
    for s in statements {
        last = match engine.query(&s) {
            Ok(out) => out
                .rows
                .iter()
                .map(|r| {
                    r.iter()
                        .zip(&out.fields)
                        .map(|(v, (_, ty))| v.output(ty).unwrap_or_else(|| "NULL".into()))
                        .collect::<Vec<_>>()
                        .join("|")
                })
                .collect::<Vec<_>>()
                .join("; "),
            Err(f) => return format!("{}: {}", f.error.sqlstate, f.error.message),
        };
    }
    last
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
#[ignore]
fn harness_tmp() {
    let cases = std::fs::read_to_string("/tmp/qh/cases.sql").unwrap();
    let mut out = String::new();
    for sql in cases
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with("--"))
    {
        let text = sql.replace(";;", ";");
        out.push_str(&format!("{sql}\n  => {}\n", ask(&text)));
    }
    std::fs::write("/tmp/qh/engine.txt", out).unwrap();
}
