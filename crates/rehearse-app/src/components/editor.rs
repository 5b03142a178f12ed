//! A code editor: a textarea over a highlighted copy of its text, with line numbers and
//! a marker on the line of an error.

use super::line_numbers::LineNumbers;
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
    /// The number of the text's first line: the text is the rest of a file whose head
    /// is folded (the marker's line is the file's).
    #[prop_or(1)]
    pub first_line: usize,
}

/// The editor.
#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let layer = use_node_ref();
    let gutter = use_node_ref();
    let area = use_node_ref();
    // The text the textarea holds, as far as the page knows: what it last sent or was
    // given. The textarea's value is written only when the props differ from it (an
    // example, Undo, another tab), never read back per redraw: at 100,000 rows each read
    // would copy megabytes out of the browser on every keystroke.
    let held = use_mut_ref(AttrValue::default);
    let oninput = {
        let (cb, held) = (props.oninput.clone(), held.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            *held.borrow_mut() = AttrValue::from(text.clone());
            cb.emit(text)
        })
    };
    {
        let (area, held) = (area.clone(), held.clone());
        use_effect_with(props.value.clone(), move |value| {
            if *held.borrow() != *value {
                if let Some(a) = area.cast::<HtmlTextAreaElement>() {
                    a.set_value(value);
                    // New text from outside (a lesson, an example, Undo): read from
                    // its top, not at the old text's scroll position. The layer and
                    // the gutter follow through the scroll event.
                    a.set_scroll_top(0);
                    a.set_scroll_left(0);
                }
                *held.borrow_mut() = value.clone();
            }
        });
    }
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
    let lines = props.value.bytes().filter(|&b| b == b'\n').count() + 1;
    let marked = props.marker.as_ref().map(|m| m.0 as usize);
    // Highlighting a huge paste (a 100k-row setup) would put millions of spans in the
    // page; past this size the textarea shows its own text, and there is no layer to
    // redraw per keystroke.
    let plain = props.value.len() > MAX_HIGHLIGHTED;
    let pieces = if plain {
        Vec::new()
    } else {
        highlight(&props.value, props.python)
    };
    // A trailing newline needs a character after it to take up its line in the layer.
    let tail = if props.value.ends_with('\n') { " " } else { "" };
    html! {
        <div class="editor">
            <LineNumbers {lines} first={props.first_line} {marked} node={gutter} />
            <div class="code">
                if !plain {
                    <pre class="layer" ref={layer} aria-hidden="true">
                        { for pieces.into_iter().map(|(class, text)| html! { <span class={class.css()}>{ text }</span> }) }
                        { tail }
                    </pre>
                }
                <textarea
                    ref={area}
                    class={classes!(plain.then_some("plain"))}
                    readonly={props.readonly}
                    id={props.id.clone()}
                    aria-label={props.label.clone()}
                    spellcheck="false"
                    autocapitalize="off"
                    autocomplete="off"
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
