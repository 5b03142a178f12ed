//! Statement-level triggers (`FOR EACH STATEMENT`): fired once per INSERT (and COPY),
//! UPDATE or DELETE, whatever number of rows it touches, zero included. As in
//! PostgreSQL: BEFORE ones after the statement is analysed and before any row is
//! read, AFTER ones once the statement's AFTER row triggers have fired; each in name
//! order, with `TG_LEVEL = 'STATEMENT'` and NEW and OLD NULL; what the function
//! returns is ignored.
//!
//! Refused by name: transition tables (`REFERENCING`, at CREATE), a WHEN condition, a
//! BEFORE trigger whose function writes (the statement's rows are read before it runs
//! here, after it in PostgreSQL), and INSERT ... ON CONFLICT on a table that has
//! statement-level triggers (it fires both INSERT and UPDATE ones).

use super::plpgsql::exec::{self, Frame, Host, Outcome, Record};
use super::triggers::{Firing, TriggerLevel};
use super::{Body, Function, Timing, Trigger, TriggerEvent};
use crate::error::PgError;
use crate::sql::StatementKind;
use crate::types::SqlType;
use crate::value::Value;
use crate::Engine;
use sqlparser::ast;

/// PostgreSQL's 42P17 for a statement trigger's WHEN naming NEW or OLD; any other
/// WHEN is refused.
pub fn check_when(when: &ast::Expr) -> Result<(), PgError> {
    let mentions_row = ast::visit_expressions(when, |x| match x {
        ast::Expr::CompoundIdentifier(p)
            if p.len() == 2 && matches!(crate::ident(&p[0]).as_str(), "new" | "old") =>
        {
            std::ops::ControlFlow::Break(())
        }
        _ => std::ops::ControlFlow::Continue(()),
    })
    .is_break();
    if mentions_row {
        return Err(PgError::new(
            "42P17",
            "statement trigger's WHEN condition cannot reference column values",
        ));
    }
    Err(PgError::unsupported(
        "a WHEN condition on a statement-level trigger",
    ))
}

/// The enabled statement-level triggers of one timing and event on a table.
pub struct StatementFiring(Firing);

impl StatementFiring {
    /// The triggers that fire; `updated`: the columns an UPDATE's SET list names.
    pub fn new(
        engine: &Engine,
        table: &str,
        timing: Timing,
        event: TriggerEvent,
        updated: &[String],
    ) -> StatementFiring {
        let level = TriggerLevel::Statement;
        StatementFiring(Firing::of_level(
            engine, table, timing, event, updated, level,
        ))
    }

    /// Whether no trigger fires.
    pub fn is_empty(&self) -> bool {
        self.0.triggers.is_empty()
    }

    /// Whether the table has statement-level triggers at all (any timing or event).
    pub fn any_on(engine: &Engine, table: &str) -> bool {
        engine.db.tables.get(table).is_some_and(|t| {
            t.triggers
                .iter()
                .any(|tr| tr.enabled && tr.level == TriggerLevel::Statement)
        })
    }

    /// Fires the triggers once; the statement's row count stays its own.
    pub fn fire(&self, engine: &mut Engine) -> Result<(), PgError> {
        let affected = engine.affected;
        for (trigger, function) in &self.0.triggers {
            if engine.calls.depth >= super::MAX_CALL_DEPTH {
                return Err(PgError::unsupported(format!(
                    "triggers nested more than {} deep (a trigger whose statements fire triggers again)",
                    super::MAX_CALL_DEPTH
                )));
            }
            engine.calls.depth += 1;
            let result = self.call(engine, trigger, function);
            engine.calls.depth -= 1;
            result?;
        }
        engine.affected = affected;
        Ok(())
    }

    fn call(
        &self,
        engine: &mut Engine,
        trigger: &Trigger,
        function: &Function,
    ) -> Result<(), PgError> {
        let Body::PlPgSql(block) = &function.body else {
            return Err(PgError::unsupported("trigger functions not in PL/pgSQL"));
        };
        if self.0.timing == Timing::Before {
            let writes = block.embedded().iter().any(|s| {
                !matches!(&s.kind, StatementKind::Sql(a) if matches!(a.as_ref(), ast::Statement::Query(_)))
            });
            if writes {
                return Err(PgError::unsupported(format!(
                    "the BEFORE statement-level trigger {} whose function {}() writes (the \
                     statement's rows would be read after it)",
                    trigger.name, function.name
                )));
            }
        }
        let text = |s: &str| (SqlType::Text, Value::Text(s.to_string()));
        let vars: Vec<(String, SqlType, Value)> = [
            ("tg_name", text(&trigger.name)),
            ("tg_when", text(self.0.timing.as_str())),
            ("tg_level", text("STATEMENT")),
            ("tg_op", text(self.0.event.as_str())),
            ("tg_relname", text(&self.0.table)),
            ("tg_table_name", text(&self.0.table)),
            ("tg_table_schema", text("public")),
            ("tg_nargs", (SqlType::Integer, Value::Int(0))),
        ]
        .into_iter()
        .map(|(n, (t, v))| (n.to_string(), t, v))
        .collect();
        let null_record = || Record {
            columns: self.0.columns.clone(),
            values: None,
        };
        let mut frame = Frame::new(vars, Some(null_record()), Some(null_record()));
        match exec::run(&mut Host::Engine(engine), &mut frame, block)? {
            Outcome::End | Outcome::Exit(_) | Outcome::Continue(_) => Err(PgError::new(
                "2F005",
                "control reached end of trigger procedure without RETURN",
            )),
            Outcome::Row(_) => Ok(()),
            Outcome::Nothing | Outcome::Value(..) => Err(PgError::unsupported(
                "a trigger function returning something other than NEW, OLD or NULL",
            )),
        }
    }
}
