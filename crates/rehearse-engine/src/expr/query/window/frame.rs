//! A partition's peer groups and each row's frame (ROWS, RANGE, GROUPS), as
//! `nodeWindowAgg.c` finds its frame head and tail.

use super::range::{self, Reads};
use super::{Bound, Exclusion, Key, Units, Window};
use crate::error::PgError;
use crate::expr::query::order::compare;
use crate::expr::{Env, Expr};
use crate::value::Value;
use std::cmp::Ordering;

/// Compares two rows' key values as the sort does.
pub(super) fn compare_keys(a: &[Value], b: &[Value], keys: &[Key], env: &Env) -> Ordering {
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
pub(super) struct Peers {
    pub(super) first: Vec<usize>,
    pub(super) last: Vec<usize>,
    pub(super) group: Vec<usize>,
    /// Each group's first and last row.
    pub(super) bounds: Vec<(usize, usize)>,
}

pub(super) fn peer_groups(
    keys: &[&Vec<Value>],
    p: usize,
    o: usize,
    sort: &[Key],
    env: &Env,
) -> Peers {
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

/// Every row's frame in a partition of `n` rows (first and last row, (1, 0) when
/// empty), its offsets evaluated once for the partition; `order_values` are the
/// rows' first ORDER BY values (a RANGE offset's column), `reads` how the function
/// reads its frame.
pub(super) fn frames(
    window: &Window,
    n: usize,
    peers: &Peers,
    order_values: &[&Value],
    reads: Reads,
    env: &mut Env,
) -> Result<Vec<(usize, usize)>, PgError> {
    if n == 0 {
        return Ok(Vec::new());
    }
    let Some(order) = &window.frame.range else {
        let value = |b: &Bound, start: bool, env: &mut Env| -> Result<i64, PgError> {
            match b {
                Bound::Preceding(e) | Bound::Following(e) => offset(e, env, start),
                _ => Ok(0),
            }
        };
        let start_offset = value(&window.frame.start, true, env)?;
        let end_offset = value(&window.frame.end, false, env)?;
        return Ok((0..n)
            .map(|i| frame(window, i, n, peers, start_offset, end_offset))
            .collect());
    };
    // A RANGE offset: only NULL is checked here; in_range checks the rest.
    let value = |b: &Bound, start: bool, env: &mut Env| -> Result<Option<Value>, PgError> {
        let (Bound::Preceding(e) | Bound::Following(e)) = b else {
            return Ok(None);
        };
        match e.eval(&[], env)? {
            Value::Null => Err(PgError::new(
                "22004",
                format!(
                    "frame {} offset must not be null",
                    if start { "starting" } else { "ending" }
                ),
            )),
            v => Ok(Some(v)),
        }
    };
    let start = value(&window.frame.start, true, env)?;
    let end = value(&window.frame.end, false, env)?;
    // The bounds without an offset: the head (first row in the frame) and the tail
    // (first row after it).
    let head = |i: usize| match window.frame.start {
        Bound::CurrentRow => peers.first[i],
        _ => 0,
    };
    let tail = |i: usize| match window.frame.end {
        Bound::CurrentRow => peers.last[i] + 1,
        _ => n,
    };
    let scanned = range::offsets(
        &window.frame,
        order,
        order_values,
        (start.as_ref(), end.as_ref()),
        reads,
        (head(0), tail(0)),
    )?;
    Ok((0..n)
        .map(|i| {
            let s = scanned.heads.as_ref().map_or_else(|| head(i), |h| h[i]);
            let t = scanned.tails.as_ref().map_or_else(|| tail(i), |t| t[i]);
            if s < t {
                (s, t - 1)
            } else {
                (1, 0)
            }
        })
        .collect())
}

/// The rows of row `i`'s frame `(first, last)` that its EXCLUDE clause leaves.
pub(super) fn frame_rows(
    window: &Window,
    i: usize,
    (first, last): (usize, usize),
    peers: &Peers,
) -> Vec<usize> {
    if first > last {
        return Vec::new();
    }
    let peer = |r: usize| peers.group[r] == peers.group[i];
    (first..=last)
        .filter(|&r| match window.frame.exclusion {
            None => true,
            Some(Exclusion::CurrentRow) => r != i,
            Some(Exclusion::Group) => !peer(r),
            Some(Exclusion::Ties) => r == i || !peer(r),
        })
        .collect()
}

/// The frame's offsets checked as `calculate_frame_offsets` checks them: not NULL,
/// and a ROWS or GROUPS offset not negative (a RANGE offset's `in_range` checks the
/// rest).
pub(super) fn check_frame_offsets(window: &Window, env: &mut Env) -> Result<(), PgError> {
    for (bound, start) in [(&window.frame.start, true), (&window.frame.end, false)] {
        let (Bound::Preceding(e) | Bound::Following(e)) = bound else {
            continue;
        };
        if window.frame.range.is_some() {
            if e.eval(&[], env)?.is_null() {
                let which = if start { "starting" } else { "ending" };
                return Err(PgError::new(
                    "22004",
                    format!("frame {which} offset must not be null"),
                ));
            }
        } else {
            offset(e, env, start)?;
        }
    }
    Ok(())
}
