//! `UNIQUE NULLS [NOT] DISTINCT` in a column or table constraint (CREATE TABLE, ALTER
//! TABLE ADD [COLUMN | CONSTRAINT]), which sqlparser 0.52 cannot read (it reads the
//! clause only in CREATE INDEX). The clause is taken out of the token stream before
//! parsing; `NULLS NOT DISTINCT` is remembered by the constraint's key columns
//! ([`NullsNotDistinct`]), which the DDL reads back when it adds the constraint.
//! `NULLS DISTINCT` is PostgreSQL's default spelled out (SQLAlchemy writes it for a
//! unique constraint reflected from PostgreSQL 15+) and needs no record.
//!
//! The AST carries no position for a constraint, so a statement declaring the same key
//! columns both ways (`a int UNIQUE, UNIQUE NULLS NOT DISTINCT (a)`) cannot be told
//! apart after parsing: it is refused rather than guessed.

use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, TokenWithLocation};

/// The UNIQUE constraints of one statement written `NULLS NOT DISTINCT`, by their key
/// columns (as the engine names them: unquoted names lower-cased).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NullsNotDistinct(Vec<Vec<String>>);

impl NullsNotDistinct {
    /// Whether the statement's UNIQUE constraint over `columns` is NULLS NOT DISTINCT.
    pub fn covers(&self, columns: &[String]) -> bool {
        self.0.iter().any(|c| c == columns)
    }
}

fn keyword(t: Option<&TokenWithLocation>) -> Option<Keyword> {
    match &t?.token {
        Token::Word(w) if w.quote_style.is_none() => Some(w.keyword),
        _ => None,
    }
}

fn name(t: Option<&TokenWithLocation>) -> Option<String> {
    match &t?.token {
        Token::Word(w) if w.quote_style.is_some() => {
            Some(crate::truncate_identifier(w.value.clone()))
        }
        Token::Word(w) => Some(crate::truncate_identifier(w.value.to_lowercase())),
        _ => None,
    }
}

/// Takes every `NULLS [NOT] DISTINCT` that follows a constraint's `UNIQUE` out of the
/// tokens and returns the NULLS NOT DISTINCT ones; `Err` names what Rehearse cannot
/// place (a key it cannot read, or the same key declared both ways).
pub fn take_clauses(tokens: &mut Vec<TokenWithLocation>) -> Result<NullsNotDistinct, String> {
    // (key columns, NULLS NOT DISTINCT) of every UNIQUE constraint, once a clause is seen.
    let mut keys: Vec<(Option<Vec<String>>, bool)> = Vec::new();
    let mut clause_seen = false;
    let mut i = 0;
    while i < tokens.len() {
        if keyword(tokens.get(i)) != Some(Keyword::UNIQUE)
            || keyword(tokens.get(i + 1)) == Some(Keyword::INDEX)
        {
            i += 1;
            continue;
        }
        let mut not_distinct = false;
        if keyword(tokens.get(i + 1)) == Some(Keyword::NULLS) {
            let not = keyword(tokens.get(i + 2)) == Some(Keyword::NOT);
            let at = if not { i + 3 } else { i + 2 };
            if keyword(tokens.get(at)) == Some(Keyword::DISTINCT) {
                tokens.drain(i + 1..=at);
                clause_seen = true;
                not_distinct = not;
            }
        }
        keys.push((key_columns(tokens, i), not_distinct));
        i += 1;
    }
    if !clause_seen {
        return Ok(NullsNotDistinct::default());
    }
    let mut found = NullsNotDistinct::default();
    for (columns, not_distinct) in &keys {
        let Some(columns) = columns else {
            if *not_distinct {
                return Err("UNIQUE NULLS NOT DISTINCT in this form".into());
            }
            continue;
        };
        if *not_distinct {
            if keys.iter().any(|(c, n)| !n && c.as_ref() == Some(columns)) {
                return Err(
                    "a statement declaring UNIQUE over the same columns both with and without NULLS NOT DISTINCT"
                        .into(),
                );
            }
            found.0.push(columns.clone());
        }
    }
    Ok(found)
}

/// The key columns of the constraint whose `UNIQUE` is at `at` (its clause taken out):
/// the list that follows it, or for a column constraint the column it is declared on.
fn key_columns(tokens: &[TokenWithLocation], at: usize) -> Option<Vec<String>> {
    if tokens.get(at + 1).map(|t| &t.token) == Some(&Token::LParen) {
        let mut columns = Vec::new();
        let mut j = at + 2;
        loop {
            columns.push(name(tokens.get(j))?);
            match tokens.get(j + 1).map(|t| &t.token) {
                Some(Token::Comma) => j += 2,
                Some(Token::RParen) => return Some(columns),
                _ => return None,
            }
        }
    }
    Some(vec![column_declared_at(tokens, at)?])
}

/// The column whose definition holds the token at `at`: the definition starts after
/// the `(` or `,` that encloses it, or after `ADD [COLUMN] [IF NOT EXISTS]` in an
/// ALTER TABLE.
fn column_declared_at(tokens: &[TokenWithLocation], at: usize) -> Option<String> {
    let mut depth = 0usize;
    let mut start = 0;
    for j in (0..at).rev() {
        match tokens[j].token {
            Token::RParen => depth += 1,
            Token::LParen if depth == 0 => {
                start = j + 1;
                break;
            }
            Token::LParen => depth -= 1,
            Token::Comma if depth == 0 => {
                start = j + 1;
                break;
            }
            _ => {}
        }
    }
    let mut j = start;
    if is_alter(tokens) {
        if start == 0 {
            // ALTER TABLE [IF EXISTS] [ONLY] name[.name]
            j = 2;
            if keyword(tokens.get(j)) == Some(Keyword::IF) {
                j += 2;
            }
            if keyword(tokens.get(j)) == Some(Keyword::ONLY) {
                j += 1;
            }
            j += 1;
            while tokens.get(j).map(|t| &t.token) == Some(&Token::Period) {
                j += 2;
            }
        }
        // ADD [COLUMN] [IF NOT EXISTS] column
        if keyword(tokens.get(j)) != Some(Keyword::ADD) {
            return None;
        }
        j += 1;
        if keyword(tokens.get(j)) == Some(Keyword::COLUMN) {
            j += 1;
        }
        if keyword(tokens.get(j)) == Some(Keyword::IF)
            && keyword(tokens.get(j + 1)) == Some(Keyword::NOT)
            && keyword(tokens.get(j + 2)) == Some(Keyword::EXISTS)
        {
            j += 3;
        }
    } else if start == 0 {
        return None;
    }
    (j < at).then(|| name(tokens.get(j))).flatten()
}

fn is_alter(tokens: &[TokenWithLocation]) -> bool {
    keyword(tokens.first()) == Some(Keyword::ALTER)
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::tokenizer::Tokenizer;

    fn run(sql: &str) -> (Result<NullsNotDistinct, String>, String) {
        let mut tokens: Vec<TokenWithLocation> = Tokenizer::new(&PostgreSqlDialect {}, sql)
            .tokenize_with_location()
            .unwrap()
            .into_iter()
            .filter(|t| !matches!(t.token, Token::Whitespace(_)))
            .collect();
        let found = take_clauses(&mut tokens);
        let text = tokens
            .iter()
            .map(|t| t.token.to_string())
            .collect::<Vec<_>>()
            .join(" ");
        (found, text)
    }

    fn cols(list: &[&[&str]]) -> NullsNotDistinct {
        NullsNotDistinct(
            list.iter()
                .map(|c| c.iter().map(|s| s.to_string()).collect())
                .collect(),
        )
    }

    #[test]
    fn table_and_column_constraints_are_found_by_their_columns() {
        let (found, text) = run(
            "CREATE TABLE t (a numeric(10, 2) UNIQUE NULLS NOT DISTINCT, \"B\" int CONSTRAINT x UNIQUE NULLS DISTINCT, UNIQUE NULLS NOT DISTINCT (a, \"B\"))",
        );
        assert_eq!(found, Ok(cols(&[&["a"], &["a", "B"]])));
        assert!(!text.contains("NULLS"), "{text}");
    }

    #[test]
    fn alter_table_clauses_name_their_column() {
        let (found, _) =
            run("ALTER TABLE IF EXISTS ONLY s.t ADD COLUMN IF NOT EXISTS add int UNIQUE NULLS NOT DISTINCT");
        assert_eq!(found, Ok(cols(&[&["add"]])));
        let (found, _) = run("ALTER TABLE t ADD x int, ADD y text UNIQUE NULLS NOT DISTINCT");
        assert_eq!(found, Ok(cols(&[&["y"]])));
        let (found, _) =
            run("ALTER TABLE t ADD CONSTRAINT c UNIQUE NULLS NOT DISTINCT (a, b) DEFERRABLE");
        assert_eq!(found, Ok(cols(&[&["a", "b"]])));
    }

    #[test]
    fn the_same_key_both_ways_is_refused_and_plain_statements_are_untouched() {
        assert!(
            run("CREATE TABLE t (a int UNIQUE, UNIQUE NULLS NOT DISTINCT (a))")
                .0
                .is_err()
        );
        let (found, text) = run("CREATE UNIQUE INDEX i ON t (a) NULLS NOT DISTINCT");
        assert_eq!(found, Ok(NullsNotDistinct::default()));
        assert!(text.contains("NULLS NOT DISTINCT"), "{text}");
    }
}
