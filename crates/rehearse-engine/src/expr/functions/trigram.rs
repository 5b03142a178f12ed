//! pg_trgm's `similarity(text, text)`: the share of trigrams two strings have in
//! common, as `contrib/pg_trgm/trgm_op.c` computes it. Words are runs of letters and
//! digits, lower-cased, padded with two spaces before and one after; a string's
//! trigrams are the distinct three-character windows of its padded words; the
//! similarity is `common / (count1 + count2 - common)` in float4.
//!
//! Which characters are letters is the database locale's question for anything but
//! ASCII: such text is refused rather than guessed.

use super::Args;
use crate::error::PgError;
use crate::value::Value;
use std::collections::BTreeSet;

/// The distinct trigrams of `text`, or `None` for text beyond ASCII.
fn trigrams(text: &str) -> Option<BTreeSet<[u8; 3]>> {
    if !text.is_ascii() {
        return None;
    }
    let mut out = BTreeSet::new();
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let padded: Vec<u8> = format!("  {} ", word.to_ascii_lowercase()).into_bytes();
        for w in padded.windows(3) {
            out.insert([w[0], w[1], w[2]]);
        }
    }
    Some(out)
}

pub(super) fn similarity(a: Args) -> Result<Value, PgError> {
    let (Some(x), Some(y)) = (a.text(0), a.text(1)) else {
        return Ok(Value::Null);
    };
    let (Some(tx), Some(ty)) = (trigrams(x), trigrams(y)) else {
        return Err(PgError::unsupported(
            "similarity() of text beyond ASCII (its letters are the locale's)",
        ));
    };
    if tx.is_empty() || ty.is_empty() {
        return Ok(Value::Float(0.0));
    }
    let common = tx.intersection(&ty).count();
    let sml = common as f32 / (tx.len() + ty.len() - common) as f32;
    Ok(Value::Float(f64::from(sml)))
}
