//! FROM: the relations a query reads (tables, WITH queries, subqueries and VALUES
//! lists in FROM), joined as PostgreSQL joins them: `,` and CROSS JOIN (every pair),
//! `[INNER] JOIN ... ON` (the pairs ON holds for), `LEFT JOIN ... ON` (and each left
//! row without a match, padded with NULLs), `RIGHT JOIN` (each right row without a
//! match), `FULL JOIN` (both); LATERAL subqueries (`lateral`); `JOIN ... USING` and
//! `NATURAL JOIN` (`using`: their condition is bound here, their merged columns are
//! expressions over the row).
//!
//! **Invariant:** a joined row is every relation's row in FROM order, then the
//! enclosing query's row: the scope lists the first relation as its own and the others
//! as `joined`, so a column's position in the scope is its position in this row.

use super::using::{self, JoinColumns};
use super::{bind_level, spend, Clause, Context, Levels, Plan};
use crate::catalog::Row;
use crate::error::PgError;
use crate::expr::range_table::{Entry, Reach};
use crate::expr::{Env, Expr, Node, Scope};
use crate::shared::Shared;
use crate::types::SqlType;
use crate::value::Value;
use sqlparser::ast;
use std::rc::Rc;
use std::sync::Arc;

/// How a relation joins the ones before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum JoinKind {
    /// The first relation, a `,` item or CROSS JOIN: every pair.
    Cross,
    /// `[INNER] JOIN ... ON`.
    Inner,
    /// `LEFT [OUTER] JOIN ... ON`.
    Left,
    /// `RIGHT [OUTER] JOIN ... ON`.
    Right,
    /// `FULL [OUTER] JOIN ... ON`.
    Full,
}

/// Where a relation's rows come from.
#[derive(Clone)]
pub(super) enum Rows {
    /// A table's rows as the statement found them.
    Table(Shared<Vec<Row>>),
    /// A subquery in FROM.
    Derived(Box<Plan>),
    /// A WITH query (its rows computed once for every reference).
    Shared(Arc<Plan>),
    /// A recursive query's previous step, in its recursive term.
    WorkTable(super::cte::WorkTable),
    /// A LATERAL subquery, evaluated for each row of the relations before it.
    Lateral(Box<Plan>),
    /// A set-returning function in FROM.
    Function(Box<super::srf::SetFunction>),
}

/// A table's rows print as their version stamp (see `Source`'s debug form).
impl std::fmt::Debug for Rows {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rows::Table(rows) => write!(f, "Table(v{})", rows.version()),
            Rows::Derived(plan) => f.debug_tuple("Derived").field(plan).finish(),
            Rows::Shared(plan) => f.debug_tuple("Shared").field(plan).finish(),
            Rows::WorkTable(_) => write!(f, "WorkTable"),
            Rows::Lateral(plan) => f.debug_tuple("Lateral").field(plan).finish(),
            Rows::Function(call) => f.debug_tuple("Function").field(call).finish(),
        }
    }
}

/// One relation of FROM, as bound.
#[derive(Debug, Clone)]
pub(super) struct Relation {
    /// The name it is referenced by (its alias, else the table's name).
    pub alias: String,
    /// Its columns' names and types.
    pub columns: Vec<(String, SqlType)>,
    /// A table's primary key columns (GROUP BY's functional dependency).
    pub primary_key: Option<Vec<usize>>,
    pub(super) rows: Rows,
    pub(super) kind: JoinKind,
    pub on: Option<Expr>,
    /// A table's virtual generated columns and their expressions (`full_join`).
    pub(super) virtual_columns: Vec<(usize, Option<Expr>)>,
}

impl Relation {
    /// Whether a whole-row reference to it is its one column: a function in FROM
    /// returning a scalar, also inside the LATERAL subquery `srf_lateral` makes of
    /// a call reading earlier items (a LATERAL subquery the user wrote is a record).
    pub(super) fn whole_row_is_column(&self) -> bool {
        match &self.rows {
            Rows::Function(f) => f.whole_row_is_column(),
            Rows::Lateral(plan) => match &plan.source {
                super::Source::Joined(inner) => {
                    inner.len() == 1
                        && matches!(&inner[0].rows, Rows::Function(f)
                            if f.is_implicit_lateral() && f.whole_row_is_column())
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// A table's rows, for a relation that is a table.
    pub fn table_rows(&self) -> Option<&Shared<Vec<Row>>> {
        match &self.rows {
            Rows::Table(rows) => Some(rows),
            _ => None,
        }
    }
}

/// A relation before its ON condition is bound (that needs the whole scope).
pub(super) struct Pending<'q> {
    pub relation: Relation,
    pub(super) on: Option<&'q ast::Expr>,
    /// The columns the ON condition's unqualified names see: only the join's two
    /// sides, as PostgreSQL's `transformJoinOnClause` (an earlier FROM item's column is
    /// 42703 there, a later one's too).
    pub(super) on_columns: Option<Rc<JoinColumns>>,
}

/// The relations of FROM, in order, with their ON conditions still to bind, and the
/// columns unqualified names see where a JOIN ... USING or NATURAL JOIN merged some.
pub(super) struct FromItems<'q> {
    pub pending: Vec<Pending<'q>>,
    pub join_columns: Option<JoinColumns>,
}

/// The relations of FROM, in order (see [`FromItems`]).
pub(super) fn relations<'q>(
    levels: &Levels,
    from: &'q [ast::TableWithJoins],
) -> Result<FromItems<'q>, PgError> {
    let mut out: Vec<Pending> = Vec::new();
    // The columns of the FROM items before this one (and their USING aliases).
    let mut before = JoinColumns::default();
    let mut merged = false;
    let mut width = 0;
    for item in from {
        // Where this item's relations (its joins) start among `out`.
        let item_start = out.len();
        let first = match &item.relation {
            ast::TableFactor::Derived {
                lateral: true,
                subquery,
                alias,
            } => super::lateral::relation(
                levels,
                &out,
                merged.then(|| before.clone()),
                subquery,
                alias.as_ref(),
                JoinKind::Cross,
            )?,
            factor => super::srf_lateral::relation(
                levels,
                (&out, item_start),
                merged.then(|| before.clone()),
                factor,
                JoinKind::Cross,
            )?,
        };
        // This item's join so far: its columns, USING aliases and relation names.
        let mut joined = JoinColumns {
            columns: row_columns(&first, width),
            aliases: Vec::new(),
        };
        let mut names = vec![first.alias.clone()];
        width += first.columns.len();
        out.push(Pending {
            relation: first,
            on: None,
            on_columns: None,
        });
        for join in &item.joins {
            let (kind, constraint) = match &join.join_operator {
                ast::JoinOperator::Inner(c) => (JoinKind::Inner, c),
                ast::JoinOperator::LeftOuter(c) => (JoinKind::Left, c),
                ast::JoinOperator::RightOuter(c) => (JoinKind::Right, c),
                ast::JoinOperator::FullOuter(c) => (JoinKind::Full, c),
                ast::JoinOperator::CrossJoin => (JoinKind::Cross, &ast::JoinConstraint::None),
                other => {
                    return Err(PgError::unsupported(format!(
                        "the join {}",
                        join_name(other)
                    )))
                }
            };
            let mut right = match &join.relation {
                ast::TableFactor::Derived {
                    lateral: true,
                    subquery,
                    alias,
                } => super::lateral::relation(
                    levels,
                    &out,
                    merged.then(|| before.followed_by(&joined)),
                    subquery,
                    alias.as_ref(),
                    kind,
                )?,
                factor => super::srf_lateral::relation(
                    levels,
                    (&out, item_start),
                    merged.then(|| before.followed_by(&joined)),
                    factor,
                    kind,
                )?,
            };
            // `checkNameSpaceConflicts` between the two sides.
            conflict(&names, &right.alias)?;
            names.push(right.alias.clone());
            let right_columns = row_columns(&right, width);
            width += right.columns.len();
            let mut on = None;
            let mut on_columns = None;
            let using = match constraint {
                ast::JoinConstraint::On(e) => {
                    joined.columns.extend(right_columns.iter().cloned());
                    on = Some(e);
                    on_columns = Some(Rc::new(joined.clone()));
                    None
                }
                ast::JoinConstraint::None if kind == JoinKind::Cross => {
                    joined.columns.extend(right_columns.iter().cloned());
                    None
                }
                ast::JoinConstraint::Using(idents) => Some(using::using_list(idents)),
                ast::JoinConstraint::Natural => {
                    Some((using::natural_names(&joined.columns, &right_columns)?, None))
                }
                ast::JoinConstraint::None => return Err(PgError::syntax_error("JOIN")),
            };
            if let Some((columns, alias)) = using {
                merged = true;
                let scope = super::setop::bare_scope(levels);
                let left = std::mem::take(&mut joined.columns);
                let m = using::merge(&scope, kind, &columns, alias, left, right_columns)?;
                joined.columns = m.columns;
                right.on = m.condition;
                if let Some((alias, columns)) = m.alias {
                    conflict(&names, &alias)?;
                    names.push(alias.clone());
                    joined.aliases.push((alias, columns));
                }
            }
            out.push(Pending {
                relation: right,
                on,
                on_columns,
            });
        }
        before = before.followed_by(&joined);
    }
    Ok(FromItems {
        pending: out,
        join_columns: merged.then_some(before),
    })
}

/// The relations of a level's FROM as its range table lists them (each visible): the
/// tables' own names known from `from` where its items match the relations one to one.
pub(crate) fn entries(pending: &[Pending], from: &[ast::TableWithJoins]) -> Vec<Entry> {
    let factors: Vec<&ast::TableFactor> = from
        .iter()
        .flat_map(|item| {
            std::iter::once(&item.relation).chain(item.joins.iter().map(|j| &j.relation))
        })
        .collect();
    let same_shape = factors.len() == pending.len();
    pending
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut entry = Entry::visible(
                &p.relation.alias,
                p.relation.columns.iter().map(|(n, _)| n.clone()),
            );
            if let (
                true,
                Some(ast::TableFactor::Table {
                    name, args: None, ..
                }),
            ) = (same_shape, factors.get(i))
            {
                entry.table = Some(crate::object_name(name));
            }
            entry
        })
        .collect()
}

/// The relations before a LATERAL item, which it sees.
pub(super) fn visible_entries(before: &[Pending]) -> Vec<Entry> {
    before
        .iter()
        .map(|p| {
            Entry::visible(
                &p.relation.alias,
                p.relation.columns.iter().map(|(n, _)| n.clone()),
            )
        })
        .collect()
}

/// The relations before an item that is not LATERAL, in its range table but out of its
/// reach: marking it LATERAL would reach them (`p_lateral_only`), except its own
/// join's left side on the right of a RIGHT or FULL join (`p_lateral_ok` false).
pub(super) fn earlier_entries(before: &[Pending], item_start: usize, kind: JoinKind) -> Vec<Entry> {
    let mut entries = visible_entries(before);
    for (i, e) in entries.iter_mut().enumerate() {
        e.reach = if i >= item_start && matches!(kind, JoinKind::Right | JoinKind::Full) {
            Reach::Hidden
        } else {
            Reach::LateralOnly
        };
    }
    entries
}

/// A relation's columns as a join sees them: each a column of the row, its columns
/// starting at `start`.
fn row_columns(relation: &Relation, start: usize) -> Vec<using::JoinColumn> {
    relation
        .columns
        .iter()
        .enumerate()
        .map(|(i, (name, ty))| {
            (
                name.clone(),
                Expr::new(Node::Column(start + i, name.clone()), ty.clone()),
            )
        })
        .collect()
}

/// PostgreSQL's 42712 where a join's two sides use one name (a subquery without an
/// alias has none).
fn conflict(names: &[String], name: &str) -> Result<(), PgError> {
    if !name.is_empty() && names.iter().any(|n| n == name) {
        return Err(PgError::new(
            "42712",
            format!("table name \"{name}\" specified more than once"),
        ));
    }
    Ok(())
}

fn join_name(op: &ast::JoinOperator) -> &'static str {
    match op {
        ast::JoinOperator::LeftSemi(_) | ast::JoinOperator::RightSemi(_) => "SEMI JOIN",
        ast::JoinOperator::LeftAnti(_) | ast::JoinOperator::RightAnti(_) => "ANTI JOIN",
        _ => "of this kind",
    }
}

pub(super) fn relation(
    levels: &Levels,
    factor: &ast::TableFactor,
    kind: JoinKind,
) -> Result<Relation, PgError> {
    match factor {
        ast::TableFactor::Table {
            name,
            alias,
            args: None,
            with_hints,
            version: None,
            partitions,
            ..
        } if with_hints.is_empty() && partitions.is_empty() => {
            let table_name = crate::object_name(name);
            if name.0.len() == 1 {
                if let Some((mut columns, rows)) = super::cte::reference(levels, &table_name)? {
                    if let Some(a) = alias {
                        rename_columns(&mut columns, &a.columns, &table_name)?;
                    }
                    return Ok(Relation {
                        alias: alias
                            .as_ref()
                            .map(|a| crate::ident(&a.name))
                            .unwrap_or(table_name),
                        columns,
                        primary_key: None,
                        rows,
                        kind,
                        on: None,
                        virtual_columns: Vec::new(),
                    });
                }
            }
            // A catalog relation is in the statement's tables under its own key when
            // the catalog layer accepted the statement (`catalog_views`).
            let lookup =
                crate::catalog_relations::table_key(name).unwrap_or_else(|| table_name.clone());
            let table = levels.tables.get(&lookup).ok_or_else(|| {
                system_catalog(name).unwrap_or_else(|| PgError::undefined_table(&table_name))
            })?;
            let mut columns = table.scope_columns();
            if let Some(a) = alias {
                rename_columns(&mut columns, &a.columns, &table_name)?;
            }
            Ok(Relation {
                alias: alias
                    .as_ref()
                    .map(|a| crate::ident(&a.name))
                    .unwrap_or(table_name),
                columns,
                primary_key: table
                    .primary_key()
                    .map(|cols| cols.iter().filter_map(|c| table.column_index(c)).collect()),
                rows: Rows::Table(table.rows.clone()),
                kind,
                on: None,
                virtual_columns: super::full_join::virtual_columns(
                    table,
                    levels.enums,
                    levels.extensions,
                ),
            })
        }
        ast::TableFactor::Derived {
            lateral: false,
            subquery,
            alias,
        } => {
            // A subquery in FROM sees the enclosing query, not this level.
            let inner = Levels {
                tables: levels.tables,
                enums: levels.enums,
                extensions: levels.extensions,
                outer: levels.outer,
                depth: levels.depth + 1,
                resolve_unknowns: true,
                ctes: levels.ctes.clone(),
                range: levels.range,
            };
            if inner.depth > super::MAX_SUBQUERY_DEPTH {
                return Err(PgError::unsupported(format!(
                    "subqueries nested more than {} deep",
                    super::MAX_SUBQUERY_DEPTH
                )));
            }
            let plan = bind_level(&inner, subquery)?;
            let mut columns: Vec<(String, SqlType)> = plan
                .names()
                .iter()
                .cloned()
                .zip(plan.types().iter().cloned())
                .collect();
            let name = alias
                .as_ref()
                .map(|a| crate::ident(&a.name))
                .unwrap_or_default();
            if let Some(a) = alias {
                rename_columns(&mut columns, &a.columns, &name)?;
            }
            Ok(Relation {
                alias: name,
                columns,
                primary_key: None,
                rows: Rows::Derived(Box::new(plan)),
                kind,
                on: None,
                virtual_columns: Vec::new(),
            })
        }
        ast::TableFactor::Table {
            name,
            alias,
            args: Some(args),
            with_hints,
            version: None,
            partitions,
            with_ordinality,
            ..
        } if with_hints.is_empty() && partitions.is_empty() && args.settings.is_none() => {
            let function = crate::object_name(name);
            let bound = super::srf::bind_from(
                levels,
                &function,
                &args.args,
                alias.as_ref(),
                *with_ordinality,
            )?;
            Ok(Relation {
                alias: bound.alias,
                columns: bound.columns,
                primary_key: None,
                rows: Rows::Function(Box::new(bound.function)),
                kind,
                on: None,
                virtual_columns: Vec::new(),
            })
        }
        ast::TableFactor::UNNEST {
            alias,
            array_exprs,
            with_offset: false,
            with_offset_alias: None,
            with_ordinality,
        } => {
            let args: Vec<ast::FunctionArg> = array_exprs
                .iter()
                .map(|e| ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(e.clone())))
                .collect();
            let bound =
                super::srf::bind_from(levels, "unnest", &args, alias.as_ref(), *with_ordinality)?;
            Ok(Relation {
                alias: bound.alias,
                columns: bound.columns,
                primary_key: None,
                rows: Rows::Function(Box::new(bound.function)),
                kind,
                on: None,
                virtual_columns: Vec::new(),
            })
        }
        other => Err(PgError::unsupported(format!("FROM {other}"))),
    }
}

/// Column aliases `AS a (x, y)`: the first columns renamed; more aliases than columns
/// is PostgreSQL's 42P10.
pub(super) fn rename_columns(
    columns: &mut [(String, SqlType)],
    aliases: &[ast::Ident],
    relation: &str,
) -> Result<(), PgError> {
    if aliases.len() > columns.len() {
        return Err(PgError::new(
            "42P10",
            format!(
                "table \"{relation}\" has {} columns available but {} columns specified",
                columns.len(),
                aliases.len()
            ),
        ));
    }
    for (c, a) in columns.iter_mut().zip(aliases) {
        c.0 = crate::ident(a);
    }
    Ok(())
}

/// Binds each JOIN's ON in the query's scope (before the select list, as PostgreSQL
/// transforms FROM first). A condition that reads a relation joined after it is
/// PostgreSQL's 42P01 "invalid reference"; that is refused here rather than worded.
pub(super) fn bind_conditions(
    scope: &Scope,
    context: &Context,
    pending: Vec<Pending>,
) -> Result<Vec<Relation>, PgError> {
    let mut out = Vec::new();
    let mut end = 0;
    context.clause.set(Clause::JoinOn);
    let own = context.own.borrow().clone();
    for (i, p) in pending.into_iter().enumerate() {
        let mut relation = p.relation;
        end += relation.columns.len();
        if let Some(on) = p.on {
            // The condition sees its join's two sides; the range table has the FROM
            // items up to this join (the later ones are not added yet).
            let level_columns = p
                .on_columns
                .map(|columns| context.join_columns.replace(Some(columns)));
            if let Some(own) = &own {
                *context.own.borrow_mut() = Some(own.iter().take(i + 1).cloned().collect());
            }
            let bound = scope.bind(on);
            *context.own.borrow_mut() = own.clone();
            if let Some(columns) = level_columns {
                context.join_columns.replace(columns);
            }
            let bound = bound?;
            let bound = match bound.ty {
                SqlType::Boolean => bound,
                SqlType::Unknown => scope.coerce(
                    bound,
                    &SqlType::Boolean,
                    crate::types::CastContext::Implicit,
                )?,
                ref other => {
                    return Err(PgError::new(
                        "42804",
                        format!(
                            "argument of JOIN/ON must be type boolean, not type {}",
                            other.base_name()
                        ),
                    ))
                }
            };
            if reads_between(&bound, end, scope.own_width()) {
                return Err(PgError::unsupported(
                    "a JOIN condition that reads a relation joined after it",
                ));
            }
            relation.on = Some(bound);
        }
        out.push(relation);
    }
    Ok(out)
}

fn reads_between(e: &Expr, from: usize, to: usize) -> bool {
    match e.node {
        Node::Column(i, _) if i >= from && i < to => true,
        _ => e.children().into_iter().any(|c| reads_between(c, from, to)),
    }
}

/// Every relation's expressions (constant folding).
pub(super) fn expressions_mut(relations: &mut [Relation]) -> Vec<&mut Expr> {
    let mut all: Vec<&mut Expr> = Vec::new();
    let mut calls: Vec<&mut Expr> = Vec::new();
    for r in relations.iter_mut() {
        all.extend(r.on.as_mut());
        if let Rows::Function(call) = &mut r.rows {
            calls.extend(call.expressions());
        }
    }
    all.extend(calls);
    all
}

/// Folds the subqueries in FROM. A WITH query's plan is shared by its references:
/// folded in place by the first, only checked (on a copy) when another holds it.
pub(super) fn fold(relations: &mut [Relation], env: &mut Env) -> Result<(), PgError> {
    for r in relations {
        match &mut r.rows {
            Rows::Derived(plan) | Rows::Lateral(plan) => plan.fold(env)?,
            Rows::Shared(plan) => match Arc::get_mut(plan) {
                Some(plan) => plan.fold(env)?,
                None => Plan::clone(plan).fold(env)?,
            },
            _ => {}
        }
    }
    Ok(())
}

/// Whether a subquery in FROM reads the enclosing query's row.
pub(super) fn correlated(relations: &[Relation]) -> bool {
    relations.iter().any(|r| match &r.rows {
        Rows::Derived(p) => p.correlated(),
        Rows::Shared(p) => p.correlated(),
        Rows::Function(call) => call.correlated,
        _ => false,
    })
}

/// The joined rows, each followed by the enclosing query's row.
pub(super) fn rows(
    relations: &[Relation],
    outer: &[Value],
    env: &mut Env,
) -> Result<Vec<Row>, PgError> {
    let total: usize = relations.iter().map(|r| r.columns.len()).sum();
    let mut partial: Vec<Row> = vec![Vec::new()];
    let mut width = 0;
    for relation in relations {
        let derived: Arc<Vec<Row>>;
        let rows: &[Row] = match &relation.rows {
            Rows::Table(rows) => rows,
            Rows::Derived(plan) => {
                derived = plan.rows(outer, env)?;
                &derived
            }
            Rows::Shared(plan) => {
                derived = plan.rows(outer, env)?;
                &derived
            }
            Rows::WorkTable(table) => {
                derived = table
                    .lock()
                    .map_err(|_| PgError::unsupported("this recursive query"))?
                    .clone();
                &derived
            }
            // Read per left row below.
            Rows::Lateral(_) => &[],
            Rows::Function(call) => {
                derived = Arc::new(call.rows(outer, env)?);
                &derived
            }
        };
        spend(env, partial.len().saturating_mul(rows.len().max(1)))?;
        let own = relation.columns.len();
        let mut next = Vec::new();
        let mut right_matched = vec![false; rows.len()];
        for left in &partial {
            let mut matched = false;
            let per_left: Arc<Vec<Row>>;
            let rows: &[Row] = match &relation.rows {
                Rows::Lateral(plan) => {
                    // The subquery's enclosing row: this join row, then the level's.
                    let above: Row = left.iter().chain(outer).cloned().collect();
                    per_left = plan.rows(&above, env)?;
                    spend(env, per_left.len())?;
                    &per_left
                }
                _ => rows,
            };
            for (r, right) in rows.iter().enumerate() {
                let mut row: Row = left.iter().chain(right).cloned().collect();
                if let Some(on) = &relation.on {
                    // ON sees this pair, NULLs for the relations after, the outer row.
                    let padded: Row = row
                        .iter()
                        .cloned()
                        .chain(std::iter::repeat_n(Value::Null, total - width - own))
                        .chain(outer.iter().cloned())
                        .collect();
                    if on.eval(&padded, env)? != Value::Bool(true) {
                        continue;
                    }
                }
                matched = true;
                if let Some(m) = right_matched.get_mut(r) {
                    *m = true;
                }
                row.shrink_to_fit();
                next.push(row);
                if next.len() > crate::MAX_ROWS {
                    return Err(PgError::unsupported(format!(
                        "a join of more than {} rows",
                        crate::MAX_ROWS
                    )));
                }
            }
            if matches!(relation.kind, JoinKind::Left | JoinKind::Full) && !matched {
                next.push(
                    left.iter()
                        .cloned()
                        .chain(std::iter::repeat_n(Value::Null, own))
                        .collect(),
                );
            }
        }
        if matches!(relation.kind, JoinKind::Right | JoinKind::Full) {
            // Each right row no left row matched, after the matches, NULLs on the left.
            for (right, _) in rows.iter().zip(&right_matched).filter(|(_, m)| !**m) {
                next.push(
                    std::iter::repeat_n(Value::Null, width)
                        .chain(right.iter().cloned())
                        .collect(),
                );
            }
            if next.len() > crate::MAX_ROWS {
                return Err(PgError::unsupported(format!(
                    "a join of more than {} rows",
                    crate::MAX_ROWS
                )));
            }
        }
        partial = next;
        width += own;
    }
    for row in &mut partial {
        row.extend(outer.iter().cloned());
    }
    Ok(partial)
}

/// A system catalog or information_schema view the engine does not model: a refusal,
/// never PostgreSQL's "does not exist" (PostgreSQL has it).
fn system_catalog(name: &ast::ObjectName) -> Option<PgError> {
    let parts: Vec<String> = name.0.iter().map(crate::ident).collect();
    let schema = parts.len().checked_sub(2).and_then(|i| parts.get(i));
    let last = parts.last()?;
    let is_catalog = match schema.map(String::as_str) {
        Some("pg_catalog" | "information_schema") => true,
        Some(_) => false,
        None => last.starts_with("pg_"),
    };
    is_catalog
        .then(|| PgError::unsupported(format!("queries of the system catalog {}", parts.join("."))))
}
