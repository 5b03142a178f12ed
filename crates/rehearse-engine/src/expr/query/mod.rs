//! Queries: a SELECT bound to a [`Plan`] as PostgreSQL's `transformSelectStmt` analyses
//! it (the select list, WHERE, HAVING, ORDER BY, GROUP BY, DISTINCT, LIMIT/OFFSET, in
//! that order, so the first error is PostgreSQL's first), then evaluated: rows of the
//! one relation in FROM, filtered, grouped (`group`, with `aggregate`), projected,
//! sorted and cut (`order`).
//!
//! A plan is a top-level SELECT, the source of INSERT ... SELECT, or a subquery in an
//! expression (`expr::SubLink`). A subquery's rows are its relation's rows followed by
//! the enclosing query's row, so a correlated reference is an ordinary column.
//!
//! **Invariant:** evaluation visits at most [`MAX_QUERY_WORK`] rows per statement
//! (a correlated subquery over a big table would otherwise run for hours), and
//! subqueries nest at most [`MAX_SUBQUERY_DEPTH`] deep; past either, Rehearse refuses.

pub mod aggregate;
mod cte;
mod from;
mod from_list;
mod full_join;
mod group;
mod lateral;
mod order;
mod rowset;
mod setop;
pub mod srf;
mod srf_lateral;
pub mod using;
mod values;
pub mod window;

use crate::catalog::{Row, Table};
use crate::error::PgError;
use crate::expr::range_table::{Entry, RangeLevel};
use crate::expr::{Env, Expr, Node, Scope};
use crate::shared::Shared;
use crate::types::{CastContext, SqlType};
use crate::value::Value;
use sqlparser::ast;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, OnceLock};

pub(crate) use from_list::bind_from_list;
pub use from_list::{bind_ctes, Ctes, FromList};
pub(crate) use group::key_text;
pub use order::{Distinct, SortKey};

/// Rows a statement's queries may visit in all (each subquery evaluation counts the
/// rows it reads).
pub const MAX_QUERY_WORK: u64 = 20_000_000;

/// How deep subqueries may nest.
pub const MAX_SUBQUERY_DEPTH: usize = 10;

/// The clause being bound: where aggregate calls are allowed, and what PostgreSQL's
/// "aggregate functions are not allowed in ..." names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clause {
    /// The select list (and DISTINCT ON, ORDER BY, which become its entries).
    Target,
    /// HAVING.
    Having,
    /// WHERE.
    Where,
    /// GROUP BY.
    GroupBy,
    /// LIMIT.
    Limit,
    /// OFFSET.
    Offset,
    /// UPDATE's SET list.
    Update,
    /// INSERT's VALUES.
    Values,
    /// An aggregate's FILTER.
    Filter,
    /// A JOIN's ON.
    JoinOn,
    /// A window's PARTITION BY / ORDER BY / frame.
    Window,
    /// A function's arguments in FROM.
    FromFunction,
    /// A data statement's RETURNING list.
    Returning,
}

impl Clause {
    /// Whether an aggregate call may appear here.
    pub fn allows_aggregates(self) -> bool {
        matches!(self, Clause::Target | Clause::Having | Clause::Window)
    }

    /// The clause as PostgreSQL's `ParseExprKindName` names it.
    pub fn name(self) -> &'static str {
        match self {
            Clause::Target => "SELECT",
            Clause::Having => "HAVING",
            Clause::Where => "WHERE",
            Clause::GroupBy => "GROUP BY",
            Clause::Limit => "LIMIT",
            Clause::Offset => "OFFSET",
            Clause::Update => "UPDATE",
            Clause::Values => "VALUES",
            Clause::Filter => "FILTER",
            Clause::JoinOn => "JOIN conditions",
            Clause::Window => "window definitions",
            Clause::FromFunction => "functions in FROM",
            Clause::Returning => "RETURNING",
        }
    }
}

/// What binding a query level sees besides its own columns.
pub struct Context<'a> {
    /// The database's tables (a subquery's FROM).
    pub tables: &'a BTreeMap<String, Table>,
    /// The enclosing query's scope, for correlated references.
    pub outer: Option<&'a Scope<'a>>,
    /// The clause being bound.
    pub clause: Cell<Clause>,
    /// The aggregate calls of this level, in the order bound.
    pub(crate) aggregates: RefCell<Vec<aggregate::Call>>,
    /// Set when a reference to an enclosing query was bound at this level.
    pub(crate) correlated: Cell<bool>,
    /// Subqueries around this level.
    pub depth: usize,
    /// The WITH queries this level sees (innermost last).
    pub(crate) ctes: Vec<std::rc::Rc<cte::Cte>>,
    /// The window function calls of this level, in the order bound.
    pub(crate) windows: RefCell<Vec<window::Pending>>,
    /// This level's `WINDOW` definitions.
    pub(crate) named_windows: &'a [ast::NamedWindowDefinition],
    /// The set-returning function calls of the select list, in the order bound.
    pub(crate) set_functions: RefCell<Vec<srf::SetFunction>>,
    /// The columns unqualified names and `*` see where a JOIN ... USING or NATURAL
    /// JOIN merged some (`using`); `None`: every relation's columns.
    pub(crate) join_columns: RefCell<Option<std::rc::Rc<using::JoinColumns>>>,
    /// This level's relations as PostgreSQL's range table lists them, for the errors
    /// of a name not found (`range_table`); `None`: the scope's own, as it lists them.
    pub(crate) own: RefCell<Option<Vec<Entry>>>,
    /// The range tables around this level's relations (enclosing queries, INSERT's
    /// target), which the scope cannot see but those errors search.
    pub(crate) range: Option<&'a RangeLevel<'a>>,
    /// The FROM items of this level whose whole-row reference (`SELECT e FROM
    /// jsonb_array_elements(j) AS e`) is their one column: a function returning a
    /// scalar, as `makeWholeRowVar` makes it.
    pub(crate) scalar_relations: Vec<String>,
}

impl<'a> Context<'a> {
    /// A context for a statement's top level (no enclosing query).
    pub fn new(tables: &'a BTreeMap<String, Table>, clause: Clause) -> Self {
        Context {
            tables,
            outer: None,
            clause: Cell::new(clause),
            aggregates: RefCell::new(Vec::new()),
            correlated: Cell::new(false),
            depth: 0,
            ctes: Vec::new(),
            windows: RefCell::new(Vec::new()),
            named_windows: &[],
            set_functions: RefCell::new(Vec::new()),
            join_columns: RefCell::new(None),
            own: RefCell::new(None),
            range: None,
            scalar_relations: Vec::new(),
        }
    }

    /// The FROM clause's columns as JOIN ... USING merged them, if it did.
    pub(crate) fn join_columns(&self) -> Option<std::rc::Rc<using::JoinColumns>> {
        self.join_columns.borrow().clone()
    }
}

/// Where a query's rows come from.
#[derive(Clone)]
enum Source {
    /// No FROM: one empty row.
    Nothing,
    /// A table's rows as the statement found them (shared, not copied).
    Table(Shared<Vec<Row>>),
    /// Several relations, or a subquery: joined row by row (`from`).
    Joined(Vec<from::Relation>),
    /// A set operation's rows (`setop`).
    SetOperation(Box<setop::SetOp>),
    /// A VALUES list's rows (`values`).
    Values(values::Values),
    /// A recursive WITH query's rows (`cte`).
    Recursive(Box<cte::Recursive>),
}

/// A table's rows print as their version stamp, not their contents: bound trees are
/// compared by their debug text (`order::same`), which must not grow with the data.
impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Nothing => write!(f, "Nothing"),
            Source::Table(rows) => write!(f, "Table(v{})", rows.version()),
            Source::Joined(relations) => f.debug_tuple("Joined").field(relations).finish(),
            Source::SetOperation(op) => f.debug_tuple("SetOperation").field(op).finish(),
            Source::Values(values) => f.debug_tuple("Values").field(values).finish(),
            Source::Recursive(r) => f.debug_tuple("Recursive").field(r).finish(),
        }
    }
}

/// A bound SELECT.
#[derive(Debug, Clone)]
pub struct Plan {
    source: Source,
    /// The width of the relation's row (before the enclosing query's row).
    width: usize,
    filter: Option<Expr>,
    group: Option<group::Grouping>,
    /// The select list, then the entries ORDER BY added (PostgreSQL's resjunk).
    targets: Vec<Expr>,
    /// How many of `targets` are output columns.
    visible: usize,
    names: Vec<String>,
    types: Vec<SqlType>,
    sort: Vec<SortKey>,
    distinct: Distinct,
    limit: Option<Expr>,
    offset: Option<Expr>,
    correlated: bool,
    /// The window functions, computed over the filtered (grouped) rows.
    windows: Option<window::Windows>,
    /// The select list's set-returning functions, run in lockstep on each row
    /// (PostgreSQL's ProjectSet).
    set_functions: Vec<srf::SetFunction>,
    /// An uncorrelated subquery's rows, computed once (PostgreSQL's initplan).
    cache: OnceLock<Arc<Vec<Row>>>,
}

impl Plan {
    /// The output columns' types.
    pub fn types(&self) -> &[SqlType] {
        &self.types
    }

    /// The output columns' names, as PostgreSQL names them.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Whether the plan groups (GROUP BY, an aggregate or HAVING).
    pub(super) fn is_grouped(&self) -> bool {
        self.group.is_some()
    }

    /// Whether the plan reads an enclosing query's row.
    pub fn correlated(&self) -> bool {
        self.correlated
    }

    /// Whether the output order is PostgreSQL's hash order (GROUP BY or DISTINCT
    /// without an ORDER BY), which Rehearse does not reproduce.
    pub fn order_is_unspecified(&self) -> bool {
        self.sort.is_empty()
            && (self.group.is_some()
                || self.distinct == Distinct::All
                || matches!(&self.source, Source::SetOperation(op) if op.order_is_unspecified())
                || self
                    .windows
                    .as_ref()
                    .is_some_and(window::Windows::order_is_unspecified))
    }

    /// Output column `i` coerced to `ty`: a set operation's common type, placed in the
    /// operand's select list as PostgreSQL does for an operand's unknown literal (a
    /// bad literal is then an error even over no rows).
    pub(super) fn coerce_output(
        &mut self,
        i: usize,
        ty: &SqlType,
        scope: &Scope,
    ) -> Result<(), PgError> {
        if self.types[i] == *ty {
            return Ok(());
        }
        let target = self.targets[i].clone();
        self.targets[i] = scope.coerce(target, ty, CastContext::Implicit)?;
        self.types[i] = ty.clone();
        Ok(())
    }

    /// The planner's constant folding over every expression of the plan.
    pub fn fold(&mut self, env: &mut Env) -> Result<(), PgError> {
        // The subqueries in FROM and a set operation's operands first, then this
        // level's expressions.
        match &mut self.source {
            Source::Joined(relations) => from::fold(relations, env)?,
            Source::SetOperation(op) => op.fold(env)?,
            Source::Recursive(r) => r.fold(env)?,
            _ => {}
        }
        let mut all: Vec<&mut Expr> = self.targets.iter_mut().collect();
        all.extend(self.filter.iter_mut());
        all.extend(self.limit.iter_mut());
        all.extend(self.offset.iter_mut());
        if let Some(g) = &mut self.group {
            all.extend(g.expressions());
        }
        if let Some(w) = &mut self.windows {
            all.extend(w.expressions_mut());
        }
        for f in &mut self.set_functions {
            all.extend(f.expressions());
        }
        match &mut self.source {
            Source::Joined(relations) => all.extend(from::expressions_mut(relations)),
            Source::Values(values) => all.extend(values.expressions()),
            _ => {}
        }
        for e in all {
            e.fold(env)?;
        }
        // The join search then finds no path for a FULL JOIN it can neither merge nor
        // hash.
        if let Source::Joined(relations) = &self.source {
            full_join::check(relations, env)?;
        }
        // Then selectivity estimation reads the folded WHERE, and a table's scan
        // orders its clauses (a join's are not modelled: they stay as written).
        let one_table = match &self.source {
            Source::Table(_) => true,
            Source::Joined(r) => r.len() == 1 && r[0].table_rows().is_some(),
            _ => false,
        };
        if let Some(f) = &mut self.filter {
            crate::expr::restriction::estimate(f)?;
            if one_table {
                crate::expr::restriction::order_quals(f);
            }
        }
        Ok(())
    }

    /// The output rows, given the enclosing query's row (empty at the top level).
    pub fn rows(&self, outer: &[Value], env: &mut Env) -> Result<Arc<Vec<Row>>, PgError> {
        if !self.correlated {
            if let Some(rows) = self.cache.get() {
                return Ok(rows.clone());
            }
        }
        let rows = Arc::new(self.compute(outer, env)?);
        if !self.correlated {
            let _ = self.cache.set(rows.clone());
        }
        Ok(rows)
    }

    /// The output rows, computed afresh (a top-level query, read once).
    pub fn compute(&self, outer: &[Value], env: &mut Env) -> Result<Vec<Row>, PgError> {
        // PostgreSQL's Limit node computes OFFSET then LIMIT before reading its input
        // (`recompute_limits`), and reads nothing at all under `LIMIT 0`.
        let blank: Row = std::iter::repeat_n(Value::Null, self.width)
            .chain(outer.iter().cloned())
            .collect();
        let offset = order::count(self.offset.as_ref(), &blank, env, Clause::Offset)?;
        let limit = order::count(self.limit.as_ref(), &blank, env, Clause::Limit)?;
        if limit == Some(0) {
            return Ok(Vec::new());
        }
        let nothing: Vec<Row> = vec![Vec::new()];
        let joined: Vec<Row>;
        let computed: Vec<Row>;
        let (input, outer_part): (&[Row], &[Value]) = match &self.source {
            Source::Nothing => (&nothing, outer),
            Source::Table(rows) => (rows, outer),
            Source::SetOperation(op) => {
                computed = op.rows(outer, env)?;
                (&computed, outer)
            }
            Source::Values(values) => {
                computed = values.rows(outer, env)?;
                (&computed, outer)
            }
            Source::Recursive(r) => {
                computed = r.rows(outer, env)?;
                (&computed, outer)
            }
            // Joined rows already end with the enclosing query's row.
            Source::Joined(relations) => {
                joined = from::rows(relations, outer, env)?;
                (&joined, &[])
            }
        };
        spend(env, input.len())?;
        let full = |row: &Row| -> Row { row.iter().chain(outer_part).cloned().collect() };
        let mut out: Vec<Row> = Vec::new();
        match &self.group {
            None if self.windows.is_some() || !self.set_functions.is_empty() => {
                let mut passed = Vec::new();
                for row in input {
                    let row = full(row);
                    if let Some(f) = &self.filter {
                        if f.eval(&row, env)? != Value::Bool(true) {
                            continue;
                        }
                    }
                    passed.push(row);
                }
                out = self.project_windowed(passed, env)?;
            }
            None => {
                for row in input {
                    let row = full(row);
                    if let Some(f) = &self.filter {
                        if f.eval(&row, env)? != Value::Bool(true) {
                            continue;
                        }
                    }
                    out.push(self.project(&row, env)?);
                }
            }
            Some(grouping) => {
                let mut passed = Vec::new();
                for row in input {
                    let row = full(row);
                    if let Some(f) = &self.filter {
                        if f.eval(&row, env)? != Value::Bool(true) {
                            continue;
                        }
                    }
                    passed.push(row);
                }
                let blank: Row = std::iter::repeat_n(Value::Null, self.width)
                    .chain(outer.iter().cloned())
                    .collect();
                let grouped = grouping.groups(passed, &blank, env)?;
                if self.windows.is_some() || !self.set_functions.is_empty() {
                    out = self.project_windowed(grouped, env)?;
                } else {
                    for row in grouped {
                        out.push(self.project(&row, env)?);
                    }
                }
            }
        }
        let types: Vec<SqlType> = self.targets.iter().map(|t| t.ty.clone()).collect();
        let bound = match limit.and_then(|l| l.checked_add(offset.unwrap_or(0))) {
            None => order::Bound::None,
            Some(n) => match usize::try_from(n) {
                Err(_) => order::Bound::None,
                Ok(n) if self.windows.is_some() || !self.set_functions.is_empty() => {
                    order::Bound::Uncertain(n)
                }
                Ok(n) => order::Bound::Rows(n),
            },
        };
        let mut out = order::finish(
            out,
            &self.sort,
            &self.distinct,
            &types,
            self.visible,
            bound,
            env,
        )?;
        let skip = offset.unwrap_or(0).min(out.len() as i64) as usize;
        out.drain(..skip);
        if let Some(n) = limit {
            out.truncate(n.min(out.len() as i64) as usize);
        }
        for row in &mut out {
            row.truncate(self.visible);
        }
        Ok(out)
    }

    /// The window functions' values appended to the rows (sorted by the windows), then
    /// the select list.
    fn project_windowed(&self, mut rows: Vec<Row>, env: &mut Env) -> Result<Vec<Row>, PgError> {
        if let Some(w) = &self.windows {
            w.append(&mut rows, env)?;
        }
        if self.set_functions.is_empty() {
            return rows.iter().map(|row| self.project(row, env)).collect();
        }
        // ProjectSet: each function's rows side by side, the shorter lists padded
        // with NULLs; a row for which every list is empty yields nothing.
        let mut out = Vec::new();
        for row in rows {
            let mut lists = Vec::with_capacity(self.set_functions.len());
            for f in &self.set_functions {
                lists.push(f.rows(&row, env)?);
            }
            let n = lists.iter().map(Vec::len).max().unwrap_or(0);
            for i in 0..n {
                let mut expanded = row.clone();
                for list in &lists {
                    expanded.push(
                        list.get(i)
                            .and_then(|r| r.first().cloned())
                            .unwrap_or(Value::Null),
                    );
                }
                out.push(self.project(&expanded, env)?);
            }
        }
        Ok(out)
    }

    /// The select list (and ORDER BY's extra entries) on one row.
    fn project(&self, row: &[Value], env: &mut Env) -> Result<Row, PgError> {
        self.targets.iter().map(|t| t.eval(row, env)).collect()
    }
}

/// Counts `rows` against the statement's work budget.
pub(crate) fn spend(env: &mut Env, rows: usize) -> Result<(), PgError> {
    env.work = env.work.checked_sub(rows as u64).ok_or_else(|| {
        PgError::unsupported(format!(
            "a statement whose queries read more than {MAX_QUERY_WORK} rows"
        ))
    })?;
    Ok(())
}

/// Binds a top-level query (a SELECT statement, or INSERT's source).
pub fn bind(
    tables: &BTreeMap<String, Table>,
    enums: &BTreeMap<String, Vec<String>>,
    extensions: &BTreeSet<String>,
    query: &ast::Query,
    resolve_unknowns: bool,
) -> Result<Plan, PgError> {
    bind_within(tables, enums, extensions, query, resolve_unknowns, None)
}

/// Binds a query whose statement has relations the query cannot see (`range`:
/// INSERT's target, for the errors of a name not found).
pub(crate) fn bind_within(
    tables: &BTreeMap<String, Table>,
    enums: &BTreeMap<String, Vec<String>>,
    extensions: &BTreeSet<String>,
    query: &ast::Query,
    resolve_unknowns: bool,
    range: Option<&RangeLevel>,
) -> Result<Plan, PgError> {
    let levels = Levels {
        tables,
        enums,
        extensions: Some(extensions),
        outer: None,
        depth: 0,
        resolve_unknowns,
        ctes: Vec::new(),
        range,
    };
    bind_level(&levels, query)
}

/// Binds a subquery of an expression bound in `scope`.
pub(crate) fn bind_subquery(
    scope: &Scope,
    context: &Context,
    query: &ast::Query,
) -> Result<Plan, PgError> {
    if context.depth >= MAX_SUBQUERY_DEPTH {
        return Err(PgError::unsupported(format!(
            "subqueries nested more than {MAX_SUBQUERY_DEPTH} deep"
        )));
    }
    // The enclosing level's relations are the subquery's parent range table.
    let around = RangeLevel {
        entries: scope.own_entries(),
        parent: context.range,
    };
    let levels = Levels {
        tables: context.tables,
        enums: scope.enums,
        extensions: scope.extensions,
        outer: Some(scope),
        depth: context.depth + 1,
        resolve_unknowns: true,
        ctes: context.ctes.clone(),
        range: Some(&around),
    };
    bind_level(&levels, query)
}

/// What binding one query level needs.
#[derive(Clone)]
struct Levels<'a> {
    tables: &'a BTreeMap<String, Table>,
    enums: &'a BTreeMap<String, Vec<String>>,
    extensions: Option<&'a BTreeSet<String>>,
    outer: Option<&'a Scope<'a>>,
    depth: usize,
    /// Whether the select list's unknown literals become text (everywhere but
    /// INSERT's source, whose literals take the target columns' types).
    resolve_unknowns: bool,
    /// The WITH queries in reach (innermost last).
    ctes: Vec<std::rc::Rc<cte::Cte>>,
    /// The enclosing levels' range tables (`range_table`), innermost first.
    range: Option<&'a RangeLevel<'a>>,
}

fn bind_level(levels: &Levels, query: &ast::Query) -> Result<Plan, PgError> {
    if query.fetch.is_some() || !query.locks.is_empty() || !query.limit_by.is_empty() {
        return Err(PgError::unsupported("FETCH / FOR UPDATE in a query"));
    }
    let with_ctes;
    let levels = match &query.with {
        Some(with) => {
            with_ctes = cte::bind_with(levels, with)?;
            &with_ctes
        }
        None => levels,
    };
    let tail = rowset::Tail::of(query);
    match query.body.as_ref() {
        ast::SetExpr::Select(select) => bind_select(levels, select, tail),
        ast::SetExpr::Query(inner) => rowset::parenthesised(levels, query, inner),
        ast::SetExpr::Values(values) => {
            let (source, names, types) = values::bind(levels, values)?;
            rowset::finish(levels, source, names, types, tail, None)
        }
        ast::SetExpr::SetOperation { .. } => {
            let (op, names, types) = setop::bind(levels, query.body.as_ref())?;
            let name = op.name();
            rowset::finish(
                levels,
                Source::SetOperation(Box::new(op)),
                names,
                types,
                tail,
                Some(name),
            )
        }
        ast::SetExpr::Insert(_) | ast::SetExpr::Update(_) => Err(PgError::unsupported(
            "a data-modifying statement inside a query",
        )),
        other => Err(PgError::unsupported(format!("the query `{other}`"))),
    }
}

/// Binds one SELECT with its ORDER BY, LIMIT and OFFSET.
fn bind_select(levels: &Levels, select: &ast::Select, tail: rowset::Tail) -> Result<Plan, PgError> {
    let rowset::Tail {
        order_by,
        limit,
        offset: offset_expr,
    } = tail;
    if select.top.is_some()
        || select.into.is_some()
        || !select.lateral_views.is_empty()
        || select.prewhere.is_some()
        || !select.cluster_by.is_empty()
        || !select.distribute_by.is_empty()
        || !select.sort_by.is_empty()
        || select.qualify.is_some()
        || select.value_table_mode.is_some()
        || select.connect_by.is_some()
    {
        return Err(PgError::unsupported(format!("the query `{select}`")));
    }
    let from::FromItems {
        pending,
        join_columns,
    } = from::relations(levels, &select.from)?;
    let context = Context {
        tables: levels.tables,
        outer: levels.outer,
        clause: Cell::new(Clause::Target),
        aggregates: RefCell::new(Vec::new()),
        correlated: Cell::new(false),
        depth: levels.depth,
        ctes: levels.ctes.clone(),
        windows: RefCell::new(Vec::new()),
        named_windows: &select.named_window,
        set_functions: RefCell::new(Vec::new()),
        join_columns: RefCell::new(join_columns.map(std::rc::Rc::new)),
        own: RefCell::new(Some(from::entries(&pending, &select.from))),
        range: levels.range,
        scalar_relations: pending
            .iter()
            .filter(|p| p.relation.whole_row_is_column())
            .map(|p| p.relation.alias.clone())
            .collect(),
    };
    let first = pending.first().map(|p| &p.relation);
    let relation = first.map(|r| r.alias.clone()).unwrap_or_default();
    let scope = Scope {
        table: &relation,
        columns: first.map(|r| r.columns.clone()).unwrap_or_default(),
        enums: levels.enums,
        extensions: levels.extensions,
        joined: pending
            .iter()
            .skip(1)
            .map(|p| (p.relation.alias.clone(), p.relation.columns.clone()))
            .collect(),
        query: Some(&context),
    };
    let width = scope.own_width();
    let relations = from::bind_conditions(&scope, &context, pending)?;
    context.clause.set(Clause::Target);
    // Where each relation's columns start in the row.
    let mut starts = Vec::new();
    let mut offset = 0;
    for r in &relations {
        starts.push(offset);
        offset += r.columns.len();
    }
    let columns_of = |r: usize| -> Vec<Expr> {
        relations[r]
            .columns
            .iter()
            .enumerate()
            .map(|(i, (name, ty))| Expr {
                node: Node::Column(starts[r] + i, name.clone()),
                ty: ty.clone(),
            })
            .collect()
    };
    // The select list.
    let mut targets = Vec::new();
    let mut names = Vec::new();
    for item in &select.projection {
        match item {
            ast::SelectItem::UnnamedExpr(e) => {
                targets.push(scope.bind(e)?);
                names.push(output_name(e));
            }
            ast::SelectItem::ExprWithAlias { expr, alias } => {
                targets.push(scope.bind(expr)?);
                names.push(crate::ident(alias));
            }
            ast::SelectItem::Wildcard(options) if is_plain(options) => {
                if relations.is_empty() {
                    return Err(PgError::new(
                        "42601",
                        "SELECT * with no tables specified is not valid",
                    ));
                }
                if let Some(join) = context.join_columns() {
                    // The FROM items' columns as USING merged them.
                    for (name, e) in &join.columns {
                        names.push(name.clone());
                        targets.push(e.clone());
                    }
                    continue;
                }
                for r in 0..relations.len() {
                    for e in columns_of(r) {
                        names.push(column_name(&e));
                        targets.push(e);
                    }
                }
            }
            ast::SelectItem::QualifiedWildcard(qualifier, options) if is_plain(options) => {
                let name = crate::object_name(qualifier);
                let Some(r) = relations.iter().position(|r| r.alias == name) else {
                    // `USING (...) AS alias`: the merged columns.
                    let join = context.join_columns();
                    let Some(merged) = join.as_deref().and_then(|j| j.alias(&name)) else {
                        return Err(scope.missing_relation(&name));
                    };
                    for (column, e) in merged {
                        names.push(column.clone());
                        targets.push(e.clone());
                    }
                    continue;
                };
                for e in columns_of(r) {
                    names.push(column_name(&e));
                    targets.push(e);
                }
            }
            other => return Err(PgError::unsupported(format!("the select item {other}"))),
        }
    }
    // PostgreSQL resolves the select list's unknown literals to text.
    let targets = targets
        .into_iter()
        .map(|t| {
            if t.ty == SqlType::Unknown && levels.resolve_unknowns {
                scope.coerce(t, &SqlType::Text, CastContext::Implicit)
            } else {
                Ok(t)
            }
        })
        .collect::<Result<Vec<_>, _>>()?;
    let visible = targets.len();
    let mut targets = order::Targets {
        exprs: targets,
        names: names.clone(),
        visible,
    };
    context.clause.set(Clause::Where);
    let filter = match &select.selection {
        Some(w) => Some(boolean_clause(&scope, w, "WHERE")?),
        None => None,
    };
    context.clause.set(Clause::Having);
    let having = match &select.having {
        Some(h) => Some(boolean_clause(&scope, h, "HAVING")?),
        None => None,
    };
    context.clause.set(Clause::Target);
    let mut sort = order::sort_clause(&scope, &mut targets, order_by, select.distinct.is_some())?;
    context.clause.set(Clause::GroupBy);
    let keys = group::group_clause(&scope, &mut targets, &select.group_by)?;
    context.clause.set(Clause::Target);
    let distinct =
        order::distinct_clause(&scope, &mut targets, select.distinct.as_ref(), &mut sort)?;
    context.clause.set(Clause::Limit);
    let limit = match limit {
        Some(l) => order::limit_clause(&scope, l, Clause::Limit)?,
        None => None,
    };
    context.clause.set(Clause::Offset);
    let offset = match offset_expr {
        Some(o) => order::limit_clause(&scope, o, Clause::Offset)?,
        None => None,
    };
    let windows = window::bind_definitions(&scope, &context)?;
    let aggregates = context.aggregates.take();
    if windows.is_some() {
        let base = scope.width() + aggregates.len();
        for t in &mut targets.exprs {
            window::Pending::place(t, base);
        }
    }
    let set_functions = context.set_functions.take();
    if !set_functions.is_empty() {
        let base =
            scope.width() + aggregates.len() + windows.as_ref().map_or(0, window::Windows::count);
        for t in &mut targets.exprs {
            srf::check_placement(t)?;
            srf::place(t, base);
        }
    }
    let group = if !keys.is_empty() || !aggregates.is_empty() || having.is_some() {
        let grouping = group::Grouping {
            keys,
            aggregates,
            having,
        };
        let spans: Vec<group::RelationSpan> = relations
            .iter()
            .zip(&starts)
            .map(|(r, &start)| group::RelationSpan {
                start,
                end: start + r.columns.len(),
                alias: r.alias.clone(),
                primary_key: r.primary_key.clone(),
            })
            .collect();
        let mut checked = targets.exprs.clone();
        if let Some(w) = &windows {
            checked.extend(w.expressions().into_iter().cloned());
        }
        grouping.check_ungrouped(&checked, width, &spans)?;
        Some(grouping)
    } else {
        None
    };
    let types = targets.exprs[..visible]
        .iter()
        .map(|t| t.ty.clone())
        .collect();
    let correlated = context.correlated.get() || from::correlated(&relations);
    let source = match relations.as_slice() {
        [] => Source::Nothing,
        [only] if only.on.is_none() && only.table_rows().is_some() => {
            Source::Table(only.table_rows().cloned().unwrap_or_default())
        }
        _ => Source::Joined(relations),
    };
    Ok(Plan {
        source,
        width,
        filter,
        group,
        targets: targets.exprs,
        visible,
        names,
        types,
        sort,
        distinct,
        limit,
        offset,
        correlated,
        windows,
        set_functions,
        cache: OnceLock::new(),
    })
}

/// A column's name (a `*` entry's output name).
fn column_name(e: &Expr) -> String {
    match &e.node {
        Node::Column(_, name) => name.clone(),
        _ => "?column?".into(),
    }
}

/// A `*` without EXCLUDE / EXCEPT / REPLACE / RENAME.
pub(crate) fn is_plain(options: &ast::WildcardAdditionalOptions) -> bool {
    options.opt_ilike.is_none()
        && options.opt_exclude.is_none()
        && options.opt_except.is_none()
        && options.opt_replace.is_none()
        && options.opt_rename.is_none()
}

/// A boolean clause (HAVING) with PostgreSQL's message for another type.
pub(crate) fn boolean_clause(scope: &Scope, e: &ast::Expr, clause: &str) -> Result<Expr, PgError> {
    let bound = scope.bind(e)?;
    match bound.ty {
        SqlType::Boolean => Ok(bound),
        SqlType::Unknown => scope.coerce(bound, &SqlType::Boolean, CastContext::Implicit),
        ref other => Err(PgError::new(
            "42804",
            format!(
                "argument of {clause} must be type boolean, not type {}",
                other.base_name()
            ),
        )),
    }
}

/// PostgreSQL's `FigureColname`: the column's name, the function's name, `case`, else
/// `?column?`.
pub fn output_name(e: &ast::Expr) -> String {
    match e {
        ast::Expr::Identifier(id) => crate::ident(id),
        ast::Expr::CompoundIdentifier(ids) => ids.last().map(crate::ident).unwrap_or_default(),
        ast::Expr::Function(f) => crate::object_name(&f.name),
        ast::Expr::Cast { expr, .. } => match expr.as_ref() {
            ast::Expr::Value(_) => "?column?".into(),
            inner => output_name(inner),
        },
        ast::Expr::Nested(inner) => output_name(inner),
        ast::Expr::Case { .. } => "case".into(),
        ast::Expr::Exists { .. } => "exists".into(),
        ast::Expr::Subquery(q) => match q.body.as_ref() {
            ast::SetExpr::Select(s) => match s.projection.as_slice() {
                [ast::SelectItem::ExprWithAlias { alias, .. }] => crate::ident(alias),
                [ast::SelectItem::UnnamedExpr(inner)] => output_name(inner),
                _ => "?column?".into(),
            },
            _ => "?column?".into(),
        },
        _ => "?column?".into(),
    }
}

#[cfg(test)]
mod missing_name_tests;
#[cfg(test)]
mod morefuncs_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod using_tests;
#[cfg(test)]
mod window_tests;
