//! `UNIQUE NULLS DISTINCT (...)`, which SQLAlchemy writes for a unique constraint
//! reflected from PostgreSQL 15+, is PostgreSQL's default spelled out; sqlparser 0.52
//! does not know the clause, so it is dropped from the token stream before parsing.
//! `NULLS NOT DISTINCT` changes what the constraint allows and is left for the parser
//! to refuse.

use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, TokenWithLocation};

fn keyword(t: Option<&TokenWithLocation>) -> Option<Keyword> {
    match &t?.token {
        Token::Word(w) if w.quote_style.is_none() => Some(w.keyword),
        _ => None,
    }
}

/// Removes every `NULLS DISTINCT` that follows `UNIQUE`.
pub fn drop_default_clause(tokens: &mut Vec<TokenWithLocation>) {
    let mut i = 0;
    while i + 2 < tokens.len() {
        if keyword(tokens.get(i)) == Some(Keyword::UNIQUE)
            && keyword(tokens.get(i + 1)) == Some(Keyword::NULLS)
            && keyword(tokens.get(i + 2)) == Some(Keyword::DISTINCT)
        {
            tokens.drain(i + 1..i + 3);
        }
        i += 1;
    }
}
