//! "Add the missing table to the sample data": when a revision stops at PostgreSQL's
//! 42P01 (`relation "orders" does not exist`) on a table the setup lacks, the table the
//! revision itself implies, as a `CREATE TABLE` and a few rows to append to the setup.
//!
//! Where the revision says what the table is (a `create_table` of it, in the upgrade or
//! the downgrade that recreates what the upgrade drops), its columns are copied.
//! Otherwise the columns are the ones the revision's own SQL names on that table
//! (altered, dropped, renamed, indexed, updated, inserted into, referenced by a foreign
//! key) minus the ones it adds, with types guessed; every guess is listed in
//! [`MissingTable::guessed`] for the page to say. The result is checked by running the
//! new setup: a table that would not load is refused with the reason, never offered.

use crate::input::plan_assuming;
use crate::report::Report;
use crate::scenario::Scenario;
use sqlparser::ast::{
    AlterColumnOperation, AlterTableOperation, AssignmentTarget, ColumnDef, ColumnOption, Expr,
    ObjectName, Statement, TableConstraint, TableFactor, Value,
};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use std::ops::ControlFlow;

/// Sample rows written for the table.
const SAMPLE_ROWS: usize = 3;

/// The table to append to the setup (sent from the playground's worker as JSON).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MissingTable {
    /// Its name.
    pub table: String,
    /// The text appended to the setup (a comment, `CREATE TABLE`, `INSERT`).
    pub sql: String,
    /// What was guessed, in words ("status as text"); empty when the revision's own
    /// `create_table` gave every column.
    pub guessed: Vec<String>,
}

/// The table PostgreSQL's 42P01 names in the report's upgrade, if it stopped there.
/// (Whether the setup lacks it is [`propose`]'s to check.)
pub fn missing_relation(report: &Report) -> Option<String> {
    let error = report
        .upgrade
        .steps
        .iter()
        .find_map(|s| s.error.as_ref().filter(|e| e.sqlstate == "42P01"))?;
    // `relation "orders" does not exist`; DROP TABLE words it `table "orders" ...`.
    let message = &error.message;
    let name = message
        .strip_prefix("relation \"")
        .or_else(|| message.strip_prefix("table \""))?
        .strip_suffix("\" does not exist")?;
    // Only the default schema's tables: the setup has no other.
    let name = name.strip_prefix("public.").unwrap_or(name);
    (!name.is_empty() && !name.contains('.')).then(|| name.to_string())
}

/// A column of the table being written.
struct Column {
    name: String,
    /// Its type as SQL.
    ty: String,
    /// The rest of its definition (`NOT NULL`, `PRIMARY KEY`, ...).
    options: String,
    /// Filled by its default (serial, identity): left out of the INSERT.
    generated: bool,
}

/// The table for 42P01 on `table` in `scenario`, or why Rehearse will not offer one.
pub fn propose(
    scenario: &Scenario,
    table: &str,
    now: chrono::NaiveDateTime,
) -> Result<MissingTable, String> {
    let setup = crate::setup::load(&scenario.setup, now)
        .map_err(|e| format!("the setup does not run ({})", e.message))?;
    if setup.tables.iter().any(|t| t.name == table) {
        return Err(format!("the setup already has a table \"{table}\""));
    }
    let plan = plan_assuming(&scenario.migration, scenario.kind, &scenario.assumptions)
        .map_err(|e| format!("the migration cannot be read ({})", e.message))?;
    let statements: Vec<Statement> = plan
        .upgrade
        .iter()
        .chain(&plan.downgrade)
        .flat_map(|s| &s.sql)
        // A statement sqlparser cannot read tells nothing about the table.
        .filter_map(|sql| Parser::parse_sql(&PostgreSqlDialect {}, sql).ok())
        .flatten()
        .collect();
    let (columns, constraints, guessed) = match created(&statements, table) {
        Some((columns, constraints)) => (columns, constraints, Vec::new()),
        None => {
            let (columns, guessed) = referenced(&statements, table);
            (columns, Vec::new(), guessed)
        }
    };
    let create = create_table(table, &columns, &constraints);
    let inserts = insert(table, &columns);
    let header = if guessed.is_empty() {
        "-- Added by Rehearse: the table the revision names, as its create_table writes it."
            .to_string()
    } else {
        format!(
            "-- Added by Rehearse: the table the revision names, guessed from what it does with it ({}).",
            guessed.join("; ")
        )
    };
    let separator = if scenario.setup.trim().is_empty() || scenario.setup.ends_with("\n\n") {
        ""
    } else if scenario.setup.ends_with('\n') {
        "\n"
    } else {
        "\n\n"
    };
    let with_rows = format!("{separator}{header}\n{create}\n{inserts}\n");
    let without_rows = format!("{separator}{header}\n{create}\n");
    let loads = |sql: &str| crate::setup::load(&format!("{}{sql}", scenario.setup), now);
    let sql = match loads(&with_rows) {
        Ok(_) => with_rows,
        Err(_) => match loads(&without_rows) {
            Ok(_) => without_rows,
            Err(e) => {
                return Err(format!(
                    "the table it implies does not load ({})",
                    e.message
                ))
            }
        },
    };
    Ok(MissingTable {
        table: table.to_string(),
        sql,
        guessed,
    })
}

fn names(name: &ObjectName, table: &str) -> bool {
    match name.0.as_slice() {
        [t] => t.value == table,
        [schema, t] => schema.value == "public" && t.value == table,
        _ => false,
    }
}

/// The columns and table constraints of the revision's own `CREATE TABLE table`
/// (foreign keys left out: the tables they point at may be missing too).
fn created(statements: &[Statement], table: &str) -> Option<(Vec<Column>, Vec<String>)> {
    let create = statements.iter().find_map(|s| match s {
        Statement::CreateTable(c) if names(&c.name, table) => Some(c),
        _ => None,
    })?;
    let columns = create.columns.iter().map(copied_column).collect();
    let constraints = create
        .constraints
        .iter()
        .filter(|c| !matches!(c, TableConstraint::ForeignKey { .. }))
        .map(|c| c.to_string())
        .collect();
    Some((columns, constraints))
}

fn copied_column(c: &ColumnDef) -> Column {
    let options: Vec<String> = c
        .options
        .iter()
        .filter(|o| !matches!(o.option, ColumnOption::ForeignKey { .. }))
        .map(|o| o.to_string())
        .collect();
    let ty = c.data_type.to_string();
    let generated = ty.to_lowercase().contains("serial")
        || c.options.iter().any(|o| {
            matches!(o.option, ColumnOption::Generated { .. })
                || matches!(&o.option, ColumnOption::Default(_))
        });
    Column {
        name: c.name.value.clone(),
        ty,
        options: options.join(" "),
        generated,
    }
}

/// What the revision's SQL says of one column of the table.
#[derive(Default)]
struct Seen {
    name: String,
    /// A type the revision implies (the one it converts the column to, a literal it
    /// stores).
    ty: Option<String>,
    /// Why it is a column ("altered", "indexed", ...).
    why: &'static str,
}

fn see(seen: &mut Vec<Seen>, name: &str, ty: Option<String>, why: &'static str) {
    match seen.iter_mut().find(|s| s.name == name) {
        Some(s) => {
            if s.ty.is_none() {
                s.ty = ty;
            }
        }
        None => seen.push(Seen {
            name: name.to_string(),
            ty,
            why,
        }),
    }
}

/// A literal's type, when a stored value says it.
fn literal_type(e: &Expr) -> Option<String> {
    match e {
        Expr::Value(Value::Number(n, _)) if n.contains('.') => Some("numeric".into()),
        Expr::Value(Value::Number(..)) => Some("integer".into()),
        Expr::Value(Value::Boolean(_)) => Some("boolean".into()),
        Expr::Value(Value::SingleQuotedString(_)) => Some("text".into()),
        _ => None,
    }
}

/// The columns the revision names on `table`, each with its type or a guess, and the
/// guesses in words.
fn referenced(statements: &[Statement], table: &str) -> (Vec<Column>, Vec<String>) {
    let mut seen: Vec<Seen> = Vec::new();
    let mut added: Vec<String> = Vec::new();
    let mut key: Option<String> = None;
    for s in statements {
        match s {
            Statement::AlterTable {
                name, operations, ..
            } if names(name, table) => {
                for op in operations {
                    match op {
                        AlterTableOperation::AddColumn { column_def, .. } => {
                            added.push(column_def.name.value.clone())
                        }
                        AlterTableOperation::DropColumn { column_name, .. } => {
                            see(&mut seen, &column_name.value, None, "dropped")
                        }
                        AlterTableOperation::RenameColumn {
                            old_column_name,
                            new_column_name,
                        } => {
                            see(&mut seen, &old_column_name.value, None, "renamed");
                            added.push(new_column_name.value.clone());
                        }
                        AlterTableOperation::AlterColumn { column_name, op } => {
                            let ty = match op {
                                // The type it converts to reads its values back.
                                AlterColumnOperation::SetDataType { data_type, .. } => {
                                    Some(data_type.to_string())
                                }
                                AlterColumnOperation::SetDefault { value } => literal_type(value),
                                _ => None,
                            };
                            see(&mut seen, &column_name.value, ty, "altered")
                        }
                        AlterTableOperation::AddConstraint(c) => {
                            for column in constraint_columns(c) {
                                see(&mut seen, &column, None, "constrained");
                            }
                        }
                        _ => {}
                    }
                }
            }
            Statement::AlterTable { operations, .. } => {
                for op in operations {
                    if let AlterTableOperation::AddConstraint(TableConstraint::ForeignKey {
                        foreign_table,
                        referred_columns,
                        ..
                    }) = op
                    {
                        if names(foreign_table, table) {
                            if let Some(c) = referred_columns.first() {
                                key.get_or_insert(c.value.clone());
                            }
                        }
                    }
                }
            }
            Statement::CreateTable(c) => {
                let references = c
                    .columns
                    .iter()
                    .flat_map(|d| &d.options)
                    .filter_map(|o| match &o.option {
                        ColumnOption::ForeignKey {
                            foreign_table,
                            referred_columns,
                            ..
                        } if names(foreign_table, table) => {
                            Some(referred_columns.first().map(|c| c.value.clone()))
                        }
                        _ => None,
                    })
                    .chain(c.constraints.iter().filter_map(|t| match t {
                        TableConstraint::ForeignKey {
                            foreign_table,
                            referred_columns,
                            ..
                        } if names(foreign_table, table) => {
                            Some(referred_columns.first().map(|c| c.value.clone()))
                        }
                        _ => None,
                    }));
                for r in references {
                    key.get_or_insert(r.unwrap_or_else(|| "id".into()));
                }
            }
            Statement::CreateIndex(i) if names(&i.table_name, table) => {
                for c in &i.columns {
                    if let Expr::Identifier(id) = &c.expr {
                        see(&mut seen, &id.value, None, "indexed");
                    }
                }
            }
            Statement::Update {
                table: target,
                assignments,
                from: None,
                selection,
                ..
            } if matches!(&target.relation, TableFactor::Table { name, .. } if names(name, table)) =>
            {
                for a in assignments {
                    if let AssignmentTarget::ColumnName(n) = &a.target {
                        if let Some(c) = n.0.last() {
                            see(&mut seen, &c.value, literal_type(&a.value), "updated");
                        }
                    }
                }
                let exprs = assignments.iter().map(|a| &a.value).chain(selection);
                for e in exprs {
                    for c in identifiers(e) {
                        see(&mut seen, &c, None, "read");
                    }
                }
            }
            Statement::Insert(i) if names(&i.table_name, table) => {
                for c in &i.columns {
                    see(&mut seen, &c.value, None, "inserted");
                }
            }
            _ => {}
        }
    }
    let key = key.unwrap_or_else(|| "id".into());
    let mut guessed = Vec::new();
    let mut columns = vec![Column {
        name: key.clone(),
        ty: "integer".into(),
        options: "PRIMARY KEY".into(),
        generated: false,
    }];
    guessed.push(format!("{key} as an integer primary key"));
    for s in seen {
        if s.name == key || added.contains(&s.name) || columns.iter().any(|c| c.name == s.name) {
            continue;
        }
        let ty = s.ty.clone().unwrap_or_else(|| {
            if s.name.ends_with("_id") {
                "integer".into()
            } else {
                "text".into()
            }
        });
        guessed.push(format!("{} ({}) as {ty}", s.name, s.why));
        columns.push(Column {
            name: s.name,
            ty,
            options: String::new(),
            generated: false,
        });
    }
    (columns, guessed)
}

fn constraint_columns(c: &TableConstraint) -> Vec<String> {
    match c {
        TableConstraint::Unique { columns, .. }
        | TableConstraint::PrimaryKey { columns, .. }
        | TableConstraint::ForeignKey { columns, .. } => {
            columns.iter().map(|c| c.value.clone()).collect()
        }
        TableConstraint::Check { expr, .. } => identifiers(expr),
        _ => Vec::new(),
    }
}

/// The bare column names an expression reads.
fn identifiers(e: &Expr) -> Vec<String> {
    let mut out = Vec::new();
    let _ = sqlparser::ast::visit_expressions(e, |e| {
        if let Expr::Identifier(id) = e {
            if !out.contains(&id.value) {
                out.push(id.value.clone());
            }
        }
        ControlFlow::<()>::Continue(())
    });
    out
}

fn quote(name: &str) -> String {
    rehearse_engine::deparse::quote_ident(name).to_string()
}

fn create_table(table: &str, columns: &[Column], constraints: &[String]) -> String {
    let mut parts: Vec<String> = columns
        .iter()
        .map(|c| {
            let mut part = format!("{} {}", quote(&c.name), c.ty);
            if !c.options.is_empty() {
                part.push(' ');
                part.push_str(&c.options);
            }
            part
        })
        .collect();
    parts.extend(constraints.iter().cloned());
    format!(
        "CREATE TABLE {} (\n    {}\n);",
        quote(table),
        parts.join(",\n    ")
    )
}

/// A value of type `ty` for sample row `n` (from 1), as an SQL literal.
fn sample(ty: &str, name: &str, n: usize) -> String {
    let t = ty.to_lowercase();
    let length = t
        .split_once('(')
        .and_then(|(_, rest)| rest.trim_end_matches(')').trim().parse::<usize>().ok());
    if t.contains("int") || t.starts_with("numeric") || t.starts_with("decimal") {
        n.to_string()
    } else if t.starts_with("real") || t.starts_with("double") || t.starts_with("float") {
        format!("{n}.5")
    } else if t.starts_with("bool") {
        (n % 2 == 1).to_string()
    } else if t.starts_with("timestamp") {
        format!("'2024-01-0{n} 12:00:00'")
    } else if t.starts_with("date") {
        format!("'2024-01-0{n}'")
    } else if t.starts_with("time") {
        format!("'12:0{n}:00'")
    } else if t.starts_with("uuid") {
        format!("'00000000-0000-0000-0000-00000000000{n}'")
    } else if t.starts_with("json") {
        "'{}'".into()
    } else if t.starts_with("text")
        || t.starts_with("varchar")
        || t.starts_with("character")
        || t.starts_with("char")
        || t.starts_with("string")
    {
        let mut text = format!("{name} {n}");
        if let Some(max) = length {
            if text.chars().count() > max {
                text = n.to_string().chars().take(max.max(1)).collect();
            }
        }
        format!("'{}'", text.replace('\'', "''"))
    } else {
        // A type the sample does not know (an enum, an array): its default, or NULL.
        "DEFAULT".into()
    }
}

fn insert(table: &str, columns: &[Column]) -> String {
    let filled: Vec<&Column> = columns.iter().filter(|c| !c.generated).collect();
    if filled.is_empty() {
        return (0..SAMPLE_ROWS)
            .map(|_| format!("INSERT INTO {} DEFAULT VALUES;", quote(table)))
            .collect::<Vec<_>>()
            .join("\n");
    }
    let names: Vec<String> = filled.iter().map(|c| quote(&c.name)).collect();
    let rows: Vec<String> = (1..=SAMPLE_ROWS)
        .map(|n| {
            let values: Vec<String> = filled.iter().map(|c| sample(&c.ty, &c.name, n)).collect();
            format!("({})", values.join(", "))
        })
        .collect();
    format!(
        "INSERT INTO {} ({}) VALUES\n    {};",
        quote(table),
        names.join(", "),
        rows.join(",\n    ")
    )
}

#[cfg(test)]
mod tests;
