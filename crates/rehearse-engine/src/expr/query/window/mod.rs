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
//!
//! The module's parts: `call` binds a call where it appears, `definition` binds the
//! windows (PARTITION BY, ORDER BY, frame), `evaluate` sorts the rows and computes
//! each call per partition, `frame` finds each row's peers and frame, `range` a RANGE
//! frame's offsets (`in_range`).

mod call;
mod definition;
mod evaluate;
mod frame;
mod range;

pub(crate) use call::bind;
pub(crate) use definition::bind_definitions;

use super::aggregate;
use crate::expr::{Expr, Node};
use crate::sql::frame_exclusion::Exclusion;
use sqlparser::ast;

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
    /// A RANGE frame with an offset: its ORDER BY column's `in_range` support.
    range: Option<range::RangeOrder>,
    /// `EXCLUDE CURRENT ROW | GROUP | TIES` (NO OTHERS is `None`).
    exclusion: Option<Exclusion>,
}

/// The default frame: RANGE UNBOUNDED PRECEDING to the current row and its peers.
fn default_frame() -> Frame {
    Frame {
        units: Units::Range,
        start: Bound::UnboundedPreceding,
        end: Bound::CurrentRow,
        range: None,
        exclusion: None,
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
}

#[cfg(test)]
mod range_tests;
