//! RANGE frames with an offset, each answer as PostgreSQL 18 gave it (checked on
//! PGlite): integer, date, timestamp, timestamptz, time, interval, float and numeric
//! ORDER BY columns, DESC and NULLS FIRST/LAST, overflow, and the binding and
//! `in_range` errors; and the frame EXCLUDE clause.

const SETUP: &str = r#"CREATE TABLE r (id int, g int, v int, d date, ts timestamp, iv interval, f float8, n numeric, x text, b bool);
INSERT INTO r VALUES (1,1,1,'2024-01-01','2024-01-01 00:00','1 day',1.5,1.5,'a',true),(2,1,2,'2024-01-02','2024-01-01 12:00','2 days',2.5,2,'b',false),(3,1,2,'2024-01-04','2024-01-02 06:00','1 day 12:00',-1,3.25,'c',true),(4,2,5,'2024-02-01','2024-01-02 12:00','1 mon',3,0,'d',null),(5,2,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL),(6,1,NULL,'2023-12-31','2023-12-31 23:00','-1 day','Infinity',-2,'f',true),(7,2,3,'2024-01-31','2024-02-01','30 days','NaN',2.75,'g',false);"#;

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
fn range_frames_with_offsets_are_postgresql_s() {
    let mut wrong = Vec::new();
    for (query, answer) in [
        (
            r#"SELECT id, sum(id) OVER (ORDER BY v RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM r ORDER BY id"#,
            r#"1|6; 2|13; 3|13; 4|4; 5|11; 6|11; 7|12"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY v DESC RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM r ORDER BY id"#,
            r#"1|6; 2|12; 3|12; 4|4; 5|11; 6|11; 7|7"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY v NULLS FIRST RANGE BETWEEN 2 PRECEDING AND 1 PRECEDING) FROM r ORDER BY id"#,
            r#"1|NULL; 2|1; 3|1; 4|7; 5|11; 6|11; 7|6"#,
        ),
        (
            r#"SELECT id, array_agg(id) OVER (ORDER BY v DESC NULLS LAST RANGE BETWEEN CURRENT ROW AND 2 FOLLOWING) FROM r ORDER BY id"#,
            r#"1|{1}; 2|{2,3,1}; 3|{2,3,1}; 4|{4,7}; 5|{5,6}; 6|{5,6}; 7|{7,2,3,1}"#,
        ),
        (
            r#"SELECT id, first_value(id) OVER w, last_value(id) OVER w, nth_value(id, 2) OVER w FROM r WINDOW w AS (PARTITION BY g ORDER BY v RANGE BETWEEN 1 FOLLOWING AND 3 FOLLOWING) ORDER BY id"#,
            r#"1|2|3|3; 2|NULL|NULL|NULL; 3|NULL|NULL|NULL; 4|NULL|NULL|NULL; 5|5|5|NULL; 6|6|6|NULL; 7|4|4|NULL"#,
        ),
        (
            r#"SELECT id, count(*) OVER (ORDER BY v RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) FROM r ORDER BY id"#,
            r#"1|0; 2|1; 3|1; 4|4; 5|7; 6|7; 7|3"#,
        ),
        (
            r#"SELECT id, count(*) OVER (ORDER BY v::int2 RANGE 32767 PRECEDING) a, count(*) OVER (ORDER BY v::int8 RANGE BETWEEN CURRENT ROW AND 9223372036854775807 FOLLOWING) b FROM r ORDER BY id"#,
            r#"1|1|5; 2|3|4; 3|3|4; 4|5|1; 5|2|2; 6|2|2; 7|4|2"#,
        ),
        (
            r#"SELECT id, count(*) OVER (ORDER BY v RANGE BETWEEN 2147483647 PRECEDING AND 2147483647 FOLLOWING) FROM r ORDER BY id"#,
            r#"1|5; 2|5; 3|5; 4|5; 5|2; 6|2; 7|5"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY d RANGE BETWEEN '1 day' PRECEDING AND CURRENT ROW) FROM r ORDER BY id"#,
            r#"1|7; 2|3; 3|3; 4|11; 5|5; 6|6; 7|7"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY ts RANGE BETWEEN '12 hours' PRECEDING AND '1 day' FOLLOWING) FROM r ORDER BY id"#,
            r#"1|9; 2|10; 3|7; 4|7; 5|5; 6|9; 7|7"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY ts::timestamptz DESC RANGE BETWEEN '1 month' PRECEDING AND '1 day' PRECEDING) FROM r ORDER BY id"#,
            r#"1|14; 2|11; 3|7; 4|7; 5|5; 6|7; 7|NULL"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY ts::time RANGE BETWEEN '1 hour' PRECEDING AND '1 day 1 hour' FOLLOWING) FROM r ORDER BY id"#,
            r#"1|8; 2|6; 3|3; 4|6; 5|5; 6|6; 7|8"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY iv RANGE BETWEEN '1 day' PRECEDING AND '1 day' FOLLOWING) FROM r ORDER BY id"#,
            r#"1|6; 2|6; 3|6; 4|11; 5|5; 6|6; 7|11"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY f RANGE BETWEEN 1 PRECEDING AND 0.5 FOLLOWING) FROM r ORDER BY id"#,
            r#"1|1; 2|7; 3|3; 4|6; 5|5; 6|6; 7|7"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY f::real RANGE BETWEEN CAST('infinity' AS float8) PRECEDING AND CURRENT ROW) FROM r ORDER BY id"#,
            r#"1|4; 2|6; 3|3; 4|10; 5|5; 6|16; 7|7"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY n RANGE BETWEEN 0.5 PRECEDING AND 1.25 FOLLOWING) FROM r ORDER BY id"#,
            r#"1|10; 2|13; 3|10; 4|4; 5|5; 6|6; 7|10"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY v RANGE -1 PRECEDING) FROM r"#,
            r#"22013: invalid preceding or following size in window function"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY v RANGE BETWEEN CURRENT ROW AND -1 FOLLOWING) FROM r"#,
            r#"22013: invalid preceding or following size in window function"#,
        ),
        (
            r#"SELECT id, last_value(id) OVER (ORDER BY v RANGE BETWEEN -1 PRECEDING AND UNBOUNDED FOLLOWING) FROM r"#,
            r#"22013: invalid preceding or following size in window function"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY n RANGE -1 PRECEDING) FROM r"#,
            r#"22013: invalid preceding or following size in window function"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY f RANGE CAST('NaN' AS float8) PRECEDING) FROM r"#,
            r#"22013: invalid preceding or following size in window function"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY d RANGE '-1 day' PRECEDING) FROM r"#,
            r#"22013: invalid preceding or following size in window function"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY ts::time RANGE '1 day -1 hour' PRECEDING) FROM r"#,
            r#"22013: invalid preceding or following size in window function"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY iv RANGE '1 month -31 days' PRECEDING) FROM r"#,
            r#"22013: invalid preceding or following size in window function"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY d RANGE 1 PRECEDING) FROM r"#,
            r#"0A000: RANGE with offset PRECEDING/FOLLOWING is not supported for column type date and offset type integer"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY v RANGE 1.5 PRECEDING) FROM r"#,
            r#"0A000: RANGE with offset PRECEDING/FOLLOWING is not supported for column type integer and offset type numeric"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY v RANGE CAST('1 day' AS interval) PRECEDING) FROM r"#,
            r#"0A000: RANGE with offset PRECEDING/FOLLOWING is not supported for column type integer and offset type interval"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY x RANGE 1 PRECEDING) FROM r"#,
            r#"0A000: RANGE with offset PRECEDING/FOLLOWING is not supported for column type text"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY v, id RANGE 1 PRECEDING) FROM r"#,
            r#"42P20: RANGE with offset PRECEDING/FOLLOWING requires exactly one ORDER BY column"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY v, v RANGE 1 PRECEDING) FROM r ORDER BY id"#,
            r#"1|1; 2|6; 3|6; 4|4; 5|11; 6|11; 7|12"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (RANGE BETWEEN CURRENT ROW AND 1 FOLLOWING) FROM r"#,
            r#"42P20: RANGE with offset PRECEDING/FOLLOWING requires exactly one ORDER BY column"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY v RANGE g PRECEDING) FROM r"#,
            r#"42P10: argument of RANGE must not contain variables"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY v RANGE NULL FOLLOWING) FROM r"#,
            r#"42P20: frame starting from following row cannot end with current row"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY v RANGE BETWEEN NULL::int PRECEDING AND NULL FOLLOWING) FROM r"#,
            r#"22004: frame starting offset must not be null"#,
        ),
        (
            r#"SELECT id, row_number() OVER (ORDER BY v RANGE -1 PRECEDING) FROM r ORDER BY id"#,
            r#"1|1; 2|2; 3|3; 4|5; 5|7; 6|6; 7|4"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY v RANGE 1::int2 PRECEDING) a, sum(id) OVER (ORDER BY v RANGE 1::int8 PRECEDING) b FROM r ORDER BY id"#,
            r#"1|1|1; 2|6|6; 3|6|6; 4|4|4; 5|11|11; 6|11|11; 7|12|12"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY b RANGE 1 PRECEDING) FROM r"#,
            r#"0A000: RANGE with offset PRECEDING/FOLLOWING is not supported for column type boolean"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY ts RANGE BETWEEN '10000000 years' PRECEDING AND CURRENT ROW) FROM r"#,
            r#"22008: timestamp out of range"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY v RANGE BETWEEN 1 FOLLOWING AND 1 PRECEDING) FROM r ORDER BY id"#,
            r#"42P20: frame starting from following row cannot have preceding rows"#,
        ),
    ] {
        let got = ask(query);
        if got != answer {
            wrong.push(format!(
                "{query}\n  engine:     {got}\n  PostgreSQL: {answer}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn quoted_offsets_are_unknown_literals() {
    // sqlparser reads `'1' PRECEDING` as `INTERVAL '1' PRECEDING`; PostgreSQL reads
    // an unknown literal, and the INTERVAL keyword spelled out an interval (PGlite).
    for (query, answer) in [
        (
            r#"SELECT id, sum(id) OVER (ORDER BY v RANGE '1' PRECEDING) FROM r ORDER BY id"#,
            r#"1|1; 2|6; 3|6; 4|4; 5|11; 6|11; 7|12"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY v ROWS BETWEEN CURRENT ROW AND '1' FOLLOWING) FROM r ORDER BY id"#,
            r#"1|3; 2|5; 3|10; 4|10; 5|5; 6|11; 7|11"#,
        ),
        (
            r#"SELECT sum(id) OVER (ORDER BY v RANGE '2 hours' PRECEDING) FROM r"#,
            r#"22P02: invalid input syntax for type integer: "2 hours""#,
        ),
        (
            r#"SELECT sum(id) OVER (ORDER BY v RANGE INTERVAL '1 day' PRECEDING) FROM r"#,
            r#"0A000: RANGE with offset PRECEDING/FOLLOWING is not supported for column type integer and offset type interval"#,
        ),
        (
            r#"SELECT sum(id) OVER (ORDER BY v ROWS INTERVAL '1 day' PRECEDING) FROM r"#,
            r#"42804: argument of ROWS must be type bigint, not type interval"#,
        ),
    ] {
        assert_eq!(ask(query), answer, "{query}");
    }
    // PostgreSQL 18 has infinite intervals; the engine has none.
    let got = ask("SELECT sum(id) OVER (ORDER BY d RANGE BETWEEN CURRENT ROW AND 'infinity' FOLLOWING) FROM r");
    assert!(got.starts_with("unsupported"), "{got}");
    // ROWS offsets cast in assignment context: 1.5 rounds to 2 (PGlite).
    assert_eq!(
        ask("SELECT id, sum(id) OVER (ORDER BY v ROWS 1.5 PRECEDING) FROM r ORDER BY id"),
        "1|1; 2|3; 3|6; 4|14; 5|15; 6|17; 7|12"
    );
}

#[test]
fn frame_exclusion_is_postgresql_s() {
    for (query, answer) in [
        (
            r#"SELECT id, sum(id) OVER (ORDER BY v ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) a, sum(id) OVER (ORDER BY v RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE GROUP) b, sum(id) OVER (ORDER BY v RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES) c, sum(id) OVER (ORDER BY v GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE NO OTHERS) d FROM r ORDER BY id"#,
            r#"1|2|NULL|6|6; 2|4|1|10|13; 3|9|1|11|13; 4|13|13|4|22; 5|6|17|5|15; 6|9|17|6|15; 7|7|6|12|16"#,
        ),
        (
            r#"SELECT id, first_value(id) OVER w a, last_value(id) OVER w b, nth_value(id, 2) OVER w c FROM r WINDOW w AS (ORDER BY v RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE GROUP) ORDER BY id"#,
            r#"1|2|5|3; 2|1|5|7; 3|1|5|7; 4|1|5|2; 5|1|4|2; 6|1|4|2; 7|1|5|2"#,
        ),
        (
            r#"SELECT id, array_agg(id) OVER (PARTITION BY g ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE TIES) a, count(*) OVER (PARTITION BY g RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE CURRENT ROW) b FROM r ORDER BY id"#,
            r#"1|{1}|3; 2|{2}|3; 3|{3}|3; 4|{4}|2; 5|{5}|2; 6|{6}|3; 7|{7}|2"#,
        ),
        (
            r#"SELECT id, count(*) OVER (ORDER BY v DESC RANGE BETWEEN CURRENT ROW AND 2 FOLLOWING EXCLUDE CURRENT ROW) FROM r ORDER BY id"#,
            r#"1|0; 2|2; 3|2; 4|1; 5|1; 6|1; 7|3"#,
        ),
        (
            r#"SELECT id, sum(id) OVER (ORDER BY v ROWS 1 PRECEDING EXCLUDE GROUP) FROM r ORDER BY id"#,
            r#"1|NULL; 2|1; 3|NULL; 4|7; 5|NULL; 6|4; 7|3"#,
        ),
    ] {
        assert_eq!(ask(query), answer, "{query}");
    }
    // A view keeps its query's text, where the clause would show as its marker.
    assert!(ask(
        "CREATE VIEW v AS SELECT sum(id) OVER (ORDER BY v ROWS 1 PRECEDING EXCLUDE TIES) FROM r"
    )
    .starts_with("unsupported"));
}

#[test]
fn frame_offsets_are_checked_on_the_first_call_over_no_rows_too() {
    // calculate_frame_offsets runs whatever the rows; row_number's frame is dropped
    // by the planner first (PGlite).
    for (query, answer) in [
        ("SELECT min(v) OVER (ORDER BY v RANGE BETWEEN NULL PRECEDING AND 1 PRECEDING) FROM r WHERE false", "22004: frame starting offset must not be null"),
        ("SELECT lag(v) OVER (ORDER BY v ROWS -1 PRECEDING) FROM r WHERE false", "22013: frame starting offset must not be negative"),
        ("SELECT lag(v) OVER (ORDER BY v ROWS -1 PRECEDING) FROM r", "22013: frame starting offset must not be negative"),
        ("SELECT row_number() OVER (ORDER BY v ROWS -1 PRECEDING) FROM r WHERE id = 1", "1"),
    ] {
        assert_eq!(ask(query), answer, "{query}");
    }
}
