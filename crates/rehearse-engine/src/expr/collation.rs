//! The calls that need a collation, for folding before collations are assigned.
//!
//! PostgreSQL's `cookDefault` checks a generation expression with
//! `contain_mutable_functions_after_planning`, which runs the planner's constant
//! folding on it *before* `assign_expr_collations`: every node still has collation 0,
//! so a folded call of a function that reads its collation (text comparison, LIKE,
//! regular expressions, `lower`/`upper`/`initcap`, `strpos`, ...) raises 42P22
//! "could not determine which collation to use for ..." with the function's own
//! words, even under a COLLATE clause. A call is only folded when its arguments are
//! constants, and the error comes only when the function really reaches its
//! collation check for those values: `text_position_setup` is skipped for an empty
//! string by `replace` and `split_part`, an array comparison compares no element when
//! the shapes differ or the first non-NULL pair has a NULL, `GREATEST` compares only
//! when two arguments are non-NULL. Each rule here is measured on PGlite.
//!
//! **Invariant:** [`check`] is asked about a node whose children are all constants,
//! just before the folder evaluates it, and only while folding a generation expression
//! (`Env::before_collations`).

use super::{Env, Expr, Node, Op};
use crate::error::PgError;
use crate::types::SqlType;
use crate::value::Value;

/// What the 42P22 message names: the words each function family uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Use {
    /// `varstr_cmp`, `text_position_setup`, the equality of the string types.
    Comparison,
    /// `textlike` / `bpcharlike`.
    Like,
    /// `texticlike` (and citext's LIKE).
    ILike,
    /// `pg_set_regex_collation`.
    Regex,
    /// `str_tolower` / `str_toupper` / `str_initcap`: "lower() function", ...
    Case(&'static str),
}

impl Use {
    fn error(self) -> PgError {
        let what = match self {
            Use::Comparison => "string comparison".to_string(),
            Use::Like => "LIKE".to_string(),
            Use::ILike => "ILIKE".to_string(),
            Use::Regex => "regular expression".to_string(),
            Use::Case(name) => format!("{name}() function"),
        };
        PgError::new(
            "42P22",
            format!("could not determine which collation to use for {what}"),
        )
        .hint("Use the COLLATE clause to set the collation explicitly.")
    }
}

/// The error PostgreSQL raises when it folds `e` (a node over constants) with no
/// collation assigned, if any; `env` evaluates a regular-expression call whose
/// argument checks come before its collation's.
pub(super) fn check(e: &Expr, env: &mut Env) -> Result<(), PgError> {
    match uses(e, env)? {
        Some(used) => Err(used.error()),
        None => Ok(()),
    }
}

/// A string type: its functions and operators read the collation.
fn collatable(ty: &SqlType) -> bool {
    matches!(
        ty,
        SqlType::Text | SqlType::Varchar(_) | SqlType::Char(_) | SqlType::Unknown
    )
}

fn value(e: &Expr) -> &Value {
    match &e.node {
        Node::Const(v) => v,
        _ => &Value::Null,
    }
}

fn text(e: &Expr) -> Option<&str> {
    match value(e) {
        Value::Text(s) => Some(s),
        _ => None,
    }
}

/// citext's functions take their collation their own way (its `=` needs none, its
/// `<` does, its LIKE says ILIKE): not modelled.
fn citext_refusal(e: &Expr) -> Result<(), PgError> {
    let citext = |x: &Expr| match &x.ty {
        SqlType::Citext => true,
        SqlType::Array(elem) => **elem == SqlType::Citext,
        _ => false,
    };
    if e.children().into_iter().any(citext) {
        return Err(PgError::unsupported(
            "a citext operation over constants in a generation expression (PostgreSQL folds it before the collation is assigned)",
        ));
    }
    Ok(())
}

fn uses(e: &Expr, env: &mut Env) -> Result<Option<Use>, PgError> {
    Ok(match &e.node {
        Node::Binary(op, l, r) => match op {
            Op::Eq | Op::Ne | Op::Lt | Op::Le | Op::Gt | Op::Ge => {
                citext_refusal(e)?;
                compares(&l.ty, value(l), value(r), matches!(op, Op::Eq | Op::Ne))
            }
            Op::Contains | Op::ContainedBy | Op::Overlap => {
                citext_refusal(e)?;
                contains(*op, &l.ty, value(l), value(r))
            }
            _ => None,
        },
        Node::Distinct(eq, _) => match &eq.node {
            Node::Binary(_, l, r) => {
                citext_refusal(eq)?;
                compares(&l.ty, value(l), value(r), true)
            }
            _ => None,
        },
        // bytea's LIKE compares bytes, with no collation.
        Node::Like(l, r, _, ci) if collatable(&l.ty) || l.ty == SqlType::Citext => {
            citext_refusal(e)?;
            let both = !value(l).is_null() && !value(r).is_null();
            both.then_some(if *ci { Use::ILike } else { Use::Like })
        }
        Node::Regex(l, r, ..) => {
            citext_refusal(e)?;
            (!value(l).is_null() && !value(r).is_null()).then_some(Use::Regex)
        }
        Node::Quantified(op, l, r, _) if is_comparison(*op) => {
            citext_refusal(e)?;
            match value(r) {
                Value::Array(items) => any_compared(&l.ty, value(l), items.elements()),
                _ => None,
            }
        }
        Node::InList(x, items, _) => {
            citext_refusal(e)?;
            let values: Vec<Value> = items.iter().map(|i| value(i).clone()).collect();
            any_compared(&x.ty, value(x), &values)
        }
        Node::Func(f, args) => {
            if args.iter().any(|a| matches!(a.ty, SqlType::Citext)) {
                citext_refusal(e)?;
            }
            function(f.name(), args, e, env)?
        }
        _ => None,
    })
}

fn is_comparison(op: Op) -> bool {
    matches!(op, Op::Eq | Op::Ne | Op::Lt | Op::Le | Op::Gt | Op::Ge)
}

/// Whether comparing `a` and `b` of type `ty` calls a collation-reading comparison:
/// two non-NULL strings do; two arrays of strings do when their first pair that is
/// not two NULLs is two values (`array_eq` first requires equal shapes, `array_cmp`
/// walks the common length).
fn compares(ty: &SqlType, a: &Value, b: &Value, equality: bool) -> Option<Use> {
    if a.is_null() || b.is_null() {
        return None;
    }
    match (ty, a, b) {
        (t, ..) if collatable(t) => Some(Use::Comparison),
        (SqlType::Array(elem), Value::Array(x), Value::Array(y)) => {
            if equality && x.dims() != y.dims() {
                return None;
            }
            let first = x
                .elements()
                .iter()
                .zip(y.elements())
                .find(|(p, q)| !(p.is_null() && q.is_null()))?;
            compares(elem, first.0, first.1, equality)
        }
        _ => None,
    }
}

/// `x op ANY/ALL (array)` and `x IN (list)`: a non-NULL `x` is compared with each
/// non-NULL element (a NULL `x` is NULL without a call).
fn any_compared(ty: &SqlType, x: &Value, items: &[Value]) -> Option<Use> {
    if x.is_null() || !collatable(ty) {
        return None;
    }
    items
        .iter()
        .any(|v| !v.is_null())
        .then_some(Use::Comparison)
}

/// `@>`, `<@`, `&&` over arrays of strings (`array_contain_compare`): the first
/// array's elements in order, each compared with the other's non-NULL elements; for
/// containment a NULL element of the first ends the walk.
fn contains(op: Op, ty: &SqlType, a: &Value, b: &Value) -> Option<Use> {
    let SqlType::Array(elem) = ty else {
        return None;
    };
    let (Value::Array(a), Value::Array(b)) = (a, b) else {
        return None;
    };
    if !collatable(elem) {
        return None;
    }
    // arraycontains(a, b) walks b against a; arraycontained(a, b) and arrayoverlap
    // walk a against b.
    let (walked, other) = match op {
        Op::Contains => (b, a),
        _ => (a, b),
    };
    if !other.elements().iter().any(|v| !v.is_null()) {
        return None;
    }
    let match_all = op != Op::Overlap;
    for v in walked.elements() {
        if !v.is_null() {
            return Some(Use::Comparison);
        }
        if match_all {
            return None;
        }
    }
    None
}

/// The built-in functions that read their collation, with the values for which they
/// reach the check.
fn function(name: &str, args: &[Expr], call: &Expr, env: &mut Env) -> Result<Option<Use>, PgError> {
    let arg = |i: usize| args.get(i).map_or(&Value::Null, value);
    let non_empty = |i: usize| args.get(i).and_then(text).is_some_and(|s| !s.is_empty());
    let string_args = args.first().is_some_and(|a| collatable(&a.ty));
    Ok(match name {
        "lower" | "upper" | "initcap" => Some(Use::Case(match name {
            "lower" => "lower",
            "upper" => "upper",
            _ => "initcap",
        })),
        "strpos" | "starts_with" => Some(Use::Comparison),
        // Empty source or pattern: the source unchanged, before text_position_setup.
        "replace" => (non_empty(0) && non_empty(1)).then_some(Use::Comparison),
        // Field 0 is its own error first; an empty input or separator needs no search.
        "split_part" => {
            (*arg(2) != Value::Int(0) && non_empty(0) && non_empty(1)).then_some(Use::Comparison)
        }
        // An empty input is the empty array; a separator searches, and so does
        // comparing each field with a null string.
        "string_to_array" => (non_empty(0)
            && (non_empty(1) || args.get(2).is_some_and(|a| !value(a).is_null())))
        .then_some(Use::Comparison),
        "nullif" if string_args || matches!(args[0].ty, SqlType::Array(_)) => {
            compares(&args[0].ty, arg(0), arg(1), true)
        }
        "greatest" | "least" => {
            let present: Vec<&Value> = args.iter().map(value).filter(|v| !v.is_null()).collect();
            match present.as_slice() {
                [a, b, ..] => compares(&call.ty, a, b, false),
                _ => None,
            }
        }
        "array_position" | "array_positions" | "array_remove" | "array_replace" => {
            array_search(name, args)
        }
        "regexp_replace"
        | "regexp_match"
        | "regexp_count"
        | "regexp_like"
        | "regexp_substr"
        | "regexp_instr"
        | "regexp_split_to_array" => regex_call(call, env)?,
        // substring(t FROM pattern): a regular expression; the SIMILAR form is a
        // LANGUAGE sql function whose body has its own collation, the integer forms
        // compare nothing.
        "substring" if args.len() == 2 && collatable(&args[1].ty) => regex_call(call, env)?,
        _ => None,
    })
}

/// `array_position(s)`, `array_remove`, `array_replace`: a non-NULL search value is
/// compared with each non-NULL element (from the start position); the shape checks
/// come first and are the function's own errors.
fn array_search(name: &str, args: &[Expr]) -> Option<Use> {
    let Value::Array(items) = value(args.first()?) else {
        return None;
    };
    let SqlType::Array(elem) = &args[0].ty else {
        return None;
    };
    let wanted = value(args.get(1)?);
    if wanted.is_null() || !collatable(elem) {
        return None;
    }
    let searching = matches!(name, "array_position" | "array_positions");
    if items.dims().len() > 1 && (searching || name == "array_remove") {
        return None;
    }
    let start = match args.get(2).map(value) {
        Some(Value::Int(s)) if name == "array_position" => (*s).max(1) as usize,
        Some(Value::Null) if name == "array_position" => return None,
        _ => 1,
    };
    items
        .elements()
        .iter()
        .skip(start - 1)
        .any(|v| !v.is_null())
        .then_some(Use::Comparison)
}

/// The regular-expression functions check their flags and positions before they
/// compile the pattern (which reads the collation): the call is evaluated, and its
/// own parameter error is raised; otherwise the pattern would have been compiled
/// (whether or not it is valid) and the collation is missing.
fn regex_call(call: &Expr, env: &mut Env) -> Result<Option<Use>, PgError> {
    match call.eval(&[], env) {
        Ok(_) => Ok(Some(Use::Regex)),
        Err(err) if err.unsupported.is_some() => Err(err),
        Err(err) if err.sqlstate == "2201B" => Ok(Some(Use::Regex)),
        Err(err) => Err(err),
    }
}
