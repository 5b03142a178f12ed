//! The verdict bar: the run's verdict in one line with its key counts ("rolled back at
//! step 2 of 3: 23502 …", "committed: 2 steps, 3 values lost"), pinned where it is
//! always in sight — under the header on wide screens, at the bottom of the viewport on
//! phones — so the point of the page is on its first screen. A click selects the step
//! the verdict is about and scrolls to it.
//!
//! **Invariant:** its tone and its marker word follow the same rules as the full
//! verdict: a failure is "failed", lost or changed values are "data lost" in the loss
//! colour (never the success colour), and a step Rehearse cannot simulate is "not
//! simulated", neutral. A migration that commits but makes the application's queries
//! wait (the lock queue against annotated traffic, `queue` on a step) is "queries wait"
//! in the loss colour, never "OK".

use super::Same;
use crate::state::Action;
use rehearse_core::report::{Outcome, Report, Run};
use rehearse_core::InputError;
use yew::prelude::*;

/// How a verdict reads at a glance. The colour is never the only signal: each tone
/// has its marker word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Committed and nothing lost.
    Good,
    /// Committed, but values were lost or changed (or a downgrade cannot restore them,
    /// or another environment ends up different).
    Loss,
    /// Committed with nothing lost, but against the stated traffic the application's
    /// queries wait behind a step for a second or more, or PostgreSQL would cancel a
    /// step (lock_timeout).
    Stall,
    /// PostgreSQL raised an error: rolled back, whole or in part.
    Failed,
    /// Not PostgreSQL's answer: not simulated, not run, or the input could not be read.
    Neutral,
}

impl Tone {
    /// The CSS class.
    pub fn class(self) -> &'static str {
        match self {
            Tone::Good => "good",
            Tone::Loss | Tone::Stall => "loss",
            Tone::Failed => "bad",
            Tone::Neutral => "neutral",
        }
    }

    /// The text marker shown before the sentence.
    pub fn marker(self) -> &'static str {
        match self {
            Tone::Good => "✓ OK",
            Tone::Loss => "⚠ DATA LOST",
            Tone::Stall => "⚠ QUERIES WAIT",
            Tone::Failed => "✗ FAILED",
            Tone::Neutral => "…",
        }
    }
}

/// The bar's content for one report.
#[derive(Debug, Clone, PartialEq)]
pub struct VerdictLine {
    /// How it reads.
    pub tone: Tone,
    /// The verdict sentence (the core's, the same as the full verdict's).
    pub sentence: String,
    /// Further counts: the downgrade's and the other environment's.
    pub extras: Vec<String>,
    /// The 0-based step the verdict is about: the failing or unsimulated step, else
    /// the first step that lost or changed values.
    pub step: Option<usize>,
}

/// Values lost or changed by a run's steps.
fn damaged(run: &Run) -> usize {
    run.steps
        .iter()
        .flat_map(|s| s.lost.iter().chain(&s.changed))
        .map(|l| l.cells)
        .sum()
}

/// A wait in milliseconds, for a person.
fn wait(ms: u64) -> String {
    if ms >= 1000 {
        format!("{:.1} s", ms as f64 / 1000.0)
    } else {
        format!("{ms} ms")
    }
}

/// The lock queue's counts (steps whose `queue` shows a cancel or waiting queries) and
/// the first step where the application waits a second or more or PostgreSQL cancels.
fn queue_extras(run: &Run, extras: &mut Vec<String>) -> Option<usize> {
    let mut stall = None;
    for (i, step) in run.steps.iter().enumerate() {
        let Some(q) = &step.queue else { continue };
        if let Some(e) = &q.error {
            extras.push(format!(
                "with the stated traffic PostgreSQL cancels step {} ({})",
                i + 1,
                e.sqlstate
            ));
            stall.get_or_insert(i);
        } else if q.blocked_queries > 0 {
            extras.push(format!(
                "step {}: {} quer{} wait, up to {}",
                i + 1,
                q.blocked_queries,
                if q.blocked_queries == 1 { "y" } else { "ies" },
                wait(q.max_stall_ms)
            ));
            if q.max_stall_ms >= 1000 {
                stall.get_or_insert(i);
            }
        }
    }
    stall
}

/// What the bar says about `report`.
pub fn verdict_line(report: &Report) -> VerdictLine {
    let run = &report.upgrade;
    let stopped = run
        .steps
        .iter()
        .position(|s| s.error.is_some() || s.unsupported.is_some());
    let lossy = run
        .steps
        .iter()
        .position(|s| !s.lost.is_empty() || !s.changed.is_empty());
    let mut extras = Vec::new();
    let mut loss_elsewhere = false;
    if let Some(rt) = &report.round_trip {
        let no_steps = report
            .downgrade
            .as_ref()
            .is_some_and(|d| d.steps.is_empty());
        let lost: usize = rt
            .differences
            .iter()
            .filter_map(|d| d.lost_values.as_ref().map(|(_, n)| *n))
            .sum();
        if no_steps {
            extras.push("the downgrade has no steps".to_string());
            loss_elsewhere = true;
        } else if lost > 0 {
            extras.push(format!(
                "the downgrade cannot restore {}",
                rehearse_core::plural::count(lost, "value")
            ));
            loss_elsewhere = true;
        } else if !rt.restored {
            extras.push("the downgrade does not restore the schema".to_string());
            loss_elsewhere = true;
        }
    }
    if let Some(d) = report
        .downgrade
        .as_ref()
        .filter(|d| d.outcome == Outcome::RolledBack)
    {
        let at = d.steps.iter().position(|s| s.error.is_some());
        extras.push(match at {
            Some(i) => format!("the downgrade fails at step {}", i + 1),
            None => "the downgrade fails".to_string(),
        });
        loss_elsewhere = true;
    }
    if let Some(drift) = &report.drift {
        let n = drift.differences.len();
        if n > 0 {
            extras.push(format!(
                "the environments differ ({n} difference{})",
                if n == 1 { "" } else { "s" }
            ));
            loss_elsewhere = true;
        }
    }
    let stall = queue_extras(run, &mut extras);
    let tone = match run.outcome {
        Outcome::RolledBack | Outcome::Partial => Tone::Failed,
        Outcome::Unsupported => Tone::Neutral,
        // The lock queue cancels it in production with the stated traffic.
        Outcome::Committed if run.in_production.is_some() => Tone::Failed,
        Outcome::Committed if damaged(run) > 0 || loss_elsewhere => Tone::Loss,
        Outcome::Committed if stall.is_some() => Tone::Stall,
        Outcome::Committed => Tone::Good,
    };
    VerdictLine {
        tone,
        sentence: rehearse_core::text::summary(run),
        extras,
        step: stopped.or(lossy).or(stall),
    }
}

/// Properties.
#[derive(Properties, PartialEq)]
pub struct VerdictBarProps {
    /// The last run's report.
    pub report: Option<Same<Report>>,
    /// Why the last run could not read the input.
    pub error: Option<InputError>,
    /// A run is in flight or waiting for the typing to pause.
    #[prop_or_default]
    pub running: bool,
    /// Where actions go (a click selects the step).
    pub dispatch: Callback<Action>,
}

/// Scrolls the selected step's detail (or the full verdict) into view, after the
/// redraw that shows it.
fn scroll_to_detail() {
    gloo::timers::callback::Timeout::new(0, || {
        let document = gloo::utils::document();
        let target = document
            .query_selector(".results .detail")
            .ok()
            .flatten()
            .or_else(|| document.get_element_by_id("verdict"));
        if let Some(t) = target {
            t.scroll_into_view();
        }
    })
    .forget();
}

/// The bar.
#[function_component(VerdictBar)]
pub fn verdict_bar(p: &VerdictBarProps) -> Html {
    let line = use_memo(p.report.clone(), |r| r.as_ref().map(|r| verdict_line(r)));
    let (tone, sentence, extras, step) = match (&*line, &p.error) {
        (Some(l), _) => (l.tone, l.sentence.clone(), l.extras.clone(), l.step),
        (None, Some(e)) => (
            Tone::Neutral,
            format!(
                "cannot read the {} (line {}): {}",
                e.source, e.span.line, e.message
            ),
            Vec::new(),
            None,
        ),
        (None, None) if p.running => (Tone::Neutral, "running…".to_string(), Vec::new(), None),
        (None, None) => (Tone::Neutral, "not run yet".to_string(), Vec::new(), None),
    };
    let onclick = {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(i) = step {
                d.emit(Action::Select(i));
            }
            scroll_to_detail();
        })
    };
    let jump = match step {
        Some(i) => format!("step {} ›", i + 1),
        None => "details ›".to_string(),
    };
    let marker = if p.error.is_some() && line.is_none() {
        "⚠ INPUT"
    } else {
        tone.marker()
    };
    html! {
        <div class={classes!("verdict-bar", tone.class())} id="verdict-bar" role="region" aria-label="verdict">
            <button class="verdict-bar-button" {onclick} title="show the step this verdict is about">
                <span class="verdict-marker">{ marker }</span>
                <span class="verdict-text">{ sentence }
                    { for extras.iter().map(|x| html! { <span class="verdict-extra">{ format!(" · {x}") }</span> }) }
                </span>
                <span class="verdict-jump">{ jump }</span>
            </button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tones_follow_the_outcome_and_the_damage() {
        // The bar's rules on the core's own reports: a lesson's scenario run here.
        let run = |setup: &str, migration: &str| {
            let scenario = rehearse_core::Scenario {
                setup: setup.into(),
                migration: migration.into(),
                kind: rehearse_core::MigrationKind::Sql,
                ..rehearse_core::Scenario::default()
            };
            rehearse_core::run(&scenario, chrono::NaiveDateTime::default()).expect("runs")
        };
        let setup = "CREATE TABLE t (id int PRIMARY KEY, a text);\nINSERT INTO t VALUES (1, 'x'), (2, NULL);";
        let good = verdict_line(&run(setup, "ALTER TABLE t ADD COLUMN b int;"));
        assert_eq!((good.tone, good.step), (Tone::Good, None));
        assert!(good.sentence.contains("no data lost"), "{}", good.sentence);

        let loss = verdict_line(&run(
            setup,
            "ALTER TABLE t ADD COLUMN b int;\nALTER TABLE t DROP COLUMN a;",
        ));
        assert_eq!((loss.tone, loss.step), (Tone::Loss, Some(1)));
        assert!(loss.sentence.contains("1 value lost"), "{}", loss.sentence);
        assert_ne!(loss.tone.class(), Tone::Good.class());
        assert!(loss.tone.marker().contains("DATA LOST"));

        let failed = verdict_line(&run(
            setup,
            "ALTER TABLE t ADD COLUMN b int;\nALTER TABLE t ALTER COLUMN a SET NOT NULL;",
        ));
        assert_eq!((failed.tone, failed.step), (Tone::Failed, Some(1)));
        assert!(failed.sentence.contains("23502"), "{}", failed.sentence);

        // A catalog-only step that commits, but a long report query holds its lock and
        // the application's queries queue behind the ALTER: not "OK".
        let scenario = rehearse_core::Scenario {
            setup: setup.into(),
            migration: "ALTER TABLE t ADD COLUMN b int;".into(),
            kind: rehearse_core::MigrationKind::Sql,
            old_code: "SELECT count(*) FROM t; -- already running for 30s\nSELECT id FROM t WHERE id = 1; -- every 20ms, takes 5ms\n".into(),
            ..rehearse_core::Scenario::default()
        };
        let report = rehearse_core::run(&scenario, chrono::NaiveDateTime::default()).expect("runs");
        let stalled = verdict_line(&report);
        assert_eq!((stalled.tone, stalled.step), (Tone::Stall, Some(0)));
        assert_eq!(stalled.tone.class(), Tone::Loss.class());
        assert!(
            stalled
                .extras
                .iter()
                .any(|x| x.starts_with("step 1: ") && x.contains("queries wait, up to")),
            "{:?}",
            stalled.extras
        );
    }
}
