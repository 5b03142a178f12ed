//! CREATE SEQUENCE and `ALTER SEQUENCE ... OWNED BY`, as `pg_dump` writes a serial
//! column: the table with a plain integer column, the sequence, its owner, then
//! `ALTER TABLE ONLY t ALTER COLUMN id SET DEFAULT nextval('t_id_seq'::regclass)`.
//!
//! The engine's sequences hand out values (`Sequence`); what they do not model —
//! explicit bounds, CYCLE, temporary sequences — is refused, never ignored. Ownership
//! is checked (PostgreSQL's errors for a missing table or column) but not stored: a
//! table's sequences go with it when its column's default names them (`drop.rs`).

use crate::catalog::Sequence;
use crate::error::PgError;
use crate::{object_name, Engine, StatementResult};
use sqlparser::ast;

/// An integer option's value (`START WITH -5`).
fn integer(e: &ast::Expr) -> Result<i64, PgError> {
    let text = match e {
        ast::Expr::Value(ast::Value::Number(n, _)) => n.clone(),
        ast::Expr::UnaryOp {
            op: ast::UnaryOperator::Minus,
            expr,
        } => match expr.as_ref() {
            ast::Expr::Value(ast::Value::Number(n, _)) => format!("-{n}"),
            other => return Err(PgError::unsupported(format!("the sequence option {other}"))),
        },
        other => return Err(PgError::unsupported(format!("the sequence option {other}"))),
    };
    text.parse()
        .map_err(|_| PgError::unsupported(format!("the sequence option {text}")))
}

/// CREATE SEQUENCE.
pub fn create(
    engine: &mut Engine,
    temporary: bool,
    if_not_exists: bool,
    name: &ast::ObjectName,
    data_type: Option<&ast::DataType>,
    options: &[ast::SequenceOptions],
    owned_by: Option<&ast::ObjectName>,
) -> StatementResult {
    let name = object_name(name);
    if temporary {
        return Err(PgError::unsupported("CREATE TEMPORARY SEQUENCE").into());
    }
    if let Some(ty) = data_type {
        let integer = matches!(
            ty,
            ast::DataType::SmallInt(_)
                | ast::DataType::Int2(_)
                | ast::DataType::Int(_)
                | ast::DataType::Integer(_)
                | ast::DataType::Int4(_)
                | ast::DataType::BigInt(_)
                | ast::DataType::Int8(_)
        );
        if !integer {
            return Err(PgError::unsupported(format!("a sequence AS {ty}")).into());
        }
    }
    let mut increment = 1;
    let mut start = None;
    for option in options {
        match option {
            ast::SequenceOptions::IncrementBy(e, _) => increment = integer(e)?,
            ast::SequenceOptions::StartWith(e, _) => start = Some(integer(e)?),
            ast::SequenceOptions::MinValue(None)
            | ast::SequenceOptions::MaxValue(None)
            | ast::SequenceOptions::Cache(_)
            | ast::SequenceOptions::Cycle(true) => {}
            other => {
                return Err(PgError::unsupported(format!("the sequence option {other}")).into())
            }
        }
    }
    if increment == 0 {
        return Err(PgError::new("22023", "INCREMENT must not be zero").into());
    }
    if engine.db.relation_exists(&name) {
        if if_not_exists {
            return Ok(Vec::new());
        }
        return Err(PgError::duplicate_table(&name).into());
    }
    if let Some(owner) = owned_by {
        check_owner(
            engine,
            &owner.0.iter().map(crate::ident).collect::<Vec<_>>(),
        )?;
    }
    let start = start.unwrap_or(if increment > 0 { 1 } else { -1 });
    engine
        .db
        .sequences
        .insert(name, Sequence::new(start, increment));
    Ok(Vec::new())
}

/// `[schema.]table.column` (or `NONE`) names an existing column.
fn check_owner(engine: &Engine, parts: &[String]) -> Result<(), PgError> {
    match parts {
        [none] if none == "none" => Ok(()),
        [.., table, column] => {
            let t = engine.table(table)?;
            if t.column_index(column).is_none() {
                return Err(PgError::undefined_column_of(column, table));
            }
            Ok(())
        }
        _ => Err(PgError::unsupported("OWNED BY without a table")),
    }
}

/// `ALTER SEQUENCE [IF EXISTS] name OWNED BY { table.column | NONE }`.
pub fn owned_by(
    engine: &mut Engine,
    sequence: &str,
    if_exists: bool,
    owner: Option<&(String, String)>,
) -> StatementResult {
    if !engine.db.sequences.contains_key(sequence) {
        if if_exists {
            return Ok(Vec::new());
        }
        return Err(PgError::undefined_table(sequence).into());
    }
    if let Some((table, column)) = owner {
        check_owner(engine, &[table.clone(), column.clone()])?;
    }
    Ok(Vec::new())
}

/// `ALTER <object> name OWNER TO role` and GRANT/REVOKE: roles and privileges are not
/// part of what Rehearse shows (the migration runs as the owner), so they change
/// nothing once the object is found.
pub fn owner_to(engine: &Engine, object: &str, name: &str) -> StatementResult {
    match object {
        "sequence" => {
            if !engine.db.sequences.contains_key(name) {
                return Err(PgError::undefined_table(name).into());
            }
        }
        "type" => {
            if !engine.db.enums.contains_key(name) {
                return Err(PgError::undefined_type(name).into());
            }
        }
        "schema" if name == "public" => {}
        "index" => {
            if engine.db.index_owner(name).is_none() {
                return Err(PgError::undefined_table(name).into());
            }
        }
        other => {
            return Err(PgError::unsupported(format!(
                "ALTER {} ... OWNER TO",
                other.to_uppercase()
            ))
            .into())
        }
    }
    Ok(Vec::new())
}

/// GRANT / REVOKE on tables, sequences or schema public: accepted once the objects are
/// found (see [`owner_to`]).
pub fn privileges(engine: &Engine, objects: &ast::GrantObjects) -> StatementResult {
    match objects {
        ast::GrantObjects::Tables(names) => {
            for n in names {
                let n = object_name(n);
                if !engine.db.tables.contains_key(&n) && !engine.db.sequences.contains_key(&n) {
                    return Err(PgError::undefined_table(&n).into());
                }
            }
        }
        ast::GrantObjects::Sequences(names) => {
            for n in names {
                let n = object_name(n);
                if !engine.db.sequences.contains_key(&n) {
                    return Err(PgError::undefined_table(&n).into());
                }
            }
        }
        ast::GrantObjects::Schemas(names) if names.iter().all(|n| object_name(n) == "public") => {}
        ast::GrantObjects::AllTablesInSchema { schemas }
        | ast::GrantObjects::AllSequencesInSchema { schemas }
            if schemas.iter().all(|n| object_name(n) == "public") => {}
        other => return Err(PgError::unsupported(format!("GRANT/REVOKE ON {other}")).into()),
    }
    Ok(Vec::new())
}
