//! How wide the migration editor wants to be: its longest line, in characters, rounded
//! up to a class of ten (`cols-90`) that the page's CSS turns into `--editor-cols` (a
//! class, not a style attribute: the Content-Security-Policy forbids inline styles). On wide screens (≥ 1280 px) the inputs column
//! grows to fit it, leaving the results a minimum (see the "engineer's screen" block of
//! `web/style.css`), so operation lines are not clipped.

/// Lines longer than this do not widen the column further (the results keep theirs).
const MAX_COLS: usize = 160;

/// The longest line of `text` in characters (a tab as 4), at most [`MAX_COLS`]. Stops
/// counting a line once it is longer than that, so a megabyte line costs no more.
pub fn longest_line(text: &str) -> usize {
    text.lines()
        .map(|line| {
            line.chars()
                .map(|c| if c == '\t' { 4 } else { 1 })
                .scan(0, |n, w| {
                    *n += w;
                    (*n <= MAX_COLS + 4).then_some(*n)
                })
                .last()
                .unwrap_or(0)
        })
        .max()
        .unwrap_or(0)
        .min(MAX_COLS)
}

/// The layout's class for `migration`: `cols-60` (short lines) to `cols-160`.
pub fn layout_class(migration: &str) -> String {
    let cols = longest_line(migration).div_ceil(10).clamp(6, MAX_COLS / 10) * 10;
    format!("cols-{cols}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_line_counts_tabs_and_is_capped() {
        assert_eq!(longest_line(""), 0);
        assert_eq!(longest_line("ab\n\tabc\nx"), 7);
        assert_eq!(longest_line(&"y".repeat(5000)), MAX_COLS);
        assert_eq!(layout_class("op.x()"), "cols-60");
        assert_eq!(layout_class(&"z".repeat(81)), "cols-90");
        assert_eq!(layout_class(&"z".repeat(999)), "cols-160");
    }
}
