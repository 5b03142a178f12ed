//! The two kinds of failure the core reports, both plain values.
//!
//! * [`InputError`]: the input cannot be read as a migration (Python syntax error, an `op`
//!   call the playground does not run, unparsable SQL). It names a file, line and column;
//!   the CLI maps it to exit code 2.
//! * [`PgError`]: PostgreSQL rejected a statement. SQLSTATE, message, detail and hint are
//!   worded exactly as PostgreSQL 18 words them — that wording is the product's promise,
//!   and every constructor here was checked against PGlite.
//! * [`Unsupported`]: a construct PostgreSQL has and Rehearse does not simulate. It is
//!   not a PostgreSQL outcome: the run stops there with an `unsupported` verdict, never a
//!   rollback. Inside the engine it travels in a [`PgError`] (so every engine path can
//!   return it) with [`PgError::unsupported`] set; the run turns it back into its own
//!   answer at the statement boundary, and only the JavaScript database API (which must
//!   answer as a client library does) shows it as a `0A000` error.

use crate::span::Span;
use serde::{Deserialize, Serialize};

/// Which input text an [`InputError`] is in. Serialized (and displayed) as the name
/// the front ends show: `"setup"`, `"migration"`, `"drift"`, `"old code"`, `"model"`,
/// `"query"`; the CLI substitutes the file's path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Source {
    /// The setup script (tables and sample rows).
    #[serde(rename = "setup")]
    Setup,
    /// The migration (Alembic revision or SQL).
    #[serde(rename = "migration")]
    Migration,
    /// The hand change made to the database outside the history (drift comparison).
    #[serde(rename = "drift")]
    Drift,
    /// The deployed code's queries.
    #[serde(rename = "old code")]
    OldCode,
    /// The SQLAlchemy model file (autogenerate).
    #[serde(rename = "model")]
    Model,
    /// A query sent to the JavaScript database API.
    #[serde(rename = "query")]
    Query,
}

impl Source {
    /// The name shown for it (the serialized text).
    pub fn name(self) -> &'static str {
        match self {
            Source::Setup => "setup",
            Source::Migration => "migration",
            Source::Drift => "drift",
            Source::OldCode => "old code",
            Source::Model => "model",
            Source::Query => "query",
        }
    }
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The input could not be turned into steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputError {
    /// Which input (the CLI substitutes the path).
    pub source: Source,
    /// Where the problem starts.
    pub span: Span,
    /// What is wrong, for a person.
    pub message: String,
    /// When the front end stopped at a condition it cannot decide: that condition. The
    /// user can state its value (an assumption, `rehearse_core::assume`) and run on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<OpenCondition>,
}

/// A condition of a migration (an `if`, `elif`, `while` or ternary test, a `not`,
/// `and` or `or` operand) whose truth depends on code outside the file (a project's
/// helper, `__name__`): Rehearse cannot know it, the user can state it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenCondition {
    /// The condition's source text, whitespace-normalised: what an assumption names.
    pub text: String,
    /// Where it starts.
    pub span: Span,
}

impl InputError {
    /// An error in `source` at `span`.
    pub fn new(source: Source, span: Span, message: impl Into<String>) -> Self {
        InputError {
            source,
            span,
            message: message.into(),
            condition: None,
        }
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.source, self.span, self.message)
    }
}

impl std::error::Error for InputError {}

/// An error as PostgreSQL raises it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PgError {
    /// Five-character SQLSTATE code.
    pub sqlstate: String,
    /// The primary message.
    pub message: String,
    /// `DETAIL:` line, if PostgreSQL gives one.
    pub detail: Option<String>,
    /// `HINT:` line, if PostgreSQL gives one.
    pub hint: Option<String>,
    /// Set when this is not PostgreSQL's error but Rehearse's refusal (see the module
    /// doc); never serialized as an error.
    #[serde(skip)]
    pub unsupported: Option<Unsupported>,
}

/// A construct Rehearse cannot simulate: what PostgreSQL would do is unknown here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unsupported {
    /// The construct, e.g. `the function format(text, integer)`.
    pub construct: String,
    /// The sentence shown: `Rehearse cannot simulate ... yet`.
    pub message: String,
}

impl std::fmt::Display for PgError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(unsupported) = &self.unsupported {
            // Not PostgreSQL's error: no ERROR/SQLSTATE dressing.
            return f.write_str(&unsupported.message);
        }
        write!(f, "ERROR:  {} (SQLSTATE {})", self.message, self.sqlstate)?;
        if let Some(detail) = &self.detail {
            write!(f, "\nDETAIL:  {detail}")?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\nHINT:  {hint}")?;
        }
        Ok(())
    }
}

impl PgError {
    /// An error with only a code and message.
    pub fn new(sqlstate: &str, message: impl Into<String>) -> Self {
        PgError {
            sqlstate: sqlstate.to_string(),
            message: message.into(),
            detail: None,
            hint: None,
            unsupported: None,
        }
    }

    /// Adds a `DETAIL:` line.
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// Adds a `HINT:` line.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// A statement Rehearse recognises but cannot simulate. Not a PostgreSQL error: the
    /// message says so, and the code is PostgreSQL's "feature not supported".
    pub fn unsupported(what: impl std::fmt::Display) -> Self {
        let construct = what.to_string();
        let message = format!("Rehearse cannot simulate {construct} yet");
        PgError {
            unsupported: Some(Unsupported {
                construct,
                message: message.clone(),
            }),
            ..PgError::new("0A000", message)
        }
    }

    /// 42601: the grammar's error for a word where it cannot stand (a reserved keyword
    /// as a column name, a length too big for an int4 constant).
    pub fn syntax_error(near: &str) -> Self {
        PgError::new("42601", format!("syntax error at or near \"{near}\""))
    }

    /// 42P01
    pub fn undefined_table(name: &str) -> Self {
        PgError::new("42P01", format!("relation \"{name}\" does not exist"))
    }

    /// 42P07
    pub fn duplicate_table(name: &str) -> Self {
        PgError::new("42P07", format!("relation \"{name}\" already exists"))
    }

    /// 42703 for DDL naming a column of a relation.
    pub fn undefined_column_of(column: &str, table: &str) -> Self {
        PgError::new(
            "42703",
            format!("column \"{column}\" of relation \"{table}\" does not exist"),
        )
    }

    /// 42703 for a column reference in an expression.
    pub fn undefined_column(column: &str) -> Self {
        PgError::new("42703", format!("column \"{column}\" does not exist"))
    }

    /// 42701
    pub fn duplicate_column(column: &str, table: &str) -> Self {
        PgError::new(
            "42701",
            format!("column \"{column}\" of relation \"{table}\" already exists"),
        )
    }

    /// 42704 for types.
    pub fn undefined_type(name: &str) -> Self {
        PgError::new("42704", format!("type \"{name}\" does not exist"))
    }

    /// 22P02
    pub fn invalid_input(type_name: &str, input: &str) -> Self {
        PgError::new(
            "22P02",
            format!("invalid input syntax for type {type_name}: \"{input}\""),
        )
    }

    /// 22003 for integer types ("integer out of range").
    pub fn out_of_range(type_name: &str) -> Self {
        PgError::new("22003", format!("{type_name} out of range"))
    }

    /// 22012
    pub fn division_by_zero() -> Self {
        PgError::new("22012", "division by zero")
    }

    /// 42883 for a binary operator with no match.
    pub fn undefined_operator(left: &str, op: &str, right: &str) -> Self {
        PgError::new("42883", format!("operator does not exist: {left} {op} {right}")).hint(
            "No operator matches the given name and argument types. You might need to add explicit type casts.",
        )
    }

    /// 42883 for a function with no match.
    pub fn undefined_function(name: &str, arg_types: &[String]) -> Self {
        PgError::new("42883", format!("function {name}({}) does not exist", arg_types.join(", "))).hint(
            "No function matches the given name and argument types. You might need to add explicit type casts.",
        )
    }

    /// 54000 from `repeat` (and other builders that check a result's size first).
    pub fn requested_length_too_large() -> Self {
        PgError::new("54000", "requested length too large")
    }

    /// XX000 from `palloc`: a value over `MaxAllocSize` (1 GB − 1), `request` counting
    /// the 4-byte header.
    pub fn invalid_alloc_request(request: u64) -> Self {
        PgError::new(
            "XX000",
            format!("invalid memory alloc request size {request}"),
        )
    }

    /// 22023 for `char(0)`/`varchar(0)`.
    pub fn type_length_too_small(type_name: &str) -> Self {
        PgError::new(
            "22023",
            format!("length for type {type_name} must be at least 1"),
        )
    }

    /// 22023 for a `char`/`varchar` length over `MaxAttrSize`.
    pub fn type_length_too_large(type_name: &str, max: u64) -> Self {
        PgError::new(
            "22023",
            format!("length for type {type_name} cannot exceed {max}"),
        )
    }

    /// 0A000 for a value PostgreSQL would build but the playground does not hold (see
    /// `engine::limits`). Not a PostgreSQL error: the message says so.
    pub fn value_too_large_to_simulate(bytes: u64, max_mb: u64) -> Self {
        // Rehearse's limit, not PostgreSQL's: an unsupported answer, never a rollback.
        PgError::unsupported(format!(
            "a value of {bytes} bytes (the playground holds values up to {max_mb} MB; PostgreSQL: 1 GB)"
        ))
    }

    /// 54001, `check_stack_depth`'s error, with the hint for PostgreSQL's default
    /// `max_stack_depth` of 2 MB (postgres.c; PGlite cannot show it, its own stack
    /// gives out first).
    pub fn stack_depth_limit_exceeded() -> Self {
        PgError::new("54001", "stack depth limit exceeded").hint(
            "Increase the configuration parameter \"max_stack_depth\" (currently 2048kB), after ensuring the platform's stack depth limit is adequate.",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_serializes_as_the_name_it_displays() {
        for source in [
            Source::Setup,
            Source::Migration,
            Source::Drift,
            Source::OldCode,
            Source::Model,
            Source::Query,
        ] {
            let json = serde_json::to_string(&source).expect("serializes");
            assert_eq!(json, format!("\"{source}\""));
            let back: Source = serde_json::from_str(&json).expect("reads back");
            assert_eq!(back, source);
        }
        let e = InputError::new(Source::OldCode, Span::new(3, 7), "x");
        assert_eq!(e.to_string(), "old code:3:7: x");
    }
}
