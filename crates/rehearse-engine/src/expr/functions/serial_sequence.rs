//! `pg_get_serial_sequence(table text, column text)`: the sequence a column owns, as
//! `schema.name` text — the usual `setval(pg_get_serial_sequence('t', 'id'), max(id))`
//! after an import. The table name is parsed as SQL (lower-cased unless quoted), the
//! column name taken literally, as PostgreSQL's `pg_get_serial_sequence` does.
//!
//! Answered at bind time, where the catalog's tables are in reach, for an identity
//! column (its sequence is always the column's own). The engine does not keep which
//! column owns a plain sequence (serial's, or `OWNED BY`'s), and PostgreSQL answers
//! NULL for a default calling a sequence the column does not own, so any other
//! column is refused rather than guessed.

use super::{Args, Bound};
use crate::error::PgError;
use crate::expr::{Expr, Node, Scope};
use crate::types::SqlType;
use crate::value::Value;

/// A table name as `stringToQualifiedNameList` reads it (only `public` holds the
/// user's tables).
fn table_name(text: &str) -> Option<String> {
    let text = text.trim();
    let text = text
        .strip_prefix("public.")
        .or_else(|| text.strip_prefix("\"public\"."))
        .unwrap_or(text);
    if let Some(inner) = text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        return (!inner.contains('"')).then(|| inner.to_string());
    }
    (!text.contains(['.', '"', ' '])).then(|| text.to_lowercase())
}

pub(super) fn bind(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let refuse = |why: &str| PgError::unsupported(format!("{name}() {why}"));
    let mut texts = Vec::new();
    for arg in args {
        let arg = scope.coerce(arg, &SqlType::Text, crate::types::CastContext::Implicit)?;
        match arg.node {
            Node::Const(Value::Text(t)) => texts.push(t),
            Node::Const(Value::Null) => {
                return Ok((
                    vec![Expr::constant(Value::Null, SqlType::Text)],
                    SqlType::Text,
                ))
            }
            _ => return Err(refuse("with arguments that are not constants")),
        }
    }
    let (Some(table), Some(column)) = (texts.first(), texts.get(1)) else {
        return Err(refuse("without its two arguments"));
    };
    let context = scope.query.ok_or_else(|| refuse("outside a query"))?;
    let relation = table_name(table).ok_or_else(|| refuse("of a qualified or unusual name"))?;
    let Some(t) = context.tables.get(&relation) else {
        return Err(PgError::undefined_table(&relation));
    };
    let Some(col) = t.columns.iter().find(|c| &c.name == column) else {
        return Err(PgError::new(
            "42703",
            format!("column \"{column}\" of relation \"{relation}\" does not exist"),
        ));
    };
    let Some(identity) = &col.identity else {
        return Err(refuse(
            "of a column that is not an identity column (Rehearse does not keep which column owns a sequence)",
        ));
    };
    let text = format!(
        "public.{}",
        crate::keywords::quote_ident(&identity.sequence)
    );
    Ok((
        vec![Expr::constant(Value::Text(text), SqlType::Text)],
        SqlType::Text,
    ))
}

pub(super) fn eval(a: Args) -> Result<Value, PgError> {
    Ok(a.values.into_iter().next().unwrap_or(Value::Null))
}
