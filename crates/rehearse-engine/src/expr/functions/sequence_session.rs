//! The session's sequence state, and the functions that read it: `currval(regclass)`
//! and `lastval()`, as PostgreSQL's `sequence.c` keeps them.
//!
//! PostgreSQL keeps, per session, the last value `nextval` returned for each sequence
//! (keyed by the sequence's OID) and which sequence `nextval` advanced last. `setval`
//! with `is_called` true (the default) sets the first but not the second; with false
//! it sets neither. Identity and serial columns draw through `nextval` too, so an
//! INSERT defines both. None of it is transactional: a ROLLBACK keeps it. A dropped
//! sequence takes its state with it (a new one of the same name is another OID), and
//! a rename keeps it.
//!
//! Here the session is one engine (one Rehearse run: the setup, then the migration,
//! as the oracle runs them on one PGlite session). A sequence's OID is its
//! `session_id`, given when a call first touches it from a counter that never goes
//! back, so a sequence created again never inherits the state of one dropped.
//!
//! **Invariant:** every path that draws a value (`nextval`, an identity column)
//! records it through [`Env::draw`] / [`SequenceSession::drawn`]; the engine carries
//! this state across every rollback (`Engine::execute`, `Session::roll_back_to`).

use super::{Args, Bound};
use crate::catalog::Sequence;
use crate::error::PgError;
use crate::expr::{Env, Expr, Scope};
use crate::types::SqlType;
use crate::value::Value;
use std::collections::BTreeMap;

/// What the session remembers of its sequences.
#[derive(Debug, Clone, Default)]
pub struct SequenceSession {
    /// The last handle given.
    handles: u64,
    /// `currval` per sequence handle.
    current: BTreeMap<u64, i64>,
    /// The sequence `nextval` advanced last (`lastval`'s).
    last_used: Option<u64>,
    /// The other session state a ROLLBACK keeps: the types PL/pgSQL's cached plans
    /// were prepared with (`plan_types`), carried here so that every path
    /// that carries the sequences' state across a rollback carries it too.
    pub(crate) plan_types: crate::plan_types::PlanTypes,
}

impl SequenceSession {
    /// The sequence's handle, given now if it has none.
    fn handle(&mut self, sequence: &mut Sequence) -> u64 {
        *sequence.session_id.get_or_insert_with(|| {
            self.handles += 1;
            self.handles
        })
    }

    /// `nextval` returned `value` from `sequence`.
    pub(crate) fn drawn(&mut self, sequence: &mut Sequence, value: i64) {
        let id = self.handle(sequence);
        self.current.insert(id, value);
        self.last_used = Some(id);
    }

    /// `setval(sequence, value, is_called)`: only a called value is `currval`'s.
    pub(crate) fn set(&mut self, sequence: &mut Sequence, value: i64, is_called: bool) {
        if is_called {
            let id = self.handle(sequence);
            self.current.insert(id, value);
        }
    }
}

impl Env<'_> {
    /// `nextval` of the named sequence, recorded as the session's; 42P01 when there
    /// is no such sequence.
    pub(crate) fn draw(&mut self, name: &str) -> Result<i64, PgError> {
        let sequence = self
            .sequences
            .get_mut(name)
            .ok_or_else(|| PgError::undefined_table(name))?;
        let value = sequence.next_value();
        self.sequence_session.drawn(sequence, value);
        Ok(value)
    }

    /// An identity column's next value (its sequence made if the catalog lacks it).
    pub(crate) fn draw_identity(&mut self, name: &str) -> i64 {
        let sequence = self
            .sequences
            .entry(name.to_string())
            .or_insert_with(|| Sequence::new(1, 1));
        let value = sequence.next_value();
        self.sequence_session.drawn(sequence, value);
        value
    }
}

/// The sequence a regclass text names (regclass output may qualify or quote it).
pub(super) fn sequence_name(text: &str) -> String {
    let name = text.strip_prefix("public.").unwrap_or(text);
    name.trim_matches('"').to_string()
}

/// `currval(regclass)`: the name as text, as `nextval` binds it. A constant naming
/// a table is refused: PostgreSQL's 42809 comes at run time, where the engine no
/// longer sees the catalog's tables.
pub(super) fn bind_currval(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let arg = args
        .into_iter()
        .next()
        .ok_or_else(|| PgError::unsupported(format!("{name}()")))?;
    let arg = scope.resolve_unknown(arg)?;
    if let (crate::expr::Node::Const(Value::Text(text)), Some(context)) = (&arg.node, scope.query) {
        if context.tables.contains_key(&sequence_name(text)) {
            return Err(PgError::unsupported(format!(
                "{name}() of the table {text} (not a sequence)"
            )));
        }
    }
    Ok((vec![arg], SqlType::BigInt))
}

/// `currval(regclass)`: the value `nextval` last returned for the sequence in this
/// session.
pub(super) fn currval(a: Args) -> Result<Value, PgError> {
    let Some(text) = a.text(0) else {
        return Ok(Value::Null);
    };
    let name = sequence_name(text);
    let sequence = a
        .env
        .sequences
        .get(&name)
        .ok_or_else(|| PgError::undefined_table(&name))?;
    let value = sequence
        .session_id
        .and_then(|id| a.env.sequence_session.current.get(&id));
    match value {
        Some(v) => Ok(Value::Int(*v)),
        None => Err(PgError::new(
            "55000",
            format!("currval of sequence \"{name}\" is not yet defined in this session"),
        )),
    }
}

/// `lastval()`: the value `nextval` last returned in this session, if its sequence
/// still exists.
pub(super) fn lastval(a: Args) -> Result<Value, PgError> {
    let session = &*a.env.sequence_session;
    let value = session.last_used.and_then(|id| {
        a.env
            .sequences
            .values()
            .any(|s| s.session_id == Some(id))
            .then(|| session.current.get(&id).copied())
            .flatten()
    });
    match value {
        Some(v) => Ok(Value::Int(v)),
        None => Err(PgError::new(
            "55000",
            "lastval is not yet defined in this session",
        )),
    }
}
