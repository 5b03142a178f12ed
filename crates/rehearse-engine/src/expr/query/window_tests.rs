//! Window functions and set-returning functions on a small table, each answer as
//! PostgreSQL 18 gave it (checked on PGlite): rows as `|`-separated text output, or
//! `SQLSTATE: message`.

const SETUP: &str = "CREATE TABLE t (id int PRIMARY KEY, g int, x text, n numeric, b bool);
INSERT INTO t VALUES (1, 1, 'a', 1.5, true), (2, 1, 'b', 2.25, false), (3, 2, NULL, NULL, NULL);";

/// Runs the setup, then `sql_text`; its rows or error.
fn ask(sql_text: &str) -> String {
    crate::test_support::answer(
        SETUP,
        sql_text,
        crate::test_support::text_rows,
        crate::test_support::refusal_or_error,
    )
}

#[test]
fn window_functions_over_partitions_and_named_windows() {
    assert_eq!(
        ask("SELECT id, row_number() OVER w, rank() OVER (ORDER BY g), sum(n) OVER w, lag(x, 1, 'none') OVER w FROM t WINDOW w AS (PARTITION BY g ORDER BY id) ORDER BY id"),
        "1|1|1|1.5|none; 2|2|1|3.75|a; 3|1|3|NULL|none"
    );
    assert_eq!(
        ask("SELECT id, ntile(2) OVER (ORDER BY id), nth_value(id, 2) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM t ORDER BY id"),
        "1|1|2; 2|1|2; 3|2|2"
    );
    assert_eq!(
        ask("SELECT g, count(*), sum(count(*)) OVER () FROM t GROUP BY g ORDER BY g"),
        "1|2|3; 2|1|3"
    );
}

#[test]
fn window_errors_are_postgresql_s() {
    for (query, answer) in [
        ("SELECT id FROM t WHERE rank() OVER () > 1", "42P20: window functions are not allowed in WHERE"),
        ("SELECT x, rank() OVER (ORDER BY x) FROM t GROUP BY g", "42803: column \"t.x\" must appear in the GROUP BY clause or be used in an aggregate function"),
        ("SELECT sum(id) OVER (ORDER BY id ROWS BETWEEN 1 FOLLOWING AND 1 PRECEDING) FROM t", "42P20: frame starting from following row cannot have preceding rows"),
        ("SELECT sum(id) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND 1 PRECEDING) FROM t", "42P20: frame starting from current row cannot have preceding rows"),
        ("SELECT sum(id) OVER (ROWS g PRECEDING) FROM t", "42P10: argument of ROWS must not contain variables"),
        ("SELECT sum(id) OVER (GROUPS 1 PRECEDING) FROM t", "42P20: GROUPS mode requires an ORDER BY clause"),
        ("SELECT count(DISTINCT id) OVER () FROM t", "0A000: DISTINCT is not implemented for window functions"),
        ("SELECT sum(id) OVER (ORDER BY id ROWS -1 PRECEDING) FROM t", "22013: frame starting offset must not be negative"),
        ("SELECT nth_value(id, 0) OVER () FROM t", "22016: argument of nth_value must be greater than zero"),
        ("SELECT rank() OVER w FROM t", "42704: window \"w\" does not exist"),
    ] {
        assert_eq!(ask(query), answer, "{query}");
    }
}

#[test]
fn set_returning_functions_in_from_and_in_the_select_list() {
    assert_eq!(
        ask("SELECT * FROM generate_series(1, 3) WITH ORDINALITY AS s(v, o)"),
        "1|1; 2|2; 3|3"
    );
    assert_eq!(
        ask("SELECT * FROM generate_series(1, 2, 0.5)"),
        "1; 1.5; 2.0"
    );
    assert_eq!(
        ask("SELECT generate_series(1,3), generate_series(1,2)"),
        "1|1; 2|2; 3|NULL"
    );
    assert_eq!(
        ask("SELECT * FROM regexp_split_to_table('a1b22c', '[0-9]*')"),
        "a; b; c"
    );
    assert_eq!(
        ask("SELECT * FROM unnest('{{1,2},{3,4}}'::int[])"),
        "1; 2; 3; 4"
    );
    assert_eq!(
        ask("SELECT * FROM jsonb_object_keys('[1]')"),
        "22023: cannot call jsonb_object_keys on an array"
    );
    // An earlier FROM item's column in the arguments is PostgreSQL's implicit LATERAL.
    assert_eq!(
        ask("SELECT * FROM t, generate_series(1, t.g)"),
        "1|1|a|1.5|t|1; 2|1|b|2.25|f|1; 3|2|NULL|NULL|NULL|1; 3|2|NULL|NULL|NULL|2"
    );
    // Its error for a row PostgreSQL's WHERE filters out first is refused, not raised
    // (PostgreSQL answers 3|1 ... 3|10).
    assert!(
        ask("SELECT id, s FROM t, generate_series(1, 10 / (t.g - 1)) s WHERE t.g = 2")
            .starts_with("unsupported")
    );
    // A huge series is refused by the work budget before it is allocated.
    assert!(ask("SELECT count(*) FROM generate_series(1, 100000000)").starts_with("unsupported"));
}

#[test]
fn upsert_updates_the_conflicting_row_once() {
    assert_eq!(
        ask("INSERT INTO t (id, x) VALUES (1, 'z'), (4, 'w') ON CONFLICT (id) DO UPDATE SET x = t.x || EXCLUDED.x; SELECT id, x FROM t ORDER BY id"),
        "1|az; 2|b; 3|NULL; 4|w"
    );
    assert_eq!(
        ask("INSERT INTO t (id) VALUES (5), (5) ON CONFLICT (id) DO UPDATE SET g = 0"),
        "21000: ON CONFLICT DO UPDATE command cannot affect row a second time"
    );
    assert_eq!(
        ask("INSERT INTO t (id) VALUES (1) ON CONFLICT (g) DO NOTHING"),
        "42P10: there is no unique or exclusion constraint matching the ON CONFLICT specification"
    );
}
