//! The window frame bound combinations PostgreSQL's grammar rejects (`gram.y`'s
//! `frame_extent`, 42P20), checked on a parsed statement before anything of it runs.
//!
//! PostgreSQL raises these while parsing, so they come before every error of parse
//! analysis (a missing target column, an unknown function) and execution. The binder
//! checks each frame again where it binds one (a view's stored query), with the same
//! function.
//!
//! The grammar reduces frames in the order they are written; the walk visits a
//! statement's expressions in sqlparser's field order, which is the text order, and a
//! query's `WINDOW` clause after the rest of its query. Only the first error is raised.

use crate::error::PgError;
use crate::sql::modifying_with::WithBody;
use crate::sql::views::ViewCommand;
use crate::sql::{Statement, StatementKind};
use sqlparser::ast::{self, Visit, Visitor};
use std::ops::ControlFlow;

/// The frame errors of `frame_extent`, for one frame as written.
pub(crate) fn check(frame: &ast::WindowFrame) -> Result<(), PgError> {
    use ast::WindowFrameBound as B;
    let err = |m: &str| Err(PgError::new("42P20", m));
    let start = &frame.start_bound;
    if matches!(start, B::Following(None)) {
        return err("frame start cannot be UNBOUNDED FOLLOWING");
    }
    match &frame.end_bound {
        None => {
            if matches!(start, B::Following(Some(_))) {
                return err("frame starting from following row cannot end with current row");
            }
        }
        Some(end) => {
            if matches!(end, B::Preceding(None)) {
                return err("frame end cannot be UNBOUNDED PRECEDING");
            }
            if matches!(start, B::CurrentRow) && matches!(end, B::Preceding(Some(_))) {
                return err("frame starting from current row cannot have preceding rows");
            }
            if matches!(start, B::Following(Some(_)))
                && matches!(end, B::Preceding(Some(_)) | B::CurrentRow)
            {
                return err("frame starting from following row cannot have preceding rows");
            }
        }
    }
    Ok(())
}

/// Whether the statement's text may hold a window frame: every frame names a bound
/// (`... PRECEDING`, `... FOLLOWING`, `CURRENT ROW`). sqlparser's visitor recurses
/// with large frames in a debug build, so a statement without one (most, and every
/// deep expression chain the complexity limit lets through) is not walked at all.
fn may_have_frames(text: &str) -> bool {
    // Without a lowercased copy: this runs on every statement, a setup's large INSERTs
    // included.
    let bytes = text.as_bytes();
    [&b"preceding"[..], b"following", b"current"]
        .iter()
        .any(|w| bytes.windows(w.len()).any(|b| b.eq_ignore_ascii_case(w)))
}

/// The first frame error of a statement, as PostgreSQL's grammar raises it.
pub(crate) fn check_statement(statement: &Statement) -> Result<(), PgError> {
    if !may_have_frames(&statement.text) {
        return Ok(());
    }
    let kind = &statement.kind;
    let mut walk = Frames;
    let flow = match kind {
        StatementKind::Sql(statement) => statement.visit(&mut walk),
        StatementKind::View(ViewCommand::Create(create)) => create.query.visit(&mut walk),
        StatementKind::ModifyingWith(with) => {
            let mut flow = ControlFlow::Continue(());
            for query in &with.queries {
                flow = match &query.body {
                    WithBody::Query(cte) => cte.query.visit(&mut walk),
                    WithBody::Modify(statement) => statement.visit(&mut walk),
                };
                if flow.is_break() {
                    break;
                }
            }
            if flow.is_continue() {
                flow = with.main.visit(&mut walk);
            }
            flow
        }
        _ => ControlFlow::Continue(()),
    };
    match flow {
        ControlFlow::Break(error) => Err(error),
        ControlFlow::Continue(()) => Ok(()),
    }
}

/// Stops at the first frame the grammar rejects: a call's `OVER (...)` or a
/// `WINDOW` definition.
struct Frames;

impl Visitor for Frames {
    type Break = PgError;

    fn post_visit_query(&mut self, query: &ast::Query) -> ControlFlow<PgError> {
        // A `WINDOW` clause is not an expression: read the query's selects for it once
        // their select lists, FROM, WHERE, GROUP BY and HAVING (written before it)
        // have been visited. (A frame in the query's ORDER BY, written after it, is
        // visited before it too: a statement with both errors is not one we have met.)
        let mut definitions = Vec::new();
        named_windows(query.body.as_ref(), &mut definitions);
        for spec in definitions {
            if let Some(Err(e)) = spec.window_frame.as_ref().map(check) {
                return ControlFlow::Break(e);
            }
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_expr(&mut self, expr: &ast::Expr) -> ControlFlow<PgError> {
        if let ast::Expr::Function(ast::Function {
            over: Some(ast::WindowType::WindowSpec(spec)),
            ..
        }) = expr
        {
            if let Some(Err(e)) = spec.window_frame.as_ref().map(check) {
                return ControlFlow::Break(e);
            }
        }
        ControlFlow::Continue(())
    }
}

/// The `WINDOW` definitions of a query body's own selects (a set operation's
/// operands; not its subqueries, which the walk visits as queries).
fn named_windows<'q>(body: &'q ast::SetExpr, out: &mut Vec<&'q ast::WindowSpec>) {
    match body {
        ast::SetExpr::Select(select) => {
            for ast::NamedWindowDefinition(_, expr) in &select.named_window {
                if let ast::NamedWindowExpr::WindowSpec(spec) = expr {
                    out.push(spec);
                }
            }
        }
        ast::SetExpr::SetOperation { left, right, .. } => {
            named_windows(left, out);
            named_windows(right, out);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::sql;

    fn first_error(text: &str) -> Option<String> {
        let statement = sql::parse_script(text, crate::error::Source::Migration)
            .expect("parses")
            .remove(0);
        super::check_statement(&statement)
            .err()
            .map(|e| format!("{}: {}", e.sqlstate, e.message))
    }

    #[test]
    fn frame_errors_are_found_anywhere_in_a_statement() {
        // Checked on PGlite (PostgreSQL 18).
        let cases = [
            ("INSERT INTO t (nosuch) SELECT sum(a) OVER (ORDER BY a RANGE BETWEEN CURRENT ROW AND 1 PRECEDING) FROM t",
             Some("42P20: frame starting from current row cannot have preceding rows")),
            ("SELECT (SELECT sum(a) OVER (ROWS BETWEEN 1 FOLLOWING AND CURRENT ROW) FROM t) FROM nosuch",
             Some("42P20: frame starting from following row cannot have preceding rows")),
            ("SELECT sum(a) OVER w FROM nosuch WINDOW w AS (ROWS UNBOUNDED FOLLOWING)",
             Some("42P20: frame start cannot be UNBOUNDED FOLLOWING")),
            ("UPDATE nosuch SET a = (SELECT max(b) OVER (ROWS 1 FOLLOWING) FROM t)",
             Some("42P20: frame starting from following row cannot end with current row")),
            ("CREATE VIEW v AS SELECT sum(a) OVER (ROWS BETWEEN CURRENT ROW AND UNBOUNDED PRECEDING) FROM nosuch",
             Some("42P20: frame end cannot be UNBOUNDED PRECEDING")),
            ("SELECT sum(a) OVER (ROWS BETWEEN 2 PRECEDING AND 1 PRECEDING) FROM t", None),
            // The first in the text, the select list's before the WINDOW clause's.
            ("SELECT sum(a) OVER (ROWS BETWEEN 1 FOLLOWING AND CURRENT ROW), sum(a) OVER (ROWS BETWEEN CURRENT ROW AND 1 PRECEDING) FROM t",
             Some("42P20: frame starting from following row cannot have preceding rows")),
            ("SELECT sum(a) OVER w, sum(a) OVER (ROWS BETWEEN CURRENT ROW AND 1 PRECEDING) FROM t WINDOW w AS (ROWS UNBOUNDED FOLLOWING)",
             Some("42P20: frame starting from current row cannot have preceding rows")),
            ("SELECT 1 FROM t WHERE a IN (SELECT sum(a) OVER (ROWS UNBOUNDED FOLLOWING) FROM t) AND b = (SELECT sum(a) OVER (ROWS BETWEEN CURRENT ROW AND 1 PRECEDING) FROM t)",
             Some("42P20: frame start cannot be UNBOUNDED FOLLOWING")),
        ];
        for (text, want) in cases {
            assert_eq!(first_error(text).as_deref(), want, "{text}");
        }
    }
}
