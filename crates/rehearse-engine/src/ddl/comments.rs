//! COMMENT ON TABLE / COLUMN / EXTENSION (the forms sqlparser 0.52 reads) and VIEW /
//! MATERIALIZED VIEW / SEQUENCE / INDEX / FUNCTION (`sql/comment_on.rs`): the object
//! must exist and be of the kind named, with PostgreSQL's errors when it is not
//! (`get_object_address`). Comments on tables, views and their columns are kept
//! (`Database::comments`, by relation name: a view shares the namespace) and follow
//! renames; a sequence's, an index's, a function's or an extension's is not kept
//! (nothing shows it).

use crate::error::PgError;
use crate::sql::comment_on::{CommentKind, CommentOn, CommentTarget};
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

/// Runs COMMENT ON a view, materialized view, sequence, index or function.
pub fn run_on(engine: &mut Engine, comment: &CommentOn) -> Result<(), PgError> {
    match &comment.target {
        CommentTarget::Function(desc) => {
            crate::routines::find_function(engine, desc)?;
        }
        CommentTarget::Relation(kind, name) => {
            let found = Kind::of(engine, name).ok_or_else(|| PgError::undefined_table(name))?;
            let (wanted, noun) = match kind {
                CommentKind::View => (Kind::View, "a view"),
                CommentKind::MaterializedView => (Kind::MaterializedView, "a materialized view"),
                CommentKind::Sequence => (Kind::Sequence, "a sequence"),
                CommentKind::Index => (Kind::Index, "an index"),
            };
            if found != wanted {
                return Err(PgError::new("42809", format!("\"{name}\" is not {noun}")));
            }
            if matches!(found, Kind::View | Kind::MaterializedView) {
                let text = comment.text.clone().filter(|t| !t.is_empty());
                engine.db.comments.entry(name.clone()).or_default().table = text;
            }
        }
    }
    Ok(())
}

/// What a relation name is (`relkind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Table,
    View,
    MaterializedView,
    Sequence,
    Index,
}

impl Kind {
    fn of(engine: &Engine, name: &str) -> Option<Kind> {
        let db = &engine.db;
        if db.tables.contains_key(name) {
            Some(Kind::Table)
        } else if let Some(view) = db.views.get(name) {
            Some(if view.materialized.is_some() {
                Kind::MaterializedView
            } else {
                Kind::View
            })
        } else if db.sequences.contains_key(name) {
            Some(Kind::Sequence)
        } else if db.index_owner(name).is_some() {
            Some(Kind::Index)
        } else {
            None
        }
    }
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
        CommentObject::Table => {
            let name = parts.last().map_or("", String::as_str);
            match Kind::of(engine, name) {
                Some(Kind::Table) => Ok(()),
                Some(_) => Err(PgError::new("42809", format!("\"{name}\" is not a table"))),
                None => Err(PgError::undefined_table(name)),
            }
        }
        CommentObject::Column => {
            let [.., table, column] = &parts[..] else {
                return Err(PgError::new("42601", "column name must be qualified"));
            };
            let columns: Vec<&str> = match Kind::of(engine, table) {
                None => return Err(PgError::undefined_table(table)),
                Some(Kind::Table) => engine
                    .table(table)?
                    .columns
                    .iter()
                    .map(|c| c.name.as_str())
                    .collect(),
                Some(Kind::View | Kind::MaterializedView) => engine.db.views[table.as_str()]
                    .columns
                    .iter()
                    .map(|(c, _)| c.as_str())
                    .collect(),
                Some(other) => {
                    let what = if other == Kind::Sequence {
                        "sequences"
                    } else {
                        "indexes"
                    };
                    return Err(PgError::new(
                        "42809",
                        format!("cannot set comment on relation \"{table}\""),
                    )
                    .detail(format!("This operation is not supported for {what}.")));
                }
            };
            if !columns.contains(&column.as_str()) {
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
