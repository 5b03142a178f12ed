//! The view commands, read as [`ViewCommand`]s: `CREATE [OR REPLACE] [MATERIALIZED]
//! VIEW` (sqlparser reads it once the tails it lacks, `WITH [CASCADED | LOCAL] CHECK
//! OPTION` and `WITH [NO] DATA`, are taken off the tokens), and on the token stream
//! the forms sqlparser 0.52 has no grammar for: `ALTER [MATERIALIZED] VIEW ... RENAME
//! [COLUMN] ... TO ...`, `REFRESH MATERIALIZED VIEW` and `DROP MATERIALIZED VIEW`.
//!
//! Each reader answers `None` when the tokens are not exactly its form, so sqlparser
//! still decides what else is a syntax error.

use super::{ident_text, word, StatementKind};
use sqlparser::ast;
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, TokenWithLocation};

/// `WITH [CASCADED | LOCAL] CHECK OPTION`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckOption {
    /// `CASCADED` (the default).
    Cascaded,
    /// `LOCAL`.
    Local,
}

/// The tail of a CREATE VIEW statement that sqlparser cannot read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewTail {
    /// `WITH [CASCADED | LOCAL] CHECK OPTION`.
    CheckOption(CheckOption),
    /// `WITH DATA` (true) or `WITH NO DATA` (false), for a materialized view.
    Data(bool),
}

/// `CREATE [OR REPLACE] [MATERIALIZED] VIEW name [(columns)] AS query [tail]`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateView {
    /// OR REPLACE.
    pub or_replace: bool,
    /// MATERIALIZED.
    pub materialized: bool,
    /// IF NOT EXISTS (materialized views only, in PostgreSQL's grammar).
    pub if_not_exists: bool,
    /// The view's name (unqualified).
    pub name: String,
    /// The column names listed after the name.
    pub columns: Vec<String>,
    /// The query.
    pub query: ast::Query,
    /// WITH ... CHECK OPTION.
    pub check_option: Option<CheckOption>,
    /// False for `WITH NO DATA`.
    pub with_data: bool,
}

/// A view command.
#[derive(Debug, Clone, PartialEq)]
pub enum ViewCommand {
    /// CREATE [OR REPLACE] [MATERIALIZED] VIEW.
    Create(Box<CreateView>),
    /// `ALTER [MATERIALIZED] VIEW [IF EXISTS] name RENAME TO new`.
    Rename {
        /// MATERIALIZED.
        materialized: bool,
        /// IF EXISTS.
        if_exists: bool,
        /// The view.
        name: String,
        /// Its new name.
        to: String,
    },
    /// `ALTER [MATERIALIZED] VIEW [IF EXISTS] name RENAME [COLUMN] a TO b`.
    RenameColumn {
        /// MATERIALIZED.
        materialized: bool,
        /// IF EXISTS.
        if_exists: bool,
        /// The view.
        name: String,
        /// The column.
        from: String,
        /// Its new name.
        to: String,
    },
    /// `REFRESH MATERIALIZED VIEW [CONCURRENTLY] name [WITH [NO] DATA]`.
    Refresh {
        /// The materialized view.
        name: String,
        /// CONCURRENTLY.
        concurrently: bool,
        /// False for `WITH NO DATA`.
        with_data: bool,
    },
    /// `ALTER MATERIALIZED VIEW name OWNER TO role` (roles are not modelled).
    OwnerTo {
        /// The materialized view.
        name: String,
    },
    /// `DROP MATERIALIZED VIEW [IF EXISTS] name, ... [CASCADE | RESTRICT]`.
    DropMaterialized {
        /// The materialized views.
        names: Vec<String>,
        /// IF EXISTS.
        if_exists: bool,
        /// CASCADE.
        cascade: bool,
    },
}

fn is_word(t: Option<&TokenWithLocation>, text: &str) -> bool {
    matches!(t.map(|t| &t.token), Some(Token::Word(w)) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(text))
}

/// A possibly schema-qualified name at `at`: the last part, and the index after it.
fn qualified(tokens: &[TokenWithLocation], at: usize) -> Option<(String, usize)> {
    let mut last = ident_text(&tokens.get(at)?.token)?;
    let mut i = at + 1;
    while tokens.get(i).map(|t| &t.token) == Some(&Token::Period) {
        last = ident_text(&tokens.get(i + 1)?.token)?;
        i += 2;
    }
    Some((last, i))
}

/// The commands read on tokens: ALTER VIEW ... RENAME, REFRESH and DROP MATERIALIZED
/// VIEW.
pub(super) fn command(tokens: &[TokenWithLocation]) -> Option<StatementKind> {
    let command = if is_word(tokens.first(), "alter") {
        alter(tokens)?
    } else if is_word(tokens.first(), "refresh") {
        refresh(tokens)?
    } else if is_word(tokens.first(), "drop") && is_word(tokens.get(1), "materialized") {
        drop_materialized(tokens)?
    } else {
        return None;
    };
    Some(StatementKind::View(command))
}

fn alter(tokens: &[TokenWithLocation]) -> Option<ViewCommand> {
    let mut i = 1;
    let materialized = is_word(tokens.get(i), "materialized");
    if materialized {
        i += 1;
    }
    if !is_word(tokens.get(i), "view") {
        return None;
    }
    i += 1;
    let if_exists = is_word(tokens.get(i), "if") && is_word(tokens.get(i + 1), "exists");
    if if_exists {
        i += 2;
    }
    let (name, mut i) = qualified(tokens, i)?;
    // pg_dump's `ALTER MATERIALIZED VIEW name OWNER TO role` (ALTER VIEW's is read
    // with the other objects' in `commands`).
    if materialized
        && is_word(tokens.get(i), "owner")
        && is_word(tokens.get(i + 1), "to")
        && tokens.len() == i + 3
    {
        return Some(ViewCommand::OwnerTo { name });
    }
    if !is_word(tokens.get(i), "rename") {
        return None;
    }
    i += 1;
    if is_word(tokens.get(i), "to") {
        let to = ident_text(&tokens.get(i + 1)?.token)?;
        return (tokens.len() == i + 2).then_some(ViewCommand::Rename {
            materialized,
            if_exists,
            name,
            to,
        });
    }
    if is_word(tokens.get(i), "column") {
        i += 1;
    }
    let from = ident_text(&tokens.get(i)?.token)?;
    if !is_word(tokens.get(i + 1), "to") {
        return None;
    }
    let to = ident_text(&tokens.get(i + 2)?.token)?;
    (tokens.len() == i + 3).then_some(ViewCommand::RenameColumn {
        materialized,
        if_exists,
        name,
        from,
        to,
    })
}

fn refresh(tokens: &[TokenWithLocation]) -> Option<ViewCommand> {
    if !is_word(tokens.get(1), "materialized") || !is_word(tokens.get(2), "view") {
        return None;
    }
    let mut i = 3;
    let concurrently = is_word(tokens.get(i), "concurrently");
    if concurrently {
        i += 1;
    }
    let (name, i) = qualified(tokens, i)?;
    let with_data = match &tokens[i..] {
        [] => true,
        [with, data] if is_word(Some(with), "with") && is_word(Some(data), "data") => true,
        [with, no, data]
            if is_word(Some(with), "with")
                && is_word(Some(no), "no")
                && is_word(Some(data), "data") =>
        {
            false
        }
        _ => return None,
    };
    Some(ViewCommand::Refresh {
        name,
        concurrently,
        with_data,
    })
}

fn drop_materialized(tokens: &[TokenWithLocation]) -> Option<ViewCommand> {
    if !is_word(tokens.get(2), "view") {
        return None;
    }
    let mut i = 3;
    let if_exists = is_word(tokens.get(i), "if") && is_word(tokens.get(i + 1), "exists");
    if if_exists {
        i += 2;
    }
    let mut names = Vec::new();
    loop {
        let (name, next) = qualified(tokens, i)?;
        names.push(name);
        i = next;
        if tokens.get(i).map(|t| &t.token) != Some(&Token::Comma) {
            break;
        }
        i += 1;
    }
    let cascade = match tokens.get(i).and_then(|t| word(&t.token)) {
        Some(Keyword::CASCADE) => {
            i += 1;
            true
        }
        Some(Keyword::RESTRICT) => {
            i += 1;
            false
        }
        _ => false,
    };
    (i == tokens.len()).then_some(ViewCommand::DropMaterialized {
        names,
        if_exists,
        cascade,
    })
}

/// Takes `WITH [CASCADED | LOCAL] CHECK OPTION` or `WITH [NO] DATA` off the end of a
/// CREATE ... VIEW statement (which sqlparser then reads).
pub(super) fn take_tail(tokens: &mut Vec<TokenWithLocation>) -> Option<ViewTail> {
    let is_create_view = is_word(tokens.first(), "create")
        && tokens.iter().take(6).any(|t| is_word(Some(t), "view"));
    if !is_create_view {
        return None;
    }
    let n = tokens.len();
    let at = |k: usize, w: &str| n >= k && is_word(tokens.get(n - k), w);
    let (tail, len) = if at(3, "with") && at(2, "check") && at(1, "option") {
        (ViewTail::CheckOption(CheckOption::Cascaded), 3)
    } else if at(4, "with") && at(3, "cascaded") && at(2, "check") && at(1, "option") {
        (ViewTail::CheckOption(CheckOption::Cascaded), 4)
    } else if at(4, "with") && at(3, "local") && at(2, "check") && at(1, "option") {
        (ViewTail::CheckOption(CheckOption::Local), 4)
    } else if at(2, "with") && at(1, "data") {
        (ViewTail::Data(true), 2)
    } else if at(3, "with") && at(2, "no") && at(1, "data") {
        (ViewTail::Data(false), 3)
    } else {
        return None;
    };
    tokens.truncate(n - len);
    Some(tail)
}

/// A CREATE VIEW sqlparser read, with the tail taken off before: the view command, or
/// a refusal naming what the engine does not model. `None` for other statements.
pub(super) fn create(parsed: &ast::Statement, tail: Option<ViewTail>) -> Option<StatementKind> {
    let ast::Statement::CreateView {
        or_replace,
        materialized,
        name,
        columns,
        query,
        options,
        cluster_by,
        comment,
        with_no_schema_binding,
        if_not_exists,
        temporary,
        to,
    } = parsed
    else {
        return None;
    };
    let refuse = |what: &str| Some(StatementKind::Unsupported(what.to_string()));
    if *temporary {
        return refuse("CREATE TEMPORARY VIEW");
    }
    if !matches!(options, ast::CreateTableOptions::None) {
        return refuse("view options (CREATE VIEW ... WITH (...))");
    }
    if !cluster_by.is_empty() || comment.is_some() || *with_no_schema_binding || to.is_some() {
        return refuse("this form of CREATE VIEW");
    }
    if columns
        .iter()
        .any(|c| c.data_type.is_some() || c.options.is_some())
    {
        return refuse("this form of CREATE VIEW");
    }
    let (check_option, with_data) = match tail {
        None => (None, true),
        Some(ViewTail::CheckOption(c)) if !materialized => (Some(c), true),
        Some(ViewTail::Data(d)) if *materialized => (None, d),
        // PostgreSQL's grammar has neither combination.
        Some(_) => return None,
    };
    Some(StatementKind::View(ViewCommand::Create(Box::new(
        CreateView {
            or_replace: *or_replace,
            materialized: *materialized,
            if_not_exists: *if_not_exists,
            name: crate::object_name(name),
            columns: columns.iter().map(|c| crate::ident(&c.name)).collect(),
            query: (**query).clone(),
            check_option,
            with_data,
        },
    ))))
}
