//! `op.create_table`, `op.drop_table`, `op.rename_table`.

use crate::alembic::args::Args;
use crate::alembic::py::{Call, Py};
use crate::alembic::sa::{column, fk_tail, quote, string_literal, SaColumn};
use rehearse_engine::error::{InputError, Source};

/// `CONSTRAINT name ` for a named constraint object (nothing when unnamed), refusing
/// keyword arguments the renderer does not honour.
/// The PostgreSQL options SQLAlchemy's reflection attaches to a unique constraint:
/// `postgresql_include=[]` (nothing to include) and `postgresql_nulls_not_distinct`,
/// which SQLAlchemy spells out as `NULLS [NOT] DISTINCT ` when given. Returns the call
/// without them and that clause.
fn unique_dialect_options(c: &Call) -> Result<(Call, &'static str), InputError> {
    let mut rest = c.clone();
    let mut nulls = "";
    rest.kwargs
        .retain(|(k, _)| k != "postgresql_include" && k != "postgresql_nulls_not_distinct");
    for (k, v) in &c.kwargs {
        match (k.as_str(), v) {
            ("postgresql_include", Py::List(items)) if items.is_empty() => {}
            ("postgresql_nulls_not_distinct", Py::Bool(b)) => {
                nulls = if *b {
                    "NULLS NOT DISTINCT "
                } else {
                    "NULLS DISTINCT "
                }
            }
            ("postgresql_include" | "postgresql_nulls_not_distinct", v) => {
                return Err(InputError::new(
                    Source::Migration,
                    c.span,
                    format!(
                        "{}(): {k}={} is not supported by the playground",
                        c.func,
                        v.describe()
                    ),
                ))
            }
            _ => {}
        }
    }
    Ok((rest, nulls))
}

fn constraint_prefix(c: &Call) -> Result<String, InputError> {
    let allowed = [
        "name",
        "deferrable",
        "initially",
        "ondelete",
        "onupdate",
        "match",
        "info",
    ];
    c.only_kwargs(&allowed)?;
    Ok(match c.kw("name") {
        Some(Py::Str(n)) => {
            crate::alembic::sa::check_identifier(n, c.span)?;
            format!("CONSTRAINT {} ", quote(n))
        }
        Some(Py::Call(f)) if f.func == "op.f" => match f.args.first() {
            Some(Py::Str(n)) => format!(
                "CONSTRAINT {} ",
                quote(&crate::alembic::sa::truncate_generated(n))
            ),
            _ => String::new(),
        },
        _ => String::new(),
    })
}

fn str_args(c: &Call) -> Result<Vec<String>, InputError> {
    c.args
        .iter()
        .map(|a| match a {
            Py::Str(s) => Ok(quote(s)),
            other => Err(InputError::new(
                Source::Migration,
                c.span,
                format!(
                    "{}(): expected column names, found {}",
                    c.func,
                    other.describe()
                ),
            )),
        })
        .collect()
}

fn list_of(v: Option<&Py>, span: rehearse_engine::span::Span) -> Result<Vec<String>, InputError> {
    match v {
        Some(Py::List(items)) => items
            .iter()
            .map(|i| match i {
                Py::Str(s) => Ok(s.clone()),
                other => Err(InputError::new(
                    Source::Migration,
                    span,
                    format!("expected a column name, found {}", other.describe()),
                )),
            })
            .collect(),
        _ => Err(InputError::new(
            Source::Migration,
            span,
            "expected a list of column names",
        )),
    }
}

/// What `op.create_table(...)` returns: the table as `sa.table(name, sa.column(...))`,
/// so `op.bulk_insert(t, rows)` can follow.
pub fn table_value(call: &Call) -> Py {
    let mut args: Vec<Py> = call.args.iter().take(1).cloned().collect();
    for item in call.args.iter().skip(1) {
        if let Py::Call(c) = item {
            if c.func == "sa.Column" {
                let mut col = (**c).clone();
                col.func = "sa.column".into();
                col.args.retain(|a| !matches!(a, Py::Call(x) if x.func == "sa.ForeignKey" || x.func == "sa.Identity"));
                col.kwargs.retain(|(k, _)| k == "type_");
                args.push(Py::Call(Box::new(col)));
            }
        }
    }
    Py::Call(Box::new(Call {
        func: "sa.table".into(),
        args,
        kwargs: Vec::new(),
        span: call.span,
    }))
}

/// `CREATE TYPE` for native enums, `CREATE TABLE`, then indexes and comments.
pub fn create_table(
    op: &str,
    call: &Call,
    memo: &mut super::Memo,
) -> Result<Vec<String>, InputError> {
    let Some(Py::Str(name)) = call.args.first().or_else(|| call.kw("table_name")) else {
        return Err(InputError::new(
            Source::Migration,
            call.span,
            format!("{op}() needs the table name first"),
        ));
    };
    let table = quote(name);
    let mut columns: Vec<SaColumn> = Vec::new();
    let mut explicit: Vec<String> = Vec::new();
    let mut primary_key: Option<(String, Vec<String>)> = None;
    let mut indexes: Vec<String> = Vec::new();
    // Columns a table-level foreign key names: SQLAlchemy counts them as having a
    // foreign key, which keeps them from becoming SERIAL.
    let mut fk_columns: Vec<String> = Vec::new();
    for item in call.args.iter().skip(1) {
        let Py::Call(c) = item else {
            return Err(InputError::new(
                Source::Migration,
                call.span,
                format!("{op}(): unexpected argument {}", item.describe()),
            ));
        };
        match c.func.as_str() {
            "sa.Column" => columns.push(column(item, c.span)?),
            "sa.PrimaryKeyConstraint" => primary_key = Some((constraint_prefix(c)?, str_args(c)?)),
            "sa.UniqueConstraint" => {
                let (c, nulls) = unique_dialect_options(c)?;
                explicit.push(format!(
                    "{}UNIQUE {nulls}({})",
                    constraint_prefix(&c)?,
                    str_args(&c)?.join(", ")
                ))
            }
            "sa.CheckConstraint" => {
                let condition = crate::alembic::sa::sql_text(
                    c.args.first(),
                    c.span,
                    "sa.CheckConstraint() needs the condition as a string",
                )?;
                explicit.push(format!("{}CHECK ({condition})", constraint_prefix(c)?));
            }
            "sa.ForeignKeyConstraint" => {
                let local = list_of(c.args.first(), c.span)?;
                fk_columns.extend(local.iter().cloned());
                let remote = list_of(c.args.get(1), c.span)?;
                let (ref_table, ref_cols): (Vec<String>, Vec<String>) = remote
                    .iter()
                    .map(|r| {
                        let (t, col) = r.rsplit_once('.').unwrap_or(("", r));
                        (t.to_string(), quote(col))
                    })
                    .unzip();
                explicit.push(format!(
                    "{}FOREIGN KEY({}) REFERENCES {} ({}){}",
                    constraint_prefix(c)?,
                    local
                        .iter()
                        .map(|l| quote(l))
                        .collect::<Vec<_>>()
                        .join(", "),
                    quote(ref_table.first().map(String::as_str).unwrap_or_default()),
                    ref_cols.join(", "),
                    fk_tail(c)
                ));
            }
            "sa.Index" => {
                let Some(Py::Str(ix)) = c.args.first() else {
                    return Err(InputError::new(
                        Source::Migration,
                        c.span,
                        "sa.Index() needs a name",
                    ));
                };
                let cols: Vec<String> = c
                    .args
                    .iter()
                    .skip(1)
                    .map(|a| match a {
                        Py::Str(s) => Ok(quote(s)),
                        Py::Call(t) if t.func == "sa.text" => match t.args.first() {
                            Some(Py::Str(s)) => Ok(s.clone()),
                            _ => Ok(String::new()),
                        },
                        other => Err(InputError::new(
                            Source::Migration,
                            c.span,
                            format!("sa.Index(): unexpected {}", other.describe()),
                        )),
                    })
                    .collect::<Result<_, _>>()?;
                c.only_kwargs(&["unique", "postgresql_where", "postgresql_using"])?;
                let unique = if matches!(c.kw("unique"), Some(Py::Bool(true))) {
                    "UNIQUE "
                } else {
                    ""
                };
                let using = match c.kw("postgresql_using") {
                    Some(Py::Str(u)) => format!("USING {u} "),
                    _ => String::new(),
                };
                let predicate = match c.kw("postgresql_where") {
                    Some(Py::Call(t)) if t.func == "sa.text" => match t.args.first() {
                        Some(Py::Str(s)) => format!(" WHERE {s}"),
                        _ => String::new(),
                    },
                    None | Some(Py::None) => String::new(),
                    Some(_) => {
                        return Err(InputError::new(
                            Source::Migration,
                            c.span,
                            "sa.Index(postgresql_where=...) must be sa.text(...)",
                        ))
                    }
                };
                crate::alembic::sa::check_identifier(ix, c.span)?;
                indexes.push(format!(
                    "CREATE {unique}INDEX {} ON {table} {using}({}){predicate}",
                    quote(ix),
                    cols.join(", ")
                ));
            }
            other => {
                return Err(InputError::new(
                    Source::Migration,
                    c.span,
                    format!("{op}(): `{other}(...)` is not supported"),
                ))
            }
        }
    }
    if call.kw("schema").is_some_and(|s| *s != Py::None) {
        return Err(InputError::new(
            Source::Migration,
            call.span,
            format!("{op}(): schema= is not supported: the playground simulates a single schema"),
        ));
    }
    for (k, v) in &call.kwargs {
        if !matches!(
            k.as_str(),
            "comment" | "schema" | "if_not_exists" | "info" | "table_name"
        ) && !other_dialects_table_option(k)
        {
            return Err(InputError::new(
                Source::Migration,
                call.span,
                format!("{op}(): the argument {k}={} is not supported", v.describe()),
            ));
        }
    }
    // A PrimaryKeyConstraint makes its columns primary-key columns (NOT NULL, SERIAL).
    if let Some((_, cols)) = &primary_key {
        for c in columns.iter_mut() {
            if cols.contains(&quote(&c.name)) {
                c.primary_key = true;
            }
        }
    }
    for c in columns.iter_mut() {
        let auto = c.autoincrement.is_none()
            || matches!(&c.autoincrement, Some(Py::Str(s)) if s == "auto");
        if auto && fk_columns.contains(&c.name) && c.foreign_keys.is_empty() {
            c.autoincrement = Some(Py::Bool(false));
        }
    }
    let pk_columns: Vec<String> = columns
        .iter()
        .filter(|c| c.primary_key)
        .map(|c| quote(&c.name))
        .collect();
    let pk_count = pk_columns.len();
    let mut items: Vec<String> = columns.iter().map(|c| c.spec(pk_count)).collect();
    match primary_key {
        Some((prefix, cols)) => items.push(format!("{prefix}PRIMARY KEY ({})", cols.join(", "))),
        None if !pk_columns.is_empty() => {
            // An explicitly autoincrementing column of a composite key moves first.
            let mut cols = pk_columns.clone();
            if let Some(pos) = columns
                .iter()
                .filter(|c| c.primary_key)
                .position(|c| c.is_serial(pk_count))
            {
                if pk_count > 1 {
                    let c = cols.remove(pos);
                    cols.insert(0, c);
                }
            }
            items.push(format!("PRIMARY KEY ({})", cols.join(", ")));
        }
        None => {}
    }
    items.extend(explicit);
    let mut statements = Vec::new();
    for c in &columns {
        let name = quote(&c.name);
        if c.unique && !c.index {
            items.push(format!("UNIQUE ({name})"));
        }
        if let Some((check_name, labels)) = &c.ty.enum_check {
            items.push(crate::alembic::sa::enum_check(
                &c.name,
                check_name.as_deref(),
                labels,
            ));
        }
        for fk in &c.foreign_keys {
            let prefix = fk
                .name
                .as_ref()
                .map(|n| format!("CONSTRAINT {} ", quote(n)))
                .unwrap_or_default();
            items.push(format!(
                "{prefix}FOREIGN KEY({name}) REFERENCES {} ({}){}",
                quote(&fk.table),
                quote(&fk.column),
                fk.tail
            ));
        }
        if let Some((type_name, labels, true)) = c.ty.kind.native_enum() {
            if !memo.enum_types.iter().any(|t| t == type_name) {
                memo.enum_types.push(type_name.to_string());
                let values: Vec<String> = labels.iter().map(|l| string_literal(l)).collect();
                statements.push(format!(
                    "CREATE TYPE {} AS ENUM ({})",
                    quote(type_name),
                    values.join(", ")
                ));
            }
        }
    }
    let if_not_exists = if matches!(call.kw("if_not_exists"), Some(Py::Bool(true))) {
        "IF NOT EXISTS "
    } else {
        ""
    };
    statements.push(if items.is_empty() {
        format!("CREATE TABLE {if_not_exists}{table} (\n)")
    } else {
        format!(
            "CREATE TABLE {if_not_exists}{table} (\n    {}\n)",
            items.join(", \n    ")
        )
    });
    for c in columns.iter().filter(|c| c.index) {
        let unique = if c.unique { "UNIQUE " } else { "" };
        statements.push(format!(
            "CREATE {unique}INDEX {} ON {table} ({})",
            quote(&crate::alembic::sa::truncate_generated(&format!(
                "ix_{name}_{}",
                c.name
            ))),
            quote(&c.name)
        ));
    }
    statements.extend(indexes);
    if let Some(Py::Str(comment)) = call.kw("comment") {
        statements.push(format!(
            "COMMENT ON TABLE {table} IS {}",
            string_literal(comment)
        ));
    }
    for c in &columns {
        if let Some(comment) = &c.comment {
            statements.push(format!(
                "COMMENT ON COLUMN {table}.{} IS {}",
                quote(&c.name),
                string_literal(comment)
            ));
        }
    }
    Ok(statements)
}

/// `DROP TABLE t`.
pub fn drop_table(a: &Args) -> Result<Vec<String>, InputError> {
    let if_exists = if a.flag("if_exists") {
        "IF EXISTS "
    } else {
        ""
    };
    Ok(vec![format!(
        "DROP TABLE {if_exists}{}",
        quote(&a.string("table_name")?)
    )])
}

/// `ALTER TABLE old RENAME TO new`.
pub fn rename_table(a: &Args) -> Result<Vec<String>, InputError> {
    Ok(vec![format!(
        "ALTER TABLE {} RENAME TO {}",
        quote(&a.string("old_table_name")?),
        quote(&a.string("new_table_name")?)
    )])
}

/// `op.create_table_comment` / `op.drop_table_comment`: `COMMENT ON TABLE t IS 'c'`,
/// or `IS NULL` (drop, or a comment of None).
pub fn table_comment(a: &Args) -> Result<Vec<String>, InputError> {
    let table = quote(&a.string("table_name")?);
    let comment = match a.get("comment") {
        None | Some(Py::None) => "NULL".to_string(),
        Some(Py::Str(c)) => string_literal(c),
        Some(other) => {
            return Err(a.error(format!(
                "{}(): the comment must be a string, found {}",
                a.op,
                other.describe()
            )))
        }
    };
    Ok(vec![format!("COMMENT ON TABLE {table} IS {comment}")])
}

/// A table option of another dialect, which SQLAlchemy accepts and PostgreSQL's
/// compiler leaves out: MySQL and MariaDB take any `mysql_*` / `mariadb_*` table
/// argument (their `construct_arguments` is `{"*": None}`), SQLite three.
fn other_dialects_table_option(k: &str) -> bool {
    k.starts_with("mysql_")
        || k.starts_with("mariadb_")
        || matches!(
            k,
            "sqlite_autoincrement" | "sqlite_with_rowid" | "sqlite_strict"
        )
}
