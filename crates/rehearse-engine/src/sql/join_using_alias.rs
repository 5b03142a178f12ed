//! `JOIN ... USING (columns) AS alias` (PostgreSQL 14's join_using_alias), which
//! sqlparser 0.52 cannot parse: on the token stream, `AS alias` after a parenthesised
//! list of names that follows `USING` moves into the list, behind [`MARKER`]:
//! `USING (a, b) AS j` becomes `USING (a, b, "<MARKER>", j)`. The binder
//! (`expr::query::using`) takes the alias back out of the list.
//!
//! Only a join's USING has a list of bare names followed by `AS`: DELETE's and MERGE's
//! USING take a relation, CREATE INDEX's a method name.

use sqlparser::tokenizer::{Token, TokenWithLocation, Word};

/// The name standing for `AS` in a rewritten USING list (quoted: no SQL writes it by
/// accident).
pub const MARKER: &str = "rehearse join using alias";

fn is_word(t: &Token, value: &str) -> bool {
    matches!(t, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(value))
}

/// Where the list that opens at `open` (a `(`) closes, if it is `name [, name]*)`.
fn name_list_end(tokens: &[TokenWithLocation], open: usize) -> Option<usize> {
    let mut i = open + 1;
    loop {
        match tokens.get(i).map(|t| &t.token) {
            Some(Token::Word(_)) => {}
            _ => return None,
        }
        match tokens.get(i + 1).map(|t| &t.token) {
            Some(Token::Comma) => i += 2,
            Some(Token::RParen) => return Some(i + 1),
            _ => return None,
        }
    }
}

/// Rewrites every `USING (names) AS alias` in `tokens`.
pub fn rewrite(tokens: &mut Vec<TokenWithLocation>) {
    let mut i = 0;
    while i + 1 < tokens.len() {
        if is_word(&tokens[i].token, "using") && tokens[i + 1].token == Token::LParen {
            if let Some(close) = name_list_end(tokens, i + 1) {
                let alias_follows = tokens
                    .get(close + 1)
                    .is_some_and(|t| is_word(&t.token, "as"))
                    && matches!(
                        tokens.get(close + 2).map(|t| &t.token),
                        Some(Token::Word(_))
                    );
                if alias_follows {
                    let at = tokens[close + 1].location;
                    let alias = tokens.remove(close + 2);
                    tokens.remove(close + 1);
                    let marker = Token::Word(Word {
                        value: MARKER.into(),
                        quote_style: Some('"'),
                        keyword: sqlparser::keywords::Keyword::NoKeyword,
                    });
                    tokens.splice(
                        close..close,
                        [
                            TokenWithLocation {
                                token: Token::Comma,
                                location: at,
                            },
                            TokenWithLocation {
                                token: marker,
                                location: at,
                            },
                            TokenWithLocation {
                                token: Token::Comma,
                                location: at,
                            },
                            alias,
                        ],
                    );
                }
                i = close;
            }
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::tokenizer::Tokenizer;

    fn rewritten(sql: &str) -> String {
        let mut tokens = Tokenizer::new(&PostgreSqlDialect {}, sql)
            .tokenize_with_location()
            .expect("tokens")
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
    fn the_alias_moves_into_the_list() {
        assert_eq!(
            rewritten("SELECT * FROM a JOIN b USING (x, y) AS j WHERE j.x = 1"),
            "SELECT * FROM a JOIN b USING ( x , y , \"rehearse join using alias\" , j ) WHERE j . x = 1"
        );
    }

    #[test]
    fn other_usings_are_left_alone() {
        for sql in [
            "DELETE FROM t USING (SELECT 1 AS x) AS s WHERE t.x = s.x",
            "SELECT * FROM a JOIN b USING (x) WHERE x = 1",
            "CREATE INDEX i ON t USING btree (x)",
            "ALTER TABLE t ALTER COLUMN c TYPE int USING (c)",
        ] {
            assert!(!rewritten(sql).contains(MARKER), "{sql}");
        }
    }
}
