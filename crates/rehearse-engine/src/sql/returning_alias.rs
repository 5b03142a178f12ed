//! `... FROM t RETURNING ...`: sqlparser 0.52 reads a RETURNING right after a relation
//! name as the relation's alias (RETURNING is reserved in PostgreSQL, so it cannot be
//! one) and then fails on the list. Here such a relation gets its own last name as an
//! explicit alias (`FROM t AS t RETURNING`), which names it as PostgreSQL would.

use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, TokenWithLocation};

/// Inserts `AS name` between a relation name and the RETURNING that follows it.
pub(super) fn insert_aliases(tokens: &mut Vec<TokenWithLocation>) {
    let is_kw = |t: &Token, k: Keyword| matches!(t, Token::Word(w) if w.quote_style.is_none() && w.keyword == k);
    let mut i = 0;
    while i < tokens.len() {
        if !is_kw(&tokens[i].token, Keyword::RETURNING) || i == 0 {
            i += 1;
            continue;
        }
        // The name before it: `a` or `a.b` (a word, then periods and words).
        let is_name_word = |t: &Token| matches!(t, Token::Word(w) if w.quote_style.is_some() || w.keyword == Keyword::NoKeyword || !matches!(w.keyword, Keyword::FROM | Keyword::USING | Keyword::ONLY | Keyword::JOIN | Keyword::SELECT | Keyword::WHERE | Keyword::SET));
        let named = is_name_word(&tokens[i - 1].token);
        let mut start = i - 1;
        while start >= 2
            && tokens[start - 1].token == Token::Period
            && is_name_word(&tokens[start - 2].token)
        {
            start -= 2;
        }
        // Only a relation: the name follows FROM, USING, ONLY, JOIN or a comma there.
        let after_relation_word = start > 0
            && (tokens[start - 1].token == Token::Comma
                || [Keyword::FROM, Keyword::USING, Keyword::ONLY, Keyword::JOIN]
                    .iter()
                    .any(|k| is_kw(&tokens[start - 1].token, *k)));
        if named && after_relation_word {
            let alias = tokens[i - 1].clone();
            let location = tokens[i].location;
            let mut as_word = TokenWithLocation::wrap(Token::make_keyword("AS"));
            as_word.location = location;
            tokens.insert(i, alias);
            tokens.insert(i, as_word);
            i += 3;
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::error::Source;
    use crate::sql::{parse_script, StatementKind};
    use sqlparser::ast;

    #[test]
    fn returning_after_a_relation_name_is_no_alias() {
        for sql in [
            "DELETE FROM t RETURNING a",
            "DELETE FROM public.t RETURNING *",
            "DELETE FROM t USING u RETURNING t.a",
            "UPDATE t SET a = 1 FROM u RETURNING t.a",
            "INSERT INTO t SELECT * FROM u RETURNING a",
            "UPDATE t SET a = b RETURNING a",
            "DELETE FROM t x RETURNING x.a",
        ] {
            let parsed = parse_script(sql, Source::Migration).expect(sql);
            let StatementKind::Sql(statement) = &parsed[0].kind else {
                panic!("{sql}: {:?}", parsed[0].kind)
            };
            let returning = match statement.as_ref() {
                ast::Statement::Delete(d) => d.returning.is_some(),
                ast::Statement::Update { returning, .. } => returning.is_some(),
                ast::Statement::Insert(i) => i.returning.is_some(),
                other => panic!("{other}"),
            };
            assert!(returning, "{sql}: {statement}");
        }
    }
}
