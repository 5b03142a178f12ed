//! A code editor: a textarea over a highlighted copy of its text, with line numbers and
//! a marker on the line of an error.

use crate::highlight::highlight;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The largest text highlighted (bytes).
const MAX_HIGHLIGHTED: usize = 200_000;

/// Editor properties.
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// Accessible name.
    pub label: AttrValue,
    /// Element id (tests and labels use it).
    pub id: AttrValue,
    /// The text.
    pub value: AttrValue,
    /// Highlight as Python (else SQL).
    pub python: bool,
    /// 1-based line to mark, with its message.
    #[prop_or_default]
    pub marker: Option<(u32, String)>,
    /// Called with the new text on every edit.
    pub oninput: Callback<String>,
    /// Read-only (a read-only embed).
    #[prop_or_default]
    pub readonly: bool,
}

/// The editor.
#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let layer = use_node_ref();
    let gutter = use_node_ref();
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let onscroll = {
        let (layer, gutter) = (layer.clone(), gutter.clone());
        Callback::from(move |e: Event| {
            let area = e.target_unchecked_into::<HtmlTextAreaElement>();
            if let Some(l) = layer.cast::<web_sys::HtmlElement>() {
                l.set_scroll_top(area.scroll_top());
                l.set_scroll_left(area.scroll_left());
            }
            if let Some(g) = gutter.cast::<web_sys::HtmlElement>() {
                g.set_scroll_top(area.scroll_top());
            }
        })
    };
    let lines = props.value.split('\n').count().max(1);
    let marked = props.marker.as_ref().map(|m| m.0 as usize);
    let numbers = (1..=lines).map(|n| {
        let class = if Some(n) == marked {
            "ln ln-marked"
        } else {
            "ln"
        };
        html! { <div class={class}>{ n }</div> }
    });
    // Highlighting a huge paste (a 100k-row setup) would put millions of spans in the
    // page; past this size the text is shown plain.
    let pieces = if props.value.len() > MAX_HIGHLIGHTED {
        vec![(crate::highlight::Class::Plain, props.value.to_string())]
    } else {
        highlight(&props.value, props.python)
    };
    // A trailing newline needs a character after it to take up its line in the layer.
    let tail = if props.value.ends_with('\n') { " " } else { "" };
    html! {
        <div class="editor">
            <div class="gutter" ref={gutter} aria-hidden="true">{ for numbers }</div>
            <div class="code">
                <pre class="layer" ref={layer} aria-hidden="true">
                    { for pieces.into_iter().map(|(class, text)| html! { <span class={class.css()}>{ text }</span> }) }
                    { tail }
                </pre>
                <textarea
                    readonly={props.readonly}
                    id={props.id.clone()}
                    aria-label={props.label.clone()}
                    spellcheck="false"
                    autocapitalize="off"
                    autocomplete="off"
                    value={props.value.clone()}
                    {oninput}
                    {onscroll}
                />
            </div>
            if let Some((line, message)) = &props.marker {
                <p class="marker-message" role="status">{ format!("line {line}: {message}") }</p>
            }
        </div>
    }
}
