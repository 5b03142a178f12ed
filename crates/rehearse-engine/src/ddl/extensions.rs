//! CREATE EXTENSION and DROP EXTENSION over the table of extensions
//! (`crate::extensions::EXTENSIONS`).
//!
//! The catalog keeps the installed ones (`Database::extensions`); what an extension
//! provides exists only after it is created (before, PostgreSQL's own "does not
//! exist"). What the engine does with each:
//! - operator classes (`pg_trgm`'s `gin_trgm_ops`, `btree_gin`/`btree_gist`'s default
//!   gin/gist classes for scalar types) are simulated by `opclasses`;
//! - `citext` is a type (`SqlType::Citext`): columns, text input and output, casts
//!   to and from text, unique indexes and foreign keys comparing lower-cased text
//!   (`key_equality`), and its comparison operators; its other operators (and a cast
//!   to it where the binder does not see the catalog) are refused;
//! - other types (`hstore`) are recognised and refused once the extension is
//!   installed;
//! - functions: `uuid-ossp`'s `uuid_generate_v4` (the engine's `gen_random_uuid`
//!   generator) and its constants, and `pg_trgm`'s `similarity`, evaluate once their
//!   extension is installed, and are PostgreSQL's
//!   42883 before (the binder sees the installed set through `Scope::extensions`);
//!   so do `pgcrypto`'s `digest`/`hmac` (md5, sha1, sha2) and `unaccent`'s
//!   `unaccent` (`expr/functions/hashes.rs`, `unaccent.rs`);
//!   the others (`pgcrypto`'s `crypt`, `gen_salt`, ...) are
//!   refused as not simulated wherever they are called: their outputs are random or
//!   cryptographic, and a refusal is never a wrong answer.
//!
//! An extension PostgreSQL ships that is not in the table's simulated set is refused
//! by name; a name that is no extension at all is PostgreSQL's 0A000 "is not
//! available".

use crate::error::PgError;
use crate::extensions::{extension, extension_type};
use crate::{Engine, StatementResult};
use sqlparser::ast;

/// Whether `name` is installed (`plpgsql` always is).
pub fn installed(engine: &Engine, name: &str) -> bool {
    name == "plpgsql" || engine.db.extensions.contains(name)
}

/// A column's type when it is an extension's: PostgreSQL's 42704 before the extension
/// is installed; after, `citext` is simulated and the others refused.
pub fn check_type(engine: &Engine, data_type: &ast::DataType) -> Result<(), PgError> {
    match extension_type(data_type, &|n| engine.db.enums.contains_key(n)) {
        Some((name, extension)) if installed(engine, extension) => {
            if name == "citext" {
                Ok(())
            } else {
                Err(PgError::unsupported(format!(
                    "the type {name} of extension {extension}"
                )))
            }
        }
        Some((name, _)) => Err(PgError::undefined_type(&name)),
        None => Ok(()),
    }
}

/// CREATE EXTENSION.
pub fn create(
    engine: &mut Engine,
    name: &ast::Ident,
    if_not_exists: bool,
    schema: Option<&ast::Ident>,
    version: Option<&ast::Ident>,
) -> StatementResult {
    let name = crate::ident(name);
    if installed(engine, &name) {
        if if_not_exists {
            return Ok(Vec::new());
        }
        return Err(PgError::new("42710", format!("extension \"{name}\" already exists")).into());
    }
    let Some(entry) = extension(&name) else {
        return Err(
            PgError::new("0A000", format!("extension \"{name}\" is not available"))
                .hint("The extension must first be installed on the system where PostgreSQL is running.")
                .into(),
        );
    };
    if !entry.simulated {
        return Err(PgError::unsupported(format!("the extension {name}")).into());
    }
    if let Some(schema) = schema.map(crate::ident) {
        if schema != "public" {
            return Err(PgError::unsupported(format!(
                "CREATE EXTENSION {name} WITH SCHEMA {schema}"
            ))
            .into());
        }
    }
    if version.is_some() {
        return Err(PgError::unsupported(format!("CREATE EXTENSION {name} VERSION")).into());
    }
    engine.db.extensions.insert(name);
    Ok(Vec::new())
}

/// DROP EXTENSION.
pub fn drop(engine: &mut Engine, names: &[String], if_exists: bool) -> StatementResult {
    for name in names {
        if !installed(engine, name) {
            if if_exists {
                continue;
            }
            return Err(
                PgError::new("42704", format!("extension \"{name}\" does not exist")).into(),
            );
        }
        if name == "plpgsql" || depended_on(engine, name) {
            // What depends on it (columns of its types, indexes with its operator
            // classes) would need PostgreSQL's dependency walk: not simulated.
            return Err(PgError::unsupported(format!(
                "DROP EXTENSION {name} while objects depend on it"
            ))
            .into());
        }
    }
    for name in names {
        engine.db.extensions.remove(name);
    }
    Ok(Vec::new())
}

/// Whether a column has one of the extension's types, a default, CHECK or index
/// expression calls one of its functions or casts to one of its types, or an index uses one of its operator classes (or, for
/// btree_gin/btree_gist, the access method it serves).
fn depended_on(engine: &Engine, name: &str) -> bool {
    use crate::catalog::{ConstraintKind, IndexMethod};
    let Some(entry) = extension(name) else {
        return false;
    };
    let calls_its_function = |e: &ast::Expr| {
        let mut found = false;
        let _ = ast::visit_expressions(e, |x| {
            match x {
                ast::Expr::Function(f) => {
                    let called = f.name.0.last().map(|i| i.value.to_lowercase());
                    found |= called.is_some_and(|c| entry.functions.contains(&c.as_str()));
                }
                // A cast to one of its types (`'x'::citext`) depends on the type.
                ast::Expr::Cast { data_type, .. } | ast::Expr::TypedString { data_type, .. } => {
                    found |= crate::extensions::extension_type(data_type, &|_| false)
                        .is_some_and(|(_, ext)| ext == entry.name);
                }
                _ => {}
            }
            std::ops::ControlFlow::<()>::Continue(())
        });
        found
    };
    engine.db.tables.values().any(|t| {
        t.columns.iter().any(|c| {
            entry.types.contains(&c.ty.format().as_str())
                || c.default.as_ref().is_some_and(calls_its_function)
        }) || t.constraints.iter().any(|c| match &c.kind {
            ConstraintKind::Check(e) => calls_its_function(e),
            _ => false,
        }) || t.indexes.iter().any(|i| {
            i.predicate.as_ref().is_some_and(calls_its_function)
                || i.keys.iter().any(|k| match k {
                    crate::catalog::IndexKey::Expr(e) => calls_its_function(e),
                    crate::catalog::IndexKey::Column(_) => false,
                })
        }) || t.indexes.iter().any(|i| match name {
            "pg_trgm" => i.opclasses.iter().flatten().any(|c| c.contains("trgm")),
            "btree_gin" => i.method == IndexMethod::Gin,
            "btree_gist" => i.method == IndexMethod::Gist,
            _ => false,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sql::parse_script;

    fn run(engine: &mut Engine, sql: &str) -> Result<(), PgError> {
        for s in parse_script(sql, crate::error::Source::Setup).unwrap() {
            engine.execute(&s).map_err(|f| f.error)?;
        }
        Ok(())
    }

    #[test]
    fn the_catalog_keeps_extensions() {
        let mut e = Engine::new(chrono::NaiveDateTime::default());
        run(
            &mut e,
            "CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public",
        )
        .unwrap();
        assert_eq!(
            run(&mut e, "CREATE EXTENSION citext").unwrap_err().message,
            "extension \"citext\" already exists"
        );
        run(
            &mut e,
            "CREATE EXTENSION IF NOT EXISTS citext; DROP EXTENSION citext",
        )
        .unwrap();
        assert_eq!(
            run(&mut e, "DROP EXTENSION citext").unwrap_err().sqlstate,
            "42704"
        );
        run(&mut e, "DROP EXTENSION IF EXISTS citext, pg_trgm").unwrap();
        let err = run(&mut e, "CREATE EXTENSION nosuch").unwrap_err();
        assert_eq!(
            (err.sqlstate.as_str(), err.message.as_str()),
            ("0A000", "extension \"nosuch\" is not available")
        );
        assert!(err.unsupported.is_none());
        assert!(run(&mut e, "CREATE EXTENSION ltree")
            .unwrap_err()
            .unsupported
            .is_some());
        assert_eq!(
            run(&mut e, "CREATE EXTENSION plpgsql")
                .unwrap_err()
                .sqlstate,
            "42710"
        );
        run(&mut e, "CREATE EXTENSION \"uuid-ossp\"").unwrap();
        assert!(e.db.extensions.contains("uuid-ossp"));
    }

    #[test]
    fn extension_objects_exist_only_once_created() {
        let mut e = Engine::new(chrono::NaiveDateTime::default());
        run(&mut e, "CREATE TABLE t (a text)").unwrap();
        assert_eq!(
            run(&mut e, "CREATE INDEX ON t USING gin (a gin_trgm_ops)")
                .unwrap_err()
                .sqlstate,
            "42704"
        );
        run(&mut e, "CREATE EXTENSION pg_trgm").unwrap();
        run(
            &mut e,
            "CREATE INDEX t_trgm ON t USING gin (a gin_trgm_ops)",
        )
        .unwrap();
        assert!(run(&mut e, "DROP EXTENSION pg_trgm")
            .unwrap_err()
            .unsupported
            .is_some());
        assert_eq!(
            run(&mut e, "CREATE TABLE u (a citext)")
                .unwrap_err()
                .message,
            "type \"citext\" does not exist"
        );
        run(&mut e, "CREATE EXTENSION citext").unwrap();
        run(&mut e, "CREATE TABLE u (a citext)").unwrap();
        run(&mut e, "INSERT INTO u VALUES ('Ann'), ('bob')").unwrap();
        run(&mut e, "CREATE UNIQUE INDEX u_a ON u (a)").unwrap();
        let dup = run(&mut e, "INSERT INTO u VALUES ('ANN')").unwrap_err();
        assert_eq!(dup.detail.as_deref(), Some("Key (a)=(ANN) already exists."));
        // Its comparison operators are simulated, its others refused.
        run(
            &mut e,
            "SELECT 1 FROM u WHERE a = 'ann' AND a IN ('BOB', 'ann')",
        )
        .unwrap();
        assert!(run(&mut e, "SELECT a || 'x' FROM u")
            .unwrap_err()
            .unsupported
            .is_some());
        // A CHECK casting to citext depends on the extension, as a citext column does.
        run(&mut e, "CREATE TABLE w (b text CHECK (b <> 'x'::citext))").unwrap();
        run(&mut e, "DROP TABLE u").unwrap();
        assert!(run(&mut e, "DROP EXTENSION citext")
            .unwrap_err()
            .unsupported
            .is_some());
        run(&mut e, "DROP TABLE w").unwrap();
        run(&mut e, "CREATE TABLE u (a citext)").unwrap();
        assert!(run(&mut e, "DROP EXTENSION citext")
            .unwrap_err()
            .unsupported
            .is_some());
        run(
            &mut e,
            "CREATE TABLE v (id uuid DEFAULT uuid_generate_v4())",
        )
        .unwrap_err();
        run(&mut e, "CREATE EXTENSION \"uuid-ossp\"").unwrap();
        run(
            &mut e,
            "CREATE TABLE v (id uuid DEFAULT uuid_generate_v4())",
        )
        .unwrap();
        assert!(run(&mut e, "DROP EXTENSION \"uuid-ossp\"")
            .unwrap_err()
            .unsupported
            .is_some());
        assert!(run(&mut e, "CREATE TABLE h (a hstore)")
            .unwrap_err()
            .message
            .contains("does not exist"));
    }
}
