//! The Alembic renderer against real Alembic: every `op.*` form in
//! `tests/oracle/forms/forms.json` (rendered by Alembic 1.20 in offline mode, configured
//! like the stock env.py) is parsed and rendered by Rehearse and compared statement by
//! statement.
//!
//! A form Rehearse refuses with a located error (a construct it does not support) is
//! counted, not failed: refusing is honest. Rendering *different* SQL, or rendering
//! where Alembic raises, fails the test unless the form is listed in
//! `tests/known-differences.md` as ``- `forms` `<op text prefix>`: reason``.

use rehearse_core::alembic;
use serde_json::Value;
use std::path::Path;

#[test]
fn rendering_agrees_with_alembic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let text =
        std::fs::read_to_string(root.join("tests/oracle/forms/forms.json")).expect("forms.json");
    let forms: Vec<Value> = serde_json::from_str(&text).expect("forms.json is JSON");
    let known =
        std::fs::read_to_string(root.join("tests/known-differences.md")).unwrap_or_default();
    let known: Vec<&str> = known
        .lines()
        .filter_map(|l| {
            l.strip_prefix("- `forms` `")?
                .split_once('`')
                .map(|(op, _)| op)
        })
        .collect();
    let (mut same, mut refused, mut both_error, mut tolerated) = (0, 0, 0, 0);
    let mut failures = Vec::new();
    for form in &forms {
        let op = form["op"].as_str().unwrap_or_default();
        let expected: Option<Vec<String>> = form["sql"].as_array().map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        });
        let unordered = form["order_unstable"] == Value::Bool(true);
        let ours = alembic::parse(op).map(|rev| {
            rev.upgrade
                .into_iter()
                .flat_map(|s| s.sql)
                .collect::<Vec<_>>()
        });
        let verdict = match (&expected, ours) {
            (Some(exp), Ok(mut got)) => {
                let mut exp = exp.clone();
                if unordered {
                    exp.sort();
                    got.sort();
                }
                if exp == got {
                    same += 1;
                    continue;
                }
                format!("expected {exp:?}\n      actual   {got:?}")
            }
            (Some(_), Err(e)) => {
                // REHEARSE_FORMS_REFUSALS=1 lists them (what to support next).
                if std::env::var_os("REHEARSE_FORMS_REFUSALS").is_some() {
                    println!("refused: {op}\n    {}", e.message);
                }
                refused += 1;
                continue;
            }
            (None, Err(_)) => {
                both_error += 1;
                continue;
            }
            (None, Ok(got)) => format!(
                "Alembic raises {} but Rehearse rendered {got:?}",
                form["error"]
            ),
        };
        if known.iter().any(|k| op.starts_with(k)) {
            tolerated += 1;
        } else {
            failures.push(format!("{op}\n      {verdict}"));
        }
    }
    println!(
        "alembic forms: {} forms, {same} rendered identically, {both_error} rejected by both, \
         {refused} refused by Rehearse (unsupported), {} differ ({tolerated} known)",
        forms.len(),
        failures.len() + tolerated
    );
    assert!(
        failures.is_empty(),
        "{} forms render differently from Alembic:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
