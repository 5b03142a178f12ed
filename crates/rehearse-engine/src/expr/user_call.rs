//! Calls of user-defined functions in a bound tree ([`UserCall`]), and the door
//! through which the binder finds them ([`Resolver`]).
//!
//! The functions are the catalog's, run by `routines`, which depends on `expr`; so
//! `expr` knows them only through two traits. The engine installs a [`Resolver`] for
//! the statement it runs ([`install`]): the binder's `Scope` is built in many places,
//! none of which holds the catalog's functions (`describe` installs them too, to print
//! a stored expression that calls one).
//!
//! **Invariant:** nested calls are bounded ([`MAX_NESTING`] deep, [`MAX_CALLS`] per
//! statement): past either, the answer is Rehearse's refusal, never PostgreSQL's
//! `stack depth limit exceeded`, whose depth the engine cannot know.

use super::{Env, Expr, Scope};
use crate::error::PgError;
use crate::value::Value;
use sqlparser::ast;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// How deep user-function calls may nest inside one another (recursion included),
/// counting the calls and triggers already open when the statement started.
pub const MAX_NESTING: usize = 32;

/// User-function calls one statement may make (a recursive function calling itself
/// twice per level would otherwise run 2^32 times within the depth budget).
pub const MAX_CALLS: u64 = 200_000;

/// A function body the engine runs on argument values.
pub trait Callee: std::fmt::Debug + Send + Sync {
    /// Runs the body; never given a NULL argument of a STRICT function.
    fn run(&self, args: Vec<Value>, env: &mut Env) -> Result<Value, PgError>;
}

/// Binds a call of a user-defined function, for the binder.
pub trait Resolver {
    /// `Some` when `name` is a user-defined function of the catalog: the bound call or
    /// the error (PostgreSQL's, or Rehearse's refusal). `None`: not a user function.
    fn bind(&self, scope: &Scope, name: &str, args: Vec<Expr>) -> Option<Result<Expr, PgError>>;

    /// Whether `name` is a user-defined function of the catalog.
    fn has(&self, name: &str) -> bool;
}

/// A call of a user-defined function that PostgreSQL does not inline (a LANGUAGE sql
/// function it does inline is bound as its body).
#[derive(Debug, Clone)]
pub struct UserCall {
    /// The function's name (deparsing prints it back).
    pub name: String,
    /// The arguments, each already coerced to its parameter's type.
    pub args: Vec<Expr>,
    /// STRICT: a NULL argument makes the result NULL without running the body.
    pub strict: bool,
    /// IMMUTABLE: the planner evaluates a call of constants once, before any row.
    pub immutable: bool,
    /// The body.
    pub callee: std::sync::Arc<dyn Callee>,
    /// What the planner makes of a LANGUAGE sql function it inlines
    /// (`inline_function`): the body with the arguments in the parameters' places,
    /// folded and evaluated in the call's stead (the call itself is what a stored
    /// default or CHECK prints back).
    pub inlined: Option<Box<Expr>>,
}

struct Installed {
    resolver: Option<Rc<dyn Resolver>>,
    /// Calls open now (the statement's base included).
    depth: usize,
    /// Calls left in this statement.
    calls: u64,
}

thread_local! {
    static INSTALLED: RefCell<Installed> = const {
        RefCell::new(Installed { resolver: None, depth: 0, calls: MAX_CALLS })
    };
    static NESTING: Cell<usize> = const { Cell::new(0) };
}

/// What an installation replaced: the resolver, the depth and the calls left.
type Saved = (Option<Rc<dyn Resolver>>, usize, u64);

/// Keeps a resolver installed; dropping it restores what was there before.
pub struct Guard {
    previous: Option<Saved>,
}

impl Drop for Guard {
    fn drop(&mut self) {
        if let Some((resolver, depth, calls)) = self.previous.take() {
            INSTALLED.with(|i| {
                let mut i = i.borrow_mut();
                i.resolver = resolver;
                i.depth = depth;
                // A nested statement's calls count against its caller's budget.
                i.calls = i.calls.min(calls);
            });
        }
    }
}

/// Installs `resolver` for a statement that starts `depth` calls deep (triggers and
/// routines already running); the call budget is kept when a statement runs inside
/// another (a PL/pgSQL body's SQL), else renewed.
pub fn install(resolver: Rc<dyn Resolver>, depth: usize) -> Guard {
    INSTALLED.with(|i| {
        let mut i = i.borrow_mut();
        let outermost = i.resolver.is_none();
        let previous = (i.resolver.replace(resolver), i.depth, i.calls);
        i.depth = i.depth.max(depth);
        if outermost {
            i.calls = MAX_CALLS;
        }
        Guard {
            previous: Some(previous),
        }
    })
}

fn resolver() -> Option<Rc<dyn Resolver>> {
    INSTALLED.with(|i| i.borrow().resolver.clone())
}

/// PostgreSQL's fast default for ADD COLUMN: a default without volatile functions is
/// evaluated once, when the column is added (even on an empty table). Where the
/// default calls a user function (which may raise, or not return the same value
/// twice) that value is returned, to be given to every row; else `None`.
pub fn fast_default(e: &Expr, env: &mut Env) -> Result<Option<Value>, PgError> {
    let calls_user_function = mentions_user_call(e);
    if !calls_user_function || mutability(e) == crate::routine_defs::Volatility::Volatile {
        return Ok(None);
    }
    e.eval(&[], env).map(Some)
}

fn mentions_user_call(e: &Expr) -> bool {
    matches!(e.node, super::Node::UserCall(_)) || e.children().into_iter().any(mentions_user_call)
}

impl Scope<'_> {
    /// A call `f(...)` of a user-defined function: `None` when the name is not one
    /// (or is schema-qualified other than `public.`).
    pub(super) fn user_call(&self, f: &ast::Function) -> Option<Result<Expr, PgError>> {
        let resolver = resolver()?;
        let name = f.name.0.last().map(crate::ident)?;
        let qualified_elsewhere =
            f.name.0.len() > 1 && (f.name.0.len() > 2 || crate::ident(&f.name.0[0]) != "public");
        if qualified_elsewhere || !resolver.has(&name) {
            return None;
        }
        let plain = f.over.is_none()
            && f.filter.is_none()
            && f.within_group.is_empty()
            && f.null_treatment.is_none();
        if !plain {
            return Some(Err(PgError::unsupported(format!(
                "the user-defined function {name}() called with OVER, FILTER or WITHIN GROUP"
            ))));
        }
        let args: Result<Vec<Expr>, PgError> = match &f.args {
            ast::FunctionArguments::None => Ok(Vec::new()),
            ast::FunctionArguments::List(list)
                if list.clauses.is_empty() && list.duplicate_treatment.is_none() =>
            {
                list.args
                    .iter()
                    .map(|a| match a {
                        ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(e)) => self.bind(e),
                        other => Err(PgError::unsupported(format!(
                            "the argument `{other}` of the user-defined function {name}()"
                        ))),
                    })
                    .collect()
            }
            _ => Err(PgError::unsupported(format!(
                "this form of call of the user-defined function {name}()"
            ))),
        };
        match args {
            Ok(args) => resolver.bind(self, &name, args),
            Err(e) => Some(Err(e)),
        }
    }
}

/// Leaves a call's nesting level when dropped.
struct Nested;

impl Drop for Nested {
    fn drop(&mut self) {
        NESTING.with(|n| n.set(n.get().saturating_sub(1)));
    }
}

fn enter(name: &str) -> Result<Nested, PgError> {
    INSTALLED.with(|i| {
        let mut i = i.borrow_mut();
        let nesting = NESTING.with(Cell::get);
        if i.depth + nesting >= MAX_NESTING {
            return Err(PgError::unsupported(format!(
                "calls of {name}() nested more than {MAX_NESTING} deep (the playground's limit; \
                 PostgreSQL's is its stack)"
            )));
        }
        if i.calls == 0 {
            return Err(PgError::unsupported(format!(
                "more than {MAX_CALLS} calls of user-defined functions in one statement (the \
                 playground's limit)"
            )));
        }
        i.calls -= 1;
        NESTING.with(|n| n.set(nesting + 1));
        Ok(Nested)
    })
}

impl UserCall {
    /// Evaluates the call against one row.
    pub(super) fn eval(&self, row: &[Value], env: &mut Env) -> Result<Value, PgError> {
        if let Some(inlined) = &self.inlined {
            return inlined.eval(row, env);
        }
        let args = self
            .args
            .iter()
            .map(|a| a.eval(row, env))
            .collect::<Result<Vec<_>, _>>()?;
        if self.strict && args.iter().any(Value::is_null) {
            return Ok(Value::Null);
        }
        let _nested = enter(&self.name)?;
        self.callee.run(args, env)
    }
}

thread_local! {
    static BINDING: Cell<usize> = const { Cell::new(0) };
}

/// Binds a function's body (`bind`) one level deeper: a LANGUAGE sql body calling a
/// LANGUAGE sql function is bound inside it, and a cycle of them (made with CREATE OR
/// REPLACE) would never end.
pub fn binding_body<T>(
    name: &str,
    bind: impl FnOnce() -> Result<T, PgError>,
) -> Result<T, PgError> {
    let depth = BINDING.with(Cell::get);
    if depth >= MAX_NESTING {
        return Err(PgError::unsupported(format!(
            "LANGUAGE sql functions calling one another more than {MAX_NESTING} deep ({name}())"
        )));
    }
    BINDING.with(|b| b.set(depth + 1));
    let result = bind();
    BINDING.with(|b| b.set(depth));
    result
}

/// The most volatile call in the tree (`contain_mutable_functions`,
/// `contain_volatile_functions`): built-ins by their `provolatile`, the stable
/// date/time casts, user calls by their declaration (an inlined one by its body).
pub fn mutability(e: &Expr) -> crate::routine_defs::Volatility {
    use super::functions::Volatility as Builtin;
    use super::Node;
    use crate::routine_defs::Volatility;
    let own = match &e.node {
        Node::Func(f, args) => match f.call_volatility(args) {
            Builtin::Immutable => Volatility::Immutable,
            Builtin::Stable => Volatility::Stable,
            Builtin::Volatile => Volatility::Volatile,
        },
        Node::Cast(inner, _) if super::fold::is_stable_cast(&inner.ty, &e.ty) => Volatility::Stable,
        Node::UserCall(call) => match &call.inlined {
            Some(inlined) => mutability(inlined),
            None if call.immutable => Volatility::Immutable,
            // Not inlined and not IMMUTABLE: STABLE or VOLATILE; the stricter is
            // assumed only where it cannot make a wrong answer (both refuse an index).
            None => Volatility::Volatile,
        },
        // A subquery reads tables: at least stable.
        Node::SubLink(_) => Volatility::Stable,
        _ => Volatility::Immutable,
    };
    e.children()
        .into_iter()
        .map(mutability)
        .fold(own, |a, b| if rank(b) > rank(a) { b } else { a })
}

fn rank(v: crate::routine_defs::Volatility) -> u8 {
    use crate::routine_defs::Volatility;
    match v {
        Volatility::Immutable => 0,
        Volatility::Stable => 1,
        Volatility::Volatile => 2,
    }
}

/// Whether every node of the tree returns NULL on a NULL input (the negation of
/// `contain_nonstrict_functions`), judged conservatively: an unsure node is
/// non-strict, which only keeps a STRICT LANGUAGE sql function from being inlined.
pub fn is_strict(e: &Expr) -> bool {
    use super::functions::Eval;
    use super::Node;
    let own = match &e.node {
        Node::Const(_)
        | Node::Column(..)
        | Node::Cast(..)
        | Node::Neg(_)
        | Node::Binary(..)
        | Node::Like(..)
        | Node::Regex(..) => true,
        Node::Func(f, _) => matches!(f.eval, Eval::Strict(_)),
        Node::UserCall(call) => match &call.inlined {
            Some(inlined) => is_strict(inlined),
            None => call.strict,
        },
        _ => false,
    };
    own && e.children().into_iter().all(is_strict)
}

thread_local! {
    static QUALIFIED: Cell<bool> = const { Cell::new(false) };
}

/// Runs `print` with user functions deparsed schema-qualified (`public.f(x)`), as
/// PostgreSQL prints an index key while it builds the index (under the restricted
/// `search_path` of maintenance commands, where `public` is not visible).
pub fn qualified_names<T>(print: impl FnOnce() -> T) -> T {
    let before = QUALIFIED.with(|q| q.replace(true));
    let out = print();
    QUALIFIED.with(|q| q.set(before));
    out
}

/// The name a call of `name` deparses as.
pub fn printed_name(name: &str) -> String {
    let name = crate::keywords::quote_ident(name);
    if QUALIFIED.with(Cell::get) {
        format!("public.{name}")
    } else {
        name
    }
}
