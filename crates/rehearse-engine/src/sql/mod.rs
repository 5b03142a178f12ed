//! The SQL front end: splits a script into statements with their spans and parses each
//! with sqlparser's PostgreSQL dialect.
//!
//! sqlparser 0.52 lacks a few PostgreSQL forms that migrations use; they are recognised
//! here on the token stream and carried as flags or dedicated kinds:
//! `... NOT VALID`, `ALTER TABLE t VALIDATE CONSTRAINT c`, `DROP INDEX CONCURRENTLY`,
//! identity options in PostgreSQL's free order ([`identity_options`]), and
//! `UNIQUE NULLS [NOT] DISTINCT` in constraints ([`unique_nulls`]).
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
pub(crate) mod between_symmetric;
mod commands;
pub mod comment_on;
mod complexity;
pub mod control;
mod create_table_as;
mod do_command;
pub(crate) mod frame_bounds;
pub(crate) mod frame_exclusion;
pub(crate) mod frame_offset;
mod function_owner;
pub mod generated_columns;
mod identity_options;
pub mod insert_clauses;
pub(crate) mod join_using_alias;
mod lateral_function;
mod lex;
pub mod lock;
pub mod modifying_with;
mod mysql_alter;
pub(crate) mod nested_modifying_with;
pub mod psql;
mod reset;
mod returning_alias;
pub mod sequence_options;
mod substring_similar;
mod unicode_escapes;
mod unique_nulls;
pub mod values;
pub mod views;

pub use complexity::{MAX_EXPRESSION_DEPTH, PARSER_DEPTH};
pub use insert_clauses::{InsertClauses, Overriding};
pub use unique_nulls::NullsNotDistinct;

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
    /// `REINDEX { INDEX | TABLE | SCHEMA | DATABASE | SYSTEM } [CONCURRENTLY] [name]`.
    Reindex {
        /// What kind of object it names.
        target: ReindexTarget,
        /// The object (unqualified); `None` for the current database or schema.
        name: Option<String>,
        /// CONCURRENTLY (or the `(CONCURRENTLY)` option).
        concurrently: bool,
    },
    /// `DROP EXTENSION [IF EXISTS] name, ... [CASCADE | RESTRICT]`.
    DropExtension {
        /// Extensions.
        names: Vec<String>,
        /// IF EXISTS.
        if_exists: bool,
        /// CASCADE.
        cascade: bool,
    },
    /// `ALTER SEQUENCE name OWNED BY table.column` (`owner: None`: `OWNED BY NONE`).
    SequenceOwnedBy {
        /// The sequence.
        sequence: String,
        /// IF EXISTS.
        if_exists: bool,
        /// Table and column.
        owner: Option<(String, String)>,
    },
    /// `ALTER SEQUENCE [IF EXISTS] name RENAME TO new_name`.
    RenameSequence {
        /// The sequence.
        sequence: String,
        /// IF EXISTS.
        if_exists: bool,
        /// Its new name.
        to: String,
    },
    /// `ALTER <object> name OWNER TO role` for an object other than a table.
    OwnerTo {
        /// The object's kind as written (`sequence`, `type`, `schema`, ...).
        object: String,
        /// Its name.
        name: String,
    },
    /// `COPY table [(columns)] FROM stdin` with the data lines psql sends.
    CopyFromStdin {
        /// Table.
        table: String,
        /// The columns listed, or `None` for all.
        columns: Option<Vec<String>>,
        /// The data, one text line a row (COPY's text format).
        lines: Vec<String>,
    },
    /// `DO [LANGUAGE lang] 'body'`: an anonymous code block.
    Do {
        /// LANGUAGE, when given (lower case).
        language: Option<String>,
        /// The block's text.
        body: String,
    },
    /// A view command (`sql/views.rs`).
    View(views::ViewCommand),
    /// `LOCK [TABLE] name, ... [IN mode MODE] [NOWAIT]` (`sql/lock.rs`).
    Lock(lock::LockTable),
    /// `RESET name` (`None`: `RESET ALL`).
    Reset(Option<String>),
    /// A WITH clause with INSERT, UPDATE or DELETE queries (`sql/modifying_with.rs`).
    ModifyingWith(Box<modifying_with::ModifyingWith>),
    /// `ALTER TABLE t ALTER COLUMN c { DROP | SET } EXPRESSION` (`sql/generated_columns.rs`).
    AlterGeneration(generated_columns::AlterGeneration),
    /// `ALTER SEQUENCE ... RESTART | INCREMENT | START` or an identity column's options
    /// (`sql/sequence_options.rs`).
    AlterSequence(sequence_options::AlterSequence),
    /// `COMMENT ON` a view, materialized view, sequence, index or function
    /// (`sql/comment_on.rs`).
    CommentOn(comment_on::CommentOn),
    /// A PostgreSQL command sqlparser cannot read at all (`VACUUM`, ...),
    /// by its name: Rehearse cannot simulate it, which is not a syntax error.
    Unsupported(String),
}

/// What a REINDEX names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReindexTarget {
    /// One index.
    Index,
    /// A table's indexes.
    Table,
    /// Every index of a schema.
    Schema,
    /// Every index of the database.
    Database,
    /// The system catalogs' indexes.
    System,
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
    /// `... AS IDENTITY (SEQUENCE NAME name ...)`: the sequence's name (unqualified).
    pub identity_sequence: Option<String>,
    /// CREATE INDEX: each key's operator class (`None`: the type's default); empty
    /// when no key names one.
    pub opclasses: Vec<Option<String>>,
    /// The UNIQUE constraints written `NULLS NOT DISTINCT`, which the AST cannot carry.
    pub nulls_not_distinct: NullsNotDistinct,
    /// INSERT's `OVERRIDING ... VALUE` and `ON CONFLICT (...) WHERE`, which the AST
    /// cannot carry.
    pub insert: InsertClauses,
    /// Source text, without the terminating semicolon.
    pub text: String,
    /// Where it starts.
    pub span: Span,
    /// A setup's big INSERT ... VALUES: the rows after the first, which its tree does
    /// not hold (see [`values`]); `None` for every other statement.
    pub later_rows: Option<std::sync::Arc<values::LaterRows>>,
}

/// A statement's text and position, before parsing.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// Source text without the semicolon.
    pub text: String,
    /// Where it starts.
    pub span: Span,
    tokens: Vec<TokenWithLocation>,
    /// The data lines that followed a `COPY ... FROM stdin;`.
    copy_data: Option<Vec<String>>,
}

fn tokenizer_error(source: Source, e: sqlparser::tokenizer::TokenizerError) -> InputError {
    let span = Span::new(e.location.line as u32, e.location.column as u32);
    InputError::new(source, span, e.message)
}

/// Splits `sql` at top-level semicolons. Empty statements and comments are dropped.
pub fn split(sql: &str, source: Source) -> Result<Vec<Piece>, InputError> {
    // psql's own lines (meta-commands, COPY data) are emptied before tokenizing; every
    // SQL token keeps its line and column, so spans and texts index `sql` itself.
    let (cleaned, copy_blocks) = psql::separate(sql, source)?;
    let mut copy_blocks = copy_blocks.into_iter().peekable();
    let mut tokens = match lex::tokenize(&cleaned) {
        Some(tokens) => tokens,
        // U&'...' is left undecoded here and decoded per statement (`unicode_escapes`).
        None => Tokenizer::new(&unicode_escapes::TokenDialect, &cleaned)
            .tokenize_with_location()
            .map_err(|e| tokenizer_error(source, e))?,
    };
    let sql = cleaned.as_str();
    let index = LineIndex::new(sql);
    // Where each statement ends: its semicolon's position among the tokens, the byte
    // offset of that semicolon, and the COPY data starting on the line after it.
    let mut ends: Vec<(usize, usize, Option<Vec<String>>)> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.token == Token::SemiColon {
            let end = index.offset(Span::new(t.location.line as u32, t.location.column as u32));
            let data = copy_blocks
                .next_if(|b| u64::from(b.line) == t.location.line + 1)
                .map(|b| b.lines);
            ends.push((i, end, data));
        }
    }
    // Data no statement took (its COPY line was inside a comment or a string) would
    // be lost silently: refuse it where it starts.
    if let Some(block) = copy_blocks.next() {
        return Err(InputError::new(
            source,
            Span::new(block.line, 1),
            "COPY data that follows no `COPY ... FROM stdin;` statement",
        ));
    }
    // The statements are cut off the end of the script's tokens, each cut giving the
    // script's vector that memory back, so a big script's tokens (over 100 MB for a
    // 100k-row setup) are never held twice.
    let mut reversed: Vec<Piece> = Vec::new();
    // COPY data whose statement was empty (`;;`): it belongs to the statement before,
    // and the later of two such blocks wins, as each replaced the one before.
    let mut pending: Option<Vec<String>> = None;
    let mut end = sql.len();
    let mut data = None;
    loop {
        let (start, next) = match ends.pop() {
            Some((i, end, data)) => (i + 1, Some((i, end, data))),
            None => (0, None),
        };
        let current = tokens.split_off(start.min(tokens.len()));
        let piece_data = pending.take().or(data.take());
        match current
            .iter()
            .find(|t| !matches!(t.token, Token::Whitespace(_)))
        {
            Some(first) => {
                let span = Span::new(first.location.line as u32, first.location.column as u32);
                let text = sql
                    .get(index.offset(span)..end)
                    .unwrap_or_default()
                    .trim_end()
                    .to_string();
                reversed.push(Piece {
                    text,
                    span,
                    tokens: current,
                    copy_data: piece_data,
                });
            }
            None => pending = piece_data,
        }
        let Some((i, semicolon_end, semicolon_data)) = next else {
            break;
        };
        tokens.truncate(i);
        tokens.shrink_to_fit();
        end = semicolon_end;
        data = semicolon_data;
    }
    reversed.reverse();
    Ok(reversed)
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
    let mut tokens = piece.tokens;
    unicode_escapes::decode(&mut tokens, source)?;
    let mut tokens: Vec<TokenWithLocation> = tokens
        .into_iter()
        .filter(|t| !matches!(t.token, Token::Whitespace(_)))
        .collect();
    complexity::check(&tokens, source)?;
    returning_alias::insert_aliases(&mut tokens);
    let mut statement = Statement {
        kind: StatementKind::ValidateConstraint {
            table: String::new(),
            name: String::new(),
        },
        not_valid: false,
        concurrently: false,
        opclasses: Vec::new(),
        nulls_not_distinct: NullsNotDistinct::default(),
        insert: InsertClauses::default(),
        identity_sequence: None,
        text: piece.text,
        span: piece.span,
        later_rows: None,
    };
    if let Some(lines) = piece.copy_data {
        let Some((table, columns)) = commands::copy_header(&tokens) else {
            return Err(InputError::new(
                source,
                piece.span,
                "Rehearse reads COPY data only after `COPY table [(columns)] FROM stdin;` on one line",
            ));
        };
        statement.kind = StatementKind::CopyFromStdin {
            table,
            columns,
            lines,
        };
        return Ok(statement);
    }
    if let Some(kind) = do_command::read(&tokens).or_else(|| function_owner::read(&tokens)) {
        statement.kind = kind;
        return Ok(statement);
    }
    if let Some(kind) = views::command(&tokens)
        .or_else(|| comment_on::read(&tokens))
        .or_else(|| commands::reindex(&tokens))
        .or_else(|| commands::drop_extension(&tokens))
        .or_else(|| commands::alter_owner(&tokens))
        .or_else(|| sequence_options::read(&tokens))
        .or_else(|| lock::read(&tokens))
        .or_else(|| reset::read(&tokens))
        .or_else(|| generated_columns::read_alter(&tokens))
    {
        statement.kind = kind;
        return Ok(statement);
    }
    statement.opclasses = commands::take_opclasses(&mut tokens);
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
    if let Some(marked) = nested_modifying_with::mark(&tokens) {
        tokens = marked;
    }
    match modifying_with::parse(&tokens) {
        Some(modifying_with::Parsed::Statement(with)) => {
            statement.kind = StatementKind::ModifyingWith(Box::new(with));
            return Ok(statement);
        }
        Some(modifying_with::Parsed::Refused(why)) => {
            statement.kind = StatementKind::Unsupported(why);
            return Ok(statement);
        }
        None => {}
    }
    if let Some(parsed) = modifying_with::with_delete(&tokens) {
        statement.kind = StatementKind::Sql(Box::new(parsed));
        return Ok(statement);
    }
    let view_tail = views::take_tail(&mut tokens);
    statement.insert = insert_clauses::take(&mut tokens);
    // Only a setup's rows are kept apart: its statements are only run, while a
    // migration's are read by the analyses too, which see the tree.
    if source == Source::Setup {
        if let Some((parsed, later)) = values::parse_compact(&mut tokens) {
            statement.kind = StatementKind::Sql(Box::new(parsed));
            statement.later_rows = Some(std::sync::Arc::new(later));
            return Ok(statement);
        }
    } else if let Some(parsed) = values::parse(&mut tokens) {
        statement.kind = StatementKind::Sql(Box::new(parsed));
        return Ok(statement);
    }
    statement.identity_sequence = identity_options::take_sequence_name(&mut tokens);
    identity_options::reorder(&mut tokens);
    match unique_nulls::take_clauses(&mut tokens) {
        Ok(found) => statement.nulls_not_distinct = found,
        Err(why) => {
            statement.kind = StatementKind::Unsupported(why);
            return Ok(statement);
        }
    }
    substring_similar::rewrite(&mut tokens);
    between_symmetric::rewrite(&mut tokens);
    frame_exclusion::rewrite(&mut tokens);
    frame_offset::rewrite(&mut tokens);
    join_using_alias::rewrite(&mut tokens);
    lateral_function::rewrite(&mut tokens);
    let ctas_names = create_table_as::take_column_names(&mut tokens);
    let virtual_generation = generated_columns::rewrite(&mut tokens);
    let command = tokens.first().and_then(|t| match &t.token {
        Token::Word(w) if w.quote_style.is_none() => Some(w.value.to_ascii_uppercase()),
        _ => None,
    });
    let unmodelled = unmodelled_construct(&tokens);
    let dialect = PostgreSqlDialect {};
    // Kept for `mysql_alter`, which names a token of an ALTER TABLE (short).
    let alter_tokens = (kw.first() == Some(&Some(Keyword::ALTER))
        && kw.get(1) == Some(&Some(Keyword::TABLE)))
    .then(|| tokens.clone());
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
    let mut parsed = match (parsed, command) {
        (Err(_), Some(command))
            if UNPARSED_COMMANDS.contains(&command.to_ascii_lowercase().as_str()) =>
        {
            statement.kind = StatementKind::Unsupported(command);
            return Ok(statement);
        }
        (Err(_), _) if unmodelled.is_some() => {
            statement.kind = StatementKind::Unsupported(unmodelled.unwrap_or_default());
            return Ok(statement);
        }
        (parsed, _) => parsed?,
    };
    if parser.peek_token().token != Token::EOF {
        if let Some(what) = unmodelled {
            statement.kind = StatementKind::Unsupported(what);
            return Ok(statement);
        }
        let next = parser.peek_token();
        return Err(InputError::new(
            source,
            Span::new(next.location.line as u32, next.location.column as u32),
            format!("syntax error at or near \"{}\"", next.token),
        ));
    }
    if let Some(at) = alter_tokens
        .as_deref()
        .and_then(|tokens| mysql_alter::syntax_error_at(&parsed, tokens))
    {
        return Err(InputError::new(
            source,
            Span::new(at.location.line as u32, at.location.column as u32),
            format!("syntax error at or near \"{}\"", at.token),
        ));
    }
    generated_columns::mark_virtual(&mut parsed, &virtual_generation);
    if let Some(names) = ctas_names {
        create_table_as::restore(&mut parsed, names);
    }
    if let Some(kind) = views::create(&parsed, view_tail) {
        statement.kind = kind;
        return Ok(statement);
    }
    statement.kind = StatementKind::Sql(Box::new(parsed));
    Ok(statement)
}

/// PostgreSQL forms sqlparser 0.52 cannot read and the engine does not model, which
/// SQLAlchemy writes: a statement that fails to parse and has one is Rehearse's
/// refusal naming it, not unreadable input.
fn unmodelled_construct(tokens: &[TokenWithLocation]) -> Option<String> {
    let is_word = |t: &Token, w: &str| matches!(t, Token::Word(x) if x.quote_style.is_none() && x.value.eq_ignore_ascii_case(w));
    // Commands alembic_utils writes that sqlparser cannot read in full.
    let lead: Vec<String> = tokens
        .iter()
        .take(3)
        .map(|t| match &t.token {
            Token::Word(w) if w.quote_style.is_none() => w.value.to_ascii_uppercase(),
            _ => String::new(),
        })
        .collect();
    let lead: Vec<&str> = lead.iter().map(String::as_str).collect();
    if let Some(what) = modifying_with::refusal(tokens) {
        return Some(what);
    }
    match lead.as_slice() {
        ["DROP", "EXTENSION", ..] | ["ALTER", "EXTENSION", ..] => {
            return Some(format!("{} EXTENSION", lead[0]))
        }
        // Options sqlparser does not read (SECURITY DEFINER, SET, COST, ...).
        ["CREATE", "FUNCTION", ..] | ["CREATE", "OR", "REPLACE"] | ["CREATE", "TRIGGER", ..] => {
            return Some("this form of CREATE FUNCTION / CREATE TRIGGER".into())
        }
        _ => {}
    }
    const FIELDS: &[&str] = &["year", "month", "day", "hour", "minute", "second"];
    for (i, t) in tokens.iter().enumerate() {
        // `INTERVAL DAY TO SECOND`, `INTERVAL YEAR` as a type (an interval literal
        // has its string first).
        if is_word(&t.token, "interval")
            && tokens
                .get(i + 1)
                .is_some_and(|n| FIELDS.iter().any(|f| is_word(&n.token, f)))
        {
            return Some("interval types with fields (INTERVAL DAY TO SECOND, ...)".into());
        }
    }
    None
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
    fn forms_sqlparser_cannot_read_are_named_refusals() {
        let parsed = parse_script(
            "CREATE TABLE t (a INTERVAL DAY TO SECOND (3)); ALTER TABLE t ADD COLUMN b int GENERATED ALWAYS AS (1 + (2)); ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS (1) VIRTUAL",
            Source::Migration,
        )
        .expect("recognised");
        let kinds: Vec<String> = parsed
            .iter()
            .map(|s| match &s.kind {
                StatementKind::Unsupported(what) => what.clone(),
                other => format!("{other:?}"),
            })
            .collect();
        assert!(
            kinds[0].starts_with("interval types with fields"),
            "{kinds:?}"
        );
        // Virtual generated columns are read (`generated_columns.rs`).
        assert!(kinds[1].starts_with("Sql("), "{kinds:?}");
        assert!(kinds[2].starts_with("Sql("), "{kinds:?}");
        let parsed = parse_script(
            "CREATE MATERIALIZED VIEW \"public\".\"mv\" AS select 1 WITH  DATA; DROP MATERIALIZED VIEW IF EXISTS mv; DROP EXTENSION \"uuid-ossp\" CASCADE",
            Source::Migration,
        )
        .expect("recognised");
        let kinds: Vec<&StatementKind> = parsed.iter().map(|s| &s.kind).collect();
        assert_eq!(
            kinds,
            [
                // Views are simulated (`views.rs`).
                &StatementKind::View(views::ViewCommand::Create(Box::new(views::CreateView {
                    or_replace: false,
                    materialized: true,
                    if_not_exists: false,
                    name: "mv".into(),
                    columns: Vec::new(),
                    query: match parsed[0].kind {
                        StatementKind::View(views::ViewCommand::Create(ref c)) => c.query.clone(),
                        _ => panic!("{:?}", parsed[0].kind),
                    },
                    check_option: None,
                    with_data: true,
                }))),
                &StatementKind::View(views::ViewCommand::DropMaterialized {
                    names: vec!["mv".into()],
                    if_exists: true,
                    cascade: false
                }),
                // DROP EXTENSION is simulated (`commands::drop_extension`).
                &StatementKind::DropExtension {
                    names: vec!["uuid-ossp".into()],
                    if_exists: false,
                    cascade: true
                },
            ]
        );
        // Still a syntax error when nothing explains it.
        assert!(parse_script(
            "CREATE TABLE t (a int GENERATED ALWAYS AS (1) STORED",
            Source::Migration
        )
        .is_err());
    }

    #[test]
    fn commands_sqlparser_cannot_read_are_unsupported_not_unreadable() {
        let parsed =
            parse_script("CHECKPOINT; vacuum (analyze) t;", Source::Migration).expect("recognised");
        let kinds: Vec<&StatementKind> = parsed.iter().map(|s| &s.kind).collect();
        assert_eq!(
            kinds,
            [
                &StatementKind::Unsupported("CHECKPOINT".into()),
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
    fn reindex_drop_extension_and_owners_read_on_tokens() {
        let parsed = parse_script(
            "REINDEX (VERBOSE) TABLE CONCURRENTLY public.t; REINDEX DATABASE;\
             DROP EXTENSION IF EXISTS citext, \"uuid-ossp\" CASCADE;\
             ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;\
             ALTER SEQUENCE s OWNER TO postgres",
            Source::Setup,
        )
        .unwrap();
        let kinds: Vec<&StatementKind> = parsed.iter().map(|s| &s.kind).collect();
        assert_eq!(
            kinds,
            [
                &StatementKind::Reindex {
                    target: ReindexTarget::Table,
                    name: Some("t".into()),
                    concurrently: true
                },
                &StatementKind::Reindex {
                    target: ReindexTarget::Database,
                    name: None,
                    concurrently: false
                },
                &StatementKind::DropExtension {
                    names: vec!["citext".into(), "uuid-ossp".into()],
                    if_exists: true,
                    cascade: true
                },
                &StatementKind::SequenceOwnedBy {
                    sequence: "t_id_seq".into(),
                    if_exists: false,
                    owner: Some(("t".into(), "id".into()))
                },
                &StatementKind::OwnerTo {
                    object: "sequence".into(),
                    name: "s".into()
                },
            ]
        );
    }

    #[test]
    fn index_operator_classes_are_taken_out_per_key() {
        let parsed = parse_script(
            "CREATE INDEX i ON public.t USING btree (name text_pattern_ops, (lower(a)) DESC, lower(b) public.varchar_pattern_ops NULLS FIRST, c COLLATE \"C\")",
            Source::Setup,
        )
        .unwrap();
        assert_eq!(
            parsed[0].opclasses,
            [
                Some("text_pattern_ops".into()),
                None,
                Some("varchar_pattern_ops".into()),
                None
            ]
        );
        let StatementKind::Sql(ast) = &parsed[0].kind else {
            panic!("{:?}", parsed[0].kind)
        };
        let ast::Statement::CreateIndex(create) = ast.as_ref() else {
            panic!()
        };
        assert_eq!(create.columns.len(), 4);
        assert_eq!(create.columns[2].nulls_first, Some(true));
    }

    #[test]
    fn copy_data_belongs_to_its_statement() {
        let sql = "\\restrict k\nCOPY public.t (a, b) FROM stdin;\n1\tx;y\n\\.\n\nSELECT 1;\n\\unrestrict k\n";
        let parsed = parse_script(sql, Source::Setup).unwrap();
        assert_eq!(parsed.len(), 2);
        assert_eq!(
            parsed[0].kind,
            StatementKind::CopyFromStdin {
                table: "t".into(),
                columns: Some(vec!["a".into(), "b".into()]),
                lines: vec!["1\tx;y".into()]
            }
        );
        assert_eq!(parsed[1].span, Span::new(6, 1));
    }

    #[test]
    fn statements_cut_from_the_end_keep_their_order_texts_and_data() {
        // Empty statements and comments dropped, texts up to each semicolon, the last
        // statement without one, COPY data with its statement. Both tokenizers (the
        // comment sends the second script to sqlparser's).
        for sql in [
            "SELECT 1;;\n  SELECT 2 ;\n\nCOPY t (a) FROM stdin;\n7\n\\.\nSELECT 3",
            "SELECT 1;;\n  SELECT 2 ; -- two\n\nCOPY t (a) FROM stdin;\n7\n\\.\nSELECT 3",
        ] {
            let pieces = split(sql, Source::Setup).unwrap();
            let texts: Vec<&str> = pieces.iter().map(|p| p.text.as_str()).collect();
            assert_eq!(
                texts,
                ["SELECT 1", "SELECT 2", "COPY t (a) FROM stdin", "SELECT 3"],
                "{sql}"
            );
            let spans: Vec<Span> = pieces.iter().map(|p| p.span).collect();
            assert_eq!(
                spans,
                [
                    Span::new(1, 1),
                    Span::new(2, 3),
                    Span::new(4, 1),
                    Span::new(7, 1)
                ]
            );
            let data: Vec<Option<Vec<String>>> =
                pieces.iter().map(|p| p.copy_data.clone()).collect();
            assert_eq!(data, [None, None, Some(vec!["7".to_string()]), None]);
        }
    }

    #[test]
    fn mysql_alter_subcommands_are_postgresql_syntax_errors() {
        // As PostgreSQL words them (probed on PGlite): at the subcommand's word.
        for (sql, near, column) in [
            (
                "alter table Flavors change column pool_group pool_group varchar(64) default null",
                "change",
                21,
            ),
            ("ALTER TABLE t ADD COLUMN b int, MODIFY a int", "MODIFY", 33),
            (
                "ALTER TABLE IF EXISTS ONLY s.t modify column a text",
                "modify",
                32,
            ),
        ] {
            let err = parse_script(sql, Source::Migration).unwrap_err();
            assert_eq!(
                err.message,
                format!("syntax error at or near \"{near}\""),
                "{sql}"
            );
            assert_eq!(err.span.column, column, "{sql}");
        }
        // A column named `change` is no MySQL subcommand.
        assert!(parse_script("ALTER TABLE t ADD COLUMN change int", Source::Migration).is_ok());
    }

    #[test]
    fn parse_errors_carry_positions() {
        let err =
            parse_script("SELECT 1;\nALTER TABLE t ADD COLUMN;", Source::Migration).unwrap_err();
        assert_eq!(err.span.line, 2);
    }
}
