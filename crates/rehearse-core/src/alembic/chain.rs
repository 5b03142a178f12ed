//! The revision chain of an Alembic `versions/` directory: each file's header
//! (`revision`, `down_revision`) and the order the revisions run in.
//!
//! [`read_header`] reads a file's module-level `revision = ...` and `down_revision = ...`
//! (also annotated, `down_revision: Union[str, None] = ...`) on rustpython's token
//! stream; [`order`] sorts the revisions from the base (`down_revision = None`) to the
//! head, or names every problem Alembic would refuse (duplicate ids, missing parents, no
//! base or several, several heads, cycles). A branch that a merge revision (a tuple
//! `down_revision`) joins again is linearised: parents before children, ties broken by
//! file name.
//!
//! Invariants:
//! - **No I/O.** Text in, typed values out: file names, paths and texts are given by
//!   the caller ([`RevisionFile`]); problems are enums ([`HeaderError`], [`Problem`])
//!   whose `Display` is the message `rehearse check` prints.
//! - **A file the front end cannot run still places in the chain.** Only the header is
//!   read, from the token stream: the parser never sees the file, so a construct the
//!   playground does not run, or a Python syntax error further down, does not matter;
//!   after a lexical error outside the header (a stray `$`, a string left open, a bad
//!   dedent) the tokens resume on the next line, and header lines that brackets cannot
//!   hold (never closed, closed with the wrong kind, not a call's) are read on their own.
//! - **Linear in the file's length, and nothing recursive sees unbounded input.** Each
//!   character is tokenized once; a value reaches rustpython's parser (which turns the
//!   string tokens into Python's values) only when it is made of strings, `None`, commas
//!   and at most one level of brackets.
//! - **Never panics** on any text.

use rustpython_parser::ast::{self, Constant};
use rustpython_parser::lexer::{lex_starts_at, LexResult, LexicalErrorType};
use rustpython_parser::text_size::{TextRange, TextSize};
use rustpython_parser::{Mode, StringKind, Tok};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The identifiers at the top of a revision file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// `revision`.
    pub revision: String,
    /// `down_revision`: empty for a base (`None`), two or more for a merge point.
    pub down: Vec<String>,
}

/// A header assignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// `revision`
    Revision,
    /// `down_revision`
    DownRevision,
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Field::Revision => "revision",
            Field::DownRevision => "down_revision",
        })
    }
}

/// Why a file's header cannot be read. Lines are 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderError {
    /// A string in a value that is never closed, on `line`.
    UnterminatedString {
        /// Where the string is.
        line: usize,
    },
    /// A token no string, `None` or tuple of strings is made of (a name, a number, an
    /// operator, an f-string...).
    Unexpected {
        /// Where it is.
        line: usize,
        /// The word (letters, digits, `_` and `.`) or the one character there.
        found: String,
    },
    /// A value of strings, `None` and brackets that is still not a string, `None` or a
    /// tuple of strings (`('a', None)`, a bracket never closed, nested tuples).
    Unreadable {
        /// The assignment's line.
        line: usize,
        /// Which assignment.
        field: Field,
        /// The start of the value as the message quotes it: its first line, trimmed and
        /// cut at [`QUOTED`] characters, with ` ...` when there is more.
        start: String,
    },
    /// `revision` is not one string (`None`, a tuple of two...).
    RevisionNotOneString {
        /// The assignment's line.
        line: usize,
    },
    /// `revision` is set and `down_revision` is not.
    NoDownRevision {
        /// The line of `revision`.
        revision_line: usize,
    },
}

impl fmt::Display for HeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeaderError::UnterminatedString { line } => {
                write!(f, "line {line}: unterminated string")
            }
            HeaderError::Unexpected { line, found } => write!(
                f,
                "line {line}: expected a string, None or a tuple of strings, found `{found}`"
            ),
            HeaderError::Unreadable { line, field, start } => write!(
                f,
                "line {line}: cannot read `{field} = {start}`: expected a string, None or a \
                 tuple of strings"
            ),
            HeaderError::RevisionNotOneString { line } => {
                write!(f, "line {line}: `revision` must be one string")
            }
            HeaderError::NoDownRevision { revision_line } => write!(
                f,
                "`revision` is set on line {revision_line} but `down_revision` is not (use \
                 `down_revision = None` for the first revision)"
            ),
        }
    }
}

impl std::error::Error for HeaderError {}

/// Longest value text an error quotes.
pub const QUOTED: usize = 80;

/// The values read so far, each with the offset of its assignment (the last one wins,
/// as in Python).
#[derive(Default)]
struct Assignments {
    revision: Option<(Vec<String>, usize)>,
    down: Option<(Vec<String>, usize)>,
}

impl Assignments {
    fn set(&mut self, field: Field, value: Vec<String>, name: TextSize) {
        let slot = match field {
            Field::Revision => &mut self.revision,
            Field::DownRevision => &mut self.down,
        };
        *slot = Some((value, at(name)));
    }
}

/// Reads `revision` and `down_revision` from a revision file. `Ok(None)`: the file has
/// no module-level `revision = ...` (not a revision). The first unreadable value is the
/// error.
pub fn read_header(text: &str) -> Result<Option<Header>, HeaderError> {
    let mut found = Assignments::default();
    let mut start = Some(0);
    while let Some(from) = start {
        start = scan(text, from, &mut found)?;
    }
    let Some((revision, offset)) = found.revision else {
        return Ok(None);
    };
    let line = line_of(text, offset);
    let revision = match <[String; 1]>::try_from(revision) {
        Ok([one]) => one,
        Err(_) => return Err(HeaderError::RevisionNotOneString { line }),
    };
    let Some((down, _)) = found.down else {
        return Err(HeaderError::NoDownRevision {
            revision_line: line,
        });
    };
    Ok(Some(Header { revision, down }))
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    let before = text.as_bytes().get(..offset).unwrap_or(text.as_bytes());
    1 + before.iter().filter(|&&b| b == b'\n').count()
}

/// The byte offset of a token position.
fn at(size: TextSize) -> usize {
    size.to_usize()
}

/// Where the tokens resume after a lexical error at `location`: the start of the next
/// line (the error's own line when it is reported just past a line break), never at or
/// before `from`. `None`: the error is on the last line.
fn resume_after(text: &str, from: usize, location: TextSize) -> Option<usize> {
    let search = at(location).saturating_sub(1).max(from);
    let newline = text
        .as_bytes()
        .get(search..)?
        .iter()
        .position(|&b| b == b'\n')?;
    Some(search + newline + 1)
}

/// Whether `tok` starts a compound statement (its body is not module level).
fn compound(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::If
            | Tok::Elif
            | Tok::Else
            | Tok::While
            | Tok::For
            | Tok::Try
            | Tok::Except
            | Tok::Finally
            | Tok::With
            | Tok::Def
            | Tok::Class
            | Tok::Async
            | Tok::At
            | Tok::Match
            | Tok::Case
    )
}

/// Tokens from a line start on, peekable.
type Tokens<'a> = std::iter::Peekable<Box<dyn Iterator<Item = LexResult> + 'a>>;

/// rustpython's tokens of `text` from `from` (a line start) on; `None` past the end.
fn tokens_from(text: &str, from: usize) -> Option<Tokens<'_>> {
    let source = text.get(from..)?;
    let start = u32::try_from(from).ok()?;
    let tokens: Box<dyn Iterator<Item = LexResult>> =
        Box::new(lex_starts_at(source, Mode::Module, TextSize::new(start)));
    Some(tokens.peekable())
}

/// The header field a name assigns, if any.
fn field(tok: &Tok) -> Option<Field> {
    match tok {
        Tok::Name { name } if name == "revision" => Some(Field::Revision),
        Tok::Name { name } if name == "down_revision" => Some(Field::DownRevision),
        _ => None,
    }
}

/// After the name of `field` (at `name`): its assignment, if it is one, read into
/// `found`.
fn read_assignment(
    text: &str,
    tokens: &mut Tokens,
    field: Field,
    name: TextSize,
    found: &mut Assignments,
) -> Result<(), HeaderError> {
    if let Some(equal) = assignment(tokens) {
        let value = read_value(text, tokens, field, name, equal)?;
        found.set(field, value, name);
    }
    Ok(())
}

/// Reads the module-level assignments of `text` from offset `from` (the start of a
/// line). `Ok(Some(offset))`: a lexical error outside a value; go on from `offset`.
///
/// Inside brackets, a header name at column 0 is read as a statement of its own (as
/// a reader of lines would) when the brackets cannot hold it: they never close, close
/// with the wrong kind or hold a lexical error (the file is broken there), or they are
/// not the parentheses of a call or definition, where `revision = ...` could only be a
/// keyword argument.
fn scan(text: &str, from: usize, found: &mut Assignments) -> Result<Option<usize>, HeaderError> {
    let Some(mut tokens) = tokens_from(text, from) else {
        return Ok(None);
    };
    let mut indent = 0usize;
    // The open brackets: the token that closes each, and whether it is a call's.
    let mut brackets: Vec<(Tok, bool)> = Vec::new();
    // A bracket closed with the wrong kind since the outermost opened.
    let mut mismatched = false;
    // Header names at column 0 inside the open brackets, and whether each could be a
    // keyword argument.
    let mut in_brackets: Vec<(usize, bool)> = Vec::new();
    // At the start of a statement of a simple (not compound) logical line.
    let mut statement_start = true;
    let mut simple = true;
    // The previous token: the `=` of a module-level statement (`x = revision = ...`);
    // something a `(` calls.
    let mut after_equal = false;
    let mut callable = false;
    // `name: Annotation` read, its `=` not yet.
    let mut annotated: Option<(Field, TextSize)> = None;
    loop {
        let (tok, range) = match tokens.next() {
            None => return Ok(None),
            Some(Ok(token)) => token,
            Some(Err(e)) => {
                for (start, _) in in_brackets {
                    statement(text, start, found)?;
                }
                return Ok(resume_after(text, from, e.location));
            }
        };
        let starts = statement_start;
        let chained = after_equal;
        statement_start = false;
        after_equal = false;
        let module_level = simple && indent == 0 && brackets.is_empty();
        match &tok {
            Tok::Newline => {
                statement_start = true;
                simple = true;
                annotated = None;
            }
            Tok::Indent => {
                indent += 1;
                statement_start = starts;
            }
            Tok::Dedent => {
                indent = indent.saturating_sub(1);
                statement_start = starts;
            }
            Tok::Semi if module_level => {
                statement_start = true;
                annotated = None;
            }
            Tok::Lpar => brackets.push((Tok::Rpar, callable)),
            Tok::Lsqb => brackets.push((Tok::Rsqb, false)),
            Tok::Lbrace => brackets.push((Tok::Rbrace, false)),
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                if let Some((closing, _)) = brackets.pop() {
                    mismatched |= closing != tok;
                }
                if brackets.is_empty() {
                    for (start, keyword) in std::mem::take(&mut in_brackets) {
                        if mismatched || !keyword {
                            statement(text, start, found)?;
                        }
                    }
                    mismatched = false;
                }
            }
            Tok::Equal if module_level => match annotated.take() {
                Some((field, name)) => {
                    let value = read_value(text, &mut tokens, field, name, range)?;
                    found.set(field, value, name);
                }
                None => after_equal = true,
            },
            _ => {}
        }
        if starts && compound(&tok) {
            simple = false;
        }
        callable = matches!(
            tok,
            Tok::Name { .. } | Tok::Rpar | Tok::Rsqb | Tok::String { .. }
        );
        let Some(field) = field(&tok) else {
            continue;
        };
        if module_level && (starts || chained) {
            match tokens.peek() {
                Some(Ok((Tok::Equal, equal))) => {
                    let equal = *equal;
                    tokens.next();
                    let value = read_value(text, &mut tokens, field, range.start(), equal)?;
                    found.set(field, value, range.start());
                }
                Some(Ok((Tok::Colon, _))) if starts => {
                    tokens.next();
                    annotated = Some((field, range.start()));
                }
                _ => {}
            }
        } else if let Some(&(_, keyword)) = brackets.last() {
            if line_start(text, at(range.start())) {
                in_brackets.push((at(range.start()), keyword));
            }
        }
    }
}

/// Whether `offset` starts a line.
fn line_start(text: &str, offset: usize) -> bool {
    offset == 0 || matches!(text.as_bytes().get(offset - 1), Some(b'\n' | b'\r'))
}

/// Reads the header assignment that starts at `start`, if it is one, on tokens of its
/// own.
fn statement(text: &str, start: usize, found: &mut Assignments) -> Result<(), HeaderError> {
    let Some(mut tokens) = tokens_from(text, start) else {
        return Ok(());
    };
    if let Some(Ok((tok, range))) = tokens.next() {
        if let Some(field) = field(&tok) {
            read_assignment(text, &mut tokens, field, range.start(), found)?;
        }
    }
    Ok(())
}

/// After a header name: the `=` of `name = ...` or `name: Annotation = ...`, consumed
/// with any annotation. `None`: not an assignment (or a lexical error in the
/// annotation).
fn assignment(tokens: &mut Tokens) -> Option<TextRange> {
    match tokens.next()? {
        Ok((Tok::Equal, range)) => return Some(range),
        Ok((Tok::Colon, _)) => {}
        _ => return None,
    }
    let mut depth = 0usize;
    loop {
        match tokens.next()? {
            Ok((Tok::Equal, range)) if depth == 0 => return Some(range),
            Ok((Tok::Newline, _)) | Err(_) => return None,
            Ok((Tok::Semi, _)) if depth == 0 => return None,
            Ok((Tok::Lpar | Tok::Lsqb | Tok::Lbrace, _)) => depth += 1,
            Ok((Tok::Rpar | Tok::Rsqb | Tok::Rbrace, _)) => depth = depth.saturating_sub(1),
            Ok(_) => {}
        }
    }
}

/// The word at `offset` (letters, digits, `_` and `.`), or the one character there.
fn word_at(text: &str, offset: usize) -> String {
    let rest = text.get(offset..).unwrap_or("");
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '.')
        .collect();
    if word.is_empty() {
        rest.chars().next().map(String::from).unwrap_or_default()
    } else {
        word
    }
}

/// Where the next token after `offset` starts: past whitespace, line breaks, comments
/// and line continuations.
fn next_token(text: &str, offset: usize) -> usize {
    let mut rest = text.get(offset..).unwrap_or("");
    loop {
        let trimmed = rest.trim_start();
        let skipped = if trimmed.starts_with('#') {
            trimmed.find('\n').map_or("", |end| &trimmed[end..])
        } else if let Some(continued) = trimmed.strip_prefix('\\') {
            match continued.trim_start_matches('\r').strip_prefix('\n') {
                Some(after) => after,
                None => trimmed,
            }
        } else {
            trimmed
        };
        if skipped.len() == rest.len() {
            return text.len() - rest.len();
        }
        rest = skipped;
    }
}

/// Whether `rest` starts with a string literal's opening (a quote, after at most two
/// prefix letters).
fn opens_string(rest: &str) -> bool {
    let letters = rest.chars().take_while(char::is_ascii_alphabetic).count();
    letters <= 2 && matches!(rest.as_bytes().get(letters), Some(b'\'' | b'"'))
}

/// Reads the value after `=` (`equal`) up to the end of the statement: a string, `None`
/// (no parents) or a tuple or list of strings.
fn read_value(
    text: &str,
    tokens: &mut Tokens,
    field: Field,
    name: TextSize,
    equal: TextRange,
) -> Result<Vec<String>, HeaderError> {
    let value_start = at(equal.end());
    // The value's first line, quoted; `more_lines`: the value goes on past it.
    let unreadable = |more_lines: bool| {
        let first_line = text
            .get(value_start..)
            .unwrap_or("")
            .split('\n')
            .next()
            .unwrap_or("")
            .trim();
        let mut start: String = first_line.chars().take(QUOTED).collect();
        if more_lines || start.len() < first_line.len() {
            start.push_str(" ...");
        }
        HeaderError::Unreadable {
            line: line_of(text, at(name)),
            field,
            start,
        }
    };
    let spans_lines = |end: usize| {
        text.as_bytes()
            .get(value_start..end.max(value_start))
            .is_some_and(|value| value.contains(&b'\n'))
    };
    let mut value: Vec<(Tok, TextRange)> = Vec::new();
    let mut depth = 0usize;
    // Deeper than one bracket, or brackets that do not close: not a value, but a token
    // further on that no value has is still the error to name.
    let mut shapeless = false;
    let mut last_end = at(equal.end());
    let end = loop {
        match tokens.peek() {
            None => break text.len(),
            Some(Ok((Tok::Newline, range))) => break at(range.start()),
            Some(Ok((Tok::Semi, range))) if depth == 0 => break at(range.start()),
            _ => {}
        }
        let (tok, range) = match tokens.next() {
            Some(Ok(token)) => token,
            Some(Err(e)) => {
                let location = at(e.location);
                let next = next_token(text, last_end);
                return Err(match e.error {
                    LexicalErrorType::UnrecognizedToken { tok } => HeaderError::Unexpected {
                        line: line_of(text, location),
                        found: word_at(text, location.saturating_sub(tok.len_utf8())),
                    },
                    LexicalErrorType::LineContinuationError if location < text.len() => {
                        HeaderError::Unexpected {
                            line: line_of(text, location),
                            found: "\\".into(),
                        }
                    }
                    LexicalErrorType::StringError => HeaderError::UnterminatedString {
                        line: line_of(text, next),
                    },
                    LexicalErrorType::OtherError(message) if message.starts_with("EOL") => {
                        HeaderError::UnterminatedString {
                            line: line_of(text, next),
                        }
                    }
                    // A malformed number.
                    LexicalErrorType::OtherError(_) => HeaderError::Unexpected {
                        line: line_of(text, next),
                        found: word_at(text, next),
                    },
                    // The end of the file inside a string, inside brackets or after a
                    // backslash.
                    LexicalErrorType::Eof | LexicalErrorType::LineContinuationError => {
                        if opens_string(text.get(next..).unwrap_or("")) {
                            HeaderError::UnterminatedString {
                                line: line_of(text, next),
                            }
                        } else if depth == 0 && !shapeless {
                            break text.len();
                        } else {
                            unreadable(true)
                        }
                    }
                    _ => unreadable(spans_lines(location)),
                });
            }
            None => break text.len(),
        };
        last_end = at(range.end());
        match &tok {
            Tok::String {
                kind: StringKind::String | StringKind::RawString | StringKind::Unicode,
                ..
            }
            | Tok::None
            | Tok::Comma => {}
            Tok::Lpar | Tok::Lsqb => {
                depth += 1;
                shapeless |= depth > 1;
            }
            Tok::Rpar | Tok::Rsqb => depth = depth.saturating_sub(1),
            _ => {
                return Err(HeaderError::Unexpected {
                    line: line_of(text, at(range.start())),
                    found: word_at(text, at(range.start())),
                })
            }
        }
        if !shapeless {
            value.push((tok, range));
        }
    };
    if shapeless || depth != 0 || value.is_empty() {
        return Err(unreadable(spans_lines(end)));
    }
    if let Some(strings) = plain_value(&value) {
        return Ok(strings);
    }
    let parsed = rustpython_parser::parse_tokens(
        value.into_iter().map(Ok),
        Mode::Expression,
        "<revision header>",
    );
    let body = match parsed {
        Ok(ast::Mod::Expression(expression)) => *expression.body,
        _ => return Err(unreadable(spans_lines(end))),
    };
    let string = |e: ast::Expr| match e {
        ast::Expr::Constant(ast::ExprConstant {
            value: Constant::Str(s),
            ..
        }) => Some(s),
        _ => None,
    };
    let strings = match body {
        ast::Expr::Constant(ast::ExprConstant {
            value: Constant::None,
            ..
        }) => Some(Vec::new()),
        ast::Expr::Tuple(ast::ExprTuple { elts, .. })
        | ast::Expr::List(ast::ExprList { elts, .. }) => elts.into_iter().map(string).collect(),
        other => string(other).map(|s| vec![s]),
    };
    strings.ok_or_else(|| unreadable(spans_lines(end)))
}

/// A string token's text when it is its value: a plain, raw or `u` string without a
/// backslash (Python reads an escape only after one).
fn plain_string(tok: &Tok) -> Option<&str> {
    match tok {
        Tok::String {
            value,
            kind: StringKind::String | StringKind::RawString | StringKind::Unicode,
            ..
        } if !value.contains('\\') => Some(value),
        _ => None,
    }
}

/// The common forms, read without the parser (which a value of many strings would make
/// slow): `None`, a plain string, or brackets of plain strings separated by commas. The
/// rest (escapes, implicit concatenation, a tuple without brackets) goes to the parser.
fn plain_value(value: &[(Tok, TextRange)]) -> Option<Vec<String>> {
    match value {
        [(Tok::None, _)] => Some(Vec::new()),
        [(tok, _)] => plain_string(tok).map(|s| vec![s.to_string()]),
        [(Tok::Lpar, _), inner @ .., (Tok::Rpar, _)]
        | [(Tok::Lsqb, _), inner @ .., (Tok::Rsqb, _)] => {
            let mut strings = Vec::new();
            let mut expect_item = true;
            for (tok, _) in inner {
                if expect_item {
                    strings.push(plain_string(tok)?.to_string());
                    expect_item = false;
                } else if *tok == Tok::Comma {
                    expect_item = true;
                } else {
                    return None;
                }
            }
            Some(strings)
        }
        _ => None,
    }
}

/// One revision file, as the chain sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevisionFile {
    /// `revision`.
    pub id: String,
    /// `down_revision` (empty: the base).
    pub down: Vec<String>,
    /// How messages name the file (for the CLI: its path as the user sees it).
    pub path: String,
    /// The file name alone, for breaking ties.
    pub name: String,
}

impl RevisionFile {
    /// The revision of a file's `header`.
    pub fn new(header: Header, path: String, name: String) -> RevisionFile {
        RevisionFile {
            id: header.revision,
            down: header.down,
            path,
            name,
        }
    }
}

/// The order the revisions run in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chain {
    /// Indices into the revisions given to [`order`]: base first, head last.
    pub order: Vec<usize>,
    /// When the history branches and merges again: how it was made a line.
    pub linearised: Option<Linearised>,
}

/// How a history that branches and merges again was made a line. Indices are into
/// the revisions given to [`order`], each list in that order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Linearised {
    /// Each revision with more than one child, and its children.
    pub branches: Vec<(usize, Vec<usize>)>,
    /// Each merge revision, and its parents.
    pub merges: Vec<(usize, Vec<usize>)>,
}

impl Linearised {
    /// The note `rehearse check` prints, naming the revisions of `revisions`.
    pub fn display<'a>(&'a self, revisions: &'a [RevisionFile]) -> impl fmt::Display + 'a {
        Shown {
            item: self,
            revisions,
        }
    }
}

/// Why the revisions do not form one history Alembic would run. Indices are into the
/// revisions given to [`order`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Two files define the same `revision`.
    DuplicateId {
        /// The first file with the id.
        first: usize,
        /// A later one.
        second: usize,
    },
    /// A `down_revision` that no file defines.
    MissingParent {
        /// The revision naming it.
        revision: usize,
        /// The id no file defines.
        parent: String,
    },
    /// Every revision names a parent: none starts the history.
    NoBase,
    /// More than one revision has `down_revision = None`.
    SeveralBases(Vec<usize>),
    /// More than one revision has no child.
    SeveralHeads(Vec<usize>),
    /// Revisions that revise each other, in running order (each revises the one before
    /// it, the first the last); empty when no cycle could be traced.
    Cycle(Vec<usize>),
}

impl Problem {
    /// The message `rehearse check` prints, naming the revisions of `revisions` (the
    /// slice given to [`order`]) by `id (path)`.
    pub fn display<'a>(&'a self, revisions: &'a [RevisionFile]) -> impl fmt::Display + 'a {
        Shown {
            item: self,
            revisions,
        }
    }
}

/// A [`Problem`] or [`Linearised`] with the revisions its indices point into.
struct Shown<'a, T> {
    item: &'a T,
    revisions: &'a [RevisionFile],
}

impl<T> Shown<'_, T> {
    fn id(&self, i: usize) -> &str {
        self.revisions.get(i).map_or("?", |r| r.id.as_str())
    }

    fn path(&self, i: usize) -> &str {
        self.revisions.get(i).map_or("?", |r| r.path.as_str())
    }

    /// `id (path)`, as messages name a revision.
    fn named(&self, i: usize) -> String {
        format!("{} ({})", self.id(i), self.path(i))
    }

    fn list(&self, ids: &[usize], each: impl Fn(usize) -> String, separator: &str) -> String {
        ids.iter()
            .map(|&i| each(i))
            .collect::<Vec<_>>()
            .join(separator)
    }
}

impl fmt::Display for Shown<'_, Problem> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.item {
            Problem::DuplicateId { first, second } => write!(
                f,
                "duplicate revision id '{}': {} and {}",
                self.id(*second),
                self.path(*first),
                self.path(*second)
            ),
            Problem::MissingParent { revision, parent } => write!(
                f,
                "revision '{}' ({}) names down_revision '{parent}', which no file defines",
                self.id(*revision),
                self.path(*revision)
            ),
            Problem::NoBase => f.write_str(
                "no base revision: every revision names a down_revision, so none starts the \
                 history (the first one has `down_revision = None`)",
            ),
            Problem::SeveralBases(bases) => write!(
                f,
                "more than one base (down_revision = None): {}; only one history can be checked",
                self.list(bases, |i| self.named(i), ", ")
            ),
            Problem::SeveralHeads(heads) => write!(
                f,
                "multiple heads: {}; merge them with `alembic merge`",
                self.list(heads, |i| self.named(i), ", ")
            ),
            Problem::Cycle(cycle) => match cycle.first() {
                None => f.write_str("the revisions form a cycle"),
                Some(&first) => write!(
                    f,
                    "down_revision cycle: {} → {} (each revises the one before it)",
                    self.list(cycle, |i| self.named(i), " → "),
                    self.id(first)
                ),
            },
        }
    }
}

impl fmt::Display for Shown<'_, Linearised> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = |i: usize| self.id(i).to_string();
        let mut parts: Vec<String> = self
            .item
            .branches
            .iter()
            .map(|(i, children)| {
                format!(
                    "{} branches into {}",
                    self.id(*i),
                    self.list(children, id, ", ")
                )
            })
            .collect();
        parts.extend(self.item.merges.iter().map(|(i, parents)| {
            format!("{} merges {}", self.id(*i), self.list(parents, id, ", "))
        }));
        write!(
            f,
            "branches were linearised (parents before children, ties broken by file name): {}",
            parts.join("; ")
        )
    }
}

/// Orders the revisions from the base to the head, or says why they do not form one
/// history.
pub fn order(revisions: &[RevisionFile]) -> Result<Chain, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut by_id: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, r) in revisions.iter().enumerate() {
        if let Some(&first) = by_id.get(r.id.as_str()) {
            problems.push(Problem::DuplicateId { first, second: i });
        } else {
            by_id.insert(&r.id, i);
        }
    }
    for (i, r) in revisions.iter().enumerate() {
        for parent in &r.down {
            if !by_id.contains_key(parent.as_str()) {
                problems.push(Problem::MissingParent {
                    revision: i,
                    parent: parent.clone(),
                });
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    // Edges parent → child, each parent once per child.
    let n = revisions.len();
    let mut parents: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    let mut children: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    for (i, r) in revisions.iter().enumerate() {
        for parent in &r.down {
            if let Some(&p) = by_id.get(parent.as_str()) {
                parents[i].insert(p);
                children[p].insert(i);
            }
        }
    }
    let bases: Vec<usize> = (0..n).filter(|&i| parents[i].is_empty()).collect();
    let heads: Vec<usize> = (0..n).filter(|&i| children[i].is_empty()).collect();
    if bases.is_empty() {
        problems.push(Problem::NoBase);
    } else if bases.len() > 1 {
        problems.push(Problem::SeveralBases(bases.clone()));
    }
    if heads.len() > 1 {
        problems.push(Problem::SeveralHeads(heads));
    }

    // Kahn's algorithm; ready revisions in file-name order.
    let mut waiting: Vec<usize> = parents.iter().map(BTreeSet::len).collect();
    let mut ready: BTreeSet<(&str, usize)> = bases
        .iter()
        .map(|&i| (revisions[i].name.as_str(), i))
        .collect();
    let mut sorted = Vec::with_capacity(n);
    while let Some((_, i)) = ready.pop_first() {
        sorted.push(i);
        for &c in &children[i] {
            waiting[c] -= 1;
            if waiting[c] == 0 {
                ready.insert((revisions[c].name.as_str(), c));
            }
        }
    }
    if sorted.len() < n {
        problems.push(Problem::Cycle(cycle(&parents, &waiting)));
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let branches: Vec<(usize, Vec<usize>)> = (0..n)
        .filter(|&i| children[i].len() > 1)
        .map(|i| (i, children[i].iter().copied().collect()))
        .collect();
    let merges: Vec<(usize, Vec<usize>)> = (0..n)
        .filter(|&i| parents[i].len() > 1)
        .map(|i| (i, parents[i].iter().copied().collect()))
        .collect();
    let linearised =
        (!branches.is_empty() || !merges.is_empty()).then_some(Linearised { branches, merges });
    Ok(Chain {
        order: sorted,
        linearised,
    })
}

/// One cycle among the revisions Kahn's algorithm could not place, in running order
/// (each of them has an unplaced parent, so following parents must come back to a
/// revision); empty if none is found.
fn cycle(parents: &[BTreeSet<usize>], waiting: &[usize]) -> Vec<usize> {
    let stuck = |i: usize| waiting[i] > 0;
    let Some(start) = (0..waiting.len()).find(|&i| stuck(i)) else {
        return Vec::new();
    };
    let mut path = vec![start];
    let mut current = start;
    loop {
        let Some(&next) = parents[current].iter().find(|&&p| stuck(p)) else {
            return Vec::new();
        };
        if let Some(at) = path.iter().position(|&p| p == next) {
            // path[at..] is the cycle, each entry the child of the next: running order
            // is the reverse.
            return path[at..].iter().rev().copied().collect();
        }
        path.push(next);
        current = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(text: &str) -> Header {
        read_header(text).unwrap().unwrap()
    }

    fn error(text: &str) -> String {
        read_header(text).unwrap_err().to_string()
    }

    #[test]
    fn reads_plain_annotated_and_merge_headers() {
        let plain = "\"\"\"add x\n\nRevision ID: abc\nRevises: def\n\"\"\"\nrevision = 'abc'\ndown_revision = \"def\"  # the parent\n";
        assert_eq!(
            header(plain),
            Header {
                revision: "abc".into(),
                down: vec!["def".into()]
            }
        );
        let annotated = "revision: str = \"abc\"\ndown_revision: Union[str, None] = None\nbranch_labels: Union[str, Sequence[str], None] = None\n";
        assert_eq!(header(annotated).down, Vec::<String>::new());
        let merge = "revision = 'm1'\ndown_revision = ('a1', \"b1\")\n";
        assert_eq!(header(merge).down, vec!["a1", "b1"]);
        let multi_line = "revision = 'm1'\ndown_revision = (\n    'a1',  # left\n    'b1',\n)\n";
        assert_eq!(header(multi_line).down, vec!["a1", "b1"]);
        assert_eq!(
            header("revision='r'\ndown_revision=('a',)\n").down,
            vec!["a"]
        );
        assert_eq!(
            header("revision = u'r'\ndown_revision = []\n").revision,
            "r"
        );
        let crlf = "revision = 'r'\r\ndown_revision = [\r\n  'a',\r\n]\r\n";
        assert_eq!(header(crlf).down, vec!["a"]);
    }

    #[test]
    fn ignores_docstrings_indented_lines_and_lookalikes() {
        let text = "\"\"\"\nrevision = 'in_docstring'\n\"\"\"\ndef f():\n    revision = 'local'\nrevisions = ['x']\nrevision == 'y'\nrevision = 'real'\ndown_revision = None\n";
        assert_eq!(header(text).revision, "real");
        let sql = "revision = 'r'\ndown_revision = None\nSQL = '''\ndown_revision = 'nope'\n'''\n";
        assert!(header(sql).down.is_empty());
        assert_eq!(read_header("import os\n").unwrap(), None);
        assert_eq!(read_header("").unwrap(), None);
        let nested = "revision = 'r'\ndown_revision = None\nif x:\n    down_revision = 'a'\nclass C: down_revision = 'b'\nx = f(\ndown_revision = 'c')\n";
        assert!(header(nested).down.is_empty());
    }

    /// The header is read from tokens alone: what comes after it may be anything the
    /// parser, or the front end, refuses.
    #[test]
    fn a_file_that_cannot_run_still_has_a_header() {
        for rest in [
            "def upgrade():\n    for t in tables:\n        op.drop_table(t)\n",
            "def upgrade(:\n    op.execute('x'\n",
            "def upgrade():\n    x = $1\n",
            "def upgrade():\n    op.execute('unclosed)\n",
            "def upgrade():\n        a = 1\n    b = 2\n",
            "def upgrade():\n    x = 09\n",
            "x = (\n",
            "s = '''never closed\n",
        ] {
            let text = format!("revision = 'r'\ndown_revision = 'p'\n{rest}");
            assert_eq!(header(&text).down, vec!["p"], "{rest}");
        }
        // A lexical error before the header: the tokens resume on the next line.
        for before in [
            "x = $\n",
            "x = 'open\n",
            "if x:\n        a = 1\n    b = 2\n",
            "x = 1 \\ 2\n",
            "x = ) + 1\n",
        ] {
            let text = format!("{before}revision = 'r'\ndown_revision = 'p'\n");
            assert_eq!(header(&text).down, vec!["p"], "{before}");
        }
        // Brackets that cannot hold the header lines: never closed, closed with the
        // wrong kind, or not a call's.
        for (before, after) in [
            ("from x import (a,\n", ""),
            ("def upgrade(:\n    pass\n", ""),
            ("x = {\n", ")\n"),
            ("x = [\n", "]\n"),
            ("x = (\n", ")\n"),
            ("x = (\n", "\n$)\n"),
        ] {
            let text = format!("{before}revision = 'r'\ndown_revision = 'p'\n{after}");
            assert_eq!(header(&text).down, vec!["p"], "{before}");
        }
    }

    #[test]
    fn keyword_arguments_and_other_statements_are_not_the_header() {
        let text = "revision = 'r'\ndown_revision = None\nf(\nrevision='kw',\ndown_revision='kw'\n)\nclass A(\ndown_revision='kw'):\n    pass\n";
        assert_eq!(
            header(text),
            Header {
                revision: "r".into(),
                down: vec![]
            }
        );
        let semicolons = "import os; revision = 'r'; down_revision = 'p'\nif x: revision = 'no'\n";
        assert_eq!(header(semicolons).revision, "r");
        let chained = "revision = 'r'\nx = down_revision = 'p'\ny = \\\ndown_revision = 'q'\n";
        assert_eq!(header(chained).down, vec!["q"]);
        assert_eq!(read_header("revision: str\nx = 1\n").unwrap(), None);
    }

    #[test]
    fn values_read_as_python_reads_them() {
        assert_eq!(
            header("revision = 'a' 'b'\ndown_revision = None\n").revision,
            "ab"
        );
        assert_eq!(
            header("revision = \"\"\"r\"\"\"\ndown_revision = None\n").revision,
            "r"
        );
        assert_eq!(
            header("revision = 'r'\ndown_revision = 'a', 'b'\n").down,
            ["a", "b"]
        );
        assert_eq!(header("revision = 'r'; down_revision = 'a'\n").down, ["a"]);
        assert_eq!(
            header("revision = 'a\\'b'\ndown_revision = None\n").revision,
            "a'b"
        );
        assert_eq!(
            header("revision = r'a\\n'\ndown_revision = None\n").revision,
            "a\\n"
        );
        assert_eq!(
            header("revision = ('r')\ndown_revision = (None)\n").revision,
            "r"
        );
        let control = "revision = 'b1\u{b}::x\u{1b}[2J'\ndown_revision = None\n";
        assert_eq!(header(control).revision, "b1\u{b}::x\u{1b}[2J");
    }

    #[test]
    fn unreadable_values_name_their_line() {
        assert_eq!(
            error("revision = 'r'\ndown_revision = compute()\n"),
            "line 2: expected a string, None or a tuple of strings, found `compute`"
        );
        assert_eq!(
            error("revision = 'r'\n"),
            "`revision` is set on line 1 but `down_revision` is not (use `down_revision = None` \
             for the first revision)"
        );
        assert_eq!(
            error("revision = None\ndown_revision = None\n"),
            "line 1: `revision` must be one string"
        );
        assert_eq!(
            error("revision = 'r'\ndown_revision = 'open\n"),
            "line 2: unterminated string"
        );
        assert_eq!(
            error("revision = 'r'\ndown_revision = (\n  'a',\n  'open\n)\n"),
            "line 4: unterminated string"
        );
        assert_eq!(
            error("revision = 'r'\ndown_revision = \"\"\"never closed\n"),
            "line 2: unterminated string"
        );
        for (value, found) in [
            ("sa.text", "sa.text"),
            ("b'x'", "b"),
            ("f'x'", "f"),
            ("rb'x'", "rb"),
            ("1", "1"),
            ("09", "09"),
            ("-1", "-"),
            ("$", "$"),
            ("{'a'}", "{"),
            ("'a' + 'b'", "+"),
            ("'a' if x else 'b'", "if"),
            ("(\n  'a',\n  x)", "x"),
        ] {
            let e = read_header(&format!("revision = 'r'\ndown_revision = {value}\n"));
            assert_eq!(
                e.as_ref().map_err(|e| e.to_string()),
                Err(format!(
                    "line {}: expected a string, None or a tuple of strings, found `{found}`",
                    if value.contains('\n') { 4 } else { 2 }
                )),
                "{value}"
            );
        }
        for (value, quoted) in [
            ("('a', None)", "('a', None)"),
            ("(('a',),)", "(('a',),)"),
            ("[\n  'a',\n  ['b'],\n]", "[ ..."),
            ("('a'", "('a' ..."),
            ("", ""),
            ("'a' None", "'a' None"),
            ("(,)", "(,)"),
        ] {
            assert_eq!(
                error(&format!("revision = 'r'\ndown_revision = {value}")),
                format!(
                    "line 2: cannot read `down_revision = {quoted}`: expected a string, None or a \
                     tuple of strings"
                ),
                "{value}"
            );
        }
    }

    #[test]
    fn backslash_continues_a_value_but_not_in_a_comment() {
        assert_eq!(
            header("revision = \\\n  'r'\ndown_revision = \\\n    None\n").revision,
            "r"
        );
        assert!(header("revision = 'r'\ndown_revision = None \\")
            .down
            .is_empty());
        let e = read_header("revision = 'r'\ndown_revision =  # \\\n'a'\n").unwrap_err();
        assert_eq!(
            e,
            HeaderError::Unreadable {
                line: 2,
                field: Field::DownRevision,
                start: "# \\".into()
            }
        );
    }

    /// Lines enough that re-reading the value per line would take minutes; read once
    /// each, they take well under a second. No timing is asserted: a quadratic reader
    /// shows as a test that does not finish.
    const LONG: usize = 200_000;

    #[test]
    fn long_continued_values_are_read_in_linear_time() {
        let tuple = format!(
            "revision = 'm'\ndown_revision = (\n{})\n",
            "    'a',\n".repeat(LONG)
        );
        assert_eq!(header(&tuple).down.len(), LONG);
        let backslashes = format!(
            "revision = 'r'\ndown_revision = \\\n{}None\n",
            "\\\n".repeat(LONG)
        );
        assert!(header(&backslashes).down.is_empty());
        let docstring = format!(
            "\"\"\"A long docstring\n{}\"\"\"\nrevision = 'r'\ndown_revision = None\n",
            "revision = 'not this' (\n".repeat(LONG)
        );
        assert_eq!(header(&docstring).revision, "r");
        let errors = format!(
            "{}revision = 'r'\ndown_revision = None\n",
            "x = $\n".repeat(LONG)
        );
        assert_eq!(header(&errors).revision, "r");
        let assignments = "revision = 'r'\n".repeat(LONG) + "down_revision = None\n";
        assert_eq!(header(&assignments).revision, "r");
        // Header lines in brackets that never close, each read on its own once.
        let unclosed = "(\nrevision = 'r'\n".repeat(LONG) + "down_revision = None\n";
        assert_eq!(header(&unclosed).revision, "r");
        // Brackets that never close: an error quoting the first line only, at once.
        let open = format!("revision = 'r'\ndown_revision = (\n{}", "(\n".repeat(LONG));
        assert_eq!(
            error(&open),
            "line 2: cannot read `down_revision = ( ...`: expected a string, None or a tuple \
             of strings"
        );
    }

    #[test]
    fn an_error_quotes_at_most_the_start_of_a_line() {
        let long = format!(
            "revision = 'r'\ndown_revision = ({}\n",
            "'x', ".repeat(10_000)
        );
        let e = error(&long);
        assert!(e.len() < 200, "{e}");
        assert!(e.contains(" ...`"), "{e}");
        let long = format!(
            "revision = 'r'\ndown_revision = f({})\n",
            "x".repeat(10_000)
        );
        assert!(error(&long).len() < 200);
    }

    fn rev(id: &str, down: &[&str]) -> RevisionFile {
        RevisionFile {
            id: id.into(),
            down: down.iter().map(|s| s.to_string()).collect(),
            path: format!("versions/{id}.py"),
            name: format!("{id}.py"),
        }
    }

    fn ids(revisions: &[RevisionFile], chain: &Chain) -> Vec<String> {
        chain
            .order
            .iter()
            .map(|&i| revisions[i].id.clone())
            .collect()
    }

    fn problems(revisions: &[RevisionFile]) -> Vec<String> {
        order(revisions)
            .unwrap_err()
            .iter()
            .map(|p| p.display(revisions).to_string())
            .collect()
    }

    #[test]
    fn orders_a_chain_and_linearises_a_merged_branch() {
        let revisions = [rev("c", &["b"]), rev("a", &[]), rev("b", &["a"])];
        let chain = order(&revisions).unwrap();
        assert_eq!(ids(&revisions, &chain), ["a", "b", "c"]);
        assert!(chain.linearised.is_none());
        let revisions = [
            rev("m", &["y", "x"]),
            rev("y", &["a"]),
            rev("x", &["a"]),
            rev("a", &[]),
            rev("z", &["m"]),
        ];
        let chain = order(&revisions).unwrap();
        assert_eq!(ids(&revisions, &chain), ["a", "x", "y", "m", "z"]);
        let note = chain.linearised.unwrap();
        assert_eq!(
            note,
            Linearised {
                branches: vec![(3, vec![1, 2])],
                merges: vec![(0, vec![1, 2])],
            }
        );
        assert_eq!(
            note.display(&revisions).to_string(),
            "branches were linearised (parents before children, ties broken by file name): \
             a branches into y, x; m merges y, x"
        );
    }

    #[test]
    fn names_each_problem() {
        assert_eq!(
            problems(&[rev("a", &[]), rev("b", &["a"]), rev("c", &["a"])]),
            ["multiple heads: b (versions/b.py), c (versions/c.py); merge them with `alembic merge`"]
        );
        assert_eq!(
            problems(&[rev("a", &[]), rev("b2", &["zzz"])]),
            ["revision 'b2' (versions/b2.py) names down_revision 'zzz', which no file defines"]
        );
        let cycle = [rev("a", &[]), rev("b", &["c"]), rev("c", &["b"])];
        assert_eq!(order(&cycle).unwrap_err(), [Problem::Cycle(vec![2, 1])]);
        assert_eq!(
            problems(&cycle),
            ["down_revision cycle: c (versions/c.py) → b (versions/b.py) → c (each revises the one before it)"]
        );
        let e = problems(&[rev("a", &["b"]), rev("b", &["a"])]);
        assert!(e[0].starts_with("no base revision"), "{e:?}");
        assert!(e[1].starts_with("down_revision cycle"), "{e:?}");
        let e = order(&[rev("a", &[]), rev("b", &[]), rev("c", &["a", "b"])]).unwrap_err();
        assert_eq!(e, [Problem::SeveralBases(vec![0, 1])]);
        let mut twin = rev("a", &[]);
        twin.path = "versions/a_again.py".into();
        assert_eq!(
            problems(&[rev("a", &[]), twin]),
            ["duplicate revision id 'a': versions/a.py and versions/a_again.py"]
        );
    }
}
