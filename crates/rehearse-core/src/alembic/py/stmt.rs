//! Statements and control flow: assignments (with unpacking, subscripts, augmented),
//! `if`, `for`, `while`, `break`/`continue`, `try`/`except`, `assert`, `raise`,
//! `return`, `def`, enum classes, imports, `global`, `del`, and the two `with` blocks
//! Alembic migrations use.

use super::expr::EXCEPTIONS;
use super::{Call, EnumClass, Evaluator, Fault, Function, Object, Py};
use crate::plan::PlannedStep;
use rustpython_parser::ast::{self, Constant};
use std::rc::Rc;

/// The names a `for` / comprehension target binds.
pub(crate) fn target_names(e: &ast::Expr, out: &mut Vec<String>) {
    match e {
        ast::Expr::Name(n) => out.push(n.id.to_string()),
        ast::Expr::Tuple(t) => t.elts.iter().for_each(|x| target_names(x, out)),
        ast::Expr::List(l) => l.elts.iter().for_each(|x| target_names(x, out)),
        ast::Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}

impl Evaluator<'_> {
    /// Marks the names assignment targets bind as shared.
    fn share_targets(&self, targets: &[ast::Expr]) {
        let mut names = Vec::new();
        for t in targets {
            target_names(t, &mut names);
        }
        for n in names {
            self.share(&n);
        }
    }

    /// Runs statements in order.
    pub(crate) fn run_block(&self, body: &[ast::Stmt]) -> Result<(), Fault> {
        for stmt in body {
            self.tick(stmt)?;
            self.nested(stmt, |ev| ev.run_stmt(stmt))?;
        }
        Ok(())
    }

    /// Runs a block as the interpreter's public entry: faults become errors.
    pub fn run(&self, body: &[ast::Stmt]) -> Result<(), rehearse_engine::error::InputError> {
        let at = body.first().map(|s| self.span(s)).unwrap_or_default();
        self.run_block(body).map_err(|f| f.into_error(self, at))
    }

    /// Binds a value to an assignment target.
    pub(crate) fn assign(&self, target: &ast::Expr, value: Py) -> Result<(), Fault> {
        match target {
            ast::Expr::Name(n) => {
                self.set(n.id.as_str(), value);
                Ok(())
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. })
            | ast::Expr::List(ast::ExprList { elts, .. }) => {
                let items = self.iterate(target, value)?;
                let star = elts.iter().position(|e| matches!(e, ast::Expr::Starred(_)));
                match star {
                    None if items.len() != elts.len() => Err(self.raise(
                        target,
                        "ValueError",
                        if items.len() > elts.len() {
                            format!("too many values to unpack (expected {})", elts.len())
                        } else {
                            format!(
                                "not enough values to unpack (expected {}, got {})",
                                elts.len(),
                                items.len()
                            )
                        },
                    )),
                    None => {
                        for (t, v) in elts.iter().zip(items) {
                            self.assign(t, v)?;
                        }
                        Ok(())
                    }
                    Some(s) => {
                        let after = elts.len() - s - 1;
                        if items.len() < s + after {
                            return Err(self.raise(
                                target,
                                "ValueError",
                                "not enough values to unpack",
                            ));
                        }
                        let mut items = items;
                        let tail = items.split_off(items.len() - after);
                        let middle = items.split_off(s);
                        for (t, v) in elts[..s].iter().zip(items) {
                            self.assign(t, v)?;
                        }
                        if let ast::Expr::Starred(st) = &elts[s] {
                            self.assign(&st.value, Py::List(middle))?;
                        }
                        for (t, v) in elts[s + 1..].iter().zip(tail) {
                            self.assign(t, v)?;
                        }
                        Ok(())
                    }
                }
            }
            ast::Expr::Subscript(s) => {
                let ast::Expr::Name(var) = s.value.as_ref() else {
                    return Err(self.refuse(target, format!("assigning to `{}`: the playground changes lists and dicts only through a variable's name", self.text(target))));
                };
                if self.is_shared(var.id.as_str()) {
                    return Err(self.refuse(target, super::shared_refusal(var.id.as_str())));
                }
                let index = self.value(&s.slice)?;
                let done = self.with_var_mut(var.id.as_str(), |v| match (v, &index) {
                    (Py::Dict(items), _) => {
                        super::builtins::dict_set(items, index.clone(), value.clone());
                        Ok(())
                    }
                    (Py::List(items), Py::Int(i)) => {
                        let n = items.len() as i64;
                        let at = if *i < 0 { i + n } else { *i };
                        match usize::try_from(at).ok().and_then(|at| items.get_mut(at)) {
                            Some(slot) => {
                                *slot = value.clone();
                                Ok(())
                            }
                            None => Err(("IndexError", "list assignment index out of range")),
                        }
                    }
                    _ => Err(("TypeError", "object does not support item assignment")),
                });
                match done {
                    Some(Ok(())) => Ok(()),
                    Some(Err((class, message))) => Err(self.raise(target, class, message)),
                    None => Err(self.raise(
                        target,
                        "NameError",
                        format!("name '{}' is not defined", var.id),
                    )),
                }
            }
            _ => Err(self.refuse(
                target,
                format!(
                    "assigning to `{}` is not supported by the playground",
                    self.text(target)
                ),
            )),
        }
    }

    fn run_stmt(&self, stmt: &ast::Stmt) -> Result<(), Fault> {
        match stmt {
            ast::Stmt::Pass(_) => {}
            ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => self.names.import(stmt),
            ast::Stmt::Expr(e) => {
                if matches!(e.value.as_ref(), ast::Expr::Constant(c) if matches!(c.value, Constant::Str(_)))
                {
                    return Ok(());
                }
                let value = self.value(&e.value)?;
                // A recorded call that is not an op does nothing here: say so rather
                // than skip it (`helpers.backfill(op)`, `t.update()` never executed).
                let recorded_here = |call: &Call| match e.value.as_ref() {
                    ast::Expr::Call(c) => self.path(&c.func).as_deref() == Some(call.func.as_str()),
                    _ => false,
                };
                match &value {
                    Py::Call(call) if recorded_here(call) => {
                        return Err(self.refuse(
                            stmt,
                            format!(
                                "`{}(...)` is not an Alembic op the playground can run",
                                call.func
                            ),
                        ))
                    }
                    Py::Method { .. } | Py::Attr(..) | Py::BinOp(..) | Py::Unary(..) => {
                        return Err(self.refuse(
                            stmt,
                            format!("`{}` does nothing the playground can run", self.text(stmt)),
                        ))
                    }
                    _ => {}
                }
            }
            ast::Stmt::Assign(a) => {
                let value = self.value(&a.value)?;
                for t in &a.targets {
                    self.assign(t, value.clone())?;
                }
                // `b = a`, `row = rows[0]`: two names for one object in Python.
                if matches!(
                    a.value.as_ref(),
                    ast::Expr::Name(_) | ast::Expr::Subscript(_) | ast::Expr::Attribute(_)
                ) {
                    self.share_names([a.value.as_ref()]);
                    self.share_targets(&a.targets);
                }
            }
            ast::Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    let value = self.value(v)?;
                    self.assign(&a.target, value)?;
                }
            }
            ast::Stmt::AugAssign(a) => {
                if let ast::Expr::Name(n) = a.target.as_ref() {
                    if self.is_shared(n.id.as_str()) && super::is_container(&self.value(&a.target)?)
                    {
                        return Err(self.refuse(stmt, super::shared_refusal(n.id.as_str())));
                    }
                }
                let current = self.value(&a.target)?;
                let value = self.value(&a.value)?;
                let result = self.binary(&a.target, current, a.op, value)?;
                self.assign(&a.target, result)?;
            }
            ast::Stmt::If(i) => {
                if self.condition(&i.test)? {
                    self.run_block(&i.body)?;
                } else {
                    self.run_block(&i.orelse)?;
                }
            }
            ast::Stmt::For(f) => {
                let items = {
                    let v = self.value(&f.iter)?;
                    self.iterate(f.iter.as_ref(), v)?
                };
                let mut broke = false;
                for item in items {
                    self.tick(f.iter.as_ref())?;
                    let container = super::is_container(&item);
                    self.assign(&f.target, item)?;
                    if container {
                        self.share_targets(std::slice::from_ref(f.target.as_ref()));
                    }
                    if !self.loop_iteration(&f.body)? {
                        broke = true;
                        break;
                    }
                }
                if !broke {
                    self.run_block(&f.orelse)?;
                }
            }
            ast::Stmt::While(w) => {
                let mut broke = false;
                loop {
                    self.tick(w.test.as_ref())?;
                    if !self.condition(&w.test)? {
                        break;
                    }
                    if !self.loop_iteration(&w.body)? {
                        broke = true;
                        break;
                    }
                }
                if !broke {
                    self.run_block(&w.orelse)?;
                }
            }
            ast::Stmt::Break(_) => return Err(Fault::Break),
            ast::Stmt::Continue(_) => return Err(Fault::Continue),
            ast::Stmt::Return(r) => {
                if self.rt.frames.borrow().is_empty() {
                    return Err(self.refuse(stmt, "SyntaxError: 'return' outside function"));
                }
                let v = match &r.value {
                    Some(v) => self.value(v)?,
                    None => Py::None,
                };
                return Err(Fault::Return(v));
            }
            ast::Stmt::Assert(a) => {
                let test = self.value(&a.test)?;
                if !self.truth(a.test.as_ref(), &test)? {
                    let message = match &a.msg {
                        Some(m) => {
                            let m = self.value(m)?;
                            self.to_str(stmt, &m)?
                        }
                        None => String::new(),
                    };
                    return Err(self.raise(stmt, "AssertionError", message));
                }
            }
            ast::Stmt::Raise(r) => {
                let Some(exc) = &r.exc else {
                    return Err(self.refuse(stmt, "a bare `raise` is not supported"));
                };
                return Err(match self.value(exc)? {
                    Py::Call(c) if c.func.starts_with("builtins.") => {
                        let class = c.func.trim_start_matches("builtins.");
                        let message = match c.args.first() {
                            Some(Py::Str(s)) => s.clone(),
                            _ => String::new(),
                        };
                        self.raise(stmt, class, message)
                    }
                    Py::Name(n) if n.starts_with("builtins.") => {
                        self.raise(stmt, n.trim_start_matches("builtins."), "")
                    }
                    other => self.refuse(
                        stmt,
                        format!(
                            "raising {} is not supported by the playground",
                            other.describe()
                        ),
                    ),
                });
            }
            ast::Stmt::Try(t) => self.run_try(t)?,
            ast::Stmt::FunctionDef(f) => {
                if !f.decorator_list.is_empty() {
                    return Err(self.refuse(
                        stmt,
                        format!(
                            "a decorated function (`def {}`) is not supported by the playground",
                            f.name
                        ),
                    ));
                }
                let mut defaults = Vec::new();
                for p in f
                    .args
                    .posonlyargs
                    .iter()
                    .chain(&f.args.args)
                    .chain(&f.args.kwonlyargs)
                {
                    if let Some(d) = &p.default {
                        defaults.push((p.def.arg.to_string(), self.value(d)?));
                    }
                }
                let enclosing = self.current_frame();
                let id = {
                    let mut functions = self.rt.functions.borrow_mut();
                    functions.push(Function {
                        def: Rc::new(f.clone()),
                        defaults,
                        enclosing,
                    });
                    functions.len() - 1
                };
                self.set(f.name.as_str(), Py::Function(id));
            }
            ast::Stmt::ClassDef(c) => self.class_def(c)?,
            ast::Stmt::Global(g) => {
                let mut frames = self.rt.frames.borrow_mut();
                if let Some(frame) = frames.last_mut() {
                    frame.globals.extend(g.names.iter().map(|n| n.to_string()));
                }
            }
            ast::Stmt::Delete(d) => {
                for t in &d.targets {
                    let ast::Expr::Name(n) = t else {
                        return Err(self.refuse(
                            t,
                            format!("`del {}` is not supported by the playground", self.text(t)),
                        ));
                    };
                    if !self.unset(n.id.as_str()) {
                        return Err(self.raise(
                            t,
                            "NameError",
                            format!("name '{}' is not defined", n.id),
                        ));
                    }
                }
            }
            ast::Stmt::With(w) => self.run_with(stmt, w)?,
            other => {
                return Err(self.refuse(
                    other,
                    format!(
                        "this statement (`{}`) is not run by the playground",
                        self.text(other).lines().next().unwrap_or_default()
                    ),
                ))
            }
        }
        Ok(())
    }

    fn run_try(&self, t: &ast::StmtTry) -> Result<(), Fault> {
        let result = match self.run_block(&t.body) {
            Err(Fault::Raise { class, error }) => {
                let mut handled = None;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    let matches = match &h.type_ {
                        None => true,
                        Some(types) => {
                            let names: Vec<String> = match types.as_ref() {
                                ast::Expr::Tuple(tup) => {
                                    tup.elts.iter().map(|e| self.text(e)).collect()
                                }
                                e => vec![self.text(e)],
                            };
                            let mut any = false;
                            for n in &names {
                                if !EXCEPTIONS.contains(&n.as_str()) {
                                    return Err(self.refuse(h, format!("`except {n}`: the playground knows which exceptions it raises only for Python's builtin classes")));
                                }
                                any |= catches(n, &class);
                            }
                            any
                        }
                    };
                    if matches {
                        if let Some(name) = &h.name {
                            self.set(name.as_str(), Py::Str(error.message.clone()));
                        }
                        handled = Some(self.run_block(&h.body));
                        break;
                    }
                }
                match handled {
                    Some(r) => r,
                    None => Err(Fault::Raise { class, error }),
                }
            }
            Ok(()) => self.run_block(&t.orelse),
            other => other,
        };
        if !t.finalbody.is_empty() {
            self.run_block(&t.finalbody)?;
        }
        result
    }

    /// `class X(enum.Enum)` (or `str, enum.Enum`): its members, in order.
    fn class_def(&self, c: &ast::StmtClassDef) -> Result<(), Fault> {
        let is_enum = c.bases.iter().any(|b| {
            let t = self.text(b);
            t.ends_with("Enum") || t == "enum.IntEnum" || t == "enum.StrEnum"
        });
        if !is_enum {
            return Err(self.refuse(
                c,
                format!("a class (`class {}`) is not run by the playground; only enum.Enum subclasses are", c.name),
            ));
        }
        let mut members = Vec::new();
        for stmt in &c.body {
            match stmt {
                ast::Stmt::Assign(a) => {
                    let [ast::Expr::Name(n)] = a.targets.as_slice() else {
                        return Err(self.refuse(stmt, "an enum member must be `name = value`"));
                    };
                    let v = self.value(&a.value)?;
                    members.push((n.id.to_string(), v));
                }
                ast::Stmt::Pass(_) => {}
                ast::Stmt::Expr(e) if matches!(e.value.as_ref(), ast::Expr::Constant(_)) => {}
                other => {
                    return Err(self.refuse(
                        other,
                        "only `name = value` members are supported in an enum class",
                    ))
                }
            }
        }
        self.set(
            c.name.as_str(),
            Py::EnumClass(Rc::new(EnumClass {
                name: c.name.to_string(),
                members,
            })),
        );
        Ok(())
    }

    /// Runs a loop's body once: `Ok(false)` when it breaks out of the loop.
    fn loop_iteration(&self, body: &[ast::Stmt]) -> Result<bool, Fault> {
        match self.run_block(body) {
            Ok(()) | Err(Fault::Continue) => Ok(true),
            Err(Fault::Break) => Ok(false),
            Err(other) => Err(other),
        }
    }

    fn run_with(&self, stmt: &ast::Stmt, w: &ast::StmtWith) -> Result<(), Fault> {
        let [item] = w.items.as_slice() else {
            return Err(self.refuse(stmt, "`with` over several items is not supported"));
        };
        // `with op.get_context().autocommit_block():` commits the migration's
        // transaction, runs its body in autocommit mode (each statement its own
        // transaction, as CREATE INDEX CONCURRENTLY needs), then BEGINs again.
        // Alembic writes COMMIT and BEGIN as statements of their own.
        let context_text: String = self
            .text(&item.context_expr)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if context_text == "op.get_context().autocommit_block()" {
            let header = format!("with {}:", self.text(&item.context_expr));
            let span = self.span(stmt);
            self.push_step(PlannedStep {
                op: header.clone(),
                span,
                sql: vec!["COMMIT".into()],
            });
            self.run_block(&w.body)?;
            self.push_step(PlannedStep {
                op: format!("(end of {header})"),
                span,
                sql: vec!["BEGIN".into()],
            });
            return Ok(());
        }
        let unsupported = || {
            self.refuse(
                stmt,
                format!(
                    "`with {}` is not supported by the playground yet",
                    self.text(&item.context_expr)
                ),
            )
        };
        // The context expression runs before the block: the Python error it raises
        // (offline Alembic's connection has no `begin_nested`) is the answer.
        let context = match self.value(&item.context_expr) {
            Ok(v) => v,
            Err(raised @ Fault::Raise { .. }) => return Err(raised),
            Err(_) => return Err(unsupported()),
        };
        let Some(batch) = context.as_call_of(&["op.batch_alter_table"]) else {
            return Err(unsupported());
        };
        let table = batch_table(self, stmt, &batch)?;
        // Without `as batch_op` the body cannot reach the batch, so it queues
        // nothing and the flush on exit runs nothing (on PostgreSQL nothing is
        // recreated, so `table_args` are never read).
        if let Some(target) = &item.optional_vars {
            self.assign(target, Py::Object(Object::BatchOps(table)))?;
        }
        let outer = self.begin_batch();
        let result = self.run_block(&w.body);
        self.end_batch(outer);
        result
    }
}

fn batch_table(ev: &Evaluator, stmt: &ast::Stmt, batch: &Call) -> Result<String, Fault> {
    let Some(Py::Str(table)) = batch.args.first().or_else(|| batch.kw("table_name")) else {
        return Err(ev.refuse(stmt, "op.batch_alter_table() needs the table name"));
    };
    if batch.kw("schema").is_some_and(|s| *s != Py::None) {
        return Err(ev.refuse(stmt, "op.batch_alter_table(schema=...) is not supported: the playground simulates a single schema"));
    }
    if let Some(Py::Str(r)) = batch.kw("recreate") {
        if r == "always" {
            return Err(ev.refuse(stmt, "CommandError: batch mode with recreate=\"always\" requires a live database connection"));
        }
    }
    Ok(table.clone())
}

/// Names as Python's "missing arguments" message lists them: `'a'`, `'a' and 'b'`,
/// `'a', 'b', and 'c'`.
fn python_name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [first, second] => format!("{first} and {second}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    }
}

/// Whether `except handler` catches an exception of class `raised`.
fn catches(handler: &str, raised: &str) -> bool {
    handler == raised
        || handler == "Exception"
        || (handler == "LookupError" && matches!(raised, "KeyError" | "IndexError"))
        || (handler == "ArithmeticError" && raised == "ZeroDivisionError")
        || (handler == "RuntimeError" && raised == "NotImplementedError")
}

impl Evaluator<'_> {
    /// A module-level name's value.
    pub fn global(&self, name: &str) -> Option<Py> {
        self.rt.globals.borrow().get(name).cloned()
    }

    /// Calls a module-level function with no arguments (`upgrade()`).
    pub fn call_global(
        &self,
        f: &ast::StmtFunctionDef,
    ) -> Result<(), rehearse_engine::error::InputError> {
        let mut frame = self.new_frame(None);
        // Alembic calls `upgrade()` with no arguments (env.py's `run_migrations()`
        // passes none), so each parameter takes its default, as in zuul's
        // `def upgrade(table_prefix='')`.
        let defaults = match self.global(f.name.as_str()) {
            Some(Py::Function(id)) => self
                .rt
                .functions
                .borrow()
                .get(id)
                .map(|func| func.defaults.clone())
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        let a = &f.args;
        let mut missing: [Vec<&str>; 2] = [Vec::new(), Vec::new()];
        let params = a.posonlyargs.iter().chain(&a.args).map(|p| (0, p));
        for (kind, p) in params.chain(a.kwonlyargs.iter().map(|p| (1, p))) {
            let n = p.def.arg.as_str();
            match defaults.iter().find(|(d, _)| d == n) {
                Some((_, v)) => {
                    frame.vars.insert(n.to_string(), v.clone());
                }
                None => missing[kind].push(n),
            }
        }
        // Python reports the positional parameters first, then the keyword-only ones.
        for (names, kind) in missing.iter().zip(["positional", "keyword-only"]) {
            if names.is_empty() {
                continue;
            }
            let fault = self.raise(
                f,
                "TypeError",
                format!(
                    "{}() missing {} required {kind} argument{}: {}",
                    f.name,
                    names.len(),
                    if names.len() == 1 { "" } else { "s" },
                    python_name_list(names)
                ),
            );
            return Err(fault.into_error(self, self.span(f)));
        }
        if let Some(v) = &a.vararg {
            frame.vars.insert(v.arg.to_string(), Py::Tuple(Vec::new()));
        }
        if let Some(kw) = &a.kwarg {
            frame.vars.insert(kw.arg.to_string(), Py::Dict(Vec::new()));
        }
        frame.share_container_parameters();
        self.rt.frames.borrow_mut().push(frame);
        let result = self.run_block(&f.body);
        self.rt.frames.borrow_mut().pop();
        match result {
            Ok(()) | Err(Fault::Return(_)) => Ok(()),
            Err(fault) => Err(fault.into_error(self, self.span(f))),
        }
    }
}
