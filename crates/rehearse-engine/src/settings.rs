//! Session settings a script sets: the timeouts a migration sets before DDL, and the
//! preamble `pg_dump` writes at the top of every dump (`SET client_encoding = 'UTF8';`,
//! `SELECT pg_catalog.set_config('search_path', '', false);`, ...).
//!
//! The engine models none of them as state: it never waits for a lock (the analysis
//! notes the timeouts), keeps no roles, and reads names without schemas. A setting is
//! accepted only at a value that leaves what Rehearse shows unchanged — pg_dump's
//! values and the defaults; any other value (`standard_conforming_strings = off`,
//! which changes how strings read) is refused by name, never ignored.
//!
//! `search_path` set to `''` (pg_dump's) is accepted because a dump qualifies every
//! name it writes with its schema; the migration then runs, as on a new connection,
//! with the default path.

use crate::error::PgError;
use sqlparser::ast;

/// How a setting's value is checked.
enum Check {
    /// A duration with time units (`parse_int` with GUC_UNIT_MS): PostgreSQL's errors.
    Milliseconds,
    /// One of these values (lower case) changes nothing Rehearse shows.
    OneOf(&'static [&'static str]),
}

/// The settings a script may set, and the values accepted.
#[rustfmt::skip]
static SETTINGS: &[(&str, Check)] = &[
    ("lock_timeout",                        Check::Milliseconds),
    ("statement_timeout",                   Check::Milliseconds),
    ("idle_in_transaction_session_timeout", Check::Milliseconds),
    ("transaction_timeout",                 Check::Milliseconds),
    ("client_encoding",                     Check::OneOf(&["utf8", "utf-8", "unicode", "default"])),
    ("standard_conforming_strings",         Check::OneOf(&["on", "true", "default"])),
    ("check_function_bodies",               Check::OneOf(&["false", "off", "true", "on", "default"])),
    ("xmloption",                           Check::OneOf(&["content", "document", "default"])),
    ("client_min_messages",                 Check::OneOf(&["debug5", "debug4", "debug3", "debug2", "debug1", "debug", "log", "notice", "warning", "error", "default"])),
    ("row_security",                        Check::OneOf(&["off", "on", "false", "true", "default"])),
    ("default_tablespace",                  Check::OneOf(&["", "default"])),
    ("default_table_access_method",         Check::OneOf(&["heap", "default"])),
    ("search_path",                         Check::OneOf(&["", "public", "\"$user\", public", "$user, public", "default"])),
];

/// Whether `SET name = ...` is one of [`SETTINGS`].
pub fn is_setting(name: &str) -> bool {
    SETTINGS.iter().any(|(n, _)| *n == name)
}

/// The text of a SET value as PostgreSQL reads it (a word, a string, a number).
fn value_text(value: &[ast::Expr]) -> String {
    value
        .iter()
        .map(|v| match v {
            ast::Expr::Value(ast::Value::SingleQuotedString(s)) => s.clone(),
            ast::Expr::Value(ast::Value::Number(n, _)) => n.clone(),
            ast::Expr::Identifier(id) if id.quote_style == Some('"') => format!("\"{}\"", id.value),
            ast::Expr::Identifier(id) => id.value.clone(),
            ast::Expr::UnaryOp {
                op: ast::UnaryOperator::Minus,
                expr,
            } => format!("-{expr}"),
            other => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `SET name = value` for a setting of [`SETTINGS`].
pub fn set(name: &str, value: &[ast::Expr]) -> Result<(), PgError> {
    let text = value_text(value);
    check(name, &text)
}

fn check(name: &str, text: &str) -> Result<(), PgError> {
    match SETTINGS.iter().find(|(n, _)| *n == name).map(|(_, c)| c) {
        Some(Check::Milliseconds) => check_timeout(name, text),
        Some(Check::OneOf(values)) if values.contains(&text.trim().to_lowercase().as_str()) => {
            Ok(())
        }
        _ => Err(PgError::unsupported(format!("SET {name} = '{text}'"))),
    }
}

/// `RESET name` (`None`: `RESET ALL`): back to the default, which is what Rehearse
/// shows anyway; a name Rehearse does not know is refused (it cannot tell a real
/// setting from a misspelt one, which PostgreSQL rejects with 42704).
pub fn reset(name: Option<&str>) -> Result<(), PgError> {
    match name {
        Some(name) if !is_setting(name) => Err(PgError::unsupported(format!("RESET {name}"))),
        _ => Ok(()),
    }
}

/// `SHOW name` / `SHOW ALL`: reads a setting and changes nothing; a name Rehearse does
/// not know is refused, as in [`reset`].
pub fn show(variable: &[ast::Ident]) -> Result<(), PgError> {
    let name = variable
        .iter()
        .map(crate::ident)
        .collect::<Vec<_>>()
        .join(".");
    if name == "all" || is_setting(&name) {
        Ok(())
    } else {
        Err(PgError::unsupported(format!("SHOW {name}")))
    }
}

/// `SELECT [pg_catalog.]set_config('name', 'value', is_local)` alone: the form pg_dump
/// writes for `search_path`. `None` when the statement is not that.
pub fn set_config(query: &ast::Query) -> Option<Result<(), PgError>> {
    let ast::SetExpr::Select(select) = query.body.as_ref() else {
        return None;
    };
    if select.projection.len() != 1 || !select.from.is_empty() || select.selection.is_some() {
        return None;
    }
    let ast::SelectItem::UnnamedExpr(ast::Expr::Function(f)) = &select.projection[0] else {
        return None;
    };
    if f.name.0.last().map(|i| i.value.to_lowercase()).as_deref() != Some("set_config") {
        return None;
    }
    let ast::FunctionArguments::List(list) = &f.args else {
        return None;
    };
    let texts: Vec<String> = list
        .args
        .iter()
        .filter_map(|a| match a {
            ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(ast::Expr::Value(v))) => {
                Some(match v {
                    ast::Value::SingleQuotedString(s) => s.clone(),
                    ast::Value::Boolean(b) => b.to_string(),
                    other => other.to_string(),
                })
            }
            _ => None,
        })
        .collect();
    match texts.as_slice() {
        [name, value, local] if local == "false" && is_setting(name) => Some(check(name, value)),
        _ => Some(Err(PgError::unsupported(format!(
            "the statement `{query}`"
        )))),
    }
}

/// Validates a timeout setting's value as `parse_int` with time units does:
/// a number of milliseconds, optionally with a unit (us, ms, s, min, h, d).
fn check_timeout(name: &str, text: &str) -> Result<(), PgError> {
    if text.eq_ignore_ascii_case("default") {
        return Ok(());
    }
    let invalid = || {
        PgError::new(
            "22023",
            format!("invalid value for parameter \"{name}\": \"{text}\""),
        )
    };
    let trimmed = text.trim();
    let split = trimmed
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .unwrap_or(trimmed.len());
    let (number, unit) = trimmed.split_at(split);
    let number: f64 = number.parse().map_err(|_| invalid())?;
    let factor = match unit.trim() {
        "" | "ms" => 1.0,
        "us" => 0.001,
        "s" => 1000.0,
        "min" => 60_000.0,
        "h" => 3_600_000.0,
        "d" => 86_400_000.0,
        _ => return Err(invalid().hint(
            "Valid units for this parameter are \"us\", \"ms\", \"s\", \"min\", \"h\", and \"d\".",
        )),
    };
    let ms = (number * factor).round();
    if !(0.0..=2_147_483_647.0).contains(&ms) {
        return Err(PgError::new(
            "22023",
            format!("{ms} ms is outside the valid range for parameter \"{name}\" (0 ms .. 2147483647 ms)"),
        ));
    }
    Ok(())
}
