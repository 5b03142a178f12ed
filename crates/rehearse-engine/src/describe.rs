//! The catalog as PostgreSQL's system functions print it (`ruleutils.c`):
//! `pg_get_expr` for a column default, `pg_get_constraintdef`, and an index key as
//! `pg_get_indexdef` prints it, and a whole index definition (access method, operator
//! classes) as `pg_get_indexdef` prints it.
//!
//! A stored expression may call the user's functions: the caller has them installed
//! (`routines::user_calls::install_for`; a statement does, the report's snapshot does).

use crate::catalog::{Constraint, ConstraintKind, Database, IndexKey, Table};
use crate::deparse::{deparse, deparse_index_key, deparse_pretty, quote_ident};
use crate::expr::Scope;
use crate::types::{CastContext, SqlType};

/// The text of a column default as `pg_get_expr` prints it: a quoted literal becomes a
/// constant of the column's type (without its modifier); anything else prints as
/// written, its assignment cast hidden.
pub fn default_text(db: &Database, table: &Table, column: usize) -> Option<String> {
    let col = &table.columns[column];
    let e = col.default.as_ref()?;
    let scope = Scope {
        table: &table.name,
        columns: Vec::new(),
        enums: &db.enums,
        extensions: Some(&db.extensions),
        joined: Vec::new(),
        query: None,
    };
    let bound = scope.bind(e).and_then(|b| {
        if b.ty == SqlType::Unknown {
            // A char(n)[] default's constant is read by `array_in` without the
            // modifier (its elements unpadded): the padding is a coercion above it,
            // which `pg_get_expr` does not show.
            if let SqlType::Array(element) = &col.ty {
                if matches!(**element, SqlType::Char(_)) {
                    let text = scope.coerce(
                        b,
                        &SqlType::Array(Box::new(SqlType::Text)),
                        CastContext::Assignment,
                    )?;
                    return Ok(crate::expr::Expr {
                        ty: col.ty.clone(),
                        ..text
                    });
                }
            }
            scope.coerce(b, &col.ty.without_typmod(), CastContext::Assignment)
        } else {
            Ok(b)
        }
    });
    Some(match bound {
        Ok(b) => deparse(&b),
        Err(_) => e.to_string(),
    })
}

/// `pg_get_expr(adbin)` of a generated column's expression (what `pg_attrdef` holds
/// for it: the expression as analysed, before its coercion to the column's type).
pub fn generation_text(db: &Database, table: &Table, column: usize) -> Option<String> {
    let g = table.columns[column].generated.as_ref()?;
    let scope = Scope {
        table: &table.name,
        columns: table.scope_columns(),
        enums: &db.enums,
        extensions: Some(&db.extensions),
        joined: Vec::new(),
        query: None,
    };
    // An unknown literal is read as the column's type (`'abc'::text`); other
    // coercions are implicit casts, which `pg_get_expr` does not show.
    let bound = scope.bind(&g.expr).and_then(|b| {
        if b.ty == SqlType::Unknown {
            scope.coerce(
                b,
                &table.columns[column].ty.without_typmod(),
                CastContext::Assignment,
            )
        } else {
            Ok(b)
        }
    });
    Some(match bound {
        Ok(b) => deparse(&b),
        Err(_) => g.expr.to_string(),
    })
}

/// `pg_get_constraintdef` text.
pub fn constraint_definition(db: &Database, table: &Table, constraint: &Constraint) -> String {
    let (kind, validated) = (&constraint.kind, constraint.validated);
    let list = |cols: &[String]| {
        cols.iter()
            .map(|c| quote_ident(c))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut def = match kind {
        ConstraintKind::PrimaryKey(cols) => format!("PRIMARY KEY ({})", list(cols)),
        ConstraintKind::Unique(cols) => {
            // The flag lives on the constraint's index (`indnullsnotdistinct`).
            let not_distinct = table.indexes.iter().any(|i| {
                i.constraint.as_deref() == Some(constraint.name.as_str()) && i.nulls_not_distinct
            });
            let nulls = if not_distinct {
                "NULLS NOT DISTINCT "
            } else {
                ""
            };
            format!("UNIQUE {nulls}({})", list(cols))
        }
        ConstraintKind::ForeignKey {
            columns,
            ref_table,
            ref_columns,
            on_delete,
            on_update,
        } => {
            let mut s = format!(
                "FOREIGN KEY ({}) REFERENCES {}({})",
                list(columns),
                quote_ident(ref_table),
                list(ref_columns)
            );
            if let Some(a) = on_update.sql() {
                s.push_str(&format!(" ON UPDATE {a}"));
            }
            if let Some(a) = on_delete.sql() {
                s.push_str(&format!(" ON DELETE {a}"));
            }
            s
        }
        ConstraintKind::Check(e) => {
            let scope = Scope {
                table: &table.name,
                columns: table.scope_columns(),
                enums: &db.enums,
                extensions: Some(&db.extensions),
                joined: Vec::new(),
                query: None,
            };
            match scope.bind(e) {
                Ok(b) => format!("CHECK ({})", deparse(&b)),
                Err(_) => format!("CHECK ({e})"),
            }
        }
    };
    if !validated {
        def.push_str(" NOT VALID");
    }
    def
}

/// One key of an index: a column's name, or an expression as `pg_get_indexdef` prints it.
pub fn index_key_text(scope: &Scope, key: &IndexKey) -> String {
    match key {
        IndexKey::Column(c) => c.clone(),
        IndexKey::Expr(e) => scope
            .bind(e)
            .map(|b| deparse_index_key(&b))
            .unwrap_or_else(|_| e.to_string()),
    }
}

/// An index's definition as `pg_get_indexdef(index)` prints it:
/// `CREATE [UNIQUE] INDEX name ON public.table USING method (key [opclass], ...)
/// [WHERE (predicate)]`, each key's operator class printed when it is not its type's
/// default.
pub fn index_definition(db: &Database, table: &Table, index: &crate::catalog::Index) -> String {
    let scope = Scope {
        table: &table.name,
        columns: table.scope_columns(),
        enums: &db.enums,
        extensions: Some(&db.extensions),
        joined: Vec::new(),
        query: None,
    };
    let keys: Vec<String> = index
        .keys
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let key = match k {
                IndexKey::Column(c) => quote_ident(c),
                // An expression key other than a function call is parenthesised.
                // (Printed without pretty mode: a CASE key's parts keep their
                // parentheses here, unlike `index_key_text`'s.)
                IndexKey::Expr(e) => {
                    let text = scope
                        .bind(e)
                        .map(|b| deparse_pretty(&b))
                        .unwrap_or_else(|_| e.to_string());
                    match e {
                        sqlparser::ast::Expr::Function(_) => text,
                        _ => format!("({text})"),
                    }
                }
            };
            match index.opclasses.get(i).and_then(Option::as_deref) {
                Some(class) => format!("{key} {class}"),
                None => key,
            }
        })
        .collect();
    let mut def = format!(
        "CREATE {}INDEX {} ON public.{} USING {} ({})",
        if index.unique { "UNIQUE " } else { "" },
        quote_ident(&index.name),
        quote_ident(&table.name),
        index.method.name(),
        keys.join(", ")
    );
    if index.nulls_not_distinct {
        def.push_str(" NULLS NOT DISTINCT");
    }
    if let Some(p) = &index.predicate {
        let text = scope
            .bind(p)
            .map(|b| deparse_pretty(&b))
            .unwrap_or_else(|_| p.to_string());
        def.push_str(&format!(" WHERE ({text})"));
    }
    def
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sql::parse_script;
    use crate::Engine;

    #[test]
    fn index_definitions_print_as_pg_get_indexdef() {
        let mut e = Engine::new(chrono::NaiveDateTime::default());
        let sql = "CREATE EXTENSION pg_trgm; CREATE TABLE x (c integer, t text);\
                   CREATE INDEX i1 ON x USING btree (t text_pattern_ops);\
                   CREATE INDEX i3 ON x USING gin (t public.gin_trgm_ops);\
                   CREATE INDEX i4 ON x USING hash (c);\
                   CREATE INDEX i6 ON x (t text_ops)";
        for s in parse_script(sql, crate::error::Source::Setup).unwrap() {
            e.execute(&s).unwrap();
        }
        let t = &e.db.tables["x"];
        let defs: Vec<String> = t
            .indexes
            .iter()
            .map(|i| index_definition(&e.db, t, i))
            .collect();
        // PGlite's pg_get_indexdef for the same statements.
        assert_eq!(
            defs,
            [
                "CREATE INDEX i1 ON public.x USING btree (t text_pattern_ops)",
                "CREATE INDEX i3 ON public.x USING gin (t gin_trgm_ops)",
                "CREATE INDEX i4 ON public.x USING hash (c)",
                "CREATE INDEX i6 ON public.x USING btree (t)",
            ]
        );
    }

    #[test]
    fn a_case_key_prints_as_pg_get_indexdef_pretty() {
        let mut e = Engine::new(chrono::NaiveDateTime::default());
        let sql = "CREATE TABLE t (a int, b int, n text, f text);\
                   CREATE INDEX i1 ON t ((CASE WHEN f IS NULL OR f = '' THEN n ELSE f END));\
                   CREATE INDEX i8 ON t ((CASE WHEN a > 0 THEN a + b ELSE -a END));\
                   CREATE INDEX i2 ON t ((a + b))";
        for s in parse_script(sql, crate::error::Source::Setup).unwrap() {
            e.execute(&s).unwrap();
        }
        let t = &e.db.tables["t"];
        let scope = Scope {
            table: &t.name,
            columns: t.scope_columns(),
            enums: &e.db.enums,
            extensions: Some(&e.db.extensions),
            joined: Vec::new(),
            query: None,
        };
        let keys: Vec<String> = t
            .indexes
            .iter()
            .flat_map(|i| &i.keys)
            .map(|k| index_key_text(&scope, k))
            .collect();
        // PGlite's pg_get_indexdef(index, 1, true) and pg_get_indexdef(index).
        assert_eq!(
            keys,
            [
                "(\nCASE\n    WHEN f IS NULL OR f = ''::text THEN n\n    ELSE f\nEND)",
                "(\nCASE\n    WHEN a > 0 THEN a + b\n    ELSE - a\nEND)",
                "(a + b)",
            ]
        );
        assert_eq!(
            index_definition(&e.db, t, &t.indexes[0]),
            "CREATE INDEX i1 ON public.t USING btree ((\nCASE\n    WHEN ((f IS NULL) OR (f = ''::text)) THEN n\n    ELSE f\nEND))"
        );
    }
}
