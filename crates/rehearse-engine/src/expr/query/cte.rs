//! WITH queries (common table expressions): bound once where the WITH stands, visible
//! by name to the query's FROM and to its subqueries (an unqualified name finds the
//! innermost WITH query before a table, as PostgreSQL's `scanNameSpaceForCTE`).
//! A WITH query's rows are computed once, when first read (`Plan`'s cache), and not at
//! all when nothing reads them, as PostgreSQL plans them; MATERIALIZED / NOT
//! MATERIALIZED change neither for the queries simulated here.
//!
//! WITH RECURSIVE: a query `non-recursive-term UNION [ALL] recursive-term` whose
//! recursive term reads the query's own name is evaluated as PostgreSQL's
//! RecursiveUnion: the non-recursive rows, then the recursive term over the previous
//! step's new rows (the work table) until a step adds none; UNION drops rows already
//! produced. Rows come in production order, as there. Recursive terms PostgreSQL
//! restricts (aggregates, DISTINCT, outer joins, ...) are refused rather than checked.
//!
//! **Invariant:** a recursive query stops at [`crate::MAX_ROWS`] rows and within the
//! statement's work budget (PostgreSQL would run until memory ran out).

use super::rowset::{self, Tail};
use super::setop::common_types;
use super::{bind_level, from, spend, Levels, Plan, Source};
use crate::catalog::Row;
use crate::error::PgError;
use crate::expr::Env;
use crate::types::SqlType;
use crate::value::Value;
use sqlparser::ast;
use std::cell::Cell;
use std::collections::HashSet;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

/// The rows of a recursive query's previous step, which its recursive term reads.
pub(super) type WorkTable = Arc<Mutex<Arc<Vec<Row>>>>;

/// A WITH query in reach of the query being bound.
pub(crate) struct Cte {
    name: String,
    columns: Vec<(String, SqlType)>,
    kind: CteKind,
    /// The query level of its WITH.
    depth: usize,
}

enum CteKind {
    /// A bound query, shared by every reference (its rows computed once).
    Query(Arc<Plan>),
    /// The query's own name inside its recursive term.
    WorkTable { rows: WorkTable, uses: Cell<usize> },
    /// The query's own name inside its non-recursive term.
    NonRecursiveTerm,
    /// The query's own name inside a recursive query not of the UNION form.
    NotUnionForm,
}

/// A recursive query's two terms.
#[derive(Debug, Clone)]
pub(super) struct Recursive {
    base: Plan,
    step: Plan,
    all: bool,
    work: WorkTable,
}

impl Recursive {
    /// Whether a term reads the enclosing query's row.
    pub fn correlated(&self) -> bool {
        self.base.correlated() || self.step.correlated()
    }

    /// Constant folding in both terms.
    pub fn fold(&mut self, env: &mut Env) -> Result<(), PgError> {
        self.base.fold(env)?;
        self.step.fold(env)
    }

    /// The rows, step by step.
    pub fn rows(&self, outer: &[Value], env: &mut Env) -> Result<Vec<Row>, PgError> {
        let types = self.base.types().to_vec();
        let key = |row: &Row| -> Vec<String> {
            row.iter()
                .zip(&types)
                .map(|(v, ty)| super::group::key_text(v, ty))
                .collect()
        };
        let mut seen: HashSet<Vec<String>> = HashSet::new();
        let fresh = |rows: Vec<Row>, seen: &mut HashSet<Vec<String>>| -> Vec<Row> {
            if self.all {
                return rows;
            }
            rows.into_iter().filter(|r| seen.insert(key(r))).collect()
        };
        let mut result = fresh(self.base.compute(outer, env)?, &mut seen);
        let mut working = result.clone();
        while !working.is_empty() {
            *self
                .work
                .lock()
                .map_err(|_| PgError::unsupported("this recursive query"))? = Arc::new(working);
            let produced = fresh(self.step.compute(outer, env)?, &mut seen);
            spend(env, produced.len())?;
            if result.len() + produced.len() > crate::MAX_ROWS {
                return Err(PgError::unsupported(format!(
                    "a recursive query of more than {} rows",
                    crate::MAX_ROWS
                )));
            }
            result.extend(produced.iter().cloned());
            working = produced;
        }
        Ok(result)
    }
}

/// A WITH query read in FROM: its columns and where its rows come from.
pub(super) type Reference = (Vec<(String, SqlType)>, from::Rows);

/// A relation named `name` that is a WITH query in reach: its columns and rows.
pub(super) fn reference(levels: &Levels, name: &str) -> Result<Option<Reference>, PgError> {
    let Some(cte) = levels.ctes.iter().rev().find(|c| c.name == name) else {
        return Ok(None);
    };
    let rows = match &cte.kind {
        CteKind::Query(plan) => {
            if plan.correlated() && cte.depth != levels.depth {
                return Err(PgError::unsupported(
                    "a WITH query that reads an enclosing query, read from a subquery",
                ));
            }
            from::Rows::Shared(plan.clone())
        }
        CteKind::WorkTable { rows, uses } => {
            if cte.depth != levels.depth {
                return Err(recursion_error(format!(
                    "recursive reference to query \"{name}\" must not appear within a subquery"
                )));
            }
            if uses.get() > 0 {
                return Err(recursion_error(format!(
                    "recursive reference to query \"{name}\" must not appear more than once"
                )));
            }
            uses.set(uses.get() + 1);
            from::Rows::WorkTable(rows.clone())
        }
        CteKind::NonRecursiveTerm => {
            return Err(recursion_error(format!(
                "recursive reference to query \"{name}\" must not appear within its non-recursive term"
            )))
        }
        CteKind::NotUnionForm => {
            return Err(recursion_error(format!(
                "recursive query \"{name}\" does not have the form non-recursive-term UNION [ALL] recursive-term"
            )))
        }
    };
    Ok(Some((cte.columns.clone(), rows)))
}

fn recursion_error(message: String) -> PgError {
    PgError::new("42P19", message)
}

/// The levels with a WITH clause's queries added, each bound in turn (a query sees
/// the ones before it; a recursive one also itself).
pub(super) fn bind_with<'a>(levels: &Levels<'a>, with: &ast::With) -> Result<Levels<'a>, PgError> {
    let mut out = levels.clone();
    let mut names: Vec<String> = Vec::new();
    for table in &with.cte_tables {
        let name = crate::ident(&table.alias.name);
        if names.contains(&name) {
            return Err(PgError::new(
                "42712",
                format!("WITH query name \"{name}\" specified more than once"),
            ));
        }
        names.push(name.clone());
        if table.from.is_some() {
            return Err(PgError::unsupported(format!("the WITH query {table}")));
        }
        let aliases = &table.alias.columns;
        let plan = if with.recursive {
            recursive(&out, &name, aliases, &table.query)?
        } else {
            plain(&out, &table.query)?
        };
        let mut columns: Vec<(String, SqlType)> = plan
            .names()
            .iter()
            .cloned()
            .zip(plan.types().iter().cloned())
            .collect();
        rename(&mut columns, aliases, &name)?;
        out.ctes.push(Rc::new(Cte {
            name,
            columns,
            kind: CteKind::Query(Arc::new(plan)),
            depth: levels.depth,
        }));
    }
    Ok(out)
}

/// A WITH query's own levels: unknown literals resolved (a WITH query's output is
/// typed, as a subquery's in FROM).
fn plain(levels: &Levels, query: &ast::Query) -> Result<Plan, PgError> {
    let mut own = levels.clone();
    own.resolve_unknowns = true;
    bind_level(&own, query)
}

/// `WITH r(a, b)`: the first columns renamed; too many names is 42P10.
fn rename(
    columns: &mut [(String, SqlType)],
    aliases: &[ast::Ident],
    name: &str,
) -> Result<(), PgError> {
    if aliases.len() > columns.len() {
        return Err(PgError::new(
            "42P10",
            format!(
                "WITH query \"{name}\" has {} columns available but {} columns specified",
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

/// A query of WITH RECURSIVE: recursive when its UNION's right term reads its name,
/// else an ordinary WITH query.
fn recursive(
    levels: &Levels,
    name: &str,
    aliases: &[ast::Ident],
    query: &ast::Query,
) -> Result<Plan, PgError> {
    let marker = |kind: CteKind| {
        let mut l = levels.clone();
        l.resolve_unknowns = true;
        l.ctes.push(Rc::new(Cte {
            name: name.to_string(),
            columns: Vec::new(),
            kind,
            depth: levels.depth,
        }));
        l
    };
    let ast::SetExpr::SetOperation {
        op: ast::SetOperator::Union,
        set_quantifier,
        left,
        right,
    } = query.body.as_ref()
    else {
        return bind_level(&marker(CteKind::NotUnionForm), query);
    };
    let all = match set_quantifier {
        ast::SetQuantifier::All => true,
        ast::SetQuantifier::None | ast::SetQuantifier::Distinct => false,
        _ => return bind_level(&marker(CteKind::NotUnionForm), query),
    };
    let base_levels = marker(CteKind::NonRecursiveTerm);
    let mut base = operand(&base_levels, left)?;
    let mut columns: Vec<(String, SqlType)> = base
        .names()
        .iter()
        .cloned()
        .zip(base.types().iter().cloned())
        .collect();
    rename(&mut columns, aliases, name)?;
    let work: WorkTable = Arc::new(Mutex::new(Arc::new(Vec::new())));
    let mut step_levels = levels.clone();
    step_levels.resolve_unknowns = false;
    let entry = Rc::new(Cte {
        name: name.to_string(),
        columns: columns.clone(),
        kind: CteKind::WorkTable {
            rows: work.clone(),
            uses: Cell::new(0),
        },
        depth: levels.depth,
    });
    step_levels.ctes.push(entry.clone());
    let mut step = operand(&step_levels, right)?;
    let used = matches!(&entry.kind, CteKind::WorkTable { uses, .. } if uses.get() > 0);
    if !used {
        // Not recursive after all: an ordinary UNION.
        return plain(levels, query);
    }
    let refused = |what: &str| Err(PgError::unsupported(format!("a recursive query's {what}")));
    match right.as_ref() {
        ast::SetExpr::Select(s) => {
            if s.distinct.is_some() || s.having.is_some() || has_outer_join(&s.from) {
                return refused("recursive term with DISTINCT, HAVING or an outer join");
            }
        }
        _ => return refused("recursive term of this form"),
    }
    if step.is_grouped() {
        return refused("recursive term with GROUP BY or an aggregate");
    }
    if query.order_by.is_some() {
        return Err(PgError::new(
            "0A000",
            "ORDER BY in a recursive query is not implemented",
        ));
    }
    if query.offset.is_some() {
        return Err(PgError::new(
            "0A000",
            "OFFSET in a recursive query is not implemented",
        ));
    }
    if query.limit.is_some() {
        return Err(PgError::new(
            "0A000",
            "LIMIT in a recursive query is not implemented",
        ));
    }
    // The non-recursive term's types are the query's: the recursive term must agree.
    let expected: Vec<SqlType> = base.types().to_vec();
    let types = common_types(levels, &mut base, &mut step, "UNION")?;
    for (i, (want, got)) in expected.iter().zip(&types).enumerate() {
        if want != got {
            return Err(PgError::new(
                "42804",
                format!(
                    "recursive query \"{name}\" column {} has type {} in non-recursive term but type {} overall",
                    i + 1,
                    want.format(),
                    got.format()
                ),
            )
            .hint("Cast the output of the non-recursive term to the correct type."));
        }
    }
    let names = base.names().to_vec();
    let source = Source::Recursive(Box::new(Recursive {
        base,
        step,
        all,
        work,
    }));
    rowset::finish(levels, source, names, types, Tail::NONE, None)
}

/// A term of the recursive query.
fn operand(levels: &Levels, e: &ast::SetExpr) -> Result<Plan, PgError> {
    match e {
        ast::SetExpr::Select(select) => super::bind_select(levels, select, Tail::NONE),
        ast::SetExpr::Query(q) => bind_level(levels, q),
        other => {
            let query = ast::Query {
                with: None,
                body: Box::new(other.clone()),
                order_by: None,
                limit: None,
                limit_by: Vec::new(),
                offset: None,
                fetch: None,
                locks: Vec::new(),
                for_clause: None,
                settings: None,
                format_clause: None,
            };
            bind_level(levels, &query)
        }
    }
}

fn has_outer_join(from: &[ast::TableWithJoins]) -> bool {
    from.iter().any(|t| {
        t.joins.iter().any(|j| {
            matches!(
                j.join_operator,
                ast::JoinOperator::LeftOuter(_)
                    | ast::JoinOperator::RightOuter(_)
                    | ast::JoinOperator::FullOuter(_)
            )
        })
    })
}
