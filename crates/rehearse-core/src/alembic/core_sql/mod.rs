//! A compiler for the SQLAlchemy Core forms migrations build, from the symbolic values
//! the interpreter records (`Py::BinOp`, `Py::Method`, `Py::Attr`, calls of `sa.*`),
//! to the text SQLAlchemy's PostgreSQL dialect writes with literal binds (as Alembic's
//! offline mode compiles them): comparisons, `and_`/`or_`/`not_`, `&`/`|`/`~`,
//! `is_(None)`/`isnot`, `in_`/`not_in`, `like`/`ilike`, arithmetic, `sa.text`,
//! `literal_column`, `func.*`; statements `t.update().where().values()`,
//! `t.delete().where()`, `t.insert().values()`, `select(cols).where()` and
//! `t.select().where()`.
//! A form outside this list is a located refusal naming it.

mod expr;

use super::py::{Call, Py};
use super::sa::{literal, quote, sa_type, SaType};
use expr::{expr, group, Mode, Op};
use rehearse_engine::error::{InputError, Source};
use rehearse_engine::span::Span;

fn err(span: Span, message: impl Into<String>) -> InputError {
    InputError::new(Source::Migration, span, message)
}

/// The statement a chain of methods builds, and its clauses.
struct Chain<'a> {
    root: &'a Py,
    methods: Vec<&'a Call>,
}

fn chain(v: &Py) -> Chain<'_> {
    let mut methods = Vec::new();
    let mut cur = v;
    while let Py::Method { receiver, call } = cur {
        methods.push(call.as_ref());
        cur = receiver;
    }
    methods.reverse();
    Chain { root: cur, methods }
}

/// Whether `v` is a Core statement (`update`/`delete`/`insert`/`select`).
pub fn is_statement(v: &Py) -> bool {
    let c = chain(v);
    matches!(c.root, Py::Call(call) if call.func == "sa.select")
        || c.methods
            .first()
            .is_some_and(|m| matches!(m.func.as_str(), "update" | "delete" | "insert" | "select"))
}

/// Whether `v` is a query (its result would be read).
pub fn is_select(v: &Py) -> bool {
    let c = chain(v);
    matches!(c.root, Py::Call(call) if call.func == "sa.select")
        || c.methods.first().is_some_and(|m| m.func == "select")
        || matches!(v, Py::Str(s) if s.trim_start().to_lowercase().starts_with("select"))
        || matches!(v, Py::Call(c) if c.func == "sa.text" && matches!(c.args.first(), Some(Py::Str(s)) if s.trim_start().to_lowercase().starts_with("select")))
}

/// Whether `v` is a SQL expression to compile (not a string or `sa.text`).
pub fn is_expression(v: &Py) -> bool {
    match v {
        Py::BinOp(..) | Py::Unary(..) | Py::Method { .. } | Py::Attr(..) => true,
        Py::Call(c) => matches!(
            c.func.as_str(),
            "sa.and_" | "sa.or_" | "sa.not_" | "sa.column"
        ),
        _ => false,
    }
}

/// A table made with `sa.table("name", sa.column("c", type), ...)`.
pub(super) struct Table {
    pub name: String,
    pub columns: Vec<(String, Option<SaType>)>,
}

pub(super) fn table(v: &Py, span: Span) -> Result<Table, InputError> {
    let Some(t) = v.as_call_of(&["sa.table", "sa.Table"]) else {
        return Err(err(
            span,
            format!(
                "expected a table made with sa.table(...), found {}",
                v.describe()
            ),
        ));
    };
    let Some(Py::Str(name)) = t.args.first() else {
        return Err(err(span, "sa.table() needs the table name first"));
    };
    if t.kw("schema").is_some_and(|s| *s != Py::None) {
        return Err(err(
            span,
            "sa.table(schema=...) is not supported: the playground simulates a single schema",
        ));
    }
    let mut columns = Vec::new();
    for c in t.args.iter().skip(1) {
        if let Some(column) = table_item(c, span)? {
            columns.push(column);
        }
    }
    Ok(Table {
        name: name.clone(),
        columns,
    })
}

/// One argument of `sa.table(name, ...)` / `sa.Table(name, metadata, ...)` after the
/// name: a column `(name, type)`, or `None` for what does not change the statements
/// written with the table (its `MetaData`, its constraints and indexes).
pub(crate) fn table_item(
    c: &Py,
    span: Span,
) -> Result<Option<(String, Option<SaType>)>, InputError> {
    let Some(col) = c.as_call_of(&["sa.column", "sa.Column"]) else {
        if matches!(c, Py::Call(x) if matches!(x.func.as_str(),
            "sa.MetaData" | "sa.PrimaryKeyConstraint" | "sa.ForeignKeyConstraint"
            | "sa.UniqueConstraint" | "sa.CheckConstraint" | "sa.Index"))
        {
            return Ok(None);
        }
        return Err(err(
            span,
            format!(
                "sa.table(): expected sa.column(...), found {}",
                c.describe()
            ),
        ));
    };
    // A Python-side default or a sequence is written into every INSERT (and
    // `onupdate=` into every UPDATE) that leaves its column out.
    for k in ["default", "onupdate"] {
        if col.kw(k).is_some_and(|v| *v != Py::None) {
            return Err(err(
                span,
                format!("sa.Column({k}=...) in a table used for data is not supported by the playground: SQLAlchemy writes its value into the statements"),
            ));
        }
    }
    if col
        .args
        .iter()
        .any(|a| a.as_call_of(&["sa.Sequence"]).is_some())
    {
        return Err(err(
            span,
            "sa.Column(sa.Sequence(...)) in a table used for data is not supported by the playground: SQLAlchemy writes nextval() into the INSERTs",
        ));
    }
    let Some(Py::Str(cname)) = col.args.first() else {
        return Err(err(span, "sa.column() needs a name"));
    };
    let ty = match col.args.get(1).or_else(|| col.kw("type_")) {
        Some(t) => Some(sa_type(t, col.span)?),
        None => None,
    };
    Ok(Some((cname.clone(), ty)))
}

/// A CHECK condition or index predicate, as SQLAlchemy's DDL compiler writes it.
pub fn ddl_expression(v: &Py, span: Span) -> Result<String, InputError> {
    Ok(expr(v, Mode::Ddl, span, None)?.text)
}

/// The values of `.values(...)`: keyword arguments, one dict, or (for an insert) a
/// list of dicts, one row each.
fn values_of(call: &Call, span: Span) -> Result<Vec<Vec<(String, Py)>>, InputError> {
    let row = |items: &[(Py, Py)]| -> Result<Vec<(String, Py)>, InputError> {
        items
            .iter()
            .map(|(k, v)| match k {
                Py::Str(k) => Ok((k.clone(), v.clone())),
                _ => Err(err(span, "`.values({column: ...})` with column objects as keys is not supported; use names")),
            })
            .collect()
    };
    match call.args.as_slice() {
        [] => Ok(vec![call.kwargs.clone()]),
        [Py::Dict(items)] if call.kwargs.is_empty() => Ok(vec![row(items)?]),
        [Py::List(rows)] if call.kwargs.is_empty() && !rows.is_empty() => rows
            .iter()
            .map(|r| match r {
                Py::Dict(items) => row(items),
                _ => Err(err(span, "`.values([...])` takes a list of dicts")),
            })
            .collect(),
        _ => Err(err(
            span,
            "`.values(...)` takes keywords, a dict or a list of dicts",
        )),
    }
}

fn value_sql(t: &Table, name: &str, v: &Py, span: Span) -> Result<String, InputError> {
    let Some((_, ty)) = t.columns.iter().find(|(n, _)| n == name) else {
        return Err(err(
            span,
            format!("CompileError: Unconsumed column names: {name}"),
        ));
    };
    if is_expression(v) || matches!(v, Py::Call(c) if c.func.starts_with("sa.")) {
        let e = expr(v, Mode::Statement, span, ty.as_ref())?;
        return Ok(group(&e, None));
    }
    // op.inline_literal(value): a literal of the value's own type (a string or an
    // integer, as Alembic's `_literal_bindparam` renders it).
    if let Some(c) = v.as_call_of(&["op.inline_literal"]) {
        return match c.args.first().filter(|_| c.kwargs.is_empty()) {
            Some(Py::Str(s)) => Ok(super::sa::string_literal(s)),
            Some(Py::Int(i)) => Ok(i.to_string()),
            _ => Err(err(
                span,
                "op.inline_literal() of anything but a string or an integer (without type_=) is not supported yet",
            )),
        };
    }
    match ty {
        Some(t) => literal(v, &t.kind, &t.ddl, span),
        None if matches!(v, Py::None) => Ok("NULL".into()),
        None => Err(err(
            span,
            format!(
                "CompileError: No literal value renderer is available for literal value \"{}\" with datatype NULL",
                match v {
                    Py::Str(s) => format!("'{s}'"),
                    other => other.describe(),
                }
            ),
        )),
    }
}

/// A Core statement's SQL.
pub fn statement(v: &Py, span: Span) -> Result<String, InputError> {
    let c = chain(v);
    let mut methods = c.methods.iter();
    let mut wheres = Vec::new();
    // Tables the WHERE criteria name, in the order SQLAlchemy meets them.
    let mut where_tables: Vec<(String, Py)> = Vec::new();
    let mut rows: Vec<Vec<(String, Py)>> = Vec::new();
    // The statement's own table value (the first table of a select).
    let mut target: Option<Py> = None;
    let (kind, t, columns) = match c.root {
        Py::Call(s) if s.func == "sa.select" => {
            let mut from = None;
            let mut cols = Vec::new();
            for a in &s.args {
                if let Ok(t) = table(a, span) {
                    cols.extend(
                        t.columns
                            .iter()
                            .map(|(n, _)| format!("{}.{}", quote(&t.name), quote(n))),
                    );
                    if from.is_none() {
                        target = Some(a.clone());
                    }
                    from.get_or_insert(t);
                } else if let Py::Attr(base, _) = a {
                    if let Py::Attr(tv, _) = base.as_ref() {
                        if from.is_none() {
                            target = Some((**tv).clone());
                        }
                        from.get_or_insert(table(tv, span)?);
                    }
                    cols.push(expr(a, Mode::Statement, span, None)?.text);
                } else {
                    return Err(err(
                        span,
                        format!(
                            "select({}) is not supported yet: select table columns",
                            a.describe()
                        ),
                    ));
                }
            }
            let Some(t) = from else {
                return Err(err(span, "select() without a table is not supported"));
            };
            ("select", t, cols)
        }
        root => {
            let Some(first) = methods.next() else {
                return Err(err(span, "expected a Core statement"));
            };
            target = Some(root.clone());
            let t = table(root, span)?;
            // `table.select()`: every column, in the table's order.
            let cols = if first.func == "select" {
                if !first.args.is_empty() || !first.kwargs.is_empty() {
                    return Err(err(
                        span,
                        "`table.select(...)` with arguments is not supported; use .where(...)",
                    ));
                }
                t.columns
                    .iter()
                    .map(|(n, _)| format!("{}.{}", quote(&t.name), quote(n)))
                    .collect()
            } else {
                Vec::new()
            };
            (first.func.as_str(), t, cols)
        }
    };
    for m in methods {
        match m.func.as_str() {
            "where" | "filter" => {
                for a in &m.args {
                    tables_in(a, &mut where_tables);
                    wheres.push(expr(a, Mode::Statement, span, None)?);
                }
            }
            "values" if kind != "select" && kind != "delete" => {
                let new = values_of(m, span)?;
                match (rows.as_mut_slice(), new.as_slice()) {
                    ([], _) if new.len() == 1 || kind == "insert" => rows = new,
                    ([row], [more]) => row.extend(more.iter().cloned()),
                    _ => {
                        return Err(err(
                            span,
                            format!(
                                "`.values(...)` with several rows on this {kind} is not supported"
                            ),
                        ))
                    }
                }
            }
            other => {
                return Err(err(
                    span,
                    format!("`.{other}(...)` on a {kind} is not supported yet"),
                ))
            }
        }
    }
    let where_sql = match wheres.len() {
        0 => String::new(),
        1 => format!(" WHERE {}", wheres[0].text),
        _ => format!(
            " WHERE {}",
            wheres
                .iter()
                .map(|w| group(w, Some(Op::And)))
                .collect::<Vec<_>>()
                .join(" AND ")
        ),
    };
    let name = quote(&t.name);
    // The other tables the criteria name: PostgreSQL's dialect writes them as
    // UPDATE's FROM, DELETE's USING and more FROM entries of a SELECT.
    // A table value is its construction (a call carries its position): another
    // `sa.table()` of the statement's table's name is another object to SQLAlchemy,
    // which adds it as one more FROM.
    if let Some((_, other)) = where_tables
        .iter()
        .find(|(n, v)| *n == t.name && Some(v) != target.as_ref())
    {
        return Err(err(
            span,
            format!(
                "the criteria read {} while the statement is on another table object of the same name: SQLAlchemy adds it as a second FROM, which the playground does not write",
                other.describe()
            ),
        ));
    }
    let extra: Vec<String> = where_tables
        .iter()
        .filter(|(n, _)| **n != t.name)
        .map(|(n, _)| quote(n))
        .collect();
    let extra_from = |keyword: &str| {
        if extra.is_empty() {
            String::new()
        } else {
            format!(" {keyword} {}", extra.join(", "))
        }
    };
    // SQLAlchemy writes SET and INSERT columns in the table's column order.
    let ordered = |values: &[(String, Py)]| -> Result<Vec<(String, String)>, InputError> {
        for (k, _) in values {
            if !t.columns.iter().any(|(n, _)| n == k) {
                return Err(err(
                    span,
                    format!("CompileError: Unconsumed column names: {k}"),
                ));
            }
        }
        t.columns
            .iter()
            .filter_map(|(n, _)| values.iter().rev().find(|(k, _)| k == n))
            .map(|(k, v)| Ok((quote(k), value_sql(&t, k, v, span)?)))
            .collect()
    };
    Ok(match kind {
        "select" => {
            let w = where_sql.trim_start();
            format!(
                "SELECT {} \nFROM {name}{}{}",
                columns.join(", "),
                extra.iter().map(|t| format!(", {t}")).collect::<String>(),
                if w.is_empty() {
                    String::new()
                } else {
                    format!(" \n{w}")
                }
            )
        }
        "update" => {
            let sets = ordered(rows.first().map(Vec::as_slice).unwrap_or_default())?;
            if sets.is_empty() {
                return Err(err(
                    span,
                    "an update() without .values(...) is not supported",
                ));
            }
            format!(
                "UPDATE {name} SET {}{}{where_sql}",
                sets.iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect::<Vec<_>>()
                    .join(", "),
                extra_from("FROM")
            )
        }
        "delete" => format!("DELETE FROM {name}{}{where_sql}", extra_from("USING")),
        "insert" => {
            if !wheres.is_empty() {
                return Err(err(span, "insert().where() is not a statement"));
            }
            let first = ordered(rows.first().map(Vec::as_slice).unwrap_or_default())?;
            if first.is_empty() {
                return Err(err(
                    span,
                    "an insert() without .values(...) is not supported",
                ));
            }
            // Several rows: the first row's columns, each row giving every one.
            let names: Vec<String> = first.iter().map(|c| c.0.clone()).collect();
            let mut tuples = Vec::new();
            for row in &rows {
                let cols = ordered(row)?;
                if cols.iter().map(|c| &c.0).ne(names.iter()) {
                    return Err(err(span, "insert().values([...]) with rows naming different columns is not supported"));
                }
                tuples.push(format!(
                    "({})",
                    cols.iter()
                        .map(|c| c.1.clone())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            format!(
                "INSERT INTO {name} ({}) VALUES {}",
                names.join(", "),
                tuples.join(", ")
            )
        }
        other => {
            return Err(err(
                span,
                format!("`.{other}()` is not a statement the playground compiles"),
            ))
        }
    })
}

/// The tables (by name, with the first table value of that name) whose columns `v`
/// reads, in the order a left-to-right walk meets them, each once.
fn tables_in(v: &Py, out: &mut Vec<(String, Py)>) {
    match v {
        Py::Attr(base, _) => {
            if let Py::Attr(t, c) = base.as_ref() {
                if c == "c" {
                    if let Some(Py::Str(name)) = t
                        .as_call_of(&["sa.table", "sa.Table"])
                        .and_then(|t| t.args.first().cloned())
                    {
                        if !out.iter().any(|(n, _)| *n == name) {
                            out.push((name, (**t).clone()));
                        }
                        return;
                    }
                }
            }
            tables_in(base, out);
        }
        Py::BinOp(l, _, r) => {
            tables_in(l, out);
            tables_in(r, out);
        }
        Py::Unary(_, x) => tables_in(x, out),
        Py::Method { receiver, call } => {
            tables_in(receiver, out);
            call.args.iter().for_each(|a| tables_in(a, out));
        }
        Py::Call(c) if c.func != "sa.table" && c.func != "sa.Table" => {
            c.args.iter().for_each(|a| tables_in(a, out));
            c.kwargs.iter().for_each(|(_, a)| tables_in(a, out));
        }
        Py::List(items) | Py::Tuple(items) => items.iter().for_each(|a| tables_in(a, out)),
        _ => {}
    }
}
