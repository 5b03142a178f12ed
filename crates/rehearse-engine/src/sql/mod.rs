//! The SQL front end: splits a script into statements with their spans and parses each
//! with sqlparser's PostgreSQL dialect.
//!
//! sqlparser 0.52 lacks a few PostgreSQL forms that migrations use; they are recognised
//! here on the token stream and carried as flags or dedicated kinds:
//! `... NOT VALID`, `ALTER TABLE t VALIDATE CONSTRAINT c`, `DROP INDEX CONCURRENTLY`,
//! identity options in PostgreSQL's free order ([`identity_options`]), and
//! `UNIQUE NULLS DISTINCT` ([`unique_nulls`]).
//!
//! Before parsing, [`complexity`] refuses expressions nested too deeply for the
//! WebAssembly stack.

use crate::error::{InputError, Source};
use crate::span::{LineIndex, Span};
use sqlparser::ast;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::keywords::Keyword;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{Token, TokenWithLocation, Tokenizer};

pub mod alter_type;
mod complexity;
mod identity_options;
mod lex;
mod unique_nulls;
mod values;

pub use complexity::{MAX_EXPRESSION_DEPTH, PARSER_DEPTH};

/// What a statement asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum StatementKind {
    /// Anything sqlparser parses.
    Sql(Box<ast::Statement>),
    /// `ALTER TABLE table VALIDATE CONSTRAINT name`.
    ValidateConstraint {
        /// Table.
        table: String,
        /// Constraint.
        name: String,
    },
    /// `ALTER TYPE` on an enum type.
    AlterType(alter_type::AlterType),
    /// A PostgreSQL command sqlparser cannot read at all (`REINDEX`, `VACUUM`, ...),
    /// by its name: Rehearse cannot simulate it, which is not a syntax error.
    Unsupported(String),
}

/// PostgreSQL commands (first words of its grammar's statements) that sqlparser 0.52
/// has no parser for. A statement starting with one that sqlparser rejects is not
/// simulated, rather than called unreadable.
const UNPARSED_COMMANDS: &[&str] = &[
    "checkpoint",
    "cluster",
    "discard",
    "do",
    "import",
    "load",
    "reassign",
    "refresh",
    "reindex",
    "security",
    "vacuum",
];

/// One parsed statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// The statement.
    pub kind: StatementKind,
    /// Ended in `NOT VALID`.
    pub not_valid: bool,
    /// `DROP INDEX CONCURRENTLY`.
    pub concurrently: bool,
    /// Source text, without the terminating semicolon.
    pub text: String,
    /// Where it starts.
    pub span: Span,
}

/// A statement's text and position, before parsing.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// Source text without the semicolon.
    pub text: String,
    /// Where it starts.
    pub span: Span,
    tokens: Vec<TokenWithLocation>,
}

fn tokenizer_error(source: Source, e: sqlparser::tokenizer::TokenizerError) -> InputError {
    let span = Span::new(e.location.line as u32, e.location.column as u32);
    InputError::new(source, span, e.message)
}

/// Splits `sql` at top-level semicolons. Empty statements and comments are dropped.
pub fn split(sql: &str, source: Source) -> Result<Vec<Piece>, InputError> {
    let dialect = PostgreSqlDialect {};
    let tokens = match lex::tokenize(sql) {
        Some(tokens) => tokens,
        None => Tokenizer::new(&dialect, sql)
            .tokenize_with_location()
            .map_err(|e| tokenizer_error(source, e))?,
    };
    let index = LineIndex::new(sql);
    let mut pieces = Vec::new();
    let mut current: Vec<TokenWithLocation> = Vec::new();
    let significant = |t: &Token| !matches!(t, Token::Whitespace(_));
    let mut flush = |current: &mut Vec<TokenWithLocation>, end: usize| {
        if let Some(first) = current.iter().find(|t| significant(&t.token)) {
            let span = Span::new(first.location.line as u32, first.location.column as u32);
            let start = index.offset(span);
            let text = sql
                .get(start..end)
                .unwrap_or_default()
                .trim_end()
                .to_string();
            pieces.push(Piece {
                text,
                span,
                tokens: std::mem::take(current),
            });
        }
        current.clear();
    };
    for t in tokens {
        if t.token == Token::SemiColon {
            let end = index.offset(Span::new(t.location.line as u32, t.location.column as u32));
            flush(&mut current, end);
        } else {
            current.push(t);
        }
    }
    flush(&mut current, sql.len());
    Ok(pieces)
}

fn word(t: &Token) -> Option<Keyword> {
    match t {
        Token::Word(w) if w.quote_style.is_none() => Some(w.keyword),
        _ => None,
    }
}

fn ident_text(t: &Token) -> Option<String> {
    match t {
        Token::Word(w) if w.quote_style.is_some() => Some(w.value.clone()),
        Token::Word(w) => Some(w.value.to_lowercase()),
        _ => None,
    }
}

/// Parses one piece.
pub fn parse_piece(piece: &Piece, source: Source) -> Result<Statement, InputError> {
    parse_owned(piece.clone(), source)
}

/// [`parse_piece`] without copying its tokens.
fn parse_owned(piece: Piece, source: Source) -> Result<Statement, InputError> {
    let mut tokens: Vec<TokenWithLocation> = piece
        .tokens
        .into_iter()
        .filter(|t| !matches!(t.token, Token::Whitespace(_)))
        .collect();
    complexity::check(&tokens, source)?;
    let mut statement = Statement {
        kind: StatementKind::ValidateConstraint {
            table: String::new(),
            name: String::new(),
        },
        not_valid: false,
        concurrently: false,
        text: piece.text,
        span: piece.span,
    };
    let kw: Vec<Option<Keyword>> = tokens.iter().map(|t| word(&t.token)).collect();
    let n = tokens.len();
    if n >= 2 && kw[n - 2] == Some(Keyword::NOT) && kw[n - 1] == Some(Keyword::VALID) {
        statement.not_valid = true;
        tokens.truncate(n - 2);
    }
    // ALTER TABLE [IF EXISTS] [ONLY] name VALIDATE CONSTRAINT name
    if kw.first() == Some(&Some(Keyword::ALTER)) && kw.get(1) == Some(&Some(Keyword::TABLE)) {
        let tail = &tokens[tokens.len().saturating_sub(3)..];
        if tokens.len() >= 6
            && matches!(&tail[0].token, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case("validate"))
            && word(&tail[1].token) == Some(Keyword::CONSTRAINT)
        {
            let table_token = &tokens[tokens.len() - 4];
            if let (Some(table), Some(name)) =
                (ident_text(&table_token.token), ident_text(&tail[2].token))
            {
                statement.kind = StatementKind::ValidateConstraint { table, name };
                return Ok(statement);
            }
        }
    }
    if kw.first() == Some(&Some(Keyword::DROP))
        && kw.get(1) == Some(&Some(Keyword::INDEX))
        && kw.get(2) == Some(&Some(Keyword::CONCURRENTLY))
    {
        statement.concurrently = true;
        tokens.remove(2);
    }
    if alter_type::is_alter_type(&tokens) {
        statement.kind = match alter_type::parse(&tokens) {
            Some(alter) => StatementKind::AlterType(alter),
            None => StatementKind::Unsupported("ALTER TYPE".into()),
        };
        return Ok(statement);
    }
    if let Some(parsed) = values::parse(&mut tokens) {
        statement.kind = StatementKind::Sql(Box::new(parsed));
        return Ok(statement);
    }
    identity_options::reorder(&mut tokens);
    unique_nulls::drop_default_clause(&mut tokens);
    let command = tokens.first().and_then(|t| match &t.token {
        Token::Word(w) if w.quote_style.is_none() => Some(w.value.to_ascii_uppercase()),
        _ => None,
    });
    let dialect = PostgreSqlDialect {};
    let mut parser = Parser::new(&dialect)
        .with_recursion_limit(PARSER_DEPTH)
        .with_tokens_with_locations(tokens);
    let parsed = parser.parse_statement().map_err(|e| match e {
        // sqlparser's own depth limit (parentheses, subqueries, prefix operators): the
        // same limit to a user as the token guard's.
        sqlparser::parser::ParserError::RecursionLimitExceeded => {
            complexity::too_complex(source, piece.span, complexity::Limit::Parser)
        }
        e => parse_error(source, piece.span, &e.to_string()),
    });
    let parsed = match (parsed, command) {
        (Err(_), Some(command))
            if UNPARSED_COMMANDS.contains(&command.to_ascii_lowercase().as_str()) =>
        {
            statement.kind = StatementKind::Unsupported(command);
            return Ok(statement);
        }
        (parsed, _) => parsed?,
    };
    if parser.peek_token().token != Token::EOF {
        let next = parser.peek_token();
        return Err(InputError::new(
            source,
            Span::new(next.location.line as u32, next.location.column as u32),
            format!("syntax error at or near \"{}\"", next.token),
        ));
    }
    statement.kind = StatementKind::Sql(Box::new(parsed));
    Ok(statement)
}

fn parse_error(source: Source, fallback: Span, message: &str) -> InputError {
    // sqlparser appends " at Line: L, Column: C" to its messages.
    let mut span = fallback;
    let mut text = message.trim_start_matches("sql parser error: ").to_string();
    if let Some(pos) = text.find(" at Line: ") {
        let tail = text[pos + 10..].to_string();
        let mut parts = tail.split(", Column: ");
        if let (Some(l), Some(c)) = (parts.next(), parts.next()) {
            if let (Ok(l), Ok(c)) = (l.trim().parse(), c.trim().parse()) {
                span = Span::new(l, c);
            }
        }
        text.truncate(pos);
    }
    InputError::new(source, span, format!("cannot parse SQL: {text}"))
}

/// Splits and parses a whole script.
pub fn parse_script(sql: &str, source: Source) -> Result<Vec<Statement>, InputError> {
    split(sql, source)?
        .into_iter()
        .map(|p| parse_owned(p, source))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_with_spans_and_flags() {
        let sql = "-- setup\nALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;\n  ALTER TABLE t VALIDATE CONSTRAINT c;";
        let stmts = parse_script(sql, Source::Migration).unwrap();
        assert_eq!(stmts.len(), 2);
        assert!(stmts[0].not_valid);
        assert_eq!(stmts[0].span, Span::new(2, 1));
        assert_eq!(
            stmts[0].text,
            "ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID"
        );
        assert_eq!(
            stmts[1].kind,
            StatementKind::ValidateConstraint {
                table: "t".into(),
                name: "c".into()
            }
        );
        assert_eq!(stmts[1].span, Span::new(3, 3));
    }

    #[test]
    fn commands_sqlparser_cannot_read_are_unsupported_not_unreadable() {
        let parsed = parse_script("REINDEX TABLE t; vacuum (analyze) t;", Source::Migration)
            .expect("recognised");
        let kinds: Vec<&StatementKind> = parsed.iter().map(|s| &s.kind).collect();
        assert_eq!(
            kinds,
            [
                &StatementKind::Unsupported("REINDEX".into()),
                &StatementKind::Unsupported("VACUUM".into())
            ]
        );
        let parsed = parse_script(
            "ALTER TYPE public.s ADD VALUE IF NOT EXISTS 'c' AFTER 'a'; ALTER TYPE s RENAME VALUE 'a' TO 'b'; ALTER TYPE s ADD ATTRIBUTE x int",
            Source::Migration,
        )
        .expect("recognised");
        assert_eq!(
            parsed[0].kind,
            StatementKind::AlterType(alter_type::AlterType::AddValue {
                name: "s".into(),
                label: "c".into(),
                if_not_exists: true,
                placement: alter_type::Placement::After("a".into())
            })
        );
        assert_eq!(
            parsed[1].kind,
            StatementKind::AlterType(alter_type::AlterType::RenameValue {
                name: "s".into(),
                from: "a".into(),
                to: "b".into()
            })
        );
        assert_eq!(
            parsed[2].kind,
            StatementKind::Unsupported("ALTER TYPE".into())
        );
        // A misspelt command is still the syntax error it is.
        assert!(parse_script("SELEC 1;", Source::Migration).is_err());
    }

    #[test]
    fn parse_errors_carry_positions() {
        let err =
            parse_script("SELECT 1;\nALTER TABLE t ADD COLUMN;", Source::Migration).unwrap_err();
        assert_eq!(err.span.line, 2);
    }
}
