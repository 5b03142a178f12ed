//! A window frame's `EXCLUDE CURRENT ROW | GROUP | TIES | NO OTHERS`, which sqlparser
//! 0.52 cannot parse: on the token stream the clause is taken out of its window
//! specification and a call of [`MARKER`] naming the exclusion is appended to the
//! specification's ORDER BY (an `ORDER BY` is added when it has none). The window
//! binder takes that key back out before it reads the window ([`take`]).

use sqlparser::ast;
use sqlparser::tokenizer::{Token, TokenWithLocation, Word};

/// The function name standing for the exclusion (quoted: no SQL can call it by
/// accident).
pub const MARKER: &str = "rehearse frame exclusion";

/// The frame exclusion a window specification had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exclusion {
    CurrentRow,
    Group,
    Ties,
}

fn word(t: &TokenWithLocation, value: &str) -> bool {
    matches!(&t.token, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(value))
}

fn at(like: &TokenWithLocation, token: Token) -> TokenWithLocation {
    TokenWithLocation {
        token,
        location: like.location,
    }
}

fn keyword(like: &TokenWithLocation, value: &str) -> TokenWithLocation {
    at(like, Token::make_keyword(value))
}

/// Rewrites every `EXCLUDE ...` that ends a window specification in `tokens`.
pub fn rewrite(tokens: &mut Vec<TokenWithLocation>) {
    let mut i = 0;
    while i < tokens.len() {
        if !word(&tokens[i], "exclude") {
            i += 1;
            continue;
        }
        let next = |k: usize, w: &str| tokens.get(i + k).is_some_and(|t| word(t, w));
        let (name, length) = if next(1, "current") && next(2, "row") {
            ("current row", 3)
        } else if next(1, "group") {
            ("group", 2)
        } else if next(1, "ties") {
            ("ties", 2)
        } else if next(1, "no") && next(2, "others") {
            ("no others", 3)
        } else {
            i += 1;
            continue;
        };
        // The clause ends its specification: a `)` follows.
        if !matches!(
            tokens.get(i + length).map(|t| &t.token),
            Some(Token::RParen)
        ) {
            i += 1;
            continue;
        }
        // The specification's `(` and, at its depth, its frame units and ORDER BY.
        let mut depth = 0i32;
        let mut units = None;
        let mut has_order = false;
        let mut open = None;
        for j in (0..i).rev() {
            match &tokens[j].token {
                Token::RParen | Token::RBracket => depth += 1,
                Token::LParen | Token::LBracket if depth == 0 => {
                    open = Some(j);
                    break;
                }
                Token::LParen | Token::LBracket => depth -= 1,
                _ if depth == 0 => {
                    if units.is_none()
                        && (word(&tokens[j], "rows")
                            || word(&tokens[j], "range")
                            || word(&tokens[j], "groups"))
                    {
                        units = Some(j);
                    }
                    if units.is_some()
                        && word(&tokens[j], "order")
                        && tokens.get(j + 1).is_some_and(|t| word(t, "by"))
                    {
                        has_order = true;
                    }
                }
                _ => {}
            }
        }
        let (Some(units), Some(_)) = (units, open) else {
            i += 1;
            continue;
        };
        let like = tokens[i].clone();
        tokens.drain(i..i + length);
        if name == "no others" {
            // The default spelled out: nothing to carry.
            continue;
        }
        let mut key = vec![
            at(
                &like,
                Token::Word(Word {
                    value: MARKER.into(),
                    quote_style: Some('"'),
                    keyword: sqlparser::keywords::Keyword::NoKeyword,
                }),
            ),
            at(&like, Token::LParen),
            at(&like, Token::SingleQuotedString(name.into())),
            at(&like, Token::RParen),
        ];
        if has_order {
            key.insert(0, at(&like, Token::Comma));
        } else {
            key.insert(0, keyword(&like, "BY"));
            key.insert(0, keyword(&like, "ORDER"));
        }
        let added = key.len();
        tokens.splice(units..units, key);
        i += added;
    }
}

/// Takes the exclusion [`rewrite`] appended to `spec`'s ORDER BY back out.
pub fn take(spec: &mut ast::WindowSpec) -> Option<Exclusion> {
    let last = spec.order_by.last()?;
    let ast::Expr::Function(f) = &last.expr else {
        return None;
    };
    let [name] = &f.name.0[..] else { return None };
    if name.quote_style != Some('"') || name.value != MARKER {
        return None;
    }
    let ast::FunctionArguments::List(list) = &f.args else {
        return None;
    };
    let exclusion = match &list.args[..] {
        [ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(ast::Expr::Value(
            ast::Value::SingleQuotedString(s),
        )))] => match s.as_str() {
            "current row" => Exclusion::CurrentRow,
            "group" => Exclusion::Group,
            "ties" => Exclusion::Ties,
            _ => return None,
        },
        _ => return None,
    };
    spec.order_by.pop();
    Some(exclusion)
}

#[cfg(test)]
mod tests {
    use crate::sql;

    #[test]
    fn the_clause_becomes_one_marker_key_and_no_others_none() {
        for (text, markers) in [
            ("SELECT sum(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) FROM t", 1),
            ("SELECT sum(x) OVER (PARTITION BY y ROWS UNBOUNDED PRECEDING EXCLUDE TIES) FROM t", 1),
            ("SELECT sum(x) OVER w FROM t WINDOW w AS (ORDER BY (x + 1) DESC GROUPS 1 PRECEDING EXCLUDE GROUP)", 1),
            ("SELECT sum(x) OVER (ORDER BY x RANGE CURRENT ROW EXCLUDE NO OTHERS) FROM t", 0),
        ] {
            let statements = sql::parse_script(text, crate::error::Source::Migration)
                .unwrap_or_else(|e| panic!("{text}: {e:?}"));
            let printed = format!("{:?}", statements[0].kind);
            assert_eq!(
                printed.matches("rehearse frame exclusion").count(),
                markers,
                "{text}"
            );
        }
    }
}
