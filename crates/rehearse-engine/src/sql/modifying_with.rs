//! WITH clauses sqlparser 0.52 cannot read: a WITH before DELETE, read here by
//! splitting the token stream (`with_delete`); and a data-modifying WITH query
//! (`WITH d AS (DELETE ... RETURNING *) INSERT ...`), split here into its WITH
//! queries and main statement, each parsed alone ([`parse`], run by
//! `dml::modifying_with`). A form it cannot read (RECURSIVE, MERGE, a data-modifying
//! WITH below the top level that `nested_modifying_with` did not mark) is Rehearse's
//! refusal naming it, not unreadable input.

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
pub(crate) fn refusal(tokens: &[TokenWithLocation]) -> Option<String> {
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

/// A WITH clause with a data-modifying query, and the statement it stands before.
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyingWith {
    /// The WITH queries in order.
    pub queries: Vec<WithQuery>,
    /// The main statement (a query, INSERT, UPDATE or DELETE), without the WITH.
    pub main: Box<ast::Statement>,
}

/// One WITH query.
#[derive(Debug, Clone, PartialEq)]
pub struct WithQuery {
    /// Its name and column names.
    pub alias: ast::TableAlias,
    /// What it runs.
    pub body: WithBody,
}

/// What a WITH query runs.
#[derive(Debug, Clone, PartialEq)]
pub enum WithBody {
    /// A query (its `ast::Cte`, MATERIALIZED and all).
    Query(Box<ast::Cte>),
    /// INSERT, UPDATE or DELETE.
    Modify(Box<ast::Statement>),
}

impl ModifyingWith {
    /// The main statement and the data-modifying WITH queries: every statement that
    /// writes.
    pub fn writers(&self) -> Vec<&ast::Statement> {
        self.queries
            .iter()
            .filter_map(|q| match &q.body {
                WithBody::Modify(s) => Some(s.as_ref()),
                WithBody::Query(_) => None,
            })
            .chain(std::iter::once(self.main.as_ref()))
            .collect()
    }
}

/// What [`parse`] found.
pub(super) enum Parsed {
    /// A data-modifying WITH it read.
    Statement(ModifyingWith),
    /// One Rehearse cannot simulate, and why.
    Refused(String),
}

/// Reads `WITH name [(columns)] AS [[NOT] MATERIALIZED] (body), ... main` when some
/// body is INSERT, UPDATE or DELETE; `None` for any other statement.
pub(super) fn parse(tokens: &[TokenWithLocation]) -> Option<Parsed> {
    let is_word = |t: &Token, w: &str| matches!(t, Token::Word(x) if x.quote_style.is_none() && x.value.eq_ignore_ascii_case(w));
    if !tokens.first().is_some_and(|t| is_word(&t.token, "with")) {
        return nested(tokens).map(Parsed::Refused);
    }
    let mut i = 1;
    if tokens
        .get(i)
        .is_some_and(|t| is_word(&t.token, "recursive"))
    {
        return refusal(tokens)
            .filter(|r| r.contains("data-modifying"))
            .map(|_| Parsed::Refused("a data-modifying WITH RECURSIVE".into()));
    }
    // Each WITH query: its header tokens and its body's.
    let mut queries: Vec<(Vec<TokenWithLocation>, Vec<TokenWithLocation>)> = Vec::new();
    loop {
        let header_start = i;
        // The name, then optional column names, up to AS.
        while i < tokens.len() && !is_word(&tokens[i].token, "as") {
            if tokens[i].token == Token::LParen {
                i = closing(tokens, i)? + 1;
            } else {
                i += 1;
            }
        }
        i += 1; // AS
        while i < tokens.len()
            && (is_word(&tokens[i].token, "not") || is_word(&tokens[i].token, "materialized"))
        {
            i += 1;
        }
        if tokens.get(i).map(|t| &t.token) != Some(&Token::LParen) {
            return None;
        }
        let close = closing(tokens, i)?;
        queries.push((
            tokens[header_start..i].to_vec(),
            tokens[i + 1..close].to_vec(),
        ));
        i = close + 1;
        if tokens.get(i).map(|t| &t.token) == Some(&Token::Comma) {
            i += 1;
        } else {
            break;
        }
    }
    let modifies = |body: &[TokenWithLocation]| {
        ["insert", "update", "delete", "merge"]
            .iter()
            .find(|verb| body.first().is_some_and(|t| is_word(&t.token, verb)))
            .copied()
    };
    let any_modifies = queries.iter().any(|(_, body)| modifies(body).is_some());
    if !any_modifies {
        // Only queries: the forms the other WITH paths refuse (a RETURNING, ON
        // CONFLICT) are read here too.
        if let Some(why) = nested(tokens) {
            return Some(Parsed::Refused(why));
        }
        let returns = match statement(tokens[i..].to_vec())? {
            ast::Statement::Insert(insert) => insert.returning.is_some() || insert.on.is_some(),
            ast::Statement::Update { returning, .. } => returning.is_some(),
            ast::Statement::Delete(delete) => delete.returning.is_some(),
            _ => false,
        };
        if !returns {
            return None;
        }
    }
    let dialect = PostgreSqlDialect {};
    let mut read = Vec::new();
    for (header, body) in queries {
        if modifies(&body) == Some("merge") {
            return Some(Parsed::Refused(
                "a data-modifying WITH query (WITH ... AS (MERGE ...))".into(),
            ));
        }
        if let Some(why) = nested(&body) {
            return Some(Parsed::Refused(why));
        }
        // The header read as a WITH query over `SELECT 1`, for its name and columns.
        let mut probe: Vec<TokenWithLocation> =
            vec![TokenWithLocation::wrap(Token::make_keyword("WITH"))];
        probe.extend(header.iter().cloned());
        probe.push(TokenWithLocation::wrap(Token::LParen));
        if modifies(&body).is_some() {
            probe.push(TokenWithLocation::wrap(Token::make_keyword("SELECT")));
            probe.push(TokenWithLocation::wrap(Token::Number("1".into(), false)));
        } else {
            probe.extend(body.iter().cloned());
        }
        probe.push(TokenWithLocation::wrap(Token::RParen));
        probe.push(TokenWithLocation::wrap(Token::make_keyword("SELECT")));
        probe.push(TokenWithLocation::wrap(Token::Number("1".into(), false)));
        let query = Parser::new(&dialect)
            .with_tokens_with_locations(probe)
            .parse_query()
            .ok()?;
        let cte = query.with?.cte_tables.into_iter().next()?;
        let body = if modifies(&body).is_some() {
            WithBody::Modify(Box::new(statement(body)?))
        } else {
            WithBody::Query(Box::new(cte.clone()))
        };
        read.push(WithQuery {
            alias: cte.alias,
            body,
        });
    }
    let main_tokens = tokens[i..].to_vec();
    if let Some(why) = nested(&main_tokens) {
        return Some(Parsed::Refused(why));
    }
    if main_tokens
        .first()
        .is_some_and(|t| is_word(&t.token, "merge"))
    {
        return Some(Parsed::Refused("WITH ... MERGE".into()));
    }
    let main = statement(main_tokens)?;
    match &main {
        ast::Statement::Query(q) if q.with.is_some() => None,
        ast::Statement::Query(_)
        | ast::Statement::Insert(_)
        | ast::Statement::Update { .. }
        | ast::Statement::Delete(_) => Some(Parsed::Statement(ModifyingWith {
            queries: read,
            main: Box::new(main),
        })),
        _ => None,
    }
}

/// One whole statement from `tokens`, or `None`.
fn statement(tokens: Vec<TokenWithLocation>) -> Option<ast::Statement> {
    let dialect = PostgreSqlDialect {};
    let mut parser = Parser::new(&dialect)
        .with_recursion_limit(super::PARSER_DEPTH)
        .with_tokens_with_locations(tokens);
    let statement = parser.parse_statement().ok()?;
    (parser.peek_token().token == Token::EOF).then_some(statement)
}

/// The position of the parenthesis closing the one at `open`.
pub(super) fn closing(tokens: &[TokenWithLocation], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (j, t) in tokens.iter().enumerate().skip(open) {
        match t.token {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

/// A data-modifying WITH inside parentheses (a subquery, a WITH query's body), which
/// PostgreSQL allows only at the top level.
fn nested(tokens: &[TokenWithLocation]) -> Option<String> {
    let is_word = |t: &Token, w: &str| matches!(t, Token::Word(x) if x.quote_style.is_none() && x.value.eq_ignore_ascii_case(w));
    for (i, t) in tokens.iter().enumerate() {
        if t.token == Token::LParen && tokens.get(i + 1).is_some_and(|n| is_word(&n.token, "with"))
        {
            let close = closing(tokens, i).unwrap_or(tokens.len());
            let inner = &tokens[i + 1..close.min(tokens.len())];
            if refusal(inner).is_some_and(|r| r.contains("data-modifying")) {
                return Some("a data-modifying WITH below the top level of a statement (PostgreSQL raises 0A000 \"WITH clause containing a data-modifying statement must be at the top level\" unless an earlier error stops it)".into());
            }
        }
    }
    None
}
