//! What the commands share besides reading files ([`crate::files`]): the clock (the core
//! takes time as an input), a migration file's kind, and argument-parsing exits.

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
pub fn migration_kind(
    path: &str,
    asked: Option<rehearse_core::MigrationKind>,
) -> rehearse_core::MigrationKind {
    use rehearse_core::MigrationKind;
    asked.unwrap_or(if path.ends_with(".sql") {
        MigrationKind::Sql
    } else if path.ends_with(".py") {
        MigrationKind::Alembic
    } else {
        MigrationKind::Auto
    })
}

/// What a command's arguments ask for.
#[derive(Debug, PartialEq, Eq)]
pub enum Parsed<T> {
    /// `-h` / `--help`: the usage text.
    Help,
    /// Run the command with these arguments.
    Run(T),
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
