//! A compiler for the SQLAlchemy Core forms migrations build, from the symbolic values
//! the interpreter records (`Py::BinOp`, `Py::Method`, `Py::Attr`, calls of `sa.*`),
//! to the text SQLAlchemy's PostgreSQL dialect writes with literal binds (as Alembic's
//! offline mode compiles them): comparisons, `and_`/`or_`/`not_`, `&`/`|`/`~`,
//! `is_(None)`/`isnot`, `in_`/`not_in`, `like`/`ilike`, arithmetic, `sa.text`,
//! `literal_column`, `func.*`; statements `t.update().where().values()`,
//! `t.delete().where()`, `t.insert().values()` and `select(cols).where()`.
//! A form outside this list is a located refusal naming it.

use super::py::{BinOp, Call, Py, UnaryOp};
use super::sa::{literal, python_float, quote, sa_type, string_literal, text_binds, SaType};
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
            .is_some_and(|m| matches!(m.func.as_str(), "update" | "delete" | "insert"))
}

/// Whether `v` is a query (its result would be read).
pub fn is_select(v: &Py) -> bool {
    matches!(chain(v).root, Py::Call(call) if call.func == "sa.select")
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
struct Table {
    name: String,
    columns: Vec<(String, Option<SaType>)>,
}

fn table(v: &Py, span: Span) -> Result<Table, InputError> {
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
        let Some(col) = c.as_call_of(&["sa.column", "sa.Column"]) else {
            if matches!(c, Py::Call(x) if x.func == "sa.MetaData") {
                continue;
            }
            return Err(err(
                span,
                format!(
                    "sa.table(): expected sa.column(...), found {}",
                    c.describe()
                ),
            ));
        };
        let Some(Py::Str(cname)) = col.args.first() else {
            return Err(err(span, "sa.column() needs a name"));
        };
        let ty = match col.args.get(1).or_else(|| col.kw("type_")) {
            Some(t) => Some(sa_type(t, col.span)?),
            None => None,
        };
        columns.push((cname.clone(), ty));
    }
    Ok(Table {
        name: name.clone(),
        columns,
    })
}

/// How an expression is compiled: inside a statement (columns qualified by their
/// table) or in DDL (a CHECK: columns bare).
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Statement,
    Ddl,
}

/// A compiled expression: its text, its precedence, and its type if known.
struct Sql {
    text: String,
    prec: u8,
    ty: Option<SaType>,
}

// Precedences as SQLAlchemy's operators module ranks them (higher binds tighter).
const P_OR: u8 = 2;
const P_AND: u8 = 3;
const P_NOT: u8 = 4;
const P_CMP: u8 = 5;
const P_ADD: u8 = 7;
const P_MUL: u8 = 8;
const P_ATOM: u8 = 100;

fn atom(text: String, ty: Option<SaType>) -> Sql {
    Sql {
        text,
        prec: P_ATOM,
        ty,
    }
}

fn wrap(s: &Sql, min: u8) -> String {
    if s.prec < min {
        format!("({})", s.text)
    } else {
        s.text.clone()
    }
}

/// A Python value as a bound literal, typed by `ty` (the other side's type) or by
/// the value itself.
fn bind(v: &Py, ty: Option<&SaType>, span: Span) -> Result<Sql, InputError> {
    if let Some(t) = ty {
        return Ok(atom(literal(v, &t.kind, &t.ddl, span)?, Some(t.clone())));
    }
    Ok(atom(
        match v {
            Py::None => "NULL".into(),
            Py::Bool(b) => b.to_string(),
            Py::Int(i) => i.to_string(),
            Py::Float(f) => python_float(*f),
            Py::Str(s) => string_literal(s),
            other => {
                return Err(err(
                    span,
                    format!(
                        "a literal {} in a SQL expression is not supported",
                        other.describe()
                    ),
                ))
            }
        },
        None,
    ))
}

fn column_of(v: &Py, mode: Mode, span: Span) -> Result<Option<Sql>, InputError> {
    match v {
        Py::Call(c) if c.func == "sa.column" => {
            let Some(Py::Str(name)) = c.args.first() else {
                return Err(err(span, "sa.column() needs a name"));
            };
            let ty = match c.args.get(1).or_else(|| c.kw("type_")) {
                Some(t) => Some(sa_type(t, span)?),
                None => None,
            };
            Ok(Some(atom(quote(name), ty)))
        }
        Py::Attr(base, name) => {
            let Py::Attr(t, c) = base.as_ref() else {
                return Ok(None);
            };
            if c != "c" {
                return Ok(None);
            }
            let t = table(t, span)?;
            let Some((_, ty)) = t.columns.iter().find(|(n, _)| n == name) else {
                return Err(err(span, format!("AttributeError: {name}")));
            };
            let text = match mode {
                Mode::Statement => format!("{}.{}", quote(&t.name), quote(name)),
                Mode::Ddl => quote(name),
            };
            Ok(Some(atom(text, ty.clone())))
        }
        _ => Ok(None),
    }
}

fn expr(v: &Py, mode: Mode, span: Span, ty: Option<&SaType>) -> Result<Sql, InputError> {
    if let Some(col) = column_of(v, mode, span)? {
        return Ok(col);
    }
    Ok(match v {
        Py::BinOp(l, op, r) => {
            let left = expr(l, mode, span, None)?;
            if matches!(op, BinOp::And | BinOp::Or) {
                let right = expr(r, mode, span, None)?;
                let (word, prec) = if *op == BinOp::And {
                    ("AND", P_AND)
                } else {
                    ("OR", P_OR)
                };
                return Ok(Sql {
                    text: format!("{} {word} {}", wrap(&left, prec), wrap(&right, prec)),
                    prec,
                    ty: None,
                });
            }
            if matches!(**r, Py::None) && matches!(op, BinOp::Eq | BinOp::NotEq) {
                let word = if *op == BinOp::Eq {
                    "IS NULL"
                } else {
                    "IS NOT NULL"
                };
                return Ok(Sql {
                    text: format!("{} {word}", wrap(&left, P_CMP)),
                    prec: P_CMP,
                    ty: None,
                });
            }
            let right = expr(r, mode, span, left.ty.as_ref())?;
            let (sym, prec) = match op {
                BinOp::Eq => ("=", P_CMP),
                BinOp::NotEq => ("!=", P_CMP),
                BinOp::Lt => ("<", P_CMP),
                BinOp::LtE => ("<=", P_CMP),
                BinOp::Gt => (">", P_CMP),
                BinOp::GtE => (">=", P_CMP),
                BinOp::Add => ("+", P_ADD),
                BinOp::Sub => ("-", P_ADD),
                BinOp::Mul => ("*", P_MUL),
                BinOp::Mod => ("%", P_MUL),
                BinOp::Div | BinOp::And | BinOp::Or => {
                    return Err(err(span, "division of SQL expressions is not supported yet (SQLAlchemy casts its operands)"))
                }
            };
            let ty = if prec == P_CMP { None } else { left.ty.clone() };
            Sql {
                text: format!("{} {sym} {}", wrap(&left, prec), wrap(&right, prec + 1)),
                prec,
                ty,
            }
        }
        Py::Unary(UnaryOp::Invert, inner) => negate(inner, mode, span)?,
        Py::Call(c) if c.func == "sa.not_" => match c.args.first() {
            Some(inner) => negate(inner, mode, span)?,
            None => return Err(err(span, "sa.not_() needs a condition")),
        },
        Py::Call(c) if c.func == "sa.and_" || c.func == "sa.or_" => {
            let (word, prec) = if c.func == "sa.and_" {
                (" AND ", P_AND)
            } else {
                (" OR ", P_OR)
            };
            let parts = c
                .args
                .iter()
                .map(|a| Ok(wrap(&expr(a, mode, span, None)?, prec)))
                .collect::<Result<Vec<_>, InputError>>()?;
            Sql {
                text: parts.join(word),
                prec,
                ty: None,
            }
        }
        Py::Call(c) if c.func == "sa.text" || c.func == "sa.literal_column" => match c.args.first()
        {
            Some(Py::Str(s)) if c.func == "sa.text" => atom(text_binds(s, &[]), None),
            Some(Py::Str(s)) => atom(s.clone(), None),
            _ => return Err(err(span, format!("{}() needs a string", c.func))),
        },
        Py::Call(c) if c.func.starts_with("sa.func.") => {
            let name = c.func.trim_start_matches("sa.func.");
            let args = c
                .args
                .iter()
                .map(|a| Ok(expr(a, mode, span, None)?.text))
                .collect::<Result<Vec<_>, InputError>>()?;
            atom(
                format!(
                    "{name}({})",
                    if args.is_empty() && name == "count" {
                        "*".into()
                    } else {
                        args.join(", ")
                    }
                ),
                None,
            )
        }
        Py::Method { receiver, call } => method(receiver, call, mode, span)?,
        Py::Call(c) if c.func.starts_with("sa.") => {
            return Err(err(
                span,
                format!("{}(...) in a SQL expression is not supported yet", c.func),
            ))
        }
        plain => bind(plain, ty, span)?,
    })
}

fn negate(inner: &Py, mode: Mode, span: Span) -> Result<Sql, InputError> {
    if let Py::BinOp(l, op, r) = inner {
        let flipped = match op {
            BinOp::Eq => Some(BinOp::NotEq),
            BinOp::NotEq => Some(BinOp::Eq),
            BinOp::Lt => Some(BinOp::GtE),
            BinOp::LtE => Some(BinOp::Gt),
            BinOp::Gt => Some(BinOp::LtE),
            BinOp::GtE => Some(BinOp::Lt),
            _ => None,
        };
        if let Some(op) = flipped {
            return expr(&Py::BinOp(l.clone(), op, r.clone()), mode, span, None);
        }
    }
    let e = expr(inner, mode, span, None)?;
    Ok(Sql {
        text: format!("NOT {}", wrap(&e, P_NOT + 1)),
        prec: P_NOT,
        ty: None,
    })
}

/// Column operators: `is_`, `isnot`, `in_`, `not_in`, `like`, `ilike`.
fn method(receiver: &Py, call: &Call, mode: Mode, span: Span) -> Result<Sql, InputError> {
    let left = expr(receiver, mode, span, None)?;
    let arg = call.args.first();
    let cmp = |text: String| Sql {
        text,
        prec: P_CMP,
        ty: None,
    };
    Ok(match (call.func.as_str(), arg) {
        ("is_", Some(Py::None)) => cmp(format!("{} IS NULL", wrap(&left, P_CMP))),
        ("isnot" | "is_not", Some(Py::None)) => cmp(format!("{} IS NOT NULL", wrap(&left, P_CMP))),
        ("in_" | "not_in" | "notin_", Some(Py::List(items))) => {
            if items.is_empty() {
                return Err(err(span, "`in_([])` (an empty IN) is not supported"));
            }
            let values = items
                .iter()
                .map(|i| Ok(expr(i, mode, span, left.ty.as_ref())?.text))
                .collect::<Result<Vec<_>, InputError>>()?;
            if call.func == "in_" {
                cmp(format!("{} IN ({})", wrap(&left, P_CMP), values.join(", ")))
            } else {
                atom(
                    format!("({} NOT IN ({}))", wrap(&left, P_CMP), values.join(", ")),
                    None,
                )
            }
        }
        ("like" | "ilike" | "not_like" | "not_ilike", Some(v))
            if call.args.len() == 1 && call.kwargs.is_empty() =>
        {
            let word = match call.func.as_str() {
                "like" => "LIKE",
                "ilike" => "ILIKE",
                "not_like" => "NOT LIKE",
                _ => "NOT ILIKE",
            };
            let right = expr(v, mode, span, left.ty.as_ref())?;
            cmp(format!(
                "{} {word} {}",
                wrap(&left, P_CMP),
                wrap(&right, P_CMP + 1)
            ))
        }
        (other, _) => {
            return Err(err(
                span,
                format!("`.{other}(...)` in a SQL expression is not supported yet"),
            ))
        }
    })
}

/// A CHECK condition or index predicate, as SQLAlchemy's DDL compiler writes it.
pub fn ddl_expression(v: &Py, span: Span) -> Result<String, InputError> {
    Ok(expr(v, Mode::Ddl, span, None)?.text)
}

/// The values of `.values(...)`: keyword arguments or one dict.
fn values_of(call: &Call, span: Span) -> Result<Vec<(String, Py)>, InputError> {
    let mut out: Vec<(String, Py)> = call.kwargs.clone();
    for a in &call.args {
        let Py::Dict(items) = a else {
            return Err(err(
                span,
                "`.values(...)` with positional values is not supported; use keywords or a dict",
            ));
        };
        for (k, v) in items {
            let Py::Str(k) = k else {
                return Err(err(span, "`.values({column: ...})` with column objects as keys is not supported; use names"));
            };
            out.push((k.clone(), v.clone()));
        }
    }
    Ok(out)
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
        return Ok(wrap(&e, P_ATOM));
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
    let mut values: Vec<(String, Py)> = Vec::new();
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
                    from.get_or_insert(t);
                } else if let Py::Attr(base, _) = a {
                    if let Py::Attr(tv, _) = base.as_ref() {
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
            (first.func.as_str(), table(root, span)?, Vec::new())
        }
    };
    for m in methods {
        match m.func.as_str() {
            "where" | "filter" => {
                for a in &m.args {
                    wheres.push(expr(a, Mode::Statement, span, None)?);
                }
            }
            "values" if kind != "select" && kind != "delete" => values.extend(values_of(m, span)?),
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
                .map(|w| wrap(w, P_AND))
                .collect::<Vec<_>>()
                .join(" AND ")
        ),
    };
    let name = quote(&t.name);
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
                "SELECT {} \nFROM {name}{}",
                columns.join(", "),
                if w.is_empty() {
                    String::new()
                } else {
                    format!(" \n{w}")
                }
            )
        }
        "update" => {
            let sets = ordered(&values)?;
            if sets.is_empty() {
                return Err(err(
                    span,
                    "an update() without .values(...) is not supported",
                ));
            }
            format!(
                "UPDATE {name} SET {}{where_sql}",
                sets.iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
        "delete" => format!("DELETE FROM {name}{where_sql}"),
        "insert" => {
            if !wheres.is_empty() {
                return Err(err(span, "insert().where() is not a statement"));
            }
            let cols = ordered(&values)?;
            if cols.is_empty() {
                return Err(err(
                    span,
                    "an insert() without .values(...) is not supported",
                ));
            }
            format!(
                "INSERT INTO {name} ({}) VALUES ({})",
                cols.iter()
                    .map(|c| c.0.clone())
                    .collect::<Vec<_>>()
                    .join(", "),
                cols.iter()
                    .map(|c| c.1.clone())
                    .collect::<Vec<_>>()
                    .join(", ")
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
