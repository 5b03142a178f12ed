//! WITH clauses sqlparser 0.52 cannot read: a data-modifying WITH query
//! (`WITH d AS (DELETE ... RETURNING *) INSERT ...`) and a WITH before DELETE. Both are
//! PostgreSQL, so a statement that fails to parse and has one is Rehearse's refusal
//! naming it, not unreadable input.

use sqlparser::tokenizer::{Token, TokenWithLocation};

/// The refusal for a WITH statement of a form sqlparser cannot read, if it is one.
pub(super) fn refusal(tokens: &[TokenWithLocation]) -> Option<String> {
    let is_word = |t: &Token, w: &str| matches!(t, Token::Word(x) if x.quote_style.is_none() && x.value.eq_ignore_ascii_case(w));
    if !tokens.first().is_some_and(|t| is_word(&t.token, "with")) {
        return None;
    }
    let mut depth = 0usize;
    for (i, t) in tokens.iter().enumerate() {
        match &t.token {
            Token::LParen => {
                depth += 1;
                // A WITH query's body: `AS [NOT] [MATERIALIZED] (` at the top level.
                let opens_body = depth == 1
                    && tokens[..i]
                        .iter()
                        .rev()
                        .take(3)
                        .any(|p| is_word(&p.token, "as"));
                if opens_body {
                    if let Some(next) = tokens.get(i + 1) {
                        for verb in ["insert", "update", "delete", "merge"] {
                            if is_word(&next.token, verb) {
                                return Some(format!(
                                    "a data-modifying WITH query (WITH ... AS ({} ...))",
                                    verb.to_ascii_uppercase()
                                ));
                            }
                        }
                    }
                }
            }
            Token::RParen => depth = depth.saturating_sub(1),
            _ if depth == 0 && (is_word(&t.token, "delete") || is_word(&t.token, "merge")) => {
                return Some(format!(
                    "WITH ... {}",
                    if is_word(&t.token, "delete") {
                        "DELETE"
                    } else {
                        "MERGE"
                    }
                ));
            }
            _ => {}
        }
    }
    None
}
