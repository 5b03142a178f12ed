//! `DO [LANGUAGE lang] code [LANGUAGE lang]`, which sqlparser 0.52 cannot read: the
//! block's text (a string or dollar-quoted constant) and its language.

use super::StatementKind;
use sqlparser::tokenizer::{Token, TokenWithLocation};

/// A DO statement, read on its tokens; `None` for anything else (or a DO whose shape
/// is not `DO [LANGUAGE x] 'code' [LANGUAGE x]`, left to the caller's refusal).
pub(super) fn read(tokens: &[TokenWithLocation]) -> Option<StatementKind> {
    let is_word = |i: usize, w: &str| matches!(tokens.get(i).map(|t| &t.token), Some(Token::Word(x)) if x.quote_style.is_none() && x.value.eq_ignore_ascii_case(w));
    if !is_word(0, "do") {
        return None;
    }
    let mut language = None;
    let mut body = None;
    let mut i = 1;
    while i < tokens.len() {
        if is_word(i, "language") {
            let name = match tokens.get(i + 1).map(|t| &t.token) {
                Some(Token::Word(w)) if w.quote_style.is_none() => w.value.to_lowercase(),
                Some(Token::Word(w)) => w.value.clone(),
                Some(Token::SingleQuotedString(s)) => s.to_lowercase(),
                _ => return None,
            };
            if language.replace(name).is_some() {
                return None;
            }
            i += 2;
            continue;
        }
        let text = match &tokens[i].token {
            Token::DollarQuotedString(s) => s.value.clone(),
            Token::SingleQuotedString(s) => s.clone(),
            _ => return None,
        };
        if body.replace(text).is_some() {
            return None;
        }
        i += 1;
    }
    Some(StatementKind::Do {
        language,
        body: body?,
    })
}
