//! ORDER BY, DISTINCT / DISTINCT ON and LIMIT / OFFSET: how their items name select
//! list entries (PostgreSQL's `findTargetlistEntrySQL92`/`SQL99`: an output column's
//! name, a position, or an expression, added to the list when it is not there), and
//! what they do to the projected rows.

use super::Clause;
use crate::catalog::Row;
use crate::error::PgError;
use crate::expr::{Env, Expr, Node, Scope};
use crate::types::{CastContext, SqlType};
use crate::value::Value;
use sqlparser::ast;
use std::cmp::Ordering;

/// The select list being built: output columns first, then entries that ORDER BY,
/// GROUP BY or DISTINCT ON added (PostgreSQL's resjunk entries).
pub(super) struct Targets {
    pub exprs: Vec<Expr>,
    pub names: Vec<String>,
    pub visible: usize,
}

/// One ORDER BY item: the select list entry it sorts by and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortKey {
    target: usize,
    descending: bool,
    nulls_first: bool,
}

/// DISTINCT: none, on every output column, or on some entries (DISTINCT ON).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Distinct {
    /// Every row.
    None,
    /// `SELECT DISTINCT`.
    All,
    /// `SELECT DISTINCT ON (...)`: the entries compared.
    On(Vec<usize>),
}

/// The clause an item belongs to, as PostgreSQL's messages name it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum ItemKind {
    OrderBy,
    GroupBy,
    DistinctOn,
}

impl ItemKind {
    fn name(self) -> &'static str {
        match self {
            ItemKind::OrderBy => "ORDER BY",
            ItemKind::GroupBy => "GROUP BY",
            ItemKind::DistinctOn => "DISTINCT ON",
        }
    }
}

/// Whether two bound expressions are the same tree (PostgreSQL's `equal()`): the
/// debug form prints every field of every node.
pub(super) fn same(a: &Expr, b: &Expr) -> bool {
    format!("{a:?}") == format!("{b:?}")
}

/// The integer an item is when it is a constant: `Some(Ok(n))` for an integer,
/// `Some(Err(()))` for another constant, `None` for an expression.
fn constant(e: &ast::Expr) -> Option<Result<i64, ()>> {
    match e {
        ast::Expr::Value(ast::Value::Number(n, _)) => {
            Some(n.parse::<i32>().map(i64::from).map_err(|_| ()))
        }
        ast::Expr::UnaryOp {
            op: ast::UnaryOperator::Minus,
            expr,
        } => match expr.as_ref() {
            ast::Expr::Value(ast::Value::Number(n, _)) => Some(
                format!("-{n}")
                    .parse::<i32>()
                    .map(i64::from)
                    .map_err(|_| ()),
            ),
            _ => None,
        },
        ast::Expr::Value(_) => Some(Err(())),
        _ => None,
    }
}

/// The select list entry an ORDER BY / GROUP BY / DISTINCT ON item names; citext
/// (compared lower-cased by its own operators, which the engine does not simulate) is
/// refused.
pub(super) fn resolve(
    scope: &Scope,
    targets: &mut Targets,
    item: &ast::Expr,
    kind: ItemKind,
) -> Result<usize, PgError> {
    let target = resolve_entry(scope, targets, item, kind)?;
    if targets.exprs[target].ty == SqlType::Citext {
        return Err(PgError::unsupported(format!(
            "{} over citext (extension citext)",
            kind.name()
        )));
    }
    Ok(target)
}

fn resolve_entry(
    scope: &Scope,
    targets: &mut Targets,
    item: &ast::Expr,
    kind: ItemKind,
) -> Result<usize, PgError> {
    if let ast::Expr::Identifier(id) = item {
        let name = crate::ident(id);
        // GROUP BY prefers a column of FROM to an output column of that name.
        let input_column =
            kind == ItemKind::GroupBy && scope.columns.iter().any(|(n, _)| *n == name);
        if !input_column {
            let mut found: Option<usize> = None;
            for i in 0..targets.visible {
                if targets.names[i] == name {
                    match found {
                        Some(f) if !same(&targets.exprs[f], &targets.exprs[i]) => {
                            return Err(PgError::new(
                                "42702",
                                format!("{} \"{name}\" is ambiguous", kind.name()),
                            ))
                        }
                        Some(_) => {}
                        None => found = Some(i),
                    }
                }
            }
            if let Some(i) = found {
                return Ok(i);
            }
        }
    }
    match constant(item) {
        Some(Ok(n)) => {
            return if n >= 1 && (n as usize) <= targets.visible {
                Ok(n as usize - 1)
            } else {
                Err(PgError::new(
                    "42P10",
                    format!("{} position {n} is not in select list", kind.name()),
                ))
            }
        }
        Some(Err(())) => {
            return Err(PgError::new(
                "42601",
                format!("non-integer constant in {}", kind.name()),
            ))
        }
        None => {}
    }
    let bound = scope.bind(item)?;
    if let Some(i) = targets.exprs.iter().position(|t| same(t, &bound)) {
        return Ok(i);
    }
    let bound = if bound.ty == SqlType::Unknown {
        scope.coerce(bound, &SqlType::Text, CastContext::Implicit)?
    } else {
        bound
    };
    targets.exprs.push(bound);
    targets.names.push(String::new());
    Ok(targets.exprs.len() - 1)
}

/// ORDER BY's items, as sort keys.
pub(super) fn sort_clause(
    scope: &Scope,
    targets: &mut Targets,
    items: &[ast::OrderByExpr],
    _distinct: bool,
) -> Result<Vec<SortKey>, PgError> {
    let mut keys = Vec::new();
    for item in items {
        if item.with_fill.is_some() {
            return Err(PgError::unsupported("ORDER BY ... WITH FILL"));
        }
        let target = resolve(scope, targets, &item.expr, ItemKind::OrderBy)?;
        let descending = item.asc == Some(false);
        keys.push(SortKey {
            target,
            descending,
            // NULLs sort as larger than every value: last ascending, first descending.
            nulls_first: item.nulls_first.unwrap_or(descending),
        });
    }
    Ok(keys)
}

/// DISTINCT / DISTINCT ON, with PostgreSQL's rules on ORDER BY (`transformDistinctClause`
/// and `transformDistinctOnClause`).
pub(super) fn distinct_clause(
    scope: &Scope,
    targets: &mut Targets,
    distinct: Option<&ast::Distinct>,
    sort: &mut Vec<SortKey>,
) -> Result<Distinct, PgError> {
    match distinct {
        None => Ok(Distinct::None),
        Some(ast::Distinct::Distinct) => {
            if sort.iter().any(|k| k.target >= targets.visible) {
                return Err(PgError::new(
                    "42P10",
                    "for SELECT DISTINCT, ORDER BY expressions must appear in select list",
                ));
            }
            if targets.exprs[..targets.visible]
                .iter()
                .any(|t| t.ty == SqlType::Citext)
            {
                return Err(PgError::unsupported(
                    "DISTINCT over citext (extension citext)",
                ));
            }
            // Sorted for uniqueness: ORDER BY's items, then the other columns.
            if !sort.is_empty() {
                for target in 0..targets.visible {
                    if !sort.iter().any(|k| k.target == target) {
                        sort.push(SortKey {
                            target,
                            descending: false,
                            nulls_first: false,
                        });
                    }
                }
            }
            Ok(Distinct::All)
        }
        Some(ast::Distinct::On(items)) => {
            let mut on = Vec::new();
            for item in items {
                let target = resolve(scope, targets, item, ItemKind::DistinctOn)?;
                if !on.contains(&target) {
                    on.push(target);
                }
            }
            // The ORDER BY items that are DISTINCT ON entries must come first.
            let mut skipped = false;
            for key in sort.iter() {
                if on.contains(&key.target) {
                    if skipped {
                        return Err(PgError::new(
                            "42P10",
                            "SELECT DISTINCT ON expressions must match initial ORDER BY expressions",
                        ));
                    }
                } else {
                    skipped = true;
                }
            }
            // The DISTINCT ON items ORDER BY does not sort by are sorted after it
            // (ascending): allowed only when ORDER BY skipped none of its own items.
            for &target in &on {
                if sort.iter().any(|k| k.target == target) {
                    continue;
                }
                if skipped {
                    return Err(PgError::new(
                        "42P10",
                        "SELECT DISTINCT ON expressions must match initial ORDER BY expressions",
                    ));
                }
                sort.push(SortKey {
                    target,
                    descending: false,
                    nulls_first: false,
                });
            }
            Ok(Distinct::On(on))
        }
    }
}

/// LIMIT / OFFSET: an expression of no column of this level, cast to bigint.
pub(super) fn limit_clause(
    scope: &Scope,
    e: &ast::Expr,
    clause: Clause,
) -> Result<Option<Expr>, PgError> {
    if matches!(e, ast::Expr::Identifier(id) if id.quote_style.is_none() && id.value.eq_ignore_ascii_case("all"))
    {
        return Ok(None);
    }
    let bound = scope.bind(e)?;
    let own = scope.own_width();
    if uses_columns_below(&bound, own) {
        return Err(PgError::new(
            "42P10",
            format!("argument of {} must not contain variables", clause.name()),
        ));
    }
    Ok(Some(scope.coerce(
        bound,
        &SqlType::BigInt,
        CastContext::Implicit,
    )?))
}

/// Whether `e` reads a column at a position below `width` (this level's own row).
fn uses_columns_below(e: &Expr, width: usize) -> bool {
    match &e.node {
        Node::Column(i, _) => *i < width,
        _ => e
            .children()
            .into_iter()
            .any(|c| uses_columns_below(c, width)),
    }
}

/// A LIMIT / OFFSET count on the statement's row: `None` for NULL (no limit).
pub(super) fn count(
    e: Option<&Expr>,
    row: &[Value],
    env: &mut Env,
    clause: Clause,
) -> Result<Option<i64>, PgError> {
    let Some(e) = e else { return Ok(None) };
    match e.eval(row, env)? {
        Value::Int(n) if n < 0 => Err(match clause {
            Clause::Offset => PgError::new("2201X", "OFFSET must not be negative"),
            _ => PgError::new("2201W", "LIMIT must not be negative"),
        }),
        Value::Int(n) => Ok(Some(n)),
        _ => Ok(None),
    }
}

/// Compares two values of type `ty` as ORDER BY does (NULLs apart): enums by label
/// position, everything else by the type's order.
pub(crate) fn compare(a: &Value, b: &Value, ty: &SqlType, env: &Env) -> Ordering {
    if let (SqlType::Enum(name), Value::Text(x), Value::Text(y)) = (ty, a, b) {
        let labels = env.enums.get(name);
        let pos = |v: &str| labels.and_then(|l| l.iter().position(|l| l == v));
        return pos(x).cmp(&pos(y));
    }
    if *ty == SqlType::Jsonb {
        if let Some(order) = crate::expr::containers::jsonb_order(a, b) {
            return order;
        }
    }
    a.compare(b)
}

/// What the Limit above a query's Sort tells it (`ExecSetTupleBound`): how many rows
/// it will read, which lets tuplesort keep only those in a bounded heap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Bound {
    /// No LIMIT (or LIMIT NULL / ALL, or a count that overflows): a full quicksort.
    None,
    /// The Sort sits right under the Limit and needs this many rows (LIMIT + OFFSET).
    Rows(usize),
    /// A LIMIT over window functions or set-returning functions, or over rows that
    /// all tie: whether PostgreSQL sorts under the Limit at all (the window's order
    /// may already serve, a ProjectSet stops the bound, constant keys drop the Sort)
    /// is a planner choice this engine does not make, so where a bounded heap would
    /// keep different tied rows than the unsorted order, it is refused.
    Uncertain(usize),
}

/// Compares two output rows by the ORDER BY keys, NULLs placed as each key says.
fn compare_rows(
    a: &Row,
    b: &Row,
    sort: &[SortKey],
    types: &[SqlType],
    env: &Env,
) -> Result<Ordering, PgError> {
    for key in sort {
        let (x, y) = (&a[key.target], &b[key.target]);
        let ord = match (x.is_null(), y.is_null()) {
            (true, true) => Ordering::Equal,
            (true, false) => {
                return Ok(if key.nulls_first {
                    Ordering::Less
                } else {
                    Ordering::Greater
                })
            }
            (false, true) => {
                return Ok(if key.nulls_first {
                    Ordering::Greater
                } else {
                    Ordering::Less
                })
            }
            (false, false) => {
                let o = compare(x, y, &types[key.target], env);
                if key.descending {
                    o.reverse()
                } else {
                    o
                }
            }
        };
        if ord != Ordering::Equal {
            return Ok(ord);
        }
    }
    Ok(Ordering::Equal)
}

/// Sorts as PostgreSQL's tuplesort does (quicksort, or the bounded heap under a
/// LIMIT, so ties fall as they do there), removes duplicates for DISTINCT / DISTINCT
/// ON (the first row of each set in sort order stays). Under a bound only the first
/// `bound` rows come back.
pub(super) fn finish(
    mut rows: Vec<Row>,
    sort: &[SortKey],
    distinct: &Distinct,
    types: &[SqlType],
    visible: usize,
    bound: Bound,
    env: &Env,
) -> Result<Vec<Row>, PgError> {
    if !sort.is_empty() {
        let mut cmp = |a: &Row, b: &Row| compare_rows(a, b, sort, types, env);
        // DISTINCT puts a Unique (or an aggregate) between the Limit and the Sort,
        // and the bound does not pass through it.
        // Every row tied on every key: the keys may be constants, or equated to
        // constants in WHERE, which the planner drops with the Sort itself (then the
        // rows come in scan order), so this is only simulated where both agree.
        let bound = match bound {
            Bound::Rows(n) if rows.len() > n.saturating_mul(2) => {
                let mut tied = true;
                for row in rows.iter().skip(1) {
                    if cmp(&rows[0], row)? != Ordering::Equal {
                        tied = false;
                        break;
                    }
                }
                if tied {
                    Bound::Uncertain(n)
                } else {
                    bound
                }
            }
            _ => bound,
        };
        match (distinct, bound) {
            (Distinct::None, Bound::Rows(n)) => {
                return crate::pgsort_bounded::sort_bounded(rows, n, &mut cmp);
            }
            (Distinct::None, Bound::Uncertain(n)) if rows.len() > n.saturating_mul(2) => {
                let heap = crate::pgsort_bounded::sort_bounded(rows.clone(), n, &mut cmp)?;
                crate::pgsort::sort::<Row, PgError>(&mut rows, &mut cmp)?;
                rows.truncate(n);
                if heap != rows {
                    return Err(PgError::unsupported(
                        "which tied rows ORDER BY ... LIMIT keeps here (PostgreSQL's plan may skip the Sort, or sort with a bounded heap that keeps different tied rows)",
                    ));
                }
                return Ok(rows);
            }
            _ => crate::pgsort::sort::<Row, PgError>(&mut rows, &mut cmp)?,
        }
    }
    let columns: Vec<usize> = match distinct {
        Distinct::None => return Ok(rows),
        Distinct::All => (0..visible).collect(),
        Distinct::On(on) => on.clone(),
    };
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for row in rows {
        let key: Vec<String> = columns
            .iter()
            .map(|&c| super::group::key_text(&row[c], &types[c]))
            .collect();
        if seen.insert(key) {
            out.push(row);
        }
    }
    Ok(out)
}
