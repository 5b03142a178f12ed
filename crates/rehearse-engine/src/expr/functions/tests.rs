//! One case per function of the table (a test checks that every entry has one), plus
//! SQL's special forms that bind to entries. Expected texts are PostgreSQL 18's output.

use super::FUNCTIONS;
use crate::catalog::Sequence;
use crate::expr::{Env, Scope};
use chrono::NaiveDate;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use std::collections::BTreeMap;

/// `SELECT <expression>` with no table: the value's text output (`NULL` for NULL), or
/// the error's message. The transaction started at 2024-05-06 07:08:09; sequence `s`
/// starts at 1.
pub(super) fn select(sql: &str) -> String {
    let expr = match Parser::new(&PostgreSqlDialect {})
        .try_with_sql(sql)
        .and_then(|mut p| p.parse_expr())
    {
        Ok(expr) => expr,
        Err(e) => return e.to_string(),
    };
    let enums = BTreeMap::new();
    let installed = std::collections::BTreeSet::from(
        ["uuid-ossp", "pg_trgm", "pgcrypto", "unaccent"].map(String::from),
    );
    let scope = Scope {
        table: "t",
        columns: Vec::new(),
        enums: &enums,
        extensions: Some(&installed),
        joined: Vec::new(),
        query: None,
    };
    let mut sequences = BTreeMap::from([("s".to_string(), Sequence::new(1, 1))]);
    let mut random = 0;
    let mut env = Env {
        now: NaiveDate::from_ymd_opt(2024, 5, 6)
            .and_then(|d| d.and_hms_opt(7, 8, 9))
            .unwrap(),
        enums: &enums,
        sequences: &mut sequences,
        random: &mut random,
        sequence_session: &mut Default::default(),
        work: crate::expr::query::MAX_QUERY_WORK,
        before_collations: false,
    };
    let value = scope.bind(&expr).and_then(|mut e| {
        e.fold(&mut env)?;
        Ok(e.eval(&[], &mut env)?.output(&e.ty))
    });
    match value {
        Ok(text) => text.unwrap_or_else(|| "NULL".into()),
        Err(e) => e.message,
    }
}

const CASES: &[(&str, &str)] = &[
    // bytea (more in `cases/bytea.tsv`, recorded on PGlite); pgcrypto's digests as
    // PGlite computes them.
    ("octet_length('héllo')", "6"),
    ("bit_length('\\x41'::bytea)", "8"),
    ("encode('abc', 'base64')", "YWJj"),
    ("decode('QUJD', 'base64')", "\\x414243"),
    ("get_byte('\\x4142'::bytea, 1)", "66"),
    ("set_byte('\\x4142'::bytea, 1, 300)", "\\x412c"),
    ("sha224(''::bytea)", "\\xd14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f"),
    ("sha256('abc')", "\\xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("sha384(''::bytea)", "\\x38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b"),
    ("sha512(''::bytea)", "\\xcf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"),
    ("digest('abc', 'SHA256')", "\\xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("digest('abc'::bytea, 'sha1')", "\\xa9993e364706816aba3e25717850c26c9cd0d89d"),
    ("digest('a'::char(3), 'md5'::varchar)", "\\x0cc175b9c0f1b6a831c399e269772661"),
    ("digest(1, 'md5')", "function digest(integer, unknown) does not exist"),
    ("digest('abc', 'sha-256')", "Rehearse cannot simulate the pgcrypto hash algorithm \"sha-256\" yet"),
    ("unaccent('São Paulo')", "Sao Paulo"),
    ("unaccent('unaccent', 'Zürich')", "Zurich"),
    ("unaccent('simple', 'Zürich')", "Rehearse cannot simulate unaccent() with a dictionary other than 'unaccent' yet"),
    ("hmac('abc', 'k', 'md5')", "\\x75972c9c6569f2f407752ddb02ac79de"),
    ("hmac('a'::bytea, 'b'::text, 'md5')", "function hmac(bytea, text, unknown) does not exist"),
    ("now()", "2024-05-06 07:08:09+00"),
    ("to_json(1.5::float8)", "1.5"),
    ("to_json('infinity'::float8)", "\"Infinity\""),
    ("to_json('a\"b' || 'c')", "\"a\\\"bc\""),
    (
        "to_json('2024-05-06 07:08:09.5+00'::timestamptz)",
        "\"2024-05-06T07:08:09.5+00:00\"",
    ),
    ("to_json('2024-01-01'::date)", "\"2024-01-01\""),
    ("to_jsonb(1.50)", "1.50"),
    (
        "to_json('{\"b\": 1,  \"a\": 2}'::jsonb)",
        "{\"a\": 2, \"b\": 1}",
    ),
    ("json_typeof('[1]')", "array"),
    ("jsonb_typeof('{\"a\": 1}')", "object"),
    // PostgreSQL 18 (PGlite).
    ("jsonb_set('[1,2]', '{-5}', '3')", "[3, 1, 2]"),
    ("jsonb_set('1', '{a}', '2')", "cannot set path in scalar"),
    ("jsonb_insert('{\"a\":1}', '{a}', '9')", "cannot replace existing key"),
    ("jsonb_insert('[1,2]', '{1}', '9', true)", "[1, 2, 9]"),
    ("jsonb_set_lax('{\"a\":1}', '{a}', NULL, true, 'delete_key')", "{}"),
    ("jsonb_strip_nulls('{\"a\":null,\"b\":[null,{\"c\":null}]}')", "{\"b\": [null, {}]}"),
    ("jsonb_pretty('{\"a\":[1],\"c\":{}}')", "{\n    \"a\": [\n        1\n    ],\n    \"c\": {\n    }\n}"),
    ("jsonb_array_length('{}')", "cannot get array length of a non-array"),
    ("json_array_length('[1,2,3]')", "3"),
    ("jsonb_extract_path('{\"a\":{\"b\":1}}', 'a', 'b')", "1"),
    ("jsonb_extract_path_text('{\"a\":{\"b\":\"x\"}}', 'a', 'b')", "x"),
    ("jsonb_build_object('a', 1, 2, true, 'c', NULL)", "{\"2\": true, \"a\": 1, \"c\": null}"),
    ("json_build_object('a', 1, 'b', 'x')", "{\"a\" : 1, \"b\" : \"x\"}"),
    ("jsonb_build_array(1, 'x', NULL, 1.50)", "[1, \"x\", null, 1.50]"),
    ("json_build_array(1, 'a', true)", "[1, \"a\", true]"),
    ("jsonb_object('{{a,1},{b,2}}')", "{\"a\": \"1\", \"b\": \"2\"}"),
    ("json_object('{a,b}', '{1,NULL}')", "{\"a\" : \"1\", \"b\" : null}"),
    ("current_timestamp", "2024-05-06 07:08:09+00"),
    ("transaction_timestamp()", "2024-05-06 07:08:09+00"),
    ("statement_timestamp()", "2024-05-06 07:08:09+00"),
    ("localtimestamp", "2024-05-06 07:08:09"),
    ("current_date", "2024-05-06"),
    ("gen_random_uuid() <> gen_random_uuid()", "t"),
    ("uuid_generate_v4() <> uuid_generate_v4()", "t"),
    ("uuid_nil()", "00000000-0000-0000-0000-000000000000"),
    ("uuid_ns_dns()", "6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
    ("uuid_ns_url()", "6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
    ("uuid_ns_oid()", "6ba7b812-9dad-11d1-80b4-00c04fd430c8"),
    ("uuid_ns_x500()", "6ba7b814-9dad-11d1-80b4-00c04fd430c8"),
    ("setval('s', 42, false)", "42"),
    // PostgreSQL 18 with pg_trgm.
    ("similarity('word', 'two words')", "0.36363637"),
    ("similarity('Hello', 'hallo')", "0.33333334"),
    ("similarity('', 'abc')", "0"),
    ("similarity('a-b c', 'A b-C')", "1"),
    ("similarity('PostgreSQL 18', 'postgres')", "0.53333336"),
    ("similarity('abcdefgh', 'abcdefgi')", "0.6363636"),
    ("similarity('foo_bar', 'foo bar')", "1"),
    ("similarity('aaa', 'aaaa')", "1"),
    ("similarity(NULL, 'x')", "NULL"),
    ("similarity('é', 'e')", "Rehearse cannot simulate similarity() of text beyond ASCII (its letters are the locale's) yet"),
    ("nextval('s')", "1"),
    ("setval('s', 42)", "42"),
    // Recorded on PGlite (a fresh session: nothing drawn yet).
    ("currval('s')", "currval of sequence \"s\" is not yet defined in this session"),
    ("lastval()", "lastval is not yet defined in this session"),
    // Answered from the catalog's tables (the scenario corpus has the identity cases).
    ("pg_get_serial_sequence(NULL, 'id')", "NULL"),
    ("pg_get_serial_sequence('t', 'id')", "Rehearse cannot simulate pg_get_serial_sequence() outside a query yet"),
    ("pg_size_pretty(10752::bigint)", "11 kB"),
    ("pg_size_pretty(10240.7)", "10 kB"),
    ("json_extract_path('{\"a\": {\"b\" : [1, { \"c\" : 2 } ]}}', 'a', 'b', '1')", "{ \"c\" : 2 }"),
    ("json_extract_path_text('{\"a\": \"\\u0041\"}', 'a')", "A"),
    ("json_strip_nulls('{\"a\" : null, \"b\": [null, {\"c\":null, \"d\" :1}], \"b\":2 }')", "{\"b\":[null,{\"d\":1}],\"b\":2}"),
    // Arguments after the first non-NULL constant are not folded: no division error.
    ("coalesce(NULL, 2, 1 / 0)", "2"),
    ("greatest(1, NULL, 3, 2)", "3"),
    ("least('b', 'a')", "a"),
    ("nullif(2, 1)", "2"),
    ("lower('AbC')", "abc"),
    ("upper('AbC')", "ABC"),
    ("initcap('hello wORLD-x')", "Hello World-X"),
    ("btrim('xxaxx', 'x')", "a"),
    ("ltrim('  a ')", "a "),
    ("rtrim('xax', 'x')", "xa"),
    ("length('héllo')", "5"),
    ("char_length('abc')", "3"),
    ("character_length('ab')", "2"),
    ("strpos('hello', 'll')", "3"),
    ("replace('abcabc', 'b', 'X')", "aXcaXc"),
    ("substr('hello', 0, 3)", "he"),
    ("left('hello', -2)", "hel"),
    ("right('hello', 2)", "lo"),
    ("repeat('ab', 3)", "ababab"),
    ("concat('a', 1, NULL, true)", "a1t"),
    ("md5('a')", "0cc175b9c0f1b6a831c399e269772661"),
    ("abs(-5)", "5"),
    ("ceil(1.2)", "2"),
    ("ceiling(-1.5)", "-1"),
    ("floor(-1.5)", "-2"),
    ("round(2.5)", "3"),
    ("trunc(1234.5, -2)", "1200"),
    ("array_length('{{1,2},{3,4},{5,6}}'::int[], 2)", "2"),
    ("array_length('{}'::int[], 1)", "NULL"),
    ("array_ndims('{{1},{2}}'::int[])", "2"),
    ("array_dims('{{1},{2}}'::int[])", "[1:2][1:1]"),
    ("array_lower('{1,2}'::int[], 1)", "1"),
    ("array_upper('{1,2}'::int[], 1)", "2"),
    ("array_position(ARRAY['a', 'b'], 'b')", "2"),
    ("array_positions(ARRAY[1, 2, 1], 1)", "{1,3}"),
    ("array_remove(ARRAY[1, 2, 1], 1)", "{2}"),
    ("array_replace(ARRAY[1, 2, 1], 1, 9)", "{9,2,9}"),
    ("array_prepend(0, ARRAY[1])", "{0,1}"),
    ("array_cat(ARRAY[1], ARRAY[2, 3])", "{1,2,3}"),
    ("array_to_string(ARRAY[1, NULL, 3], ',', '*')", "1,*,3"),
    ("string_to_array('a,b,,c', ',', '')", "{a,b,NULL,c}"),
    (
        "array_length(1, 1)",
        "function array_length(integer, integer) does not exist",
    ),
    (
        "array_length('{1}', 1)",
        "could not determine polymorphic type because input has type unknown",
    ),
    ("cardinality('{{1,2},{3,4},{5,6}}'::int[])", "6"),
    ("cardinality('{}'::text[])", "0"),
    ("array_append('{a}'::text[], NULL)", "{a,NULL}"),
    ("array_append(NULL::int[], 2)", "{2}"),
    ("array_append('{}'::varchar(2)[], 'abc')", "{abc}"),
    (
        "array_append('{{1}}'::int[], 2)",
        "argument must be empty or one-dimensional array",
    ),
    ("ARRAY[1, 2.5]", "{1,2.5}"),
    ("ARRAY['a', NULL]", "{a,NULL}"),
    (
        "ARRAY[1, true]",
        "ARRAY types integer and boolean cannot be matched",
    ),
    (
        "ARRAY[1, 'x']",
        "invalid input syntax for type integer: \"x\"",
    ),
    ("'{1,2}'::int[] < '{1,2,3}'::int[]", "t"),
    ("'{a}'::varchar[] = '{a}'::text[]", "t"),
    ("3 = ANY('{1,2,3}'::int[])", "t"),
    ("3 <> ALL('{1,2}'::int[])", "t"),
    ("NULL::int = ANY('{1}'::int[])", "NULL"),
    ("4 = ANY('{1,NULL}'::int[])", "NULL"),
    ("NULL::int = ANY('{}'::int[])", "f"),
    ("1 <> ALL('{}'::int[])", "t"),
    ("'a' = ANY('{a,b}')", "t"),
    ("2 > ALL(ARRAY[1, NULL])", "NULL"),
    ("0 > ALL(ARRAY[1, NULL])", "f"),
    // SQL's own syntax for some of them.
    ("substring('hello' from 2 for 3)", "ell"),
    ("position('ll' in 'hello')", "3"),
    ("trim(leading 'x' from 'xxa')", "a"),
    ("trim(' a ')", "a"),
    ("trim(both 'x' from 'xax')", "a"),
    ("CEIL(-1.5)", "-1"),
    ("FLOOR(1.5)", "1"),
    // A strict function of NULL is NULL; an impossible call is PostgreSQL's error.
    ("upper(NULL)", "NULL"),
    ("lower(1)", "function lower(integer) does not exist"),
    (
        "round(1.5::float8, 1)",
        "function round(double precision, integer) does not exist",
    ),
    // Dates and times (more in `cases/*.tsv`, recorded on PGlite).
    ("clock_timestamp()", "2024-05-06 07:08:09+00"),
    ("localtime", "07:08:09"),
    ("current_time", "07:08:09+00"),
    ("date_part('dow', date '2024-02-29')", "4"),
    ("extract(second from timestamp '2024-02-29 13:45:56.5')", "56.500000"),
    ("date_trunc('month', timestamp '2024-02-29 13:45')", "2024-02-01 00:00:00"),
    ("timezone('UTC', timestamp '2024-02-29 13:45')", "2024-02-29 13:45:00+00"),
    ("make_date(2024, 2, 29)", "2024-02-29"),
    ("make_time(13, 45, 56.5)", "13:45:56.5"),
    ("make_timestamp(2024, 2, 29, 13, 45, 56.5)", "2024-02-29 13:45:56.5"),
    ("make_timestamptz(2024, 2, 29, 13, 45, 56.5)", "2024-02-29 13:45:56.5+00"),
    ("make_interval(days => 10)", "10 days"),
    ("justify_days(interval '35 days')", "1 mon 5 days"),
    ("justify_hours(interval '27 hours')", "1 day 03:00:00"),
    ("justify_interval(interval '1 mon -1 hour')", "29 days 23:00:00"),
    ("isfinite(date 'infinity')", "f"),
    ("age(timestamp '2024-05-01')", "5 days"),
    ("date_bin(interval '15 minutes', timestamp '2024-02-29 13:47:56', timestamp '2000-01-01')", "2024-02-29 13:45:00"),
    ("to_timestamp(0)", "1970-01-01 00:00:00+00"),
    ("to_char(date '2024-02-29', 'DD/MM/YYYY')", "29/02/2024"),
    ("to_date('29/02/2024', 'DD/MM/YYYY')", "2024-02-29"),
];

#[test]
fn each_function_gives_postgresql_answer() {
    let wrong: Vec<String> = CASES
        .iter()
        .filter_map(|(sql, expected)| {
            let got = select(sql);
            (got != *expected).then(|| format!("{sql}: {got}, not {expected}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_function_has_a_case() {
    for f in FUNCTIONS {
        let called = |(sql, _): &(&str, &str)| {
            sql.strip_prefix(f.name)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('('))
        };
        assert!(
            CASES.iter().chain(super::string_tests::CASES).any(called),
            "no case calls {}",
            f.name
        );
    }
}

#[test]
fn names_are_unique_and_lower_case() {
    for (i, f) in FUNCTIONS.iter().enumerate() {
        assert_eq!(f.name, f.name.to_lowercase());
        assert!(
            FUNCTIONS[..i].iter().all(|g| g.name != f.name),
            "{} twice",
            f.name
        );
    }
}
