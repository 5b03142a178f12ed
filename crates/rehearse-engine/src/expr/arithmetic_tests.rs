//! Numeric quotient scales and infinite timestamps plus intervals, against answers
//! recorded on PGlite (PostgreSQL 18) with `tests/oracle/probe.mjs`.

use crate::test_support::{answer, refusal_or_error, text_rows};

fn run(sql: &str) -> String {
    answer("", sql, text_rows, refusal_or_error)
}

#[test]
fn numeric_quotients_show_select_div_scale_digits() {
    // select_div_scale: 16 significant digits past the quotient's weight, at least
    // either input's scale; rounded half away from zero (also at an exact midpoint).
    let cases = [
        ("0.001 / -2147483648", "-0.00000000000046566128730773925781"),
        ("1.0 / 7", "0.14285714285714285714"),
        ("123456789012345.123 / 7", "17636684144620.7319"),
        ("10::numeric / 4", "2.5000000000000000"),
        ("1::numeric / 8", "0.12500000000000000000"),
        ("2::numeric / 3", "0.66666666666666666667"),
        ("1.000000000000000000001 / 2", "0.500000000000000000001"),
        ("-1.000000000000000000003 / 2", "-0.500000000000000000002"),
    ];
    for (expr, pg) in cases {
        let got = run(&format!("SELECT {expr}"));
        // Beyond the engine's 28 digits the quotient is refused, never shortened.
        if got.starts_with("unsupported: ") {
            assert!(pg.trim_start_matches('-').len() > 29, "{expr}: {got}");
        } else {
            assert_eq!(got, pg, "{expr}");
        }
    }
    assert_eq!(
        run("SELECT 0.001 / -2147483648"),
        "unsupported: Rehearse cannot simulate a numeric quotient beyond 28 significant digits yet"
    );
    assert_eq!(
        run("SELECT avg(x) FROM (VALUES (1::numeric), (2), (2)) v(x)"),
        "1.6666666666666667"
    );
}

#[test]
fn infinite_timestamps_absorb_intervals() {
    assert_eq!(
        run("SELECT ('infinity'::date + interval '30 days')::date"),
        "infinity"
    );
    assert_eq!(
        run("SELECT '-infinity'::timestamp - interval '1 day'"),
        "-infinity"
    );
    assert_eq!(
        run("SELECT 'infinity'::timestamptz - interval '1 mon'"),
        "infinity"
    );
}
