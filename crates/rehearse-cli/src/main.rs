//! `rehearse`: run migrations against sample data and report what PostgreSQL does.
//!
//! ```text
//! rehearse run --setup setup.sql migration.py [--format text|json] [--downgrade]
//! rehearse check versions/ --setup setup.sql [--format text|json|github|sarif] [--fail-on LEVEL]
//! rehearse fix --setup setup.sql migration.py [--diff | --write]
//! rehearse autogenerate --setup setup.sql model.py [-m MESSAGE] [-o FILE]
//! ```
//!
//! `run` takes one migration ([`run_cmd`]); `check` orders an Alembic `versions/`
//! directory by its revision chain (`rehearse_core::alembic::chain`), runs it on one
//! database and lists the hazards ([`check`], printed by [`output`]). Every file is
//! read through [`files`] (size-capped; from a folder, only regular files inside it);
//! `check` prints user text through [`escape`] (control characters escaped, so no
//! output line can be forged).
//! Exit codes: 0 success, 1 the migration rolled back (or `check` found hazards at or
//! above `--fail-on`), 2 unreadable input, a step Rehearse cannot simulate, a usage
//! error (the message names file, line and column) or the memory cap ([`memory`]).

mod autogen_cmd;
mod check;
mod escape;
mod files;
mod fix_cmd;
mod input;
mod memory;
mod output;
mod rows_json;
mod run_cmd;

use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: memory::Capped = memory::Capped;

const USAGE: &str = "usage: rehearse <command> [options]

Commands:
  run    run one migration (Alembic revision or SQL) on sample data, step by step
  check  run every revision of an Alembic versions/ directory in chain order and
         report the hazards (text, json, GitHub annotations or SARIF)
  fix    print the safe rewrite of a migration (what Make it safe applies in the playground)
  autogenerate
         print the revision `alembic revision --autogenerate` would write for a
         SQLAlchemy model file against the sample database

`rehearse <command> --help` lists a command's options.";

fn main() -> ExitCode {
    if let Err(e) = memory::enable() {
        eprintln!("rehearse: {e}");
        return ExitCode::from(2);
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("run") => run_cmd::main(&args[1..]),
        Some("check") => check::main(&args[1..]),
        Some("fix") => fix_cmd::main(&args[1..]),
        Some("autogenerate") => autogen_cmd::main(&args[1..]),
        Some("-h" | "--help") | None => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("rehearse: unknown command `{other}`\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
