//! Calls of user-defined functions from SQL expressions: resolving the call as
//! PostgreSQL's `func_get_detail` does, LANGUAGE sql bodies (inlined where the
//! planner's `inline_function` would, else run per call), PL/pgSQL bodies run by the
//! interpreter with the parameters by name and as `$n`, STRICT, and what a caller
//! needs to know of the call (an index expression's IMMUTABLE rule).
//!
//! The catalog's functions reach the binder through [`install`] (see
//! `expr::user_call` for why it is a door and not a field of `Scope`).
//!
//! **Invariant:** a call is resolved only where PostgreSQL's candidates are known to
//! be the user function alone: a user function named like a built-in (whose overloads
//! would compete with it) is refused, and so are user-defined overloads (refused at
//! CREATE). Everything the engine cannot run exactly (SQL statements in a PL/pgSQL
//! body, a VOLATILE LANGUAGE sql body reading tables) is refused when the call is bound.

use super::plpgsql::exec::{self, Frame, Host, Outcome};
use super::{Body, Function, Returns, Volatility};
use crate::error::PgError;
use crate::expr::query::{Clause, Context};
use crate::expr::user_call::{self, Callee, Guard, Resolver, UserCall};
use crate::expr::{Env, Expr, Node, Scope};
use crate::routine_defs::plpgsql_tree::Block;
use crate::types::{CastContext, SqlType};
use crate::value::Value;
use crate::Engine;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::Arc;

/// The catalog's user functions, as the binder sees them during one statement.
struct Catalog {
    functions: BTreeMap<String, Function>,
}

/// Installs the engine's user functions for the statement it is about to run (none
/// when it has none).
pub fn install(engine: &Engine) -> Option<Guard> {
    install_for(&engine.db, engine.calls.depth)
}

/// Installs a database's user functions, `depth` calls deep (`describe` binds stored
/// expressions outside any statement: 0).
pub fn install_for(db: &crate::catalog::Database, depth: usize) -> Option<Guard> {
    if db.functions.is_empty() {
        return None;
    }
    let catalog = Catalog {
        functions: db.functions.clone(),
    };
    Some(user_call::install(Rc::new(catalog), depth))
}

impl Resolver for Catalog {
    fn bind(&self, scope: &Scope, name: &str, args: Vec<Expr>) -> Option<Result<Expr, PgError>> {
        let function = self.functions.get(name)?;
        Some(bind_call(scope, function, args))
    }

    fn has(&self, name: &str) -> bool {
        self.functions.contains_key(name)
    }
}

/// Whether PostgreSQL has a built-in function (or a grammar construct called like
/// one) of this name, whose overloads would be candidates beside the user's.
fn named_like_builtin(name: &str) -> bool {
    crate::builtins::resolve::function(name, &[])
        != crate::builtins::resolve::Resolution::NotBuiltin
        || crate::extensions::provides_function(name).is_some()
        || crate::expr::query::aggregate::is_aggregate(name)
        || crate::expr::query::window::is_window_function(name)
        || crate::expr::query::srf::is_set_returning(name)
        || ["coalesce", "greatest", "least", "nullif"].contains(&name)
        || crate::types::is_type(name)
}

/// `func_get_detail` with the user function as the one candidate: each argument must
/// be of the parameter's type, an unknown literal, or implicitly castable to it; then
/// the arguments are coerced (a literal's bad input is PostgreSQL's error then).
fn bind_call(scope: &Scope, function: &Function, args: Vec<Expr>) -> Result<Expr, PgError> {
    let name = &function.name;
    if named_like_builtin(name) {
        return Err(PgError::unsupported(format!(
            "calls of the user-defined function {name}(), named like a built-in one \
             (choosing between their overloads)"
        )));
    }
    let params: Vec<SqlType> = function
        .args
        .iter()
        .map(|(_, t)| t.without_typmod())
        .collect();
    let accepted = args.len() == params.len()
        && args
            .iter()
            .zip(&params)
            .all(|(a, p)| a.ty.cast_context(p) == Some(CastContext::Implicit));
    if !accepted {
        let types: Vec<String> = args.iter().map(|a| a.ty.base_name()).collect();
        return Err(PgError::undefined_function(name, &types));
    }
    let result = match &function.returns {
        Returns::Type(t) => t.without_typmod(),
        Returns::Void => {
            return Err(PgError::unsupported(format!(
                "calls of {name}(), which returns void, in an expression"
            )))
        }
        Returns::Trigger => {
            let args = coerce_args(scope, args, &params)?;
            return Ok(call(
                function,
                args,
                SqlType::Text,
                Arc::new(TriggerFunction),
                None,
            ));
        }
    };
    let args = coerce_args(scope, args, &params)?;
    match &function.body {
        Body::Sql(body) => sql_call(scope, function, args, body, result),
        Body::PlPgSql(block) => {
            if !block.embedded().is_empty() {
                return Err(PgError::unsupported(format!(
                    "SQL statements in the PL/pgSQL function {name}() called from an \
                     expression (it runs inside the statement's row loop)"
                )));
            }
            let callee = PlPgSqlBody {
                // The catalog shares its tree in an `Rc`; a bound call is `Send`.
                block: Arc::new(Block::clone(block)),
                params: function.args.clone(),
                result: result.clone(),
            };
            Ok(call(function, args, result, Arc::new(callee), None))
        }
    }
}

fn coerce_args(scope: &Scope, args: Vec<Expr>, params: &[SqlType]) -> Result<Vec<Expr>, PgError> {
    args.into_iter()
        .zip(params)
        .map(|(a, p)| scope.coerce(a, p, CastContext::Implicit))
        .collect()
}

fn call(
    function: &Function,
    args: Vec<Expr>,
    ty: SqlType,
    callee: Arc<dyn Callee>,
    inlined: Option<Expr>,
) -> Expr {
    let call = UserCall {
        name: function.name.clone(),
        args,
        strict: function.strict,
        immutable: function.volatility == Volatility::Immutable,
        callee,
        inlined: inlined.map(Box::new),
    };
    Expr {
        node: Node::UserCall(Box::new(call)),
        ty,
    }
}

/// A LANGUAGE sql call: its body bound over the parameters (columns `0..n` of the
/// row it is evaluated on), inlined where PostgreSQL would.
fn sql_call(
    scope: &Scope,
    function: &Function,
    args: Vec<Expr>,
    body: &sqlparser::ast::Expr,
    result: SqlType,
) -> Result<Expr, PgError> {
    let name = &function.name;
    let context = scope.query.map(|q| Context::new(q.tables, Clause::Target));
    let body_scope = Scope {
        table: "",
        columns: function
            .args
            .iter()
            .map(|(n, t)| (n.clone().unwrap_or_default(), t.without_typmod()))
            .collect(),
        enums: scope.enums,
        extensions: scope.extensions,
        joined: Vec::new(),
        query: context.as_ref(),
    };
    let bound = user_call::binding_body(name, || body_scope.bind(body))?;
    let bound = body_scope.coerce(bound, &result, CastContext::Assignment)?;
    let reads_tables = any_node(&bound, &|n| matches!(n, Node::SubLink(_)));
    if reads_tables && function.volatility == Volatility::Volatile {
        return Err(PgError::unsupported(format!(
            "the VOLATILE LANGUAGE sql function {name}() reading tables (each call takes a \
             new snapshot)"
        )));
    }
    let inlined = inlinable(function, &bound, &args)?.then(|| substitute(bound.clone(), &args));
    Ok(call(
        function,
        args,
        result,
        Arc::new(SqlBody { body: bound }),
        inlined,
    ))
}

/// Whether some node of the tree (a subquery's own plan aside) satisfies `test`.
fn any_node(e: &Expr, test: &dyn Fn(&Node) -> bool) -> bool {
    test(&e.node)
        || match &e.node {
            Node::UserCall(call) => call.inlined.as_deref().is_some_and(|i| any_node(i, test)),
            _ => false,
        }
        || e.children().into_iter().any(|c| any_node(c, test))
}

/// `inline_function`'s conditions (clauses.c) on a body `SELECT expr`: no subquery; not
/// more volatile than declared; a STRICT function's body strict; a parameter used
/// twice only with a cheap, non-volatile argument; a STRICT function's every
/// parameter used. Where the engine cannot tell what the planner would decide (an
/// argument's cost), it refuses.
fn inlinable(function: &Function, body: &Expr, args: &[Expr]) -> Result<bool, PgError> {
    if any_node(body, &|n| matches!(n, Node::SubLink(_))) {
        return Ok(false);
    }
    let mutability = user_call::mutability(body);
    let too_volatile = match function.volatility {
        Volatility::Immutable => mutability != Volatility::Immutable,
        Volatility::Stable => mutability == Volatility::Volatile,
        Volatility::Volatile => false,
    };
    if too_volatile || (function.strict && !user_call::is_strict(body)) {
        return Ok(false);
    }
    for (i, arg) in args.iter().enumerate() {
        let uses = count_uses(body, i);
        if uses == 0 && function.strict {
            return Ok(false);
        }
        if uses > 1 {
            if user_call::mutability(arg) == Volatility::Volatile {
                return Ok(false);
            }
            // `cost_qual_eval(arg) > 10 * cpu_operator_cost`: a built-in call costs 1,
            // a user function 100, a subquery more. Near the line the engine, which
            // does not know every built-in's cost, refuses.
            if any_node(arg, &|n| matches!(n, Node::UserCall(_) | Node::SubLink(_))) {
                return Ok(false);
            }
            if operations(arg) > 5 {
                return Err(PgError::unsupported(format!(
                    "the LANGUAGE sql function {}() with a computed argument its body uses \
                     twice (whether PostgreSQL inlines it depends on the argument's cost)",
                    function.name
                )));
            }
        }
    }
    Ok(true)
}

/// The operators, functions and casts of an expression.
fn operations(e: &Expr) -> usize {
    let own = usize::from(!matches!(e.node, Node::Column(..) | Node::Const(_)));
    own + e.children().into_iter().map(operations).sum::<usize>()
}

fn count_uses(e: &Expr, param: usize) -> usize {
    let own = usize::from(matches!(e.node, Node::Column(i, _) if i == param));
    own + e
        .children()
        .into_iter()
        .map(|c| count_uses(c, param))
        .sum::<usize>()
}

/// The body with each parameter replaced by its argument.
fn substitute(mut e: Expr, args: &[Expr]) -> Expr {
    if let Node::Column(i, _) = &e.node {
        if let Some(arg) = args.get(*i) {
            return arg.clone();
        }
    }
    for child in e.children_mut() {
        let taken = std::mem::replace(child, Expr::constant(Value::Null, SqlType::Unknown));
        *child = substitute(taken, args);
    }
    e
}

/// A LANGUAGE sql body run per call: planned (its constants folded) then evaluated
/// on the argument values.
#[derive(Debug)]
struct SqlBody {
    body: Expr,
}

impl Callee for SqlBody {
    fn run(&self, args: Vec<Value>, env: &mut Env) -> Result<Value, PgError> {
        // Planned per call, as PostgreSQL plans a non-inlined body on its first call
        // in a statement (folding rewrites the tree, so on a copy).
        let mut body = self.body.clone();
        body.fold(env)?;
        body.eval(&args, env)
    }
}

/// A PL/pgSQL body, run by the interpreter with expressions only.
#[derive(Debug)]
struct PlPgSqlBody {
    block: Arc<Block>,
    params: Vec<(Option<String>, SqlType)>,
    result: SqlType,
}

impl Callee for PlPgSqlBody {
    fn run(&self, args: Vec<Value>, env: &mut Env) -> Result<Value, PgError> {
        let mut variables = Vec::new();
        for (i, ((name, ty), value)) in self.params.iter().zip(args).enumerate() {
            let ty = ty.without_typmod();
            if let Some(name) = name {
                variables.push((name.clone(), ty.clone(), value.clone()));
            }
            variables.push((format!("${}", i + 1), ty, value));
        }
        let mut frame = Frame::new(variables, None, None);
        match exec::run(&mut Host::Row(env), &mut frame, &self.block)? {
            Outcome::Value(v, ty) => exec::assign_cast(v, &ty, &self.result, env),
            Outcome::End | Outcome::Exit(_) | Outcome::Continue(_) => Err(PgError::new(
                "2F005",
                "control reached end of function without RETURN",
            )),
            // `RETURN NULL` (read as a trigger's "no row").
            Outcome::Row(None) => Ok(Value::Null),
            Outcome::Nothing | Outcome::Row(Some(_)) => Err(PgError::unsupported(
                "a PL/pgSQL function returning a value that is not an expression's",
            )),
        }
    }
}

/// A trigger function called from an expression: PostgreSQL's error when it runs.
#[derive(Debug)]
struct TriggerFunction;

impl Callee for TriggerFunction {
    fn run(&self, _: Vec<Value>, _: &mut Env) -> Result<Value, PgError> {
        Err(PgError::new(
            "0A000",
            "trigger functions can only be called as triggers",
        ))
    }
}

/// PostgreSQL's 42P17 for an index expression calling a function that is not
/// IMMUTABLE (`CheckMutability`, after the planner inlined LANGUAGE sql functions).
/// User functions, and the built-ins of the engine's table (`Node::Func`).
pub fn check_index_expression(bound: &Expr) -> Result<(), PgError> {
    let mutable = any_node(bound, &|n| match n {
        Node::Func(f, args) => f.mutable_in_index(args),
        Node::UserCall(call) => match &call.inlined {
            Some(inlined) => user_call::mutability(inlined) != Volatility::Immutable,
            None => !call.immutable,
        },
        _ => false,
    });
    if mutable {
        return Err(PgError::new(
            "42P17",
            "functions in index expression must be marked IMMUTABLE",
        ));
    }
    Ok(())
}
