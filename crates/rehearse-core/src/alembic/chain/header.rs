//! A revision file's header: its module-level `revision = ...` and `down_revision = ...`
//! read from rustpython's token stream (see the parent module for the invariants: only
//! the header is read, lexical errors elsewhere are skipped, linear in the text).

use rustpython_parser::ast::{self, Constant};
use rustpython_parser::lexer::{lex_starts_at, LexResult, LexicalErrorType};
use rustpython_parser::text_size::{TextRange, TextSize};
use rustpython_parser::{Mode, StringKind, Tok};
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
