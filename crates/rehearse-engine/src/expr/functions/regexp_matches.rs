//! `regexp_matches(string, pattern [, flags])`, the set-returning function (bound and
//! run as a set by `expr::query::srf`): one `text[]` row per match — all of them with
//! the `g` flag, else at most the first — holding the capture groups' texts (NULL for
//! a group that took no part), or the whole match when the pattern has no group.
//! Matching, flags and their 22023/2201B errors are `regexp.rs`'s and
//! `crate::regex`'s, so a pattern the engine cannot translate exactly is refused.

use super::regexp::{are, flags, group_text, matches_from};
use crate::error::PgError;
use crate::regex;
use crate::value::{array::Array, Value};

/// The rows of `regexp_matches(s, pattern, flags)`.
pub(crate) fn rows(s: &str, pattern: &str, flag_text: &str) -> Result<Vec<Value>, PgError> {
    let f = flags(flag_text)?;
    let pattern = are(pattern, &f);
    let groups = regex::compile(&pattern, f.case_insensitive)?.groups();
    let found = matches_from(s, &pattern, f.case_insensitive, 1, f.global, true)?;
    Ok(found
        .iter()
        .map(|m| {
            let elements: Vec<Value> = if groups == 0 {
                vec![Value::Text(s[m.start..m.end].to_string())]
            } else {
                (1..=groups)
                    .map(|g| group_text(s, m, g).map_or(Value::Null, Value::Text))
                    .collect()
            };
            Value::Array(Box::new(Array::from_elements(elements)))
        })
        .collect())
}
