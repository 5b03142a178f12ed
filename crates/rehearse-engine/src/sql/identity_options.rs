//! PostgreSQL takes an identity column's sequence options in any order
//! (`GENERATED ... AS IDENTITY (INCREMENT BY 1 START WITH 1 MINVALUE 1 ...)`, the order
//! SQLAlchemy emits); sqlparser 0.52 reads them only in the order of its grammar
//! (INCREMENT, MINVALUE, MAXVALUE, START, CACHE, CYCLE). This puts each option list in
//! that order, on the token stream, before parsing (and so for `CREATE SEQUENCE`). Lists holding anything else are
//! left as written, so sqlparser reports them.

use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, TokenWithLocation};

fn keyword(t: &TokenWithLocation) -> Option<Keyword> {
    match &t.token {
        Token::Word(w) if w.quote_style.is_none() => Some(w.keyword),
        _ => None,
    }
}

fn keyword_at(tokens: &[TokenWithLocation], i: usize) -> Option<Keyword> {
    tokens.get(i).and_then(keyword)
}

/// sqlparser's position of the option a clause starts with, if it is one.
fn rank(first: Option<Keyword>, second: Option<Keyword>) -> Option<u8> {
    Some(match (first?, second) {
        (Keyword::INCREMENT, _) => 0,
        (Keyword::MINVALUE, _) | (Keyword::NO, Some(Keyword::MINVALUE)) => 1,
        (Keyword::MAXVALUE, _) | (Keyword::NO, Some(Keyword::MAXVALUE)) => 2,
        (Keyword::START, _) => 3,
        (Keyword::CACHE, _) => 4,
        (Keyword::CYCLE, _) | (Keyword::NO, Some(Keyword::CYCLE)) => 5,
        _ => return None,
    })
}

/// Takes `SEQUENCE NAME [schema.]name` (which sqlparser cannot read) out of the first
/// `IDENTITY ( ... )` list, as pg_dump writes it in `ALTER COLUMN ... ADD GENERATED`,
/// and returns the name.
pub fn take_sequence_name(tokens: &mut Vec<TokenWithLocation>) -> Option<String> {
    let open = (0..tokens.len().saturating_sub(1)).find(|&i| {
        keyword(&tokens[i]) == Some(Keyword::IDENTITY) && tokens[i + 1].token == Token::LParen
    })? + 1;
    let close = (open..tokens.len()).find(|&j| tokens[j].token == Token::RParen)?;
    let at = (open + 1..close).find(|&j| {
        keyword(&tokens[j]) == Some(Keyword::SEQUENCE)
            && keyword_at(tokens, j + 1) == Some(Keyword::NAME)
    })?;
    let mut end = at + 2;
    let mut name = None;
    while end < close {
        match &tokens[end].token {
            Token::Word(w) => {
                name = Some(if w.quote_style.is_some() {
                    w.value.clone()
                } else {
                    w.value.to_lowercase()
                });
                end += 1;
            }
            _ => break,
        }
        if tokens.get(end).map(|t| &t.token) == Some(&Token::Period) {
            end += 1;
        } else {
            break;
        }
    }
    let name = name?;
    tokens.drain(at..end);
    Some(name)
}

/// Reorders the options of every `IDENTITY ( ... )` list in `tokens`, and those of
/// `CREATE SEQUENCE` (pg_dump writes START WITH first).
pub fn reorder(tokens: &mut [TokenWithLocation]) {
    if keyword_at(tokens, 0) == Some(Keyword::CREATE)
        && (1..3).any(|i| keyword_at(tokens, i) == Some(Keyword::SEQUENCE))
    {
        let first = (1..tokens.len()).find(|&j| {
            rank(keyword_at(tokens, j), keyword_at(tokens, j + 1)).is_some()
                && keyword_at(tokens, j.wrapping_sub(1)) != Some(Keyword::AS)
        });
        if let Some(start) = first {
            let end = (start..tokens.len())
                .find(|&j| keyword_at(tokens, j) == Some(Keyword::OWNED))
                .unwrap_or(tokens.len());
            reorder_list(&mut tokens[start..end]);
        }
        return;
    }
    let mut i = 0;
    while i + 1 < tokens.len() {
        if keyword(&tokens[i]) == Some(Keyword::IDENTITY) && tokens[i + 1].token == Token::LParen {
            let start = i + 2;
            let Some(end) = (start..tokens.len()).find(|&j| tokens[j].token == Token::RParen)
            else {
                return;
            };
            reorder_list(&mut tokens[start..end]);
            i = end;
        }
        i += 1;
    }
}

fn reorder_list(list: &mut [TokenWithLocation]) {
    // Split into clauses: a clause starts at an option keyword (NO starts the clause
    // of the keyword after it).
    let mut clauses: Vec<(u8, Vec<TokenWithLocation>)> = Vec::new();
    let mut k = 0;
    while k < list.len() {
        let Some(r) = rank(keyword(&list[k]), list.get(k + 1).and_then(keyword)) else {
            match clauses.last_mut() {
                // An option's argument (BY, WITH, a number, a sign).
                Some((_, clause))
                    if keyword(&list[k])
                        .is_none_or(|w| matches!(w, Keyword::BY | Keyword::WITH)) =>
                {
                    clause.push(list[k].clone());
                    k += 1;
                    continue;
                }
                _ => return,
            }
        };
        let width = if keyword(&list[k]) == Some(Keyword::NO) {
            2
        } else {
            1
        };
        clauses.push((r, list[k..k + width].to_vec()));
        k += width;
    }
    clauses.sort_by_key(|(r, _)| *r);
    let ordered: Vec<TokenWithLocation> = clauses.into_iter().flat_map(|(_, c)| c).collect();
    if ordered.len() == list.len() {
        list.clone_from_slice(&ordered);
    }
}

#[cfg(test)]
mod tests {
    use super::reorder;
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::tokenizer::{Token, Tokenizer};

    fn reordered(sql: &str) -> String {
        let mut tokens: Vec<_> = Tokenizer::new(&PostgreSqlDialect {}, sql)
            .tokenize_with_location()
            .expect("tokens")
            .into_iter()
            .filter(|t| !matches!(t.token, Token::Whitespace(_)))
            .collect();
        reorder(&mut tokens);
        tokens
            .iter()
            .map(|t| t.token.to_string())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn options_come_in_sqlparsers_order() {
        assert_eq!(
            reordered("id int GENERATED ALWAYS AS IDENTITY (INCREMENT BY 1 START WITH 1 MINVALUE 1 MAXVALUE 9 CACHE 1 NO CYCLE)"),
            "id int GENERATED ALWAYS AS IDENTITY ( INCREMENT BY 1 MINVALUE 1 MAXVALUE 9 START WITH 1 CACHE 1 NO CYCLE )"
        );
        assert_eq!(
            reordered("x GENERATED BY DEFAULT AS IDENTITY (START 5 NO MAXVALUE INCREMENT -1)"),
            "x GENERATED BY DEFAULT AS IDENTITY ( INCREMENT - 1 NO MAXVALUE START 5 )"
        );
        // Anything unknown is left for the parser to report.
        assert_eq!(
            reordered("x AS IDENTITY (START 1 OWNED BY t.x)"),
            "x AS IDENTITY ( START 1 OWNED BY t . x )"
        );
    }
}
