//! User-defined functions, triggers and DO blocks: the catalog entries
//! ([`Function`], [`Trigger`]), `CREATE [OR REPLACE] FUNCTION` and `DROP FUNCTION`
//! (here), the PL/pgSQL subset ([`plpgsql`]), triggers ([`triggers`]), calls of
//! LANGUAGE sql functions from expressions ([`sql_function`]) and `DO` ([`do_block`]).
//!
//! **Invariant:** a body the engine does not fully understand is refused when the
//! function is created (the PL/pgSQL subset) or called — never run in part. As in
//! PostgreSQL, a PL/pgSQL body is only parsed at CREATE: the tables and columns it
//! names are looked up when it runs; a LANGUAGE sql body is analysed at CREATE.

pub mod do_block;
pub mod dynamic_log;
pub mod function_deps;
pub mod plpgsql;
pub mod sql_function;
pub mod statement_triggers;
pub mod triggers;
pub mod user_calls;

pub use crate::routine_defs::{Body, Function, Language, Returns, Volatility};
pub use triggers::{Timing, Trigger, TriggerEvent};

use crate::error::PgError;
use crate::types::SqlType;
use crate::{ident, object_name, Engine, StatementResult};
use sqlparser::ast;
use std::rc::Rc;

/// How deep function calls may nest (a trigger whose statement fires a trigger, a
/// function calling itself): PostgreSQL's limit is the stack; Rehearse refuses.
pub const MAX_CALL_DEPTH: usize = 32;

/// PL/pgSQL statements one top-level statement may run (loops, recursion, triggers on
/// many rows), after which Rehearse refuses rather than keep the page busy.
pub const MAX_ROUTINE_WORK: u64 = 2_000_000;

/// The call budget of the statement being run: depth of nested calls and PL/pgSQL
/// statements still allowed.
#[derive(Debug, Clone, Copy)]
pub struct CallBudget {
    /// Calls currently open.
    pub depth: usize,
    /// Statements left.
    pub work: u64,
}

impl Default for CallBudget {
    fn default() -> Self {
        CallBudget {
            depth: 0,
            work: MAX_ROUTINE_WORK,
        }
    }
}

/// The type of an argument or result as written.
fn type_of(engine: &Engine, data_type: &ast::DataType) -> Result<SqlType, PgError> {
    Ok(SqlType::from_ast(data_type, &|n| engine.db.enums.contains_key(n))?.ty)
}

fn is_named(data_type: &ast::DataType, name: &str) -> bool {
    match data_type {
        ast::DataType::Trigger => name == "trigger",
        ast::DataType::Custom(n, m) => m.is_empty() && object_name(n) == name,
        _ => false,
    }
}

/// The parts of a `CREATE FUNCTION` the engine reads.
pub struct CreateFunction<'a> {
    /// OR REPLACE.
    pub or_replace: bool,
    /// Name.
    pub name: &'a ast::ObjectName,
    /// Arguments.
    pub args: Option<&'a [ast::OperateFunctionArg]>,
    /// RETURNS.
    pub return_type: Option<&'a ast::DataType>,
    /// AS '...' or RETURN expr.
    pub body: Option<&'a ast::CreateFunctionBody>,
    /// LANGUAGE.
    pub language: Option<&'a ast::Ident>,
    /// IMMUTABLE / STABLE / VOLATILE.
    pub behavior: Option<&'a ast::FunctionBehavior>,
    /// STRICT / RETURNS NULL ON NULL INPUT / CALLED ON NULL INPUT.
    pub called_on_null: Option<&'a ast::FunctionCalledOnNull>,
}

/// Runs `CREATE [OR REPLACE] FUNCTION`.
pub fn create_function(engine: &mut Engine, create: CreateFunction) -> StatementResult {
    let name = object_name(create.name);
    let mut args = Vec::new();
    for a in create.args.unwrap_or_default() {
        if matches!(a.mode, Some(ast::ArgMode::Out | ast::ArgMode::InOut)) {
            return Err(PgError::unsupported("functions with OUT parameters").into());
        }
        if a.default_expr.is_some() {
            return Err(PgError::unsupported("function parameters with defaults").into());
        }
        args.push((a.name.as_ref().map(ident), type_of(engine, &a.data_type)?));
    }
    let returns = match create.return_type {
        None => return Err(PgError::unsupported("functions without RETURNS").into()),
        Some(t) if is_named(t, "trigger") => Returns::Trigger,
        Some(t) if is_named(t, "void") => Returns::Void,
        Some(t) if is_named(t, "record") => {
            return Err(PgError::unsupported("functions returning record").into())
        }
        Some(t) => Returns::Type(type_of(engine, t)?),
    };
    let language = match create.language.map(ident).as_deref() {
        Some("sql") => Language::Sql,
        Some("plpgsql") => Language::PlPgSql,
        None if matches!(create.body, Some(ast::CreateFunctionBody::Return(_))) => Language::Sql,
        None => {
            return Err(PgError::new("42P13", "no language specified").into());
        }
        Some(other) => {
            return Err(PgError::unsupported(format!("functions in LANGUAGE {other}")).into())
        }
    };
    let volatility = match create.behavior {
        Some(ast::FunctionBehavior::Immutable) => Volatility::Immutable,
        Some(ast::FunctionBehavior::Stable) => Volatility::Stable,
        _ => Volatility::Volatile,
    };
    let text = match create.body {
        Some(ast::CreateFunctionBody::AsBeforeOptions(e))
        | Some(ast::CreateFunctionBody::AsAfterOptions(e)) => match e {
            ast::Expr::Value(
                ast::Value::DollarQuotedString(ast::DollarQuotedString { value, .. })
                | ast::Value::SingleQuotedString(value),
            ) => Some(value.clone()),
            _ => return Err(PgError::unsupported("this form of function body").into()),
        },
        Some(ast::CreateFunctionBody::Return(_)) => None,
        None => return Err(PgError::new("42P13", "no function body specified").into()),
    };
    if returns == Returns::Trigger && language == Language::Sql {
        return Err(PgError::new("42P13", "SQL functions cannot return type trigger").into());
    }
    let body = match (language, create.body) {
        (Language::Sql, Some(ast::CreateFunctionBody::Return(e))) => Body::Sql(e.clone()),
        (Language::Sql, _) => Body::Sql(sql_function::parse_body(text.as_deref().unwrap_or(""))?),
        (Language::PlPgSql, _) => Body::PlPgSql(Rc::new(plpgsql::parse::parse(
            text.as_deref().unwrap_or(""),
        )?)),
    };
    let function = Function {
        name: name.clone(),
        args,
        returns,
        language,
        body,
        volatility,
        strict: matches!(
            create.called_on_null,
            Some(
                ast::FunctionCalledOnNull::Strict
                    | ast::FunctionCalledOnNull::ReturnsNullOnNullInput
            )
        ),
    };
    if language == Language::Sql {
        sql_function::check(engine, &function)?;
    }
    if let Some(existing) = engine.db.functions.get(&name) {
        let same_args = existing
            .args
            .iter()
            .map(|(_, t)| t.without_typmod())
            .eq(function.args.iter().map(|(_, t)| t.without_typmod()));
        if !same_args {
            return Err(PgError::unsupported(
                "overloaded functions (two functions of one name with different arguments)",
            )
            .into());
        }
        if !create.or_replace {
            return Err(PgError::new(
                "42723",
                format!(
                    "function \"{}\" already exists with same argument types",
                    function.name
                ),
            )
            .into());
        }
        if existing.returns != function.returns {
            return Err(
                PgError::new("42P13", "cannot change return type of existing function")
                    .hint(format!("Use DROP FUNCTION {} first.", existing.signature()))
                    .into(),
            );
        }
    }
    engine.db.functions.insert(name, function);
    Ok(Vec::new())
}

/// The function `name[(args)]` names (DROP FUNCTION, COMMENT ON FUNCTION), with
/// PostgreSQL's 42883 when there is none.
pub(crate) fn find_function(
    engine: &Engine,
    desc: &ast::FunctionDesc,
) -> Result<crate::routine_defs::Function, PgError> {
    let name = object_name(&desc.name);
    let types = match &desc.args {
        Some(args) => Some(
            args.iter()
                .map(|a| type_of(engine, &a.data_type))
                .collect::<Result<Vec<_>, _>>()?,
        ),
        None => None,
    };
    let found = engine.db.functions.get(&name).filter(|f| match &types {
        Some(types) => f
            .args
            .iter()
            .map(|(_, t)| t.without_typmod())
            .eq(types.iter().map(SqlType::without_typmod)),
        None => true,
    });
    found.cloned().ok_or_else(|| match &types {
        Some(types) => {
            let names: Vec<String> = types.iter().map(SqlType::format).collect();
            PgError::new(
                "42883",
                format!("function {name}({}) does not exist", names.join(", ")),
            )
        }
        None => PgError::new(
            "42883",
            format!("could not find a function named \"{name}\""),
        ),
    })
}

/// Runs `DROP FUNCTION [IF EXISTS] name[(args)], ... [CASCADE]`.
pub fn drop_function(
    engine: &mut Engine,
    if_exists: bool,
    functions: &[ast::FunctionDesc],
    cascade: bool,
) -> StatementResult {
    for desc in functions {
        let name = object_name(&desc.name);
        let function = match find_function(engine, desc) {
            Ok(function) => function,
            Err(e) if if_exists && e.sqlstate == "42883" => continue,
            Err(e) => return Err(e.into()),
        };
        let users = triggers::using_function(engine, &name);
        let others = function_deps::dependents(&engine.db, &name);
        let signature = function.signature();
        let mut lines: Vec<String> = users
            .iter()
            .map(|(table, trigger)| {
                format!("trigger {trigger} on table {table} depends on function {signature}")
            })
            .collect();
        lines.extend(function_deps::describe_all(&others, &signature));
        if !lines.is_empty() && !cascade {
            return Err(function_deps::refuse_drop(&lines, &signature).into());
        }
        for (table, trigger) in &users {
            if let Some(t) = engine.db.tables.get_mut(table) {
                t.triggers.retain(|tr| &tr.name != trigger);
            }
        }
        function_deps::drop_cascade(&mut engine.db, &others)?;
        engine.db.functions.remove(&name);
    }
    Ok(Vec::new())
}

#[cfg(test)]
mod statement_triggers_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod user_calls_tests;
