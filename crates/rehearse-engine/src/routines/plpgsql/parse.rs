//! Reads a PL/pgSQL body into a [`Block`] on sqlparser's tokens: the statement
//! structure here, each expression and SQL statement by sqlparser. What the subset
//! lacks is refused by name and body line; what sqlparser cannot read is refused too
//! (never called a syntax error: PostgreSQL's grammar is wider than sqlparser's).

mod control;

use super::{Block, Declaration, Embedded, Level, Raise, RaiseOption, Returned, Stmt, Target};
use crate::error::{PgError, Source};
use crate::span::{LineIndex, Span};
use sqlparser::ast;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{Token, TokenWithLocation, Tokenizer};

/// Statement keywords outside the subset, refused when the function is created.
const REFUSED: &[&str] = &[
    "open",
    "fetch",
    "close",
    "move",
    "call",
    "commit",
    "rollback",
    "assert",
    "case",
    "return next",
];

/// Most statements one body may hold (nesting included): a guard for the recursive
/// reader, far above what a migration's function has.
const MAX_STATEMENTS: usize = 10_000;
/// Deepest nesting of IF and blocks.
const MAX_NESTING: usize = 64;

/// Parses a PL/pgSQL function body.
pub fn parse(body: &str) -> Result<Block, PgError> {
    let dialect = PostgreSqlDialect {};
    let tokens = Tokenizer::new(&dialect, body)
        .tokenize_with_location()
        .map_err(|e| refuse(&format!("the PL/pgSQL body ({})", e.message), 0))?;
    let tokens: Vec<TokenWithLocation> = tokens
        .into_iter()
        .filter(|t| !matches!(t.token, Token::Whitespace(_)))
        .collect();
    let mut reader = Reader {
        tokens,
        pos: 0,
        body,
        index: LineIndex::new(body),
        statements: 0,
        labels: Vec::new(),
    };
    let label = reader.label()?;
    let block = reader.block(0, label)?;
    reader.eat(&Token::SemiColon);
    if reader.pos < reader.tokens.len() {
        return Err(reader.refusal("text after the function body's END"));
    }
    Ok(block)
}

fn refuse(what: &str, line: u64) -> PgError {
    if line > 0 {
        PgError::unsupported(format!("{what} (line {line} of the function body)"))
    } else {
        PgError::unsupported(what)
    }
}

struct Reader<'a> {
    tokens: Vec<TokenWithLocation>,
    pos: usize,
    body: &'a str,
    index: LineIndex<'a>,
    statements: usize,
    /// The blocks and loops around the statement being read, innermost last: each
    /// one's label and whether it is a loop (EXIT and CONTINUE are checked on them).
    labels: Vec<(Option<String>, bool)>,
}

impl<'a> Reader<'a> {
    fn peek(&self, ahead: usize) -> Option<&Token> {
        self.tokens.get(self.pos + ahead).map(|t| &t.token)
    }

    fn word_at(&self, i: usize) -> Option<String> {
        match self.tokens.get(i).map(|t| &t.token) {
            Some(Token::Word(w)) if w.quote_style.is_none() => Some(w.value.to_lowercase()),
            _ => None,
        }
    }

    fn is(&self, ahead: isize, word: &str) -> bool {
        self.pos
            .checked_add_signed(ahead)
            .is_some_and(|i| self.word_at(i).as_deref() == Some(word))
    }

    fn eat_word(&mut self, word: &str) -> bool {
        if self.is(0, word) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn eat(&mut self, token: &Token) -> bool {
        if self.peek(0) == Some(token) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn line(&self) -> u64 {
        self.tokens
            .get(self.pos)
            .or(self.tokens.last())
            .map_or(0, |t| t.location.line)
    }

    fn refusal(&self, what: &str) -> PgError {
        refuse(&format!("PL/pgSQL {what}"), self.line())
    }

    fn expect_word(&mut self, word: &str) -> Result<(), PgError> {
        if self.eat_word(word) {
            Ok(())
        } else {
            Err(self.refusal(&format!(
                "text where `{}` was expected",
                word.to_uppercase()
            )))
        }
    }

    /// Byte offset of token `i` in the body (the end for `i` past the last token).
    fn offset(&self, i: usize) -> usize {
        match self.tokens.get(i) {
            Some(t) => self
                .index
                .offset(Span::new(t.location.line as u32, t.location.column as u32)),
            None => self.body.len(),
        }
    }

    /// The body's text from token `from` up to token `to`.
    fn text(&self, from: usize, to: usize) -> String {
        self.body
            .get(self.offset(from)..self.offset(to))
            .unwrap_or_default()
            .trim()
            .to_string()
    }

    /// The position of the first of `stops` (words, or `;` for `";"`) at parenthesis
    /// depth 0 outside CASE ... END, from the current token.
    fn find(&self, stops: &[&str]) -> Option<usize> {
        let mut depth = 0usize;
        let mut cases = 0usize;
        for i in self.pos..self.tokens.len() {
            match &self.tokens[i].token {
                Token::LParen | Token::LBracket => depth += 1,
                Token::RParen | Token::RBracket => depth = depth.saturating_sub(1),
                Token::SemiColon if depth == 0 && stops.contains(&";") => return Some(i),
                Token::Assignment if depth == 0 && stops.contains(&":=") => return Some(i),
                Token::Comma if depth == 0 && stops.contains(&",") => return Some(i),
                Token::Word(_) if depth == 0 => {
                    let w = self.word_at(i).unwrap_or_default();
                    if w == "case" {
                        cases += 1;
                    } else if w == "end" && cases > 0 {
                        cases -= 1;
                    } else if cases == 0 && stops.contains(&w.as_str()) {
                        return Some(i);
                    }
                }
                _ => {}
            }
        }
        None
    }

    fn expr_until(&mut self, stops: &[&str]) -> Result<ast::Expr, PgError> {
        let end = self
            .find(stops)
            .ok_or_else(|| self.refusal("statement without its end"))?;
        let text = self.text(self.pos, end);
        let line = self.line();
        self.pos = end;
        parse_expr(&text).map_err(|_| refuse(&format!("the PL/pgSQL expression `{text}`"), line))
    }

    fn block(&mut self, nesting: usize, label: Option<String>) -> Result<Block, PgError> {
        if nesting > MAX_NESTING {
            return Err(self.refusal("blocks nested this deeply"));
        }
        let mut declarations = Vec::new();
        if self.eat_word("declare") {
            while !self.is(0, "begin") {
                if self.pos >= self.tokens.len() {
                    return Err(self.refusal("DECLARE section without BEGIN"));
                }
                declarations.push(self.declaration()?);
            }
        }
        self.expect_word("begin")?;
        self.labels.push((label.clone(), false));
        let body = self.statements(nesting, &["end", "exception"]);
        let handlers = match body {
            Ok(_) if self.eat_word("exception") => self.handlers(nesting),
            _ => Ok(Vec::new()),
        };
        self.labels.pop();
        let (body, handlers) = (body?, handlers?);
        self.expect_word("end")?;
        self.end_label(label.as_deref())?;
        Ok(Block {
            label,
            declarations,
            body,
            handlers,
        })
    }

    fn declaration(&mut self) -> Result<Declaration, PgError> {
        let name = self
            .word_at(self.pos)
            .or_else(|| match self.peek(0) {
                Some(Token::Word(w)) => Some(w.value.clone()),
                _ => None,
            })
            .ok_or_else(|| self.refusal("this declaration"))?;
        self.pos += 1;
        let constant = self.eat_word("constant");
        let end = self
            .find(&[";", ":=", "default", "=", "not", "collate"])
            .ok_or_else(|| self.refusal("declaration without its end"))?;
        let end = self.tokens[self.pos..end]
            .iter()
            .position(|t| t.token == Token::Eq)
            .map_or(end, |p| self.pos + p);
        let type_text = self.text(self.pos, end);
        if type_text.contains('%')
            || ["cursor", "refcursor", "alias"]
                .iter()
                .any(|w| type_text.to_lowercase().starts_with(w))
        {
            return Err(self.refusal(&format!("declarations of type `{type_text}`")));
        }
        let data_type = Parser::new(&PostgreSqlDialect {})
            .try_with_sql(&type_text)
            .and_then(|mut p| p.parse_data_type())
            .map_err(|_| self.refusal(&format!("the type `{type_text}`")))?;
        self.pos = end;
        if self.is(0, "collate") {
            return Err(self.refusal("COLLATE in declarations"));
        }
        let not_null = self.is(0, "not") && self.is(1, "null");
        if not_null {
            self.pos += 2;
        }
        let default =
            if self.eat_word("default") || self.eat(&Token::Assignment) || self.eat(&Token::Eq) {
                Some(self.expr_until(&[";"])?)
            } else {
                None
            };
        if !self.eat(&Token::SemiColon) {
            return Err(self.refusal("this declaration"));
        }
        Ok(Declaration {
            name,
            data_type,
            constant,
            not_null,
            default,
        })
    }

    fn statements(&mut self, nesting: usize, ends: &[&str]) -> Result<Vec<Stmt>, PgError> {
        let mut out = Vec::new();
        loop {
            if self.pos >= self.tokens.len() {
                return Err(self.refusal("body without its END"));
            }
            if ends.iter().any(|e| self.is(0, e)) {
                return Ok(out);
            }
            self.statements += 1;
            if self.statements > MAX_STATEMENTS {
                return Err(self.refusal("bodies this long"));
            }
            out.push(self.statement(nesting)?);
        }
    }

    fn statement(&mut self, nesting: usize) -> Result<Stmt, PgError> {
        let first = self.word_at(self.pos).unwrap_or_default();
        if first == "return" && (self.is(1, "next") || self.is(1, "query")) {
            return Err(self.refusal("RETURN NEXT / RETURN QUERY"));
        }
        if REFUSED.contains(&first.as_str()) {
            return Err(self.refusal(&first.to_uppercase()));
        }
        if self.peek(0) == Some(&Token::ShiftLeft) {
            let label = self.label()?;
            return match self.word_at(self.pos).as_deref() {
                Some("declare" | "begin") => {
                    let block = self.block(nesting + 1, label)?;
                    self.end_of_statement()?;
                    Ok(Stmt::Block(block))
                }
                _ => self.loop_statement(nesting, label),
            };
        }
        match first.as_str() {
            "loop" | "while" | "for" | "foreach" => self.loop_statement(nesting, None),
            "exit" | "continue" => self.exit(),
            "execute" => {
                self.pos += 1;
                self.execute()
            }
            "get" => {
                self.pos += 1;
                self.get_diagnostics()
            }
            "if" => {
                self.pos += 1;
                self.if_statement(nesting)
            }
            "declare" | "begin" => {
                let block = self.block(nesting + 1, None)?;
                self.end_of_statement()?;
                Ok(Stmt::Block(block))
            }
            "null" if self.peek(1) == Some(&Token::SemiColon) => {
                self.pos += 2;
                Ok(Stmt::Null)
            }
            "return" => {
                self.pos += 1;
                let returned = if self.eat(&Token::SemiColon) {
                    return Ok(Stmt::Return(Returned::Nothing));
                } else if self.peek(1) == Some(&Token::SemiColon)
                    && (self.is(0, "new") || self.is(0, "old") || self.is(0, "null"))
                {
                    let w = self.word_at(self.pos).unwrap_or_default();
                    self.pos += 1;
                    if w == "null" {
                        Returned::Null
                    } else {
                        Returned::Record(w)
                    }
                } else {
                    Returned::Expr(self.expr_until(&[";"])?)
                };
                self.end_of_statement()?;
                Ok(Stmt::Return(returned))
            }
            "raise" => {
                self.pos += 1;
                self.raise()
            }
            "perform" => {
                let line = self.line();
                let end = self
                    .find(&[";"])
                    .ok_or_else(|| self.refusal("PERFORM without its end"))?;
                let text = format!("SELECT {}", self.text(self.pos + 1, end));
                self.pos = end + 1;
                let statement = parse_statement(&text, line)?;
                Ok(Stmt::Sql(Box::new(Embedded {
                    statement,
                    into: Vec::new(),
                    perform: true,
                })))
            }
            _ => {
                if let Some(target) = self.assignment_target() {
                    return Ok(Stmt::Assign(target, {
                        let e = self.expr_until(&[";"])?;
                        self.end_of_statement()?;
                        e
                    }));
                }
                self.sql_statement()
            }
        }
    }

    fn end_of_statement(&mut self) -> Result<(), PgError> {
        if self.eat(&Token::SemiColon) {
            Ok(())
        } else {
            Err(self.refusal("text where `;` was expected"))
        }
    }

    /// `name :=`, `name =`, `rec.field :=`: the target, with the operator consumed.
    fn assignment_target(&mut self) -> Option<Target> {
        let name = match self.peek(0) {
            Some(Token::Word(w)) if w.quote_style.is_none() => w.value.to_lowercase(),
            Some(Token::Word(w)) => w.value.clone(),
            _ => return None,
        };
        let is_assign = |t: Option<&Token>| matches!(t, Some(Token::Assignment | Token::Eq));
        if is_assign(self.peek(1)) {
            self.pos += 2;
            return Some(Target::Variable(name));
        }
        if self.peek(1) == Some(&Token::Period) && is_assign(self.peek(3)) {
            let field = match self.peek(2) {
                Some(Token::Word(w)) if w.quote_style.is_none() => w.value.to_lowercase(),
                Some(Token::Word(w)) => w.value.clone(),
                _ => return None,
            };
            self.pos += 4;
            return Some(Target::Field(name, field));
        }
        None
    }

    fn if_statement(&mut self, nesting: usize) -> Result<Stmt, PgError> {
        let mut branches = Vec::new();
        let mut otherwise = None;
        loop {
            let condition = self.expr_until(&["then"])?;
            self.expect_word("then")?;
            let body = self.statements(nesting + 1, &["elsif", "elseif", "else", "end"])?;
            branches.push((condition, body));
            if self.eat_word("elsif") || self.eat_word("elseif") {
                continue;
            }
            if self.eat_word("else") {
                otherwise = Some(self.statements(nesting + 1, &["end"])?);
            }
            self.expect_word("end")?;
            self.expect_word("if")?;
            self.end_of_statement()?;
            return Ok(Stmt::If(branches, otherwise));
        }
    }

    fn raise(&mut self) -> Result<Stmt, PgError> {
        let level = match self.word_at(self.pos).as_deref() {
            Some("debug" | "log" | "info" | "notice" | "warning") => {
                self.pos += 1;
                Level::Message
            }
            Some("exception") => {
                self.pos += 1;
                Level::Exception
            }
            _ => Level::Exception,
        };
        if self.peek(0) == Some(&Token::SemiColon) {
            if self.is(-1, "raise") {
                self.pos += 1;
                return Ok(Stmt::Reraise);
            }
            return Err(self.refusal("RAISE with a level and no message"));
        }
        let mut raise = Raise {
            level,
            condition: None,
            format: None,
            args: Vec::new(),
            options: Vec::new(),
        };
        match self.peek(0).cloned() {
            Some(Token::SingleQuotedString(s)) | Some(Token::EscapedStringLiteral(s)) => {
                self.pos += 1;
                raise.format = Some(s);
                while self.eat(&Token::Comma) {
                    raise.args.push(self.expr_until(&[",", ";", "using"])?);
                }
                let wanted = super::raise::placeholders(raise.format.as_deref().unwrap_or(""));
                if wanted > raise.args.len() {
                    return Err(PgError::new(
                        "42601",
                        "too few parameters specified for RAISE",
                    ));
                }
                if wanted < raise.args.len() {
                    return Err(PgError::new(
                        "42601",
                        "too many parameters specified for RAISE",
                    ));
                }
            }
            Some(Token::Word(w)) if w.value.eq_ignore_ascii_case("sqlstate") => {
                self.pos += 1;
                let Some(Token::SingleQuotedString(code)) = self.peek(0).cloned() else {
                    return Err(self.refusal("this RAISE"));
                };
                self.pos += 1;
                if !super::raise::is_sqlstate(&code) {
                    return Err(self.refusal("RAISE SQLSTATE with an invalid code"));
                }
                raise.condition = Some((code.clone(), code));
            }
            Some(Token::Word(w)) if !w.value.eq_ignore_ascii_case("using") => {
                let name = w.value.to_lowercase();
                let code = super::conditions::code(&name)
                    .ok_or_else(|| self.refusal(&format!("RAISE of the condition `{name}`")))?;
                self.pos += 1;
                raise.condition = Some((code.to_string(), name));
            }
            _ => {}
        }
        if self.eat_word("using") {
            loop {
                let option = match self.word_at(self.pos).as_deref() {
                    Some("message") => RaiseOption::Message,
                    Some("detail") => RaiseOption::Detail,
                    Some("hint") => RaiseOption::Hint,
                    Some("errcode") => RaiseOption::Errcode,
                    _ => return Err(self.refusal("this RAISE ... USING option")),
                };
                self.pos += 1;
                if !(self.eat(&Token::Eq) || self.eat(&Token::Assignment)) {
                    return Err(self.refusal("this RAISE ... USING option"));
                }
                let value = self.expr_until(&[",", ";"])?;
                if raise.options.iter().any(|(o, _)| *o == option)
                    || (option == RaiseOption::Message && raise.format.is_some())
                    || (option == RaiseOption::Errcode && raise.condition.is_some())
                {
                    return Err(self.refusal("a RAISE option given twice"));
                }
                raise.options.push((option, value));
                if !self.eat(&Token::Comma) {
                    break;
                }
            }
        }
        if raise.format.is_none()
            && raise.condition.is_none()
            && !raise
                .options
                .iter()
                .any(|(o, _)| *o == RaiseOption::Message)
        {
            return Err(self.refusal("RAISE without a message"));
        }
        self.end_of_statement()?;
        Ok(Stmt::Raise(Box::new(raise)))
    }

    fn sql_statement(&mut self) -> Result<Stmt, PgError> {
        let line = self.line();
        let end = self
            .find(&[";"])
            .ok_or_else(|| self.refusal("statement without its `;`"))?;
        let start = self.pos;
        self.pos = end + 1;
        // `SELECT ... INTO a, b FROM ...`: the targets come out before sqlparser reads it.
        let mut into = Vec::new();
        let mut text = self.text(start, end);
        if self.word_at(start).as_deref() == Some("select") {
            let at = (start..end).find(|&i| self.word_at(i).as_deref() == Some("into"));
            if let Some(at) = at {
                if self.word_at(at + 1).as_deref() == Some("strict") {
                    return Err(refuse("PL/pgSQL SELECT ... INTO STRICT", line));
                }
                let mut i = at + 1;
                loop {
                    let name = self.word_at(i).ok_or_else(|| {
                        refuse("PL/pgSQL INTO targets other than variables", line)
                    })?;
                    if self.tokens.get(i + 1).map(|t| &t.token) == Some(&Token::Period) {
                        let field = self
                            .word_at(i + 2)
                            .ok_or_else(|| refuse("this INTO target", line))?;
                        into.push(Target::Field(name, field));
                        i += 3;
                    } else {
                        into.push(Target::Variable(name));
                        i += 1;
                    }
                    if self.tokens.get(i).map(|t| &t.token) == Some(&Token::Comma) {
                        i += 1;
                    } else {
                        break;
                    }
                }
                text = format!("{} {}", self.text(start, at), self.text(i, end));
            }
        }
        if text.to_lowercase().contains("returning") {
            return Err(refuse("PL/pgSQL statements with RETURNING", line));
        }
        let statement = parse_statement(&text, line)?;
        Ok(Stmt::Sql(Box::new(Embedded {
            statement,
            into,
            perform: false,
        })))
    }
}

/// One expression, as PL/pgSQL hands it to the SQL parser.
pub fn parse_expr(text: &str) -> Result<ast::Expr, sqlparser::parser::ParserError> {
    let mut parser = Parser::new(&PostgreSqlDialect {})
        .with_recursion_limit(crate::sql::PARSER_DEPTH)
        .try_with_sql(text)?;
    let e = parser.parse_expr()?;
    if parser.peek_token().token != Token::EOF {
        return Err(sqlparser::parser::ParserError::ParserError(
            "trailing text".into(),
        ));
    }
    Ok(e)
}

fn parse_statement(text: &str, line: u64) -> Result<crate::sql::Statement, PgError> {
    let mut parsed = crate::sql::parse_script(text, Source::Migration).map_err(|_| {
        refuse(
            &format!("the statement `{}` in PL/pgSQL", short(text)),
            line,
        )
    })?;
    if parsed.len() != 1 {
        return Err(refuse("this PL/pgSQL statement", line));
    }
    Ok(parsed.remove(0))
}

fn short(text: &str) -> String {
    text.split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ")
}
