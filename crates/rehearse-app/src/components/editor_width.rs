//! How wide the migration editor wants to be: its longest line, in characters, handed
//! to the page's CSS as `--editor-cols`. On wide screens (≥ 1280 px) the inputs column
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

/// The layout's style attribute for `migration`.
pub fn layout_style(migration: &str) -> String {
    format!("--editor-cols: {}", longest_line(migration))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_line_counts_tabs_and_is_capped() {
        assert_eq!(longest_line(""), 0);
        assert_eq!(longest_line("ab\n\tabc\nx"), 7);
        assert_eq!(longest_line(&"y".repeat(5000)), MAX_COLS);
        assert_eq!(layout_style("op.x()"), "--editor-cols: 6");
    }
}
