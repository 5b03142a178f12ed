//! Window functions evaluated as `nodeWindowAgg.c` does: the rows sorted by each
//! sort the windows need, split into partitions, and each call's value computed per
//! partition over its frame.

use super::frame::{check_frame_offsets, compare_keys, frame_rows, frames, peer_groups, Peers};
use super::range::Reads;
use super::{aggregate, Call, Function, Units, Window, Windows};
use crate::catalog::Row;
use crate::error::PgError;
use crate::expr::query::spend;
use crate::expr::Env;
use crate::value::Value;
use std::cmp::Ordering;

impl Windows {
    /// Sorts `rows` by the windows' keys and appends each call's value to each row.
    pub fn append(&self, rows: &mut Vec<Row>, env: &mut Env) -> Result<(), PgError> {
        spend(env, rows.len().saturating_mul(self.sorts.len().max(1)))?;
        self.check_offsets(env)?;
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
                    // The first ORDER BY value of each row (a RANGE offset's column).
                    let order_values: Vec<&Value> = sorted_keys[start..end]
                        .iter()
                        .map(|k| k.get(p).unwrap_or(&Value::Null))
                        .collect();
                    let out =
                        call.partition(window, &sorted[start..end], &peers, &order_values, env)?;
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
        order_values: &[&Value],
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
                let reads = match &self.function {
                    Function::FirstValue => Reads::HeadThenTail,
                    Function::LastValue => Reads::TailThenHead,
                    // window_nth_value reads its argument before the frame.
                    _ => Reads::Nth(match self.args[1].eval(&rows[0], env)? {
                        Value::Int(k) if k <= 0 => {
                            return Err(PgError::new(
                                "22016",
                                "argument of nth_value must be greater than zero",
                            ))
                        }
                        Value::Int(k) => Some(k),
                        _ => None,
                    }),
                };
                let frames = frames(window, n, peers, order_values, reads, env)?;
                for (i, row) in rows.iter().enumerate() {
                    // The rows the EXCLUDE clause leaves, counted as PostgreSQL's
                    // WinGetFuncArgInFrame counts only in-frame rows.
                    let members = frame_rows(window, i, frames[i], peers);
                    let pick = match &self.function {
                        Function::FirstValue => members.first().copied(),
                        Function::LastValue => members.last().copied(),
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
                            usize::try_from(k - 1)
                                .ok()
                                .and_then(|t| members.get(t).copied())
                        }
                    };
                    out.push(match pick {
                        Some(t) => self.args[0].eval(&rows[t], env)?,
                        None => Value::Null,
                    });
                }
            }
            Function::Aggregate(call) => {
                let frames = frames(window, n, peers, order_values, Reads::HeadThenTail, env)?;
                let mut inputs: Vec<Option<Vec<Value>>> = Vec::with_capacity(n);
                for row in rows {
                    let mut one = Vec::new();
                    call.collect(row, &mut one, env)?;
                    inputs.push(one.pop());
                }
                let mut previous: Option<((usize, usize), Value)> = None;
                for (i, &(s, e)) in frames.iter().enumerate() {
                    // With an EXCLUDE clause the frame depends on the current row too.
                    if let (Some((range, v)), None) = (&previous, window.frame.exclusion) {
                        if *range == (s, e) {
                            out.push(v.clone());
                            continue;
                        }
                    }
                    let collected: aggregate::Inputs = if s <= e {
                        spend(env, e - s + 1)?;
                        frame_rows(window, i, (s, e), peers)
                            .into_iter()
                            .filter_map(|r| inputs[r].clone())
                            .collect()
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
}

impl Windows {
    /// `calculate_frame_offsets`: each WindowAgg evaluates its frame offsets on its
    /// first call, over rows or none (NULL is 22004; a negative ROWS or GROUPS offset
    /// 22013). The planner's `optimize_window_clauses` first drops the frame of a
    /// window whose calls all ignore it alike (row_number and ntile; rank,
    /// dense_rank, percent_rank and cume_dist), so those check nothing.
    fn check_offsets(&self, env: &mut Env) -> Result<(), PgError> {
        for (w, window) in self.windows.iter().enumerate() {
            let mut row_like = false;
            let mut rank_like = false;
            let mut framed = false;
            for call in self.calls.iter().filter(|c| c.window == w) {
                match call.function {
                    Function::RowNumber | Function::Ntile => row_like = true,
                    Function::Rank
                    | Function::DenseRank
                    | Function::PercentRank
                    | Function::CumeDist => rank_like = true,
                    _ => framed = true,
                }
            }
            if !(framed || row_like || rank_like) || (!framed && row_like != rank_like) {
                continue;
            }
            let checked = check_frame_offsets(window, env);
            if !framed {
                // Calls of both kinds: whether the planner keeps the frame is its
                // support functions' agreement, not modelled.
                if let Err(e) = checked {
                    return Err(PgError::unsupported(format!(
                        "whether PostgreSQL checks this frame's offsets ({})",
                        e.message
                    )));
                }
                continue;
            }
            checked?;
        }
        Ok(())
    }
}
