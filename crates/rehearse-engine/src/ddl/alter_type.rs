//! `ALTER TYPE` on enum types: `ADD VALUE`, `RENAME TO`, `RENAME VALUE`.
//!
//! **Invariant:** a label added inside a transaction to a type that existed before it
//! is not usable until the transaction commits (PostgreSQL 12+: `55P04 unsafe use of
//! new value`). Such labels wait in `Database::enums_pending` (the type's whole new
//! list) while `Database::enums`, which every cast reads, keeps the committed list;
//! [`commit_pending`] moves them over when the transaction commits, and a rollback
//! drops them with the rest of the transaction's work. A type created in the same
//! transaction takes new labels at once, as PostgreSQL allows.

use crate::error::PgError;
use crate::sql::alter_type::{AlterType, Placement};
use crate::types::{is_type, SqlType};
use crate::value::Value;
use crate::{Engine, StatementResult};

/// PostgreSQL's NAMEDATALEN - 1.
const MAX_LABEL_BYTES: usize = 63;

/// Runs one `ALTER TYPE`.
pub fn run(engine: &mut Engine, alter: &AlterType) -> StatementResult {
    match alter {
        AlterType::AddValue {
            name,
            label,
            if_not_exists,
            placement,
        } => add_value(engine, name, label, *if_not_exists, placement),
        AlterType::Rename { name, to } => rename(engine, name, to),
        AlterType::RenameValue { name, from, to } => rename_value(engine, name, from, to),
    }
}

/// The type's labels as the transaction sees them (pending ones included), or
/// PostgreSQL's error for a name that is not an enum type.
fn labels(engine: &Engine, name: &str) -> Result<Vec<String>, PgError> {
    if let Some(pending) = engine.db.enums_pending.get(name) {
        return Ok(pending.clone());
    }
    if let Some(labels) = engine.db.enums.get(name) {
        return Ok(labels.clone());
    }
    // A table's row type, or a built-in type: PostgreSQL names it (format_type).
    if engine.db.tables.contains_key(name) {
        return Err(not_an_enum(name));
    }
    if is_type(name) {
        let parsed = sqlparser::parser::Parser::new(&sqlparser::dialect::PostgreSqlDialect {})
            .try_with_sql(name)
            .and_then(|mut p| p.parse_data_type())
            .ok()
            .and_then(|t| SqlType::from_ast(&t, &|_| false).ok());
        return Err(match parsed {
            Some(spec) => not_an_enum(&spec.ty.base_name()),
            None => PgError::unsupported(format!("ALTER TYPE on the type {name}")),
        });
    }
    Err(PgError::undefined_type(name))
}

fn not_an_enum(name: &str) -> PgError {
    PgError::new("42809", format!("{name} is not an enum"))
}

fn not_a_label(label: &str) -> PgError {
    PgError::new(
        "22023",
        format!("\"{label}\" is not an existing enum label"),
    )
}

fn label_exists(label: &str) -> PgError {
    PgError::new("42710", format!("enum label \"{label}\" already exists"))
}

fn check_length(label: &str) -> Result<(), PgError> {
    if label.len() > MAX_LABEL_BYTES {
        return Err(
            PgError::new("42602", format!("invalid enum label \"{label}\""))
                .detail(format!("Labels must be {MAX_LABEL_BYTES} bytes or less.")),
        );
    }
    Ok(())
}

fn add_value(
    engine: &mut Engine,
    name: &str,
    label: &str,
    if_not_exists: bool,
    placement: &Placement,
) -> StatementResult {
    let mut list = labels(engine, name)?;
    check_length(label)?;
    if list.iter().any(|l| l == label) {
        if if_not_exists {
            // PostgreSQL only notices: `enum label "x" already exists, skipping`.
            return Ok(Vec::new());
        }
        return Err(label_exists(label).into());
    }
    let at = match placement {
        Placement::Last => list.len(),
        Placement::Before(n) | Placement::After(n) => {
            let i = list
                .iter()
                .position(|l| l == n)
                .ok_or_else(|| not_a_label(n))?;
            i + usize::from(matches!(placement, Placement::After(_)))
        }
    };
    list.insert(at, label.to_string());
    if engine.in_transaction && !engine.db.enums_created.contains(name) {
        engine.db.enums_pending.insert(name.to_string(), list);
    } else {
        engine.db.enums.insert(name.to_string(), list);
    }
    Ok(Vec::new())
}

fn rename(engine: &mut Engine, name: &str, to: &str) -> StatementResult {
    labels(engine, name)?;
    if engine.db.enums.contains_key(to) || engine.db.tables.contains_key(to) || is_type(to) {
        return Err(PgError::new("42710", format!("type \"{to}\" already exists")).into());
    }
    let db = &mut engine.db;
    for map in [&mut db.enums, &mut db.enums_pending] {
        if let Some(labels) = map.remove(name) {
            map.insert(to.to_string(), labels);
        }
    }
    if db.enums_created.remove(name) {
        db.enums_created.insert(to.to_string());
    }
    let (old, new) = (
        SqlType::Enum(name.to_string()),
        SqlType::Enum(to.to_string()),
    );
    for table in db.tables.values_mut() {
        for column in table.columns.iter_mut().filter(|c| c.ty == old) {
            column.ty = new.clone();
        }
    }
    Ok(Vec::new())
}

fn rename_value(engine: &mut Engine, name: &str, from: &str, to: &str) -> StatementResult {
    let list = labels(engine, name)?;
    check_length(to)?;
    if !list.iter().any(|l| l == from) {
        return Err(not_a_label(from).into());
    }
    if list.iter().any(|l| l == to) {
        return Err(label_exists(to).into());
    }
    let db = &mut engine.db;
    for map in [&mut db.enums, &mut db.enums_pending] {
        if let Some(labels) = map.get_mut(name) {
            labels
                .iter_mut()
                .filter(|l| *l == from)
                .for_each(|l| *l = to.to_string());
        }
    }
    // Rows hold the label itself here (PostgreSQL holds the label's OID, so every
    // stored value reads as the new text at once).
    let ty = SqlType::Enum(name.to_string());
    for table in db.tables.values_mut() {
        let columns: Vec<usize> = (0..table.columns.len())
            .filter(|&i| table.columns[i].ty == ty)
            .collect();
        let old = Value::Text(from.to_string());
        if !table
            .rows
            .iter()
            .any(|r| columns.iter().any(|&i| r[i] == old))
        {
            // Left untouched, so snapshots keep sharing its rows.
            continue;
        }
        for row in table.rows.iter_mut() {
            for &i in &columns {
                if row[i] == old {
                    row[i] = Value::Text(to.to_string());
                }
            }
        }
    }
    Ok(Vec::new())
}

/// The transaction committed: its new labels become usable.
pub fn commit_pending(engine: &mut Engine) {
    let db = &mut engine.db;
    db.enums.append(&mut db.enums_pending);
    db.enums_created.clear();
}

/// PostgreSQL's 55P04 where the engine's cast said 22P02 for a label that exists but
/// was added in the open transaction.
pub fn unsafe_use(engine: &Engine, error: PgError) -> PgError {
    if error.sqlstate != "22P02" {
        return error;
    }
    for (name, labels) in &engine.db.enums_pending {
        for label in labels {
            if error.message == format!("invalid input value for enum {name}: \"{label}\"") {
                return PgError::new(
                    "55P04",
                    format!("unsafe use of new value \"{label}\" of enum type {name}"),
                )
                .hint("New enum values must be committed before they can be used.");
            }
        }
    }
    error
}
