//! A data-modifying WITH below the top level of a statement (in a subquery, in a WITH
//! query's body): PostgreSQL analyses the statement as usual and, on reaching such a
//! WITH query, analyses its INSERT/UPDATE/DELETE and then raises 0A000 "WITH clause
//! containing a data-modifying statement must be at the top level" (`analyzeCTE`). So
//! the errors of everything analysed before it come first. Each such WITH query's body
//! is replaced here by a read of a relation no SQL name can spell ([`marker`]): the
//! binder meets it exactly where PostgreSQL analyses the WITH query, and its 42P01 is
//! turned into PostgreSQL's answer by `dml::nested_with`, which finds the body again
//! ([`bodies`]) in the statement's text.

use super::modifying_with::{closing, refusal};
use sqlparser::ast;
use sqlparser::tokenizer::{Token, TokenWithLocation};

/// The prefix of the relation standing for the `n`-th data-modifying body.
pub(crate) const MARKER: &str = "\u{1}data-modifying WITH below the top level ";

/// The relation standing for the `n`-th data-modifying body (in text order).
fn marker(n: usize) -> String {
    format!("{MARKER}{n}")
}

/// The token ranges of the data-modifying WITH queries' bodies below the top level, in
/// text order; `None` when one lies inside another (not handled: refused as before).
pub(crate) fn bodies(tokens: &[TokenWithLocation]) -> Option<Vec<(usize, usize)>> {
    let is_word = |t: &Token, w: &str| matches!(t, Token::Word(x) if x.quote_style.is_none() && x.value.eq_ignore_ascii_case(w));
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.token != Token::LParen || !tokens.get(i + 1).is_some_and(|n| is_word(&n.token, "with"))
        {
            continue;
        }
        let close = closing(tokens, i)?;
        let inner = &tokens[i + 1..close];
        if !refusal(inner).is_some_and(|r| r.contains("data-modifying")) {
            continue;
        }
        if inner.get(1).is_some_and(|t| is_word(&t.token, "recursive")) {
            return None;
        }
        // Its WITH queries' bodies: `AS [NOT] [MATERIALIZED] (` at its top level.
        let mut depth = 0usize;
        for k in i + 1..close {
            match &tokens[k].token {
                Token::LParen => {
                    depth += 1;
                    let opens_body = depth == 1
                        && tokens[i + 1..k]
                            .iter()
                            .rev()
                            .take(3)
                            .any(|p| is_word(&p.token, "as"));
                    let modifies = tokens.get(k + 1).is_some_and(|n| {
                        ["insert", "update", "delete", "merge"]
                            .iter()
                            .any(|v| is_word(&n.token, v))
                    });
                    if opens_body && modifies {
                        found.push((k + 1, closing(tokens, k)?));
                    }
                }
                Token::RParen => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    let overlapping = found.windows(2).any(|w| w[1].0 < w[0].1);
    (!overlapping).then_some(found)
}

/// The statement with each data-modifying body below the top level replaced by a read
/// of its marker; `None` when there is none (or they cannot be told apart).
pub(crate) fn mark(tokens: &[TokenWithLocation]) -> Option<Vec<TokenWithLocation>> {
    let found = bodies(tokens)?;
    if found.is_empty() {
        return None;
    }
    let mut out = tokens.to_vec();
    for (n, &(start, end)) in found.iter().enumerate().rev() {
        let read = vec![
            TokenWithLocation::wrap(Token::make_keyword("SELECT")),
            TokenWithLocation::wrap(Token::Mul),
            TokenWithLocation::wrap(Token::make_keyword("FROM")),
            TokenWithLocation::wrap(Token::make_word(&marker(n), Some('"'))),
        ];
        out.splice(start..end, read);
    }
    Some(out)
}

/// The `n`-th data-modifying body below the top level of the statement `text`, parsed.
pub(crate) fn body(text: &str, n: usize) -> Option<ast::Statement> {
    let dialect = sqlparser::dialect::PostgreSqlDialect {};
    let tokens: Vec<TokenWithLocation> = sqlparser::tokenizer::Tokenizer::new(&dialect, text)
        .tokenize_with_location()
        .ok()?
        .into_iter()
        .filter(|t| !matches!(t.token, Token::Whitespace(_)))
        .collect();
    let &(start, end) = bodies(&tokens)?.get(n)?;
    // Read as the statement it is, by the parser's whole path (its rewrites too).
    let body: Vec<String> = tokens[start..end]
        .iter()
        .map(|t| t.token.to_string())
        .collect();
    let mut parsed = super::parse_script(&body.join(" "), crate::error::Source::Migration).ok()?;
    match parsed.pop()?.kind {
        super::StatementKind::Sql(statement) if parsed.is_empty() => Some(*statement),
        _ => None,
    }
}

/// The names the statement `text` gives its WITH queries (at any level).
pub(crate) fn with_query_names(text: &str) -> Vec<String> {
    let dialect = sqlparser::dialect::PostgreSqlDialect {};
    let Ok(tokens) = sqlparser::tokenizer::Tokenizer::new(&dialect, text).tokenize() else {
        return Vec::new();
    };
    let tokens: Vec<Token> = tokens
        .into_iter()
        .filter(|t| !matches!(t, Token::Whitespace(_)))
        .collect();
    let is_word = |t: &Token, w: &str| matches!(t, Token::Word(x) if x.quote_style.is_none() && x.value.eq_ignore_ascii_case(w));
    let mut names = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let Token::Word(w) = t else { continue };
        // `name AS (` or `name (columns) AS (`.
        let mut j = i + 1;
        if tokens.get(j) == Some(&Token::LParen) {
            while j < tokens.len() && tokens[j] != Token::RParen {
                j += 1;
            }
            j += 1;
        }
        if tokens.get(j).is_some_and(|a| is_word(a, "as")) {
            let mut k = j + 1;
            while tokens
                .get(k)
                .is_some_and(|m| is_word(m, "not") || is_word(m, "materialized"))
            {
                k += 1;
            }
            if tokens.get(k) == Some(&Token::LParen) {
                names.push(crate::ident(&ast::Ident {
                    value: w.value.clone(),
                    quote_style: w.quote_style,
                }));
            }
        }
    }
    names
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_the_body_again_in_the_text() {
        let text = "INSERT INTO a (id) SELECT id FROM (WITH gone AS (DELETE FROM posts RETURNING id) SELECT id FROM gone) s";
        let body = super::body(text, 0).map(|s| s.to_string());
        assert_eq!(
            body.as_deref(),
            Some("DELETE FROM posts AS posts RETURNING id")
        );
    }
}
