//! Running processes: the repository root, step headers, and commands whose failure
//! becomes the one-line message `main` prints.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root (two levels above this crate).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap_or_else(|_| PathBuf::from("."))
}

/// Prints a step's header.
pub fn header(title: &str) {
    println!("\n==> {title}");
}

/// Runs a command in the repository root; `Err` carries a message for the user.
pub fn run(program: &str, args: &[&str]) -> Result<(), String> {
    run_in(&root(), program, args)
}

/// [`run`] in another directory.
pub fn run_in(dir: &Path, program: &str, args: &[&str]) -> Result<(), String> {
    check(
        Command::new(program).args(args).current_dir(dir),
        &format!("`{program}`"),
        &format!("{program} {}", args.join(" ")),
    )
}

/// Runs `command` with the terminal as its output. `name` is how the message calls it
/// when it cannot start, `line` when it fails.
pub fn check(command: &mut Command, name: &str, line: &str) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|e| format!("cannot start {name}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{line}` failed ({status})"))
    }
}

/// Runs `command` to its end, capturing its output whether it succeeds or not; `Err`
/// only when it cannot start (`name` as in [`check`]).
pub fn capture(command: &mut Command, name: &str) -> Result<Output, String> {
    command
        .output()
        .map_err(|e| format!("cannot start {name}: {e}"))
}

/// A command's standard output, or `None` when it cannot start or fails.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).to_string())
}
