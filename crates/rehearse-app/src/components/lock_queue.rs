//! The selected step's lock queue, when the deployed code's queries are annotated with
//! their traffic: a summary, a timeline chart (SVG, one row per connection, waits in
//! the loss colour) and the same timeline as a table for screen readers.

use super::Same;
use rehearse_core::lock_queue::summary;
use rehearse_core::lock_queue::timeline::{Interval, State, StepQueue};
use rehearse_core::report::Report;
use yew::prelude::*;

/// Lock queue properties.
#[derive(Properties, PartialEq)]
pub struct LockQueueProps {
    /// The report.
    pub report: Same<Report>,
    /// The step's 0-based position in the upgrade.
    pub index: usize,
}

/// Chart geometry: label column, plot width, row height.
const LABEL: f64 = 150.0;
const PLOT: f64 = 560.0;
const ROW: f64 = 22.0;
/// The most rows the chart draws (a pile-up opens one connection per waiting query);
/// the table lists every one.
const MAX_ROWS: usize = 24;

/// The lock queue of one step (nothing without annotated traffic).
#[function_component(LockQueue)]
pub fn lock_queue(p: &LockQueueProps) -> Html {
    let Some(queue) = p
        .report
        .upgrade
        .steps
        .get(p.index)
        .and_then(|s| s.queue.as_ref())
    else {
        return html! {};
    };
    let lines = summary::lines(queue);
    if lines.is_empty() {
        return html! {};
    }
    html! {
        <section class="lock-queue" aria-label="lock queue">
            <h4>{ "Lock queue (the annotated traffic)" }</h4>
            { for lines.iter().map(|l| html! { <p class="lq-line">{ l.trim() }</p> }) }
            if !queue.timeline.is_empty() {
                { chart(queue) }
                <details class="lq-table">
                    <summary>{ "The timeline as a table" }</summary>
                    { table(queue) }
                </details>
            }
        </section>
    }
}

/// The window the chart shows: the step's start to the last interval's end.
fn window(queue: &StepQueue) -> (i64, i64) {
    let from = queue.start_ms as i64;
    let to = queue
        .timeline
        .iter()
        .flat_map(|l| &l.intervals)
        .map(|i| i.end_ms as i64)
        .max()
        .unwrap_or(from)
        .max(from + 1);
    (from, to)
}

fn describe(i: &Interval) -> String {
    let what = match i.state {
        State::Waiting => format!(
            "waits for {}{}{}",
            match i.older {
                Some(_) => lock_cell(i),
                None => format!(
                    "{} on {}",
                    i.mode.map_or("a lock", |m| m.name()),
                    i.table.as_deref().unwrap_or("?")
                ),
            },
            if i.waits_for.is_empty() {
                String::new()
            } else {
                format!(" behind {}", i.waits_for.join(", "))
            },
            if i.timed_out { " (lock_timeout)" } else { "" }
        ),
        State::Holding => match i.step {
            Some(s) => format!("holds its locks (step {s})"),
            None => "holds its locks".to_string(),
        },
    };
    format!("{what}: {} ms to {} ms", i.start_ms, i.end_ms)
}

fn chart(queue: &StepQueue) -> Html {
    let (from, to) = window(queue);
    let x = |t: i64| LABEL + ((t.clamp(from, to) - from) as f64) / ((to - from) as f64) * PLOT;
    let shown = &queue.timeline[..queue.timeline.len().min(MAX_ROWS)];
    let height = ROW * shown.len() as f64 + 24.0;
    let rows = shown.iter().enumerate().map(|(row, lane)| {
        let y = ROW * row as f64;
        let bars = lane.intervals.iter().map(|i| {
            let (x0, x1) = (x(i.start_ms), x(i.end_ms as i64));
            let class = match i.state {
                State::Waiting => "lq-wait",
                State::Holding => "lq-hold",
            };
            html! {
                <rect class={class} x={format!("{x0:.1}")} y={format!("{:.1}", y + 4.0)}
                      width={format!("{:.1}", (x1 - x0).max(1.0))} height={format!("{:.1}", ROW - 8.0)}>
                    <title>{ describe(i) }</title>
                </rect>
            }
        });
        html! {
            <g>
                <text class="lq-label" x="4" y={format!("{:.1}", y + ROW - 7.0)}>{ &lane.connection }</text>
                { for bars }
            </g>
        }
    });
    let axis_y = ROW * shown.len() as f64 + 16.0;
    let more = queue.timeline.len() - shown.len();
    html! {
        <svg class="lq-chart" role="img" viewBox={format!("0 0 {} {height:.0}", LABEL + PLOT + 10.0)}
             aria-label={format!("Timeline from {from} ms to {to} ms: waits in red, held locks in blue; the table below lists the same")}>
            { for rows }
            <text class="lq-axis" x={format!("{LABEL}")} y={format!("{axis_y:.0}")}>{ format!("{from} ms") }</text>
            <text class="lq-axis" x={format!("{}", LABEL + PLOT)} y={format!("{axis_y:.0}")} text-anchor="end">{ format!("{to} ms") }</text>
            if more > 0 {
                <text class="lq-axis" x="4" y={format!("{axis_y:.0}")}>{ format!("+{more} more (table)") }</text>
            }
        </svg>
    }
}

/// What a wait is for: a table lock (`users (ACCESS EXCLUSIVE)`), or a CONCURRENTLY
/// command's wait for other transactions to end.
fn lock_cell(i: &Interval) -> String {
    let table = i.table.clone().unwrap_or_default();
    match (i.older, i.mode) {
        (Some(older), _) if table.is_empty() => older.describe(),
        (Some(older), _) => format!("{table}: {}", older.describe()),
        (None, Some(mode)) => format!("{table} ({})", mode.name()),
        (None, None) => table,
    }
}

fn table(queue: &StepQueue) -> Html {
    let rows = queue.timeline.iter().flat_map(|lane| {
        lane.intervals.iter().map(move |i| {
            html! {
                <tr>
                    <td>{ &lane.connection }</td>
                    <td>{ match i.state { State::Waiting => "waiting", State::Holding => "holding" } }</td>
                    <td>{ i.start_ms }</td>
                    <td>{ i.end_ms }</td>
                    <td>{ lock_cell(i) }</td>
                    <td>{ i.waits_for.join(", ") }{ if i.timed_out { " — cancelled by lock_timeout" } else { "" } }</td>
                </tr>
            }
        })
    });
    html! {
        <table>
            <thead><tr><th>{ "connection" }</th><th>{ "state" }</th><th>{ "from (ms)" }</th><th>{ "to (ms)" }</th><th>{ "lock" }</th><th>{ "waits for" }</th></tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
