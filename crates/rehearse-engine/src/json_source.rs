//! `json` values keep their text as written, and `json -> key` returns the member's
//! own text (`{ "b" :1 }`, white space and escapes as they were): this finds that
//! text in a stored (already validated) json value.

/// The end (exclusive) of the value starting at `i` (white space skipped before).
fn value_end(s: &[u8], i: usize) -> usize {
    match s.get(i) {
        Some(b'"') => string_end(s, i),
        Some(b'{' | b'[') => {
            let mut depth = 0usize;
            let mut j = i;
            while j < s.len() {
                match s[j] {
                    b'"' => {
                        j = string_end(s, j);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return j + 1;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            s.len()
        }
        _ => {
            let mut j = i;
            while j < s.len() && !matches!(s[j], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            {
                j += 1;
            }
            j
        }
    }
}

fn string_end(s: &[u8], i: usize) -> usize {
    let mut j = i + 1;
    while j < s.len() {
        match s[j] {
            b'\\' => j += 2,
            b'"' => return j + 1,
            _ => j += 1,
        }
    }
    s.len()
}

fn skip_space(s: &[u8], mut i: usize) -> usize {
    while i < s.len() && matches!(s[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// The members of a top-level object (key text as written, value text) or the
/// elements of a top-level array (no key); `None` for a scalar.
pub(crate) fn items(text: &str) -> Option<Vec<(Option<&str>, &str)>> {
    let s = text.as_bytes();
    let start = skip_space(s, 0);
    let object = match s.get(start) {
        Some(b'{') => true,
        Some(b'[') => false,
        _ => return None,
    };
    let mut out = Vec::new();
    let mut i = skip_space(s, start + 1);
    while i < s.len() && !matches!(s[i], b'}' | b']') {
        let key = if object {
            let end = string_end(s, i);
            let key = &text[i..end];
            i = skip_space(s, end);
            i = skip_space(s, i + 1); // the colon
            Some(key)
        } else {
            None
        };
        let end = value_end(s, i);
        out.push((key, &text[i..end]));
        i = skip_space(s, end);
        if s.get(i) == Some(&b',') {
            i = skip_space(s, i + 1);
        }
    }
    Some(out)
}

/// `json -> text`: the text of the last member named `key`.
pub(crate) fn field<'t>(text: &'t str, key: &str) -> Option<&'t str> {
    items(text)?.into_iter().rev().find_map(|(k, v)| {
        let decoded = match crate::json::parse(k?, true).ok()? {
            crate::json::Json::Str(s) => s,
            _ => return None,
        };
        (decoded == key).then_some(v)
    })
}

/// `json -> integer`: an array element's text, a negative index from the end.
pub(crate) fn element(text: &str, index: i64) -> Option<&str> {
    let all = items(text)?;
    if all.first().is_some_and(|(k, _)| k.is_some()) {
        return None;
    }
    let i = if index < 0 {
        (all.len() as i64).checked_add(index)?
    } else {
        index
    };
    usize::try_from(i)
        .ok()
        .and_then(|i| all.get(i))
        .map(|(_, v)| *v)
}

#[cfg(test)]
mod tests {
    #[test]
    fn members_keep_their_text() {
        let doc = r#"{"a" : { "b" :1 } , "s": "x\"y", "a2": [1 ,2]}"#;
        assert_eq!(super::field(doc, "a"), Some(r#"{ "b" :1 }"#));
        assert_eq!(super::field(doc, "s"), Some(r#""x\"y""#));
        assert_eq!(super::element("[1, [2 ,3] ]", 1), Some("[2 ,3]"));
        assert_eq!(super::element("[1, [2 ,3] ]", -2), Some("1"));
        assert_eq!(super::field(r#"{"v": 2, "v": 3}"#, "v"), Some("3"));
    }
}
