//! `BETWEEN [NOT] SYMMETRIC` / `ASYMMETRIC`, which sqlparser 0.52 cannot parse: on the
//! token stream, `ASYMMETRIC` (the default spelled out) is dropped, and `SYMMETRIC b`
//! becomes a call of [`MARKER`] around the lower bound `b` (a `b_expr`, so it ends at
//! the first `AND` outside parentheses). The binder expands a `BETWEEN` whose lower
//! bound is that call as PostgreSQL's `transformAExprBetween` does.

use sqlparser::ast;
use sqlparser::tokenizer::{Token, TokenWithLocation, Word};

/// The function name standing for `SYMMETRIC` (quoted: no SQL can call it by accident).
pub const MARKER: &str = "rehearse between symmetric";

fn word(t: &TokenWithLocation, value: &str) -> bool {
    matches!(&t.token, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(value))
}

fn token(like: &TokenWithLocation, token: Token) -> TokenWithLocation {
    TokenWithLocation {
        token,
        location: like.location,
    }
}

/// Rewrites every `BETWEEN SYMMETRIC b AND` / `BETWEEN ASYMMETRIC` in `tokens`.
pub fn rewrite(tokens: &mut Vec<TokenWithLocation>) {
    let mut i = 0;
    while i + 1 < tokens.len() {
        let between = word(&tokens[i], "between");
        if between && word(&tokens[i + 1], "asymmetric") {
            tokens.remove(i + 1);
        } else if between && word(&tokens[i + 1], "symmetric") {
            // The lower bound: up to the first AND at depth 0.
            let mut depth = 0i32;
            let mut end = None;
            for (j, t) in tokens.iter().enumerate().skip(i + 2) {
                match &t.token {
                    Token::LParen | Token::LBracket => depth += 1,
                    Token::RParen | Token::RBracket => depth -= 1,
                    _ if depth == 0 && word(t, "and") => {
                        end = Some(j);
                        break;
                    }
                    _ => {}
                }
                if depth < 0 {
                    break;
                }
            }
            let Some(end) = end else {
                i += 1;
                continue;
            };
            let at = tokens[i + 1].clone();
            tokens.insert(end, token(&at, Token::RParen));
            tokens[i + 1] = token(
                &at,
                Token::Word(Word {
                    value: MARKER.into(),
                    quote_style: Some('"'),
                    keyword: sqlparser::keywords::Keyword::NoKeyword,
                }),
            );
            tokens.insert(i + 2, token(&at, Token::LParen));
        }
        i += 1;
    }
}

/// The lower bound of a `BETWEEN SYMMETRIC` (the call [`rewrite`] put around it), if
/// `low` is one.
pub fn lower_bound(low: &ast::Expr) -> Option<&ast::Expr> {
    let ast::Expr::Function(f) = low else {
        return None;
    };
    let [name] = &f.name.0[..] else { return None };
    if name.quote_style != Some('"') || name.value != MARKER {
        return None;
    }
    match &f.args {
        ast::FunctionArguments::List(list) => match &list.args[..] {
            [ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(e))] => Some(e),
            _ => None,
        },
        _ => None,
    }
}
