//! Window functions: `f(...) OVER (PARTITION BY ... ORDER BY ... frame)` and named
//! windows (`WINDOW w AS (...)`), bound as PostgreSQL's `transformWindowFuncCall` and
//! `transformWindowDefinitions` do (the call where it appears, with its 42P20 errors;
//! the windows after the rest of the query), and evaluated as `nodeWindowAgg.c` does
//! over the filtered (or grouped) rows, before the select list is projected.
//!
//! **Invariants:**
//! - A call's placeholder is a column: while the query is bound, past
//!   [`PLACEHOLDER_BASE`]; once its aggregates are known, [`Pending::place`] moves it
//!   past the aggregates' values, where [`Windows::append`] writes it.
//! - Windows whose keys (PARTITION BY then ORDER BY) are a prefix of another's share
//!   its sort, as PostgreSQL's planner shares it. When one sort serves every window,
//!   the rows are sorted once by PostgreSQL's quicksort: rows tying on the keys keep
//!   the order PostgreSQL's sort leaves them in, and the output comes in that order.
//!   With several sorts, the order PostgreSQL runs them in decides how ties fall, so
//!   a value that depends on the order among peers (`row_number`, `lag`, a ROWS
//!   frame, `string_agg`, ...) over rows that do tie is refused, and the output order
//!   is left unspecified ([`Windows::order_is_unspecified`]).

use super::aggregate;
use super::order::{compare, same};
use super::{spend, Clause, Context};
use crate::catalog::Row;
use crate::error::PgError;
use crate::expr::{Env, Expr, Node, Scope};
use crate::types::{CastContext, SqlType};
use crate::value::Value;
use sqlparser::ast;
use std::cmp::Ordering;

/// Where a call's placeholder column sits while its query is bound.
pub(crate) const PLACEHOLDER_BASE: usize = usize::MAX / 4;

/// The names of PostgreSQL's window functions that are not aggregates.
const WINDOW_NAMES: &[&str] = &[
    "row_number",
    "rank",
    "dense_rank",
    "percent_rank",
    "cume_dist",
    "ntile",
    "lag",
    "lead",
    "first_value",
    "last_value",
    "nth_value",
];

/// Whether `name` is one of PostgreSQL's (non-aggregate) window functions.
pub fn is_window_function(name: &str) -> bool {
    WINDOW_NAMES.contains(&name)
}

/// The window functions the engine computes.
#[derive(Debug, Clone)]
enum Function {
    RowNumber,
    Rank,
    DenseRank,
    PercentRank,
    CumeDist,
    Ntile,
    /// `lag` (false) / `lead` (true).
    Shift(bool),
    FirstValue,
    LastValue,
    NthValue,
    Aggregate(aggregate::Call),
}

/// A call bound where it appears; its window is bound with the query's windows.
pub(crate) struct Pending {
    name: String,
    function: Function,
    args: Vec<Expr>,
    over: ast::WindowType,
}

/// One key of a window's sort.
#[derive(Debug, Clone)]
struct Key {
    expr: Expr,
    descending: bool,
    nulls_first: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Units {
    Rows,
    Range,
    Groups,
}

/// A frame bound (`n` is a non-negative bigint, evaluated once).
#[derive(Debug, Clone)]
enum Bound {
    UnboundedPreceding,
    Preceding(Expr),
    CurrentRow,
    Following(Expr),
    UnboundedFollowing,
}

#[derive(Debug, Clone)]
struct Frame {
    units: Units,
    start: Bound,
    end: Bound,
}

/// The default frame: RANGE UNBOUNDED PRECEDING to the current row and its peers.
fn default_frame() -> Frame {
    Frame {
        units: Units::Range,
        start: Bound::UnboundedPreceding,
        end: Bound::CurrentRow,
    }
}

/// A bound window: its partition, its order and its frame.
#[derive(Debug, Clone)]
struct Window {
    partition: Vec<Expr>,
    order: Vec<Key>,
    frame: Frame,
}

impl Window {
    /// The keys the rows are sorted by: PARTITION BY (ascending) then ORDER BY.
    fn keys(&self) -> Vec<Key> {
        self.partition
            .iter()
            .map(|e| Key {
                expr: e.clone(),
                descending: false,
                nulls_first: false,
            })
            .chain(self.order.iter().cloned())
            .collect()
    }
}

#[derive(Debug, Clone)]
struct Call {
    name: String,
    function: Function,
    args: Vec<Expr>,
    window: usize,
}

/// A query level's window function calls and their windows.
#[derive(Debug, Clone)]
pub struct Windows {
    windows: Vec<Window>,
    calls: Vec<Call>,
    /// The sorts the windows need: each the longest keys of windows sharing it.
    sorts: Vec<Vec<Key>>,
    /// Each window's sort.
    sort_of: Vec<usize>,
}

/// Binds `name(...) OVER ...` in `scope`, returning its placeholder.
pub(crate) fn bind(
    scope: &Scope,
    context: &Context,
    name: &str,
    f: &ast::Function,
) -> Result<Expr, PgError> {
    let Some(over) = &f.over else {
        // Without OVER: the call's own errors first (a wrong argument list is 42883);
        // rank(x) and its kin are then hypothetical-set aggregates, not simulated.
        let args = arguments(scope, f)?;
        if !args.is_empty() && aggregate::is_aggregate(name) {
            return Err(PgError::unsupported(format!("the aggregate call {f}")));
        }
        signature(scope, name, args)?;
        return Err(PgError::new(
            "42809",
            format!("window function {name} requires an OVER clause"),
        ));
    };
    if let ast::WindowType::WindowSpec(spec) = over {
        if let Some(frame) = &spec.window_frame {
            check_frame_syntax(frame)?;
        }
    }
    if let ast::WindowType::NamedWindow(w) = over {
        let w = crate::ident(w);
        if !context
            .named_windows
            .iter()
            .any(|d| crate::ident(&d.0) == w)
        {
            return Err(PgError::new(
                "42704",
                format!("window \"{w}\" does not exist"),
            ));
        }
    }
    if !f.within_group.is_empty() || f.null_treatment.is_some() {
        return Err(PgError::unsupported(format!(
            "the window function call {f}"
        )));
    }
    let before = context.windows.borrow().len();
    let srf_before = context.set_functions.borrow().len();
    let (function, args, ty) = if aggregate::is_aggregate(name) && !is_window_function(name) {
        let call = aggregate::bind_call(scope, context, name, f)?;
        let (distinct, ordered) = call.distinct_or_ordered();
        if distinct {
            return Err(PgError::new(
                "0A000",
                "DISTINCT is not implemented for window functions",
            ));
        }
        if ordered {
            return Err(PgError::new(
                "0A000",
                "aggregate ORDER BY is not implemented for window functions",
            ));
        }
        let ty = call.ty().clone();
        (Function::Aggregate(call), Vec::new(), ty)
    } else {
        let args = arguments(scope, f)?;
        if f.filter.is_some() {
            return Err(PgError::new(
                "0A000",
                "FILTER is not implemented for non-aggregate window functions",
            ));
        }
        signature(scope, name, args)?
    };
    if context.windows.borrow().len() > before {
        return Err(PgError::new(
            "42P20",
            "window function calls cannot be nested",
        ));
    }
    if context.set_functions.borrow().len() > srf_before {
        return Err(PgError::new(
            "0A000",
            "window function calls cannot contain set-returning function calls",
        )
        .hint("You might be able to move the set-returning function into a LATERAL FROM item."));
    }
    let clause = context.clause.get();
    if clause != Clause::Target {
        let place = if clause == Clause::Window {
            "window definitions".to_string()
        } else {
            clause.name().to_string()
        };
        return Err(PgError::new(
            "42P20",
            format!("window functions are not allowed in {place}"),
        ));
    }
    let mut windows = context.windows.borrow_mut();
    let position = PLACEHOLDER_BASE + windows.len();
    windows.push(Pending {
        name: name.to_string(),
        function,
        args,
        over: over.clone(),
    });
    Ok(Expr {
        node: Node::Column(position, name.to_string()),
        ty,
    })
}

/// A non-aggregate window function's arguments, bound.
fn arguments(scope: &Scope, f: &ast::Function) -> Result<Vec<Expr>, PgError> {
    match &f.args {
        ast::FunctionArguments::None => Ok(Vec::new()),
        ast::FunctionArguments::List(list) => {
            if list.duplicate_treatment.is_some() || !list.clauses.is_empty() {
                return Err(PgError::unsupported(format!(
                    "the window function call {f}"
                )));
            }
            list.args
                .iter()
                .map(|a| match a {
                    ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(e)) => scope.bind(e),
                    other => Err(PgError::unsupported(format!(
                        "the window function argument `{other}`"
                    ))),
                })
                .collect()
        }
        ast::FunctionArguments::Subquery(_) => Err(PgError::unsupported(format!(
            "the window function call {f}"
        ))),
    }
}

/// The window function `name(args)` resolves to (`pg_proc`'s signatures), its
/// arguments cast as it takes them, and its result type.
fn signature(
    scope: &Scope,
    name: &str,
    mut args: Vec<Expr>,
) -> Result<(Function, Vec<Expr>, SqlType), PgError> {
    let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
    let none = || crate::builtins::no_function(name, &types);
    let integer = |e: Expr| -> Result<Expr, PgError> {
        match e.ty {
            SqlType::SmallInt | SqlType::Integer | SqlType::Unknown => {
                scope.coerce(e, &SqlType::Integer, CastContext::Implicit)
            }
            _ => Err(none()),
        }
    };
    // The polymorphic value argument: an unknown literal is text.
    let value = |e: Expr| -> Result<Expr, PgError> {
        if e.ty == SqlType::Unknown {
            scope.coerce(e, &SqlType::Text, CastContext::Implicit)
        } else {
            Ok(e)
        }
    };
    Ok(match (name, args.len()) {
        ("row_number", 0) => (Function::RowNumber, args, SqlType::BigInt),
        ("rank", 0) => (Function::Rank, args, SqlType::BigInt),
        ("dense_rank", 0) => (Function::DenseRank, args, SqlType::BigInt),
        ("percent_rank", 0) => (Function::PercentRank, args, SqlType::Double),
        ("cume_dist", 0) => (Function::CumeDist, args, SqlType::Double),
        ("ntile", 1) => {
            let n = integer(args.remove(0))?;
            (Function::Ntile, vec![n], SqlType::Integer)
        }
        ("lag" | "lead", 1..=3) => {
            let lead = name == "lead";
            let mut it = args.into_iter();
            let mut v = it.next().ok_or_else(none)?;
            let offset = it.next().map(integer).transpose()?;
            let mut default = it.next();
            if let Some(d) = default.take() {
                // lag(anycompatible, integer, anycompatible).
                let ty = scope.common_type(&[v.clone(), d.clone()], name)?;
                let ty = if ty == SqlType::Unknown {
                    SqlType::Text
                } else {
                    ty
                };
                v = scope.coerce(v, &ty, CastContext::Implicit)?;
                default = Some(scope.coerce(d, &ty, CastContext::Implicit)?);
            } else {
                v = value(v)?;
            }
            let ty = v.ty.clone();
            let offset = offset.unwrap_or(Expr::constant(Value::Int(1), SqlType::Integer));
            let mut args = vec![v, offset];
            args.extend(default);
            (Function::Shift(lead), args, ty)
        }
        ("first_value" | "last_value", 1) => {
            let v = value(args.remove(0))?;
            let ty = v.ty.clone();
            let f = if name == "first_value" {
                Function::FirstValue
            } else {
                Function::LastValue
            };
            (f, vec![v], ty)
        }
        ("nth_value", 2) => {
            let n = integer(args.remove(1))?;
            let v = value(args.remove(0))?;
            let ty = v.ty.clone();
            (Function::NthValue, vec![v, n], ty)
        }
        _ if is_window_function(name) => return Err(none()),
        _ => {
            return Err(PgError::unsupported(format!(
                "{name}(...) OVER: not a window function the engine computes"
            )))
        }
    })
}

/// The frame errors PostgreSQL's grammar raises (before anything is bound).
fn check_frame_syntax(frame: &ast::WindowFrame) -> Result<(), PgError> {
    use ast::WindowFrameBound as B;
    let err = |m: &str| Err(PgError::new("42P20", m));
    let start = &frame.start_bound;
    if matches!(start, B::Following(None)) {
        return err("frame start cannot be UNBOUNDED FOLLOWING");
    }
    match &frame.end_bound {
        None => {
            if matches!(start, B::Following(Some(_))) {
                return err("frame starting from following row cannot end with current row");
            }
        }
        Some(end) => {
            if matches!(end, B::Preceding(None)) {
                return err("frame end cannot be UNBOUNDED PRECEDING");
            }
            if matches!(start, B::CurrentRow) && matches!(end, B::Preceding(Some(_))) {
                return err("frame starting from current row cannot have preceding rows");
            }
            if matches!(start, B::Following(Some(_)))
                && matches!(end, B::Preceding(Some(_)) | B::CurrentRow)
            {
                return err("frame starting from following row cannot have preceding rows");
            }
        }
    }
    Ok(())
}

/// Binds the query's windows (`WINDOW` definitions, then each call's `OVER`), as
/// `transformWindowDefinitions` does after the rest of the query.
pub(crate) fn bind_definitions(
    scope: &Scope,
    context: &Context,
) -> Result<Option<Windows>, PgError> {
    let pending = context.windows.take();
    let definitions = context.named_windows;
    if pending.is_empty() && definitions.is_empty() {
        return Ok(None);
    }
    let clause = context.clause.replace(Clause::Window);
    let bound = bind_all(scope, definitions, pending);
    context.clause.set(clause);
    bound
}

fn bind_all(
    scope: &Scope,
    definitions: &[ast::NamedWindowDefinition],
    pending: Vec<Pending>,
) -> Result<Option<Windows>, PgError> {
    // The named windows, each as written (a later one may refer to an earlier one).
    let mut named: Vec<(String, ast::WindowSpec)> = Vec::new();
    for ast::NamedWindowDefinition(name, expr) in definitions {
        let name = crate::ident(name);
        if named.iter().any(|(n, _)| *n == name) {
            return Err(PgError::new(
                "42P20",
                format!("window \"{name}\" is already defined"),
            ));
        }
        let ast::NamedWindowExpr::WindowSpec(spec) = expr else {
            return Err(PgError::unsupported(format!(
                "the window definition {expr}"
            )));
        };
        if let Some(frame) = &spec.window_frame {
            check_frame_syntax(frame)?;
        }
        let spec = resolve(&named, spec)?;
        named.push((name, spec));
    }
    let mut windows: Vec<Window> = Vec::new();
    let mut window_of = |spec: &ast::WindowSpec| -> Result<usize, PgError> {
        let w = bind_window(scope, spec)?;
        if let Some(i) = windows
            .iter()
            .position(|x| format!("{x:?}") == format!("{w:?}"))
        {
            return Ok(i);
        }
        windows.push(w);
        Ok(windows.len() - 1)
    };
    // PostgreSQL binds every WINDOW definition, used or not.
    for (_, spec) in &named {
        window_of(spec)?;
    }
    let mut calls = Vec::new();
    for p in pending {
        let spec = match &p.over {
            ast::WindowType::NamedWindow(w) => {
                let w = crate::ident(w);
                named
                    .iter()
                    .find(|(n, _)| *n == w)
                    .map(|(_, s)| s.clone())
                    .ok_or_else(|| {
                        PgError::new("42704", format!("window \"{w}\" does not exist"))
                    })?
            }
            ast::WindowType::WindowSpec(spec) => resolve(&named, spec)?,
        };
        let window = window_of(&spec)?;
        calls.push(Call {
            name: p.name,
            function: p.function,
            args: p.args,
            window,
        });
    }
    // Windows whose keys are a prefix of another's share its sort (longest first).
    let mut by_length: Vec<usize> = (0..windows.len()).collect();
    by_length.sort_by_key(|&w| std::cmp::Reverse(windows[w].keys().len()));
    let mut sorts: Vec<Vec<Key>> = Vec::new();
    let mut sort_of = vec![0; windows.len()];
    for w in by_length {
        let keys = windows[w].keys();
        let shared = sorts.iter().position(|sort| {
            keys.iter().zip(sort).all(|(a, b)| {
                same(&a.expr, &b.expr)
                    && a.descending == b.descending
                    && a.nulls_first == b.nulls_first
            })
        });
        sort_of[w] = match shared {
            Some(i) => i,
            None => {
                sorts.push(keys);
                sorts.len() - 1
            }
        };
    }
    // Unused WINDOW definitions need no sort of their own.
    let used: Vec<usize> = calls.iter().map(|c| sort_of[c.window]).collect();
    let mut renumber = vec![None; sorts.len()];
    let mut kept = Vec::new();
    for (i, sort) in sorts.into_iter().enumerate() {
        if used.contains(&i) {
            renumber[i] = Some(kept.len());
            kept.push(sort);
        }
    }
    let sort_of = sort_of
        .into_iter()
        .map(|s| renumber[s].unwrap_or(0))
        .collect();
    Ok(Some(Windows {
        windows,
        calls,
        sorts: kept,
        sort_of,
    }))
}

/// An `OVER (w ...)` spec with its reference to a named window applied.
fn resolve(
    named: &[(String, ast::WindowSpec)],
    spec: &ast::WindowSpec,
) -> Result<ast::WindowSpec, PgError> {
    let Some(reference) = &spec.window_name else {
        return Ok(spec.clone());
    };
    let reference = crate::ident(reference);
    let Some((_, base)) = named.iter().find(|(n, _)| *n == reference) else {
        return Err(PgError::new(
            "42704",
            format!("window \"{reference}\" does not exist"),
        ));
    };
    if !spec.partition_by.is_empty() {
        return Err(PgError::new(
            "42P20",
            format!("cannot override PARTITION BY clause of window \"{reference}\""),
        ));
    }
    if !spec.order_by.is_empty() && !base.order_by.is_empty() {
        return Err(PgError::new(
            "42P20",
            format!("cannot override ORDER BY clause of window \"{reference}\""),
        ));
    }
    if base.window_frame.is_some() {
        let mut e = PgError::new(
            "42P20",
            format!("cannot copy window \"{reference}\" because it has a frame clause"),
        );
        if spec.order_by.is_empty() && spec.window_frame.is_none() {
            e.hint = Some("Omit the parentheses in this OVER clause.".into());
        }
        return Err(e);
    }
    Ok(ast::WindowSpec {
        window_name: None,
        partition_by: base.partition_by.clone(),
        order_by: if spec.order_by.is_empty() {
            base.order_by.clone()
        } else {
            spec.order_by.clone()
        },
        window_frame: spec.window_frame.clone(),
    })
}

/// Binds a window's PARTITION BY, ORDER BY and frame.
fn bind_window(scope: &Scope, spec: &ast::WindowSpec) -> Result<Window, PgError> {
    let key = |e: &ast::Expr| -> Result<Expr, PgError> {
        let bound = scope.bind(e)?;
        let bound = if bound.ty == SqlType::Unknown {
            scope.coerce(bound, &SqlType::Text, CastContext::Implicit)?
        } else {
            bound
        };
        if bound.ty == SqlType::Citext || matches!(bound.ty, SqlType::Json) {
            return Err(PgError::unsupported(format!(
                "a window sorted or partitioned by {}",
                bound.ty.format()
            )));
        }
        Ok(bound)
    };
    let partition = spec
        .partition_by
        .iter()
        .map(key)
        .collect::<Result<Vec<_>, _>>()?;
    let mut order = Vec::new();
    for item in &spec.order_by {
        let descending = item.asc == Some(false);
        order.push(Key {
            expr: key(&item.expr)?,
            descending,
            nulls_first: item.nulls_first.unwrap_or(descending),
        });
    }
    let frame = match &spec.window_frame {
        None => default_frame(),
        Some(f) => {
            let units = match f.units {
                ast::WindowFrameUnits::Rows => Units::Rows,
                ast::WindowFrameUnits::Range => Units::Range,
                ast::WindowFrameUnits::Groups => Units::Groups,
            };
            if units == Units::Groups && order.is_empty() {
                return Err(PgError::new(
                    "42P20",
                    "GROUPS mode requires an ORDER BY clause",
                ));
            }
            let start = bound(scope, units, &f.start_bound, true)?;
            let end = match &f.end_bound {
                Some(b) => bound(scope, units, b, false)?,
                None => Bound::CurrentRow,
            };
            Frame { units, start, end }
        }
    };
    Ok(Window {
        partition,
        order,
        frame,
    })
}

/// A frame bound; an offset is a variable-free bigint (RANGE offsets are refused).
fn bound(
    scope: &Scope,
    units: Units,
    b: &ast::WindowFrameBound,
    start: bool,
) -> Result<Bound, PgError> {
    use ast::WindowFrameBound as B;
    let unit = match units {
        Units::Rows => "ROWS",
        Units::Range => "RANGE",
        Units::Groups => "GROUPS",
    };
    let offset = |e: &ast::Expr| -> Result<Expr, PgError> {
        if units == Units::Range {
            return Err(PgError::unsupported(
                "RANGE frames with an offset PRECEDING / FOLLOWING",
            ));
        }
        let bound = scope.bind(e)?;
        let mut reads_columns = false;
        aggregate::visit_columns(&bound, &mut |_| reads_columns = true);
        if reads_columns {
            return Err(PgError::new(
                "42P10",
                format!("argument of {unit} must not contain variables"),
            ));
        }
        match bound.ty {
            SqlType::SmallInt | SqlType::Integer | SqlType::BigInt | SqlType::Unknown => {
                scope.coerce(bound, &SqlType::BigInt, CastContext::Implicit)
            }
            ref other => Err(PgError::new(
                "42804",
                format!(
                    "argument of {unit} must be type bigint, not type {}",
                    other.base_name()
                ),
            )),
        }
    };
    let _ = start;
    Ok(match b {
        B::CurrentRow => Bound::CurrentRow,
        B::Preceding(None) => Bound::UnboundedPreceding,
        B::Following(None) => Bound::UnboundedFollowing,
        B::Preceding(Some(e)) => Bound::Preceding(offset(e)?),
        B::Following(Some(e)) => Bound::Following(offset(e)?),
    })
}

impl Pending {
    /// Moves the placeholders in `e` from [`PLACEHOLDER_BASE`] to `base` (the end of
    /// the row the grouped query projects from).
    pub(crate) fn place(e: &mut Expr, base: usize) {
        Pending::remap(e, &mut |i| {
            if i >= PLACEHOLDER_BASE {
                i - PLACEHOLDER_BASE + base
            } else {
                i
            }
        });
    }

    /// Renumbers every column of `e` by `f`.
    pub(crate) fn remap(e: &mut Expr, f: &mut dyn FnMut(usize) -> usize) {
        if let Node::Column(i, _) = &mut e.node {
            *i = f(*i);
        }
        for c in e.children_mut() {
            Pending::remap(c, f);
        }
    }
}

impl Windows {
    /// Every expression of the windows and calls (constant folding, the 42803 check).
    pub fn expressions(&self) -> Vec<&Expr> {
        let mut all: Vec<&Expr> = Vec::new();
        for w in &self.windows {
            all.extend(w.partition.iter());
            all.extend(w.order.iter().map(|k| &k.expr));
            for b in [&w.frame.start, &w.frame.end] {
                if let Bound::Preceding(e) | Bound::Following(e) = b {
                    all.push(e);
                }
            }
        }
        for c in &self.calls {
            all.extend(c.args.iter());
            if let Function::Aggregate(call) = &c.function {
                all.extend(call.inputs());
            }
        }
        all
    }

    /// Every expression of the windows and calls, mutably (constant folding).
    pub fn expressions_mut(&mut self) -> Vec<&mut Expr> {
        let mut all: Vec<&mut Expr> = Vec::new();
        for w in &mut self.windows {
            all.extend(w.partition.iter_mut());
            all.extend(w.order.iter_mut().map(|k| &mut k.expr));
            for b in [&mut w.frame.start, &mut w.frame.end] {
                if let Bound::Preceding(e) | Bound::Following(e) = b {
                    all.push(e);
                }
            }
        }
        for c in &mut self.calls {
            all.extend(c.args.iter_mut());
            if let Function::Aggregate(call) = &mut c.function {
                all.extend(call.expressions());
            }
        }
        all
    }

    /// How many window function calls (values appended to each row).
    pub fn count(&self) -> usize {
        self.calls.len()
    }

    /// Whether the output order is unspecified: the windows need several sorts, and
    /// the order PostgreSQL runs them in decides it.
    pub fn order_is_unspecified(&self) -> bool {
        self.sorts.len() > 1
    }

    /// Sorts `rows` by the windows' keys and appends each call's value to each row.
    pub fn append(&self, rows: &mut Vec<Row>, env: &mut Env) -> Result<(), PgError> {
        spend(env, rows.len().saturating_mul(self.sorts.len().max(1)))?;
        let n = rows.len();
        let several = self.sorts.len() > 1;
        let mut values: Vec<Vec<Value>> = vec![vec![Value::Null; self.calls.len()]; n];
        let mut output_order: Vec<usize> = (0..n).collect();
        for (s, sort) in self.sorts.iter().enumerate() {
            let mut keys: Vec<Vec<Value>> = Vec::with_capacity(n);
            for row in rows.iter() {
                keys.push(
                    sort.iter()
                        .map(|k| k.expr.eval(row, env))
                        .collect::<Result<Vec<_>, _>>()?,
                );
            }
            let mut order: Vec<usize> = (0..n).collect();
            let envr: &Env = env;
            crate::pgsort::sort::<usize, PgError>(&mut order, &mut |a, b| {
                Ok(compare_keys(&keys[*a], &keys[*b], sort, envr))
            })?;
            let sorted: Vec<Row> = order.iter().map(|&i| rows[i].clone()).collect();
            let sorted_keys: Vec<&Vec<Value>> = order.iter().map(|&i| &keys[i]).collect();
            for (c, call) in self.calls.iter().enumerate() {
                if self.sort_of[call.window] != s {
                    continue;
                }
                let window = &self.windows[call.window];
                let p = window.partition.len();
                let o = window.order.len();
                let mut start = 0;
                while start < n {
                    let mut end = start + 1;
                    while end < n
                        && compare_keys(
                            &sorted_keys[start][..p],
                            &sorted_keys[end][..p],
                            &sort[..p],
                            env,
                        ) == Ordering::Equal
                    {
                        end += 1;
                    }
                    let peers = peer_groups(&sorted_keys[start..end], p, o, sort, env);
                    if several
                        && call.tie_dependent(window)
                        && peers.bounds.iter().any(|(first, last)| last > first)
                    {
                        return Err(PgError::unsupported(format!(
                            "{}() over rows that tie on its window's ORDER BY, in a query whose windows are sorted differently (the order PostgreSQL sorts them in decides the value)",
                            call.name
                        )));
                    }
                    let out = call.partition(window, &sorted[start..end], &peers, env)?;
                    for (i, v) in out.into_iter().enumerate() {
                        values[order[start + i]][c] = v;
                    }
                    start = end;
                }
            }
            if s == 0 {
                output_order = order;
            }
        }
        let mut taken: Vec<Option<Row>> = rows.drain(..).map(Some).collect();
        let mut values: Vec<Option<Vec<Value>>> = values.into_iter().map(Some).collect();
        for i in output_order {
            if let (Some(mut row), Some(v)) = (taken[i].take(), values[i].take()) {
                row.extend(v);
                rows.push(row);
            }
        }
        Ok(())
    }
}

/// Compares two rows' key values as the sort does.
fn compare_keys(a: &[Value], b: &[Value], keys: &[Key], env: &Env) -> Ordering {
    for ((x, y), key) in a.iter().zip(b).zip(keys) {
        let ord = match (x.is_null(), y.is_null()) {
            (true, true) => Ordering::Equal,
            (true, false) if key.nulls_first => Ordering::Less,
            (true, false) => Ordering::Greater,
            (false, true) if key.nulls_first => Ordering::Greater,
            (false, true) => Ordering::Less,
            (false, false) => {
                let o = compare(x, y, &key.expr.ty, env);
                if key.descending {
                    o.reverse()
                } else {
                    o
                }
            }
        };
        if ord != Ordering::Equal {
            return ord;
        }
    }
    Ordering::Equal
}

/// Each row's peer group in a partition (rows equal on the window's ORDER BY keys):
/// the group's first row, last row and number.
struct Peers {
    first: Vec<usize>,
    last: Vec<usize>,
    group: Vec<usize>,
    /// Each group's first and last row.
    bounds: Vec<(usize, usize)>,
}

fn peer_groups(keys: &[&Vec<Value>], p: usize, o: usize, sort: &[Key], env: &Env) -> Peers {
    let n = keys.len();
    let mut bounds: Vec<(usize, usize)> = Vec::new();
    let mut group = vec![0; n];
    for i in 0..n {
        let same_as_previous = i > 0
            && compare_keys(
                &keys[i - 1][p..p + o],
                &keys[i][p..p + o],
                &sort[p..p + o],
                env,
            ) == Ordering::Equal;
        if same_as_previous {
            if let Some(last) = bounds.last_mut() {
                last.1 = i;
            }
        } else {
            bounds.push((i, i));
        }
        group[i] = bounds.len() - 1;
    }
    let first = group.iter().map(|&g| bounds[g].0).collect();
    let last = group.iter().map(|&g| bounds[g].1).collect();
    Peers {
        first,
        last,
        group,
        bounds,
    }
}

/// A frame offset's value (once per partition, as PostgreSQL evaluates it).
fn offset(e: &Expr, env: &mut Env, start: bool) -> Result<i64, PgError> {
    let which = if start { "starting" } else { "ending" };
    match e.eval(&[], env)? {
        Value::Null => Err(PgError::new(
            "22004",
            format!("frame {which} offset must not be null"),
        )),
        Value::Int(n) if n < 0 => Err(PgError::new(
            "22013",
            format!("frame {which} offset must not be negative"),
        )),
        Value::Int(n) => Ok(n),
        other => Err(PgError::unsupported(format!("the frame offset {other:?}"))),
    }
}

impl Call {
    /// Whether the value depends on the order among peers (rows equal on the
    /// window's keys), which only the sort's tie order decides.
    fn tie_dependent(&self, window: &Window) -> bool {
        match &self.function {
            Function::Rank | Function::DenseRank | Function::PercentRank | Function::CumeDist => {
                false
            }
            Function::Aggregate(call) => {
                window.frame.units == Units::Rows || call.order_sensitive()
            }
            _ => true,
        }
    }

    /// The call's values over one partition's rows (in sorted order).
    fn partition(
        &self,
        window: &Window,
        rows: &[Row],
        peers: &Peers,
        env: &mut Env,
    ) -> Result<Vec<Value>, PgError> {
        let n = rows.len();
        let mut out = Vec::with_capacity(n);
        match &self.function {
            Function::RowNumber => out.extend((1..=n).map(|i| Value::Int(i as i64))),
            Function::Rank => out.extend(peers.first.iter().map(|&f| Value::Int(f as i64 + 1))),
            Function::DenseRank => {
                out.extend(peers.group.iter().map(|&g| Value::Int(g as i64 + 1)))
            }
            Function::PercentRank => out.extend(peers.first.iter().map(|&f| {
                Value::Float(if n <= 1 {
                    0.0
                } else {
                    f as f64 / (n - 1) as f64
                })
            })),
            Function::CumeDist => out.extend(
                peers
                    .last
                    .iter()
                    .map(|&l| Value::Float((l + 1) as f64 / n as f64)),
            ),
            Function::Ntile => {
                // nodeWindowAgg's window_ntile: the argument is read at the first row.
                let buckets = match self.args[0].eval(&rows[0], env)? {
                    Value::Null => {
                        out.extend(std::iter::repeat_n(Value::Null, n));
                        return Ok(out);
                    }
                    Value::Int(b) if b <= 0 => {
                        return Err(PgError::new(
                            "22014",
                            "argument of ntile must be greater than zero",
                        ))
                    }
                    Value::Int(b) => b,
                    _ => return Err(PgError::unsupported("ntile of a non-integer")),
                };
                let total = n as i64;
                let mut boundary = total / buckets;
                let mut remainder = 0;
                if boundary <= 0 {
                    boundary = 1;
                } else {
                    remainder = total % buckets;
                    if remainder != 0 {
                        boundary += 1;
                    }
                }
                let mut ntile = 1;
                let mut in_bucket = 0;
                for _ in 0..n {
                    in_bucket += 1;
                    if boundary < in_bucket {
                        if remainder != 0 && ntile == remainder {
                            remainder = 0;
                            boundary -= 1;
                        }
                        ntile += 1;
                        in_bucket = 1;
                    }
                    out.push(Value::Int(ntile));
                }
            }
            Function::Shift(lead) => {
                for (i, row) in rows.iter().enumerate() {
                    let offset = match self.args[1].eval(row, env)? {
                        Value::Int(o) => o,
                        _ => {
                            out.push(Value::Null);
                            continue;
                        }
                    };
                    let target = if *lead {
                        (i as i64).checked_add(offset)
                    } else {
                        (i as i64).checked_sub(offset)
                    };
                    out.push(match target {
                        Some(t) if t >= 0 && (t as usize) < n => {
                            self.args[0].eval(&rows[t as usize], env)?
                        }
                        _ => match self.args.get(2) {
                            Some(d) => d.eval(row, env)?,
                            None => Value::Null,
                        },
                    });
                }
            }
            Function::FirstValue | Function::LastValue | Function::NthValue => {
                let (start_offset, end_offset) = self.offsets(window, n, env)?;
                for (i, row) in rows.iter().enumerate() {
                    let (s, e) = frame(window, i, n, peers, start_offset, end_offset);
                    let pick = match &self.function {
                        Function::FirstValue => (s <= e).then_some(s),
                        Function::LastValue => (s <= e).then_some(e),
                        _ => {
                            let k = match self.args[1].eval(row, env)? {
                                Value::Int(k) if k <= 0 => {
                                    return Err(PgError::new(
                                        "22016",
                                        "argument of nth_value must be greater than zero",
                                    ))
                                }
                                Value::Int(k) => k,
                                _ => {
                                    out.push(Value::Null);
                                    continue;
                                }
                            };
                            let t = s as i64 + k - 1;
                            (s <= e && t <= e as i64).then_some(t as usize)
                        }
                    };
                    out.push(match pick {
                        Some(t) => self.args[0].eval(&rows[t], env)?,
                        None => Value::Null,
                    });
                }
            }
            Function::Aggregate(call) => {
                let (start_offset, end_offset) = self.offsets(window, n, env)?;
                let mut inputs: Vec<Option<Vec<Value>>> = Vec::with_capacity(n);
                for row in rows {
                    let mut one = Vec::new();
                    call.collect(row, &mut one, env)?;
                    inputs.push(one.pop());
                }
                let mut previous: Option<((usize, usize), Value)> = None;
                for i in 0..n {
                    let (s, e) = frame(window, i, n, peers, start_offset, end_offset);
                    if let Some((range, v)) = &previous {
                        if *range == (s, e) {
                            out.push(v.clone());
                            continue;
                        }
                    }
                    let collected: aggregate::Inputs = if s <= e {
                        spend(env, e - s + 1)?;
                        inputs[s..=e].iter().flatten().cloned().collect()
                    } else {
                        Vec::new()
                    };
                    let v = call.finish(collected, env)?;
                    previous = Some(((s, e), v.clone()));
                    out.push(v);
                }
            }
        }
        Ok(out)
    }

    /// The frame's offsets, evaluated once for the partition.
    fn offsets(&self, window: &Window, n: usize, env: &mut Env) -> Result<(i64, i64), PgError> {
        if n == 0 {
            return Ok((0, 0));
        }
        let value = |b: &Bound, start: bool, env: &mut Env| -> Result<i64, PgError> {
            match b {
                Bound::Preceding(e) | Bound::Following(e) => offset(e, env, start),
                _ => Ok(0),
            }
        };
        Ok((
            value(&window.frame.start, true, env)?,
            value(&window.frame.end, false, env)?,
        ))
    }
}

/// Row `i`'s frame in a partition of `n` rows: its first and last row (first > last
/// when empty, encoded as (1, 0)).
fn frame(
    window: &Window,
    i: usize,
    n: usize,
    peers: &Peers,
    start_offset: i64,
    end_offset: i64,
) -> (usize, usize) {
    let last = n as i64 - 1;
    let i = i as i64;
    let group = peers.group[i as usize] as i64;
    let groups = peers.bounds.len() as i64;
    let group_first = |g: i64| peers.bounds[g as usize].0 as i64;
    let group_last = |g: i64| peers.bounds[g as usize].1 as i64;
    let units = window.frame.units;
    let start = match &window.frame.start {
        Bound::UnboundedPreceding => 0,
        Bound::CurrentRow if units == Units::Rows => i,
        Bound::CurrentRow => peers.first[i as usize] as i64,
        Bound::Preceding(_) if units == Units::Groups => group_first((group - start_offset).max(0)),
        Bound::Preceding(_) => i.saturating_sub(start_offset),
        Bound::Following(_) if units == Units::Groups => {
            let g = group.saturating_add(start_offset);
            if g >= groups {
                n as i64
            } else {
                group_first(g)
            }
        }
        Bound::Following(_) => i.saturating_add(start_offset),
        Bound::UnboundedFollowing => n as i64,
    };
    let end = match &window.frame.end {
        Bound::UnboundedFollowing => last,
        Bound::CurrentRow if units == Units::Rows => i,
        Bound::CurrentRow => peers.last[i as usize] as i64,
        Bound::Following(_) if units == Units::Groups => {
            group_last(group.saturating_add(end_offset).min(groups - 1))
        }
        Bound::Following(_) => i.saturating_add(end_offset),
        Bound::Preceding(_) if units == Units::Groups => {
            let g = group - end_offset;
            if g < 0 {
                -1
            } else {
                group_last(g)
            }
        }
        Bound::Preceding(_) => i.saturating_sub(end_offset),
        Bound::UnboundedPreceding => -1,
    };
    let start = start.max(0);
    let end = end.min(last);
    if start > end {
        (1, 0)
    } else {
        (start as usize, end as usize)
    }
}
