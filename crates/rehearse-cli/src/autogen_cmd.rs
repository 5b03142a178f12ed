//! `rehearse autogenerate`: the revision `alembic revision --autogenerate` would write
//! for a model file against the database a setup script builds (printed, or written to
//! a file), or with `--model-from-database`, a model describing that database.

use crate::files::read;
use crate::input::{now, Parsed};
use rehearse_core::Source;
use std::process::ExitCode;

const USAGE: &str = "usage: rehearse autogenerate --setup <setup.sql> <model.py> [--drift FILE] [-m MESSAGE] [-o FILE]
       rehearse autogenerate --setup <setup.sql> --model-from-database [--drift FILE]

Compares the SQLAlchemy models in model.py with the database setup.sql builds, the way
Alembic's autogenerate does, and prints the revision file it would write (same op.*
calls, order and arguments; a renamed attribute comes out as drop_column + add_column).

  --setup FILE            SQL that creates the current database (required)
  --drift FILE            SQL changed by hand on this environment after the setup
  -m, --message TEXT      the revision message (default: \"update model\")
  -o, --output FILE       write the revision there instead of printing it
  --model-from-database   print a model describing the database instead

Exit status: 0 written, 2 unreadable input or usage error.";

struct Cli {
    setup: String,
    model: Option<String>,
    drift: Option<String>,
    message: String,
    output: Option<String>,
    from_database: bool,
}

fn parse_args(args: &[String]) -> Result<Parsed<Cli>, String> {
    let mut it = args.iter();
    let mut cli = Cli {
        setup: String::new(),
        model: None,
        drift: None,
        message: "update model".into(),
        output: None,
        from_database: false,
    };
    let mut setup = None;
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--setup" => setup = Some(it.next().ok_or("--setup needs a file")?.clone()),
            "--drift" => cli.drift = Some(it.next().ok_or("--drift needs a file")?.clone()),
            "-m" | "--message" => cli.message = it.next().ok_or("--message needs a text")?.clone(),
            "-o" | "--output" => {
                cli.output = Some(it.next().ok_or("--output needs a file")?.clone())
            }
            "--model-from-database" => cli.from_database = true,
            "-h" | "--help" => return Ok(Parsed::Help),
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            file if cli.model.is_none() => cli.model = Some(file.to_string()),
            extra => return Err(format!("unexpected argument `{extra}`")),
        }
    }
    cli.setup = setup.ok_or("missing --setup <setup.sql>")?;
    if cli.model.is_none() && !cli.from_database {
        return Err("missing the model file (or --model-from-database)".into());
    }
    Ok(Parsed::Run(cli))
}

/// Runs `rehearse autogenerate` with the arguments after `autogenerate`.
pub fn main(args: &[String]) -> ExitCode {
    let cli = match crate::input::parsed(parse_args(args), USAGE, "rehearse") {
        Ok(parsed) => parsed,
        Err(exit) => return exit,
    };
    let fail = |e: String| {
        eprintln!("rehearse: {e}");
        ExitCode::from(2)
    };
    let setup = match read(&cli.setup) {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    let drift = match cli.drift.as_deref().map(read).transpose() {
        Ok(d) => d.unwrap_or_default(),
        Err(e) => return fail(e),
    };
    let now = now();
    let text = if cli.from_database {
        match rehearse_core::autogen::model_for(&setup, &drift, now) {
            Ok(m) => m,
            Err(e) => return fail(format!("the database cannot be written as a model: {e}")),
        }
    } else {
        let path = cli.model.clone().unwrap_or_default();
        let model = match read(&path) {
            Ok(m) => m,
            Err(e) => return fail(e),
        };
        match rehearse_core::autogen::generate_against(&setup, &drift, &model, now) {
            Ok(g) => {
                let created = now.format("%Y-%m-%d %H:%M:%S%.6f").to_string();
                g.revision_file(
                    &cli.message,
                    &rehearse_core::autogen::revision_id(&model),
                    &created,
                )
            }
            Err(e) => {
                let file = match e.source {
                    Source::Setup => cli.setup.clone(),
                    Source::Drift => cli.drift.clone().unwrap_or_default(),
                    _ => path,
                };
                return fail(format!(
                    "{file}:{}:{}: {}",
                    e.span.line, e.span.column, e.message
                ));
            }
        }
    };
    match &cli.output {
        Some(out) => match std::fs::write(out, &text) {
            Ok(()) => {
                eprintln!("wrote {out}");
                ExitCode::SUCCESS
            }
            Err(e) => fail(format!("{out}: cannot write: {e}")),
        },
        None => {
            print!("{text}");
            ExitCode::SUCCESS
        }
    }
}
