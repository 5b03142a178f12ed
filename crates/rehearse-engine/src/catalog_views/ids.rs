//! The engine's object identifiers for one catalog query: numbers that let catalog
//! rows be joined and compared (`c.oid = con.conrelid`, `'t'::regclass`), assigned in
//! a fixed order over the database as the query found it. They are not PostgreSQL's
//! OIDs, so `usage` never lets one reach an output, a stored value or a text cast.
//!
//! `regclass`, `regtype` and `regnamespace` input and `to_regclass`/`to_regtype`
//! resolve names here, with PostgreSQL's errors for a name that does not exist.

use crate::catalog::Database;
use crate::error::PgError;
use std::collections::BTreeMap;

/// pg_catalog's, public's, information_schema's and pg_toast's numbers.
pub const PG_CATALOG: i64 = 11;
/// public.
pub const PUBLIC: i64 = 2200;
/// information_schema.
pub const INFORMATION_SCHEMA: i64 = 12424;
/// pg_toast.
pub const PG_TOAST: i64 = 99;

/// Numbers for the user's relations and types.
#[derive(Debug, Default)]
pub struct Ids {
    relations: BTreeMap<String, i64>,
    types: BTreeMap<String, i64>,
    next: i64,
}

impl Ids {
    /// Numbers every relation (tables, their indexes, sequences, views) and type
    /// (enums, row types, their arrays) of the database.
    pub fn of(db: &Database) -> Ids {
        let mut ids = Ids {
            next: 16384,
            ..Ids::default()
        };
        for table in db.tables.values() {
            ids.relation(&table.name);
            for index in &table.indexes {
                ids.relation(&index.name);
            }
        }
        for name in db.sequences.keys() {
            ids.relation(name);
        }
        for name in db.views.keys() {
            ids.relation(name);
        }
        for name in type_names(db) {
            let n = ids.take();
            ids.types.entry(name).or_insert(n);
        }
        ids
    }

    fn take(&mut self) -> i64 {
        let n = self.next;
        self.next += 1;
        n
    }

    fn relation(&mut self, name: &str) {
        let n = self.take();
        self.relations.entry(name.to_string()).or_insert(n);
    }

    /// A relation's number.
    pub fn relation_id(&self, name: &str) -> Option<i64> {
        self.relations.get(name).copied()
    }

    /// A type's number.
    pub fn type_id(&self, name: &str) -> Option<i64> {
        self.types.get(name).copied()
    }

    /// A fresh number (a constraint's, an enum label's).
    pub fn fresh(&mut self) -> i64 {
        self.take()
    }
}

/// The user's types as pg_type names them, each with its array: enums, then the row
/// types of tables, views and materialized views.
pub fn type_names(db: &Database) -> Vec<String> {
    let mut names = Vec::new();
    let relations = db
        .enums
        .keys()
        .chain(db.tables.keys())
        .chain(db.views.keys());
    for name in relations {
        names.push(name.clone());
        names.push(array_type_name(name));
    }
    names
}

/// `makeArrayTypeName`: `_` and the name, cut to 63 bytes.
pub fn array_type_name(name: &str) -> String {
    crate::truncate_identifier(format!("_{name}"))
}

/// A qualified name as `stringToQualifiedNameList` reads it: dot-separated parts,
/// unquoted ones folded to lower case, `"..."` kept (with `""` for a quote). `None`
/// for text PostgreSQL would refuse as invalid name syntax.
pub fn parse_qualified(text: &str) -> Option<Vec<String>> {
    let mut parts = Vec::new();
    let mut chars = text.trim().chars().peekable();
    loop {
        let mut part = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next()? {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        part.push('"');
                    }
                    '"' => break,
                    c => part.push(c),
                }
            }
            if part.is_empty() {
                return None;
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == '.' || c.is_whitespace() {
                    break;
                }
                if c == '"' {
                    return None;
                }
                part.push(c.to_ascii_lowercase());
                chars.next();
            }
            if part.is_empty() {
                return None;
            }
        }
        parts.push(crate::truncate_identifier(part));
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        match chars.next() {
            None => return Some(parts),
            Some('.') => {
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
            }
            Some(_) => return None,
        }
    }
}

/// What a name given to `regclass`/`to_regclass` finds.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// The user's relation (or type) with this number.
    Id(i64),
    /// Nothing by that name.
    Missing,
}

/// Resolves a relation name as `regclassin` (and `to_regclass`) would, in the schemas
/// the engine models; a name PostgreSQL would look up elsewhere is refused.
pub fn lookup_relation(db: &Database, ids: &Ids, text: &str) -> Result<Found, PgError> {
    let name = user_object_name(text, "relation")?;
    // pg_catalog comes first on the search path: its relations (all named pg_...)
    // would be found before public's.
    if name.starts_with("pg_") {
        return Err(PgError::unsupported(format!(
            "the relation name '{text}' (PostgreSQL's own relations are not modelled)"
        )));
    }
    let _ = db;
    Ok(ids.relation_id(&name).map_or(Found::Missing, Found::Id))
}

/// Resolves a type name as `to_regtype` would, for the user's types; a built-in type's
/// name or any type syntax beyond a plain name is refused.
pub fn lookup_type(db: &Database, ids: &Ids, text: &str) -> Result<Found, PgError> {
    let name = user_object_name(text, "type")?;
    if super::system_names::is_system_type(&name)
        || crate::extensions::provides_type(&name).is_some()
    {
        return Err(PgError::unsupported(format!(
            "the type name '{text}' (PostgreSQL's built-in types are not modelled in the catalog)"
        )));
    }
    let _ = db;
    Ok(ids.type_id(&name).map_or(Found::Missing, Found::Id))
}

/// Resolves a schema name as `regnamespacein` would.
pub fn lookup_schema(text: &str) -> Result<Found, PgError> {
    let parts = parse_qualified(text)
        .ok_or_else(|| PgError::unsupported(format!("the schema name '{text}' (its syntax)")))?;
    Ok(match parts.as_slice() {
        [one] => match one.as_str() {
            "public" => Found::Id(PUBLIC),
            "pg_catalog" => Found::Id(PG_CATALOG),
            "information_schema" => Found::Id(INFORMATION_SCHEMA),
            "pg_toast" => Found::Id(PG_TOAST),
            _ => Found::Missing,
        },
        _ => {
            return Err(PgError::unsupported(format!(
                "the schema name '{text}' (a qualified name)"
            )))
        }
    })
}

/// The object name in `text`, which must be unqualified or in public.
fn user_object_name(text: &str, what: &str) -> Result<String, PgError> {
    let parts = parse_qualified(text)
        .ok_or_else(|| PgError::unsupported(format!("the {what} name '{text}' (its syntax)")))?;
    match parts.as_slice() {
        [name] => Ok(name.clone()),
        [schema, name] if schema == "public" => Ok(name.clone()),
        _ => Err(PgError::unsupported(format!(
            "the {what} name '{text}' (schemas other than public are not modelled)"
        ))),
    }
}
