//! The errors of a name no relation in reach has (`range_table`): 42703 and 42P01 with
//! PostgreSQL's detail and hints, each answer as PostgreSQL 18 gave it (PGlite), as
//! `SQLSTATE message | D: detail | H: hint`.

fn answer(setup: &str, sql: &str) -> String {
    crate::test_support::answer(
        setup,
        sql,
        |_| "OK".to_string(),
        |e| {
            format!(
                "{} {} | D: {} | H: {}",
                e.sqlstate,
                e.message,
                e.detail.as_deref().unwrap_or("-"),
                e.hint.as_deref().unwrap_or("-")
            )
        },
    )
}

const T_U_V: &str =
    "CREATE TABLE t (a int, x int); CREATE TABLE u (b int, x int); CREATE TABLE v (c int);";
const KEYED: &str = "CREATE TABLE t (a int PRIMARY KEY, x int); CREATE TABLE u (b int, x int);";
const WITH_TEXT: &str = "CREATE TABLE t (a int PRIMARY KEY, x int); CREATE TABLE u (b int, x int); CREATE TABLE v (c int); CREATE TABLE w (s text);";

#[test]
fn names_out_of_reach_are_told_as_postgresql_tells_them() {
    let cases: &[(&str, &str, &str)] = &[
        (
            T_U_V,
            r#"INSERT INTO v (c) SELECT c+1 FROM t"#,
            r#"42703 column "c" does not exist | D: There is a column named "c" in table "v", but it cannot be referenced from this part of the query. | H: -"#,
        ),
        (
            T_U_V,
            r#"INSERT INTO v (c) VALUES (c)"#,
            r#"42703 column "c" does not exist | D: There is a column named "c" in table "v", but it cannot be referenced from this part of the query. | H: -"#,
        ),
        (
            T_U_V,
            r#"INSERT INTO v (c) VALUES (1), (c)"#,
            r#"42703 column "c" does not exist | D: There is a column named "c" in table "v", but it cannot be referenced from this part of the query. | H: -"#,
        ),
        (
            T_U_V,
            r#"INSERT INTO v (c) SELECT (SELECT c FROM u) FROM t"#,
            r#"42703 column "c" does not exist | D: There is a column named "c" in table "v", but it cannot be referenced from this part of the query. | H: -"#,
        ),
        (
            T_U_V,
            r#"INSERT INTO v (c) SELECT key::int FROM json_each(to_json(c))"#,
            r#"42703 column "c" does not exist | D: There is a column named "c" in table "v", but it cannot be referenced from this part of the query. | H: -"#,
        ),
        (
            T_U_V,
            r#"INSERT INTO v (c) SELECT v.c FROM t"#,
            r#"42P01 invalid reference to FROM-clause entry for table "v" | D: There is an entry for table "v", but it cannot be referenced from this part of the query. | H: -"#,
        ),
        (
            T_U_V,
            r#"INSERT INTO v (c) SELECT cc FROM t"#,
            r#"42703 column "cc" does not exist | D: - | H: Perhaps you meant to reference the column "v.c"."#,
        ),
        (
            T_U_V,
            r#"INSERT INTO v AS vv (c) SELECT vv.c FROM t"#,
            r#"42P01 invalid reference to FROM-clause entry for table "vv" | D: There is an entry for table "vv", but it cannot be referenced from this part of the query. | H: -"#,
        ),
        (
            T_U_V,
            r#"INSERT INTO v AS vv (c) SELECT c FROM t"#,
            r#"42703 column "c" does not exist | D: There is a column named "c" in table "vv", but it cannot be referenced from this part of the query. | H: -"#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM (SELECT a) s, t"#,
            r#"42703 column "a" does not exist | D: - | H: -"#,
        ),
        (
            T_U_V,
            r#"SELECT (SELECT t.a FROM v t) FROM t"#,
            r#"42703 column t.a does not exist | D: There is a column named "a" in table "t", but it cannot be referenced from this part of the query. | H: -"#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM t AS tt, (SELECT a) s"#,
            r#"42703 column "a" does not exist | D: There is a column named "a" in table "tt", but it cannot be referenced from this part of the query. | H: To reference that column, you must mark this subquery with LATERAL."#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM t AS tt(q), (SELECT a) s"#,
            r#"42703 column "a" does not exist | D: - | H: -"#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM t AS tt(q), (SELECT q) s"#,
            r#"42703 column "q" does not exist | D: There is a column named "q" in table "tt", but it cannot be referenced from this part of the query. | H: To reference that column, you must mark this subquery with LATERAL."#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM t JOIN u ON true, (SELECT b) s"#,
            r#"42703 column "b" does not exist | D: There is a column named "b" in table "u", but it cannot be referenced from this part of the query. | H: To reference that column, you must mark this subquery with LATERAL."#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM (SELECT 1 AS z), (SELECT z) s"#,
            r#"42703 column "z" does not exist | D: There is a column named "z" in table "unnamed_subquery", but it cannot be referenced from this part of the query. | H: To reference that column, you must mark this subquery with LATERAL."#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM (SELECT 1 AS z) q, (SELECT z) s"#,
            r#"42703 column "z" does not exist | D: There is a column named "z" in table "q", but it cannot be referenced from this part of the query. | H: To reference that column, you must mark this subquery with LATERAL."#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM (VALUES (1)) q, (SELECT column1) s"#,
            r#"42703 column "column1" does not exist | D: There is a column named "column1" in table "q", but it cannot be referenced from this part of the query. | H: To reference that column, you must mark this subquery with LATERAL."#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM generate_series(1,2) g, (SELECT g) s"#,
            r#"42703 column "g" does not exist | D: There is a column named "g" in table "g", but it cannot be referenced from this part of the query. | H: To reference that column, you must mark this subquery with LATERAL."#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM generate_series(1,2), (SELECT generate_series) s"#,
            r#"42703 column "generate_series" does not exist | D: There is a column named "generate_series" in table "generate_series", but it cannot be referenced from this part of the query. | H: To reference that column, you must mark this subquery with LATERAL."#,
        ),
        (
            T_U_V,
            r#"WITH w AS (SELECT 1 AS z) SELECT * FROM w, (SELECT z) s"#,
            r#"42703 column "z" does not exist | D: There is a column named "z" in table "w", but it cannot be referenced from this part of the query. | H: To reference that column, you must mark this subquery with LATERAL."#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM t, u JOIN v ON a = c"#,
            r#"42703 column "a" does not exist | D: There is a column named "a" in table "t", but it cannot be referenced from this part of the query. | H: -"#,
        ),
        (
            T_U_V,
            r#"DELETE FROM v WHERE cc = 1"#,
            r#"42703 column "cc" does not exist | D: - | H: Perhaps you meant to reference the column "v.c"."#,
        ),
        (
            T_U_V,
            r#"UPDATE v SET c = cc"#,
            r#"42703 column "cc" does not exist | D: - | H: Perhaps you meant to reference the column "v.c"."#,
        ),
        (
            T_U_V,
            r#"UPDATE v SET c = 1 WHERE v.cc = 1"#,
            r#"42703 column v.cc does not exist | D: - | H: Perhaps you meant to reference the column "v.c"."#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM t, (SELECT a) s"#,
            r#"42703 column "a" does not exist | D: There is a column named "a" in table "t", but it cannot be referenced from this part of the query. | H: To reference that column, you must mark this subquery with LATERAL."#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM t, (SELECT t.a) s"#,
            r#"42P01 invalid reference to FROM-clause entry for table "t" | D: There is an entry for table "t", but it cannot be referenced from this part of the query. | H: To reference that table, you must mark this subquery with LATERAL."#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM t, u, (SELECT x) s"#,
            r#"42703 column "x" does not exist | D: There are columns named "x", but they are in tables that cannot be referenced from this part of the query. | H: Try using a table-qualified name."#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM t, (SELECT x FROM v) s"#,
            r#"42703 column "x" does not exist | D: There is a column named "x" in table "t", but it cannot be referenced from this part of the query. | H: To reference that column, you must mark this subquery with LATERAL."#,
        ),
        (
            T_U_V,
            r#"SELECT (SELECT c FROM u) FROM t"#,
            r#"42703 column "c" does not exist | D: - | H: -"#,
        ),
        (
            T_U_V,
            r#"SELECT (SELECT u.a FROM u) FROM t"#,
            r#"42703 column u.a does not exist | D: - | H: Perhaps you meant to reference the column "t.a"."#,
        ),
        (
            T_U_V,
            r#"SELECT t.b FROM t, u"#,
            r#"42703 column t.b does not exist | D: - | H: Perhaps you meant to reference the column "u.b"."#,
        ),
        (
            T_U_V,
            r#"SELECT t.aa FROM t"#,
            r#"42703 column t.aa does not exist | D: - | H: Perhaps you meant to reference the column "t.a"."#,
        ),
        (
            T_U_V,
            r#"SELECT aa FROM t"#,
            r#"42703 column "aa" does not exist | D: - | H: Perhaps you meant to reference the column "t.a"."#,
        ),
        (
            T_U_V,
            r#"SELECT xx FROM t, u"#,
            r#"42703 column "xx" does not exist | D: - | H: Perhaps you meant to reference the column "t.x" or the column "u.x"."#,
        ),
        (
            T_U_V,
            r#"SELECT t.a FROM t tt"#,
            r#"42P01 invalid reference to FROM-clause entry for table "t" | D: - | H: Perhaps you meant to reference the table alias "tt"."#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM t FULL JOIN (SELECT a) s ON true"#,
            r#"42703 column "a" does not exist | D: There is a column named "a" in table "t", but it cannot be referenced from this part of the query. | H: -"#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM t, u FULL JOIN (SELECT a) s ON true"#,
            r#"42703 column "a" does not exist | D: There is a column named "a" in table "t", but it cannot be referenced from this part of the query. | H: To reference that column, you must mark this subquery with LATERAL."#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM t, u FULL JOIN (SELECT b) s ON true"#,
            r#"42703 column "b" does not exist | D: There is a column named "b" in table "u", but it cannot be referenced from this part of the query. | H: -"#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM t, (SELECT (SELECT a)) s"#,
            r#"42703 column "a" does not exist | D: There is a column named "a" in table "t", but it cannot be referenced from this part of the query. | H: To reference that column, you must mark this subquery with LATERAL."#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM (SELECT 1 AS z, 2 AS z) q, (SELECT z) s"#,
            r#"42702 column reference "z" is ambiguous | D: - | H: -"#,
        ),
        (
            T_U_V,
            r#"SELECT 1 AS a UNION SELECT 2 ORDER BY b"#,
            r#"42703 column "b" does not exist | D: - | H: -"#,
        ),
        (
            T_U_V,
            r#"VALUES (1) ORDER BY column2"#,
            r#"42703 column "column2" does not exist | D: - | H: Perhaps you meant to reference the column "*VALUES*.column1"."#,
        ),
        (
            T_U_V,
            r#"SELECT * FROM t, generate_series(1, aa)"#,
            r#"42703 column "aa" does not exist | D: - | H: Perhaps you meant to reference the column "t.a"."#,
        ),
        (
            T_U_V,
            r#"SELECT unnamed_subquery.z FROM (SELECT 1 AS z)"#,
            r#"42P01 invalid reference to FROM-clause entry for table "unnamed_subquery" | D: There is an entry for table "unnamed_subquery", but it cannot be referenced from this part of the query. | H: -"#,
        ),
        (
            T_U_V,
            r#"SELECT 1 FROM t WHERE xx IN (SELECT 1 FROM u)"#,
            r#"42703 column "xx" does not exist | D: - | H: Perhaps you meant to reference the column "t.x"."#,
        ),
        (
            T_U_V,
            r#"SELECT (SELECT t.aa FROM u) FROM t"#,
            r#"42703 column t.aa does not exist | D: - | H: Perhaps you meant to reference the column "t.a"."#,
        ),
        (
            T_U_V,
            r#"SELECT (SELECT tt.a FROM u) FROM t"#,
            r#"42P01 missing FROM-clause entry for table "tt" | D: - | H: -"#,
        ),
        (
            T_U_V,
            r#"SELECT 1 FROM t GROUP BY xx"#,
            r#"42703 column "xx" does not exist | D: - | H: Perhaps you meant to reference the column "t.x"."#,
        ),
        (
            T_U_V,
            r#"SELECT 1 FROM t ORDER BY xx"#,
            r#"42703 column "xx" does not exist | D: - | H: Perhaps you meant to reference the column "t.x"."#,
        ),
        (
            T_U_V,
            r#"SELECT sum(a) OVER (PARTITION BY xx) FROM t"#,
            r#"42703 column "xx" does not exist | D: - | H: Perhaps you meant to reference the column "t.x"."#,
        ),
        (
            T_U_V,
            r#"INSERT INTO v (c) SELECT 1 RETURNING cc"#,
            r#"42703 column "cc" does not exist | D: - | H: Perhaps you meant to reference the column "v.c"."#,
        ),
        (
            T_U_V,
            r#"INSERT INTO v (c) SELECT 1 FROM t RETURNING a"#,
            r#"42703 column "a" does not exist | D: - | H: -"#,
        ),
        (
            T_U_V,
            r#"INSERT INTO t (nosuch) SELECT sum(a) OVER (ORDER BY a RANGE BETWEEN CURRENT ROW AND 1 PRECEDING) FROM t"#,
            r#"42P20 frame starting from current row cannot have preceding rows | D: - | H: -"#,
        ),
        (
            KEYED,
            r#"(SELECT 1 AS a) ORDER BY b"#,
            r#"42703 column "b" does not exist | D: - | H: -"#,
        ),
        (
            KEYED,
            r#"(SELECT a FROM t) ORDER BY aa"#,
            r#"42703 column "aa" does not exist | D: - | H: Perhaps you meant to reference the column "t.a"."#,
        ),
        (
            KEYED,
            r#"SELECT a FROM t UNION SELECT 1 ORDER BY aa"#,
            r#"42703 column "aa" does not exist | D: - | H: Perhaps you meant to reference the column "*SELECT* 1.a"."#,
        ),
        (
            KEYED,
            r#"VALUES (1) ORDER BY column1 + aa"#,
            r#"42703 column "aa" does not exist | D: - | H: -"#,
        ),
        (
            KEYED,
            r#"SELECT * FROM (VALUES (1)) AS q ORDER BY column2"#,
            r#"42703 column "column2" does not exist | D: - | H: Perhaps you meant to reference the column "q.column1"."#,
        ),
        (
            KEYED,
            r#"INSERT INTO t VALUES (1) RETURNING aa"#,
            r#"42703 column "aa" does not exist | D: - | H: Perhaps you meant to reference the column "t.a"."#,
        ),
        (
            KEYED,
            r#"SELECT * FROM t JOIN u USING (x) AS j WHERE j.a = 1"#,
            r#"42703 column j.a does not exist | D: - | H: Perhaps you meant to reference the column "t.a"."#,
        ),
        (
            KEYED,
            r#"SELECT * FROM t JOIN u USING (x) AS j WHERE j.xx = 1"#,
            r#"42703 column j.xx does not exist | D: - | H: Perhaps you meant to reference the column "t.x" or the column "u.x"."#,
        ),
        (
            KEYED,
            r#"UPDATE t SET a = 1 FROM u WHERE u.bb = 1"#,
            r#"42703 column u.bb does not exist | D: - | H: Perhaps you meant to reference the column "u.b"."#,
        ),
        (
            KEYED,
            r#"DELETE FROM t USING u WHERE u.bb = 1"#,
            r#"42703 column u.bb does not exist | D: - | H: Perhaps you meant to reference the column "u.b"."#,
        ),
        (
            KEYED,
            r#"DELETE FROM t USING u WHERE bb = 1"#,
            r#"42703 column "bb" does not exist | D: - | H: Perhaps you meant to reference the column "u.b"."#,
        ),
        (
            KEYED,
            r#"SELECT * FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.b = t.aa)"#,
            r#"42703 column t.aa does not exist | D: - | H: Perhaps you meant to reference the column "t.a"."#,
        ),
        (
            KEYED,
            r#"SELECT * FROM t WHERE EXISTS (SELECT 1 FROM u WHERE bb = 1)"#,
            r#"42703 column "bb" does not exist | D: - | H: Perhaps you meant to reference the column "u.b"."#,
        ),
        (
            KEYED,
            r#"SELECT * FROM t, LATERAL (SELECT aa) s"#,
            r#"42703 column "aa" does not exist | D: - | H: Perhaps you meant to reference the column "t.a"."#,
        ),
        (
            KEYED,
            r#"SELECT * FROM t, LATERAL (SELECT tt.a) s"#,
            r#"42P01 missing FROM-clause entry for table "tt" | D: - | H: -"#,
        ),
        (
            KEYED,
            r#"INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO UPDATE SET x = excluded.xx"#,
            r#"42703 column excluded.xx does not exist | D: - | H: Perhaps you meant to reference the column "excluded.x"."#,
        ),
        (
            KEYED,
            r#"ALTER TABLE t ADD CONSTRAINT k CHECK (aa > 0)"#,
            r#"42703 column "aa" does not exist | D: - | H: Perhaps you meant to reference the column "t.a"."#,
        ),
        (
            KEYED,
            r#"CREATE INDEX ON t ((aa + 1))"#,
            r#"42703 column "aa" does not exist | D: - | H: Perhaps you meant to reference the column "t.a"."#,
        ),
        (
            KEYED,
            r#"SELECT count(*) FILTER (WHERE aa > 1) FROM t"#,
            r#"42703 column "aa" does not exist | D: - | H: Perhaps you meant to reference the column "t.a"."#,
        ),
        (
            KEYED,
            r#"SELECT * FROM t WHERE a IN (SELECT x FROM u WHERE xx = 1)"#,
            r#"42703 column "xx" does not exist | D: - | H: Perhaps you meant to reference the column "u.x" or the column "t.x"."#,
        ),
        (
            WITH_TEXT,
            r#"SELECT * FROM t, u JOIN v ON a = c"#,
            r#"42703 column "a" does not exist | D: There is a column named "a" in table "t", but it cannot be referenced from this part of the query. | H: -"#,
        ),
        (
            WITH_TEXT,
            r#"SELECT * FROM t JOIN u ON c = 1, v"#,
            r#"42703 column "c" does not exist | D: - | H: -"#,
        ),
        (
            WITH_TEXT,
            r#"SELECT * FROM t JOIN u ON xx = 1"#,
            r#"42703 column "xx" does not exist | D: - | H: Perhaps you meant to reference the column "t.x" or the column "u.x"."#,
        ),
        (
            WITH_TEXT,
            r#"SELECT * FROM t JOIN u ON x = 1"#,
            r#"42702 column reference "x" is ambiguous | D: - | H: -"#,
        ),
        // UPDATE's and DELETE's target is out of its FROM / USING list's reach.
        (
            KEYED,
            r#"UPDATE t SET x = s.v FROM (SELECT a AS v) AS s"#,
            r#"42703 column "a" does not exist | D: There is a column named "a" in table "t", but it cannot be referenced from this part of the query. | H: -"#,
        ),
        (
            KEYED,
            r#"DELETE FROM t USING (SELECT a AS v) AS s"#,
            r#"42703 column "a" does not exist | D: There is a column named "a" in table "t", but it cannot be referenced from this part of the query. | H: -"#,
        ),
        (
            KEYED,
            r#"UPDATE t AS tt SET x = s.v FROM (SELECT tt.a AS v) AS s"#,
            r#"42P01 invalid reference to FROM-clause entry for table "tt" | D: There is an entry for table "tt", but it cannot be referenced from this part of the query. | H: -"#,
        ),
        (
            KEYED,
            r#"UPDATE t SET x = 1 FROM u JOIN (SELECT 1 AS one) s ON a = one"#,
            r#"42703 column "a" does not exist | D: There is a column named "a" in table "t", but it cannot be referenced from this part of the query. | H: -"#,
        ),
    ];
    for (setup, sql, want) in cases {
        assert_eq!(answer(setup, sql), *want, "{sql}");
    }
}
