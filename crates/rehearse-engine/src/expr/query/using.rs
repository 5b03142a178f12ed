//! `JOIN ... USING (columns) [AS alias]` and `NATURAL JOIN`, as PostgreSQL's
//! `transformFromClauseItem` reads them. Each USING name is found exactly once on each
//! side (42701 for a name listed twice, 42702 for a side with two such columns, 42703
//! for a side without one); the condition is `l = r` for every pair, bound as an
//! operator (so a pair without one is its 42883); then each merged column takes the
//! pair's common type (`select_common_type`, 42804) and is, as `buildMergedJoinVar`
//! builds it, the left column for INNER (the uncoerced side when one is) and LEFT
//! joins, the right column for RIGHT joins, `COALESCE(l, r)` for FULL joins. NATURAL
//! is USING over the left's column names that the right also has, in the left's
//! order; with none it is a join without a condition.
//!
//! A join's columns (PostgreSQL's join RTE) are the merged columns in USING order,
//! then the left's other columns, then the right's. Unqualified names and `*` see the
//! FROM clause through those lists ([`JoinColumns`]); `l.a` and `r.a` still name the
//! inputs' own columns, and `USING (...) AS j` names the merged columns `j.a`.
//!
//! **Invariant:** a merged column is an expression over the joined row's positions
//! (PostgreSQL's planner flattens join alias variables the same way, and so does its
//! grouping check), so GROUP BY, ORDER BY matching and the 42803 check see the
//! underlying columns; nothing is added to the row.

use super::from::JoinKind;
use crate::error::PgError;
use crate::expr::{Expr, Node, Op, Scope};
use crate::types::{CastContext, SqlType};
use sqlparser::ast;

/// The prefix a column's name takes while `views::depend::uses_column` looks for its
/// users (no SQL names it: it starts with a control character).
pub(crate) const HIDDEN: &str = "\u{1}hidden ";

/// A column of a join's output: its name and the expression it reads.
pub(crate) type JoinColumn = (String, Expr);

/// The columns of a query level's FROM clause as unqualified names and `*` see them,
/// where a JOIN ... USING or NATURAL JOIN merged some.
#[derive(Debug, Clone, Default)]
pub struct JoinColumns {
    /// Each FROM item's columns, item after item.
    pub(crate) columns: Vec<JoinColumn>,
    /// `USING (...) AS alias`: each alias with its merged columns.
    pub(crate) aliases: Vec<(String, Vec<JoinColumn>)>,
}

impl JoinColumns {
    /// An unqualified `name`: `None` where no column has it; PostgreSQL's 42702 where
    /// several do.
    pub(crate) fn find(&self, name: &str) -> Result<Option<Expr>, PgError> {
        let mut hits = self.columns.iter().filter(|(n, _)| n == name);
        let first = hits.next();
        if hits.next().is_some() {
            return Err(PgError::new(
                "42702",
                format!("column reference \"{name}\" is ambiguous"),
            ));
        }
        Ok(first.map(|(_, e)| e.clone()))
    }

    /// The merged columns of the USING alias `alias`, if there is one.
    pub(crate) fn alias(&self, alias: &str) -> Option<&[JoinColumn]> {
        self.aliases
            .iter()
            .find(|(a, _)| a == alias)
            .map(|(_, columns)| columns.as_slice())
    }

    /// `alias.name` where `alias` is a USING alias: its merged column, or 42703 (only
    /// the USING columns are reachable through it).
    pub(crate) fn qualified(&self, alias: &str, name: &str) -> Option<Result<Expr, PgError>> {
        let columns = self.alias(alias)?;
        Some(
            columns
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, e)| e.clone())
                .ok_or_else(|| {
                    PgError::new("42703", format!("column {alias}.{name} does not exist"))
                }),
        )
    }

    /// These columns, then `next`'s (the FROM items so far, then one more).
    pub(crate) fn followed_by(&self, next: &JoinColumns) -> JoinColumns {
        let mut all = self.clone();
        all.columns.extend(next.columns.iter().cloned());
        all.aliases.extend(next.aliases.iter().cloned());
        all
    }

    /// The same columns, every position moved by `by` (UPDATE's and DELETE's target
    /// columns come before the FROM list's in the row).
    pub(crate) fn shifted(&self, by: usize) -> JoinColumns {
        let shift = |columns: &[JoinColumn]| -> Vec<JoinColumn> {
            columns
                .iter()
                .map(|(n, e)| {
                    (
                        n.clone(),
                        crate::expr::subquery::shift_columns(e.clone(), by),
                    )
                })
                .collect()
        };
        JoinColumns {
            columns: shift(&self.columns),
            aliases: self
                .aliases
                .iter()
                .map(|(a, columns)| (a.clone(), shift(columns)))
                .collect(),
        }
    }
}

/// What a USING / NATURAL join adds.
pub(super) struct Merged {
    /// The join's columns (merged, then the left's others, then the right's).
    pub columns: Vec<JoinColumn>,
    /// The join condition; `None` for a NATURAL join without common columns.
    pub condition: Option<Expr>,
    /// `USING (...) AS alias`: the alias and the merged columns.
    pub alias: Option<(String, Vec<JoinColumn>)>,
}

/// The USING list as written: the column names and the alias (`USING (...) AS alias`
/// arrives behind a marker in the list, see `sql::join_using_alias`).
pub(super) fn using_list(idents: &[ast::Ident]) -> (Vec<String>, Option<String>) {
    match idents
        .iter()
        .position(|i| i.quote_style == Some('"') && i.value == crate::sql::join_using_alias::MARKER)
    {
        Some(at) => (
            idents[..at].iter().map(crate::ident).collect(),
            idents.get(at + 1).map(crate::ident),
        ),
        None => (idents.iter().map(crate::ident).collect(), None),
    }
}

/// The common names of a NATURAL join: the left's names the right also has, in the
/// left's order (a name the left has twice is listed twice: the USING checks then
/// answer as PostgreSQL does).
///
/// A column hidden while a view's dependencies are looked for (`views::depend`) would
/// silently leave the list, and the view would seem not to use it: that is an error
/// here, so the view counts as using it (PostgreSQL records the dependency).
pub(super) fn natural_names(
    left: &[JoinColumn],
    right: &[JoinColumn],
) -> Result<Vec<String>, PgError> {
    let hidden = HIDDEN;
    let pairs_with_hidden = |side: &[JoinColumn], other: &[JoinColumn]| {
        side.iter().any(|(n, _)| {
            n.strip_prefix(hidden)
                .is_some_and(|bare| other.iter().any(|(o, _)| o == bare))
        })
    };
    if pairs_with_hidden(left, right) || pairs_with_hidden(right, left) {
        return Err(PgError::unsupported(
            "a NATURAL JOIN without one of its columns",
        ));
    }
    Ok(left
        .iter()
        .filter(|(n, _)| right.iter().any(|(r, _)| r == n))
        .map(|(n, _)| n.clone())
        .collect())
}

/// Joins `left` (the join so far) and `right` (the relation joined) on `names`.
/// `scope` binds the operators and coercions (it needs no columns: the operands are
/// bound already).
pub(super) fn merge(
    scope: &Scope,
    kind: JoinKind,
    names: &[String],
    alias: Option<String>,
    left: Vec<JoinColumn>,
    right: Vec<JoinColumn>,
) -> Result<Merged, PgError> {
    // The names, in order: each once in the list, once on each side.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (k, name) in names.iter().enumerate() {
        if names[..k].contains(name) {
            return Err(PgError::new(
                "42701",
                format!("column name \"{name}\" appears more than once in USING clause"),
            ));
        }
        let l = find_once(&left, name, "left")?;
        let r = find_once(&right, name, "right")?;
        pairs.push((l, r));
    }
    // The condition: `l = r` for every pair (PostgreSQL binds it before the merged
    // columns, so a missing operator is reported before a type mismatch).
    let mut equalities = Vec::new();
    for &(l, r) in &pairs {
        equalities.push(scope.operator(Op::Eq, left[l].1.clone(), right[r].1.clone())?);
    }
    let condition = match equalities.len() {
        0 => None,
        1 => equalities.pop(),
        _ => Some(Expr::new(Node::Logic(true, equalities), SqlType::Boolean)),
    };
    if let Some(c) = &condition {
        if c.ty != SqlType::Boolean {
            return Err(PgError::new(
                "42804",
                format!(
                    "argument of JOIN/USING must be type boolean, not type {}",
                    c.ty.base_name()
                ),
            ));
        }
    }
    // The merged columns.
    let mut columns = Vec::new();
    for (&(l, r), name) in pairs.iter().zip(names) {
        columns.push((
            name.clone(),
            merged_column(scope, kind, &left[l].1, &right[r].1)?,
        ));
    }
    let alias = alias.map(|a| (a, columns.clone()));
    let (used_left, used_right): (Vec<usize>, Vec<usize>) = pairs.into_iter().unzip();
    columns.extend(
        left.into_iter()
            .enumerate()
            .filter(|(i, _)| !used_left.contains(i))
            .map(|(_, c)| c),
    );
    columns.extend(
        right
            .into_iter()
            .enumerate()
            .filter(|(i, _)| !used_right.contains(i))
            .map(|(_, c)| c),
    );
    Ok(Merged {
        columns,
        condition,
        alias,
    })
}

/// Where `name` is on one side: exactly one column, else PostgreSQL's error.
fn find_once(side: &[JoinColumn], name: &str, which: &str) -> Result<usize, PgError> {
    let mut found = None;
    for (i, (n, _)) in side.iter().enumerate() {
        if n == name {
            if found.is_some() {
                return Err(PgError::new(
                    "42702",
                    format!(
                        "common column name \"{name}\" appears more than once in {which} table"
                    ),
                ));
            }
            found = Some(i);
        }
    }
    found.ok_or_else(|| {
        PgError::new(
            "42703",
            format!("column \"{name}\" specified in USING clause does not exist in {which} table"),
        )
    })
}

/// `buildMergedJoinVar`: both sides coerced to their common type (a modifier the two
/// do not share is dropped), then the side the join kind keeps, or both coalesced.
fn merged_column(scope: &Scope, kind: JoinKind, l: &Expr, r: &Expr) -> Result<Expr, PgError> {
    let ty = scope.common_type(&[l.clone(), r.clone()], "JOIN/USING")?;
    let to_common = |e: &Expr| -> Result<(Expr, bool), PgError> {
        if e.ty == ty {
            return Ok((e.clone(), false));
        }
        let mut coerced = scope.coerce(e.clone(), &ty, CastContext::Implicit)?;
        // A modifier-only difference is PostgreSQL's RelabelType: the value as it is,
        // typed without the modifier.
        coerced.ty = ty.clone();
        Ok((coerced, true))
    };
    let (l_node, l_coerced) = to_common(l)?;
    let (r_node, r_coerced) = to_common(r)?;
    Ok(match kind {
        // Either side would do; PostgreSQL prefers an uncoerced one.
        JoinKind::Inner | JoinKind::Cross => {
            if l_coerced && !r_coerced {
                r_node
            } else {
                l_node
            }
        }
        JoinKind::Left => l_node,
        JoinKind::Right => r_node,
        JoinKind::Full => scope.call("coalesce", vec![l_node, r_node])?,
    })
}
