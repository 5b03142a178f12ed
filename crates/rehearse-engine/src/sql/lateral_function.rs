//! `LATERAL f(...) [WITH ORDINALITY] [AS alias (columns)]`: every function in FROM is
//! LATERAL in PostgreSQL already, so the keyword before a function call changes
//! nothing (gram.y's `LATERAL_P func_table` is the same `RangeFunction` with `lateral`
//! set, which the planner ignores for a function). sqlparser 0.52 reads
//! `LATERAL name(...)` as its own form without `WITH ORDINALITY`, so the common
//! `CROSS JOIN LATERAL jsonb_array_elements(...) WITH ORDINALITY AS e(item, n)` was a
//! syntax error; on the token stream the keyword is dropped before `name (` and
//! `schema.name (`, leaving the call sqlparser reads in full. `LATERAL (subquery)`
//! keeps it.

use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, TokenWithLocation};

fn is_lateral(t: &Token) -> bool {
    matches!(t, Token::Word(w) if w.quote_style.is_none() && w.keyword == Keyword::LATERAL)
}

/// Whether `tokens[at..]` starts `name (` or `schema . name (`.
fn call_follows(tokens: &[TokenWithLocation], at: usize) -> bool {
    let token = |i: usize| tokens.get(i).map(|t| &t.token);
    match (token(at), token(at + 1)) {
        (Some(Token::Word(_)), Some(Token::LParen)) => true,
        (Some(Token::Word(_)), Some(Token::Period)) => matches!(
            (token(at + 2), token(at + 3)),
            (Some(Token::Word(_)), Some(Token::LParen))
        ),
        _ => false,
    }
}

/// Drops every `LATERAL` written before a function call in `tokens`.
pub fn rewrite(tokens: &mut Vec<TokenWithLocation>) {
    let mut i = 0;
    while i < tokens.len() {
        if is_lateral(&tokens[i].token) && call_follows(tokens, i + 1) {
            tokens.remove(i);
        } else {
            i += 1;
        }
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
            .unwrap_or_default()
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
    fn drops_the_keyword_before_a_call_only() {
        assert_eq!(
            rewritten("FROM o CROSS JOIN LATERAL f(o.j) WITH ORDINALITY"),
            "FROM o CROSS JOIN f ( o . j ) WITH ORDINALITY"
        );
        assert_eq!(
            rewritten("FROM o, LATERAL pg_catalog.unnest(o.a)"),
            "FROM o , pg_catalog . unnest ( o . a )"
        );
        assert_eq!(
            rewritten("FROM o, LATERAL (SELECT 1) s"),
            "FROM o , LATERAL ( SELECT 1 ) s"
        );
    }
}
