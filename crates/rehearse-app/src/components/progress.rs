//! A background run's progress, with Cancel (also Escape). It listens to the worker's
//! progress itself ([`crate::background::set_sink`]), so a tick redraws only this.

use crate::background;
use rehearse_core::Progress;
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct RunProgressProps {
    /// Cancels the run.
    pub on_cancel: Callback<()>,
}

/// The progress display.
#[function_component(RunProgress)]
pub fn run_progress(p: &RunProgressProps) -> Html {
    let progress = use_state(|| None::<Progress>);
    {
        let setter = progress.setter();
        use_effect_with((), move |_| {
            background::set_sink(Some(Callback::from(move |p| setter.set(Some(p)))));
            || background::set_sink(None)
        });
    }
    let (value, max) = progress.map_or((0, 1), |p| (p.done, p.total.max(1)));
    let cancel = {
        let c = p.on_cancel.clone();
        Callback::from(move |_| c.emit(()))
    };
    html! {
        <div class="run-progress" id="run-progress" role="status" aria-live="polite">
            <span class="progress-text">{ background::describe(*progress) }</span>
            <progress value={value.to_string()} max={max.to_string()}></progress>
            <button id="cancel-run" onclick={cancel} title="stop this run and keep the previous result (Esc)">{ "Cancel" }</button>
        </div>
    }
}
