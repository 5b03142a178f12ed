//! The JSON report's layout: pretty-printed as `serde_json` does it, except that an
//! array inside an array (a table's row, a failing row) is written on one line.
//!
//! A 100k-row report pretty-printed cell by cell is mostly indentation (one line per
//! cell, each prefixed by up to ten levels of spaces): writing each row on its own line
//! makes the text about a third of the size and its writing that much shorter, and
//! reads as the rows it shows. Only whitespace differs: the document is the same JSON.

use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};
use std::io::{self, Write};

/// `PrettyFormatter` with compact arrays inside arrays (see the module documentation).
pub struct RowsFormatter<'a> {
    pretty: PrettyFormatter<'a>,
    compact: CompactFormatter,
    /// The pretty containers open, `true` for an array.
    open: Vec<bool>,
    /// Containers open inside the outermost compact one (0: writing pretty).
    compact_depth: usize,
}

impl Default for RowsFormatter<'_> {
    fn default() -> Self {
        RowsFormatter {
            pretty: PrettyFormatter::new(),
            compact: CompactFormatter,
            open: Vec::new(),
            compact_depth: 0,
        }
    }
}

impl RowsFormatter<'_> {
    fn in_compact(&self) -> bool {
        self.compact_depth > 0
    }
}

/// The methods that only write punctuation between values: each goes to the
/// formatter in use.
macro_rules! delegate {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {$(
        fn $method<W: ?Sized + Write>(&mut self, w: &mut W $(, $arg: $ty)*) -> io::Result<()> {
            if self.in_compact() {
                self.compact.$method(w $(, $arg)*)
            } else {
                self.pretty.$method(w $(, $arg)*)
            }
        }
    )*};
}

impl Formatter for RowsFormatter<'_> {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        if self.in_compact() || self.open.last() == Some(&true) {
            self.compact_depth += 1;
            return self.compact.begin_array(w);
        }
        self.open.push(true);
        self.pretty.begin_array(w)
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        if self.in_compact() {
            self.compact_depth -= 1;
            return self.compact.end_array(w);
        }
        self.open.pop();
        self.pretty.end_array(w)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        if self.in_compact() {
            self.compact_depth += 1;
            return self.compact.begin_object(w);
        }
        self.open.push(false);
        self.pretty.begin_object(w)
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        if self.in_compact() {
            self.compact_depth -= 1;
            return self.compact.end_object(w);
        }
        self.open.pop();
        self.pretty.end_object(w)
    }

    delegate! {
        begin_array_value(first: bool);
        end_array_value();
        begin_object_key(first: bool);
        begin_object_value();
        end_object_value();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use serde_json::json;

    fn write(value: &serde_json::Value) -> String {
        let mut out = Vec::new();
        let mut ser = serde_json::Serializer::with_formatter(&mut out, RowsFormatter::default());
        value.serialize(&mut ser).expect("writing to a Vec");
        String::from_utf8(out).expect("JSON is UTF-8")
    }

    #[test]
    fn rows_on_one_line_the_rest_pretty() {
        let value = json!({
            "tables": [{"name": "t", "rows": [[1, "a", null], [2, "b", {"k": [1]}]], "columns": []}],
            "steps": [],
            "lost": [{"cells": 2}]
        });
        let text = write(&value);
        // Each row on its own line at the rows' indentation; objects stay pretty.
        assert!(
            text.contains(
                "\"rows\": [\n        [1,\"a\",null],\n        [2,\"b\",{\"k\":[1]}]\n      ]\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("\"lost\": [\n    {\n      \"cells\": 2\n    }\n  ]"),
            "{text}"
        );
        // The same document as serde_json's own.
        let back: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(back, value);
    }
}
