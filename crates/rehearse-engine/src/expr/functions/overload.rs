//! Binding a call only as the overload PostgreSQL itself would pick
//! (`builtins::resolve`): the engine implements one overload of most names, and a call
//! PostgreSQL resolves to another (`substring(email from '@(.*)$')` is the regex form)
//! is refused, never bound to the engine's overload, whose coercions would raise
//! errors PostgreSQL does not (22P02 for the pattern read as an integer).
//!
//! The arguments are coerced to the parameters PostgreSQL picked before the engine's
//! entry binds them, so `floor(smallint)` is `floor(double precision)` as there, and a
//! coercion error is PostgreSQL's own.

use super::{Expr, Node, Scope};
use crate::builtins::resolve::{self, Resolution};
use crate::error::PgError;
use crate::types::{CastContext, SqlType};

/// The engine type a parameter declared `param` is, when the engine has it without a
/// modifier (`character` is not: it would read as `character(1)`).
fn engine_type(param: &str) -> Option<SqlType> {
    use SqlType::*;
    [
        SmallInt,
        Integer,
        BigInt,
        Numeric(None),
        Real,
        Double,
        Varchar(None),
        Text,
        Boolean,
        Date,
        Timestamp,
        TimestampTz,
        Uuid,
        Json,
        Jsonb,
        Interval,
        Bytea,
        MacAddr,
        Inet,
        Cidr,
    ]
    .into_iter()
    .find(|t| t.base_name() == param)
}

/// Whether an argument bound as `bound` is what a parameter declared `param` takes:
/// the same type, or a polymorphic or engine-less parameter (the entry's own binder
/// decides those).
fn binds_as(param: &str, bound: &SqlType) -> bool {
    match engine_type(param) {
        None => true,
        Some(t) => t == bound.without_typmod(),
    }
}

/// PostgreSQL's 42804 when a polymorphic parameter (`anyelement` and its family)
/// gets only unknown literals: `to_json('x')` (`enforce_generic_type_consistency`).
fn polymorphic_from_unknown(params: &[&str], types: &[SqlType]) -> Result<(), PgError> {
    let family = [
        "anyelement",
        "anynonarray",
        "anyarray",
        "anyenum",
        "anyrange",
    ];
    let mut polymorphic = params
        .iter()
        .zip(types)
        .filter(|(p, _)| family.contains(p))
        .peekable();
    if polymorphic.peek().is_some() && polymorphic.all(|(_, t)| *t == SqlType::Unknown) {
        return Err(PgError::new(
            "42804",
            "could not determine polymorphic type because input has type unknown",
        ));
    }
    Ok(())
}

/// The name PostgreSQL's 42725 gives a call of `name`: schema-qualified for the
/// grammar's forms (`EXTRACT`, `AT TIME ZONE`: `SystemFuncName`). `None` for
/// `substring`, called both ways, whose spelling is not known here.
fn called_as(name: &str) -> Option<&str> {
    match name {
        "extract" => Some("pg_catalog.extract"),
        "timezone" => Some("pg_catalog.timezone"),
        "substring" => None,
        other => Some(other),
    }
}

/// The refusal for a call PostgreSQL resolves to an overload the engine lacks.
fn refusal(name: &str, params: &[&str]) -> PgError {
    PgError::unsupported(format!("the function {name}({})", params.join(", ")))
}

/// Extensions that add no function or operator of a built-in's name, so leave
/// PostgreSQL's candidates those of `pg_catalog`.
const ADDING_NO_OVERLOADS: [&str; 5] =
    ["plpgsql", "pgcrypto", "uuid-ossp", "btree_gin", "unaccent"];

impl Scope<'_> {
    /// Whether PostgreSQL's candidates for a built-in name are known to be only
    /// `pg_catalog`'s: the installed extensions are known and add none (citext's
    /// `strpos`, hstore's `||`, pg_trgm's `%` would). A user-defined function of the
    /// name is bound before the built-ins are asked (`user_call`).
    pub(in crate::expr) fn candidates_are_builtin(&self) -> bool {
        self.extensions.is_some_and(|installed| {
            installed
                .iter()
                .all(|e| ADDING_NO_OVERLOADS.contains(&e.as_str()))
        })
    }

    /// Binds `name(args)` by `bind` (the engine's overload) if PostgreSQL resolves the
    /// call to that overload; refuses it otherwise. `name` is the name PostgreSQL
    /// resolves (`substring` for `SUBSTRING(x FROM y)`); the bound node's arguments
    /// are compared position by position with the parameters PostgreSQL picked.
    pub(in crate::expr) fn as_postgres_resolves(
        &self,
        name: &str,
        args: Vec<Expr>,
        bind: impl FnOnce(Vec<Expr>) -> Result<Expr, PgError>,
    ) -> Result<Expr, PgError> {
        let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
        // A one-argument call named as a user's type is PostgreSQL's function-style
        // cast to it (`FuncNameAsType`), which the resolver, knowing only built-in
        // names, does not see.
        if types.len() == 1 && self.enums.contains_key(name) {
            return Err(PgError::unsupported(format!(
                "the call {name}(...) of a function named as the enum type {name}"
            )));
        }
        let params = match resolve::function(name, &types) {
            Resolution::NotBuiltin => return bind(args),
            // `may_accept` knows no array values and no extension's casts (citext's to
            // text): there the engine's own binding decides.
            Resolution::NoCandidate
                if types
                    .iter()
                    .any(|t| matches!(t, SqlType::Array(_) | SqlType::Citext)) =>
            {
                return bind(args)
            }
            Resolution::NoCandidate => return Err(crate::builtins::no_function(name, &types)),
            Resolution::NotUnique if self.candidates_are_builtin() => {
                if let Some(called) = called_as(name) {
                    return Err(super::extract::not_unique(called, &types));
                }
                let types: Vec<String> = types.iter().map(SqlType::base_name).collect();
                return Err(PgError::unsupported(format!(
                    "the function {name}({}) (choosing among its overloads)",
                    types.join(", ")
                )));
            }
            Resolution::NotUnique | Resolution::Undecided => {
                let types: Vec<String> = types.iter().map(SqlType::base_name).collect();
                return Err(PgError::unsupported(format!(
                    "the function {name}({}) (choosing among its overloads)",
                    types.join(", ")
                )));
            }
            Resolution::Unique(params) => params,
        };
        polymorphic_from_unknown(&params, &types)?;
        // PostgreSQL coerces each argument to its parameter, in order: an error there
        // is PostgreSQL's own.
        let mut coerced = Vec::with_capacity(args.len());
        for (i, arg) in args.into_iter().enumerate() {
            coerced.push(match params.get(i).and_then(|p| engine_type(p)) {
                Some(t) if arg.ty.without_typmod() != t => {
                    self.coerce(arg, &t, CastContext::Implicit)?
                }
                _ => arg,
            });
        }
        match bind(coerced) {
            Ok(expr) => {
                let agrees = match &expr.node {
                    Node::Func(_, bound) => {
                        params.iter().zip(bound).all(|(p, b)| binds_as(p, &b.ty))
                    }
                    _ => true,
                };
                if agrees {
                    Ok(expr)
                } else {
                    Err(refusal(name, &params))
                }
            }
            Err(e) if e.unsupported.is_some() => Err(e),
            // The arguments have PostgreSQL's parameter types: an error of the
            // engine's binding now is its overload disagreeing, unless some parameter
            // is one the engine has no type for (its binder then judges, as
            // `nextval(regclass)`'s relation lookup does).
            Err(_) if params.iter().all(|p| engine_type(p).is_some()) => {
                Err(refusal(name, &params))
            }
            Err(e) => Err(e),
        }
    }
}
