//! The report's view of a simulation: per step, the longest stall it caused, how many
//! of the application's queries waited, the migration's timeouts, and a timeline per
//! connection (waiting and holding intervals, who waits on whom) over the step's
//! window. Times are milliseconds since the migration started.

use super::sim::{Outcome, Who};

pub use crate::report::queue::{
    Interval, Lane, OlderTransactions, State, StepQueue, MAX_INTERVALS,
};

/// The lane name of every connection worth showing (`None`: an application query that
/// neither waited nor blocked anyone). Concurrent instances of one query get separate
/// lanes, as separate connections of a pool.
pub fn lane_names(outcome: &Outcome) -> Vec<Option<String>> {
    let mut shown = vec![false; outcome.connections.len()];
    shown[0] = true;
    for w in &outcome.waits {
        shown[w.conn] = true;
        for &b in &w.waits_for {
            shown[b] = true;
        }
    }
    // Per query: each lane's end, to put an instance in the first free lane.
    let mut lane_ends: std::collections::BTreeMap<usize, Vec<u64>> = Default::default();
    let end_of = |conn: usize| {
        outcome
            .holdings
            .iter()
            .filter(|h| h.conn == conn)
            .map(|h| h.end)
            .chain(
                outcome
                    .waits
                    .iter()
                    .filter(|w| w.conn == conn)
                    .map(|w| w.end),
            )
            .max()
            .unwrap_or(0)
    };
    let mut order: Vec<usize> = (1..outcome.connections.len())
        .filter(|&c| shown[c])
        .collect();
    order.sort_by_key(|&c| match outcome.connections[c] {
        Who::Traffic { arrival, .. } => (arrival, c),
        Who::Migration => (0, c),
    });
    let mut names: Vec<Option<String>> = vec![None; outcome.connections.len()];
    names[0] = Some("migration".to_string());
    for c in order {
        let Who::Traffic { query, arrival } = outcome.connections[c] else {
            continue;
        };
        let lanes = lane_ends.entry(query).or_default();
        let free = lanes.iter().position(|&end| (end as i64) <= arrival);
        let lane = free.unwrap_or(lanes.len());
        if lane == lanes.len() {
            lanes.push(0);
        }
        lanes[lane] = end_of(c);
        names[c] = Some(if lane == 0 {
            format!("query {}", query + 1)
        } else {
            format!("query {} ({})", query + 1, lane + 1)
        });
    }
    names
}

/// Every interval of the shown connections, per lane, overlapping `[from, to]`.
pub fn lanes(
    outcome: &Outcome,
    names: &[Option<String>],
    texts: &[String],
    from: u64,
    to: u64,
) -> (Vec<Lane>, usize) {
    let mut lanes: Vec<Lane> = Vec::new();
    let mut count = 0;
    let mut omitted = 0;
    let mut push = |lanes: &mut Vec<Lane>, conn: usize, interval: Interval| {
        let Some(name) = &names[conn] else { return };
        if interval.start_ms > to as i64 || interval.end_ms < from {
            return;
        }
        if count >= MAX_INTERVALS {
            omitted += 1;
            return;
        }
        count += 1;
        let lane = match lanes.iter().position(|l| &l.connection == name) {
            Some(i) => i,
            None => {
                let query = match outcome.connections[conn] {
                    Who::Traffic { query, .. } => texts.get(query).cloned(),
                    Who::Migration => None,
                };
                lanes.push(Lane {
                    connection: name.clone(),
                    query,
                    intervals: Vec::new(),
                });
                lanes.len() - 1
            }
        };
        lanes[lane].intervals.push(interval);
    };
    for w in &outcome.waits {
        push(
            &mut lanes,
            w.conn,
            Interval {
                state: State::Waiting,
                start_ms: w.start as i64,
                end_ms: w.end,
                table: match w.older {
                    Some(OlderTransactions::Snapshots) => None,
                    _ => Some(w.table.clone()),
                },
                mode: w.older.is_none().then_some(w.mode),
                older: w.older,
                waits_for: w
                    .waits_for
                    .iter()
                    .filter_map(|&b| names[b].clone())
                    .collect(),
                timed_out: w.timed_out,
                step: (w.conn == 0).then_some(w.step + 1),
            },
        );
    }
    for h in &outcome.holdings {
        push(
            &mut lanes,
            h.conn,
            Interval {
                state: State::Holding,
                start_ms: h.start,
                end_ms: h.end,
                table: None,
                older: None,
                mode: None,
                waits_for: Vec::new(),
                timed_out: false,
                step: h.step.map(|s| s + 1),
            },
        );
    }
    for lane in &mut lanes {
        lane.intervals.sort_by_key(|i| (i.start_ms, i.end_ms));
    }
    // The migration first, then the connections in order of their first interval.
    lanes.sort_by_key(|l| {
        (
            l.connection != "migration",
            l.intervals.first().map_or(0, |i| i.start_ms),
        )
    });
    (lanes, omitted)
}
