//! What the commands share besides reading files ([`crate::files`]): the clock (the core
//! takes time as an input), a migration file's kind, the scenario read from files,
//! `--assume` (read, and offered when a refusal names a condition), and argument-parsing
//! exits.

use crate::files::read;
use rehearse_core::{Assumption, InputError, MigrationKind, Scenario};

/// The current time, for `now()` in the migration.
pub fn now() -> chrono::NaiveDateTime {
    let micros = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_micros() as i64);
    chrono::DateTime::from_timestamp_micros(micros)
        .map(|d| d.naive_utc())
        .unwrap_or_default()
}

/// How to read a migration file: as asked (`--sql` / `--alembic`), else by extension.
pub fn migration_kind(path: &str, asked: Option<MigrationKind>) -> MigrationKind {
    asked.unwrap_or(if path.ends_with(".sql") {
        MigrationKind::Sql
    } else if path.ends_with(".py") {
        MigrationKind::Alembic
    } else {
        MigrationKind::Auto
    })
}

/// The assumption an `--assume` argument states (`CONDITION=true|false`).
pub fn assumption(arg: Option<&String>) -> Result<Assumption, String> {
    let arg = arg.ok_or("--assume needs CONDITION=true or CONDITION=false")?;
    Assumption::parse(arg).map_err(|e| format!("--assume: {e}"))
}

/// A word as a POSIX shell reads it back: single-quoted, each `'` written `'\''`.
fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

/// For a refusal at a condition Rehearse cannot evaluate: the lines that offer the
/// exact `--assume` flags that would let the run go on.
pub fn assume_hint(e: &InputError) -> Option<String> {
    let condition = e.condition.as_ref()?;
    let flag = |value| shell_quote(&Assumption::new(&condition.text, value).flag());
    Some(format!(
        "rehearse: if you know what it returns, state it and run again with\n  --assume {}\nor\n  --assume {}",
        flag(true),
        flag(false)
    ))
}

/// What a command's arguments ask for.
#[derive(Debug, PartialEq, Eq)]
pub enum Parsed<T> {
    /// `-h` / `--help`: the usage text.
    Help,
    /// Run the command with these arguments.
    Run(T),
}

/// The files a scenario is read from (paths as given on the command line).
pub struct Files<'a> {
    /// The setup script.
    pub setup: &'a str,
    /// The migration.
    pub migration: &'a str,
    /// How to read the migration.
    pub kind: MigrationKind,
    /// The deployed code's queries, if given.
    pub old_code: Option<&'a str>,
    /// The hand change (drift), if given.
    pub drift: Option<&'a str>,
}

impl Files<'_> {
    /// The scenario these files hold (the downgrade not checked); `Err` names the file
    /// that could not be read.
    pub fn scenario(&self) -> Result<Scenario, String> {
        let optional =
            |path: Option<&str>| path.map(read).transpose().map(Option::unwrap_or_default);
        Ok(Scenario {
            setup: read(self.setup)?,
            migration: read(self.migration)?,
            kind: self.kind,
            old_code: optional(self.old_code)?,
            drift: optional(self.drift)?,
            ..Scenario::default()
        })
    }
}

/// A command's parsed arguments, or the exit: [`Parsed::Help`] prints the usage text
/// (exit 0); an `Err` message is a usage error (exit 2).
pub fn parsed<T>(
    result: Result<Parsed<T>, String>,
    usage: &str,
    command: &str,
) -> Result<T, std::process::ExitCode> {
    match result {
        Ok(Parsed::Run(value)) => Ok(value),
        Ok(Parsed::Help) => {
            println!("{usage}");
            Err(std::process::ExitCode::SUCCESS)
        }
        Err(message) => {
            eprintln!("{command}: {message}\n\n{usage}");
            Err(std::process::ExitCode::from(2))
        }
    }
}
