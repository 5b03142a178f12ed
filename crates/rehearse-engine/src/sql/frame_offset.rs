//! A quoted literal as a window frame offset (`RANGE '1 day' PRECEDING`): sqlparser
//! 0.52 reads it as `INTERVAL '1 day'`, one tree with the `INTERVAL` keyword spelled
//! out, where PostgreSQL reads an unknown literal (`ROWS '1' PRECEDING` is 1). On the
//! token stream the literal is parenthesised, which PostgreSQL reads alike and
//! sqlparser then parses as a plain literal.

use sqlparser::tokenizer::{Token, TokenWithLocation};

fn word(t: &TokenWithLocation, value: &str) -> bool {
    matches!(&t.token, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(value))
}

/// Parenthesises each quoted literal that is a whole frame offset: after `ROWS`,
/// `RANGE`, `GROUPS`, `BETWEEN` or `AND`, before `PRECEDING` or `FOLLOWING`.
pub fn rewrite(tokens: &mut Vec<TokenWithLocation>) {
    let mut i = 1;
    while i + 1 < tokens.len() {
        let literal = matches!(tokens[i].token, Token::SingleQuotedString(_));
        let starts = ["rows", "range", "groups", "between", "and"]
            .iter()
            .any(|w| word(&tokens[i - 1], w));
        let ends = word(&tokens[i + 1], "preceding") || word(&tokens[i + 1], "following");
        if literal && starts && ends {
            let location = tokens[i].location;
            tokens.insert(
                i + 1,
                TokenWithLocation {
                    token: Token::RParen,
                    location,
                },
            );
            tokens.insert(
                i,
                TokenWithLocation {
                    token: Token::LParen,
                    location,
                },
            );
            i += 3;
        } else {
            i += 1;
        }
    }
}
