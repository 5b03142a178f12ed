//! Whether PostgreSQL's planner can plan a FULL JOIN: only as a merge join or a hash
//! join, so a condition neither can use is the planner's 0A000 "FULL JOIN is only
//! supported with merge-joinable or hash-joinable join conditions", raised after the
//! query's constant folding and before any row is read.
//!
//! The rule (probed on PGlite): after virtual generated columns are replaced by their
//! expressions (PostgreSQL 18 expands them before planning) and constants folded, the
//! join plans iff some AND-ed clause is hash-joinable — an `=` whose two sides each
//! read columns of one side only, different sides, and nothing volatile — or every
//! clause is a constant (`ON true`, `ON false`, `ON NULL`, or clauses folded to them).
//! `a.x < b.y`, `a.x = 5`, `a.x = a.y`, `a.x + b.x = 3`, `a.x = b.x OR ...`,
//! `IS NOT DISTINCT FROM` are not; `a.x = b.y AND a.y > 5` is.
//!
//! **Invariant:** the check reads a copy of the folded condition; the condition the
//! rows are joined by is unchanged (the rows already hold their virtual columns'
//! values). A clause whose joinability the rule does not decide (a subquery) is
//! refused, never guessed.

use super::from::{JoinKind, Relation};
use crate::catalog::Table;
use crate::error::PgError;
use crate::expr::{Env, Expr, Node, Op, Scope};
use crate::routine_defs::Volatility;
use crate::types::CastContext;

/// A table's virtual generated columns, each with its expression bound against the
/// table's own columns (`None`: its expression did not bind, so a FULL JOIN reading
/// it is refused).
pub(super) fn virtual_columns(
    table: &Table,
    enums: &std::collections::BTreeMap<String, Vec<String>>,
    extensions: Option<&std::collections::BTreeSet<String>>,
) -> Vec<(usize, Option<Expr>)> {
    if !table.columns.iter().any(crate::catalog::Column::is_virtual) {
        return Vec::new();
    }
    let scope = Scope {
        table: &table.name,
        columns: table.scope_columns(),
        enums,
        extensions,
        joined: Vec::new(),
        query: None,
    };
    table
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.is_virtual())
        .map(|(i, c)| {
            let bound = c.generated.as_ref().and_then(|g| {
                let e = scope.bind(&g.expr).ok()?;
                scope.coerce(e, &c.ty, CastContext::Assignment).ok()
            });
            (i, bound)
        })
        .collect()
}

/// Raises the planner's 0A000 for a FULL JOIN among `relations` (already folded) whose
/// condition is neither merge- nor hash-joinable.
pub(super) fn check(relations: &[Relation], env: &mut Env) -> Result<(), PgError> {
    let mut end = 0;
    for r in relations {
        end += r.columns.len();
        let start = end - r.columns.len();
        let (JoinKind::Full, Some(on)) = (r.kind, &r.on) else {
            continue;
        };
        let mut on = on.clone();
        expand_virtual(&mut on, relations)?;
        on.fold(env)?;
        match plannable(&on, start, end) {
            Joinability::Plannable => {}
            Joinability::NotPlannable => {
                return Err(PgError::new(
                    "0A000",
                    "FULL JOIN is only supported with merge-joinable or hash-joinable join conditions",
                ))
            }
            Joinability::Undecided => {
                return Err(PgError::unsupported(
                    "a FULL JOIN condition with a subquery (whether PostgreSQL can merge or hash it is not modelled)",
                ))
            }
        }
    }
    Ok(())
}

/// Replaces each column that is a relation's virtual generated column by its
/// expression, over the joined row's positions.
fn expand_virtual(e: &mut Expr, relations: &[Relation]) -> Result<(), PgError> {
    if let Node::Column(pos, _) = &e.node {
        let mut offset = 0;
        for r in relations {
            if *pos < offset + r.columns.len() {
                let own = *pos - offset;
                if let Some((_, expr)) = r.virtual_columns.iter().find(|(i, _)| *i == own) {
                    let Some(expr) = expr else {
                        return Err(PgError::unsupported(
                            "a FULL JOIN over a virtual generated column whose expression does not bind",
                        ));
                    };
                    *e = crate::expr::subquery::shift_columns(expr.clone(), offset);
                }
                return Ok(());
            }
            offset += r.columns.len();
        }
        return Ok(());
    }
    for c in e.children_mut() {
        expand_virtual(c, relations)?;
    }
    Ok(())
}

/// What the planner makes of a FULL JOIN's condition.
#[derive(Debug, PartialEq, Eq)]
enum Joinability {
    Plannable,
    NotPlannable,
    /// A clause the rule does not decide.
    Undecided,
}

/// One AND-ed clause of the condition.
#[derive(Debug, PartialEq, Eq)]
enum Clause {
    Constant,
    HashJoinable,
    Other,
    Undecided,
}

/// The rule of the module's documentation, on the folded condition of a FULL JOIN
/// whose right side's columns are `start..end` (the left side's are below `start`).
fn plannable(on: &Expr, start: usize, end: usize) -> Joinability {
    let clauses: Vec<Clause> = match &on.node {
        Node::Logic(true, items) => items.iter().map(|c| clause(c, start, end)).collect(),
        _ => vec![clause(on, start, end)],
    };
    if clauses.contains(&Clause::HashJoinable) || clauses.iter().all(|c| *c == Clause::Constant) {
        Joinability::Plannable
    } else if clauses.contains(&Clause::Undecided) {
        Joinability::Undecided
    } else {
        Joinability::NotPlannable
    }
}

fn clause(c: &Expr, start: usize, end: usize) -> Clause {
    if crate::expr::restriction::contains_sublink(c) {
        return Clause::Undecided;
    }
    match &c.node {
        Node::Const(_) => Clause::Constant,
        Node::Binary(Op::Eq, a, b) => {
            let volatile = |e: &Expr| crate::expr::user_call::mutability(e) == Volatility::Volatile;
            if volatile(a) || volatile(b) {
                return Clause::Other;
            }
            match (side(a, start, end), side(b, start, end)) {
                (Some(x), Some(y)) if x != y => Clause::HashJoinable,
                _ => Clause::Other,
            }
        }
        _ => Clause::Other,
    }
}

/// Which side an operand reads: `Some(false)` only the left's columns, `Some(true)`
/// only the right's; `None` no column, both sides, or a column outside the join.
fn side(e: &Expr, start: usize, end: usize) -> Option<bool> {
    let mut columns = Vec::new();
    collect_columns(e, &mut columns);
    if columns.is_empty() || columns.iter().any(|&c| c >= end) {
        return None;
    }
    if columns.iter().all(|&c| c < start) {
        Some(false)
    } else if columns.iter().all(|&c| c >= start) {
        Some(true)
    } else {
        None
    }
}

fn collect_columns(e: &Expr, out: &mut Vec<usize>) {
    match &e.node {
        Node::Column(i, _) => out.push(*i),
        _ => e
            .children()
            .into_iter()
            .for_each(|c| collect_columns(c, out)),
    }
}
