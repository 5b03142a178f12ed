//! `rehearse run`: one migration on the sample data, reported step by step.

use crate::input::{now, Parsed};
use rehearse_core::production::{self, TableSize};
use rehearse_core::{assume, run, Assumption, InputError, MigrationKind, Scenario, Source};
use std::process::ExitCode;

const USAGE: &str = "usage: rehearse run --setup <setup.sql> <migration.py|migration.sql> [--format text|json] [--downgrade] [--old-code FILE] [--sql|--alembic] [--assume CONDITION=true|false ...] [--rows TABLE=N[:WIDTH] ...] [--stats FILE]

Runs the migration on the tables and rows that setup.sql creates, in one transaction
as Alembic does on PostgreSQL, and reports each step.

  --setup FILE     SQL that creates the sample tables and rows (required)
  --format FORMAT  text (default) or json
  --downgrade      after a committed upgrade, run downgrade() too, and check that
                   schema and data come back (the round trip)
  --old-code FILE  queries the deployed application runs; re-run after each step
  --drift FILE     SQL changed by hand on this environment after the setup; the
                   migration also runs on a fresh one and the schemas are compared
  --sql, --alembic treat the migration as SQL / as Alembic (default: by extension)
  --assume CONDITION=true|false
                   state what a condition Rehearse cannot evaluate is (an `if` on
                   your project's own helper, e.g. --assume 'has_table(op)=false');
                   the report says which assumptions its answer rests on.
                   Repeatable; CONDITION is the condition's source text
                   (whitespace between tokens does not matter)
  --rows TABLE=N[:WIDTH]
                   the table's size in production: N rows (`_` or `,` may group
                   digits), WIDTH average heap bytes per row; each step then shows
                   its estimated lock hold time on native PostgreSQL. Repeatable
  --stats FILE     production sizes from the output of this query (psql's aligned,
                   -A or --csv output; a later --rows wins):
                     SELECT c.relname, c.reltuples::bigint AS reltuples,
                            pg_relation_size(c.oid) AS heap_bytes,
                            pg_total_relation_size(c.oid) AS total_bytes
                       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                      WHERE c.relkind IN ('r', 'p')
                        AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                      ORDER BY 1;

Exit status: 0 committed, 1 rolled back, 2 unreadable input, a step Rehearse cannot
simulate, or usage error.";

struct Cli {
    setup: String,
    migration: String,
    json: bool,
    downgrade: bool,
    kind: MigrationKind,
    old_code: Option<String>,
    drift: Option<String>,
    assumptions: Vec<Assumption>,
    rows: Vec<TableSize>,
    stats: Option<String>,
}

/// `args` are those after `run`.
fn parse_args(args: &[String]) -> Result<Parsed<Cli>, String> {
    let mut it = args.iter();
    let (mut setup, mut migration, mut json, mut downgrade, mut kind) =
        (None, None, false, false, None);
    let mut old_code = None;
    let mut drift = None;
    let mut assumptions = Vec::new();
    let mut rows = Vec::new();
    let mut stats = None;
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--setup" => setup = Some(it.next().ok_or("--setup needs a file")?.clone()),
            "--format" => {
                json = match it.next().map(String::as_str) {
                    Some("json") => true,
                    Some("text") => false,
                    other => {
                        return Err(format!(
                            "--format must be text or json, not {}",
                            other.unwrap_or("nothing")
                        ))
                    }
                }
            }
            "--downgrade" => downgrade = true,
            "--old-code" => old_code = Some(it.next().ok_or("--old-code needs a file")?.clone()),
            "--drift" => drift = Some(it.next().ok_or("--drift needs a file")?.clone()),
            "--assume" => assume::add(&mut assumptions, crate::input::assumption(it.next())?),
            "--rows" => {
                let arg = it.next().ok_or("--rows needs TABLE=N or TABLE=N:WIDTH")?;
                rows.push(production::parse_rows_arg(arg).map_err(|e| {
                    format!("--rows {arg}: at column {}: {}", e.span.column, e.message)
                })?);
            }
            "--stats" => stats = Some(it.next().ok_or("--stats needs a file")?.clone()),
            "--sql" => kind = Some(MigrationKind::Sql),
            "--alembic" => kind = Some(MigrationKind::Alembic),
            "-h" | "--help" => return Ok(Parsed::Help),
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            file if migration.is_none() => migration = Some(file.to_string()),
            extra => return Err(format!("unexpected argument `{extra}`")),
        }
    }
    let migration = migration.ok_or("missing the migration file")?;
    let kind = crate::input::migration_kind(&migration, kind);
    Ok(Parsed::Run(Cli {
        setup: setup.ok_or("missing --setup <setup.sql>")?,
        migration,
        json,
        downgrade,
        kind,
        old_code,
        drift,
        assumptions,
        rows,
        stats,
    }))
}

fn located(e: &InputError, cli: &Cli) -> String {
    let path = match e.source {
        Source::Setup => &cli.setup,
        Source::OldCode => cli.old_code.as_ref().unwrap_or(&cli.migration),
        Source::Drift => cli.drift.as_ref().unwrap_or(&cli.migration),
        _ => &cli.migration,
    };
    format!("{path}:{}:{}: {}", e.span.line, e.span.column, e.message)
}

/// Runs `rehearse run` with the arguments after `run`.
pub fn main(args: &[String]) -> ExitCode {
    let cli = match crate::input::parsed(parse_args(args), USAGE, "rehearse") {
        Ok(parsed) => parsed,
        Err(exit) => return exit,
    };
    let files = crate::input::Files {
        setup: &cli.setup,
        migration: &cli.migration,
        kind: cli.kind,
        old_code: cli.old_code.as_deref(),
        drift: cli.drift.as_deref(),
    };
    let mut sizes = match &cli.stats {
        Some(path) => match std::fs::read_to_string(path)
            .map_err(|e| format!("{}: {e}", crate::escape::line(path)))
            .and_then(|text| {
                production::parse_stats(&text).map_err(|e| {
                    let path = crate::escape::line(path);
                    format!("{path}:{}:{}: {}", e.span.line, e.span.column, e.message)
                })
            }) {
            Ok(sizes) => sizes,
            Err(e) => {
                eprintln!("rehearse: {e}");
                return ExitCode::from(2);
            }
        },
        None => Vec::new(),
    };
    sizes.extend(cli.rows.iter().cloned());
    let scenario = match files.scenario() {
        Ok(scenario) => Scenario {
            check_downgrade: cli.downgrade,
            assumptions: cli.assumptions.clone(),
            production: sizes,
            ..scenario
        },
        Err(e) => {
            eprintln!("rehearse: {e}");
            return ExitCode::from(2);
        }
    };
    match run(&scenario, now()) {
        Ok(report) => {
            if cli.json {
                // Written as it is serialized: a 100k-row report's text is larger than
                // the report itself, and building it whole first doubled the peak.
                if let Err(e) = crate::output::write_json(&report) {
                    eprintln!("rehearse: cannot write JSON: {e}");
                    return ExitCode::from(2);
                }
            } else {
                print!("{}", rehearse_core::text::render(&report));
            }
            let code = if let Some(step) = report.unsupported() {
                // Not PostgreSQL's answer: located like an input error, exit status 2.
                let message = step.unsupported.as_ref().map(|u| u.message.as_str());
                eprintln!(
                    "{}:{}:{}: {}",
                    crate::escape::line(&cli.migration),
                    step.line,
                    step.column,
                    message.unwrap_or("Rehearse cannot simulate this step")
                );
                ExitCode::from(2)
            } else if report.committed() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            };
            // The process ends here: freeing a big report cell by cell would only
            // delay the exit (the system takes the memory back at once).
            std::mem::forget(report);
            code
        }
        Err(e) => {
            eprintln!("rehearse: {}", located(&e, &cli));
            if let Some(hint) = crate::input::assume_hint(&e) {
                eprintln!("{hint}");
            }
            ExitCode::from(2)
        }
    }
}
