//! Row-level triggers: `CREATE [OR REPLACE] TRIGGER`, `DROP TRIGGER`, `ALTER TABLE
//! ENABLE/DISABLE TRIGGER`, and firing them from INSERT, UPDATE, DELETE and COPY.
//!
//! As in PostgreSQL: BEFORE triggers fire per row in name order, each getting the row
//! the previous one returned, before the row's constraints are checked; returning NULL
//! skips the row. AFTER triggers are queued and fire once the statement's rows are all
//! written, row by row, each row's triggers in name order. Statement-level triggers
//! fire from `statement_triggers`; INSTEAD OF, TRUNCATE and constraint triggers are
//! refused when created.

use super::plpgsql::exec::{self, Frame, Host, Outcome, Record};
use super::{Body, Function, Returns};
use crate::catalog::Row;
use crate::error::PgError;
use crate::expr::Env;
pub use crate::routine_defs::{Timing, Trigger, TriggerEvent, TriggerLevel};
use crate::types::SqlType;
use crate::value::Value;
use crate::{ident, object_name, Engine, StatementResult};
use sqlparser::ast;

/// The parts of a `CREATE TRIGGER` the engine reads.
pub struct CreateTrigger<'a> {
    /// OR REPLACE.
    pub or_replace: bool,
    /// CONSTRAINT TRIGGER.
    pub is_constraint: bool,
    /// Name.
    pub name: &'a ast::ObjectName,
    /// BEFORE / AFTER / INSTEAD OF.
    pub period: &'a ast::TriggerPeriod,
    /// Events.
    pub events: &'a [ast::TriggerEvent],
    /// ON table.
    pub table: &'a ast::ObjectName,
    /// REFERENCING ... (transition tables).
    pub referencing: bool,
    /// FOR EACH ROW / STATEMENT.
    pub object: &'a ast::TriggerObject,
    /// WHEN.
    pub condition: Option<&'a ast::Expr>,
    /// EXECUTE FUNCTION f(args).
    pub exec: &'a ast::TriggerExecBody,
}

/// Runs `CREATE [OR REPLACE] TRIGGER`.
pub fn create(engine: &mut Engine, create: CreateTrigger) -> StatementResult {
    let name = object_name(create.name);
    let table_name = object_name(create.table);
    if create.is_constraint {
        return Err(PgError::unsupported("constraint triggers").into());
    }
    if create.referencing {
        return Err(PgError::unsupported("triggers with transition tables (REFERENCING)").into());
    }
    let timing = match create.period {
        ast::TriggerPeriod::Before => Timing::Before,
        ast::TriggerPeriod::After => Timing::After,
        ast::TriggerPeriod::InsteadOf => {
            return Err(PgError::unsupported("INSTEAD OF triggers").into())
        }
    };
    let level = match create.object {
        ast::TriggerObject::Row => TriggerLevel::Row,
        ast::TriggerObject::Statement => TriggerLevel::Statement,
    };
    let table = engine.table(&table_name)?;
    let mut events = Vec::new();
    let mut columns = Vec::new();
    for e in create.events {
        events.push(match e {
            ast::TriggerEvent::Insert => TriggerEvent::Insert,
            ast::TriggerEvent::Update(cols) => {
                for c in cols {
                    let c = ident(c);
                    if table.column_index(&c).is_none() {
                        return Err(PgError::unsupported(
                            "an UPDATE OF list naming a column the table lacks",
                        )
                        .into());
                    }
                    columns.push(c);
                }
                TriggerEvent::Update
            }
            ast::TriggerEvent::Delete => TriggerEvent::Delete,
            ast::TriggerEvent::Truncate => {
                return Err(PgError::unsupported("TRUNCATE triggers").into())
            }
        });
    }
    let function_name = object_name(&create.exec.func_desc.name);
    if create
        .exec
        .func_desc
        .args
        .as_ref()
        .is_some_and(|a| !a.is_empty())
    {
        return Err(PgError::unsupported("trigger function arguments (TG_ARGV)").into());
    }
    let Some(function) = engine.db.functions.get(&function_name) else {
        return Err(PgError::new(
            "42883",
            format!("function {function_name}() does not exist"),
        )
        .into());
    };
    if function.returns != Returns::Trigger || !function.args.is_empty() {
        if !function.args.is_empty() {
            return Err(PgError::new(
                "42883",
                format!("function {function_name}() does not exist"),
            )
            .into());
        }
        return Err(PgError::new(
            "42P17",
            format!("function {function_name} must return type trigger"),
        )
        .into());
    }
    if let Some(when) = create
        .condition
        .filter(|_| level == TriggerLevel::Statement)
    {
        super::statement_triggers::check_when(when)?;
    }
    if let Some(when) = create.condition {
        let mentions = |rec: &str| {
            let mut found = false;
            let _ = ast::visit_expressions(when, |x| {
                if let ast::Expr::CompoundIdentifier(p) = x {
                    if p.len() == 2 && ident(&p[0]) == rec {
                        found = true;
                    }
                }
                std::ops::ControlFlow::<()>::Continue(())
            });
            found
        };
        if events.contains(&TriggerEvent::Insert) && mentions("old") {
            return Err(PgError::new(
                "42P17",
                "INSERT trigger's WHEN condition cannot reference OLD values",
            )
            .into());
        }
        if events.contains(&TriggerEvent::Delete) && mentions("new") {
            return Err(PgError::new(
                "42P17",
                "DELETE trigger's WHEN condition cannot reference NEW values",
            )
            .into());
        }
    }
    let trigger = Trigger {
        name: name.clone(),
        function: function_name,
        timing,
        events,
        columns,
        when: create.condition.cloned(),
        enabled: true,
        level,
    };
    let t = engine.table_mut(&table_name)?;
    match t.triggers.iter().position(|tr| tr.name == name) {
        Some(i) if create.or_replace => t.triggers[i] = trigger,
        Some(_) => {
            return Err(PgError::new(
                "42710",
                format!("trigger \"{name}\" for relation \"{table_name}\" already exists"),
            )
            .into())
        }
        None => t.triggers.push(trigger),
    }
    Ok(Vec::new())
}

/// Runs `DROP TRIGGER [IF EXISTS] name ON table`.
pub fn drop(engine: &mut Engine, if_exists: bool, name: &str, table: &str) -> StatementResult {
    let Some(t) = engine.db.tables.get_mut(table) else {
        if if_exists {
            return Ok(Vec::new());
        }
        return Err(PgError::undefined_table(table).into());
    };
    let before = t.triggers.len();
    t.triggers.retain(|tr| tr.name != name);
    if t.triggers.len() == before && !if_exists {
        return Err(PgError::new(
            "42704",
            format!("trigger \"{name}\" for table \"{table}\" does not exist"),
        )
        .into());
    }
    Ok(Vec::new())
}

/// `ALTER TABLE t ENABLE | DISABLE TRIGGER name | ALL | USER`.
pub fn set_enabled(
    engine: &mut Engine,
    table: &str,
    name: &ast::Ident,
    enabled: bool,
) -> Result<(), PgError> {
    let t = engine.table_mut(table)?;
    let name = ident(name);
    if name == "all" || name == "user" {
        if name == "all" && !enabled {
            // ALL includes the foreign keys' internal triggers: those are not modelled.
            if t.constraints.iter().any(|c| c.contype() == "f") {
                return Err(PgError::unsupported(
                    "DISABLE TRIGGER ALL on a table with foreign keys",
                ));
            }
        }
        for tr in &mut t.triggers {
            tr.enabled = enabled;
        }
        return Ok(());
    }
    match t.triggers.iter_mut().find(|tr| tr.name == name) {
        Some(tr) => {
            tr.enabled = enabled;
            Ok(())
        }
        None => Err(PgError::new(
            "42704",
            format!("trigger \"{name}\" for table \"{table}\" does not exist"),
        )),
    }
}

/// The triggers (table, trigger) that execute function `name`.
pub fn using_function(engine: &Engine, name: &str) -> Vec<(String, String)> {
    engine
        .db
        .tables
        .values()
        .flat_map(|t| {
            t.triggers
                .iter()
                .filter(|tr| tr.function == name)
                .map(|tr| (t.name.clone(), tr.name.clone()))
        })
        .collect()
}

/// Before `ALTER TABLE ... DROP COLUMN`: a trigger whose `UPDATE OF` list or WHEN
/// names the column depends on it (CASCADE drops the trigger).
pub fn drop_column(
    engine: &mut Engine,
    table: &str,
    column: &str,
    cascade: bool,
) -> Result<(), PgError> {
    let Some(t) = engine.db.tables.get_mut(table) else {
        return Ok(());
    };
    let depends = |tr: &Trigger| {
        tr.columns.iter().any(|c| c == column)
            || tr
                .when
                .as_ref()
                .is_some_and(|w| crate::catalog::expr_columns(w).iter().any(|c| c == column))
    };
    if let Some(tr) = t.triggers.iter().find(|tr| depends(tr)) {
        if !cascade {
            return Err(PgError::new(
                "2BP01",
                format!("cannot drop column {column} of table {table} because other objects depend on it"),
            )
            .detail(format!(
                "trigger {} on table {table} depends on column {column} of table {table}",
                tr.name
            ))
            .hint("Use DROP ... CASCADE to drop the dependent objects too."));
        }
        t.triggers.retain(|tr| !depends(tr));
    }
    Ok(())
}

/// `ALTER TABLE ... RENAME COLUMN`: the triggers' `UPDATE OF` lists and WHEN
/// conditions follow the column.
pub fn rename_column(engine: &mut Engine, table: &str, from: &str, to: &str) {
    if let Some(t) = engine.db.tables.get_mut(table) {
        for tr in &mut t.triggers {
            for c in tr.columns.iter_mut().filter(|c| *c == from) {
                *c = to.to_string();
            }
            if let Some(w) = tr.when.as_mut() {
                crate::catalog::rename_in_expr(w, from, to);
            }
        }
    }
}

/// Foreign keys' cascading actions (CASCADE, SET NULL, SET DEFAULT) run as
/// PostgreSQL's own statements, which fire the referencing table's triggers; the
/// engine applies them without, so a write that may cascade into a table with
/// triggers is refused.
pub fn refuse_cascades_into_triggers(engine: &Engine, table: &str) -> Result<(), PgError> {
    use crate::catalog::{ConstraintKind, RefAction};
    for t in engine.db.tables.values().filter(|t| !t.triggers.is_empty()) {
        let cascades = t.constraints.iter().any(|c| match &c.kind {
            ConstraintKind::ForeignKey {
                ref_table,
                on_delete,
                on_update,
                ..
            } => {
                ref_table == table
                    && [on_delete, on_update]
                        .iter()
                        .any(|a| !matches!(a, RefAction::NoAction | RefAction::Restrict))
            }
            _ => false,
        });
        if cascades {
            return Err(PgError::unsupported(format!(
                "a foreign key's cascading action into table {}, which has triggers",
                t.name
            )));
        }
    }
    Ok(())
}

/// The PL/pgSQL bodies of the enabled triggers an `event` (INSERT, UPDATE, DELETE)
/// on `table` fires (for the lock analysis).
pub fn bodies_fired<'d>(
    db: &'d crate::catalog::Database,
    table: &str,
    event: &str,
) -> Vec<&'d super::plpgsql::Block> {
    let Some(t) = db.tables.get(table) else {
        return Vec::new();
    };
    t.triggers
        .iter()
        .filter(|tr| tr.enabled && tr.events.iter().any(|e| e.as_str() == event))
        .filter_map(|tr| match db.functions.get(&tr.function).map(|f| &f.body) {
            Some(Body::PlPgSql(block)) => Some(block.as_ref()),
            _ => None,
        })
        .collect()
}

/// The enabled triggers of one timing and event on a table, ready to fire.
pub struct Firing {
    pub(super) table: String,
    pub(super) columns: Vec<(String, SqlType)>,
    pub(super) timing: Timing,
    pub(super) event: TriggerEvent,
    pub(super) triggers: Vec<(Trigger, Function)>,
}

impl Firing {
    /// The row-level triggers that fire; `updated`: the columns an UPDATE's SET list
    /// names.
    pub fn new(
        engine: &Engine,
        table: &str,
        timing: Timing,
        event: TriggerEvent,
        updated: &[String],
    ) -> Firing {
        Firing::of_level(engine, table, timing, event, updated, TriggerLevel::Row)
    }

    /// The enabled triggers of `level` that fire, in name order.
    pub(super) fn of_level(
        engine: &Engine,
        table: &str,
        timing: Timing,
        event: TriggerEvent,
        updated: &[String],
        level: TriggerLevel,
    ) -> Firing {
        let mut triggers = Vec::new();
        let mut columns = Vec::new();
        if let Some(t) = engine.db.tables.get(table) {
            columns = t.scope_columns();
            for tr in &t.triggers {
                let fires = tr.enabled
                    && tr.level == level
                    && tr.timing == timing
                    && tr.events.contains(&event)
                    && (event != TriggerEvent::Update
                        || tr.columns.is_empty()
                        || tr.columns.iter().any(|c| updated.contains(c)));
                if let (true, Some(f)) = (fires, engine.db.functions.get(&tr.function)) {
                    triggers.push((tr.clone(), f.clone()));
                }
            }
        }
        triggers.sort_by(|a, b| a.0.name.cmp(&b.0.name));
        Firing {
            table: table.to_string(),
            columns,
            timing,
            event,
            triggers,
        }
    }

    /// Whether no trigger fires.
    pub fn is_empty(&self) -> bool {
        self.triggers.is_empty()
    }

    /// BEFORE triggers on one row, inside the statement's loop: the row to write, or
    /// `None` when a trigger skipped it.
    pub fn before(
        &self,
        env: &mut Env,
        old: Option<&Row>,
        new: Option<Row>,
    ) -> Result<Option<Row>, PgError> {
        let mut current = match self.event {
            TriggerEvent::Delete => old.cloned(),
            _ => new,
        };
        for (trigger, function) in &self.triggers {
            let (old_values, new_values) = match self.event {
                TriggerEvent::Delete => (current.clone(), None),
                TriggerEvent::Insert => (None, current.clone()),
                TriggerEvent::Update => (old.cloned(), current.clone()),
            };
            let mut host = Host::Row(env);
            match self.call(&mut host, trigger, function, old_values, new_values)? {
                Called::Skipped => {}
                Called::Returned(row) => current = row,
            }
            if current.is_none() {
                return Ok(None);
            }
        }
        Ok(current)
    }

    /// AFTER triggers on the statement's rows (old, new), once they are all written.
    pub fn after(
        &self,
        engine: &mut Engine,
        rows: Vec<(Option<Row>, Option<Row>)>,
    ) -> Result<(), PgError> {
        // The statement's row count is its own, whatever the triggers' statements write.
        let affected = engine.affected;
        let result = self.after_rows(engine, rows);
        engine.affected = affected;
        result
    }

    fn after_rows(
        &self,
        engine: &mut Engine,
        rows: Vec<(Option<Row>, Option<Row>)>,
    ) -> Result<(), PgError> {
        for (old, new) in rows {
            for (trigger, function) in &self.triggers {
                if engine.calls.depth >= super::MAX_CALL_DEPTH {
                    return Err(PgError::unsupported(format!(
                        "triggers nested more than {} deep (a trigger whose statements fire triggers again)",
                        super::MAX_CALL_DEPTH
                    )));
                }
                engine.calls.depth += 1;
                let result = {
                    let mut host = Host::Engine(engine);
                    self.call(&mut host, trigger, function, old.clone(), new.clone())
                };
                engine.calls.depth -= 1;
                result?;
            }
        }
        Ok(())
    }

    fn call(
        &self,
        host: &mut Host,
        trigger: &Trigger,
        function: &Function,
        old: Option<Row>,
        new: Option<Row>,
    ) -> Result<Called, PgError> {
        let Body::PlPgSql(block) = &function.body else {
            return Err(PgError::unsupported("trigger functions not in PL/pgSQL"));
        };
        let text = |s: &str| (SqlType::Text, Value::Text(s.to_string()));
        let vars: Vec<(String, SqlType, Value)> = [
            ("tg_name", text(&trigger.name)),
            ("tg_when", text(self.timing.as_str())),
            ("tg_level", text("ROW")),
            ("tg_op", text(self.event.as_str())),
            ("tg_relname", text(&self.table)),
            ("tg_table_name", text(&self.table)),
            ("tg_table_schema", text("public")),
            ("tg_nargs", (SqlType::Integer, Value::Int(0))),
        ]
        .into_iter()
        .map(|(n, (t, v))| (n.to_string(), t, v))
        .collect();
        let record = |values: Option<Row>| Record {
            columns: self.columns.clone(),
            values,
        };
        let mut frame = Frame::new(vars, Some(record(new)), Some(record(old)));
        if let Some(when) = &trigger.when {
            if !exec::condition(host, &frame, when)? {
                return Ok(Called::Skipped);
            }
            // The WHEN condition is the executor's, not a PL/pgSQL plan.
            frame.fields_read.borrow_mut().clear();
        }
        plan_types(host).check(&function.name, &self.table, &self.columns)?;
        let ran = exec::run(host, &mut frame, block);
        plan_types(host).record(
            &function.name,
            &self.table,
            &self.columns,
            &frame.fields_read.borrow(),
        );
        match ran? {
            Outcome::Row(row) => Ok(Called::Returned(row)),
            Outcome::End | Outcome::Exit(_) | Outcome::Continue(_) => Err(PgError::new(
                "2F005",
                "control reached end of trigger procedure without RETURN",
            )),
            Outcome::Nothing | Outcome::Value(..) => Err(PgError::unsupported(
                "a trigger function returning something other than NEW, OLD or NULL",
            )),
        }
    }
}

/// The session's record of PL/pgSQL plan types.
fn plan_types<'a>(host: &'a mut Host) -> &'a mut crate::plan_types::PlanTypes {
    match host {
        Host::Row(env) => &mut env.sequence_session.plan_types,
        Host::Engine(engine) => &mut engine.sequence_session.plan_types,
    }
}

enum Called {
    /// The WHEN condition was not true.
    Skipped,
    /// The row the function returned (`None`: NULL).
    Returned(Option<Row>),
}
