//! The catalog entries of user-defined functions and triggers (`pg_proc`,
//! `pg_trigger`) and the PL/pgSQL tree a function keeps: plain data, which the
//! catalog holds and `routines` creates, runs and fires.

pub mod plpgsql_tree;

use crate::types::SqlType;
use sqlparser::ast;
use std::rc::Rc;

/// The language a function is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    /// LANGUAGE sql.
    Sql,
    /// LANGUAGE plpgsql.
    PlPgSql,
}

/// What a function returns.
#[derive(Debug, Clone, PartialEq)]
pub enum Returns {
    /// A value of a type.
    Type(SqlType),
    /// `RETURNS trigger`.
    Trigger,
    /// `RETURNS void`.
    Void,
}

/// A function's body, parsed when it was created.
#[derive(Debug, Clone)]
pub enum Body {
    /// A LANGUAGE sql body: one expression (`SELECT expr` or `RETURN expr`).
    Sql(ast::Expr),
    /// A PL/pgSQL block.
    PlPgSql(Rc<plpgsql_tree::Block>),
}

/// IMMUTABLE, STABLE or VOLATILE.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Volatility {
    /// IMMUTABLE.
    Immutable,
    /// STABLE.
    Stable,
    /// VOLATILE (the default).
    Volatile,
}

/// A user-defined function (`pg_proc`).
#[derive(Debug, Clone)]
pub struct Function {
    /// Name (unqualified).
    pub name: String,
    /// Arguments: name (if given) and type.
    pub args: Vec<(Option<String>, SqlType)>,
    /// The result.
    pub returns: Returns,
    /// The language.
    pub language: Language,
    /// The body.
    pub body: Body,
    /// Volatility.
    pub volatility: Volatility,
    /// STRICT (RETURNS NULL ON NULL INPUT): a call with a NULL argument returns NULL
    /// without running the body.
    pub strict: bool,
}

impl Function {
    /// The signature as PostgreSQL prints it in messages: `name(type, ...)`.
    pub fn signature(&self) -> String {
        let types: Vec<String> = self.args.iter().map(|(_, t)| t.format()).collect();
        format!("{}({})", self.name, types.join(", "))
    }
}

/// BEFORE or AFTER.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    /// BEFORE.
    Before,
    /// AFTER.
    After,
}

impl Timing {
    /// As `TG_WHEN` and `information_schema.triggers` spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Timing::Before => "BEFORE",
            Timing::After => "AFTER",
        }
    }
}

/// The row events a trigger fires on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerEvent {
    /// INSERT (and COPY).
    Insert,
    /// UPDATE.
    Update,
    /// DELETE.
    Delete,
}

impl TriggerEvent {
    /// As `TG_OP` spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            TriggerEvent::Insert => "INSERT",
            TriggerEvent::Update => "UPDATE",
            TriggerEvent::Delete => "DELETE",
        }
    }
}

/// FOR EACH ROW or FOR EACH STATEMENT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerLevel {
    /// FOR EACH ROW.
    Row,
    /// FOR EACH STATEMENT (the default).
    Statement,
}

/// A trigger of a table (`pg_trigger`).
#[derive(Debug, Clone)]
pub struct Trigger {
    /// Name, unique per table.
    pub name: String,
    /// The function it executes.
    pub function: String,
    /// BEFORE or AFTER.
    pub timing: Timing,
    /// Its events, as written.
    pub events: Vec<TriggerEvent>,
    /// `UPDATE OF` columns (empty: any UPDATE).
    pub columns: Vec<String>,
    /// `WHEN (condition)`.
    pub when: Option<ast::Expr>,
    /// False after `ALTER TABLE ... DISABLE TRIGGER`.
    pub enabled: bool,
    /// Per row or per statement.
    pub level: TriggerLevel,
}
