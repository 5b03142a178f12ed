//! CREATE SEQUENCE, `ALTER SEQUENCE ... RENAME TO`, and `ALTER SEQUENCE ... OWNED BY`
//! as `pg_dump` writes a serial
//! column: the table with a plain integer column, the sequence, its owner, then
//! `ALTER TABLE ONLY t ALTER COLUMN id SET DEFAULT nextval('t_id_seq'::regclass)`.
//!
//! The engine's sequences hand out values (`Sequence`); what they do not model —
//! explicit bounds, CYCLE, temporary sequences — is refused, never ignored. Ownership
//! is checked (PostgreSQL's errors for a missing table or column) but not stored: a
//! table's sequences go with it when its column's default names them (`drop.rs`).

use crate::catalog::Sequence;
use crate::error::PgError;
use crate::sql::modifying_with::WithBody;
use crate::sql::{Statement, StatementKind};
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

/// `ALTER SEQUENCE [IF EXISTS] name RENAME TO new_name`. Column defaults hold the
/// sequence by OID in PostgreSQL, so `nextval('name'::regclass)` reads back with the
/// new name: the engine, which holds the name, rewrites those defaults (and identity
/// columns' sequences). A default naming the sequence any other way is refused.
pub fn rename(engine: &mut Engine, from: &str, if_exists: bool, to: &str) -> StatementResult {
    if !engine.db.sequences.contains_key(from) {
        if engine.db.relation_exists(from) {
            return Err(PgError::new("42809", format!("\"{from}\" is not a sequence")).into());
        }
        if if_exists {
            return Ok(Vec::new());
        }
        return Err(PgError::undefined_table(from).into());
    }
    if engine.db.relation_exists(to) {
        return Err(PgError::duplicate_table(to).into());
    }
    // Every default that mentions the sequence must be one this can rewrite.
    for t in engine.db.tables.values() {
        for c in &t.columns {
            let Some(d) = &c.default else { continue };
            if nextval_of(d).is_none() && d.to_string().contains(from) {
                return Err(PgError::unsupported(format!(
                    "renaming sequence {from}, which the default of {}.{} uses",
                    t.name, c.name
                ))
                .into());
            }
        }
    }
    for t in engine.db.tables.values_mut() {
        for c in &mut t.columns {
            if let Some(literal) = c.default.as_mut().and_then(nextval_literal_mut) {
                if regclass_name(literal) == from {
                    *literal = crate::deparse::quote_ident(to);
                }
            }
            if let Some(identity) = &mut c.identity {
                if identity.sequence == from {
                    identity.sequence = to.to_string();
                }
            }
        }
    }
    if let Some(seq) = engine.db.sequences.remove(from) {
        engine.db.sequences.insert(to.to_string(), seq);
    }
    Ok(Vec::new())
}

/// The `'name'` of a `nextval('name'[::regclass])` expression.
fn nextval_of(e: &ast::Expr) -> Option<&String> {
    let ast::Expr::Function(f) = e else {
        return None;
    };
    if object_name(&f.name) != "nextval" {
        return None;
    }
    let ast::FunctionArguments::List(list) = &f.args else {
        return None;
    };
    let [ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(arg))] = list.args.as_slice() else {
        return None;
    };
    match arg {
        ast::Expr::Cast {
            expr,
            data_type: ast::DataType::Regclass,
            ..
        } => match expr.as_ref() {
            ast::Expr::Value(ast::Value::SingleQuotedString(s)) => Some(s),
            _ => None,
        },
        ast::Expr::Value(ast::Value::SingleQuotedString(s)) => Some(s),
        _ => None,
    }
}

/// [`nextval_of`], to rewrite.
fn nextval_literal_mut(e: &mut ast::Expr) -> Option<&mut String> {
    nextval_of(e)?;
    let ast::Expr::Function(f) = e else {
        return None;
    };
    let ast::FunctionArguments::List(list) = &mut f.args else {
        return None;
    };
    let ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(arg)) = list.args.first_mut()? else {
        return None;
    };
    let literal = match arg {
        ast::Expr::Cast { expr, .. } => expr.as_mut(),
        other => other,
    };
    match literal {
        ast::Expr::Value(ast::Value::SingleQuotedString(s)) => Some(s),
        _ => None,
    }
}

/// The relation a regclass literal names: `"Name"` as written, else lower case, with
/// `public.` taken off.
fn regclass_name(text: &str) -> String {
    let text = text.strip_prefix("public.").unwrap_or(text);
    match text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        Some(quoted) => quoted.replace("\"\"", "\""),
        None => text.to_lowercase(),
    }
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
        "view" | "materialized view" => {
            if !engine.db.views.contains_key(name) {
                return Err(PgError::undefined_table(name).into());
            }
        }
        // pg_dump's `ALTER FUNCTION f(...) OWNER TO role`, right after the function.
        "function" if engine.db.functions.contains_key(name) => {}
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
                if !engine.db.tables.contains_key(&n)
                    && !engine.db.sequences.contains_key(&n)
                    && !engine.db.views.contains_key(&n)
                {
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

/// A query that names a sequence as a relation (`SELECT last_value, is_called FROM
/// s`): the query binder sees only tables and answers 42P01, which PostgreSQL never
/// gives for a sequence (sequences are relations with one row). Until that row
/// (`last_value`, `log_cnt` — which follows PostgreSQL's WAL batching — and
/// `is_called`) is modelled, a statement that failed with 42P01 while one of the
/// relations it names (`visit_relations`: FROM items, DML targets, at any depth) is a
/// sequence is refused by name, never failed.
pub(crate) fn read_as_relation(engine: &Engine, statement: &Statement, error: PgError) -> PgError {
    use std::ops::ControlFlow;
    if error.sqlstate != "42P01" || error.unsupported.is_some() {
        return error;
    }
    let mut sequence = None;
    let mut look = |name: &ast::ObjectName| {
        let name = object_name(name);
        if engine.db.sequences.contains_key(&name) && !engine.db.tables.contains_key(&name) {
            sequence = Some(name);
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    };
    let _ = match &statement.kind {
        StatementKind::Sql(ast) => ast::visit_relations(ast.as_ref(), &mut look),
        StatementKind::ModifyingWith(with) => {
            let mut flow = ast::visit_relations(with.main.as_ref(), &mut look);
            for query in &with.queries {
                flow = match &query.body {
                    WithBody::Modify(s) => ast::visit_relations(s.as_ref(), &mut look),
                    WithBody::Query(cte) => ast::visit_relations(&cte.query, &mut look),
                };
                if flow.is_break() {
                    break;
                }
            }
            flow
        }
        _ => ControlFlow::Continue(()),
    };
    match sequence {
        Some(name) => PgError::unsupported(format!(
            "reading the sequence \"{name}\" as a table (SELECT ... FROM a sequence)"
        )),
        None => error,
    }
}
