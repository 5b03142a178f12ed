//! What PostgreSQL 18 has built in: every function signature, operator and implicit
//! cast of `pg_catalog` (type names: `types::no_type`), read from PGlite by
//! `tests/oracle/pg_names.mjs` into the data files beside this module.
//!
//! The engine implements a subset. When it cannot resolve a name, these tables decide
//! which of two answers is true:
//! * PostgreSQL has something that might match: Rehearse cannot simulate it (an
//!   unsupported answer, never PostgreSQL's error);
//! * PostgreSQL has nothing that could match: PostgreSQL's own 42883 / 42704.
//!
//! **Invariant:** a "does not exist" error is raised only when no built-in of that name
//! could accept the arguments, judged as PostgreSQL's first filter of candidates judges
//! them (`func_select_candidate`: every argument the parameter's type, an `unknown`
//! literal, a polymorphic parameter that can take it, or an implicit cast from
//! `pg_cast`), and conservatively where unsure. A wrong "cannot simulate" is a missing
//! answer; a wrong "does not exist" is a fabricated PostgreSQL error, the worse bug.

use super::types::SqlType;
use crate::error::PgError;
use std::collections::HashMap;

pub(crate) mod resolve;
use std::sync::OnceLock;

const FUNCTIONS: &str = include_str!("functions.tsv");
const OPERATORS: &str = include_str!("operators.tsv");
const CASTS: &str = include_str!("casts.tsv");

/// One parameter of a built-in function.
struct Param<'a> {
    ty: &'a str,
    optional: bool,
    variadic: bool,
}

/// Data lines of a file written by `pg_names.mjs` (its `#` header left out).
fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Function signatures by name.
fn functions() -> &'static HashMap<&'static str, Vec<Vec<Param<'static>>>> {
    static TABLE: OnceLock<HashMap<&str, Vec<Vec<Param>>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<&str, Vec<Vec<Param>>> = HashMap::new();
        for line in data_lines(FUNCTIONS) {
            let mut fields = line.split('\t');
            let Some(name) = fields.next() else { continue };
            let params = fields
                .map(|f| {
                    let (optional, f) = f.strip_prefix('?').map_or((false, f), |f| (true, f));
                    let (variadic, ty) = f.strip_prefix("...").map_or((false, f), |f| (true, f));
                    Param {
                        ty,
                        optional,
                        variadic,
                    }
                })
                .collect();
            table.entry(name).or_default().push(params);
        }
        table
    })
}

/// An operator's operand types: left (`None` for a prefix operator), right.
type Operands = (Option<&'static str>, &'static str);

/// Operators by name.
fn operators() -> &'static HashMap<&'static str, Vec<Operands>> {
    static TABLE: OnceLock<HashMap<&str, Vec<Operands>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<&str, Vec<Operands>> = HashMap::new();
        for line in data_lines(OPERATORS) {
            let mut fields = line.split('\t');
            let (Some(name), Some(left), Some(right)) =
                (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            table
                .entry(name)
                .or_default()
                .push(((left != "-").then_some(left), right));
        }
        table
    })
}

/// Implicit casts as (source, target) `format_type` names.
fn implicit_casts() -> &'static std::collections::HashSet<(&'static str, &'static str)> {
    static TABLE: OnceLock<std::collections::HashSet<(&str, &str)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        data_lines(CASTS)
            .filter_map(|l| l.split_once('\t'))
            .collect()
    })
}

/// Whether PostgreSQL casts `from` to `to` implicitly (`can_coerce_type` with
/// COERCION_IMPLICIT over built-in types; an unknown literal goes anywhere).
pub(crate) fn casts_implicitly(from: &SqlType, to: &SqlType) -> bool {
    let (from, to) = (from.base_name(), to.base_name());
    *from == *"unknown" || from == to || implicit_casts().contains(&(from.as_str(), to.as_str()))
}

/// Whether an argument of type `arg` might be accepted by a parameter declared `param`.
fn may_accept(param: &str, arg: &SqlType) -> bool {
    if *arg == SqlType::Unknown {
        return true;
    }
    match param {
        // Any array type; polymorphic matching is the binder's (this only says "may").
        "anyarray" | "anycompatiblearray" => return matches!(arg, SqlType::Array(_)),
        // The engine has no range values, so only a literal can become one.
        "anyrange" | "anycompatiblerange" | "anymultirange" | "anycompatiblemultirange" => {
            return false
        }
        "anyenum" => return matches!(arg, SqlType::Enum(_)),
        "\"any\"" | "anyelement" | "anynonarray" | "anycompatible" | "anycompatiblenonarray" => {
            return true
        }
        _ => {}
    }
    let name = arg.base_name();
    // An enum reaches no built-in parameter but `anyenum` (and the polymorphic ones).
    !matches!(arg, SqlType::Enum(_))
        && (name == param || implicit_casts().contains(&(name.as_str(), param)))
}

/// Whether some signature of `name` might accept `args`.
fn function_may_match(name: &str, args: &[SqlType]) -> bool {
    let Some(signatures) = functions().get(name) else {
        return false;
    };
    signatures.iter().any(|params| {
        // A VARIADIC parameter takes one argument or more (`FuncnameGetCandidates`
        // spreads it only then): `concat_ws(',')` matches no `concat_ws`.
        let required = params.iter().filter(|p| !p.optional).count();
        let variadic = params.last().filter(|p| p.variadic);
        if args.len() < required || (variadic.is_none() && args.len() > params.len()) {
            return false;
        }
        args.iter().enumerate().all(|(i, arg)| match params.get(i) {
            Some(p) if !p.variadic => may_accept(p.ty, arg),
            // VARIADIC: the extra arguments are elements of the declared array.
            _ => variadic.is_some_and(|v| may_accept(v.ty.trim_end_matches("[]"), arg)),
        })
    })
}

/// The answer when the engine resolves no function `name(args)`: PostgreSQL's 42883
/// when no built-in could match, else Rehearse's refusal.
pub fn no_function(name: &str, args: &[SqlType]) -> PgError {
    // An extension's function: refused whether or not the extension is installed (the
    // binder does not see the catalog), as a refusal is never a wrong answer.
    if let Some(extension) = crate::extensions::provides_function(name) {
        let types: Vec<String> = args.iter().map(SqlType::base_name).collect();
        return PgError::unsupported(format!(
            "the function {name}({}) of extension {extension}",
            types.join(", ")
        ));
    }
    if function_may_match(name, args) {
        let types: Vec<String> = args.iter().map(SqlType::base_name).collect();
        PgError::unsupported(format!("the function {name}({})", types.join(", ")))
    } else {
        let types: Vec<String> = args.iter().map(SqlType::base_name).collect();
        PgError::undefined_function(name, &types)
    }
}

/// The answer when the engine resolves no operator `left op right` (`left` is `None`
/// for a prefix operator): PostgreSQL's 42883 when no built-in could match, else
/// Rehearse's refusal.
pub fn no_operator(left: Option<&SqlType>, op: &str, right: &SqlType) -> PgError {
    let may_match = operators().get(op).is_some_and(|candidates| {
        candidates.iter().any(|(l, r)| match (l, left) {
            (Some(l), Some(left)) => may_accept(l, left) && may_accept(r, right),
            (None, None) => may_accept(r, right),
            _ => false,
        })
    });
    let right = right.base_name();
    match (may_match, left.map(SqlType::base_name)) {
        (true, Some(l)) => PgError::unsupported(format!("the operator {l} {op} {right}")),
        (true, None) => PgError::unsupported(format!("the operator {op} {right}")),
        (false, Some(l)) => PgError::undefined_operator(&l, op, &right),
        (false, None) => PgError::new("42883", format!("operator does not exist: {op} {right}"))
            .hint("No operator matches the given name and argument type. You might need to add an explicit type cast."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::no_type;

    fn is_unsupported(e: &PgError) -> bool {
        e.unsupported.is_some()
    }

    #[test]
    fn real_functions_are_unsupported_not_missing() {
        use SqlType::*;
        assert!(is_unsupported(&no_function("pg_size_pretty", &[BigInt])));
        // integer reaches pg_size_pretty(bigint) by an implicit cast.
        assert!(is_unsupported(&no_function("pg_size_pretty", &[Integer])));
        assert!(is_unsupported(&no_function(
            "to_tsvector",
            &[Unknown, Text]
        )));
        assert!(is_unsupported(&no_function(
            "format",
            &[Unknown, Integer, Text]
        )));
        assert!(is_unsupported(&no_function(
            "translate",
            &[Text, Unknown, Unknown]
        )));
        assert!(is_unsupported(&no_function("make_interval", &[Integer])));
    }

    #[test]
    fn impossible_calls_are_postgres_errors() {
        use SqlType::*;
        let e = no_function("no_such_function", &[Integer]);
        assert_eq!(e.sqlstate, "42883");
        assert_eq!(
            e.message,
            "function no_such_function(integer) does not exist"
        );
        // No built-in to_tsvector takes a boolean.
        assert_eq!(no_function("to_tsvector", &[Boolean]).sqlstate, "42883");
        assert_eq!(no_function("pg_size_pretty", &[Text]).sqlstate, "42883");
    }

    #[test]
    fn operators_and_types() {
        use SqlType::*;
        assert!(is_unsupported(&no_operator(Some(&Text), "~", &Unknown)));
        assert!(is_unsupported(&no_operator(Some(&Jsonb), "->>", &Unknown)));
        assert_eq!(no_operator(Some(&Boolean), "~", &Integer).sqlstate, "42883");
        // Recorded on PostgreSQL: no candidate takes these without a written cast.
        assert_eq!(no_operator(Some(&Text), "=", &Integer).sqlstate, "42883");
        assert_eq!(no_operator(Some(&Date), "+", &BigInt).sqlstate, "42883");
        assert_eq!(
            no_operator(Some(&Varchar(None)), "<=", &Integer).sqlstate,
            "42883"
        );
        assert_eq!(no_function("lower", &[Integer]).sqlstate, "42883");
        assert!(is_unsupported(&no_type("inet")));
        assert!(is_unsupported(&no_type("tsvector")));
        assert_eq!(no_type("no_such_type").sqlstate, "42704");
    }
}
