//! `CREATE TABLE name (a, b) AS query`: PostgreSQL's column-name list, which
//! sqlparser 0.52 reads as column definitions missing their types (a syntax error).
//! On the token stream the list of bare names before `AS` is taken out, and put back
//! after parsing as columns of no type (`DataType::Unspecified`), which
//! `ddl::create_table_as` reads as names only.

use sqlparser::ast;
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, TokenWithLocation};

fn keyword(tokens: &[TokenWithLocation], i: usize) -> Option<Keyword> {
    match &tokens.get(i)?.token {
        Token::Word(w) if w.quote_style.is_none() => Some(w.keyword),
        _ => None,
    }
}

/// Takes the names out of `CREATE [TEMP | TEMPORARY | UNLOGGED] TABLE [IF NOT EXISTS]
/// name (a, b, ...) AS`, if the statement starts so.
pub(super) fn take_column_names(tokens: &mut Vec<TokenWithLocation>) -> Option<Vec<ast::Ident>> {
    if keyword(tokens, 0) != Some(Keyword::CREATE) {
        return None;
    }
    let mut i = 1;
    if matches!(
        keyword(tokens, i),
        Some(Keyword::TEMP | Keyword::TEMPORARY | Keyword::UNLOGGED)
    ) {
        i += 1;
    }
    if keyword(tokens, i) != Some(Keyword::TABLE) {
        return None;
    }
    i += 1;
    if keyword(tokens, i) == Some(Keyword::IF) {
        i += 3;
    }
    // [schema.]name
    if !matches!(tokens.get(i).map(|t| &t.token), Some(Token::Word(_))) {
        return None;
    }
    i += 1;
    if tokens.get(i).map(|t| &t.token) == Some(&Token::Period) {
        i += 2;
    }
    let open = i;
    if tokens.get(open).map(|t| &t.token) != Some(&Token::LParen) {
        return None;
    }
    let mut names = Vec::new();
    let mut j = open + 1;
    loop {
        match tokens.get(j).map(|t| &t.token) {
            Some(Token::Word(w)) => names.push(ast::Ident {
                value: w.value.clone(),
                quote_style: w.quote_style,
            }),
            _ => return None,
        }
        match tokens.get(j + 1).map(|t| &t.token) {
            Some(Token::Comma) => j += 2,
            Some(Token::RParen) => break,
            _ => return None,
        }
    }
    let close = j + 1;
    if keyword(tokens, close + 1) != Some(Keyword::AS) {
        return None;
    }
    tokens.drain(open..=close);
    Some(names)
}

/// Puts the names back as the parsed CREATE TABLE's columns.
pub(super) fn restore(statement: &mut ast::Statement, names: Vec<ast::Ident>) {
    if let ast::Statement::CreateTable(create) = statement {
        create.columns = names
            .into_iter()
            .map(|name| ast::ColumnDef {
                name,
                data_type: ast::DataType::Unspecified,
                collation: None,
                options: Vec::new(),
            })
            .collect();
    }
}
