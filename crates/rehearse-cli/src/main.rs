//! `rehearse`: run a migration against sample data and report what PostgreSQL does.
//!
//! ```text
//! rehearse run --setup setup.sql migration.py [--format text|json] [--downgrade]
//! ```
//!
//! Exit codes: 0 the migration committed, 1 it failed and was rolled back, 2 unreadable
//! input or a usage error (the message names file, line and column).

use rehearse_core::{run, InputError, MigrationKind, RunOptions};
use std::process::ExitCode;

const USAGE: &str = "usage: rehearse run --setup <setup.sql> <migration.py|migration.sql> [--format text|json] [--downgrade] [--sql|--alembic]

Runs the migration on the tables and rows that setup.sql creates, in one transaction
as Alembic does on PostgreSQL, and reports each step.

  --setup FILE     SQL that creates the sample tables and rows (required)
  --format FORMAT  text (default) or json
  --downgrade      after a committed upgrade, run downgrade() too
  --sql, --alembic treat the migration as SQL / as Alembic (default: by extension)

Exit status: 0 committed, 1 rolled back, 2 unreadable input or usage error.";

struct Cli {
    setup: String,
    migration: String,
    json: bool,
    downgrade: bool,
    kind: MigrationKind,
}

fn parse_args(args: &[String]) -> Result<Cli, String> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("run") => {}
        Some("-h" | "--help") | None => return Err(String::new()),
        Some(other) => return Err(format!("unknown command `{other}`")),
    }
    let (mut setup, mut migration, mut json, mut downgrade, mut kind) =
        (None, None, false, false, None);
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
            "--sql" => kind = Some(MigrationKind::Sql),
            "--alembic" => kind = Some(MigrationKind::Alembic),
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            file if migration.is_none() => migration = Some(file.to_string()),
            extra => return Err(format!("unexpected argument `{extra}`")),
        }
    }
    let migration = migration.ok_or("missing the migration file")?;
    let kind = kind.unwrap_or(if migration.ends_with(".sql") {
        MigrationKind::Sql
    } else if migration.ends_with(".py") {
        MigrationKind::Alembic
    } else {
        MigrationKind::Auto
    });
    Ok(Cli {
        setup: setup.ok_or("missing --setup <setup.sql>")?,
        migration,
        json,
        downgrade,
        kind,
    })
}

fn read(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        let prefix = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let text = String::from_utf8_lossy(prefix);
        let line = text.matches('\n').count() + 1;
        let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        format!("{path}:{line}:{column}: not valid UTF-8 text")
    })
}

fn now() -> chrono::NaiveDateTime {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_micros() as i64);
    chrono::DateTime::from_timestamp_micros(secs)
        .map(|d| d.naive_utc())
        .unwrap_or_default()
}

fn located(e: &InputError, cli: &Cli) -> String {
    let path = if e.source == "setup" {
        &cli.setup
    } else {
        &cli.migration
    };
    format!("{path}:{}:{}: {}", e.span.line, e.span.column, e.message)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cli = match parse_args(&args) {
        Ok(cli) => cli,
        Err(message) => {
            if message.is_empty() {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("rehearse: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let (setup, migration) = match (read(&cli.setup), read(&cli.migration)) {
        (Ok(s), Ok(m)) => (s, m),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("rehearse: {e}");
            return ExitCode::from(2);
        }
    };
    let options = RunOptions {
        downgrade: cli.downgrade,
        now: now(),
    };
    match run(&setup, &migration, cli.kind, &options) {
        Ok(report) => {
            if cli.json {
                match serde_json::to_string_pretty(&report) {
                    Ok(json) => println!("{json}"),
                    Err(e) => {
                        eprintln!("rehearse: cannot write JSON: {e}");
                        return ExitCode::from(2);
                    }
                }
            } else {
                print!("{}", rehearse_core::text::render(&report));
            }
            if report.committed() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => {
            eprintln!("rehearse: {}", located(&e, &cli));
            ExitCode::from(2)
        }
    }
}
