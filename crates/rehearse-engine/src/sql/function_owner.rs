//! `ALTER FUNCTION name(args) OWNER TO role`, which pg_dump writes after each
//! function and sqlparser 0.52 cannot read: an [`StatementKind::OwnerTo`] of the
//! function (roles are not modelled).

use super::StatementKind;
use sqlparser::tokenizer::{Token, TokenWithLocation};

/// The statement, read on its tokens; `None` for anything else.
pub(super) fn read(tokens: &[TokenWithLocation]) -> Option<StatementKind> {
    let is_word = |i: usize, w: &str| matches!(tokens.get(i).map(|t| &t.token), Some(Token::Word(x)) if x.quote_style.is_none() && x.value.eq_ignore_ascii_case(w));
    if !(is_word(0, "alter") && is_word(1, "function")) {
        return None;
    }
    // name or schema.name, then the argument list, then OWNER TO role.
    let mut i = 2;
    let mut name;
    loop {
        match tokens.get(i).map(|t| &t.token) {
            Some(Token::Word(w)) => {
                name = if w.quote_style.is_some() {
                    w.value.clone()
                } else {
                    w.value.to_lowercase()
                }
            }
            _ => return None,
        }
        i += 1;
        if tokens.get(i).map(|t| &t.token) == Some(&Token::Period) {
            i += 1;
        } else {
            break;
        }
    }
    if tokens.get(i).map(|t| &t.token) != Some(&Token::LParen) {
        return None;
    }
    let close = i + tokens[i..].iter().position(|t| t.token == Token::RParen)?;
    let ends_with_owner = tokens.len() == close + 4
        && is_word(close + 1, "owner")
        && is_word(close + 2, "to")
        && matches!(
            tokens.get(close + 3).map(|t| &t.token),
            Some(Token::Word(_))
        );
    ends_with_owner.then(|| StatementKind::OwnerTo {
        object: "function".into(),
        name,
    })
}
