//! JOIN ... USING and NATURAL JOIN, each answer as PostgreSQL 18 gave it (recorded
//! on PGlite): rows as `|`-separated text output then `  #` and the column names, or
//! `SQLSTATE: message`.

use crate::sql;

const SETUP: &str = "CREATE TABLE a (x int, y text, k int);
INSERT INTO a VALUES (1, 'a1', 10), (2, 'a2', 20), (NULL, 'a3', 30);
CREATE TABLE b (x bigint, z text, k int);
INSERT INTO b VALUES (1, 'b1', 10), (3, 'b3', 30), (1, 'b1b', 11);
CREATE TABLE c (x numeric, y text);
INSERT INTO c VALUES (1.0, 'a1'), (3, 'c3');";

/// Runs `sql` on the setup: its rows and column names, or its error.
fn ask(sql_text: &str) -> String {
    let with_names = |out: &crate::QueryOutput| {
        let names: Vec<&str> = out.fields.iter().map(|(n, _)| n.as_str()).collect();
        format!(
            "{}  #{}",
            crate::test_support::text_rows(out),
            names.join(",")
        )
    };
    crate::test_support::answer(
        SETUP,
        sql_text,
        with_names,
        crate::test_support::sqlstate_message,
    )
}

/// (query, PostgreSQL's answer).
const CASES: &[(&str, &str)] = &[
    (
        "SELECT * FROM a JOIN b USING (x) ORDER BY z",
        "1|a1|10|b1|10; 1|a1|10|b1b|11  #x,y,k,z,k",
    ),
    (
        "SELECT * FROM a LEFT JOIN b USING (x) ORDER BY y, z",
        "1|a1|10|b1|10; 1|a1|10|b1b|11; 2|a2|20|NULL|NULL; NULL|a3|30|NULL|NULL  #x,y,k,z,k",
    ),
    (
        "SELECT * FROM a RIGHT JOIN b USING (x) ORDER BY z",
        "1|a1|10|b1|10; 1|a1|10|b1b|11; 3|NULL|NULL|b3|30  #x,y,k,z,k",
    ),
    (
        "SELECT * FROM a FULL JOIN b USING (x) ORDER BY x, y, z",
        "1|a1|10|b1|10; 1|a1|10|b1b|11; 2|a2|20|NULL|NULL; 3|NULL|NULL|b3|30; NULL|a3|30|NULL|NULL  #x,y,k,z,k",
    ),
    (
        "SELECT x, a.x, b.x FROM a FULL JOIN b USING (x) ORDER BY 1, 2",
        "1|1|1; 1|1|1; 2|2|NULL; 3|NULL|3; NULL|NULL|NULL  #x,x,x",
    ),
    (
        "SELECT * FROM a JOIN b USING (x, k)",
        "1|10|a1|b1  #x,k,y,z",
    ),
    (
        "SELECT * FROM a NATURAL JOIN b",
        "1|10|a1|b1  #x,k,y,z",
    ),
    (
        "SELECT * FROM a NATURAL LEFT JOIN c ORDER BY y",
        "1|a1|10; 2|a2|20; NULL|a3|30  #x,y,k",
    ),
    (
        "SELECT * FROM a NATURAL FULL JOIN c ORDER BY x, y",
        "1|a1|10; 2|a2|20; 3|c3|NULL; NULL|a3|30  #x,y,k",
    ),
    (
        "SELECT * FROM a JOIN b USING (x) JOIN c USING (x) ORDER BY z",
        "1.0|a1|10|b1|10|a1; 1.0|a1|10|b1b|11|a1  #x,y,k,z,k,y",
    ),
    (
        "SELECT * FROM c JOIN a USING (x) ORDER BY y",
        r#"42702: ORDER BY "y" is ambiguous"#,
    ),
    (
        "SELECT x FROM c JOIN a USING (x)",
        "1.0  #x",
    ),
    (
        "SELECT x FROM a JOIN c USING (x)",
        "1.0  #x",
    ),
    (
        "SELECT k FROM a JOIN b USING (x)",
        r#"42702: column reference "k" is ambiguous"#,
    ),
    (
        "SELECT x FROM a JOIN b USING (x), c",
        r#"42702: column reference "x" is ambiguous"#,
    ),
    (
        "SELECT j.x, j.* FROM a JOIN b USING (x) AS j ORDER BY z",
        "1|1; 1|1  #x,x",
    ),
    (
        "SELECT j.y FROM a JOIN b USING (x) AS j",
        "42703: column j.y does not exist",
    ),
    (
        "SELECT * FROM a JOIN b USING (x) AS a",
        r#"42712: table name "a" specified more than once"#,
    ),
    (
        "SELECT * FROM a JOIN b USING (q)",
        r#"42703: column "q" specified in USING clause does not exist in left table"#,
    ),
    (
        "SELECT * FROM a JOIN b USING (y)",
        r#"42703: column "y" specified in USING clause does not exist in right table"#,
    ),
    (
        "SELECT * FROM a JOIN b USING (x, x)",
        r#"42701: column name "x" appears more than once in USING clause"#,
    ),
    (
        "SELECT * FROM a JOIN b ON true JOIN c USING (x)",
        r#"42702: common column name "x" appears more than once in left table"#,
    ),
    (
        "SELECT * FROM a JOIN (SELECT 1 AS x, 2 AS x) s USING (x)",
        r#"42702: common column name "x" appears more than once in right table"#,
    ),
    (
        "SELECT * FROM a JOIN (SELECT 'q'::text AS x) s USING (x)",
        "42883: operator does not exist: integer = text",
    ),
    (
        "SELECT * FROM a NATURAL JOIN (SELECT 1 AS w) s ORDER BY y",
        "1|a1|10|1; 2|a2|20|1; NULL|a3|30|1  #x,y,k,w",
    ),
    (
        "SELECT x, count(*) FROM a FULL JOIN b USING (x) GROUP BY x ORDER BY x",
        "1|2; 2|1; 3|1; NULL|1  #x,count",
    ),
    (
        "SELECT a.x, count(*) FROM a JOIN b USING (x) GROUP BY x",
        r#"42803: column "a.x" must appear in the GROUP BY clause or be used in an aggregate function"#,
    ),
    (
        "SELECT a.x, count(*) FROM a FULL JOIN b USING (x) GROUP BY x",
        r#"42803: column "a.x" must appear in the GROUP BY clause or be used in an aggregate function"#,
    ),
    (
        "SELECT y, (SELECT count(*) FROM c WHERE c.x = x) FROM a JOIN b USING (x) ORDER BY z",
        "a1|2; a1|2  #y,count",
    ),
    (
        "SELECT * FROM a JOIN b USING (x) JOIN c ON c.y = y",
        r#"42702: column reference "y" is ambiguous"#,
    ),
    (
        "SELECT * FROM a JOIN a USING (x)",
        r#"42712: table name "a" specified more than once"#,
    ),
    (
        "SELECT x FROM a JOIN b USING (x) JOIN LATERAL (SELECT x + 1 AS w) l ON true ORDER BY z",
        "1; 1  #x",
    ),
    (
        "SELECT * FROM a JOIN b USING (x) AS j JOIN c USING (x) AS j",
        r#"42712: table name "j" specified more than once"#,
    ),
    (
        "SELECT * FROM a JOIN b USING (x) JOIN c ON c.x = x ORDER BY z",
        r#"42702: column reference "x" is ambiguous"#,
    ),
    (
        "SELECT * FROM a CROSS JOIN b NATURAL JOIN c",
        r#"42702: common column name "x" appears more than once in left table"#,
    ),
    (
        "SELECT x, y FROM a NATURAL JOIN c",
        "1.0|a1  #x,y",
    ),
    (
        "SELECT * FROM (SELECT 1 AS x, 2 AS x) s NATURAL JOIN a",
        r#"42702: common column name "x" appears more than once in left table"#,
    ),
    (
        "SELECT * FROM b NATURAL RIGHT JOIN a ORDER BY y",
        "1|10|b1|a1; 2|20|NULL|a2; NULL|30|NULL|a3  #x,k,z,y",
    ),
    (
        "SELECT j.x FROM a JOIN b USING (x) AS j, c",
        "1; 1; 1; 1  #x",
    ),
    (
        "SELECT x FROM a JOIN b USING (x) WHERE x > 0 ORDER BY x DESC",
        "1; 1  #x",
    ),
    (
        "SELECT DISTINCT x FROM a FULL JOIN c USING (x) ORDER BY x",
        "1; 2; 3; NULL  #x",
    ),
    (
        "SELECT * FROM (VALUES (1, 'v')) v(x, w) JOIN a USING (x)",
        "1|v|a1|10  #x,w,y,k",
    ),
    (
        "SELECT * FROM a JOIN b USING (x) NATURAL JOIN c",
        "1.0|a1|10|b1|10; 1.0|a1|10|b1b|11  #x,y,k,z,k",
    ),
    (
        "SELECT * FROM a NATURAL JOIN b NATURAL JOIN c",
        "1.0|a1|10|b1  #x,y,k,z",
    ),
    (
        "SELECT * FROM a JOIN (SELECT 1::smallint AS x) s USING (x)",
        "1|a1|10  #x,y,k",
    ),
    (
        "SELECT x FROM a RIGHT JOIN (SELECT 1::smallint AS x) s USING (x)",
        "1  #x",
    ),
    (
        "SELECT x FROM (SELECT 'p'::varchar(3) AS x) s FULL JOIN (SELECT 'p'::varchar(5) AS x) t USING (x)",
        "p  #x",
    ),
    (
        "SELECT a.* FROM a JOIN b USING (x) ORDER BY z",
        "1|a1|10; 1|a1|10  #x,y,k",
    ),
    (
        "SELECT * FROM a JOIN LATERAL (SELECT x AS q) l USING (x)",
        r#"42703: column "x" specified in USING clause does not exist in right table"#,
    ),
    (
        "SELECT x, count(*) FROM a FULL JOIN b USING (x) GROUP BY y",
        r#"42803: column "a.x" must appear in the GROUP BY clause or be used in an aggregate function"#,
    ),
    (
        "SELECT x, count(*) FROM a JOIN b USING (x) GROUP BY y",
        r#"42803: column "b.x" must appear in the GROUP BY clause or be used in an aggregate function"#,
    ),
    (
        "SELECT x, count(*) FROM a LEFT JOIN c USING (x) GROUP BY c.x",
        r#"42803: column "a.x" must appear in the GROUP BY clause or be used in an aggregate function"#,
    ),
    (
        "SELECT max(x), min(j.x) FROM a RIGHT JOIN b USING (x) AS j",
        "3|1  #max,min",
    ),
    (
        "SELECT x FROM a JOIN b USING (x) GROUP BY a.x",
        r#"42803: column "b.x" must appear in the GROUP BY clause or be used in an aggregate function"#,
    ),
    (
        "SELECT y FROM a NATURAL JOIN c GROUP BY x, y ORDER BY y",
        "a1  #y",
    ),
];

#[test]
fn using_and_natural_joins_answer_as_postgresql() {
    let mut wrong = Vec::new();
    for (query, expected) in CASES {
        let got = ask(query);
        if got != *expected {
            wrong.push(format!(
                "{query}\n  engine:   {got}\n  postgres: {expected}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The merged column's type: the pair's common type (PostgreSQL's `pg_typeof`).
#[test]
fn merged_columns_take_the_common_type() {
    for (query, expected) in [
        ("SELECT x FROM a FULL JOIN b USING (x)", "bigint"),
        ("SELECT x FROM a JOIN b USING (x)", "bigint"),
        ("SELECT x FROM c JOIN a USING (x)", "numeric"),
        ("SELECT x FROM a RIGHT JOIN (SELECT 1::smallint AS x) s USING (x)", "integer"),
        (
            "SELECT x FROM (SELECT 'p'::varchar(3) AS x) s FULL JOIN (SELECT 'p'::varchar(5) AS x) t USING (x)",
            "character varying",
        ),
        (
            "SELECT x FROM (SELECT 'p'::varchar(3) AS x) s JOIN (SELECT 'p'::varchar(3) AS x) t USING (x)",
            "character varying(3)",
        ),
    ] {
        let mut engine = crate::test_support::engine_with(SETUP);
        let statement = sql::parse_script(query, crate::error::Source::Migration)
            .expect("parses")
            .remove(0);
        let out = engine.query(&statement).expect("runs");
        assert_eq!(out.fields[0].1.format(), expected, "{query}");
    }
}

/// (statements, PostgreSQL's answer to the last, or its first error): data statements
/// with USING joins in their FROM lists, views and tables made of such joins, and
/// subqueries reading merged columns.
const STATEMENT_CASES: &[(&str, &str)] = &[
    (
        "UPDATE a SET k = a.k + 1 FROM b JOIN c USING (x) WHERE a.x = b.x RETURNING *",
        "1|a1|11|1.0|b1|10|a1  #x,y,k,x,z,k,y",
    ),
    (
        "UPDATE a SET k = 0 FROM b NATURAL JOIN c WHERE a.y = z RETURNING *",
        "  #x,y,k,x,z,k,y",
    ),
    (
        "UPDATE a SET y = j.x::text FROM b JOIN c USING (x) AS j WHERE a.x = j.x RETURNING a.*, j.*",
        "1|1.0|10|1.0  #x,y,k,x",
    ),
    (
        "UPDATE a SET y = z FROM b NATURAL JOIN (SELECT 1 AS x) s WHERE a.k = b.k RETURNING *",
        "1|b1|10|1|b1|10  #x,y,k,x,z,k",
    ),
    (
        "UPDATE a SET k = 1 FROM b JOIN c USING (x) WHERE a.x = x",
        r#"42702: column reference "x" is ambiguous"#,
    ),
    (
        "DELETE FROM a USING b NATURAL JOIN (SELECT 10 AS k) s WHERE a.x = b.x RETURNING *",
        "1|a1|10|10|1|b1  #x,y,k,k,x,z",
    ),
    (
        "DELETE FROM c USING a JOIN b USING (k) WHERE c.y = a.y RETURNING *",
        "1.0|a1|10|1|a1|1|b1  #x,y,k,x,y,x,z",
    ),
    (
        "UPDATE b SET z = 'w' FROM a JOIN c USING (y) WHERE b.x = c.x RETURNING *",
        "1|w|10|a1|1|10|1.0; 1|w|11|a1|1|10|1.0  #x,z,k,y,x,k,x",
    ),
    (
        "DELETE FROM b USING a JOIN c USING (q) WHERE true",
        r#"42703: column "q" specified in USING clause does not exist in left table"#,
    ),
    (
        "DELETE FROM b USING a JOIN c USING (x) WHERE b.z = 'b3' RETURNING *",
        "3|b3|30|1.0|a1|10|a1  #x,z,k,x,y,k,y",
    ),
    (
        "CREATE VIEW v AS SELECT * FROM a NATURAL FULL JOIN c; SELECT * FROM v ORDER BY x, y",
        "1|a1|10; 2|a2|20; 3|c3|NULL; NULL|a3|30  #x,y,k",
    ),
    (
        "CREATE VIEW v AS SELECT y, x FROM a JOIN b USING (x) AS j; ALTER TABLE b RENAME COLUMN x TO xx; SELECT * FROM v",
        "a1|1; a1|1  #y,x",
    ),
    (
        "CREATE VIEW v AS SELECT x, y, z FROM a JOIN b USING (x); ALTER TABLE b DROP COLUMN k; SELECT * FROM v ORDER BY z",
        "1|a1|b1; 1|a1|b1b  #x,y,z",
    ),
    (
        "CREATE VIEW v AS SELECT x, y, z FROM a JOIN b USING (x); ALTER TABLE b DROP COLUMN z",
        "2BP01: cannot drop column z of table b because other objects depend on it",
    ),
    (
        "CREATE VIEW v AS SELECT y, z FROM a JOIN b USING (x); ALTER TABLE b DROP COLUMN x",
        "2BP01: cannot drop column x of table b because other objects depend on it",
    ),
    (
        "CREATE VIEW v AS SELECT y, z FROM a NATURAL JOIN b; ALTER TABLE b DROP COLUMN k",
        "2BP01: cannot drop column k of table b because other objects depend on it",
    ),
    (
        "CREATE VIEW v AS SELECT y, z FROM a NATURAL JOIN b; ALTER TABLE a ALTER COLUMN x TYPE bigint",
        "0A000: cannot alter type of a column used by a view or rule",
    ),
    (
        "CREATE VIEW v AS SELECT a.y, c.y AS cy FROM a FULL JOIN c USING (x); ALTER TABLE c DROP COLUMN x",
        "2BP01: cannot drop column x of table c because other objects depend on it",
    ),
    (
        "CREATE TABLE t (x bigint, y text, z text); INSERT INTO t SELECT x, y, z FROM a FULL JOIN b USING (x); SELECT * FROM t ORDER BY x, z",
        "1|a1|b1; 1|a1|b1b; 2|a2|NULL; 3|NULL|b3; NULL|a3|NULL  #x,y,z",
    ),
    (
        "INSERT INTO c SELECT x, y FROM a NATURAL JOIN c; SELECT * FROM c ORDER BY x, y",
        "1.0|a1; 1.0|a1; 3|c3  #x,y",
    ),
    (
        "SELECT y, (SELECT string_agg(z, ',' ORDER BY z) FROM b WHERE b.x = a2.x) FROM (SELECT * FROM a JOIN c USING (x, y)) a2",
        "a1|b1,b1b  #y,string_agg",
    ),
    (
        "WITH w AS (SELECT * FROM a NATURAL JOIN b) SELECT * FROM w JOIN c USING (x)",
        "1.0|10|a1|b1|a1  #x,k,y,z,y",
    ),
    (
        "SELECT x FROM a JOIN b USING (x) UNION SELECT x FROM c ORDER BY 1",
        "1; 3  #x",
    ),
    (
        "SELECT y, (SELECT max(z) FROM b WHERE b.k = k) FROM a JOIN c USING (x, y)",
        "a1|b3  #y,max",
    ),
    (
        "SELECT x, (SELECT max(z) FROM b WHERE b.x = x) FROM a FULL JOIN c USING (x) ORDER BY 1",
        "1|b3; 2|b3; 3|b3; NULL|b3  #x,max",
    ),
    (
        "SELECT x, (SELECT count(*) FROM (VALUES (1), (3)) v(w) WHERE w = x) FROM a FULL JOIN c USING (x) ORDER BY 1",
        "1|1; 2|0; 3|1; NULL|0  #x,count",
    ),
    (
        "SELECT x, l.w FROM a FULL JOIN b USING (x), LATERAL (SELECT x * 2 AS w) l ORDER BY 1, 2",
        "1|2; 1|2; 2|4; 3|6; NULL|NULL  #x,w",
    ),
];

#[test]
fn statements_over_using_joins_answer_as_postgresql() {
    let mut wrong = Vec::new();
    for (statements, expected) in STATEMENT_CASES {
        let got = ask(statements);
        if got != *expected {
            wrong.push(format!(
                "{statements}\n  engine:   {got}\n  postgres: {expected}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
