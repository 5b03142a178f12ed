//! Which built-in PostgreSQL 18 itself would call: `func_select_candidate`
//! (parse_func.c) run on the signatures of `functions.tsv` and `operators.tsv`.
//!
//! The engine implements one overload of most names. A call whose arguments PostgreSQL
//! resolves to another overload (`substring(text from text)` is the regex form, not
//! `substring(text from integer)`) must not be bound to the engine's overload: coercing
//! its arguments there raises errors PostgreSQL never would. The binder asks
//! [`function`] (or [`operator`]) first and refuses a call whose resolution is not the
//! overload it implements.
//!
//! **Invariant:** the answer is `Unique` only when PostgreSQL's rules pick that
//! candidate, and `NotUnique` (PostgreSQL's 42725) only when they fail with every
//! step followed exactly; where this module follows the rules only in part (arrays'
//! coercions, citext, `anycompatible`, a one-argument call that may be a cast) it
//! answers `Undecided`, and the binder then refuses rather than guesses.

use super::{functions, may_accept, operators, Param};
use crate::error::PgError;
use crate::types::SqlType;

/// What PostgreSQL's resolution makes of a call.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Resolution {
    /// No built-in of that name (an extension's, or a grammar construct such as
    /// COALESCE): the engine's own binding decides.
    NotBuiltin,
    /// No candidate takes the arguments (as far as `may_accept` judges: it knows no
    /// array values, so the engine's own binding decides).
    NoCandidate,
    /// PostgreSQL picks this candidate: its parameter types (`format_type` names).
    Unique(Vec<&'static str>),
    /// PostgreSQL's `func_select_candidate` fails with several candidates left: its
    /// 42725 "is not unique". Answered only where every step was followed exactly
    /// (no array, citext or `anycompatible` typing, which are judged only in part).
    NotUnique,
    /// More than one candidate, and the rules this module follows do not pick one
    /// with certainty: the binder refuses rather than guesses.
    Undecided,
}

/// `typcategory` of a `format_type` name (measured on PGlite: `pg_type` of
/// pg_catalog), and whether it is its category's preferred type.
fn category(name: &str) -> (char, bool) {
    if name.ends_with("[]") {
        return ('A', false);
    }
    match name {
        "boolean" => ('B', true),
        "date"
        | "time without time zone"
        | "timestamp without time zone"
        | "time with time zone" => ('D', false),
        "timestamp with time zone" => ('D', true),
        "point" | "lseg" | "path" | "box" | "polygon" | "line" | "circle" => ('G', false),
        "cidr" => ('I', false),
        "inet" => ('I', true),
        "oid" | "double precision" => ('N', true),
        "bigint" | "smallint" | "integer" | "real" | "money" | "numeric" => ('N', false),
        n if n.starts_with("reg") => ('N', false),
        "\"any\"" | "record" | "cstring" | "void" | "trigger" | "internal" | "event_trigger" => {
            ('P', false)
        }
        n if n.starts_with("any") || n.ends_with("_handler") => ('P', false),
        n if n.ends_with("range") => ('R', false),
        "text" => ('S', true),
        // citext is a string type (CREATE TYPE ... CATEGORY = 'S').
        "name" | "character" | "character varying" | "citext" => ('S', false),
        "interval" => ('T', true),
        "bit" => ('V', false),
        "bit varying" => ('V', true),
        "unknown" => ('X', false),
        "int2vector" | "oidvector" => ('A', false),
        "\"char\"" | "pg_node_tree" => ('Z', false),
        n if n.starts_with("pg_") && n != "pg_lsn" && n != "pg_snapshot" => ('Z', false),
        _ => ('U', false),
    }
}

/// A candidate's parameter types for `n` arguments (defaults left off, a VARIADIC
/// array spread into its elements), if it takes `n`, and whether it was spread. As
/// `FuncnameGetCandidates` does, a VARIADIC parameter is spread only when it gets at
/// least one argument (`format(text)` is not `format(text, VARIADIC "any")`).
fn expand(params: &'static [Param<'static>], n: usize) -> Option<(Vec<&'static str>, bool)> {
    let variadic = params.last().filter(|p| p.variadic && params.len() <= n);
    let required = params.iter().filter(|p| !p.optional).count();
    if variadic.is_none() && (n < required || n > params.len()) {
        return None;
    }
    let types = (0..n)
        .map(|i| match params.get(i) {
            Some(p) if !(p.variadic && variadic.is_some()) => p.ty,
            _ => variadic.map_or("\"any\"", |v| {
                if v.ty == "\"any\"" {
                    v.ty
                } else {
                    v.ty.trim_end_matches("[]")
                }
            }),
        })
        .collect();
    Some((types, variadic.is_some()))
}

/// PostgreSQL's resolution of `name(args)` among the built-in functions.
pub(crate) fn function(name: &str, args: &[SqlType]) -> Resolution {
    let Some(signatures) = functions().get(name) else {
        return Resolution::NotBuiltin;
    };
    let mut candidates: Vec<(Vec<&'static str>, bool)> = Vec::new();
    // A one-argument call of a type's name may be PostgreSQL's function-style cast
    // instead (`date('2024-01-01')`, `func_get_detail`'s FuncNameAsType): never called
    // ambiguous here. Any other one-argument call is resolved as the rest.
    let mut certain = args.len() > 1 || !crate::types::is_type(name);
    for (types, spread) in signatures.iter().filter_map(|p| expand(p, args.len())) {
        // Two candidates alike once spread: the one not spread is kept; two alike
        // otherwise are PostgreSQL's ambiguity, not followed here.
        match candidates.iter_mut().find(|(t, _)| *t == types) {
            Some(prev) if prev.1 && !spread => *prev = (types, spread),
            Some(prev) if prev.1 == spread => certain = false,
            Some(_) => {}
            None => candidates.push((types, spread)),
        }
    }
    select(
        candidates.into_iter().map(|(t, _)| t).collect(),
        args,
        certain,
    )
}

/// PostgreSQL's resolution of `left op right` (`left` `None` for a prefix operator):
/// the operand types of the operator it picks.
pub(crate) fn operator(left: Option<&SqlType>, op: &str, right: &SqlType) -> Resolution {
    let Some(all) = operators().get(op) else {
        return Resolution::NotBuiltin;
    };
    let args: Vec<SqlType> = left.into_iter().chain([right]).cloned().collect();
    // One operand unknown: the operator taking the other's type on both sides, if
    // there is one (binary_oper_exact).
    if let (Some(l), r) = (left, right) {
        let known = match (l, r) {
            (SqlType::Unknown, r) if *r != SqlType::Unknown => Some(r.base_name()),
            (l, SqlType::Unknown) if *l != SqlType::Unknown => Some(l.base_name()),
            _ => None,
        };
        if let Some(known) = known {
            if let Some((Some(l), r)) = all
                .iter()
                .find(|(l, r)| *l == Some(known.as_str()) && *r == known)
            {
                return Resolution::Unique(vec![l, r]);
            }
        }
    }
    let candidates = all
        .iter()
        .filter(|(l, _)| l.is_some() == left.is_some())
        .map(|(l, r)| l.iter().copied().chain([*r]).collect())
        .collect();
    select(candidates, &args, true)
}

/// PostgreSQL's 42725 for `left op right` when `operator` answers `NotUnique`.
pub(crate) fn operator_not_unique(left: &SqlType, op: &str, right: &SqlType) -> PgError {
    PgError::new(
        "42725",
        format!(
            "operator is not unique: {} {op} {}",
            left.base_name(),
            right.base_name()
        ),
    )
    .hint("Could not choose a best candidate operator. You might need to add explicit type casts.")
}

/// `func_select_candidate`, after `func_match_argtypes` has kept the candidates every
/// argument can be coerced to. `certain`: the candidates are PostgreSQL's, so a
/// failure to choose is its 42725 (else `Undecided`).
fn select(candidates: Vec<Vec<&'static str>>, args: &[SqlType], certain: bool) -> Resolution {
    let names: Vec<String> = args.iter().map(SqlType::base_name).collect();
    let unknown: Vec<bool> = args.iter().map(|a| *a == SqlType::Unknown).collect();
    let mut candidates: Vec<Vec<&'static str>> = candidates
        .into_iter()
        .filter(|params| accepts(params, args))
        .collect();
    // Where `accepts` judges only in part, a failure to choose is not known to be
    // PostgreSQL's.
    let failed = if certain
        && !args
            .iter()
            .any(|a| matches!(a, SqlType::Array(_) | SqlType::Citext))
        && !candidates
            .iter()
            .flatten()
            .any(|p| p.starts_with("anycompatible"))
    {
        Resolution::NotUnique
    } else {
        Resolution::Undecided
    };
    // An exact match of every argument is taken at once (func_get_detail).
    if let Some(exact) = candidates
        .iter()
        .find(|params| params.iter().zip(&names).all(|(p, n)| p == n))
    {
        return Resolution::Unique(exact.clone());
    }
    match candidates.len() {
        0 => return Resolution::NoCandidate,
        1 => return Resolution::Unique(candidates.remove(0)),
        _ => {}
    }
    // Most exact matches on the known arguments.
    candidates = keep_best(candidates, |params| {
        count(params, |i, p| !unknown[i] && *p == names[i])
    });
    if candidates.len() == 1 {
        return Resolution::Unique(candidates.remove(0));
    }
    // Most exact-or-preferred matches (a preferred type of the argument's category).
    candidates = keep_best(candidates, |params| {
        count(params, |i, p| {
            !unknown[i]
                && (*p == names[i] || (category(p).1 && category(p).0 == category(&names[i]).0))
        })
    });
    if candidates.len() == 1 {
        return Resolution::Unique(candidates.remove(0));
    }
    if !unknown.contains(&true) {
        return failed;
    }
    // Unknown arguments: the category the remaining candidates agree on there, a
    // string category winning any conflict; then its preferred type if any has it.
    let mut slots: Vec<Option<(char, bool)>> = vec![None; args.len()];
    let mut resolved = true;
    for (i, slot) in slots.iter_mut().enumerate().filter(|(i, _)| unknown[*i]) {
        let mut conflict = false;
        let mut current: Option<(char, bool)> = None;
        for params in &candidates {
            let (cat, preferred) = category(params[i]);
            current = match current {
                None => Some((cat, preferred)),
                Some((c, p)) if c == cat => Some((c, p || preferred)),
                Some(_) if cat == 'S' => Some((cat, preferred)),
                Some((c, p)) => {
                    if c != 'S' {
                        conflict = true;
                    }
                    Some((c, p))
                }
            };
        }
        if conflict && current.is_some_and(|(c, _)| c != 'S') {
            resolved = false;
            break;
        }
        *slot = current;
    }
    if resolved {
        let kept: Vec<Vec<&'static str>> = candidates
            .iter()
            .filter(|params| {
                slots.iter().enumerate().all(|(i, slot)| match slot {
                    None => true,
                    Some((cat, preferred)) => {
                        let (c, p) = category(params[i]);
                        c == *cat && (!preferred || p)
                    }
                })
            })
            .cloned()
            .collect();
        if kept.len() == 1 {
            return Resolution::Unique(kept.into_iter().next().unwrap_or_default());
        }
        if !kept.is_empty() {
            candidates = kept;
        }
    }
    // One known type among the arguments: the unknowns assumed to be of it, the one
    // candidate all the arguments can then reach implicitly.
    let known: Vec<&SqlType> = args.iter().filter(|a| **a != SqlType::Unknown).collect();
    if let Some(first) = known.first() {
        if known.iter().all(|t| t.base_name() == first.base_name()) {
            let assumed = vec![(*first).clone(); args.len()];
            let reach: Vec<&Vec<&'static str>> = candidates
                .iter()
                .filter(|params| accepts(params, &assumed))
                .collect();
            if let [only] = reach[..] {
                return Resolution::Unique(only.clone());
            }
        }
    }
    failed
}

/// `can_coerce_type` of `args` to a candidate's `params`, implicitly: each argument
/// by `may_accept`, and the polymorphic parameters consistent with one another
/// (`check_generic_type_consistency`: every `anyelement` the same type, every
/// `anyarray` the array of it).
fn accepts(params: &[&str], args: &[SqlType]) -> bool {
    if !params.iter().zip(args).all(|(p, a)| may_accept(p, a)) {
        return false;
    }
    let mut element: Option<SqlType> = None;
    for (p, a) in params.iter().zip(args) {
        let implied = match (*p, a) {
            (_, SqlType::Unknown) => continue,
            ("anyelement" | "anynonarray" | "anyenum", a) => a.clone(),
            ("anyarray", SqlType::Array(e)) => (**e).clone(),
            _ => continue,
        };
        match &element {
            Some(e) if e.without_typmod() != implied.without_typmod() => return false,
            Some(_) => {}
            None => element = Some(implied),
        }
    }
    // anynonarray takes no array, whatever anyarray implies.
    if params.contains(&"anynonarray") && matches!(element, Some(SqlType::Array(_))) {
        return false;
    }
    // The anycompatible family needs a common type (`select_common_type`), which
    // types of different categories never have; within one category it is judged
    // "may" (a failure to choose is then `Undecided`, never 42725).
    let mut compatible: Option<char> = None;
    for (p, a) in params.iter().zip(args) {
        let implied = match (*p, a) {
            (_, SqlType::Unknown) => continue,
            ("anycompatible" | "anycompatiblenonarray", a) => a.base_name(),
            ("anycompatiblearray", SqlType::Array(e)) => e.base_name(),
            _ => continue,
        };
        let cat = category(&implied).0;
        match compatible {
            Some(c) if c != cat => return false,
            Some(_) => {}
            None => compatible = Some(cat),
        }
    }
    true
}

/// How many of a candidate's parameters satisfy `matches` (given the position).
fn count(params: &[&'static str], matches: impl Fn(usize, &&'static str) -> bool) -> usize {
    params
        .iter()
        .enumerate()
        .filter(|(i, p)| matches(*i, p))
        .count()
}

/// The candidates scoring highest (all of them when none scores).
fn keep_best(
    candidates: Vec<Vec<&'static str>>,
    score: impl Fn(&[&'static str]) -> usize,
) -> Vec<Vec<&'static str>> {
    let best = candidates.iter().map(|c| score(c)).max().unwrap_or(0);
    candidates
        .into_iter()
        .filter(|c| score(c) == best)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use SqlType::*;

    fn unique(r: Resolution) -> Vec<&'static str> {
        match r {
            Resolution::Unique(p) => p,
            other => panic!("not unique: {other:?}"),
        }
    }

    #[test]
    fn substring_with_a_text_pattern_is_the_regex_form() {
        // Recorded on PostgreSQL: substring(email from '@(.*)$') is substring(text, text).
        assert_eq!(
            unique(function("substring", &[Text, Unknown])),
            ["text", "text"]
        );
        assert_eq!(
            unique(function("substring", &[Text, Integer])),
            ["text", "integer"]
        );
        assert_eq!(
            unique(function("substring", &[Varchar(None), Unknown, Unknown])),
            ["text", "text", "text"]
        );
    }

    #[test]
    fn preferred_types_and_unknowns() {
        // abs('5') is abs(double precision); length(varchar) is length(text).
        assert_eq!(unique(function("abs", &[Unknown])), ["double precision"]);
        assert_eq!(unique(function("length", &[Varchar(None)])), ["text"]);
        assert_eq!(unique(function("abs", &[SmallInt])), ["smallint"]);
        assert_eq!(
            unique(function("round", &[Numeric(None), Integer])),
            ["numeric", "integer"]
        );
        assert_eq!(unique(function("round", &[Integer])), ["double precision"]);
        assert_eq!(
            unique(function("left", &[Unknown, Unknown])),
            ["text", "integer"]
        );
        assert_eq!(function("coalesce", &[Integer]), Resolution::NotBuiltin);
        assert_eq!(function("lower", &[Integer]), Resolution::NoCandidate);
        assert_eq!(
            unique(operator(Some(&Integer), "+", &Unknown)),
            ["integer", "integer"]
        );
        assert_eq!(
            unique(operator(Some(&Text), "||", &Unknown)),
            ["text", "text"]
        );
    }

    #[test]
    fn variadic_parameters_take_one_argument_or_more() {
        // format('100%%') is format(text); concat_ws(',') matches nothing (42883).
        assert_eq!(unique(function("format", &[Unknown])), ["text"]);
        assert_eq!(
            unique(function("format", &[Unknown, Integer])),
            ["text", "\"any\""]
        );
        assert_eq!(function("concat_ws", &[Unknown]), Resolution::NoCandidate);
        assert!(!crate::builtins::function_may_match(
            "concat_ws",
            &[Unknown]
        ));
    }

    #[test]
    fn failing_to_choose_is_postgresql_42725_only_when_certain() {
        // Recorded on PostgreSQL: 42725 for each of these.
        assert_eq!(
            function("date_trunc", &[Unknown, Unknown]),
            Resolution::NotUnique
        );
        assert_eq!(function("to_char", &[Unknown, Text]), Resolution::NotUnique);
        assert_eq!(
            operator(Some(&Time(None)), "+", &Time(None)),
            Resolution::NotUnique
        );
        // to_char(12, '999') is to_char(integer, text).
        assert_eq!(
            unique(function("to_char", &[Integer, Unknown])),
            ["integer", "text"]
        );
        // A one-argument call of a type's name may be a function-style cast: never
        // called ambiguous; isfinite('2024-01-01') is PostgreSQL's 42725.
        assert_ne!(function("date", &[Unknown]), Resolution::NotUnique);
        assert_eq!(function("isfinite", &[Unknown]), Resolution::NotUnique);
    }

    #[test]
    fn polymorphic_parameters_must_agree() {
        // tags <@ '{a}' is anyarray <@ anyarray (the range forms take no text[]).
        let tags = Array(Box::new(Text));
        assert_eq!(
            unique(operator(Some(&tags), "<@", &Unknown)),
            ["anyarray", "anyarray"]
        );
        assert!(!accepts(
            &["anyelement", "anyarray"],
            &[Integer, tags.clone()]
        ));
        assert!(accepts(&["anyelement", "anyarray"], &[Text, tags.clone()]));
        // varchar(10)[] || text[] is anycompatiblearray || anycompatiblearray.
        let labels = Array(Box::new(Varchar(Some(10))));
        assert_eq!(
            unique(operator(Some(&labels), "||", &tags)),
            ["anycompatiblearray", "anycompatiblearray"]
        );
    }
}
