//! `DELETE FROM t RETURNING ...` without WHERE or USING: sqlparser 0.52 reads
//! `RETURNING` as the table's alias (PostgreSQL reserves the word) and fails on what
//! follows. On the token stream the statement gets `WHERE TRUE` before `RETURNING`;
//! the parsed DELETE then loses it again ([`strip`]), so nothing downstream sees a WHERE
//! the user did not write.

use sqlparser::ast;
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, TokenWithLocation, Word};

fn keyword(t: Option<&TokenWithLocation>) -> Option<Keyword> {
    match &t?.token {
        Token::Word(w) if w.quote_style.is_none() => Some(w.keyword),
        _ => None,
    }
}

fn word(like: &TokenWithLocation, value: &str, keyword: Keyword) -> TokenWithLocation {
    TokenWithLocation {
        token: Token::Word(Word {
            value: value.into(),
            quote_style: None,
            keyword,
        }),
        location: like.location,
    }
}

/// Puts `WHERE TRUE` before the `RETURNING` of `DELETE FROM name[.name...] RETURNING`;
/// whether it did.
pub fn guard(tokens: &mut Vec<TokenWithLocation>) -> bool {
    if keyword(tokens.first()) != Some(Keyword::DELETE)
        || keyword(tokens.get(1)) != Some(Keyword::FROM)
    {
        return false;
    }
    // The table name: words separated by periods.
    let mut i = 2;
    while matches!(tokens.get(i).map(|t| &t.token), Some(Token::Word(_)))
        && keyword(tokens.get(i)) != Some(Keyword::RETURNING)
    {
        i += 1;
        if matches!(tokens.get(i).map(|t| &t.token), Some(Token::Period)) {
            i += 1;
        } else {
            break;
        }
    }
    if i == 2 || keyword(tokens.get(i)) != Some(Keyword::RETURNING) {
        return false;
    }
    let at = tokens[i].clone();
    tokens.insert(i, word(&at, "TRUE", Keyword::TRUE));
    tokens.insert(i, word(&at, "WHERE", Keyword::WHERE));
    true
}

/// Takes the `WHERE TRUE` [`guard`] added off the parsed DELETE.
pub fn strip(statement: &mut ast::Statement) {
    if let ast::Statement::Delete(delete) = statement {
        delete.selection = None;
    }
}
