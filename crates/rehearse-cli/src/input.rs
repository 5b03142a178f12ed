//! Reading input files and the clock: the I/O the core leaves to its callers.

/// The text of `path`; errors name the file (and, for bad UTF-8, line and column).
pub fn read(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        let prefix = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let text = String::from_utf8_lossy(prefix);
        let line = text.matches('\n').count() + 1;
        let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        format!("{path}:{line}:{column}: not valid UTF-8 text")
    })
}

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

/// A command's parsed arguments, or the exit: `Err("")` from a parser asks for the
/// usage text (exit 0); any other message is a usage error (exit 2).
pub fn parsed<T>(
    result: Result<T, String>,
    usage: &str,
    command: &str,
) -> Result<T, std::process::ExitCode> {
    match result {
        Ok(value) => Ok(value),
        Err(message) if message.is_empty() => {
            println!("{usage}");
            Err(std::process::ExitCode::SUCCESS)
        }
        Err(message) => {
            eprintln!("{command}: {message}\n\n{usage}");
            Err(std::process::ExitCode::from(2))
        }
    }
}
