//! The real-world corpus: the Alembic chains of public PostgreSQL projects, under
//! `tests/real-world/<project>/` (versions/ copied unchanged from the project's PyPI
//! package, `upgrade.sql` = the real `alembic upgrade heads --sql`, `expected/` =
//! what real Alembic and real PostgreSQL (PGlite) did for each revision, recorded by
//! `tests/oracle/record-real-world`). Adding a project is adding a folder.
//!
//! Each revision runs as a user would run it: the setup is `upgrade.sql` up to the
//! revision's `-- Running upgrade ... -> <revision>` marker, then its sample rows if
//! it has any (`samples/<revision>.sql`, INSERTs written for the corpus so that data
//! steps run over data), closed with COMMIT, and the migration is the revision file. A revision is *accepted* when Rehearse answers
//! as PostgreSQL (no input error, no `unsupported` step); it *agrees* when its plan
//! renders Alembic's steps (line and SQL) and its outcome, step statuses, errors and
//! the final state of the tables the revision changed are PostgreSQL's. A revision
//! Alembic itself could not render agrees when Rehearse raises Alembic's very error.
//!
//! This measures, it does not set a floor: refusals are counted (with a histogram of
//! reasons), but an accepted revision that disagrees fails the test unless listed in
//! `tests/real-world/known-differences.md`, and an answer PostgreSQL did not give (an
//! error or rollback) fails it always. Every revision runs (seconds in the test
//! profile); should the corpus outgrow ~2 minutes, raise `SAMPLE_EVERY` to run every
//! k-th revision of each chain by default, and `REHEARSE_REAL_WORLD=all` runs it whole.
//!
//! A project's `project.json` may state what its own helpers return (`"assume":
//! {"<condition>": false}`, the reason in its SOURCE.md): each of its revisions runs
//! under those assumptions, as a user would run it with `--assume`, and a revision
//! whose answer rests on one is counted apart.

mod oracle;
use oracle::fabricated;

use rehearse_core::{input, run, setup, Assumption, InputError, MigrationKind, Scenario};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Without `REHEARSE_REAL_WORLD=all`, the k-th revisions of each chain (0, k, 2k, ...).
const SAMPLE_EVERY: usize = 1;
/// Reasons listed in the histogram.
const TOP_REASONS: usize = 25;

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/real-world")
}

fn read(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

fn fixed_now() -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .unwrap_or_default()
}

/// One revision of a chain, ready to run.
struct Revision {
    project: String,
    revision: String,
    /// The revision file, relative to the project folder.
    file: String,
    setup: String,
    migration: String,
    expected: Value,
    /// Whether the setup ends with the revision's sample rows (`samples/`).
    sampled: bool,
    /// The project's stated assumptions (`project.json`'s `assume`).
    assumptions: Vec<Assumption>,
}

/// `project.json`'s `"assume": {"<condition>": true|false}`.
fn project_assumptions(dir: &Path) -> Vec<Assumption> {
    let project: Value = read(&dir.join("project.json"))
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null);
    project["assume"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(condition, value)| {
            let value = value.as_bool().unwrap_or_else(|| {
                panic!("{}: assume.{condition} is not a boolean", dir.display())
            });
            Assumption::new(condition, value)
        })
        .collect()
}

/// Where each revision starts in Alembic's upgrade script: `(revision, byte offset)`
/// of its `-- Running upgrade A, B -> C, message` line.
fn revision_markers(script: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in script.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("-- Running upgrade ") {
            if let Some((_, target)) = rest.split_once(" -> ") {
                let id = target
                    .split([',', '\n', '\r', ' '])
                    .next()
                    .unwrap_or_default();
                out.push((id.to_string(), offset));
            }
        }
        offset += line.len();
    }
    out
}

/// A project's revisions in chain order (the order of `upgrade.sql`).
fn load_project(dir: &Path) -> Vec<Revision> {
    let project = dir
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let Some(script) = read(&dir.join("upgrade.sql")) else {
        return Vec::new();
    };
    let assumptions = project_assumptions(dir);
    let mut out = Vec::new();
    for (revision, offset) in revision_markers(&script) {
        let expected: Value = read(&dir.join("expected").join(format!("{revision}.json")))
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or(Value::Null);
        let file = format!("versions/{}", expected["file"].as_str().unwrap_or_default());
        let migration = read(&dir.join(&file)).unwrap_or_default();
        let sample = read(&dir.join("samples").join(format!("{revision}.sql"))).unwrap_or_default();
        out.push(Revision {
            project: project.clone(),
            revision,
            file,
            setup: format!("{}{sample}COMMIT;\n", &script[..offset]),
            migration,
            expected,
            assumptions: assumptions.clone(),
            sampled: !sample.is_empty(),
        });
    }
    out
}

/// The revisions that have a pg_dump of the database before them
/// (`dumps/<revision>.sql`, written by the recorder), with that dump as the setup.
/// PostgreSQL's answer is the one recorded for the revision: the dump is the same
/// database, restored in a session of its own before the migration's.
fn load_dumps(dir: &Path, revisions: &[Revision]) -> Vec<Revision> {
    revisions
        .iter()
        .filter_map(|r| {
            let file = format!("dumps/{}.sql", r.revision);
            let dump = read(&dir.join(&file))?;
            Some(Revision {
                project: r.project.clone(),
                revision: r.revision.clone(),
                file: r.file.clone(),
                setup: dump,
                migration: r.migration.clone(),
                expected: r.expected.clone(),
                assumptions: r.assumptions.clone(),
                sampled: r.sampled,
            })
        })
        .collect()
}

/// What Rehearse made of one revision.
#[derive(Debug, PartialEq)]
enum Verdict {
    /// PGlite itself could not run the setup: no PostgreSQL answer to compare with.
    NoPostgresAnswer,
    /// Refused: where (file:line) and why.
    Refused { at: String, message: String },
    /// Answered as PostgreSQL; the mismatches with Alembic/PostgreSQL (empty: agrees),
    /// and whether the answer rests on a stated assumption.
    Accepted {
        mismatches: Vec<String>,
        assumed: bool,
    },
}

struct Outcome {
    verdict: Verdict,
    /// Answers PostgreSQL did not give: never excused.
    fabricated: Vec<String>,
}

/// Integers beyond JavaScript's exact range: the recorder writes them as strings.
fn exact_integer(v: &mut Value) {
    if let Some(i) = v.as_i64() {
        if i.unsigned_abs() > (1u64 << 53) {
            *v = Value::String(i.to_string());
        }
    }
}

/// A table with its rows sorted, so row order does not matter.
fn normalize_table(t: &Value) -> Value {
    let mut t = t.clone();
    if let Some(rows) = t.get_mut("rows").and_then(Value::as_array_mut) {
        rows.iter_mut()
            .filter_map(Value::as_array_mut)
            .flatten()
            .for_each(exact_integer);
        rows.sort_by_key(|r| r.to_string());
    }
    t
}

fn tables_by_name(tables: &Value) -> BTreeMap<String, Value> {
    tables
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| {
            (
                t["name"].as_str().unwrap_or_default().to_string(),
                normalize_table(t),
            )
        })
        .collect()
}

/// The tables a run changed (state differs from the setup's, or new) and the names of
/// those it dropped, as the recorder computes them from PostgreSQL's catalogs.
fn changed_tables(before: &Value, after: &Value) -> (BTreeMap<String, Value>, Vec<String>) {
    let before = tables_by_name(before);
    let after = tables_by_name(after);
    let changed = after
        .iter()
        .filter(|(name, t)| before.get(*name) != Some(*t))
        .map(|(n, t)| (n.clone(), t.clone()))
        .collect();
    let dropped = before
        .keys()
        .filter(|n| !after.contains_key(*n))
        .cloned()
        .collect();
    (changed, dropped)
}

/// Steps as `{line, sql}` with each run of consecutive `CREATE [UNIQUE] INDEX`
/// statements sorted: Alembic writes a new table's `index=True` indexes in the order
/// of a Python set (identity hash order; the recorder fixes one, column order), so any
/// order of such a run is Alembic's.
fn rendered_steps(steps: &Value) -> Value {
    let is_index = |s: &Value| {
        s.as_str().is_some_and(|s| {
            s.starts_with("CREATE INDEX ") || s.starts_with("CREATE UNIQUE INDEX ")
        })
    };
    let steps = steps.as_array().cloned().unwrap_or_default();
    Value::from(
        steps
            .iter()
            .map(|step| {
                let mut sql = step["sql"].as_array().cloned().unwrap_or_default();
                let mut i = 0;
                while i < sql.len() {
                    let start = i;
                    while i < sql.len() && is_index(&sql[i]) {
                        i += 1;
                    }
                    sql[start..i].sort_by_key(|v| v.to_string());
                    i = i.max(start + 1);
                }
                json!({"line": step["line"], "sql": sql})
            })
            .collect::<Vec<_>>(),
    )
}

fn pg_error(v: &Value) -> Value {
    if v.is_null() {
        Value::Null
    } else {
        json!({"sqlstate": v["sqlstate"], "message": v["message"], "detail": v["detail"], "hint": v["hint"]})
    }
}

fn input_refusal(r: &Revision, e: &InputError) -> Verdict {
    let source = serde_json::to_value(e.source).unwrap_or(Value::Null);
    let at = if source == "setup" {
        format!("{}/upgrade.sql:{}", r.project, e.span.line)
    } else {
        format!("{}/{}:{}", r.project, r.file, e.span.line)
    };
    Verdict::Refused {
        at,
        message: format!("{}: {}", source.as_str().unwrap_or("input"), e.message),
    }
}

/// Compares an accepted report with the recording; returns the mismatches.
fn compare(r: &Revision, report: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut check = |field: &str, expected: &Value, actual: &Value| {
        if expected != actual {
            out.push(format!("{field}: expected {expected}, Rehearse {actual}"));
        }
    };
    let alembic = &r.expected["alembic"];
    let postgres = &r.expected["postgres"];
    if let Ok(plan) = input::plan_assuming(&r.migration, MigrationKind::Alembic, &r.assumptions) {
        let ours: Vec<Value> = plan
            .upgrade
            .iter()
            .map(|p| json!({"line": p.span.line, "sql": p.sql}))
            .collect();
        check(
            "rendered",
            &rendered_steps(&alembic["upgrade"]),
            &rendered_steps(&Value::from(ours)),
        );
    }
    check("outcome", &postgres["outcome"], &report["outcome"]);
    let empty = Vec::new();
    let theirs = postgres["steps"].as_array().unwrap_or(&empty);
    let ours = report["steps"].as_array().unwrap_or(&empty);
    check(
        "steps.len",
        &Value::from(theirs.len()),
        &Value::from(ours.len()),
    );
    for (i, (p, a)) in theirs.iter().zip(ours).enumerate() {
        check(&format!("steps[{i}].status"), &p["status"], &a["status"]);
        check(
            &format!("steps[{i}].error"),
            &pg_error(&p["error"]),
            &pg_error(&a["error"]),
        );
    }
    let (changed, dropped) = changed_tables(&report["setup"], &report["tables"]);
    let expected_changed = tables_by_name(&postgres["changed"]);
    check(
        "changed tables",
        &Value::from(expected_changed.keys().cloned().collect::<Vec<_>>()),
        &Value::from(changed.keys().cloned().collect::<Vec<_>>()),
    );
    for (name, table) in &expected_changed {
        if let Some(ours) = changed.get(name) {
            check(&format!("tables({name})"), table, ours);
        }
    }
    check("dropped", &postgres["dropped"], &Value::from(dropped));
    out
}

fn judge(r: &Revision) -> Outcome {
    let postgres = &r.expected["postgres"];
    let scenario = Scenario {
        setup: r.setup.clone(),
        migration: r.migration.clone(),
        kind: MigrationKind::Alembic,
        assumptions: r.assumptions.clone(),
        ..Scenario::default()
    };
    let result = run(&scenario, fixed_now());
    let no_answer = !postgres["setup_error"].is_null() || r.expected.is_null();
    let report = match result {
        Err(_) if no_answer => {
            return Outcome {
                verdict: Verdict::NoPostgresAnswer,
                fabricated: Vec::new(),
            };
        }
        // Alembic's own error (`alembic upgrade --sql` raised it too, so PostgreSQL
        // never saw the revision): reproduced, but not counted as accepted, since such
        // errors come from offline Alembic's mock connection, and a migration run
        // against a live database goes on where it stopped.
        Err(e) if r.expected["alembic"]["error"].as_str() == Some(e.message.as_str()) => {
            return Outcome {
                verdict: Verdict::Refused {
                    at: format!("{}/{}:{}", r.project, r.file, e.span.line),
                    message: format!("offline Alembic's own error, reproduced: {}", e.message),
                },
                fabricated: Vec::new(),
            };
        }
        Err(e) => {
            return Outcome {
                verdict: input_refusal(r, &e),
                fabricated: Vec::new(),
            }
        }
        Ok(report) => report,
    };
    if no_answer {
        return Outcome {
            verdict: Verdict::NoPostgresAnswer,
            fabricated: Vec::new(),
        };
    }
    if let Some(step) = report.unsupported() {
        let message = step
            .unsupported
            .as_ref()
            .map(|u| u.message.clone())
            .unwrap_or_default();
        return Outcome {
            verdict: Verdict::Refused {
                at: format!("{}/{}:{}", r.project, r.file, step.line),
                message: format!("unsupported: {message}"),
            },
            fabricated: Vec::new(),
        };
    }
    let actual = serde_json::to_value(&report).unwrap_or(Value::Null);
    if !r.expected["alembic"]["error"].is_null() {
        // Alembic itself could not render this revision: any verdict is invented.
        return Outcome {
            verdict: Verdict::Accepted {
                mismatches: vec![format!(
                    "Alembic raised {}, Rehearse answered",
                    r.expected["alembic"]["error"]
                )],
                assumed: !report.assumptions.is_empty(),
            },
            fabricated: vec![format!(
                "an answer where Alembic raised {}",
                r.expected["alembic"]["error"]
            )],
        };
    }
    Outcome {
        verdict: Verdict::Accepted {
            mismatches: compare(r, &actual),
            assumed: !report.assumptions.is_empty(),
        },
        fabricated: fabricated(postgres, &actual),
    }
}

/// A refusal's message with names, literals and numbers blanked, cut short: the
/// histogram's key. The first `code` quote keeps its first word (`if`, `BEGIN`,
/// `sa.ARRAY`): that word is what is refused; module-level names are blanked.
fn reason(message: &str) -> String {
    let mut out = String::new();
    let mut quote: Option<char> = None;
    let mut keep_word = !message.contains("module-level");
    for c in message.chars() {
        match quote {
            Some(q) if c == q => {
                out.push('…');
                out.push(c);
                quote = None;
            }
            Some('`') if keep_word && !c.is_whitespace() && c != '(' => out.push(c),
            Some(_) => keep_word = false,
            None if matches!(c, '"' | '\'' | '`') => {
                out.push(c);
                quote = Some(c);
            }
            None if c.is_ascii_digit() => {
                if !out.ends_with('N') {
                    out.push('N');
                }
            }
            None => out.push(c),
        }
        if quote.is_none() && out.ends_with('`') && out.len() > 1 {
            keep_word = false;
        }
    }
    out.chars().take(100).collect()
}

/// `tests/real-world/known-differences.md`: `- \`project revision\` why` entries.
fn known_differences() -> Vec<String> {
    read(&corpus_root().join("known-differences.md"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("- `")?;
            Some(rest.split_once('`')?.0.to_string())
        })
        .collect()
}

/// `A accepted`, and how many of them under a stated assumption.
fn accepted_text(accepted: usize, assumed: usize) -> String {
    if assumed > 0 {
        format!("{accepted} accepted ({assumed} under a stated assumption)")
    } else {
        format!("{accepted} accepted")
    }
}

#[test]
fn real_world_chains() {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(corpus_root())
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("upgrade.sql").is_file())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no projects under tests/real-world");
    let all = std::env::var("REHEARSE_REAL_WORLD").is_ok_and(|v| v == "all");
    let every = if all { 1 } else { SAMPLE_EVERY };
    if every > 1 {
        println!("real-world: sampling every {every}th revision of each chain (REHEARSE_REAL_WORLD=all runs all)");
    }
    let known = known_differences();
    let mut lines = Vec::new();
    let mut reasons: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut fabricated_answers = Vec::new();
    let (mut total, mut accepted, mut agree, mut assumed_total) = (0, 0, 0, 0);
    // Each half on its own, so a refusal of one does not hide the other's.
    let (mut setups_read, mut plans_read) = (0, 0);
    let mut setup_reasons: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut per_project = Vec::new();
    // Revisions whose setup has sample rows, and of those, the ones that agree.
    let (mut sampled, mut sampled_agree) = (0, 0);
    // The same revisions with a pg_dump of the database as setup.
    let (mut dumps, mut dumps_read, mut dumps_agree) = (0, 0, 0);
    let mut dump_reasons: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for dir in &dirs {
        let revisions = load_project(dir);
        for r in load_dumps(dir, &revisions) {
            dumps += 1;
            let name = format!("{} {} (pg_dump setup)", r.project, r.revision);
            match setup::load(&r.setup, fixed_now()) {
                Ok(_) => dumps_read += 1,
                Err(e) => dump_reasons
                    .entry(reason(&e.message))
                    .or_default()
                    .push(format!(
                        "{}/dumps/{}.sql:{}: {}",
                        r.project, r.revision, e.span.line, e.message
                    )),
            }
            let outcome = judge(&r);
            for f in &outcome.fabricated {
                fabricated_answers.push(format!("{name}: {f}"));
            }
            let status = match &outcome.verdict {
                Verdict::Accepted { mismatches, .. } if mismatches.is_empty() => {
                    dumps_agree += 1;
                    "agrees".to_string()
                }
                Verdict::Accepted { mismatches, .. } => {
                    if !known.contains(&format!("{} {}", r.project, r.revision)) {
                        failures.push(format!("{name}:\n  {}", mismatches.join("\n  ")));
                    }
                    format!("DISAGREES: {}", mismatches.join("; "))
                }
                Verdict::Refused { at, message } => format!("refused at {at}: {message}"),
                Verdict::NoPostgresAnswer => "no PostgreSQL answer".to_string(),
            };
            lines.push(format!("{name} {}: {status}", r.file));
        }
        let (mut n, mut a, mut b, mut none, mut k) = (0, 0, 0, 0, 0);
        for r in revisions.iter().step_by(every) {
            let outcome = judge(r);
            n += 1;
            sampled += usize::from(r.sampled);
            match setup::load(&r.setup, fixed_now()) {
                Ok(_) => setups_read += 1,
                Err(e) => {
                    let at = format!("{}/upgrade.sql:{}", r.project, e.span.line);
                    setup_reasons
                        .entry(reason(&e.message))
                        .or_default()
                        .push(format!("{at}: {}", e.message));
                }
            }
            if input::plan_assuming(&r.migration, MigrationKind::Alembic, &r.assumptions).is_ok() {
                plans_read += 1;
            }
            let name = format!("{} {}", r.project, r.revision);
            for f in &outcome.fabricated {
                fabricated_answers.push(format!("{name} ({}): {f}", r.file));
            }
            let status = match &outcome.verdict {
                Verdict::NoPostgresAnswer => {
                    none += 1;
                    "no PostgreSQL answer (PGlite could not run the setup)".to_string()
                }
                Verdict::Refused { at, message } => {
                    reasons
                        .entry(reason(message))
                        .or_default()
                        .push(format!("{at}: {message}"));
                    format!("refused at {at}: {message}")
                }
                Verdict::Accepted {
                    mismatches,
                    assumed,
                } if mismatches.is_empty() => {
                    a += 1;
                    b += 1;
                    k += usize::from(*assumed);
                    sampled_agree += usize::from(r.sampled);
                    if *assumed {
                        "agrees (under a stated assumption)".to_string()
                    } else {
                        "agrees".to_string()
                    }
                }
                Verdict::Accepted {
                    mismatches,
                    assumed,
                } => {
                    a += 1;
                    k += usize::from(*assumed);
                    if !known.contains(&name) {
                        failures.push(format!(
                            "{name} ({}):\n  {}",
                            r.file,
                            mismatches.join("\n  ")
                        ));
                    }
                    format!("DISAGREES: {}", mismatches.join("; "))
                }
            };
            lines.push(format!("{name} {}: {status}", r.file));
        }
        per_project.push(format!(
            "  {}: {n} revisions, {}, {b} agree{}",
            dir.file_name().unwrap_or_default().to_string_lossy(),
            accepted_text(a, k),
            if none > 0 {
                format!(" ({none} without a PostgreSQL answer)")
            } else {
                String::new()
            }
        ));
        total += n;
        accepted += a;
        agree += b;
        assumed_total += k;
    }
    println!(
        "real-world: {total} revisions, {}, {agree} agree with PostgreSQL",
        accepted_text(accepted, assumed_total)
    );
    for p in &per_project {
        println!("{p}");
    }
    println!(
        "real-world: {sampled} revisions run over sample rows (samples/), {sampled_agree} agree"
    );
    println!("real-world: {setups_read} of {total} setups (upgrade.sql prefixes) read, {plans_read} of {total} revisions planned");
    let mut setup_histogram: Vec<(&String, &Vec<String>)> = setup_reasons.iter().collect();
    setup_histogram.sort_by(|x, y| y.1.len().cmp(&x.1.len()).then(x.0.cmp(y.0)));
    println!("real-world setup refusals by reason:");
    for (why, examples) in setup_histogram.iter().take(10) {
        println!("  {:4}  {why} (first: {})", examples.len(), examples[0]);
    }
    println!("pg_dump: {dumps} setups, {dumps_read} read, {dumps_agree} agree");
    let mut dump_histogram: Vec<(&String, &Vec<String>)> = dump_reasons.iter().collect();
    dump_histogram.sort_by(|x, y| y.1.len().cmp(&x.1.len()).then(x.0.cmp(y.0)));
    for (why, examples) in dump_histogram.iter().take(10) {
        println!("  {:4}  {why} (first: {})", examples.len(), examples[0]);
    }
    let mut histogram: Vec<(&String, &Vec<String>)> = reasons.iter().collect();
    histogram.sort_by(|x, y| y.1.len().cmp(&x.1.len()).then(x.0.cmp(y.0)));
    println!("real-world refusals by reason (top {TOP_REASONS}):");
    for (why, examples) in histogram.iter().take(TOP_REASONS) {
        println!("  {:4}  {why}", examples.len());
    }
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("real-world-results.txt");
    let mut text = lines.join("\n");
    text.push_str("\n\nexamples per reason:\n");
    for (why, examples) in &histogram {
        text.push_str(&format!("\n{} × {why}\n", examples.len()));
        for e in examples.iter().take(10) {
            text.push_str(&format!("    {e}\n"));
        }
    }
    for (title, list) in [
        ("setups read on their own", &setup_histogram),
        ("pg_dump setups", &dump_histogram),
    ] {
        text.push_str(&format!("\n\nexamples per reason, {title}:\n"));
        for (why, examples) in list {
            text.push_str(&format!("\n{} × {why}\n", examples.len()));
            for e in examples.iter().take(10) {
                text.push_str(&format!("    {e}\n"));
            }
        }
    }
    if std::fs::write(&out, text).is_ok() {
        println!("real-world: per-revision results in {}", out.display());
    }
    assert!(
        fabricated_answers.is_empty(),
        "answers PostgreSQL would not give:\n{}",
        fabricated_answers.join("\n")
    );
    assert!(
        failures.is_empty(),
        "{} accepted revisions disagree with PostgreSQL/Alembic:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
