//! `rehearse check`: every revision of an Alembic `versions/` directory, in chain
//! order, on one database, with the hazards each one carries.

use crate::escape;
use crate::files::{self, read};
use crate::input::{now, Parsed};
use crate::output::{self, Chain, Checked, Format};
use rehearse_core::alembic::chain::{self, RevisionFile};
use rehearse_core::analysis::Severity;
use rehearse_core::{run_sequence, MigrationKind, Source};
use std::process::ExitCode;

const USAGE: &str = "usage: rehearse check <versions-dir> --setup <setup.sql> [--old-code FILE] [--format text|json|github|sarif] [--fail-on info|warning|error] [--max-stall DURATION]

Orders the Alembic revisions in <versions-dir> (every *.py file, not recursive; only
regular files inside the folder, each at most 32 MB) by their down_revision chain, runs
them one after another on the tables and rows that setup.sql creates, each in its own
transaction as Alembic does on PostgreSQL, and reports each revision's outcome and
hazards. A revision that rolls back stops the run.

  --setup FILE      SQL that creates the sample tables and rows (required)
  --old-code FILE   queries the deployed application runs; re-run after each step, and
                    reported (as errors) where a step breaks one
  --format FORMAT   text (default), json, github (workflow commands for GitHub
                    Actions) or sarif (SARIF 2.1.0, for code scanning)
  --fail-on LEVEL   lowest hazard severity that fails the check: info, warning or
                    error (default)
  --max-stall TIME  with traffic annotations on the --old-code queries (`-- every
                    20ms, takes 5ms`, `-- already running for 30s`): the longest wait
                    of the application's queries behind a step before the check warns
                    (rule queue-stall; default 1s). A step that lock_timeout cancels
                    with that traffic is an error (rule queue-cancels).

Exit status: 0 passed; 1 a hazard at or above --fail-on, a deployed-code query that a
step breaks, or a revision that rolled back; 2 unreadable input, a broken revision
chain, or a usage error.";

/// The stall `--max-stall` allows by default: a second, where a page load feels broken.
const DEFAULT_MAX_STALL_MS: u64 = 1000;

struct Args {
    dir: String,
    setup: String,
    old_code: Option<String>,
    format: Format,
    fail_on: Severity,
    max_stall_ms: u64,
}

/// `args` are those after `check`.
fn parse_args(args: &[String]) -> Result<Parsed<Args>, String> {
    let mut it = args.iter();
    let (mut dir, mut setup, mut old_code) = (None, None, None);
    let (mut format, mut fail_on) = (Format::Text, Severity::Error);
    let mut max_stall_ms = DEFAULT_MAX_STALL_MS;
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--setup" => setup = Some(it.next().ok_or("--setup needs a file")?.clone()),
            "--old-code" => old_code = Some(it.next().ok_or("--old-code needs a file")?.clone()),
            "--format" => {
                let value = it.next().map_or("nothing", String::as_str);
                format = Format::parse(value).ok_or_else(|| {
                    format!("--format must be text, json, github or sarif, not {value}")
                })?;
            }
            "--fail-on" => {
                let value = it.next().map_or("nothing", String::as_str);
                fail_on = Severity::parse(value).ok_or_else(|| {
                    format!("--fail-on must be info, warning or error, not {value}")
                })?;
            }
            "--max-stall" => {
                let value = it.next().map_or("nothing", String::as_str);
                max_stall_ms = rehearse_core::lock_queue::duration::parse(value, None)
                    .map_err(|e| format!("--max-stall must be a duration like 500ms or 2s: {e}"))?;
            }
            "-h" | "--help" => return Ok(Parsed::Help),
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            path if dir.is_none() => dir = Some(path.to_string()),
            extra => return Err(format!("unexpected argument `{extra}`")),
        }
    }
    Ok(Parsed::Run(Args {
        dir: dir.ok_or("missing the versions directory")?,
        setup: setup.ok_or("missing --setup <setup.sql>")?,
        old_code,
        format,
        fail_on,
        max_stall_ms,
    }))
}

/// Reads every revision file of `dir` (sorted by name), each with its text. Files that
/// are not revisions, and entries that are not regular files inside `dir`, are skipped
/// with a note on stderr.
fn load(dir: &str) -> Result<Vec<(RevisionFile, String)>, Vec<String>> {
    let listing = files::read_dir(dir, |name| name.ends_with(".py") && name != "__init__.py")
        .map_err(|e| vec![e])?;
    for note in &listing.skipped {
        eprintln!("rehearse: note: {note}");
    }
    let mut revisions = Vec::new();
    let mut problems = Vec::new();
    for file in listing.files {
        let (path, name) = (file.path, file.name);
        let text = match file.text {
            Ok(text) => text,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        match chain::read_header(&text) {
            Ok(Some(header)) => revisions.push((RevisionFile::new(header, path, name), text)),
            Ok(None) => eprintln!("rehearse: note: skipping {path}: no `revision =` assignment"),
            Err(e) => problems.push(format!("{path}: {e}")),
        }
    }
    if problems.is_empty() && revisions.is_empty() {
        problems.push(format!(
            "{}: no Alembic revision files (*.py with `revision =`)",
            escape::line(dir)
        ));
    }
    if problems.is_empty() {
        Ok(revisions)
    } else {
        Err(problems)
    }
}

/// Orders the revisions by their `down_revision` chain, with their texts; `Err` names
/// every problem.
fn order(files: Vec<(RevisionFile, String)>) -> Result<(Chain, Vec<String>), Vec<String>> {
    let (revisions, texts): (Vec<RevisionFile>, Vec<String>) = files.into_iter().unzip();
    let sorted = chain::order(&revisions).map_err(|problems| {
        problems
            .iter()
            .map(|p| p.display(&revisions).to_string())
            .collect::<Vec<_>>()
    })?;
    let linearised = sorted
        .linearised
        .map(|note| note.display(&revisions).to_string());
    let mut slots: Vec<Option<(RevisionFile, String)>> =
        revisions.into_iter().zip(texts).map(Some).collect();
    let (revisions, texts) = sorted
        .order
        .iter()
        .filter_map(|&i| slots.get_mut(i)?.take())
        .unzip();
    Ok((
        Chain {
            revisions,
            linearised,
        },
        texts,
    ))
}

/// The check itself; `Err` holds messages for exit code 2.
fn check(args: &Args) -> Result<ExitCode, Vec<String>> {
    let setup = read(&args.setup).map_err(|e| vec![e])?;
    let old_code = match &args.old_code {
        Some(path) => read(path).map_err(|e| vec![e])?,
        None => String::new(),
    };
    let (chain, texts) = order(load(&args.dir)?)?;
    let migrations: Vec<(&str, MigrationKind)> = texts
        .iter()
        .map(|text| (text.as_str(), MigrationKind::Alembic))
        .collect();
    let reports = run_sequence(&setup, &migrations, &old_code, now()).map_err(|(i, e)| {
        let path = match e.source {
            Source::Setup => args.setup.as_str(),
            Source::OldCode => args.old_code.as_deref().unwrap_or(&args.setup),
            _ => chain.revisions.get(i).map_or(&args.dir, |r| &r.path),
        };
        vec![format!(
            "{path}:{}:{}: {}",
            e.span.line, e.span.column, e.message
        )]
    })?;
    let checked = Checked {
        chain: &chain,
        reports: &reports,
        max_stall_ms: args.max_stall_ms,
    };
    print!(
        "{}",
        output::render(&checked, args.format).map_err(|e| vec![e])?
    );
    let failed = reports
        .iter()
        .any(|r| r.upgrade.outcome.failed() || !output::old_code_breaks(r).is_empty())
        || reports
            .iter()
            .flat_map(|r| r.hazards())
            .any(|(_, h)| h.severity >= args.fail_on)
        || reports
            .iter()
            .flat_map(|r| output::queue_findings(r, args.max_stall_ms))
            .any(|q| q.severity >= args.fail_on);
    let incomplete = reports.iter().any(|r| r.unsupported().is_some());
    Ok(if failed {
        ExitCode::from(1)
    } else if incomplete {
        // Not every step could be simulated: the check is incomplete, not passed.
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// Runs `rehearse check` with the arguments after `check`.
pub fn main(args: &[String]) -> ExitCode {
    let args = match crate::input::parsed(parse_args(args), USAGE, "rehearse") {
        Ok(parsed) => parsed,
        Err(exit) => return exit,
    };
    match check(&args) {
        Ok(code) => code,
        Err(problems) => {
            // Messages quote revision ids and file text: one line each, whatever they hold.
            for problem in problems {
                eprintln!("rehearse: {}", escape::line(&problem));
            }
            ExitCode::from(2)
        }
    }
}
