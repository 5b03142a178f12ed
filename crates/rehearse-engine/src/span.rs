//! Source positions: 1-based line and column, as editors and PostgreSQL count them.
//!
//! Front ends work in byte offsets (that is what the Python and SQL tokenizers give);
//! [`LineIndex`] turns an offset into a [`Span`] once, at the edge, so every error a user
//! sees names a line and a column.

use serde::{Deserialize, Serialize};

/// A position in a source file. Columns count characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub struct Span {
    /// 1-based line number.
    pub line: u32,
    /// 1-based column (in characters).
    pub column: u32,
}

impl Span {
    /// A span at `line`, `column`.
    pub fn new(line: u32, column: u32) -> Self {
        Span { line, column }
    }
}

impl std::fmt::Display for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Byte offset → line/column lookup for one source text.
pub struct LineIndex<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Index the line starts of `text`.
    pub fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, line_starts }
    }

    /// The span of byte `offset` (clamped to the text).
    pub fn span(&self, offset: usize) -> Span {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count());
        Span::new(line as u32 + 1, column as u32 + 1)
    }

    /// Byte offset of a 1-based line and column (as the SQL tokenizer reports them).
    pub fn offset(&self, span: Span) -> usize {
        let Some(&start) = self.line_starts.get(span.line.saturating_sub(1) as usize) else {
            return self.text.len();
        };
        let rest = &self.text[start..];
        // Long lines of ASCII (a big INSERT) need no walk: each byte is a character.
        let column = span.column.saturating_sub(1) as usize;
        if rest.as_bytes().get(..column).is_some_and(|b| b.is_ascii()) {
            return start + column;
        }
        rest.char_indices()
            .nth(span.column.saturating_sub(1) as usize)
            .map_or(self.text.len(), |(i, _)| start + i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_round_trip_through_spans() {
        let text = "ab\ncdé\nf";
        let index = LineIndex::new(text);
        assert_eq!(index.span(0), Span::new(1, 1));
        assert_eq!(index.span(3), Span::new(2, 1));
        assert_eq!(index.span(7), Span::new(2, 4));
        assert_eq!(index.offset(Span::new(2, 3)), 5);
        assert_eq!(index.offset(Span::new(3, 1)), 8);
    }
}
