//! `op.create_unique_constraint`, `op.create_check_constraint`,
//! `op.create_foreign_key`, `op.create_primary_key`, `op.drop_constraint`.

use crate::alembic::args::Args;
use crate::alembic::py::Py;
use crate::alembic::sa::quote;
use rehearse_engine::error::InputError;

fn prefix(a: &Args) -> Result<String, InputError> {
    Ok(match a.name("constraint_name")? {
        Some(n) => format!("CONSTRAINT {} ", quote(&n)),
        None => String::new(),
    })
}

fn columns(a: &Args, name: &str) -> Result<String, InputError> {
    Ok(a.strings(name)?
        .iter()
        .map(|c| quote(c))
        .collect::<Vec<_>>()
        .join(", "))
}

fn deferrable(a: &Args) -> String {
    let mut s = String::new();
    match a.get("deferrable") {
        Some(Py::Bool(true)) => s.push_str(" DEFERRABLE"),
        Some(Py::Bool(false)) => s.push_str(" NOT DEFERRABLE"),
        _ => {}
    }
    if let Some(Py::Str(i)) = a.get("initially") {
        s.push_str(&format!(" INITIALLY {i}"));
    }
    s
}

/// `ALTER TABLE t ADD [CONSTRAINT n] UNIQUE (cols)`.
pub fn unique(a: &Args) -> Result<Vec<String>, InputError> {
    // The options SQLAlchemy's reflection attaches (a downgrade re-adding a reflected
    // constraint): an empty include list, and NULLS [NOT] DISTINCT spelled out.
    match a.get("postgresql_include") {
        None => {}
        Some(Py::List(items)) if items.is_empty() => {}
        Some(other) => {
            return Err(a.error(format!(
                "op.create_unique_constraint(): postgresql_include={} is not supported by the playground",
                other.describe()
            )))
        }
    }
    let nulls = match a.get("postgresql_nulls_not_distinct") {
        None => "",
        Some(Py::Bool(false)) => "NULLS DISTINCT ",
        Some(Py::Bool(true)) => "NULLS NOT DISTINCT ",
        Some(other) => {
            return Err(a.error(format!(
                "op.create_unique_constraint(): postgresql_nulls_not_distinct={} is not understood",
                other.describe()
            )))
        }
    };
    Ok(vec![format!(
        "ALTER TABLE {} ADD {}UNIQUE {nulls}({}){}",
        quote(&a.string("table_name")?),
        prefix(a)?,
        columns(a, "columns")?,
        deferrable(a)
    )])
}

/// `ALTER TABLE t ADD [CONSTRAINT n] CHECK (condition)`.
pub fn check(a: &Args) -> Result<Vec<String>, InputError> {
    let condition = match a.required("condition")? {
        Py::Str(s) => s.clone(),
        Py::Call(c) if c.func == "sa.text" => match c.args.first() {
            Some(Py::Str(s)) => crate::alembic::sa::text_binds(s, &[]),
            _ => return Err(a.error("sa.text() needs a string")),
        },
        other => {
            return Err(a.error(format!(
            "op.create_check_constraint(): condition must be a string or sa.text(...), found {}",
            other.describe()
        )))
        }
    };
    let not_valid = if a.flag("postgresql_not_valid") {
        " NOT VALID"
    } else {
        ""
    };
    Ok(vec![format!(
        "ALTER TABLE {} ADD {}CHECK ({condition}){not_valid}",
        quote(&a.string("table_name")?),
        prefix(a)?
    )])
}

/// `ALTER TABLE src ADD [CONSTRAINT n] FOREIGN KEY(cols) REFERENCES ref (cols) ...`.
pub fn foreign_key(a: &Args) -> Result<Vec<String>, InputError> {
    let mut tail = String::new();
    if let Some(Py::Str(m)) = a.get("match") {
        tail.push_str(&format!(" MATCH {m}"));
    }
    if let Some(Py::Str(d)) = a.get("ondelete") {
        tail.push_str(&format!(" ON DELETE {d}"));
    }
    if let Some(Py::Str(u)) = a.get("onupdate") {
        tail.push_str(&format!(" ON UPDATE {u}"));
    }
    tail.push_str(&deferrable(a));
    if a.flag("postgresql_not_valid") {
        tail.push_str(" NOT VALID");
    }
    Ok(vec![format!(
        "ALTER TABLE {} ADD {}FOREIGN KEY({}) REFERENCES {} ({}){tail}",
        quote(&a.string("source_table")?),
        prefix(a)?,
        columns(a, "local_cols")?,
        quote(&a.string("referent_table")?),
        columns(a, "remote_cols")?
    )])
}

/// `ALTER TABLE t ADD [CONSTRAINT n] PRIMARY KEY (cols)`.
pub fn primary_key(a: &Args) -> Result<Vec<String>, InputError> {
    Ok(vec![format!(
        "ALTER TABLE {} ADD {}PRIMARY KEY ({})",
        quote(&a.string("table_name")?),
        prefix(a)?,
        columns(a, "columns")?
    )])
}

/// `ALTER TABLE t DROP CONSTRAINT [IF EXISTS] n`.
pub fn drop(a: &Args) -> Result<Vec<String>, InputError> {
    match a.get("type_") {
        None | Some(Py::None) => {}
        Some(Py::Str(t)) if ["check", "foreignkey", "primary", "unique"].contains(&t.as_str()) => {}
        Some(_) => {
            return Err(a.error(
                "TypeError: 'type' can be one of 'check', 'foreignkey', 'primary', 'unique', None",
            ))
        }
    }
    let if_exists = if a.flag("if_exists") {
        "IF EXISTS "
    } else {
        ""
    };
    Ok(vec![format!(
        "ALTER TABLE {} DROP CONSTRAINT {if_exists}{}",
        quote(&a.string("table_name")?),
        quote(&a.name("constraint_name")?.ok_or_else(|| {
            a.error("CompileError: Can't emit DROP CONSTRAINT for a constraint with no name")
        })?)
    )])
}
