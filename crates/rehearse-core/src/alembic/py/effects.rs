//! What a migration does to the database: each `op.*` call, `batch_op.*` call and
//! `conn.execute(...)` becomes a step at the call's own line (where real Alembic's
//! recorder places it, also inside helper functions and loops), carrying the SQL
//! Alembic writes for it offline.

use super::{Call, Evaluator, Fault, Object, Py};
use crate::alembic::{core_sql, ops};
use crate::plan::PlannedStep;
use rustpython_parser::ast;

/// The steps one migration function has produced so far.
#[derive(Debug, Default)]
pub struct Effects {
    /// Steps in the order they run.
    pub steps: Vec<PlannedStep>,
    /// What rendering remembers across op calls (Alembic's `impl.memo`).
    pub memo: ops::Memo,
    /// The innermost batch block's queue: Alembic replays a batch's operations when
    /// the block exits (PostgreSQL never recreates), so an `op.*` call inside the
    /// block runs before them; each keeps its own call's line.
    pub batch: Option<Vec<PlannedStep>>,
}

/// Ops that compute a value rather than change the database.
const PURE_OPS: &[&str] = &["op.f", "op.inline_literal", "op.batch_alter_table"];

impl Evaluator<'_> {
    /// Starts recording steps (a migration function's run).
    pub fn start_effects(&self) {
        *self.rt.effects.borrow_mut() = Some(Effects::default());
        self.reset_work();
    }

    /// Stops recording and returns the steps.
    pub fn take_effects(&self) -> Vec<PlannedStep> {
        self.rt
            .effects
            .borrow_mut()
            .take()
            .map(|e| e.steps)
            .unwrap_or_default()
    }

    fn push(&self, step: PlannedStep, batch: bool) {
        if let Some(effects) = self.rt.effects.borrow_mut().as_mut() {
            match (&mut effects.batch, batch) {
                (Some(queue), true) => queue.push(step),
                _ => effects.steps.push(step),
            }
        }
    }

    /// Pushes a step the migration's structure produces (COMMIT/BEGIN around an
    /// autocommit block).
    pub(crate) fn push_step(&self, step: PlannedStep) {
        self.push(step, false);
    }

    /// Opens a batch block's queue; returns the enclosing one.
    pub(crate) fn begin_batch(&self) -> Option<Vec<PlannedStep>> {
        self.rt
            .effects
            .borrow_mut()
            .as_mut()
            .and_then(|e| e.batch.replace(Vec::new()))
    }

    /// Replays a batch block's queue, restoring the enclosing one.
    pub(crate) fn end_batch(&self, outer: Option<Vec<PlannedStep>>) {
        if let Some(effects) = self.rt.effects.borrow_mut().as_mut() {
            let queue = std::mem::replace(&mut effects.batch, outer).unwrap_or_default();
            match &mut effects.batch {
                Some(outer) => outer.extend(queue),
                None => effects.steps.extend(queue),
            }
        }
    }

    fn not_running(&self, node: &ast::ExprCall, what: &str) -> Option<Fault> {
        if self.rt.effects.borrow().is_none() {
            return Some(self.refuse(
                node,
                format!(
                    "module-level `{}` is not run by the playground ({what} runs only inside upgrade() or downgrade())",
                    first_line(&self.text(node))
                ),
            ));
        }
        None
    }

    fn render_step(
        &self,
        node: &ast::ExprCall,
        name: &str,
        call: &Call,
        batch_table: Option<&str>,
    ) -> Result<(), Fault> {
        let call = prepare(name, call)?;
        let sql = {
            let mut effects = self.rt.effects.borrow_mut();
            let Some(e) = effects.as_mut() else {
                return Err(
                    self.refuse(node, "an op call runs only inside upgrade() or downgrade()")
                );
            };
            match statement_sql(name, &call) {
                Some(sql) => sql?,
                None => ops::render(name, &call, batch_table, &mut e.memo)?,
            }
        };
        self.push(
            PlannedStep {
                op: self.text(node),
                span: self.span(node),
                sql,
            },
            batch_table.is_some(),
        );
        Ok(())
    }

    /// `op.<name>(...)`: a step, or a value for the ops that compute one.
    pub(crate) fn op_call(&self, node: &ast::ExprCall, call: Call) -> Result<Py, Fault> {
        let name = call.func.trim_start_matches("op.").to_string();
        match name.as_str() {
            "get_bind" => return Ok(Py::Object(Object::Connection)),
            "get_context" => return Ok(Py::Object(Object::Context)),
            _ if PURE_OPS.contains(&call.func.as_str()) => return Ok(Py::Call(Box::new(call))),
            _ => {}
        }
        if let Some(f) = self.not_running(node, "an op call") {
            return Err(f);
        }
        self.render_step(node, &name, &call, None)?;
        Ok(if name == "create_table" {
            ops::table_value(&call)
        } else {
            Py::None
        })
    }

    /// `<schema type>.create(bind)` / `.drop(bind)` (`postgresql.ENUM(...).create(...)`):
    /// a step with the CREATE/DROP TYPE Alembic's mock connection writes; `None` when
    /// `call` (`<type>.<method>` with the type first) is no such call.
    pub(crate) fn type_method_call(
        &self,
        node: &ast::ExprCall,
        call: &Call,
    ) -> Result<Option<Py>, Fault> {
        let Some(sql) = ops::type_method(call)? else {
            return Ok(None);
        };
        if let Some(f) = self.not_running(node, "a type's create()/drop()") {
            return Err(f);
        }
        self.push(
            PlannedStep {
                op: self.text(node),
                span: self.span(node),
                sql,
            },
            false,
        );
        Ok(Some(Py::None))
    }

    /// `batch_op.<name>(...)` inside `with op.batch_alter_table(table) as batch_op:`.
    pub(crate) fn batch_call(
        &self,
        node: &ast::ExprCall,
        table: &str,
        name: &str,
        call: Call,
    ) -> Result<Py, Fault> {
        if let Some(f) = self.not_running(node, "a batch op") {
            return Err(f);
        }
        self.render_step(node, name, &call, Some(table))?;
        Ok(Py::None)
    }

    /// A method of the offline connection (SQLAlchemy's `MockConnection`).
    pub(crate) fn connection_call(
        &self,
        node: &ast::ExprCall,
        method: &str,
        args: Vec<Py>,
        kwargs: Vec<(String, Py)>,
    ) -> Result<Py, Fault> {
        match method {
            "execute" => {}
            "connect" | "execution_options" => return Ok(Py::Object(Object::Connection)),
            _ => {
                return Err(self.raise(
                    node,
                    "AttributeError",
                    format!("'MockConnection' object has no attribute '{method}'"),
                ))
            }
        }
        if let Some(f) = self.not_running(node, "a connection's execute()") {
            return Err(f);
        }
        let mut args = args.into_iter();
        let Some(statement) = args.next() else {
            return Err(self.raise(
                node,
                "TypeError",
                "MockConnection.execute() missing 1 required positional argument: 'obj'",
            ));
        };
        let parameters = args.next().or_else(|| {
            kwargs
                .iter()
                .find(|(k, _)| k == "parameters")
                .map(|(_, v)| v.clone())
        });
        if parameters.as_ref().is_some_and(|p| !is_empty(p)) {
            // Offline, Alembic drops the parameters and writes each `:name` as NULL;
            // run online they would be bound. Neither answer is safe to show as
            // the migration's.
            return Err(self.refuse(
                node,
                "`conn.execute(statement, parameters)`: offline Alembic drops the parameters (it writes NULL for each `:name`), so what this runs online cannot be simulated; bind the values in the statement with `sa.text(...).bindparams(name=value)`",
            ));
        }
        let call = Call {
            func: "op.execute".into(),
            args: vec![statement.clone().lowered()],
            kwargs: Vec::new(),
            span: self.span(node),
        };
        self.render_step(node, "execute", &call, None)?;
        Ok(if is_select(&statement) {
            Py::Object(Object::QueryResult)
        } else {
            Py::None
        })
    }
}

fn is_empty(p: &Py) -> bool {
    matches!(p, Py::None)
        || matches!(p, Py::Dict(d) if d.is_empty())
        || matches!(p, Py::List(l) | Py::Tuple(l) if l.is_empty())
}

fn is_select(statement: &Py) -> bool {
    core_sql::is_select(statement)
}

/// The SQL of `op.execute(statement)` when the statement is a Core construct.
fn statement_sql(name: &str, call: &Call) -> Option<Result<Vec<String>, crate::InputError>> {
    if name != "execute" {
        return None;
    }
    let statement = call.args.first().or_else(|| call.kw("sqltext"))?;
    if !core_sql::is_statement(statement) {
        return None;
    }
    Some(core_sql::statement(statement, call.span).map(|s| vec![s]))
}

/// Compiles the SQL expressions an op's arguments may hold (a CHECK condition, an
/// index's `postgresql_where`) to the text the renderers take.
fn prepare(name: &str, call: &Call) -> Result<Call, Fault> {
    let mut call = call.clone();
    let span = call.span;
    let ddl = |v: &mut Py, wrap: bool| -> Result<(), Fault> {
        if core_sql::is_expression(v) {
            let text = core_sql::ddl_expression(v, span)?;
            *v = if wrap {
                Py::Call(Box::new(Call {
                    func: "sa.literal_column".into(),
                    args: vec![Py::Str(text)],
                    kwargs: Vec::new(),
                    span,
                }))
            } else {
                Py::Str(text)
            };
        }
        Ok(())
    };
    match name {
        "create_check_constraint" => {
            if let Some(v) = call.args.get_mut(2) {
                ddl(v, false)?;
            }
            for (k, v) in &mut call.kwargs {
                if k == "condition" {
                    ddl(v, false)?;
                }
            }
        }
        "create_table" => {
            // Table-level CHECKs only: SQLAlchemy asserts on a column-level one built
            // from an expression (the renderer refuses it).
            for arg in &mut call.args {
                if let Py::Call(c) = arg {
                    if c.func == "sa.CheckConstraint" {
                        if let Some(cond) = c.args.first_mut() {
                            ddl(cond, false)?;
                        }
                    }
                }
            }
        }
        "bulk_insert" => {
            // sa.Table("t", MetaData(), Column(...)): the metadata names no column.
            if let Some(Py::Call(t)) = call.args.first_mut() {
                if t.func == "sa.Table" {
                    t.args
                        .retain(|a| !matches!(a, Py::Call(m) if m.func == "sa.MetaData"));
                }
            }
        }
        "create_index" => {
            for (k, v) in &mut call.kwargs {
                if k == "postgresql_where" {
                    ddl(v, true)?;
                }
            }
        }
        _ => {}
    }
    Ok(call)
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or_default()
}
