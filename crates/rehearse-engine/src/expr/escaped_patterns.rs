//! `x [NOT] LIKE|ILIKE p ESCAPE e` and `x [NOT] SIMILAR TO p [ESCAPE e]`, bound as
//! PostgreSQL's grammar rewrites them: the pattern under a rewriter function
//! (`x ~~ like_escape(p, e)`, `x ~ similar_to_escape(p [, e])`), which is also how
//! `ruleutils.c` prints them back.

use super::functions::builtin;
use super::{Expr, Node, Scope};
use crate::builtins;
use crate::error::PgError;
use crate::types::{CastContext, Category, SqlType};
use crate::value::Value;
use sqlparser::ast;

/// Which rewriter a pattern goes under.
#[derive(Clone, Copy)]
pub(super) enum Escaped {
    /// `LIKE`/`ILIKE ... ESCAPE`: `like_escape`, then `~~`/`~~*`.
    Like { case_insensitive: bool },
    /// `SIMILAR TO`: `similar_to_escape`, then `~`.
    Similar,
}

impl Scope<'_> {
    pub(super) fn escaped_match(
        &self,
        kind: Escaped,
        expr: &ast::Expr,
        pattern: &ast::Expr,
        escape: Option<&str>,
        negated: bool,
    ) -> Result<Expr, PgError> {
        let e = self.bind(expr)?;
        let function = match kind {
            Escaped::Like { .. } => "like_escape",
            Escaped::Similar => "similar_to_escape",
        };
        let mut args = vec![self.text_arg(self.bind(pattern)?, function)?];
        if let Some(escape) = escape {
            args.push(Expr::constant(
                Value::Text(escape.to_string()),
                SqlType::Text,
            ));
        }
        let p = Box::new(Expr::new(
            Node::Func(builtin(function)?, args),
            SqlType::Text,
        ));
        let symbol = match kind {
            Escaped::Like {
                case_insensitive: false,
            } => "~~",
            Escaped::Like {
                case_insensitive: true,
            } => "~~*",
            Escaped::Similar => "~",
        };
        // Over citext the extension's (citext, text) operators apply; they match
        // case-insensitively whatever the spelling (SIMILAR TO included), which
        // evaluation reads off the left side's type, so the left side stays citext.
        if !matches!(e.ty.category(), Category::String | Category::Unknown) {
            return Err(builtins::no_operator(Some(&e.ty), symbol, &SqlType::Text));
        }
        let e = if e.ty == SqlType::Citext {
            Box::new(e)
        } else {
            Box::new(self.coerce(e, &SqlType::Text, CastContext::Implicit)?)
        };
        let node = match kind {
            Escaped::Like { case_insensitive } => Node::Like(e, p, negated, case_insensitive),
            Escaped::Similar => Node::Regex(e, p, negated, false),
        };
        Ok(Expr::new(node, SqlType::Boolean))
    }
}
