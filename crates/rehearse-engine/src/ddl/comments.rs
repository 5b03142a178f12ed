//! COMMENT ON TABLE / COLUMN / EXTENSION (the forms sqlparser 0.52 reads): the object
//! must exist, with PostgreSQL's errors when it does not. The comment itself is not
//! kept (nothing the engine shows reads it).

use crate::error::PgError;
use crate::{ident, Engine};
use sqlparser::ast::{CommentObject, ObjectName};

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
