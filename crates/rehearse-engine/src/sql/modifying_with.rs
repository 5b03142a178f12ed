//! WITH clauses sqlparser 0.52 cannot read: a WITH before DELETE, read here by
//! splitting the token stream (`with_delete`); and a data-modifying WITH query
//! (`WITH d AS (DELETE ... RETURNING *) INSERT ...`), which is PostgreSQL, so a
//! statement that fails to parse and has one is Rehearse's refusal naming it, not
//! unreadable input.

use sqlparser::ast::{self, VisitMut, VisitorMut};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{Token, TokenWithLocation};
use std::ops::ControlFlow;

/// `WITH ... DELETE ...` (WITH queries that only read): the DELETE with each WITH
/// query placed as a subquery in FROM where its name is read, in USING and WHERE
/// (PostgreSQL inlines a WITH query read once the same way; the rows of one read
/// cannot differ from another's within the statement). `None` for any other form,
/// which then parses, or is refused, as before.
pub(super) fn with_delete(tokens: &[TokenWithLocation]) -> Option<ast::Statement> {
    let is_word = |t: &Token, w: &str| matches!(t, Token::Word(x) if x.quote_style.is_none() && x.value.eq_ignore_ascii_case(w));
    if !tokens.first().is_some_and(|t| is_word(&t.token, "with")) {
        return None;
    }
    if refusal(tokens).is_some_and(|r| r.contains("data-modifying")) {
        return None;
    }
    let mut depth = 0usize;
    let mut split = None;
    for (i, t) in tokens.iter().enumerate() {
        match &t.token {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            _ if depth == 0 && is_word(&t.token, "delete") => {
                split = Some(i);
                break;
            }
            _ => {}
        }
    }
    let split = split?;
    let dialect = PostgreSqlDialect {};
    let mut head: Vec<TokenWithLocation> = tokens[..split].to_vec();
    head.push(TokenWithLocation::wrap(Token::make_keyword("SELECT")));
    head.push(TokenWithLocation::wrap(Token::Number("1".into(), false)));
    let query = Parser::new(&dialect)
        .with_tokens_with_locations(head)
        .parse_query()
        .ok()?;
    let with = query.with?;
    if with.recursive {
        return None;
    }
    let mut parser = Parser::new(&dialect).with_tokens_with_locations(tokens[split..].to_vec());
    let mut statement = parser.parse_statement().ok()?;
    if parser.peek_token().token != Token::EOF {
        return None;
    }
    let ast::Statement::Delete(delete) = &mut statement else {
        return None;
    };
    // Each WITH query with the ones before it inlined, then the DELETE's reads.
    let mut inliner = Inliner { ctes: Vec::new() };
    for cte in with.cte_tables {
        let mut cte = cte;
        let _ = cte.query.visit(&mut inliner);
        inliner.ctes.push(cte);
    }
    if let Some(using) = &mut delete.using {
        let _ = using.visit(&mut inliner);
    }
    if let Some(selection) = &mut delete.selection {
        let _ = selection.visit(&mut inliner);
    }
    if delete.returning.is_some() {
        return None;
    }
    Some(statement)
}

/// Replaces a read of a WITH query's name by the query as a subquery.
struct Inliner {
    ctes: Vec<ast::Cte>,
}

impl VisitorMut for Inliner {
    type Break = ();

    fn pre_visit_table_factor(&mut self, factor: &mut ast::TableFactor) -> ControlFlow<()> {
        let ast::TableFactor::Table {
            name,
            alias,
            args: None,
            ..
        } = factor
        else {
            return ControlFlow::Continue(());
        };
        if name.0.len() != 1 {
            return ControlFlow::Continue(());
        }
        let read = crate::ident(&name.0[0]);
        if let Some(cte) = self
            .ctes
            .iter()
            .rev()
            .find(|c| crate::ident(&c.alias.name) == read)
        {
            // `FROM c AS x` keeps c's column names unless it renames them.
            let alias = match alias.clone() {
                Some(mut a) => {
                    if a.columns.is_empty() {
                        a.columns = cte.alias.columns.clone();
                    }
                    a
                }
                None => cte.alias.clone(),
            };
            *factor = ast::TableFactor::Derived {
                lateral: false,
                subquery: cte.query.clone(),
                alias: Some(alias),
            };
        }
        ControlFlow::Continue(())
    }
}

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
            // WITH ... DELETE of a form `with_delete` does not read.
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
