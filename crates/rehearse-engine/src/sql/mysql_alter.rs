//! ALTER TABLE subcommands sqlparser 0.52 reads in every dialect but PostgreSQL's
//! grammar does not have: MySQL's `CHANGE [COLUMN]` and `MODIFY [COLUMN]`. PostgreSQL
//! answers them with `syntax error at or near` the word (`change`, `modify`) before
//! looking at any table, so Rehearse does too, instead of running them (a migration
//! written for MySQL, run on PostgreSQL).

use sqlparser::ast::{self, AlterTableOperation};
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, TokenWithLocation};

fn keyword(t: Option<&TokenWithLocation>) -> Option<Keyword> {
    match &t?.token {
        Token::Word(w) if w.quote_style.is_none() => Some(w.keyword),
        _ => None,
    }
}

/// Whether sqlparser read one of the MySQL-only subcommands.
fn has_mysql_operation(statement: &ast::Statement) -> bool {
    match statement {
        ast::Statement::AlterTable { operations, .. } => operations.iter().any(|op| {
            matches!(
                op,
                AlterTableOperation::ChangeColumn { .. } | AlterTableOperation::ModifyColumn { .. }
            )
        }),
        _ => false,
    }
}

/// Where the first subcommand of `ALTER TABLE [IF EXISTS] [ONLY] name` starts.
fn first_subcommand(tokens: &[TokenWithLocation]) -> Option<usize> {
    let mut i = 2;
    if keyword(tokens.get(i)) == Some(Keyword::IF)
        && keyword(tokens.get(i + 1)) == Some(Keyword::EXISTS)
    {
        i += 2;
    }
    if keyword(tokens.get(i)) == Some(Keyword::ONLY) {
        i += 1;
    }
    // The (possibly qualified) table name.
    matches!(tokens.get(i)?.token, Token::Word(_)).then_some(())?;
    i += 1;
    while matches!(tokens.get(i).map(|t| &t.token), Some(Token::Period))
        && matches!(tokens.get(i + 1).map(|t| &t.token), Some(Token::Word(_)))
    {
        i += 2;
    }
    Some(i)
}

/// The token PostgreSQL's syntax error names, when `statement` (parsed from `tokens`)
/// is an ALTER TABLE with a MySQL-only subcommand: the first subcommand starting with
/// `CHANGE` or `MODIFY`.
pub fn syntax_error_at<'a>(
    statement: &ast::Statement,
    tokens: &'a [TokenWithLocation],
) -> Option<&'a TokenWithLocation> {
    if !has_mysql_operation(statement) {
        return None;
    }
    let mut starts = vec![first_subcommand(tokens)?];
    let mut depth = 0i32;
    for (i, t) in tokens.iter().enumerate() {
        match t.token {
            Token::LParen => depth += 1,
            Token::RParen => depth -= 1,
            Token::Comma if depth == 0 => starts.push(i + 1),
            _ => {}
        }
    }
    starts.into_iter().find_map(|s| {
        let word = |at: usize, w: &str| {
            matches!(tokens.get(at).map(|t| &t.token), Some(Token::Word(x)) if x.quote_style.is_none() && x.value.eq_ignore_ascii_case(w))
        };
        (word(s, "change") || word(s, "modify")).then(|| tokens.get(s))?
    })
}
