//! Showing user text — file names, revision ids, text quoted from files or SQL — so it
//! cannot break out of the line it is printed on.
//!
//! CI runners read every line a step prints: GitHub Actions takes any line that starts
//! (after leading spaces) with `::` as a workflow command. A file name or an identifier
//! holding a newline could therefore forge an `::error` annotation, and an escape
//! sequence could rewrite a terminal. Control characters (and the invisible bidi and
//! line-separator characters that reorder or split what a reader sees) are written as
//! Rust writes them in `escape_default`: `\n`, `\r`, `\t`, `\u{1b}`. Everything else,
//! non-ASCII letters included, stays readable.

use std::borrow::Cow;

/// Whether `c` is shown escaped.
fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            // Bidi marks, embeddings, overrides and isolates; line and paragraph separators.
            '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
                | '\u{2028}' | '\u{2029}'
        )
}

fn escape(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    let escaped = |c: char| hidden(c) && !(keep_newlines && matches!(c, '\n' | '\r'));
    if !s.chars().any(escaped) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            c if !escaped(c) => out.push(c),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
    }
    Cow::Owned(out)
}

/// `s` on one line: every control character escaped.
pub fn line(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

/// `s` with its line breaks (`\n`, `\r`) kept and every other control character
/// escaped: for a format that encodes line breaks itself (GitHub's `%0A`, `%0D`).
pub fn keeping_newlines(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped_and_letters_kept() {
        assert_eq!(line("a\nb\r\tc\u{1b}[31m"), "a\\nb\\r\\tc\\u{1b}[31m");
        assert_eq!(line("évolution_ürün_表.py"), "évolution_ürün_表.py");
        assert_eq!(line("x\u{202E}yp.txt"), "x\\u{202e}yp.txt");
        assert_eq!(line("\u{85}\u{7f}\u{2028}"), "\\u{85}\\u{7f}\\u{2028}");
        assert!(matches!(line("plain.py"), Cow::Borrowed(_)));
        assert_eq!(keeping_newlines("a\nb\rc\u{7}"), "a\nb\rc\\u{7}");
    }
}
