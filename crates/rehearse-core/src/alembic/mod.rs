//! The Alembic front end: a revision file (or a bare snippet of `op.*` lines) parsed
//! with a real Python parser, its `upgrade()` / `downgrade()` bodies turned into steps,
//! each carrying the SQL Alembic emits for that call on PostgreSQL (offline mode).
//!
//! **Invariant:** nothing is skipped silently. A statement the playground does not run
//! (a loop, `op.get_bind()`, an unknown call) is an [`InputError`] naming it, with its
//! line and column.

mod args;
pub mod chain;
pub mod nesting;
pub mod ops;
pub mod py;
pub mod sa;

use crate::plan::PlannedStep;
use py::{Evaluator, Py};
use rehearse_engine::error::{InputError, Source};
use rustpython_parser::ast::{self, Ranged};

/// A revision's steps.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    /// `upgrade()` steps.
    pub upgrade: Vec<PlannedStep>,
    /// `downgrade()` steps.
    pub downgrade: Vec<PlannedStep>,
    /// Why `downgrade()` cannot run, if it cannot (as with Alembic, where a downgrade
    /// such as `drop_constraint(None, ...)` fails only when it is run).
    pub downgrade_error: Option<InputError>,
}

/// Parses a revision file or snippet.
pub fn parse(source: &str) -> Result<Revision, InputError> {
    let (suite, mut ev) = py::parse_module(source, "migration.py", Source::Migration)?;
    for stmt in &suite {
        ev.names.import(stmt);
    }
    let function = |name: &str| {
        suite.iter().find_map(|s| match s {
            ast::Stmt::FunctionDef(f) if f.name.as_str() == name => Some(f),
            _ => None,
        })
    };
    match (function("upgrade"), function("downgrade")) {
        (None, None) => {
            let body: Vec<&ast::Stmt> = suite.iter().filter(|s| !is_module_level(s)).collect();
            Ok(Revision {
                upgrade: steps(&mut ev, &body)?,
                downgrade: Vec::new(),
                downgrade_error: None,
            })
        }
        (up, down) => {
            for stmt in &suite {
                if !is_module_level(stmt) && !matches!(stmt, ast::Stmt::FunctionDef(_)) {
                    return Err(ev.error(
                        stmt,
                        format!(
                            "module-level `{}` is not run by the playground",
                            first_line(&ev.text(stmt))
                        ),
                    ));
                }
            }
            let up = match up {
                Some(f) => steps(&mut ev, &f.body.iter().collect::<Vec<_>>())?,
                None => Vec::new(),
            };
            let (down, downgrade_error) = match down {
                Some(f) => match steps(&mut ev, &f.body.iter().collect::<Vec<_>>()) {
                    Ok(steps) => (steps, None),
                    Err(e) => (Vec::new(), Some(e)),
                },
                None => (Vec::new(), None),
            };
            Ok(Revision {
                upgrade: up,
                downgrade: down,
                downgrade_error,
            })
        }
    }
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or_default()
}

/// Statements every revision file has at module level: the docstring, imports,
/// `revision = "..."` and friends.
fn is_module_level(stmt: &ast::Stmt) -> bool {
    match stmt {
        ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) | ast::Stmt::Pass(_) => true,
        ast::Stmt::Expr(e) => {
            matches!(e.value.as_ref(), ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Str(_)))
        }
        ast::Stmt::Assign(a) => a
            .targets
            .iter()
            .all(|t| matches!(t, ast::Expr::Name(n) if is_revision_var(n.id.as_str()))),
        ast::Stmt::AnnAssign(a) => {
            matches!(a.target.as_ref(), ast::Expr::Name(n) if is_revision_var(n.id.as_str()))
        }
        _ => false,
    }
}

fn is_revision_var(name: &str) -> bool {
    matches!(
        name,
        "revision" | "down_revision" | "branch_labels" | "depends_on"
    )
}

fn step(ev: &Evaluator, node: &impl Ranged, sql: Vec<String>) -> PlannedStep {
    PlannedStep {
        op: ev.text(node),
        span: ev.span(node),
        sql,
    }
}

fn steps(ev: &mut Evaluator, body: &[&ast::Stmt]) -> Result<Vec<PlannedStep>, InputError> {
    let mut out = Vec::new();
    let memo = &mut ops::Memo::default();
    for &stmt in body {
        match stmt {
            ast::Stmt::Pass(_) => {}
            ast::Stmt::Expr(e) if matches!(e.value.as_ref(), ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Str(_))) =>
                {}
            ast::Stmt::Expr(e) => {
                let value = ev.eval(&e.value)?;
                let Py::Call(call) = &value else {
                    return Err(ev.error(
                        stmt,
                        format!("`{}` does nothing the playground can run", ev.text(stmt)),
                    ));
                };
                if let Some(sql) = ops::type_method(call)? {
                    out.push(step(ev, e.value.as_ref(), sql));
                    continue;
                }
                let Some(name) = call.func.strip_prefix("op.") else {
                    return Err(ev.error(
                        stmt,
                        format!(
                            "`{}(...)` is not an Alembic op the playground can run",
                            call.func
                        ),
                    ));
                };
                if name == "get_bind" || name == "get_context" {
                    return Err(ev.error(stmt, format!("op.{name}() needs a live database connection, which the playground does not model")));
                }
                out.push(step(
                    ev,
                    e.value.as_ref(),
                    ops::render(name, call, None, memo)?,
                ));
            }
            ast::Stmt::Assign(a) if a.targets.len() == 1 => {
                let ast::Expr::Name(target) = &a.targets[0] else {
                    return Err(
                        ev.error(stmt, "only simple assignments (`name = ...`) are supported")
                    );
                };
                let mut value = ev.eval(&a.value)?;
                if let Py::Call(c) = &value {
                    if c.func == "op.create_table" {
                        out.push(step(
                            ev,
                            a.value.as_ref(),
                            ops::render("create_table", c, None, memo)?,
                        ));
                        value = ops::table_value(c);
                    } else if c.func.starts_with("op.") && c.func != "op.get_bind" {
                        // `bind = op.get_bind()` is kept as a value: passing it to
                        // `ENUM(...).create(bind)` is all the playground does with it.
                        return Err(ev.error(
                            stmt,
                            format!(
                                "the result of {}() is not something the playground models",
                                c.func
                            ),
                        ));
                    }
                }
                ev.names.set_var(target.id.as_str(), value);
            }
            ast::Stmt::With(w) => {
                let [item] = w.items.as_slice() else {
                    return Err(ev.error(stmt, "`with` over several items is not supported"));
                };
                // `with op.get_context().autocommit_block():` commits the migration's
                // transaction, runs its body in autocommit mode (each statement its own
                // transaction, as CREATE INDEX CONCURRENTLY needs), then BEGINs again.
                // Alembic writes COMMIT and BEGIN as statements of their own.
                let context_text: String = ev
                    .text(&item.context_expr)
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect();
                if context_text == "op.get_context().autocommit_block()" {
                    let header = format!("with {}:", ev.text(&item.context_expr));
                    let span = ev.span(stmt);
                    out.push(PlannedStep {
                        op: header.clone(),
                        span,
                        sql: vec!["COMMIT".into()],
                    });
                    let body: Vec<&ast::Stmt> = w.body.iter().collect();
                    out.extend(steps(ev, &body)?);
                    out.push(PlannedStep {
                        op: format!("(end of {header})"),
                        span,
                        sql: vec!["BEGIN".into()],
                    });
                    continue;
                }
                let context = ev.eval(&item.context_expr).map_err(|_| {
                    ev.error(
                        stmt,
                        format!(
                            "`with {}` is not supported by the playground yet",
                            ev.text(&item.context_expr)
                        ),
                    )
                })?;
                let Some(batch) = context.as_call_of(&["op.batch_alter_table"]) else {
                    return Err(ev.error(
                        stmt,
                        format!(
                            "`with {}` is not supported by the playground yet",
                            ev.text(&item.context_expr)
                        ),
                    ));
                };
                let Some(Py::Str(table)) = batch.args.first().or_else(|| batch.kw("table_name"))
                else {
                    return Err(ev.error(stmt, "op.batch_alter_table() needs the table name"));
                };
                if batch.kw("schema").is_some_and(|s| *s != Py::None) {
                    return Err(ev.error(stmt, "op.batch_alter_table(schema=...) is not supported: the playground simulates a single schema"));
                }
                if let Some(Py::Str(r)) = batch.kw("recreate") {
                    if r == "always" {
                        return Err(ev.error(stmt, "CommandError: batch mode with recreate=\"always\" requires a live database connection"));
                    }
                }
                let alias = match &item.optional_vars {
                    Some(v) => match v.as_ref() {
                        ast::Expr::Name(n) => n.id.to_string(),
                        _ => {
                            return Err(ev.error(
                                stmt,
                                "`with op.batch_alter_table(...) as name:` needs a plain name",
                            ))
                        }
                    },
                    None => {
                        return Err(
                            ev.error(stmt, "`with op.batch_alter_table(...)` needs `as batch_op`")
                        )
                    }
                };
                ev.names.alias(&alias, "op");
                for inner in &w.body {
                    let ast::Stmt::Expr(e) = inner else {
                        if matches!(inner, ast::Stmt::Pass(_)) {
                            continue;
                        }
                        return Err(ev.error(
                            inner,
                            format!(
                                "`{}` inside a batch block is not supported",
                                first_line(&ev.text(inner))
                            ),
                        ));
                    };
                    let ast::Expr::Call(c) = e.value.as_ref() else {
                        return Err(ev.error(inner, "expected a batch operation call"));
                    };
                    let ast::Expr::Attribute(attr) = c.func.as_ref() else {
                        return Err(ev.error(inner, "expected `batch_op.<operation>(...)`"));
                    };
                    let is_alias =
                        matches!(attr.value.as_ref(), ast::Expr::Name(n) if n.id.as_str() == alias);
                    if !is_alias {
                        return Err(ev.error(
                            inner,
                            format!("expected `{alias}.<operation>(...)` inside the batch block"),
                        ));
                    }
                    let call = py::Call {
                        func: format!("batch_op.{}", attr.attr),
                        args: c
                            .args
                            .iter()
                            .map(|a| ev.eval(a))
                            .collect::<Result<_, _>>()?,
                        kwargs: c
                            .keywords
                            .iter()
                            .map(|k| {
                                Ok((
                                    k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default(),
                                    ev.eval(&k.value)?,
                                ))
                            })
                            .collect::<Result<_, InputError>>()?,
                        span: ev.span(e.value.as_ref()),
                    };
                    out.push(step(
                        ev,
                        e.value.as_ref(),
                        ops::render(attr.attr.as_str(), &call, Some(table), memo)?,
                    ));
                }
            }
            other => {
                let kind = match other {
                    ast::Stmt::For(_) | ast::Stmt::While(_) => "a loop",
                    ast::Stmt::If(_) => "an `if` statement",
                    ast::Stmt::Try(_) => "a `try` block",
                    ast::Stmt::FunctionDef(_) => "a nested function",
                    ast::Stmt::Return(_) => "`return`",
                    _ => "this statement",
                };
                return Err(ev.error(
                    other,
                    format!(
                        "{kind} (`{}`) is not run by the playground",
                        first_line(&ev.text(other))
                    ),
                ));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_and_revision_give_the_same_steps() {
        let snippet =
            "op.add_column(\"applications\", sa.Column(\"notes\", sa.Text(), nullable=True))\n";
        let rev = parse(snippet).unwrap();
        assert_eq!(rev.upgrade.len(), 1);
        assert_eq!(
            rev.upgrade[0].sql,
            vec!["ALTER TABLE applications ADD COLUMN notes TEXT".to_string()]
        );
        assert_eq!(rev.upgrade[0].span.line, 1);
    }

    #[test]
    fn unsupported_constructs_are_located_errors() {
        let err =
            parse("def upgrade():\n    for t in ['a']:\n        op.drop_table(t)\n").unwrap_err();
        assert_eq!((err.span.line, err.span.column), (2, 5));
        assert!(err.message.contains("loop"), "{}", err.message);
        // The connection is a value (for `ENUM(...).create(bind)`); using it is not.
        let err = parse(
            "def upgrade():\n    conn = op.get_bind()\n    conn.execute(sa.text('SELECT 1'))\n",
        )
        .unwrap_err();
        assert_eq!(err.span.line, 3);
        let err = parse("def upgrade():\n    op.get_bind()\n").unwrap_err();
        assert_eq!(err.span.line, 2);
    }
}
