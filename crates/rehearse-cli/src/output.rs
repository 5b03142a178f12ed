//! What `rehearse check` prints: text for people, JSON for scripts, GitHub Actions
//! workflow commands (annotations on the pull request) and SARIF 2.1.0 (code scanning).
//!
//! Every format lists the same findings at their step's line and column: each hazard;
//! with `--old-code`, each deployed-code query that a step breaks (pseudo-rule
//! `old-code-breaks`, an error); and for a revision that rolled back, PostgreSQL's error
//! at the failing step (pseudo-rule `rolled-back` where a format needs a rule id); with
//! traffic annotations on the deployed code's queries, the lock queue's findings
//! (`queue-cancels`, an error: lock_timeout cancels the step in production;
//! `queue-stall`, a warning: application queries wait `--max-stall` or longer).
//!
//! User text (file names, revision ids, identifiers and values in messages) never
//! starts a line of its own: text and GitHub output escape control characters
//! ([`crate::escape`]), GitHub's workflow-command escaping comes on top, and JSON and
//! SARIF are built as values and serialized, never concatenated. File names are escaped
//! once, when the folder is read, so every format shows the same name.

use crate::escape;
use rehearse_core::alembic::chain::RevisionFile;
use rehearse_core::analysis::old_code::OldQueryResult;
use rehearse_core::analysis::{rules, Hazard, Severity};
use rehearse_core::report::{Outcome, Step};
use rehearse_core::{PgError, Report};
use rehearse_engine::error::Unsupported;
use serde_json::{json, Value};

/// The revisions in the order they run, as the formats print them.
pub struct Chain {
    /// Base first, head last. Paths are as the user sees them (directory as given,
    /// joined with the file name), control characters escaped ([`escape::line`]):
    /// every format prints them.
    pub revisions: Vec<RevisionFile>,
    /// When the history branches and merges again: how it was made a line.
    pub linearised: Option<String>,
}

/// Rule id under which GitHub and SARIF report a revision that rolled back.
const ROLLED_BACK: &str = "rolled-back";
const ROLLED_BACK_WHY: &str = "PostgreSQL rejected a step of this revision, so its \
     transaction rolled back (all of it, or all but what the revision had already \
     committed, e.g. in an autocommit block) and `alembic upgrade` stops there. The error \
     is PostgreSQL's, verbatim. The check goes on with the next revisions on the database \
     without this one, so one run reports every problem.";

/// Rule id of a step Rehearse cannot simulate.
const NOT_SIMULATED: &str = "not-simulated";
const NOT_SIMULATED_WHY: &str = "This step uses something PostgreSQL has but Rehearse \
     does not simulate, so what PostgreSQL would do here is unknown: this is not a \
     PostgreSQL error. The revision's later steps are still checked for hazards, and the \
     next revisions run on the database without this one. Run the revision on a real \
     PostgreSQL to see its outcome.";

/// Rule id of a deployed-code query that a step breaks.
const OLD_CODE_BREAKS: &str = "old-code-breaks";
const OLD_CODE_BREAKS_WHY: &str = "Migrations run before the new code deploys, so the \
     queries given with --old-code keep running against the new schema until the deploy \
     finishes. This one worked before the revision and fails from this step on. Make the \
     change backward compatible (expand now, contract in a later release) or deploy code \
     that no longer runs the query first.";

/// Rule id of a step the lock queue cancels (lock_timeout, no retry left) with the
/// deployed code's annotated traffic.
const QUEUE_CANCELS: &str = "queue-cancels";
const QUEUE_CANCELS_WHY: &str = "With the traffic the --old-code queries are annotated \
     with (`-- every 20ms, takes 5ms`, `-- already running for 30s`), the simulated lock \
     queue has this step wait longer than its lock_timeout on every attempt: in production \
     PostgreSQL cancels it (55P03) and the revision fails, although it commits on the \
     sample rows. Run it when the long transactions are not running, retry it \
     (`-- rehearse: retry 3 after 1s` states the deploy's retries), or take a weaker lock.";

/// Rule id of a step that stalls the application's queries longer than --max-stall.
const QUEUE_STALL: &str = "queue-stall";
const QUEUE_STALL_WHY: &str = "With the traffic the --old-code queries are annotated \
     with, the simulated lock queue has the application's queries wait behind this step \
     (a strong lock waiting behind a long transaction blocks every later query on the \
     table) longer than --max-stall. Set a short lock_timeout with retries, so the step \
     gives way instead of stalling the site, or use a form that takes a weaker lock \
     (CONCURRENTLY, NOT VALID then VALIDATE).";

/// A lock-queue finding: a rule of the two above at step `step` (0-based).
pub struct QueueFinding {
    /// The step's index in the upgrade.
    pub step: usize,
    /// `queue-cancels` or `queue-stall`.
    pub rule: &'static str,
    /// The rule's explanation.
    pub why: &'static str,
    /// Error (cancelled) or warning (stall).
    pub severity: Severity,
    /// What happens at this step.
    pub message: String,
}

/// The lock-queue findings of a report: steps cancelled with the annotated traffic
/// (errors) and steps stalling application queries `max_stall_ms` or longer (warnings).
pub fn queue_findings(report: &Report, max_stall_ms: u64) -> Vec<QueueFinding> {
    let mut out = Vec::new();
    for (step, s) in report.upgrade.steps.iter().enumerate() {
        let Some(q) = &s.queue else { continue };
        if let Some(e) = &q.error {
            out.push(QueueFinding {
                step,
                rule: QUEUE_CANCELS,
                why: QUEUE_CANCELS_WHY,
                severity: Severity::Error,
                message: format!(
                    "with the annotated traffic, PostgreSQL cancels this step in production: {} (SQLSTATE {}) after {} ms of waiting",
                    e.message, e.sqlstate, q.wait_ms
                ),
            });
        }
        if q.max_stall_ms >= max_stall_ms && q.blocked_queries > 0 {
            out.push(QueueFinding {
                step,
                rule: QUEUE_STALL,
                why: QUEUE_STALL_WHY,
                severity: Severity::Warning,
                message: format!(
                    "with the annotated traffic, {} application quer{} wait behind this step, up to {} ms (--max-stall {} ms)",
                    q.blocked_queries,
                    if q.blocked_queries == 1 { "y" } else { "ies" },
                    q.max_stall_ms,
                    max_stall_ms
                ),
            });
        }
    }
    out
}

/// Width the text format wraps the `why` paragraphs to.
const WIDTH: usize = 88;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people.
    Text,
    /// One JSON object.
    Json,
    /// GitHub Actions workflow commands.
    Github,
    /// SARIF 2.1.0.
    Sarif,
}

impl Format {
    /// Parses `text`, `json`, `github` or `sarif`.
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "text" => Some(Format::Text),
            "json" => Some(Format::Json),
            "github" => Some(Format::Github),
            "sarif" => Some(Format::Sarif),
            _ => None,
        }
    }
}

/// The chain and the reports of the revisions that ran (a prefix of the chain: the run
/// stops at the first revision that rolls back).
pub struct Checked<'a> {
    /// Every revision, in running order.
    pub chain: &'a Chain,
    /// One report per revision that ran.
    pub reports: &'a [Report],
    /// The longest stall of the application's queries the check lets pass (ms).
    pub max_stall_ms: u64,
}

/// Renders in `format`.
pub fn render(checked: &Checked, format: Format) -> Result<String, String> {
    match format {
        Format::Text => Ok(text(checked)),
        Format::Json => pretty(&json_value(checked)),
        Format::Github => Ok(github(checked)),
        Format::Sarif => pretty(&sarif(checked)),
    }
}

/// `rehearse run --format json`: the report, pretty-printed onto stdout as it is
/// serialized (never whole in memory), each table row on one line (see
/// [`crate::rows_json`]), then a newline.
pub fn write_json(report: &Report) -> std::io::Result<()> {
    use serde::Serialize;
    use std::io::Write;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut ser = serde_json::Serializer::with_formatter(
        &mut out,
        crate::rows_json::RowsFormatter::default(),
    );
    report.serialize(&mut ser)?;
    writeln!(out)?;
    out.flush()
}

fn pretty(value: &Value) -> Result<String, String> {
    serde_json::to_string_pretty(value)
        .map(|s| s + "\n")
        .map_err(|e| format!("cannot write JSON: {e}"))
}

/// A revision with its report, if it ran.
fn entries<'a>(
    checked: &'a Checked,
) -> impl Iterator<Item = (&'a RevisionFile, Option<&'a Report>)> {
    checked
        .chain
        .revisions
        .iter()
        .enumerate()
        .map(|(i, r)| (r, checked.reports.get(i)))
}

/// The step that failed and its error.
fn failure(report: &Report) -> Option<(&Step, &PgError)> {
    report
        .upgrade
        .steps
        .iter()
        .find_map(|s| s.error.as_ref().map(|e| (s, e)))
}

/// Whether PostgreSQL would roll the revision back (whole, or all but what it had
/// committed).
fn rolled_back(report: Option<&Report>) -> bool {
    report.is_some_and(|r| r.upgrade.outcome.failed())
}

/// The step Rehearse could not simulate, and what.
fn not_simulated(report: &Report) -> Option<(&Step, &Unsupported)> {
    report
        .upgrade
        .steps
        .iter()
        .find_map(|s| s.unsupported.as_ref().map(|u| (s, u)))
}

/// The deployed code's queries that fail after a step of `report` but did not before
/// the revision, each at the first step after which it fails.
pub fn old_code_breaks(report: &Report) -> Vec<(usize, &OldQueryResult)> {
    let failing_before = |q: &OldQueryResult| {
        report
            .old_code_before
            .iter()
            .any(|b| b.query == q.query && b.error.is_some())
    };
    let mut out: Vec<(usize, &OldQueryResult)> = Vec::new();
    for (i, step) in report.upgrade.steps.iter().enumerate() {
        for q in step.old_code.iter().filter(|q| q.error.is_some()) {
            if !failing_before(q) && !out.iter().any(|(_, seen)| seen.query == q.query) {
                out.push((i, q));
            }
        }
    }
    out
}

/// One finding, as every format lists it.
struct Finding<'a> {
    rule: &'a str,
    severity: Severity,
    message: String,
    why: &'a str,
    path: &'a str,
    step: &'a Step,
}

/// A revision's hazards and broken deployed-code queries, in step order.
fn revision_findings<'a>(
    revision: &'a RevisionFile,
    report: &'a Report,
    max_stall_ms: u64,
) -> Vec<Finding<'a>> {
    let mut out: Vec<(usize, Finding)> = report
        .hazards()
        .map(|(i, h)| {
            let finding = Finding {
                rule: h.rule,
                severity: h.severity,
                message: h.message.clone(),
                why: h.why,
                path: &revision.path,
                step: &report.upgrade.steps[i],
            };
            (i, finding)
        })
        .collect();
    for (i, q) in old_code_breaks(report) {
        let error = q.error.as_ref().map_or(String::new(), |e| {
            format!(" ({}, SQLSTATE {})", e.message, e.sqlstate)
        });
        let finding = Finding {
            rule: OLD_CODE_BREAKS,
            severity: Severity::Error,
            message: format!(
                "the deployed code's query fails after this step: {}{error}",
                q.query
            ),
            why: OLD_CODE_BREAKS_WHY,
            path: &revision.path,
            step: &report.upgrade.steps[i],
        };
        out.push((i, finding));
    }
    for q in queue_findings(report, max_stall_ms) {
        out.push((
            q.step,
            Finding {
                rule: q.rule,
                severity: q.severity,
                message: q.message,
                why: q.why,
                path: &revision.path,
                step: &report.upgrade.steps[q.step],
            },
        ));
    }
    out.sort_by_key(|(i, _)| *i);
    out.into_iter().map(|(_, f)| f).collect()
}

/// Every finding, with a rolled-back revision's failure last in its revision.
fn findings<'a>(checked: &'a Checked) -> Vec<Finding<'a>> {
    let mut out = Vec::new();
    for (revision, report) in entries(checked) {
        let Some(report) = report else { continue };
        out.extend(revision_findings(revision, report, checked.max_stall_ms));
        if let Some((step, error)) = failure(report).filter(|_| rolled_back(Some(report))) {
            let partially = if report.upgrade.outcome == Outcome::Partial {
                " (after committing part of it)"
            } else {
                ""
            };
            out.push(Finding {
                rule: ROLLED_BACK,
                severity: Severity::Error,
                message: format!("revision {} rolled back{partially}: {error}", revision.id),
                why: ROLLED_BACK_WHY,
                path: &revision.path,
                step,
            });
        }
        if let Some((step, unsupported)) = not_simulated(report) {
            out.push(Finding {
                rule: NOT_SIMULATED,
                severity: Severity::Warning,
                message: format!(
                    "revision {}: {} (not a PostgreSQL error; the rest of this revision is unchecked)",
                    revision.id, unsupported.message
                ),
                why: NOT_SIMULATED_WHY,
                path: &revision.path,
                step,
            });
        }
    }
    out
}

/// Counts for the summary line.
struct Summary<'a> {
    revisions: usize,
    ran: usize,
    hazards: usize,
    by_severity: [usize; 3],
    old_code_breaks: usize,
    /// Revisions PostgreSQL would roll back, in chain order.
    rolled_back: Vec<&'a str>,
    /// Revisions with a step Rehearse cannot simulate.
    unsupported: Vec<&'a str>,
}

fn summary<'a>(checked: &'a Checked) -> Summary<'a> {
    let mut by_severity = [0; 3];
    for (_, h) in checked.reports.iter().flat_map(Report::hazards) {
        let slot = match h.severity {
            Severity::Info => 0,
            Severity::Warning => 1,
            Severity::Error => 2,
        };
        by_severity[slot] += 1;
    }
    Summary {
        revisions: checked.chain.revisions.len(),
        ran: checked.reports.len(),
        hazards: by_severity.iter().sum(),
        by_severity,
        old_code_breaks: checked
            .reports
            .iter()
            .map(|r| old_code_breaks(r).len())
            .sum(),
        rolled_back: entries(checked)
            .filter(|(_, report)| rolled_back(*report))
            .map(|(r, _)| r.id.as_str())
            .collect(),
        unsupported: entries(checked)
            .filter(|(_, report)| report.is_some_and(|r| not_simulated(r).is_some()))
            .map(|(r, _)| r.id.as_str())
            .collect(),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn summary_line(s: &Summary) -> String {
    let [info, warnings, errors] = s.by_severity;
    let mut line = format!(
        "{}, {} ({}, {}, {info} info)",
        plural(s.revisions, "revision", "revisions"),
        plural(s.hazards, "hazard", "hazards"),
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings"),
    );
    if s.old_code_breaks > 0 {
        line.push_str(&format!(
            "; {} of the deployed code {} after a step",
            plural(s.old_code_breaks, "query", "queries"),
            if s.old_code_breaks == 1 {
                "breaks"
            } else {
                "break"
            }
        ));
    }
    let ids = |ids: &[&str]| {
        ids.iter()
            .map(|id| escape::line(id).into_owned())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !s.rolled_back.is_empty() {
        line.push_str(&format!("; {} rolled back", ids(&s.rolled_back)));
    }
    if !s.unsupported.is_empty() {
        line.push_str(&format!("; {} not fully simulated", ids(&s.unsupported)));
    }
    let not_run = s.revisions - s.ran;
    if not_run > 0 {
        line.push_str(&format!(
            "; {} not run",
            plural(not_run, "revision", "revisions")
        ));
    }
    line
}

/// `text` wrapped to [`WIDTH`], each line starting with `indent`.
fn wrap(text: &str, indent: &str) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent.len() + line.len() + 1 + word.len() > WIDTH {
            out.push_str(&format!("{indent}{line}\n"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push_str(&format!("{indent}{line}\n"));
    }
    out
}

fn text(checked: &Checked) -> String {
    let mut out = String::new();
    if let Some(note) = &checked.chain.linearised {
        out.push_str(&format!("note: {}\n\n", escape::line(note)));
    }
    let mut explained: Vec<&str> = Vec::new();
    for (revision, report) in entries(checked) {
        let path = &revision.path;
        let id = escape::line(&revision.id);
        let Some(report) = report else {
            out.push_str(&format!(
                "revision {id} ({path}): not run (an earlier revision rolled back)\n\n"
            ));
            continue;
        };
        match failure(report).filter(|_| rolled_back(Some(report))) {
            Some((step, error)) => {
                let error = shown_error(error).to_string();
                let mut lines = error.lines();
                let verdict = if report.upgrade.outcome == Outcome::Partial {
                    "partially committed, the rest rolled back"
                } else {
                    "rolled back"
                };
                out.push_str(&format!(
                    "revision {id} ({path}): {verdict}: {}\n",
                    lines.next().unwrap_or_default()
                ));
                for line in lines {
                    out.push_str(&format!("  {line}\n"));
                }
                out.push_str(&format!(
                    "  {path}:{}:{}: this step failed: {}\n",
                    step.line,
                    step.column,
                    escape::line(step.op.lines().next().unwrap_or_default().trim())
                ));
            }
            None if rolled_back(Some(report)) => {
                out.push_str(&format!("revision {id} ({path}): rolled back\n"));
            }
            None => match not_simulated(report) {
                Some((step, unsupported)) => out.push_str(&format!(
                    "revision {id} ({path}): not simulated: {}\n  {path}:{}:{}: Rehearse stopped here; this is not a PostgreSQL error: {}\n",
                    escape::line(&unsupported.message),
                    step.line,
                    step.column,
                    escape::line(step.op.lines().next().unwrap_or_default().trim())
                )),
                None => out.push_str(&format!("revision {id} ({path}): committed\n")),
            },
        }
        for f in revision_findings(revision, report, checked.max_stall_ms) {
            out.push_str(&format!(
                "  {path}:{}:{}: {}[{}] {}\n",
                f.step.line,
                f.step.column,
                f.severity.name(),
                f.rule,
                escape::line(&f.message)
            ));
            // Each rule's explanation once: later occurrences point back to it.
            if explained.contains(&f.rule) {
                continue;
            }
            explained.push(f.rule);
            out.push_str(&wrap(f.why, "      "));
        }
        out.push('\n');
    }
    out.push_str(&summary_line(&summary(checked)));
    out.push('\n');
    out
}

/// `error` with each field on one line, so that its text form has a line per field
/// (ERROR, DETAIL, HINT) whatever the values it quotes hold.
fn shown_error(error: &PgError) -> PgError {
    let line = |s: &str| escape::line(s).into_owned();
    PgError {
        sqlstate: line(&error.sqlstate),
        message: line(&error.message),
        detail: error.detail.as_deref().map(line),
        hint: error.hint.as_deref().map(line),
        unsupported: None,
    }
}

fn hazard_json(h: &Hazard, step: &Step) -> Value {
    let mut value = serde_json::to_value(h).unwrap_or(Value::Null);
    if let Value::Object(fields) = &mut value {
        // `column` is the hazard's table column; the position is `line` and `col`.
        fields.insert("line".into(), json!(step.line));
        fields.insert("col".into(), json!(step.column));
    }
    value
}

fn json_value(checked: &Checked) -> Value {
    let revisions: Vec<Value> = entries(checked)
        .map(|(revision, report)| {
            let down = match revision.down.as_slice() {
                [] => Value::Null,
                [one] => json!(one),
                many => json!(many),
            };
            let outcome = match report.map(|r| r.upgrade.outcome) {
                None => "not_run",
                Some(Outcome::Committed) => "committed",
                Some(Outcome::RolledBack) => "rolled_back",
                Some(Outcome::Partial) => "partial",
                Some(Outcome::Unsupported) => "unsupported",
            };
            let unsupported = report.and_then(not_simulated).map(|(step, u)| {
                json!({
                    "construct": u.construct,
                    "message": u.message,
                    "line": step.line,
                    "col": step.column,
                    "op": step.op,
                })
            });
            let error = report.and_then(failure).map(|(step, error)| {
                let mut value = serde_json::to_value(error).unwrap_or(Value::Null);
                if let Value::Object(fields) = &mut value {
                    fields.insert("line".into(), json!(step.line));
                    fields.insert("col".into(), json!(step.column));
                    fields.insert("op".into(), json!(step.op));
                }
                value
            });
            let hazards: Vec<Value> = report
                .map(|r| {
                    r.hazards()
                        .map(|(i, h)| hazard_json(h, &r.upgrade.steps[i]))
                        .collect()
                })
                .unwrap_or_default();
            let breaks: Vec<Value> = report
                .map(|r| {
                    old_code_breaks(r)
                        .into_iter()
                        .map(|(i, q)| {
                            let step = &r.upgrade.steps[i];
                            json!({
                                "query": q.query,
                                "error": q.error,
                                "line": step.line,
                                "col": step.column,
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            let queue: Vec<Value> = report
                .map(|r| {
                    queue_findings(r, checked.max_stall_ms)
                        .into_iter()
                        .map(|q| {
                            let step = &r.upgrade.steps[q.step];
                            json!({
                                "rule": q.rule,
                                "severity": q.severity,
                                "message": q.message,
                                "line": step.line,
                                "col": step.column,
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            json!({
                "revision": revision.id,
                "down_revision": down,
                "file": revision.path,
                "outcome": outcome,
                "error": error,
                "unsupported": unsupported,
                "hazards": hazards,
                "old_code_breaks": breaks,
                "queue": queue,
            })
        })
        .collect();
    let s = summary(checked);
    let [info, warnings, errors] = s.by_severity;
    json!({
        "revisions": revisions,
        "linearised": checked.chain.linearised,
        "summary": {
            "revisions": s.revisions,
            "ran": s.ran,
            "hazards": s.hazards,
            "errors": errors,
            "warnings": warnings,
            "info": info,
            "old_code_breaks": s.old_code_breaks,
            "rolled_back": s.rolled_back.first(),
            "rolled_back_all": s.rolled_back,
            "unsupported": s.unsupported,
        },
    })
}

/// Escapes a workflow command's message. Line breaks stay line breaks (`%0A`, shown as
/// such in the annotation); other control characters are escaped first.
fn escape_data(s: &str) -> String {
    escape::keeping_newlines(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value (a file name, a title).
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn github(checked: &Checked) -> String {
    let mut out = String::new();
    if let Some(note) = &checked.chain.linearised {
        out.push_str(&format!("::notice title=rehearse::{}\n", escape_data(note)));
    }
    for f in findings(checked) {
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        out.push_str(&format!(
            "::{command} file={},line={},col={},title={}::{}\n",
            escape_property(f.path),
            f.step.line,
            f.step.column,
            escape_property(f.rule),
            escape_data(&f.message)
        ));
    }
    out.push_str(&summary_line(&summary(checked)));
    out.push('\n');
    out
}

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// `create-index-non-concurrently` → `Create index non concurrently`.
fn title(id: &str) -> String {
    let words = id.replace('-', " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn sarif(checked: &Checked) -> Value {
    let mut ids: Vec<&str> = Vec::new();
    let mut rules: Vec<Value> = Vec::new();
    let all = rules::ALL
        .iter()
        .map(|(rule, _)| (rule.id, rule.why, rule.severity))
        .chain([
            (OLD_CODE_BREAKS, OLD_CODE_BREAKS_WHY, Severity::Error),
            (ROLLED_BACK, ROLLED_BACK_WHY, Severity::Error),
            (NOT_SIMULATED, NOT_SIMULATED_WHY, Severity::Warning),
            (QUEUE_CANCELS, QUEUE_CANCELS_WHY, Severity::Error),
            (QUEUE_STALL, QUEUE_STALL_WHY, Severity::Warning),
        ]);
    for (id, why, severity) in all {
        ids.push(id);
        rules.push(json!({
            "id": id,
            "shortDescription": { "text": title(id) },
            "fullDescription": { "text": why },
            "defaultConfiguration": { "level": sarif_level(severity) },
        }));
    }
    let results: Vec<Value> = findings(checked)
        .iter()
        .map(|f| {
            let mut result = json!({
                "ruleId": f.rule,
                "level": sarif_level(f.severity),
                "message": { "text": f.message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": f.path.replace('\\', "/") },
                        "region": { "startLine": f.step.line, "startColumn": f.step.column },
                    }
                }],
            });
            if let (Some(index), Value::Object(fields)) =
                (ids.iter().position(|id| *id == f.rule), &mut result)
            {
                fields.insert("ruleIndex".into(), json!(index));
            }
            result
        })
        .collect();
    json!({
        "version": "2.1.0",
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "rehearse",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "results": results,
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_commands_escape_per_github() {
        assert_eq!(escape_data("50% done\r\nnext"), "50%25 done%0D%0Anext");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(escape_data("x\u{1b}[2J"), "x\\u{1b}[2J");
        assert_eq!(
            escape_property("v/a\\n::error file=x.py"),
            "v/a\\n%3A%3Aerror file=x.py"
        );
    }

    #[test]
    fn wraps_at_the_width_with_the_indent() {
        let text = "word ".repeat(40);
        let wrapped = wrap(&text, "    ");
        assert!(wrapped
            .lines()
            .all(|l| l.len() <= WIDTH && l.starts_with("    ")));
        assert_eq!(wrapped.split_whitespace().count(), 40);
    }

    #[test]
    fn titles_read_as_words() {
        assert_eq!(title("drop-column"), "Drop column");
    }
}
