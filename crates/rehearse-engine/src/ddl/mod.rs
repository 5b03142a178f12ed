//! DDL statements, one concept per module. Shared here: turning a column definition
//! into a column plus the constraints it declares, and adding a constraint to a table.

pub mod alter_table;
pub mod alter_type;
pub mod comments;
pub mod constraints;
pub mod create_table;
pub mod create_table_as;
pub mod drop;
pub mod extensions;
pub mod indexes;
pub mod sequence_options;
pub mod sequences;
pub mod views;

use super::catalog::{Column, Identity, RefAction, Sequence};
use super::types::SqlType;
use super::{ident, object_name, Engine};
use crate::error::PgError;
use constraints::NewConstraint;
use sqlparser::ast;

/// A column definition, resolved.
pub struct ColumnSpec {
    /// The column.
    pub column: Column,
    /// For serial types, the sequence's value type.
    pub serial: Option<SqlType>,
    /// Constraints declared on the column, with their names if given.
    pub constraints: Vec<(Option<String>, NewConstraint)>,
}

/// Resolves a column definition of `table`.
pub fn column_spec(
    engine: &Engine,
    table: &str,
    def: &ast::ColumnDef,
) -> Result<ColumnSpec, PgError> {
    if def.name.quote_style.is_none()
        && super::keywords::is_reserved_keyword(&def.name.value.to_lowercase())
    {
        return Err(PgError::syntax_error(&def.name.value));
    }
    let name = ident(&def.name);
    extensions::check_type(engine, &def.data_type)?;
    let spec = SqlType::from_ast(&def.data_type, &|n| engine.db.enums.contains_key(n))?;
    let mut column = Column {
        name: name.clone(),
        ty: spec.ty,
        not_null: false,
        default: None,
        identity: None,
        generated: None,
    };
    let mut constraints = Vec::new();
    let mut explicit_null = false;
    for option in &def.options {
        let cname = option.name.as_ref().map(ident);
        if let Some((expr, is_virtual)) = crate::sql::generated_columns::generation(&option.option)
        {
            if column.generated.is_some() {
                return Err(PgError::new(
                    "42601",
                    format!(
                        "multiple generation clauses specified for column \"{name}\" of table \"{table}\""
                    ),
                ));
            }
            column.generated = Some(crate::catalog::Generated {
                expr: expr.clone(),
                stored: !is_virtual,
            });
            continue;
        }
        match &option.option {
            ast::ColumnOption::Null => explicit_null = true,
            ast::ColumnOption::NotNull => column.not_null = true,
            ast::ColumnOption::Default(e) => column.default = Some(e.clone()),
            ast::ColumnOption::Unique {
                is_primary: true, ..
            } => {
                constraints.push((cname, NewConstraint::PrimaryKey(vec![name.clone()])));
            }
            ast::ColumnOption::Unique {
                is_primary: false, ..
            } => {
                constraints.push((
                    cname,
                    NewConstraint::Unique {
                        columns: vec![name.clone()],
                        nulls_not_distinct: false,
                    },
                ));
            }
            ast::ColumnOption::Check(e) => {
                constraints.push((cname, NewConstraint::Check(e.clone(), Some(name.clone()))))
            }
            ast::ColumnOption::ForeignKey {
                foreign_table,
                referred_columns,
                on_delete,
                on_update,
                ..
            } => {
                constraints.push((
                    cname,
                    NewConstraint::ForeignKey {
                        columns: vec![name.clone()],
                        ref_table: object_name(foreign_table),
                        ref_columns: referred_columns.iter().map(ident).collect(),
                        on_delete: RefAction::from_ast(on_delete.as_ref()),
                        on_update: RefAction::from_ast(on_update.as_ref()),
                    },
                ));
            }
            ast::ColumnOption::Generated {
                generated_as: as_ @ (ast::GeneratedAs::ByDefault | ast::GeneratedAs::Always),
                generation_expr: None,
                sequence_options,
                ..
            } => {
                let (mut start, mut increment) = (1, 1);
                for o in sequence_options.iter().flatten() {
                    let number = |e: &ast::Expr| e.to_string().replace(' ', "").parse::<i64>().ok();
                    match o {
                        ast::SequenceOptions::StartWith(e, _) => start = number(e).unwrap_or(1),
                        ast::SequenceOptions::IncrementBy(e, _) => {
                            increment = number(e).unwrap_or(1)
                        }
                        _ => {}
                    }
                }
                let always = matches!(as_, ast::GeneratedAs::Always);
                column.identity = Some(Identity {
                    sequence: String::new(),
                    always,
                    start,
                    increment,
                });
                column.not_null = true;
            }
            other => return Err(PgError::unsupported(format!("the column option `{other}`"))),
        }
    }
    if let Some(e) = crate::generated::clause_conflict(
        &name,
        table,
        column.default.is_some(),
        column.identity.is_some(),
        column.generated.is_some(),
    ) {
        return Err(e);
    }
    if explicit_null && column.not_null {
        return Err(PgError::new(
            "42601",
            format!(
                "conflicting NULL/NOT NULL declarations for column \"{name}\" of table \"{table}\""
            ),
        ));
    }
    if spec.serial.is_some() {
        column.not_null = true;
    }
    Ok(ColumnSpec {
        column,
        serial: spec.serial,
        constraints,
    })
}

/// Creates the sequence behind a serial or identity column and returns its name.
pub fn create_column_sequence(
    engine: &mut Engine,
    table: &str,
    column: &str,
    start: i64,
    increment: i64,
) -> String {
    let name = engine
        .db
        .choose_relation_name(table, &[column.to_string()], "seq", &[]);
    engine
        .db
        .sequences
        .insert(name.clone(), Sequence::new(start, increment));
    name
}

/// Parses an expression the engine itself wrote (deparsed SQL).
pub fn parse_expr(sql: &str) -> Option<ast::Expr> {
    let dialect = sqlparser::dialect::PostgreSqlDialect {};
    sqlparser::parser::Parser::new(&dialect)
        .try_with_sql(sql)
        .and_then(|mut p| p.parse_expr())
        .ok()
}

/// `nextval('seq'::regclass)` as a parsed default.
pub fn nextval_default(sequence: &str) -> ast::Expr {
    let regclass = super::deparse::quote_ident(sequence);
    parse_expr(&format!(
        "nextval('{}'::regclass)",
        regclass.replace('\'', "''")
    ))
    .unwrap_or(ast::Expr::Value(ast::Value::Null))
}

/// Table constraints of a CREATE TABLE / ADD CONSTRAINT, resolved.
pub fn table_constraint(
    c: &ast::TableConstraint,
) -> Result<(Option<String>, NewConstraint), PgError> {
    let cols = |ids: &[ast::Ident]| ids.iter().map(ident).collect::<Vec<_>>();
    Ok(match c {
        ast::TableConstraint::PrimaryKey { name, columns, .. } => (
            name.as_ref().map(ident),
            NewConstraint::PrimaryKey(cols(columns)),
        ),
        ast::TableConstraint::Unique { name, columns, .. } => (
            name.as_ref().map(ident),
            NewConstraint::Unique {
                columns: cols(columns),
                nulls_not_distinct: false,
            },
        ),
        ast::TableConstraint::Check { name, expr } => (
            name.as_ref().map(ident),
            NewConstraint::Check((**expr).clone(), None),
        ),
        ast::TableConstraint::ForeignKey {
            name,
            columns,
            foreign_table,
            referred_columns,
            on_delete,
            on_update,
            ..
        } => (
            name.as_ref().map(ident),
            NewConstraint::ForeignKey {
                columns: cols(columns),
                ref_table: object_name(foreign_table),
                ref_columns: cols(referred_columns),
                on_delete: RefAction::from_ast(on_delete.as_ref()),
                on_update: RefAction::from_ast(on_update.as_ref()),
            },
        ),
        other => return Err(PgError::unsupported(format!("the constraint `{other}`"))),
    })
}
