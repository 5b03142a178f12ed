//! `rehearse fix`: the safe rewrite of one migration (the playground's "Make it safe").

use crate::input::{now, Parsed};
use rehearse_core::fix::{self, line_diff};
use rehearse_core::{assume, Assumption, MigrationKind, Scenario, Source};
use std::process::ExitCode;

const USAGE: &str = "usage: rehearse fix --setup <setup.sql> <migration.py|migration.sql> [--diff | --write] [--old-code FILE] [--sql|--alembic] [--assume CONDITION=true|false ...]

Rewrites the migration to avoid every hazard that has a known safe pattern (NOT NULL
column without a default, drop+add that is really a rename, index without CONCURRENTLY,
constraint without NOT VALID), runs the rewrite on the sample data, and prints it.
Alembic stays Alembic, SQL stays SQL.

  --setup FILE     SQL that creates the sample tables and rows (required)
  --diff           print the diff instead of the rewritten file
  --write          overwrite the migration file with the rewrite
  --old-code FILE  queries the deployed application runs (kept in the re-run)
  --sql, --alembic treat the migration as SQL / as Alembic (default: by extension)
  --assume CONDITION=true|false
                   state what a condition Rehearse cannot evaluate is, as with
                   `rehearse run` (repeatable)

What was rewritten, and the rewrite's own verdict, go to stderr.
Exit status: 0 the rewrite commits, 1 it rolls back, 2 unreadable input or usage error.";

#[derive(PartialEq)]
enum Output {
    File,
    Diff,
    Write,
}

struct Cli {
    setup: String,
    migration: String,
    output: Output,
    old_code: Option<String>,
    kind: Option<MigrationKind>,
    assumptions: Vec<Assumption>,
}

fn parse_args(args: &[String]) -> Result<Parsed<Cli>, String> {
    let mut it = args.iter();
    let (mut setup, mut migration, mut old_code, mut kind) = (None, None, None, None);
    let mut output = Output::File;
    let mut assumptions = Vec::new();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--setup" => setup = Some(it.next().ok_or("--setup needs a file")?.clone()),
            "--old-code" => old_code = Some(it.next().ok_or("--old-code needs a file")?.clone()),
            "--diff" => output = Output::Diff,
            "--write" => output = Output::Write,
            "--assume" => assume::add(&mut assumptions, crate::input::assumption(it.next())?),
            "--sql" => kind = Some(MigrationKind::Sql),
            "--alembic" => kind = Some(MigrationKind::Alembic),
            "-h" | "--help" => return Ok(Parsed::Help),
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            file if migration.is_none() => migration = Some(file.to_string()),
            extra => return Err(format!("unexpected argument `{extra}`")),
        }
    }
    Ok(Parsed::Run(Cli {
        setup: setup.ok_or("missing --setup <setup.sql>")?,
        migration: migration.ok_or("missing the migration file")?,
        output,
        old_code,
        kind,
        assumptions,
    }))
}

/// Runs `rehearse fix` with the arguments after `fix`.
pub fn main(args: &[String]) -> ExitCode {
    let cli = match crate::input::parsed(parse_args(args), USAGE, "rehearse fix") {
        Ok(parsed) => parsed,
        Err(exit) => return exit,
    };
    let files = crate::input::Files {
        setup: &cli.setup,
        migration: &cli.migration,
        kind: crate::input::migration_kind(&cli.migration, cli.kind),
        old_code: cli.old_code.as_deref(),
        drift: None,
    };
    let scenario = match files.scenario() {
        Ok(scenario) => Scenario {
            assumptions: cli.assumptions.clone(),
            ..scenario
        },
        Err(e) => {
            eprintln!("rehearse fix: {e}");
            return ExitCode::from(2);
        }
    };
    let fixed = match fix::fix(&scenario, now()) {
        Ok(f) => f,
        Err(e) => {
            let path = match e.source {
                Source::Setup => &cli.setup,
                Source::OldCode => cli.old_code.as_deref().unwrap_or_default(),
                _ => &cli.migration,
            };
            eprintln!(
                "rehearse fix: {path}:{}:{}: {}",
                e.span.line, e.span.column, e.message
            );
            if let Some(hint) = crate::input::assume_hint(&e) {
                eprintln!("{hint}");
            }
            return ExitCode::from(2);
        }
    };
    if fixed.applied.is_empty() {
        eprintln!("no safe rewrite applies to this migration's hazards");
    }
    for a in &fixed.applied {
        eprintln!(
            "{}:{}: {} ({}): {}",
            cli.migration, a.line, a.fix, a.rule, a.summary
        );
    }
    eprintln!(
        "the rewrite on the sample data: {}",
        rehearse_core::text::summary(&fixed.report.upgrade)
    );
    for (i, h) in fixed.report.hazards() {
        eprintln!(
            "  left at step {}: {}[{}] {}",
            i + 1,
            h.severity.name(),
            h.rule,
            h.message
        );
    }
    match cli.output {
        Output::File => print!("{}", fixed.migration),
        Output::Diff => print!("{}", line_diff::render(&fixed.diff)),
        Output::Write => {
            if let Err(e) = std::fs::write(&cli.migration, &fixed.migration) {
                eprintln!("rehearse fix: {}: cannot write: {e}", cli.migration);
                return ExitCode::from(2);
            }
        }
    }
    if let Some(step) = fixed.report.unsupported() {
        // Not PostgreSQL's verdict: the rewrite could not be simulated to the end.
        let message = step.unsupported.as_ref().map(|u| u.message.as_str());
        eprintln!(
            "rehearse fix: the rewrite, line {}: {}",
            step.line,
            message.unwrap_or("Rehearse cannot simulate this step")
        );
        ExitCode::from(2)
    } else if fixed.report.committed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
