//! COMMENT ON TABLE / COLUMN / EXTENSION (the forms sqlparser 0.52 reads): the object
//! must exist, with PostgreSQL's errors when it does not. Table and column comments are
//! kept (`Database::comments`, by table name) and follow renames; an extension's is not
//! kept (nothing shows it).

use crate::error::PgError;
use crate::{ident, Engine};
use sqlparser::ast::{CommentObject, ObjectName};

/// Runs COMMENT ON: checks the object, then stores (or, for NULL or `''`, removes)
/// the comment, as PostgreSQL's `CreateComments` does.
pub fn run(
    engine: &mut Engine,
    kind: &CommentObject,
    name: &ObjectName,
    text: Option<&str>,
) -> Result<(), PgError> {
    comment(engine, kind, name)?;
    let parts: Vec<String> = name.0.iter().map(ident).collect();
    let text = text.filter(|t| !t.is_empty()).map(str::to_string);
    match (kind, &parts[..]) {
        (CommentObject::Table, [.., table]) => {
            let entry = engine.db.comments.entry(table.clone()).or_default();
            entry.table = text;
        }
        (CommentObject::Column, [.., table, column]) => {
            let entry = engine.db.comments.entry(table.clone()).or_default();
            match text {
                Some(t) => entry.columns.insert(column.clone(), t),
                None => entry.columns.remove(column),
            };
        }
        _ => {}
    }
    Ok(())
}

/// A new table (or column) of this name starts without a comment.
pub fn forget(engine: &mut Engine, table: &str, column: Option<&str>) {
    match column {
        None => {
            engine.db.comments.remove(table);
        }
        Some(c) => {
            if let Some(entry) = engine.db.comments.get_mut(table) {
                entry.columns.remove(c);
            }
        }
    }
}

/// The comments follow a table renamed.
pub fn table_renamed(engine: &mut Engine, from: &str, to: &str) {
    if let Some(entry) = engine.db.comments.remove(from) {
        engine.db.comments.insert(to.to_string(), entry);
    }
}

/// A column's comment follows it renamed.
pub fn column_renamed(engine: &mut Engine, table: &str, from: &str, to: &str) {
    if let Some(entry) = engine.db.comments.get_mut(table) {
        if let Some(text) = entry.columns.remove(from) {
            entry.columns.insert(to.to_string(), text);
        }
    }
}

/// Checks the object a COMMENT ON names, as `get_object_address` does.
pub fn comment(engine: &Engine, kind: &CommentObject, name: &ObjectName) -> Result<(), PgError> {
    let parts: Vec<String> = name.0.iter().map(ident).collect();
    match kind {
        CommentObject::Table => relation(engine, parts.last().map_or("", String::as_str)),
        CommentObject::Column => {
            let [.., table, column] = &parts[..] else {
                return Err(PgError::new("42601", "column name must be qualified"));
            };
            relation(engine, table)?;
            let t = engine.table(table)?;
            if t.column_index(column).is_none() {
                return Err(PgError::undefined_column_of(column, table));
            }
            Ok(())
        }
        CommentObject::Extension => {
            let name = parts.last().map_or("", String::as_str);
            if engine.db.extensions.contains(name) {
                Ok(())
            } else {
                Err(PgError::new(
                    "42704",
                    format!("extension \"{name}\" does not exist"),
                ))
            }
        }
    }
}

/// A relation COMMENT ON TABLE / COLUMN may name: a table (a sequence is 42809).
fn relation(engine: &Engine, name: &str) -> Result<(), PgError> {
    if engine.db.tables.contains_key(name) {
        return Ok(());
    }
    if engine.db.sequences.contains_key(name) {
        return Err(PgError::new("42809", format!("\"{name}\" is not a table")));
    }
    let is_index = engine
        .db
        .tables
        .values()
        .any(|t| t.indexes.iter().any(|i| i.name == name));
    if is_index {
        return Err(PgError::unsupported(format!(
            "COMMENT ON TABLE/COLUMN naming the index \"{name}\""
        )));
    }
    Err(PgError::undefined_table(name))
}
