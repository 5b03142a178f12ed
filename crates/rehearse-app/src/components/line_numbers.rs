//! An editor's line numbers, as at most three blocks of text (the lines before the
//! marked one, the marked one, the lines after) rather than an element per line: a
//! 100,000-line setup is three text nodes, and typing within a line redraws nothing
//! here (the props are the line count and the marker).

use yew::prelude::*;

/// Line number properties.
#[derive(Properties, PartialEq)]
pub struct LineNumbersProps {
    /// How many lines the text has.
    pub lines: usize,
    /// The number of the first line (an embed folds a revision's header).
    #[prop_or(1)]
    pub first: usize,
    /// The 1-based line to mark (an error's), if any.
    pub marked: Option<usize>,
    /// The gutter element, scrolled with the text.
    pub node: NodeRef,
}

/// `from..=to`, one number a line ("" when empty).
fn numbers(from: usize, to: usize) -> String {
    let mut out = String::with_capacity((to.saturating_sub(from) + 1) * 7);
    for n in from..=to {
        if n > from {
            out.push('\n');
        }
        out.push_str(&n.to_string());
    }
    out
}

/// The gutter.
#[function_component(LineNumbers)]
pub fn line_numbers(p: &LineNumbersProps) -> Html {
    let first = p.first.max(1);
    let last = first + p.lines.max(1) - 1;
    let marked = p.marked.filter(|m| (first..=last).contains(m));
    let (before, after) = match marked {
        Some(m) => (numbers(first, m - 1), numbers(m + 1, last)),
        None => (numbers(first, last), String::new()),
    };
    html! {
        <div class="gutter" ref={p.node.clone()} aria-hidden="true">
            if !before.is_empty() { <div class="ln">{ before }</div> }
            if let Some(m) = marked { <div class="ln ln-marked">{ m }</div> }
            if !after.is_empty() { <div class="ln">{ after }</div> }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::numbers;

    #[test]
    fn numbers_are_one_a_line() {
        assert_eq!(numbers(1, 3), "1\n2\n3");
        assert_eq!(numbers(5, 5), "5");
        assert_eq!(numbers(1, 0), "");
        assert_eq!(numbers(4, 3), "");
    }
}
