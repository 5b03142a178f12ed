//! Two INSERT clauses sqlparser 0.52 has no grammar for, taken out of the token stream
//! of a statement that starts with INSERT and carried on the [`super::Statement`]:
//! `OVERRIDING { SYSTEM | USER } VALUE` (before the VALUES list or query) and the
//! inference WHERE of `ON CONFLICT (columns) WHERE predicate DO ...`, which names the
//! partial unique indexes the statement may use as arbiters.
//!
//! Only the statement's own level is read (parenthesis depth 0): a nested INSERT (in a
//! WITH) keeps the clause and sqlparser's syntax error, never a clause silently dropped.

use sqlparser::ast;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::keywords::Keyword;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{Token, TokenWithLocation};

/// `OVERRIDING SYSTEM VALUE` or `OVERRIDING USER VALUE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overriding {
    /// The given values go into GENERATED ALWAYS identity columns.
    System,
    /// The given values of identity columns are replaced by their defaults.
    User,
}

/// The clauses taken out of one INSERT.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InsertClauses {
    /// OVERRIDING ... VALUE.
    pub overriding: Option<Overriding>,
    /// `ON CONFLICT (columns) WHERE predicate`: the predicate.
    pub conflict_where: Option<ast::Expr>,
}

fn is_word(t: Option<&TokenWithLocation>, text: &str) -> bool {
    matches!(t.map(|t| &t.token), Some(Token::Word(w)) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(text))
}

/// Each token's parenthesis depth (before the token itself is counted).
fn depths(tokens: &[TokenWithLocation]) -> Vec<i32> {
    let mut depth = 0;
    tokens
        .iter()
        .map(|t| {
            let here = depth;
            match t.token {
                Token::LParen | Token::LBracket => depth += 1,
                Token::RParen | Token::RBracket => depth -= 1,
                _ => {}
            }
            here
        })
        .collect()
}

/// Takes the clauses out of `tokens` when the statement is an INSERT.
pub(super) fn take(tokens: &mut Vec<TokenWithLocation>) -> InsertClauses {
    let mut found = InsertClauses::default();
    if !matches!(tokens.first().map(|t| &t.token), Some(Token::Word(w)) if w.quote_style.is_none() && w.keyword == Keyword::INSERT)
    {
        return found;
    }
    let depth = depths(tokens);
    if let Some(at) =
        (0..tokens.len()).find(|&i| depth[i] == 0 && is_word(tokens.get(i), "overriding"))
    {
        let kind = if is_word(tokens.get(at + 1), "system") {
            Some(Overriding::System)
        } else if is_word(tokens.get(at + 1), "user") {
            Some(Overriding::User)
        } else {
            None
        };
        if let (Some(kind), true) = (kind, is_word(tokens.get(at + 2), "value")) {
            found.overriding = Some(kind);
            tokens.drain(at..at + 3);
        }
    }
    found.conflict_where = take_conflict_where(tokens);
    found
}

/// `ON CONFLICT ( ... ) WHERE predicate DO`: the predicate, its tokens removed.
fn take_conflict_where(tokens: &mut Vec<TokenWithLocation>) -> Option<ast::Expr> {
    let depth = depths(tokens);
    let on = (0..tokens.len()).find(|&i| {
        depth[i] == 0 && is_word(tokens.get(i), "on") && is_word(tokens.get(i + 1), "conflict")
    })?;
    if tokens.get(on + 2).map(|t| &t.token) != Some(&Token::LParen) {
        return None;
    }
    let close =
        (on + 3..tokens.len()).find(|&i| depth[i] == 1 && tokens[i].token == Token::RParen)?;
    let where_at = close + 1;
    if !is_word(tokens.get(where_at), "where") {
        return None;
    }
    let do_at =
        (where_at + 1..tokens.len()).find(|&i| depth[i] == 0 && is_word(tokens.get(i), "do"))?;
    let mut expr_tokens: Vec<TokenWithLocation> = tokens[where_at + 1..do_at].to_vec();
    expr_tokens.push(TokenWithLocation::wrap(Token::EOF));
    let dialect = PostgreSqlDialect {};
    let mut parser = Parser::new(&dialect)
        .with_recursion_limit(super::PARSER_DEPTH)
        .with_tokens_with_locations(expr_tokens);
    let expr = parser.parse_expr().ok()?;
    if parser.peek_token().token != Token::EOF {
        return None;
    }
    tokens.drain(where_at..do_at);
    Some(expr)
}

#[cfg(test)]
mod tests {
    use super::Overriding;
    use crate::error::Source;
    use crate::sql::parse_script;

    #[test]
    fn clauses_are_taken_from_an_insert() {
        let s = &parse_script(
            "INSERT INTO t (id) OVERRIDING SYSTEM VALUE SELECT id FROM u",
            Source::Migration,
        )
        .unwrap()[0];
        assert_eq!(s.insert.overriding, Some(Overriding::System));
        let s = &parse_script(
            "INSERT INTO t VALUES (1) ON CONFLICT (a, b) WHERE NOT gone AND (x > 1) DO NOTHING",
            Source::Migration,
        )
        .unwrap()[0];
        assert_eq!(
            s.insert.conflict_where.as_ref().map(ToString::to_string),
            Some("NOT gone AND (x > 1)".to_string())
        );
        let s = &parse_script(
            "INSERT INTO t (a) OVERRIDING USER VALUE VALUES (1) ON CONFLICT (a) DO UPDATE SET a = 2 WHERE t.a > 0",
            Source::Migration,
        )
        .unwrap()[0];
        assert_eq!(s.insert.overriding, Some(Overriding::User));
        assert_eq!(s.insert.conflict_where, None);
    }

    #[test]
    fn other_statements_keep_their_tokens() {
        // `overriding` as a column name, and a misspelt clause, are not taken.
        let s = &parse_script("SELECT overriding FROM t", Source::Migration).unwrap()[0];
        assert_eq!(s.insert, Default::default());
        assert!(parse_script(
            "INSERT INTO t OVERRIDING SYSTEM VALUES (1)",
            Source::Migration
        )
        .is_err());
    }
}
