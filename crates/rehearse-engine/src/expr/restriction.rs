//! What the planner's selectivity estimation does to a WHERE clause before any row is
//! read: `patternsel` (selfuncs.c) extracts the fixed prefix of `column ~ 'pattern'`,
//! compiling the pattern, so an invalid regular expression there is 2201B even on an
//! empty table (while the same pattern in a select list or a CHECK fails only on a row).
//!
//! **Invariant:** only what `patternsel` compiles is compiled: a restriction clause
//! (walked as `clause_selectivity` walks it: AND, OR, NOT, IS [NOT] TRUE/FALSE) of the
//! form `expr ~ constant` (`~*`, `!~`, `!~*`, SIMILAR TO) whose left side reads the
//! row and is text, varchar, char or name, and whose right side is a text constant
//! after folding. A pattern the engine cannot translate is left to the rows (it is no
//! PostgreSQL error).

use super::{Expr, Node};
use crate::error::PgError;
use crate::types::SqlType;
use crate::value::Value;

/// Raises the errors PostgreSQL's selectivity estimation raises for a folded WHERE.
pub fn estimate(filter: &Expr) -> Result<(), PgError> {
    match &filter.node {
        Node::Logic(_, items) => items.iter().try_for_each(estimate),
        Node::Not(e) | Node::IsBool(e, ..) => estimate(e),
        Node::Regex(subject, pattern, _, ci) => {
            let Node::Const(Value::Text(p)) = &pattern.node else {
                return Ok(());
            };
            if !reads_row(subject) || !is_pattern_type(&subject.ty) {
                return Ok(());
            }
            match crate::regex::compile(p, *ci) {
                Err(e) if e.unsupported.is_none() => Err(e),
                _ => Ok(()),
            }
        }
        _ => Ok(()),
    }
}

/// `examine_variable`'s "variable": an expression of the row's columns, without a
/// subquery.
fn reads_row(e: &Expr) -> bool {
    fn walk(e: &Expr, column: &mut bool) -> bool {
        match &e.node {
            Node::Column(..) => {
                *column = true;
                true
            }
            Node::SubLink(_) => false,
            _ => e.children().into_iter().all(|c| walk(c, column)),
        }
    }
    let mut column = false;
    walk(e, &mut column) && column
}

/// The left-hand types `patternsel` estimates (text, bpchar; varchar is exposed as
/// text).
fn is_pattern_type(ty: &SqlType) -> bool {
    matches!(ty, SqlType::Text | SqlType::Varchar(_) | SqlType::Char(_))
}

/// `order_qual_clauses` for a scan's WHERE: the top-level AND's clauses (flattened, as
/// `canonicalize_qual` leaves them) in the order the scan evaluates them. A `x = y`
/// clause becomes an equivalence class and comes back after the others
/// (`generate_base_implied_equalities`); then the list is sorted by estimated cost,
/// cheapest first, keeping the order of equal costs (an insertion sort). So in
/// `WHERE (7 / n) > 1 AND flag` the row's `flag` is read first and a false one never
/// divides.
pub fn order_quals(filter: &mut Expr) {
    if !matches!(filter.node, Node::Logic(true, _)) {
        return;
    }
    let mut clauses = Vec::new();
    flatten(
        std::mem::replace(filter, Expr::constant(Value::Null, SqlType::Boolean)),
        &mut clauses,
    );
    let (mut others, equalities): (Vec<Expr>, Vec<Expr>) =
        clauses.into_iter().partition(|c| !is_equivalence(c));
    others.extend(equalities);
    let mut costed: Vec<(u64, Expr)> = others.into_iter().map(|c| (cost(&c), c)).collect();
    costed.sort_by_key(|(c, _)| *c);
    let clauses = costed.into_iter().map(|(_, c)| c).collect();
    *filter = Expr::new(Node::Logic(true, clauses), SqlType::Boolean);
}

fn flatten(e: Expr, out: &mut Vec<Expr>) {
    match e.node {
        Node::Logic(true, items) => items.into_iter().for_each(|i| flatten(i, out)),
        node => out.push(Expr::new(node, e.ty)),
    }
}

/// A mergejoinable `=` between expressions of the row, or one and a constant, without a
/// subquery (`process_equivalence` takes it into an equivalence class).
fn is_equivalence(e: &Expr) -> bool {
    let Node::Binary(super::Op::Eq, l, r) = &e.node else {
        return false;
    };
    let plain = |x: &Expr| !contains_sublink(x);
    plain(l) && plain(r) && (reads_row(l) || reads_row(r))
}

/// Whether `e` holds a subquery anywhere.
pub(crate) fn contains_sublink(e: &Expr) -> bool {
    matches!(e.node, Node::SubLink(_)) || e.children().into_iter().any(contains_sublink)
}

/// `cost_qual_eval`'s per-row cost in halves of `cpu_operator_cost`: one operator per
/// operator or function call (procost 1 for the built-ins), two for an I/O conversion
/// cast, none for AND/OR/NOT, NULL tests, CASE, COALESCE, constants and columns; half
/// an operator per element for `IN (...)`; a subquery costs more than any expression.
fn cost(e: &Expr) -> u64 {
    let own = match &e.node {
        Node::SubLink(_) => return 1_000_000,
        // An inlined LANGUAGE sql call is its body; otherwise a user function's
        // default COST, 100 operators.
        Node::UserCall(call) => {
            return match &call.inlined {
                Some(body) => cost(body),
                None => 200 + call.args.iter().map(cost).sum::<u64>(),
            }
        }
        Node::Const(_)
        | Node::Column(..)
        | Node::Not(_)
        | Node::Logic(..)
        | Node::IsNull(..)
        | Node::IsBool(..)
        | Node::Case(..)
        | Node::Array(_)
        | Node::Subscript(..) => 0,
        Node::Cast(inner, _) => 2 * cast_cost(&inner.ty, &e.ty),
        Node::InList(_, items, _) => items.len() as u64,
        Node::Func(f, _) if matches!(f.eval, super::functions::Eval::FirstNonNull) => 0,
        Node::Neg(_)
        | Node::Distinct(..)
        | Node::Binary(..)
        | Node::Like(..)
        | Node::Regex(..)
        | Node::Quantified(..)
        | Node::Func(..) => 2,
    };
    own + e.children().into_iter().map(cost).sum::<u64>()
}

/// A cast's calls: none between text and unconstrained varchar (RelabelType), one for
/// a length coercion or a cast function, two for an I/O conversion (output, input).
fn cast_cost(from: &SqlType, to: &SqlType) -> u64 {
    let string = |t: &SqlType| {
        matches!(
            t,
            SqlType::Text | SqlType::Varchar(_) | SqlType::Char(_) | SqlType::Unknown
        )
    };
    match (string(from), string(to)) {
        (true, true) => u64::from(!matches!(to, SqlType::Text | SqlType::Varchar(None))),
        (true, false) | (false, true) => 2,
        (false, false) => 1,
    }
}
