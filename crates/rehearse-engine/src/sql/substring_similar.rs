//! `substring(t SIMILAR pattern ESCAPE escape)`, SQL:2003's spelling, which sqlparser
//! 0.52 cannot read: rewritten on the token stream to SQL:1999's `substring(t FROM
//! pattern FOR escape)`, which PostgreSQL reads as the same call (`substring(text,
//! text, text)`, printed back as `SUBSTRING(t SIMILAR pattern ESCAPE escape)`).

use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, TokenWithLocation};

fn keyword(t: Option<&TokenWithLocation>) -> Option<Keyword> {
    match &t?.token {
        Token::Word(w) if w.quote_style.is_none() => Some(w.keyword),
        _ => None,
    }
}

/// Rewrites every `SIMILAR` (not `SIMILAR TO`) and the `ESCAPE` after it directly
/// inside a `substring(...)`'s parentheses.
pub fn rewrite(tokens: &mut [TokenWithLocation]) {
    let mut i = 0;
    while i + 1 < tokens.len() {
        if keyword(tokens.get(i)) == Some(Keyword::SUBSTRING)
            && tokens[i + 1].token == Token::LParen
        {
            rewrite_call(tokens, i + 2);
        }
        i += 1;
    }
}

/// The arguments of one call, from just after its `(`.
fn rewrite_call(tokens: &mut [TokenWithLocation], start: usize) {
    let mut depth = 1usize;
    let mut similar = false;
    let mut i = start;
    while i < tokens.len() && depth > 0 {
        match &tokens[i].token {
            Token::LParen | Token::LBracket => depth += 1,
            Token::RParen | Token::RBracket => depth -= 1,
            _ if depth == 1 => match keyword(tokens.get(i)) {
                Some(Keyword::SIMILAR)
                    if !similar && keyword(tokens.get(i + 1)) != Some(Keyword::TO) =>
                {
                    tokens[i].token = Token::make_keyword("FROM");
                    similar = true;
                }
                Some(Keyword::ESCAPE) if similar => {
                    tokens[i].token = Token::make_keyword("FOR");
                    return;
                }
                _ => {}
            },
            _ => {}
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::tokenizer::Tokenizer;

    fn rewritten(sql: &str) -> String {
        let mut tokens: Vec<TokenWithLocation> = Tokenizer::new(&PostgreSqlDialect {}, sql)
            .tokenize_with_location()
            .unwrap()
            .into_iter()
            .filter(|t| !matches!(t.token, Token::Whitespace(_)))
            .collect();
        rewrite(&mut tokens);
        tokens
            .iter()
            .map(|t| t.token.to_string())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn similar_becomes_from_and_escape_for() {
        assert_eq!(
            rewritten("substring(a similar 'x' escape '#')"),
            "substring ( a FROM 'x' FOR '#' )"
        );
        assert_eq!(
            rewritten("substring(a similar to 'x' from 1)"),
            "substring ( a similar to 'x' from 1 )"
        );
    }
}
