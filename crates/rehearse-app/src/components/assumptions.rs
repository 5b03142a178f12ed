//! What the user assumed about conditions Rehearse cannot evaluate: the offer on a
//! refusal at such a condition ("Assume it is true" / "Assume it is false", which run
//! again under it), and the list of the assumptions stated, each saying whether the
//! answer shown rests on it, with Remove. They are part of the scenario, so they are
//! saved, shared and restored with the rest of the input.

use crate::state::Action;
use rehearse_core::{Assumption, OpenCondition};
use yew::prelude::*;

/// Properties of the offer.
#[derive(Properties, PartialEq)]
pub struct OfferProps {
    /// The condition the run stopped at.
    pub condition: OpenCondition,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The two buttons under a refusal at a condition.
#[function_component(AssumeOffer)]
pub fn assume_offer(p: &OfferProps) -> Html {
    let assume = |value: bool| {
        let d = p.dispatch.clone();
        let text = p.condition.text.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::Assume(Assumption::new(&text, value))))
    };
    html! {
        <div class="assume-offer" role="group" aria-label="state what the condition is">
            <p>
                { "If you know what " }<code>{ &p.condition.text }</code>
                { " returns in your project, say so and the migration runs under that assumption:" }
            </p>
            <button type="button" class="assume-true" onclick={assume(true)}>{ "Assume it is true" }</button>
            <button type="button" class="assume-false" onclick={assume(false)}>{ "Assume it is false" }</button>
        </div>
    }
}

/// Properties of the list.
#[derive(Properties, PartialEq)]
pub struct ListProps {
    /// The assumptions the user stated.
    pub stated: Vec<Assumption>,
    /// Those the answer shown rests on (the report's), if there is a report.
    pub used: Option<Vec<Assumption>>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The stated assumptions, with Remove.
#[function_component(AssumptionList)]
pub fn assumption_list(p: &ListProps) -> Html {
    if p.stated.is_empty() {
        // An element, not nothing: yew places the notes shown before this list (the
        // run note) relative to its node, and an empty component has none.
        return html! { <section class="assumptions" hidden=true></section> };
    }
    let items = p.stated.iter().map(|a| {
        let used = p
            .used
            .as_ref()
            .is_some_and(|used| used.iter().any(|u| u.decides(&a.condition)));
        let remove = {
            let d = p.dispatch.clone();
            let condition = a.condition.clone();
            Callback::from(move |_: MouseEvent| d.emit(Action::Unassume(condition.clone())))
        };
        let value = a.value_name();
        html! {
            <li class={if used { "assumption used" } else { "assumption" }}>
                if used {
                    { "Assuming " }<code>{ &a.condition }</code>{ format!(" is {value}, as you said.") }
                } else {
                    { "You assumed " }<code>{ &a.condition }</code>{ format!(" is {value}; this run did not need it.") }
                }
                { " " }
                <button type="button" class="remove-assumption"
                    aria-label={format!("Remove the assumption that {} is {value}", a.condition)}
                    onclick={remove}>{ "Remove" }</button>
            </li>
        }
    });
    html! {
        <section class="assumptions" aria-label="assumptions">
            <ul>{ for items }</ul>
        </section>
    }
}
