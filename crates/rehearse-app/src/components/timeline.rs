//! One card per step, in order: its source line, the SQL PostgreSQL receives, and its
//! status. Arrow keys move between steps.

use super::Same;
use crate::state::Action;
use rehearse_core::report::{Report, StepStatus};
use yew::prelude::*;

/// An operation's source on one line, so a card names its table and column even when
/// the call spans several lines: whitespace runs become one space, and none is kept
/// inside brackets' edges or before a closing bracket's trailing comma.
fn one_line(op: &str) -> String {
    let mut out = String::with_capacity(op.len());
    for word in op.split_whitespace() {
        let glue = out.ends_with(['(', '[', '{']) || word.starts_with([')', ']', '}']);
        if !out.is_empty() && !glue {
            out.push(' ');
        }
        if word.starts_with([')', ']', '}']) && out.ends_with(',') {
            out.pop();
        }
        out.push_str(word);
    }
    out
}

/// Timeline properties.
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The report (its upgrade's steps).
    pub report: Same<Report>,
    /// The selected step.
    pub selected: usize,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The timeline.
#[function_component(Timeline)]
pub fn timeline(p: &TimelineProps) -> Html {
    let onkeydown = {
        let d = p.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" | "ArrowRight" => {
                e.prevent_default();
                d.emit(Action::Next);
            }
            "ArrowUp" | "ArrowLeft" => {
                e.prevent_default();
                d.emit(Action::Prev);
            }
            _ => {}
        })
    };
    let cards = p.report.upgrade.steps.iter().enumerate().map(|(i, step)| {
        let (status, label) = match step.status {
            StepStatus::Ok => ("ok", "ok"),
            StepStatus::Error => ("error", "failed"),
            StepStatus::Skipped => ("skipped", "not run"),
            StepStatus::Unsupported => ("unsupported", "not simulated"),
        };
        let label = if step.committed {
            format!("{label}, committed")
        } else {
            label.to_string()
        };
        let selected = i == p.selected;
        let onclick = {
            let d = p.dispatch.clone();
            Callback::from(move |_| d.emit(Action::Select(i)))
        };
        let source = one_line(&step.op);
        let lost: usize = step.lost.iter().map(|l| l.cells).sum();
        let changed: usize = step.changed.iter().map(|l| l.cells).sum();
        let values = |n: usize| format!("{n} value{}", if n == 1 { "" } else { "s" });
        let lock = step.locks.iter().map(|l| l.mode).max();
        let cost = step.costs.iter().map(|c| c.kind).max();
        let worst = step.hazards.iter().map(|h| h.severity).max();
        // A step that ran but destroyed or changed values is not shown in the success
        // colour: its card and badge take the loss colour, and the badge says so.
        let lossy = status == "ok" && lost + changed > 0;
        let (status, label) = if lossy {
            ("lossy", label.replacen("ok", "ok, data lost", 1))
        } else {
            (status, label)
        };
        html! {
            <li role="option" aria-selected={selected.to_string()} class={classes!("card", status, selected.then_some("selected"))} {onclick}>
                <div class="card-head">
                    <span class="num">{ i + 1 }</span>
                    <code class="src" title={step.op.clone()}>{ source }</code>
                    <span class={classes!("badge", status)}>{ label }</span>
                </div>
                <div class="card-meta">{ format!("line {}", step.line) }
                    if lost > 0 { <span class="lost-badge">{ format!(" · {} lost", values(lost)) }</span> }
                    if changed > 0 { <span class="lost-badge">{ format!(" · {} changed", values(changed)) }</span> }
                    if let Some(mode) = lock {
                        <span class={classes!("lock-badge", mode.blocks_writes().then_some("strong"))} title={format!("blocks {}", mode.blocks())}>{ mode.name() }</span>
                    }
                    if let Some(kind) = cost {
                        <span class={classes!("cost-badge", format!("{kind:?}").to_lowercase())}>{ super::analysis::cost_label(kind) }</span>
                    }
                    if let Some(sev) = worst {
                        <span class={classes!("hazard-badge", sev.name())}>{ format!("{} hazard{}", step.hazards.len(), if step.hazards.len() == 1 { "" } else { "s" }) }</span>
                    }
                </div>
                if let Some(estimate) = &step.estimate {
                    <div class="estimate" title="estimated lock hold time on native PostgreSQL at the production size given">{ &estimate.summary }</div>
                }
                <pre class="sql">{ step.sql.join(";\n") }</pre>
            </li>
        }
    });
    html! {
        <ol class="timeline" role="listbox" aria-label="steps" tabindex="0" {onkeydown}>
            { for cards }
        </ol>
    }
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn a_multi_line_call_reads_on_one_line() {
        let op =
            "op.add_column(\n    \"name_metadata\",\n    sa.Column(\"pid\", sa.String(255)),\n)";
        assert_eq!(
            one_line(op),
            "op.add_column(\"name_metadata\", sa.Column(\"pid\", sa.String(255)))"
        );
        assert_eq!(one_line("op.drop_table('t')"), "op.drop_table('t')");
    }
}
