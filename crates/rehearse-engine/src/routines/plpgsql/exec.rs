//! Runs a PL/pgSQL [`Block`]: variables, expressions (bound over the variables and
//! `NEW`/`OLD`'s fields, as PL/pgSQL hands them to the SQL engine), the SQL statements
//! (with the variables they read substituted as typed constants), RAISE and RETURN.
//!
//! Where it runs decides what it may do ([`Host`]): a BEFORE row trigger runs inside
//! the statement's row loop, with the evaluation environment only, so a SQL statement
//! there is refused; a DO block, an AFTER trigger and the statements they run have
//! the whole engine.

use super::{raise, Block, Embedded, Level, RaiseOption, Returned, Stmt, Target};
use crate::catalog::Database;
use crate::error::PgError;
use crate::expr::query::{Clause, Context};
use crate::expr::{Env, Expr, Scope};
use crate::sql::StatementKind;
use crate::types::{CastContext, SqlType};
use crate::value::Value;
use crate::Engine;
use sqlparser::ast;
use std::collections::BTreeMap;

mod dynamic;
mod handlers;
mod loops;
mod whole_record;

/// Where a body runs.
pub enum Host<'h, 'e> {
    /// Inside a statement's row loop: expressions only.
    Row(&'h mut Env<'e>),
    /// With the engine: statements too.
    Engine(&'h mut Engine),
}

/// A `NEW` or `OLD` record: the table's columns and the row (`None`: NULL).
#[derive(Debug, Clone)]
pub struct Record {
    /// The columns.
    pub columns: Vec<(String, SqlType)>,
    /// The values.
    pub values: Option<Vec<Value>>,
}

struct Variable {
    name: String,
    ty: SqlType,
    value: Value,
    constant: bool,
    not_null: bool,
    /// A `record` variable: `Some(None)` until first assigned, then the row's
    /// columns and values (`ty` and `value` unused).
    record: Option<Option<Record>>,
}

/// A running body: its variables (innermost last), the trigger's records.
pub struct Frame {
    variables: Vec<Variable>,
    /// The rows the last SQL statement processed (`GET DIAGNOSTICS ... ROW_COUNT`).
    row_count: u64,
    /// Loop iterations run so far (see `loops::MAX_LOOP_ITERATIONS`).
    iterations: u64,
    /// FOR loops over a query running now (each holds its query's cursor open): the
    /// tables each query reads (`None`: not known, a dynamic query or a view).
    open_cursors: Vec<Option<Vec<String>>>,
    /// The errors the handlers being run caught, innermost last (`RAISE;`,
    /// `GET STACKED DIAGNOSTICS`).
    caught: Vec<PgError>,
    /// The `NEW`/`OLD` fields the expressions evaluated so far read, as
    /// `(record, field)` (`plan_types`: the parameters of their cached plans).
    pub fields_read: std::cell::RefCell<std::collections::BTreeSet<String>>,
    /// `NEW` (trigger functions).
    pub new: Option<Record>,
    /// `OLD` (trigger functions).
    pub old: Option<Record>,
}

/// How a body ended.
#[derive(Debug)]
pub enum Outcome {
    /// Fell off the end.
    End,
    /// `RETURN;` or `RETURN NULL`-less return of nothing.
    Nothing,
    /// RETURN of a value (its type).
    Value(Value, SqlType),
    /// RETURN NEW / OLD: the record's row; RETURN NULL: `None`.
    Row(Option<Vec<Value>>),
    /// EXIT [label]: leaves loops and blocks up to the one labelled (the innermost
    /// loop without a label).
    Exit(Option<String>),
    /// CONTINUE [label]: the next iteration of the loop labelled (or the innermost).
    Continue(Option<String>),
}

/// The separator of a record field's name in the binding scope: no identifier can
/// hold it, so `NEW.a` never meets a variable.
const FIELD: char = '\u{1}';

fn refused(what: &str) -> PgError {
    PgError::unsupported(what)
}

impl Frame {
    /// A frame with the given variables (parameters, TG_ variables) and records.
    pub fn new(
        variables: Vec<(String, SqlType, Value)>,
        new: Option<Record>,
        old: Option<Record>,
    ) -> Self {
        let mut frame = Frame {
            variables: Vec::new(),
            row_count: 0,
            iterations: 0,
            open_cursors: Vec::new(),
            caught: Vec::new(),
            fields_read: Default::default(),
            new,
            old,
        };
        frame.declare("found", SqlType::Boolean, Value::Bool(false));
        for (name, ty, value) in variables {
            frame.declare(&name, ty, value);
        }
        frame
    }

    fn declare(&mut self, name: &str, ty: SqlType, value: Value) {
        self.variables.push(Variable {
            name: name.to_string(),
            ty,
            value,
            constant: false,
            not_null: false,
            record: None,
        });
    }

    fn set_found(&mut self, found: bool) {
        if let Some(v) = self.variables.iter_mut().find(|v| v.name == "found") {
            v.value = Value::Bool(found);
        }
    }

    fn record(&self, name: &str) -> Option<&Record> {
        if let Some(v) = self.record_variable(name) {
            return v.record.as_ref().and_then(Option::as_ref);
        }
        match name {
            "new" => self.new.as_ref(),
            "old" => self.old.as_ref(),
            _ => None,
        }
    }

    /// The innermost declared `record` variable of this name.
    fn record_variable(&self, name: &str) -> Option<&Variable> {
        self.variables
            .iter()
            .rev()
            .find(|v| v.name == name)
            .filter(|v| v.record.is_some())
    }

    /// A record read by `rec.field`: PostgreSQL's 55000 for a `record` variable not
    /// yet assigned (`None`: `rec` is no record).
    fn readable_record(&self, rec: &str) -> Option<Result<&Record, PgError>> {
        if let Some(v) = self.record_variable(rec) {
            return Some(match &v.record {
                Some(Some(r)) => Ok(r),
                _ => Err(
                    PgError::new("55000", format!("record \"{rec}\" is not assigned yet")).detail(
                        "The tuple structure of a not-yet-assigned record is indeterminate.",
                    ),
                ),
            });
        }
        self.record(rec).map(Ok)
    }

    /// The record `rec.field := ...` writes.
    fn record_mut(&mut self, name: &str) -> Option<&mut Record> {
        if let Some(v) = self
            .variables
            .iter_mut()
            .rev()
            .find(|v| v.name == name)
            .filter(|v| v.record.is_some())
        {
            return v.record.as_mut().and_then(Option::as_mut);
        }
        match name {
            "new" => self.new.as_mut(),
            "old" => self.old.as_mut(),
            _ => None,
        }
    }

    /// The binding scope's columns and the row they read: variables innermost first
    /// (so an inner declaration shadows an outer one), then the records' fields.
    fn columns_and_row(&self) -> (Vec<(String, SqlType)>, Vec<Value>) {
        let mut columns = Vec::new();
        let mut row = Vec::new();
        let mut records = Vec::new();
        for v in self.variables.iter().rev() {
            match &v.record {
                None => {
                    columns.push((v.name.clone(), v.ty.clone()));
                    row.push(v.value.clone());
                }
                Some(r) => records.push((v.name.as_str(), r.as_ref())),
            }
        }
        records.push(("new", self.new.as_ref()));
        records.push(("old", self.old.as_ref()));
        for (name, record) in records {
            if let Some(r) = record {
                for (i, (c, ty)) in r.columns.iter().enumerate() {
                    columns.push((format!("{name}{FIELD}{c}"), ty.clone()));
                    row.push(
                        r.values
                            .as_ref()
                            .and_then(|v| v.get(i).cloned())
                            .unwrap_or(Value::Null),
                    );
                }
            }
        }
        (columns, row)
    }

    /// `NEW.a` and `OLD.a` as the scope's field columns; a field the record lacks is
    /// PostgreSQL's error.
    fn fields_to_columns(&self, e: &mut ast::Expr) -> Result<(), PgError> {
        whole_record::expand(self, e)?;
        let mut error = None;
        let _ = ast::visit_expressions_mut(e, |x| {
            // A function's `$n` parameter: a variable of that name (`user_calls`).
            if let ast::Expr::Value(ast::Value::Placeholder(p)) = x {
                if self.variables.iter().any(|v| v.name == *p) {
                    *x = ast::Expr::Identifier(ast::Ident::with_quote('"', p.clone()));
                }
            }
            if let ast::Expr::Identifier(id) = x {
                if self.record_variable(&crate::ident(id)).is_some() {
                    error = Some(refused("a whole PL/pgSQL record in an expression"));
                    return std::ops::ControlFlow::Break(());
                }
            }
            if let ast::Expr::CompoundIdentifier(parts) = x {
                if parts.len() == 2 {
                    let rec = crate::ident(&parts[0]);
                    if let Some(r) = self.readable_record(&rec) {
                        let r = match r {
                            Ok(r) => r,
                            Err(e) => {
                                error = Some(e);
                                return std::ops::ControlFlow::Break(());
                            }
                        };
                        let field = crate::ident(&parts[1]);
                        if matches!(rec.as_str(), "new" | "old")
                            && self.record_variable(&rec).is_none()
                        {
                            self.fields_read.borrow_mut().insert(field.clone());
                        }
                        if !r.columns.iter().any(|(c, _)| *c == field) {
                            error = Some(PgError::new(
                                "42703",
                                format!("record \"{rec}\" has no field \"{field}\""),
                            ));
                            return std::ops::ControlFlow::Break(());
                        }
                        *x = ast::Expr::Identifier(ast::Ident::with_quote(
                            '"',
                            format!("{rec}{FIELD}{field}"),
                        ));
                    }
                }
            }
            std::ops::ControlFlow::Continue(())
        });
        error.map_or(Ok(()), Err)
    }
}

/// Binds and evaluates one expression of the body; `to`: the type it is assigned to.
fn evaluate(
    host: &mut Host,
    frame: &Frame,
    e: &ast::Expr,
    to: Option<&SqlType>,
) -> Result<(Value, SqlType), PgError> {
    let mut e = e.clone();
    frame.fields_to_columns(&mut e)?;
    let (columns, row) = frame.columns_and_row();
    // Catalog relations and regclass constants (`IF EXISTS (SELECT 1 FROM pg_type ...)`).
    let mut catalog = None;
    if let Host::Engine(engine) = host {
        let known = crate::catalog_views::known(&columns, &row);
        if let Some(p) = crate::catalog_views::prepare_expr(&engine.db, &e, &known)? {
            e = p.part;
            catalog = Some(p.tables);
        }
    }
    let finish = |scope: &Scope, env: &mut Env| -> Result<(Value, SqlType), PgError> {
        let mut bound = scope.bind(&e)?;
        if let Some(to) = to {
            bound = coerce(scope, bound, to)?;
        } else if bound.ty == SqlType::Unknown {
            bound = scope.coerce(bound, &SqlType::Text, CastContext::Implicit)?;
        }
        bound.fold(env)?;
        let ty = bound.ty.clone();
        Ok((bound.eval(&row, env)?, ty))
    };
    match host {
        Host::Row(env) => {
            let scope = Scope {
                table: "",
                columns,
                enums: env.enums,
                extensions: None,
                joined: Vec::new(),
                query: None,
            };
            finish(&scope, env)
        }
        Host::Engine(engine) => {
            let now = engine.now;
            let Database {
                tables,
                sequences,
                enums,
                extensions,
                ..
            } = &mut engine.db;
            let with_catalog;
            let tables = match catalog {
                Some(extra) => {
                    with_catalog = crate::catalog_views::with_tables(tables, extra);
                    &with_catalog
                }
                None => &*tables,
            };
            let context = Context::new(tables, Clause::Target);
            let scope = Scope {
                table: "",
                columns,
                enums,
                extensions: Some(extensions),
                joined: Vec::new(),
                query: Some(&context),
            };
            let mut env = Env {
                now,
                enums,
                sequences,
                random: &mut engine.random,
                sequence_session: &mut engine.sequence_session,
                work: crate::expr::query::MAX_QUERY_WORK,
                before_collations: false,
            };
            finish(&scope, &mut env)
        }
    }
}

/// A trigger's WHEN condition (or any boolean test): true only when it is true.
pub fn condition(host: &mut Host, frame: &Frame, e: &ast::Expr) -> Result<bool, PgError> {
    Ok(evaluate(host, frame, e, Some(&SqlType::Boolean))?.0 == Value::Bool(true))
}

/// PL/pgSQL's assignment coercion; where the engine's cast rules say no, Rehearse
/// refuses rather than word PL/pgSQL's error itself.
fn coerce(scope: &Scope, e: Expr, to: &SqlType) -> Result<Expr, PgError> {
    scope.coerce(e, to, CastContext::Assignment).map_err(|err| {
        if err.sqlstate == "42804" || err.sqlstate == "42846" {
            refused("a PL/pgSQL assignment that needs an explicit cast")
        } else {
            err
        }
    })
}

/// A function's RETURN value as its declared result type (PL/pgSQL's assignment
/// cast).
pub fn assign_cast(
    value: Value,
    from: &SqlType,
    to: &SqlType,
    env: &mut Env,
) -> Result<Value, PgError> {
    convert(value, from, to, env)
}

/// A value of one type as another (a row's column into a variable).
fn convert(value: Value, from: &SqlType, to: &SqlType, env: &mut Env) -> Result<Value, PgError> {
    if from == to {
        return Ok(value);
    }
    let scope = Scope {
        table: "",
        columns: Vec::new(),
        enums: env.enums,
        extensions: None,
        joined: Vec::new(),
        query: None,
    };
    let e = coerce(&scope, Expr::constant(value, from.clone()), to)?;
    e.eval(&[], env)
}

/// Runs a block; the depth and work budgets are the engine's (see `CallBudget`).
pub fn run(host: &mut Host, frame: &mut Frame, block: &Block) -> Result<Outcome, PgError> {
    let depth = frame.variables.len();
    let result = declare(host, frame, block).and_then(|()| {
        if block.handlers.is_empty() {
            statements(host, frame, &block.body)
        } else {
            handlers::guarded(host, frame, block)
        }
    });
    frame.variables.truncate(depth);
    match result? {
        Outcome::Exit(Some(label)) if block.label.as_deref() == Some(label.as_str()) => {
            Ok(Outcome::End)
        }
        other => Ok(other),
    }
}

/// A block's DECLARE section (run before its EXCEPTION clauses guard anything, as
/// `exec_stmt_block` initialises variables outside the subtransaction).
fn declare(host: &mut Host, frame: &mut Frame, block: &Block) -> Result<(), PgError> {
    for d in &block.declarations {
        if is_record_type(&d.data_type) {
            if d.default.is_some() || d.not_null || d.constant {
                return Err(refused(
                    "a record variable with a default, NOT NULL or CONSTANT",
                ));
            }
            frame.variables.push(Variable {
                name: d.name.clone(),
                ty: SqlType::Unknown,
                value: Value::Null,
                constant: false,
                not_null: false,
                record: Some(None),
            });
            continue;
        }
        let ty = {
            let enums = match host {
                Host::Row(env) => env.enums,
                Host::Engine(engine) => &engine.db.enums,
            };
            SqlType::from_ast(&d.data_type, &|n| enums.contains_key(n))?.ty
        };
        let value = match &d.default {
            Some(e) => evaluate(host, frame, e, Some(&ty))?.0,
            None => Value::Null,
        };
        if d.not_null && value.is_null() {
            return Err(PgError::new(
                "22004",
                format!(
                    "null value cannot be assigned to variable \"{}\" declared NOT NULL",
                    d.name
                ),
            ));
        }
        frame.variables.push(Variable {
            name: d.name.clone(),
            ty,
            value,
            constant: d.constant,
            not_null: d.not_null,
            record: None,
        });
    }
    Ok(())
}

/// `record` as a declaration's type.
fn is_record_type(t: &ast::DataType) -> bool {
    matches!(t, ast::DataType::Custom(n, m) if m.is_empty() && crate::object_name(n) == "record")
}

fn charge(host: &mut Host) -> Result<(), PgError> {
    if let Host::Engine(engine) = host {
        if engine.calls.work == 0 {
            return Err(refused(&format!(
                "more than {} PL/pgSQL statements in one statement (the playground's limit)",
                crate::routines::MAX_ROUTINE_WORK
            )));
        }
        engine.calls.work -= 1;
    }
    Ok(())
}

fn statements(host: &mut Host, frame: &mut Frame, body: &[Stmt]) -> Result<Outcome, PgError> {
    for stmt in body {
        charge(host)?;
        match stmt {
            Stmt::Null => {}
            Stmt::Assign(target, e) => assign(host, frame, target, e)?,
            Stmt::If(branches, otherwise) => {
                let mut taken = None;
                for (condition, body) in branches {
                    let (v, _) = evaluate(host, frame, condition, Some(&SqlType::Boolean))?;
                    if v == Value::Bool(true) {
                        taken = Some(body);
                        break;
                    }
                }
                if let Some(body) = taken.or(otherwise.as_ref()) {
                    match statements(host, frame, body)? {
                        Outcome::End => {}
                        other => return Ok(other),
                    }
                }
            }
            Stmt::Block(block) => match run(host, frame, block)? {
                Outcome::End => {}
                other => return Ok(other),
            },
            Stmt::Return(returned) => {
                return Ok(match returned {
                    Returned::Nothing => Outcome::Nothing,
                    Returned::Null => Outcome::Row(None),
                    Returned::Record(name) => {
                        Outcome::Row(frame.record(name).and_then(|r| r.values.clone()))
                    }
                    Returned::Expr(e) => {
                        let (v, ty) = evaluate(host, frame, e, None)?;
                        Outcome::Value(v, ty)
                    }
                })
            }
            Stmt::Raise(r) => raise_statement(host, frame, r)?,
            Stmt::Sql(embedded) => sql(host, frame, embedded)?,
            Stmt::Loop(l) => match loops::run(host, frame, l)? {
                Outcome::End => {}
                other => return Ok(other),
            },
            Stmt::Exit(exit) => {
                let leave = match &exit.when {
                    Some(e) => condition(host, frame, e)?,
                    None => true,
                };
                if leave {
                    return Ok(if exit.is_continue {
                        Outcome::Continue(exit.label.clone())
                    } else {
                        Outcome::Exit(exit.label.clone())
                    });
                }
            }
            Stmt::Execute(execute) => dynamic::execute(host, frame, execute)?,
            Stmt::GetDiagnostics(stacked, items) => {
                handlers::get_diagnostics(host, frame, *stacked, items)?
            }
            Stmt::Reraise => return Err(handlers::reraise(frame)),
        }
    }
    Ok(Outcome::End)
}

fn assign(
    host: &mut Host,
    frame: &mut Frame,
    target: &Target,
    e: &ast::Expr,
) -> Result<(), PgError> {
    match target {
        Target::Variable(name) => {
            let Some(i) = frame.variables.iter().rposition(|v| v.name == *name) else {
                if frame.record(name).is_some() || frame.record_variable(name).is_some() {
                    return Err(refused("assigning a whole NEW or OLD record"));
                }
                return Err(refused(&format!(
                    "an assignment to `{name}`, which is not a declared variable"
                )));
            };
            if frame.variables[i].constant {
                return Err(refused("assigning to a CONSTANT variable"));
            }
            if frame.variables[i].record.is_some() {
                return Err(refused("assigning a whole record variable"));
            }
            let ty = frame.variables[i].ty.clone();
            let (value, _) = evaluate(host, frame, e, Some(&ty))?;
            if value.is_null() && frame.variables[i].not_null {
                return Err(PgError::new(
                    "22004",
                    format!(
                        "null value cannot be assigned to variable \"{name}\" declared NOT NULL"
                    ),
                ));
            }
            frame.variables[i].value = value;
        }
        Target::Field(rec, field) => {
            let Some(record) = frame.readable_record(rec).transpose()? else {
                return Err(refused(&format!("an assignment to `{rec}.{field}`")));
            };
            let Some(i) = record.columns.iter().position(|(c, _)| c == field) else {
                return Err(PgError::new(
                    "42703",
                    format!("record \"{rec}\" has no field \"{field}\""),
                ));
            };
            if record.values.is_none() {
                return Err(refused(&format!(
                    "assigning to a field of a NULL {}",
                    rec.to_uppercase()
                )));
            }
            let ty = record.columns[i].1.clone();
            let (value, _) = evaluate(host, frame, e, Some(&ty))?;
            if let Some(values) = frame.record_mut(rec).and_then(|r| r.values.as_mut()) {
                values[i] = value;
            }
        }
    }
    Ok(())
}

fn raise_statement(host: &mut Host, frame: &mut Frame, r: &super::Raise) -> Result<(), PgError> {
    let text = |host: &mut Host, frame: &Frame, e: &ast::Expr| -> Result<Option<String>, PgError> {
        let (v, ty) = evaluate(host, frame, e, None)?;
        Ok(v.output(&ty))
    };
    let mut args = Vec::new();
    for a in &r.args {
        args.push(text(host, frame, a)?);
    }
    let mut message = r.format.as_deref().map(|f| raise::format(f, &args));
    let mut sqlstate = r.condition.as_ref().map(|(code, _)| code.clone());
    let mut detail = None;
    let mut hint = None;
    for (option, e) in &r.options {
        let value = text(host, frame, e)?;
        let Some(value) = value else {
            return Err(PgError::new(
                "22004",
                "RAISE statement option cannot be null",
            ));
        };
        match option {
            RaiseOption::Message => message = Some(value),
            RaiseOption::Detail => detail = Some(value),
            RaiseOption::Hint => hint = Some(value),
            RaiseOption::Errcode => {
                sqlstate = Some(if raise::is_sqlstate(&value) {
                    value
                } else {
                    super::conditions::code(&value)
                        .ok_or_else(|| refused(&format!("RAISE with ERRCODE '{value}'")))?
                        .to_string()
                })
            }
        }
    }
    if r.level == Level::Message {
        return Ok(());
    }
    let message = message
        .or_else(|| r.condition.as_ref().map(|(_, name)| name.clone()))
        .unwrap_or_default();
    let mut error = PgError::new(sqlstate.as_deref().unwrap_or("P0001"), message);
    error.detail = detail;
    error.hint = hint;
    Err(error)
}

/// The variables and fields a statement reads, as typed constants.
fn substitute(
    frame: &Frame,
    statement: &mut ast::Statement,
    tables: &BTreeMap<String, crate::catalog::Table>,
) -> Result<(), PgError> {
    whole_record::expand(frame, statement)?;
    let mut error = None;
    let literal = |value: &Value, ty: &SqlType| -> Option<ast::Expr> {
        let text = match value.output(ty) {
            Some(t) => format!("'{}'::{}", t.replace('\'', "''"), ty.format()),
            None => format!("NULL::{}", ty.format()),
        };
        super::parse::parse_expr(&text).ok()
    };
    let _ = ast::visit_expressions_mut(statement, |x| {
        let found = match x {
            ast::Expr::Identifier(id) if frame.record_variable(&crate::ident(id)).is_some() => {
                error = Some(refused("a whole PL/pgSQL record in a statement"));
                return std::ops::ControlFlow::Break(());
            }
            ast::Expr::Identifier(id) => {
                let name = crate::ident(id);
                frame
                    .variables
                    .iter()
                    .rev()
                    .find(|v| v.name == name)
                    .map(|v| (name, v.value.clone(), v.ty.clone()))
            }
            ast::Expr::CompoundIdentifier(parts) if parts.len() == 2 => {
                let rec = crate::ident(&parts[0]);
                let field = crate::ident(&parts[1]);
                match frame.readable_record(&rec) {
                    None => None,
                    Some(Err(e)) => {
                        error = Some(e);
                        return std::ops::ControlFlow::Break(());
                    }
                    Some(Ok(r)) => {
                        let Some(i) = r.columns.iter().position(|(c, _)| *c == field) else {
                            error = Some(PgError::new(
                                "42703",
                                format!("record \"{rec}\" has no field \"{field}\""),
                            ));
                            return std::ops::ControlFlow::Break(());
                        };
                        let v = r.values.as_ref().map_or(Value::Null, |v| v[i].clone());
                        Some((String::new(), v, r.columns[i].1.clone()))
                    }
                }
            }
            _ => None,
        };
        if let Some((name, value, ty)) = found {
            // PostgreSQL's variable_conflict = error: a variable named like a column
            // the statement may read is ambiguous; Rehearse does not decide which.
            if !name.is_empty() && tables.values().any(|t| t.column_index(&name).is_some()) {
                error = Some(refused(&format!(
                    "a PL/pgSQL variable `{name}` named like a table column in a statement"
                )));
                return std::ops::ControlFlow::Break(());
            }
            match literal(&value, &ty) {
                Some(e) => *x = ast::Expr::Nested(Box::new(e)),
                None => {
                    error = Some(refused(
                        "a PL/pgSQL value the statement cannot take as a constant",
                    ));
                    return std::ops::ControlFlow::Break(());
                }
            }
        }
        std::ops::ControlFlow::Continue(())
    });
    error.map_or(Ok(()), Err)
}

fn sql(host: &mut Host, frame: &mut Frame, embedded: &Embedded) -> Result<(), PgError> {
    let Host::Engine(engine) = host else {
        return Err(refused(
            "SQL statements in a BEFORE row trigger (it runs inside the statement's row loop)",
        ));
    };
    let mut statement = embedded.statement.clone();
    if let StatementKind::Sql(ast) = &mut statement.kind {
        let names: Vec<String> = frame.variables.iter().map(|v| v.name.clone()).collect();
        crate::catalog_views::check_variable_names(&**ast, &names)?;
        substitute(frame, ast, &engine.db.tables)?;
    }
    let query = match &statement.kind {
        StatementKind::Sql(ast) => match ast.as_ref() {
            ast::Statement::Query(q) => Some(q.clone()),
            _ => None,
        },
        _ => None,
    };
    match query {
        Some(query) => {
            if !embedded.perform && embedded.into.is_empty() {
                return Err(
                    PgError::new("42601", "query has no destination for result data").hint(
                        "If you want to discard the results of a SELECT, use PERFORM instead.",
                    ),
                );
            }
            let output = if embedded.perform {
                crate::catalog_views::Output::Discarded
            } else {
                crate::catalog_views::Output::Assigned
            };
            let (names, types, rows) = query_rows(engine, &query, output)?;
            frame.set_found(!rows.is_empty());
            if embedded.into.is_empty() {
                frame.row_count = rows.len() as u64;
                return Ok(());
            }
            frame.row_count = u64::from(!rows.is_empty());
            let first = rows.into_iter().next();
            move_row(engine, frame, &embedded.into, &names, &types, first)
        }
        None => {
            refuse_ddl_under_cursor(frame, &statement)?;
            engine.log_statement(&statement, false);
            engine.affected = 0;
            let is_dml = matches!(&statement.kind, StatementKind::Sql(ast) if matches!(ast.as_ref(), ast::Statement::Insert(_) | ast::Statement::Update { .. } | ast::Statement::Delete(_)));
            engine.dispatch(&statement).map_err(|f| f.error)?;
            frame.row_count = engine.affected as u64;
            if is_dml {
                let found = engine.affected > 0;
                frame.set_found(found);
            }
            Ok(())
        }
    }
}

/// A statement other than INSERT/UPDATE/DELETE while a FOR loop's query is open:
/// PostgreSQL refuses DDL on a relation an open cursor uses (`CheckTableNotInUse`,
/// 55006). Given for ALTER TABLE (not its RENAME forms, which take another path)
/// and CREATE INDEX on a table the query reads; DDL on tables no query reads runs;
/// anything else is refused.
fn refuse_ddl_under_cursor(
    frame: &Frame,
    statement: &crate::sql::Statement,
) -> Result<(), PgError> {
    let StatementKind::Sql(ast) = &statement.kind else {
        return if frame.open_cursors.is_empty() {
            Ok(())
        } else {
            Err(refused("this statement inside a FOR loop over a query"))
        };
    };
    if frame.open_cursors.is_empty()
        || matches!(
            ast.as_ref(),
            ast::Statement::Insert(_) | ast::Statement::Update { .. } | ast::Statement::Delete(_)
        )
    {
        return Ok(());
    }
    let (target, verb) = match ast.as_ref() {
        ast::Statement::AlterTable {
            name, operations, ..
        } if !operations.iter().any(|o| {
            matches!(
                o,
                ast::AlterTableOperation::RenameColumn { .. }
                    | ast::AlterTableOperation::RenameTable { .. }
                    | ast::AlterTableOperation::RenameConstraint { .. }
            )
        }) =>
        {
            (crate::object_name(name), "ALTER TABLE")
        }
        ast::Statement::CreateIndex(c) => (crate::object_name(&c.table_name), "CREATE INDEX"),
        _ => return Err(refused("this statement inside a FOR loop over a query")),
    };
    for open in &frame.open_cursors {
        match open {
            None => {
                return Err(refused(
                    "DDL inside a FOR loop over a query Rehearse cannot see through",
                ))
            }
            Some(tables) if tables.contains(&target) => {
                return Err(PgError::new(
                    "55006",
                    format!(
                        "cannot {verb} \"{target}\" because it is being used by active queries in this session"
                    ),
                ))
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// The tables a FOR loop's query reads (`None` when it reads a view, whose tables
/// the cursor holds open too).
fn tables_read(
    statement: &crate::sql::Statement,
    tables: &BTreeMap<String, crate::catalog::Table>,
) -> Option<Vec<String>> {
    let StatementKind::Sql(ast) = &statement.kind else {
        return None;
    };
    let mut names = Vec::new();
    let _ = ast::visit_relations(ast.as_ref(), |n| {
        names.push(crate::object_name(n));
        std::ops::ControlFlow::<()>::Continue(())
    });
    names
        .iter()
        .all(|n| tables.contains_key(n))
        .then_some(names)
}

/// A query's output: column names, types and rows.
type QueryRows = (Vec<String>, Vec<SqlType>, Vec<Vec<Value>>);

/// Runs a query of the body (its variables already substituted).
fn query_rows(
    engine: &mut Engine,
    query: &ast::Query,
    output: crate::catalog_views::Output,
) -> Result<QueryRows, PgError> {
    let prepared = crate::catalog_views::prepare_query(&engine.db, query, output, &[])?;
    let (catalog, part) = match prepared {
        Some(p) => (
            Some(crate::catalog_views::with_tables(
                &engine.db.tables,
                p.tables,
            )),
            Some(p.part),
        ),
        None => (None, None),
    };
    let tables = catalog.as_ref().unwrap_or(&engine.db.tables);
    let query = part.as_ref().unwrap_or(query);
    let mut plan =
        crate::expr::query::bind(tables, &engine.db.enums, &engine.db.extensions, query, true)?;
    let rows = {
        let (_, mut env) = engine.split();
        plan.fold(&mut env)?;
        plan.compute(&[], &mut env)?
    };
    Ok((plan.names().to_vec(), plan.types().to_vec(), rows))
}

/// The type a scalar target stores.
fn target_type(frame: &Frame, target: &Target) -> Result<SqlType, PgError> {
    match target {
        Target::Variable(name) => frame
            .variables
            .iter()
            .rev()
            .find(|v| v.name == *name)
            .filter(|v| v.record.is_none())
            .map(|v| v.ty.clone()),
        Target::Field(rec, field) => frame.readable_record(rec).transpose()?.and_then(|r| {
            r.columns
                .iter()
                .find(|(c, _)| c == field)
                .map(|(_, t)| t.clone())
        }),
    }
    .ok_or_else(|| refused("an INTO or FOR target that is not a declared scalar variable"))
}

/// A row into INTO's or a FOR loop's targets, as `exec_move_row` moves it: one
/// `record` variable takes the whole row (its columns and types); otherwise each
/// target takes the next column, converted to its type (a target past the last
/// column becomes NULL, columns past the last target are dropped). No row: NULLs.
fn move_row(
    engine: &mut Engine,
    frame: &mut Frame,
    targets: &[Target],
    names: &[String],
    types: &[SqlType],
    row: Option<Vec<Value>>,
) -> Result<(), PgError> {
    if let [Target::Variable(name)] = targets {
        if let Some(i) = frame
            .variables
            .iter()
            .rposition(|v| v.name == *name && v.record.is_some())
        {
            let values = row.unwrap_or_else(|| vec![Value::Null; types.len()]);
            frame.variables[i].record = Some(Some(Record {
                columns: names.iter().cloned().zip(types.iter().cloned()).collect(),
                values: Some(values),
            }));
            return Ok(());
        }
    }
    for (i, target) in targets.iter().enumerate() {
        let to = target_type(frame, target)?;
        let value = match (&row, types.get(i)) {
            (Some(r), Some(from)) => {
                let (_, mut env) = engine.split();
                convert(r[i].clone(), from, &to, &mut env)?
            }
            _ => Value::Null,
        };
        store(frame, target, value)?;
    }
    Ok(())
}

fn store(frame: &mut Frame, target: &Target, value: Value) -> Result<(), PgError> {
    match target {
        Target::Variable(name) => {
            if let Some(v) = frame.variables.iter_mut().rev().find(|v| v.name == *name) {
                if v.constant {
                    return Err(refused("assigning to a CONSTANT variable"));
                }
                v.value = value;
            }
        }
        Target::Field(rec, field) => {
            if let Some(r) = frame.record_mut(rec) {
                if let (Some(i), Some(values)) = (
                    r.columns.iter().position(|(c, _)| c == field),
                    r.values.as_mut(),
                ) {
                    values[i] = value;
                }
            }
        }
    }
    Ok(())
}
