//! Reads PL/pgSQL's control statements (pl_gram.y's `stmt_loop`, `stmt_while`,
//! `stmt_for`, `stmt_foreach_a`, `stmt_exit`, `stmt_dynexecute`, `stmt_getdiag` and a
//! block's `exception_sect`) and checks EXIT/CONTINUE against the enclosing labels
//! as the grammar does, with its 42601 errors.

use super::{parse_expr, parse_statement, refuse, Reader};
use crate::error::PgError;
use crate::routines::plpgsql::{
    Condition, DiagnosticsItem, Embedded, Execute, Exit, Handler, Loop, LoopKind, Stmt, Target,
};
use sqlparser::ast;
use sqlparser::tokenizer::Token;

impl Reader<'_> {
    /// `<<label>>` before a block or loop (case-folded), if there is one.
    pub(super) fn label(&mut self) -> Result<Option<String>, PgError> {
        if !self.eat(&Token::ShiftLeft) {
            return Ok(None);
        }
        let name = self.name().ok_or_else(|| self.refusal("this label"))?;
        self.pos += 1;
        if !self.eat(&Token::ShiftRight) {
            return Err(self.refusal("this label"));
        }
        Ok(Some(name))
    }

    /// The identifier at the current token: unquoted ones case-folded.
    fn name(&self) -> Option<String> {
        match self.peek(0) {
            Some(Token::Word(w)) if w.quote_style.is_none() => Some(w.value.to_lowercase()),
            Some(Token::Word(w)) => Some(w.value.clone()),
            _ => None,
        }
    }

    /// After END [LOOP]: an optional label, which must be the block's or loop's own.
    pub(super) fn end_label(&mut self, label: Option<&str>) -> Result<(), PgError> {
        if self.peek(0) == Some(&Token::SemiColon) || self.pos >= self.tokens.len() {
            return Ok(());
        }
        let Some(end) = self.name() else {
            return Ok(());
        };
        if Some(end.as_str()) != label {
            return Err(self.refusal("an END label that differs from its block's"));
        }
        self.pos += 1;
        Ok(())
    }

    /// LOOP, WHILE, FOR or FOREACH, at its first word.
    pub(super) fn loop_statement(
        &mut self,
        nesting: usize,
        label: Option<String>,
    ) -> Result<Stmt, PgError> {
        let kind = match self.word_at(self.pos).as_deref() {
            Some("loop") => LoopKind::Forever,
            Some("while") => {
                self.pos += 1;
                LoopKind::While(self.expr_until(&["loop"])?)
            }
            Some("for") => {
                self.pos += 1;
                self.for_kind()?
            }
            Some("foreach") => {
                self.pos += 1;
                self.foreach_kind()?
            }
            _ => return Err(self.refusal("a label before this statement")),
        };
        self.expect_word("loop")?;
        self.labels.push((label.clone(), true));
        let body = self.statements(nesting + 1, &["end"]);
        self.labels.pop();
        let body = body?;
        self.expect_word("end")?;
        self.expect_word("loop")?;
        self.end_label(label.as_deref())?;
        self.end_of_statement()?;
        Ok(Stmt::Loop(Box::new(Loop { label, kind, body })))
    }

    /// `targets IN ...` of a FOR, up to its LOOP.
    fn for_kind(&mut self) -> Result<LoopKind, PgError> {
        let mut targets = Vec::new();
        loop {
            let name = self
                .name()
                .ok_or_else(|| self.refusal("this FOR loop variable"))?;
            self.pos += 1;
            if self.peek(0) == Some(&Token::Period) {
                return Err(self.refusal("FOR loop variables that are record fields"));
            }
            targets.push(Target::Variable(name));
            if !self.eat(&Token::Comma) {
                break;
            }
        }
        self.expect_word("in")?;
        let line = self.line();
        let end = self
            .find(&["loop"])
            .ok_or_else(|| self.refusal("FOR without its LOOP"))?;
        if self.is(0, "execute") {
            self.pos += 1;
            let query = self.expr_until(&["using", "loop"])?;
            let using = if self.eat_word("using") {
                self.expressions(&["loop"])?
            } else {
                Vec::new()
            };
            return Ok(LoopKind::Dynamic {
                targets,
                query,
                using,
            });
        }
        let text = self.text(self.pos, end);
        if let Some((low, high, step, reverse)) = split_range(&text) {
            let [Target::Variable(var)] = targets.as_slice() else {
                return Err(refuse(
                    "PL/pgSQL integer FOR loops over several variables",
                    line,
                ));
            };
            let expr = |t: &str| {
                parse_expr(t).map_err(|_| refuse(&format!("the PL/pgSQL expression `{t}`"), line))
            };
            let kind = LoopKind::Range {
                var: var.clone(),
                reverse,
                low: expr(low)?,
                high: expr(high)?,
                step: step.map(expr).transpose()?,
            };
            self.pos = end;
            return Ok(kind);
        }
        if !matches!(self.word_at(self.pos).as_deref(), Some("select" | "with")) {
            return Err(refuse("PL/pgSQL FOR loops over cursors", line));
        }
        if text.to_lowercase().contains("returning") {
            return Err(refuse("PL/pgSQL statements with RETURNING", line));
        }
        let statement = parse_statement(&text, line)?;
        self.pos = end;
        Ok(LoopKind::Query(Box::new(Embedded {
            statement,
            into: targets,
            perform: false,
        })))
    }

    /// `var [SLICE n] IN ARRAY expr` of a FOREACH.
    fn foreach_kind(&mut self) -> Result<LoopKind, PgError> {
        let name = self
            .name()
            .ok_or_else(|| self.refusal("this FOREACH loop variable"))?;
        self.pos += 1;
        if self.is(0, "slice") || self.peek(0) == Some(&Token::Comma) {
            return Err(self.refusal("FOREACH with SLICE or several variables"));
        }
        self.expect_word("in")?;
        self.expect_word("array")?;
        let array = self.expr_until(&["loop"])?;
        Ok(LoopKind::Foreach {
            var: Target::Variable(name),
            array,
        })
    }

    /// `EXIT` / `CONTINUE` `[label] [WHEN condition];`, checked against the labels
    /// around it as pl_gram.y does.
    pub(super) fn exit(&mut self) -> Result<Stmt, PgError> {
        let is_continue = self.is(0, "continue");
        let keyword = if is_continue { "CONTINUE" } else { "EXIT" };
        self.pos += 1;
        let label = match self.name() {
            Some(name) if name != "when" => {
                self.pos += 1;
                Some(name)
            }
            _ => None,
        };
        let when = if self.eat_word("when") {
            Some(self.expr_until(&[";"])?)
        } else {
            None
        };
        self.end_of_statement()?;
        match &label {
            Some(name) => {
                let Some((_, is_loop)) = self
                    .labels
                    .iter()
                    .rev()
                    .find(|(l, _)| l.as_deref() == Some(name.as_str()))
                else {
                    return Err(PgError::new(
                        "42601",
                        format!(
                        "there is no label \"{name}\" attached to any block or loop enclosing this statement"
                    ),
                    ));
                };
                if is_continue && !is_loop {
                    return Err(PgError::new(
                        "42601",
                        format!("block label \"{name}\" cannot be used in CONTINUE"),
                    ));
                }
            }
            None if !self.labels.iter().any(|(_, is_loop)| *is_loop) => {
                return Err(PgError::new(
                    "42601",
                    if is_continue {
                        "CONTINUE cannot be used outside a loop".to_string()
                    } else {
                        format!("{keyword} cannot be used outside a loop, unless it has a label")
                    },
                ));
            }
            None => {}
        }
        Ok(Stmt::Exit(Box::new(Exit {
            is_continue,
            label,
            when,
        })))
    }

    /// Comma-separated expressions up to one of `stops`.
    fn expressions(&mut self, stops: &[&str]) -> Result<Vec<ast::Expr>, PgError> {
        let mut out = Vec::new();
        let mut with_comma = stops.to_vec();
        with_comma.push(",");
        loop {
            out.push(self.expr_until(&with_comma)?);
            if !self.eat(&Token::Comma) {
                return Ok(out);
            }
        }
    }

    /// INTO's targets: variables or `record.field`.
    fn targets(&mut self) -> Result<Vec<Target>, PgError> {
        let mut out = Vec::new();
        loop {
            let name = self
                .name()
                .ok_or_else(|| self.refusal("this INTO target"))?;
            self.pos += 1;
            if self.eat(&Token::Period) {
                let field = self
                    .name()
                    .ok_or_else(|| self.refusal("this INTO target"))?;
                self.pos += 1;
                out.push(Target::Field(name, field));
            } else {
                out.push(Target::Variable(name));
            }
            if !self.eat(&Token::Comma) {
                return Ok(out);
            }
        }
    }

    /// `EXECUTE text [INTO [STRICT] targets] [USING expr, ...];` (INTO and USING in
    /// either order, as pl_gram.y reads them).
    pub(super) fn execute(&mut self) -> Result<Stmt, PgError> {
        let query = self.expr_until(&["into", "using", ";"])?;
        let mut execute = Execute {
            query,
            into: Vec::new(),
            strict: false,
            using: Vec::new(),
        };
        let (mut saw_into, mut saw_using) = (false, false);
        loop {
            if !saw_into && self.eat_word("into") {
                saw_into = true;
                execute.strict = self.eat_word("strict");
                execute.into = self.targets()?;
            } else if !saw_using && self.eat_word("using") {
                saw_using = true;
                execute.using = self.expressions(&["into", ";"])?;
            } else {
                break;
            }
        }
        self.end_of_statement()?;
        Ok(Stmt::Execute(Box::new(execute)))
    }

    /// `[CURRENT | STACKED] DIAGNOSTICS target {= | :=} item [, ...];` after GET.
    pub(super) fn get_diagnostics(&mut self) -> Result<Stmt, PgError> {
        let stacked = self.eat_word("stacked");
        if !stacked {
            self.eat_word("current");
        }
        self.expect_word("diagnostics")?;
        let mut items = Vec::new();
        loop {
            let target = match self.targets()?.as_slice() {
                [t] => t.clone(),
                _ => return Err(self.refusal("this GET DIAGNOSTICS target")),
            };
            if !(self.eat(&Token::Eq) || self.eat(&Token::Assignment)) {
                return Err(self.refusal("this GET DIAGNOSTICS item"));
            }
            let word = self.word_at(self.pos).unwrap_or_default();
            let item = match (stacked, word.as_str()) {
                (false, "row_count") => DiagnosticsItem::RowCount,
                (true, "returned_sqlstate") => DiagnosticsItem::ReturnedSqlstate,
                (true, "message_text") => DiagnosticsItem::MessageText,
                (true, "pg_exception_detail") => DiagnosticsItem::ExceptionDetail,
                (true, "pg_exception_hint") => DiagnosticsItem::ExceptionHint,
                _ => {
                    return Err(
                        self.refusal(&format!("the GET DIAGNOSTICS item {}", word.to_uppercase()))
                    )
                }
            };
            self.pos += 1;
            items.push((target, item));
            if !self.eat(&Token::Comma) {
                break;
            }
        }
        self.end_of_statement()?;
        Ok(Stmt::GetDiagnostics(stacked, items))
    }

    /// The `WHEN ... THEN ...` clauses after EXCEPTION, up to the block's END.
    pub(super) fn handlers(&mut self, nesting: usize) -> Result<Vec<Handler>, PgError> {
        let mut out = Vec::new();
        while self.eat_word("when") {
            let mut conditions = Vec::new();
            loop {
                let word = self
                    .word_at(self.pos)
                    .ok_or_else(|| self.refusal("this exception condition"))?;
                self.pos += 1;
                if word == "others" {
                    conditions.push(Condition::Others);
                } else if word == "sqlstate" {
                    let Some(Token::SingleQuotedString(code)) = self.peek(0).cloned() else {
                        return Err(self.refusal("this SQLSTATE condition"));
                    };
                    self.pos += 1;
                    if !crate::routines::plpgsql::raise::is_sqlstate(&code) {
                        return Err(self.refusal("a SQLSTATE condition with an invalid code"));
                    }
                    conditions.push(Condition::Sqlstate(code));
                } else {
                    let codes = crate::routines::plpgsql::conditions::codes(&word);
                    if codes.is_empty() {
                        return Err(self.refusal(&format!("the exception condition `{word}`")));
                    }
                    conditions.extend(codes.into_iter().map(|c| Condition::Sqlstate(c.into())));
                }
                if !self.eat_word("or") {
                    break;
                }
            }
            self.expect_word("then")?;
            let body = self.statements(nesting + 1, &["when", "end"])?;
            out.push(Handler { conditions, body });
        }
        if out.is_empty() {
            return Err(self.refusal("EXCEPTION without WHEN"));
        }
        Ok(out)
    }
}

/// Splits `[REVERSE] low .. high [BY step]` (text between IN and LOOP) where `..`
/// stands outside quotes and parentheses: `None` when there is no `..` (a query).
fn split_range(text: &str) -> Option<(&str, &str, Option<&str>, bool)> {
    let (reverse, text) = match text.get(..8) {
        Some(w) if w.eq_ignore_ascii_case("reverse ") => (true, text[8..].trim_start()),
        _ => (false, text),
    };
    let dots = top_level(text, |rest| rest.starts_with(".."))?;
    let (low, rest) = (&text[..dots], &text[dots + 2..]);
    let by = top_level(rest, |r| {
        r.len() > 3 && r[..2].eq_ignore_ascii_case("by") && r[2..].starts_with(char::is_whitespace)
    })
    .filter(|&i| i > 0 && rest[..i].ends_with(char::is_whitespace));
    Some(match by {
        Some(i) => (
            low.trim(),
            rest[..i].trim(),
            Some(rest[i + 2..].trim()),
            reverse,
        ),
        None => (low.trim(), rest.trim(), None, reverse),
    })
}

/// The first byte offset where `at` holds outside quotes and parentheses.
fn top_level(text: &str, at: impl Fn(&str) -> bool) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for (i, c) in text.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '\'' | '"' => quote = Some(c),
                '(' | '[' => depth += 1,
                ')' | ']' => depth = depth.saturating_sub(1),
                _ if depth == 0 && at(&text[i..]) => return Some(i),
                _ => {}
            },
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::split_range;

    #[test]
    fn ranges_split_at_top_level_dots() {
        assert_eq!(split_range("1..3"), Some(("1", "3", None, false)));
        assert_eq!(
            split_range("REVERSE n .. 1 BY 2"),
            Some(("n", "1", Some("2"), true))
        );
        assert_eq!(split_range("SELECT '..' FROM t"), None);
        assert_eq!(
            split_range("f(a)..(b + 1) by step"),
            Some(("f(a)", "(b + 1)", Some("step"), false))
        );
        assert_eq!(
            split_range("1..byte_count"),
            Some(("1", "byte_count", None, false))
        );
    }
}
