//! `ALTER SEQUENCE ... RESTART | INCREMENT BY | START WITH` and an identity column's
//! `ALTER TABLE ... ALTER COLUMN ... RESTART | SET GENERATED | SET INCREMENT BY | SET
//! START WITH` (parsed in `sql/sequence_options.rs`), as `AlterSequence` and
//! `ATExecSetIdentity` apply them: the options in order, then RESTART (at the new
//! START when no value is given), checked against the sequence's bounds. The engine
//! keeps no MINVALUE/MAXVALUE (CREATE SEQUENCE refuses explicit ones), so the
//! defaults are the bounds: 1 .. the type's maximum ascending, the type's minimum
//! .. -1 descending; a plain sequence's type is not kept, so a value past integer's
//! range there is refused rather than guessed.

use crate::catalog::Sequence;
use crate::error::PgError;
use crate::sql::sequence_options::{AlterSequence, SequenceChange, SequenceTarget};
use crate::types::SqlType;
use crate::{Engine, StatementResult};

/// Runs the statement.
pub fn run(engine: &mut Engine, alter: &AlterSequence) -> StatementResult {
    match &alter.target {
        SequenceTarget::Sequence(name) => {
            if !engine.db.sequences.contains_key(name) {
                if engine.db.tables.contains_key(name) {
                    return Err(
                        PgError::new("42809", format!("cannot open relation \"{name}\""))
                            .detail("This operation is not supported for tables.")
                            .into(),
                    );
                }
                if engine.db.relation_exists(name) {
                    return Err(PgError::unsupported(
                        "ALTER SEQUENCE on a relation that is not a sequence",
                    )
                    .into());
                }
                if alter.if_exists {
                    return Ok(Vec::new());
                }
                return Err(PgError::undefined_table(name).into());
            }
            if alter
                .changes
                .iter()
                .any(|c| matches!(c, SequenceChange::SetGenerated(_)))
            {
                return Err(PgError::unsupported("SET GENERATED on a sequence").into());
            }
            let sequence = engine
                .db
                .sequences
                .get(name)
                .cloned()
                .ok_or_else(|| PgError::undefined_table(name))?;
            let changed = apply(sequence, &alter.changes, None)?;
            engine.db.sequences.insert(name.clone(), changed);
        }
        SequenceTarget::Identity { table, column } => {
            if alter.if_exists && !engine.db.relation_exists(table) {
                return Ok(Vec::new());
            }
            let t = engine.table(table)?;
            let Some(index) = t.column_index(column) else {
                return Err(PgError::new(
                    "42703",
                    format!("column \"{column}\" of relation \"{table}\" does not exist"),
                )
                .into());
            };
            let col = &t.columns[index];
            let Some(identity) = col.identity.clone() else {
                return Err(PgError::new(
                    "55000",
                    format!(
                        "column \"{column}\" of relation \"{table}\" is not an identity column"
                    ),
                )
                .into());
            };
            let ty = col.ty.clone();
            let sequence = engine
                .db
                .sequences
                .get(&identity.sequence)
                .cloned()
                .ok_or_else(|| PgError::unsupported("an identity column without its sequence"))?;
            let changed = apply(sequence, &alter.changes, Some(&ty))?;
            let always = alter
                .changes
                .iter()
                .rev()
                .find_map(|c| match c {
                    SequenceChange::SetGenerated(always) => Some(*always),
                    _ => None,
                })
                .unwrap_or(identity.always);
            let (start, increment) = (changed.start, changed.increment);
            engine
                .db
                .sequences
                .insert(identity.sequence.clone(), changed);
            if let Some(identity) = engine.table_mut(table)?.columns[index].identity.as_mut() {
                identity.always = always;
                identity.start = start;
                identity.increment = increment;
            }
        }
    }
    Ok(Vec::new())
}

/// The sequence's default bounds for its type (`None`: a plain sequence, whose type
/// is not kept; its range is taken as integer's and values past it are refused).
fn bounds(increment: i64, ty: Option<&SqlType>) -> (i64, i64, bool) {
    let (min, max, known) = match ty {
        Some(SqlType::SmallInt) => (i16::MIN as i64, i16::MAX as i64, true),
        Some(SqlType::Integer) => (i32::MIN as i64, i32::MAX as i64, true),
        Some(SqlType::BigInt) => (i64::MIN, i64::MAX, true),
        _ => (i32::MIN as i64, i32::MAX as i64, false),
    };
    if increment > 0 {
        (1, max, known)
    } else {
        (min, -1, known)
    }
}

fn apply(
    mut sequence: Sequence,
    changes: &[SequenceChange],
    ty: Option<&SqlType>,
) -> Result<Sequence, PgError> {
    let mut restart = None;
    for change in changes {
        match *change {
            SequenceChange::IncrementBy(0) => {
                return Err(PgError::new("22023", "INCREMENT must not be zero"))
            }
            SequenceChange::IncrementBy(n) => {
                // The default bounds follow the sign of the increment only when the
                // sequence is created; changing the sign here keeps the old bounds,
                // which the engine does not keep.
                if (n > 0) != (sequence.increment > 0) {
                    return Err(PgError::unsupported(
                        "changing the sign of a sequence's increment",
                    ));
                }
                sequence.increment = n;
            }
            SequenceChange::StartWith(n) => sequence.start = n,
            SequenceChange::Restart(value) => restart = Some(value),
            SequenceChange::SetGenerated(_) => {}
        }
    }
    let (min, max, known) = bounds(sequence.increment, ty);
    let check = |what: &str, v: i64| -> Result<(), PgError> {
        if v < min {
            return Err(PgError::new(
                "22023",
                format!("{what} value ({v}) cannot be less than MINVALUE ({min})"),
            ));
        }
        if v > max {
            if !known {
                return Err(PgError::unsupported(format!(
                    "{what} past integer's range on a sequence whose type Rehearse does not keep"
                )));
            }
            return Err(PgError::new(
                "22023",
                format!("{what} value ({v}) cannot be greater than MAXVALUE ({max})"),
            ));
        }
        Ok(())
    };
    check("START", sequence.start)?;
    if let Some(value) = restart {
        let v = value.unwrap_or(sequence.start);
        check("RESTART", v)?;
        // The next nextval returns v (is_called false), as after setval(v, false).
        sequence.last = if v == sequence.start {
            None
        } else {
            Some(v.saturating_sub(sequence.increment))
        };
    }
    Ok(sequence)
}
