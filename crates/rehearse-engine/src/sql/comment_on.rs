//! `COMMENT ON { VIEW | MATERIALIZED VIEW | SEQUENCE | INDEX | FUNCTION } name IS
//! { 'text' | NULL }`, which sqlparser 0.52 cannot read (it has TABLE, COLUMN and
//! EXTENSION, which stay its own). A function's `name[(argument types)]` is read by
//! sqlparser as the one of a DROP FUNCTION, so the types are PostgreSQL's.

use super::ident_text;
use sqlparser::ast;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{Token, TokenWithLocation};

/// The kinds of object this reader takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentKind {
    /// VIEW.
    View,
    /// MATERIALIZED VIEW.
    MaterializedView,
    /// SEQUENCE.
    Sequence,
    /// INDEX.
    Index,
}

/// The object commented.
#[derive(Debug, Clone, PartialEq)]
pub enum CommentTarget {
    /// A relation of this kind, by its (last) name.
    Relation(CommentKind, String),
    /// FUNCTION name[(argument types)].
    Function(ast::FunctionDesc),
}

/// One COMMENT ON statement of these kinds.
#[derive(Debug, Clone, PartialEq)]
pub struct CommentOn {
    /// The object.
    pub target: CommentTarget,
    /// The text (`None`: `IS NULL`).
    pub text: Option<String>,
}

fn is_word(t: Option<&TokenWithLocation>, text: &str) -> bool {
    matches!(t.map(|t| &t.token), Some(Token::Word(w)) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(text))
}

/// The statement, when `tokens` are one of these forms exactly.
pub(super) fn read(tokens: &[TokenWithLocation]) -> Option<super::StatementKind> {
    if !is_word(tokens.first(), "comment") || !is_word(tokens.get(1), "on") {
        return None;
    }
    // `IS` and the text end the statement.
    let n = tokens.len();
    if n < 5 || !is_word(tokens.get(n - 2), "is") {
        return None;
    }
    let text = match &tokens[n - 1].token {
        Token::SingleQuotedString(s) | Token::EscapedStringLiteral(s) => Some(s.clone()),
        Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case("null") => None,
        _ => return None,
    };
    let (kind, name_at) = if is_word(tokens.get(2), "view") {
        (Some(CommentKind::View), 3)
    } else if is_word(tokens.get(2), "materialized") && is_word(tokens.get(3), "view") {
        (Some(CommentKind::MaterializedView), 4)
    } else if is_word(tokens.get(2), "sequence") {
        (Some(CommentKind::Sequence), 3)
    } else if is_word(tokens.get(2), "index") {
        (Some(CommentKind::Index), 3)
    } else if is_word(tokens.get(2), "function") {
        (None, 3)
    } else {
        return None;
    };
    let name_tokens = &tokens[name_at..n - 2];
    let target = match kind {
        Some(kind) => {
            // `name` or `schema.name`.
            let last = match name_tokens {
                [name] => ident_text(&name.token)?,
                [_, dot, name] if dot.token == Token::Period => ident_text(&name.token)?,
                _ => return None,
            };
            CommentTarget::Relation(kind, last)
        }
        None => {
            let mut drop: Vec<TokenWithLocation> = vec![
                TokenWithLocation::wrap(Token::make_keyword("DROP")),
                TokenWithLocation::wrap(Token::make_keyword("FUNCTION")),
            ];
            drop.extend(name_tokens.iter().cloned());
            drop.push(TokenWithLocation::wrap(Token::EOF));
            let dialect = PostgreSqlDialect {};
            let parsed = Parser::new(&dialect)
                .with_tokens_with_locations(drop)
                .parse_statement()
                .ok()?;
            match parsed {
                ast::Statement::DropFunction { mut func_desc, .. } if func_desc.len() == 1 => {
                    CommentTarget::Function(func_desc.remove(0))
                }
                _ => return None,
            }
        }
    };
    Some(super::StatementKind::CommentOn(CommentOn { target, text }))
}

#[cfg(test)]
mod tests {
    use super::{CommentKind, CommentOn, CommentTarget};
    use crate::error::Source;
    use crate::sql::{parse_script, StatementKind};

    fn read(sql: &str) -> CommentOn {
        match parse_script(sql, Source::Migration).unwrap().remove(0).kind {
            StatementKind::CommentOn(c) => c,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_forms_sqlparser_lacks_are_read() {
        let c = read("COMMENT ON MATERIALIZED VIEW public.\"Daily\" IS 'per day'");
        assert_eq!(
            c.target,
            CommentTarget::Relation(CommentKind::MaterializedView, "Daily".into())
        );
        assert_eq!(c.text.as_deref(), Some("per day"));
        let c = read("COMMENT ON index ix IS NULL");
        assert_eq!(
            c.target,
            CommentTarget::Relation(CommentKind::Index, "ix".into())
        );
        assert_eq!(c.text, None);
        let c = read("COMMENT ON FUNCTION touch(integer, text) IS 'x'");
        let CommentTarget::Function(desc) = c.target else {
            panic!()
        };
        assert_eq!(desc.args.map(|a| a.len()), Some(2));
        // TABLE stays sqlparser's.
        let s = parse_script("COMMENT ON TABLE t IS 'x'", Source::Migration).unwrap();
        assert!(matches!(s[0].kind, StatementKind::Sql(_)));
    }
}
