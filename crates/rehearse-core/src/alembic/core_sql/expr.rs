//! SQL expressions as SQLAlchemy's compiler writes them: operators with its precedence
//! and grouping rules (`sql/operators.py`: a child is parenthesised when its operator
//! binds no tighter than its parent's, unless both are the same associative
//! operator), literal binds typed by the other operand (or by the Python value), and
//! `+` on strings written `||`.

use super::table;
use crate::alembic::py::{BinOp, Call, Py, UnaryOp};
use crate::alembic::sa::{
    literal, python_float, quote, sa_type, string_literal, text_binds, SaType, TypeKind,
};
use rehearse_engine::error::{InputError, Source};
use rehearse_engine::span::Span;

fn err(span: Span, message: impl Into<String>) -> InputError {
    InputError::new(Source::Migration, span, message)
}

/// How an expression is compiled: inside a statement (columns qualified by their
/// table) or in DDL (a CHECK: columns bare).
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Mode {
    Statement,
    Ddl,
}

/// SQLAlchemy's operators, as far as precedence and grouping go.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Op {
    Or,
    And,
    /// Comparisons, LIKE, IN, IS, BETWEEN, NOT: all precedence 5.
    Compare,
    Concat,
    Add,
    Sub,
    Mul,
    Mod,
    Neg,
}

impl Op {
    fn precedence(self) -> u8 {
        match self {
            Op::Or => 2,
            Op::And => 3,
            Op::Compare | Op::Concat => 5,
            Op::Add | Op::Sub => 7,
            Op::Mul | Op::Mod | Op::Neg => 8,
        }
    }

    fn associative(self) -> bool {
        matches!(self, Op::Or | Op::And | Op::Add | Op::Mul | Op::Concat)
    }
}

/// A compiled expression: its text, the operator at its top (None for a column, a
/// literal, a function call, CASE or CAST), and its type if known.
pub(super) struct Sql {
    pub text: String,
    pub op: Option<Op>,
    pub ty: Option<SaType>,
}

fn atom(text: String, ty: Option<SaType>) -> Sql {
    Sql { text, op: None, ty }
}

/// The child's text, parenthesised as SQLAlchemy's `self_group(against=parent)` does;
/// `None` as the parent is a context that groups every operator (a SET value, a
/// CASE condition).
pub(super) fn group(child: &Sql, parent: Option<Op>) -> String {
    let grouped = match (child.op, parent) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(c), Some(p)) if c == p && c.associative() => false,
        (Some(c), Some(p)) => c.precedence() <= p.precedence(),
    };
    if grouped {
        format!("({})", child.text)
    } else {
        child.text.clone()
    }
}

/// The type SQLAlchemy infers for a Python value in an expression.
fn value_type(v: &Py, span: Span) -> Result<Option<SaType>, InputError> {
    let name = match v {
        Py::Str(_) => "sa.String",
        Py::Bool(_) => "sa.Boolean",
        Py::Int(_) => "sa.Integer",
        Py::Float(_) => "sa.Float",
        _ => return Ok(None),
    };
    sa_type(&Py::Name(name.into()), span).map(Some)
}

fn is_plain(v: &Py) -> bool {
    matches!(
        v,
        Py::None | Py::Bool(_) | Py::Int(_) | Py::Float(_) | Py::Str(_)
    ) || matches!(v, Py::Call(c) if c.func == "decimal.Decimal" || c.func.starts_with("datetime."))
}

/// A Python value as a bound literal, typed by `ty` (the other side's type) or by
/// the value itself.
fn bind(v: &Py, ty: Option<&SaType>, span: Span) -> Result<Sql, InputError> {
    if let Some(t) = ty {
        return Ok(atom(literal(v, &t.kind, &t.ddl, span)?, Some(t.clone())));
    }
    let text = match v {
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
    };
    Ok(atom(text, value_type(v, span)?))
}

fn column_of(v: &Py, mode: Mode, span: Span) -> Result<Option<Sql>, InputError> {
    match v {
        Py::Call(c)
            if c.func == "sa.column" || c.func == "sa.literal_column" && c.args.len() > 1 =>
        {
            let Some(Py::Str(name)) = c.args.first() else {
                return Err(err(span, format!("{}() needs a name", c.func)));
            };
            let ty = match c.args.get(1).or_else(|| c.kw("type_")) {
                Some(t) => Some(sa_type(t, span)?),
                None => None,
            };
            let text = if c.func == "sa.column" {
                quote(name)
            } else {
                name.clone()
            };
            Ok(Some(atom(text, ty)))
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

fn binary(left: Sql, word: &str, right: Sql, op: Op, ty: Option<SaType>) -> Sql {
    Sql {
        text: format!(
            "{} {word} {}",
            group(&left, Some(op)),
            group(&right, Some(op))
        ),
        op: Some(op),
        ty,
    }
}

/// Compiles an expression; `ty` types a bare Python value (the other operand's type).
pub(super) fn expr(v: &Py, mode: Mode, span: Span, ty: Option<&SaType>) -> Result<Sql, InputError> {
    if let Some(col) = column_of(v, mode, span)? {
        return Ok(col);
    }
    Ok(match v {
        Py::BinOp(l, op, r) => binop(l, *op, r, mode, span)?,
        Py::Unary(UnaryOp::Invert, inner) => negate(inner, mode, span)?,
        Py::Unary(UnaryOp::Neg, inner) => {
            let e = expr(inner, mode, span, None)?;
            Sql {
                text: format!("-{}", group(&e, Some(Op::Neg))),
                op: Some(Op::Neg),
                ty: e.ty,
            }
        }
        plain if is_plain(plain) => bind(plain, ty, span)?,
        Py::Call(c) => call(c, mode, span, ty)?,
        Py::Method { receiver, call } => method(receiver, call, mode, span)?,
        other => {
            return Err(err(
                span,
                format!(
                    "{} in a SQL expression is not supported yet",
                    other.describe()
                ),
            ))
        }
    })
}

fn binop(l: &Py, op: BinOp, r: &Py, mode: Mode, span: Span) -> Result<Sql, InputError> {
    if matches!(op, BinOp::And | BinOp::Or) {
        let (left, right) = (expr(l, mode, span, None)?, expr(r, mode, span, None)?);
        let (word, op) = if op == BinOp::And {
            ("AND", Op::And)
        } else {
            ("OR", Op::Or)
        };
        return Ok(binary(left, word, right, op, None));
    }
    // `== None` and `== sa.null()` alike: SQLAlchemy writes IS [NOT] NULL.
    let null = matches!(r, Py::None) || r.as_call_of(&["sa.null"]).is_some();
    if null && matches!(op, BinOp::Eq | BinOp::NotEq) {
        let left = expr(l, mode, span, None)?;
        let word = if op == BinOp::Eq {
            "IS NULL"
        } else {
            "IS NOT NULL"
        };
        return Ok(Sql {
            text: format!("{} {word}", group(&left, Some(Op::Compare))),
            op: Some(Op::Compare),
            ty: None,
        });
    }
    // A Python value on either side takes the other side's type (as SQLAlchemy's
    // bind coercion does); with neither typed, the value's own.
    let (left, right) = if is_plain(l) && !is_plain(r) {
        let right = expr(r, mode, span, None)?;
        (expr(l, mode, span, right.ty.as_ref())?, right)
    } else {
        let left = expr(l, mode, span, None)?;
        let right = expr(r, mode, span, left.ty.as_ref())?;
        (left, right)
    };
    let ty = left.ty.clone().or_else(|| right.ty.clone());
    let string = matches!(
        ty,
        Some(SaType {
            kind: TypeKind::String,
            ..
        })
    );
    let (word, sql_op) = match op {
        BinOp::Eq => ("=", Op::Compare),
        BinOp::NotEq => ("!=", Op::Compare),
        BinOp::Lt => ("<", Op::Compare),
        BinOp::LtE => ("<=", Op::Compare),
        BinOp::Gt => (">", Op::Compare),
        BinOp::GtE => (">=", Op::Compare),
        BinOp::Add if string => ("||", Op::Concat),
        BinOp::Add => ("+", Op::Add),
        BinOp::Sub => ("-", Op::Sub),
        BinOp::Mul => ("*", Op::Mul),
        BinOp::Mod => ("%", Op::Mod),
        BinOp::Div | BinOp::And | BinOp::Or => {
            return Err(err(
                span,
                "`/` on SQL expressions is not supported yet (SQLAlchemy casts integer operands to NUMERIC)",
            ))
        }
    };
    let result_ty = if sql_op == Op::Compare { None } else { ty };
    Ok(binary(left, word, right, sql_op, result_ty))
}

fn call(c: &Call, mode: Mode, span: Span, ty: Option<&SaType>) -> Result<Sql, InputError> {
    let arg = |i: usize| {
        c.args
            .get(i)
            .ok_or_else(|| err(span, format!("{}() needs an argument", c.func)))
    };
    Ok(match c.func.as_str() {
        "sa.not_" => negate(arg(0)?, mode, span)?,
        "sa.and_" | "sa.or_" => {
            let (word, op) = if c.func == "sa.and_" {
                (" AND ", Op::And)
            } else {
                (" OR ", Op::Or)
            };
            let parts = c
                .args
                .iter()
                .map(|a| expr(a, mode, span, None))
                .collect::<Result<Vec<_>, InputError>>()?;
            if parts.len() == 1 {
                return Ok(parts
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| atom(String::new(), None)));
            }
            Sql {
                text: parts
                    .iter()
                    .map(|p| group(p, Some(op)))
                    .collect::<Vec<_>>()
                    .join(word),
                op: Some(op),
                ty: None,
            }
        }
        "sa.text" => match arg(0)? {
            Py::Str(s) => atom(text_binds(s, &[]), None),
            _ => return Err(err(span, "sa.text() needs a string")),
        },
        "sa.literal_column" => match arg(0)? {
            Py::Str(s) => atom(s.clone(), None),
            _ => return Err(err(span, "sa.literal_column() needs a string")),
        },
        "sa.literal" => {
            let t = match c.args.get(1).or_else(|| c.kw("type_")) {
                Some(t) => Some(sa_type(t, span)?),
                None => None,
            };
            bind(arg(0)?, t.as_ref(), span)?
        }
        "sa.cast" => {
            let t = sa_type(
                c.args
                    .get(1)
                    .or_else(|| c.kw("type_"))
                    .ok_or_else(|| err(span, "sa.cast() needs a type"))?,
                span,
            )?;
            let inner = expr(arg(0)?, mode, span, Some(&t))?;
            atom(format!("CAST({} AS {})", inner.text, t.ddl), Some(t))
        }
        "sa.case" => case(c, mode, span, ty)?,
        // op.inline_literal(value): a literal of the value's own type, whatever it is
        // compared with (Alembic's `_literal_bindparam` with no type_).
        "op.inline_literal" => match c.args.first().filter(|_| c.kwargs.is_empty()) {
            Some(Py::Str(s)) if c.args.len() == 1 => atom(crate::alembic::sa::string_literal(s), None),
            Some(Py::Int(i)) if c.args.len() == 1 => atom(i.to_string(), None),
            _ => {
                return Err(err(
                    span,
                    "op.inline_literal() of anything but a string or an integer (without type_=) is not supported yet",
                ))
            }
        },
        f if f.starts_with("sa.func.") => {
            let name = f.trim_start_matches("sa.func.");
            if name.contains('.') || !c.kwargs.is_empty() {
                return Err(err(span, format!("{f}(...) is not supported yet")));
            }
            let args = c
                .args
                .iter()
                .map(|a| Ok(expr(a, mode, span, None)?.text))
                .collect::<Result<Vec<_>, InputError>>()?;
            let args = if args.is_empty() && name == "count" {
                "*".to_string()
            } else {
                args.join(", ")
            };
            atom(format!("{name}({args})"), None)
        }
        f => {
            return Err(err(
                span,
                format!("{f}(...) in a SQL expression is not supported yet"),
            ))
        }
    })
}

/// `sa.case((cond, value), ..., else_=value)`: each condition grouped, values typed by
/// the first value's type.
fn case(c: &Call, mode: Mode, span: Span, ty: Option<&SaType>) -> Result<Sql, InputError> {
    if c.kwargs.iter().any(|(k, _)| k != "else_") || c.args.is_empty() {
        return Err(err(
            span,
            "sa.case() is supported as case((condition, value), ..., else_=value)",
        ));
    }
    let mut value_ty = ty.cloned();
    let mut text = String::from("CASE");
    for w in &c.args {
        let Py::List(pair) = w else {
            return Err(err(span, "sa.case() takes (condition, value) tuples"));
        };
        let [cond, value] = pair.as_slice() else {
            return Err(err(span, "sa.case() takes (condition, value) tuples"));
        };
        let cond = expr(cond, mode, span, None)?;
        let value = expr(value, mode, span, value_ty.as_ref())?;
        value_ty = value_ty.or(value.ty.clone());
        text.push_str(&format!(
            " WHEN {} THEN {}",
            group(&cond, None),
            group(&value, Some(Op::Compare))
        ));
    }
    if let Some(e) = c.kw("else_") {
        let e = expr(e, mode, span, value_ty.as_ref())?;
        text.push_str(&format!(" ELSE {}", group(&e, Some(Op::Compare))));
    }
    text.push_str(" END");
    Ok(atom(text, value_ty))
}

fn negate(inner: &Py, mode: Mode, span: Span) -> Result<Sql, InputError> {
    match inner {
        Py::BinOp(l, op, r) => {
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
                return binop(l, op, r, mode, span);
            }
        }
        // SQLAlchemy negates these operators into their opposites.
        Py::Method { receiver, call } => {
            let opposite = match call.func.as_str() {
                "in_" => Some("not_in"),
                "not_in" | "notin_" => Some("in_"),
                "like" => Some("not_like"),
                "not_like" | "notlike" => Some("like"),
                "ilike" => Some("not_ilike"),
                "not_ilike" | "notilike" => Some("ilike"),
                "is_" => Some("is_not"),
                "is_not" | "isnot" => Some("is_"),
                _ => None,
            };
            if let Some(func) = opposite {
                let mut call = (**call).clone();
                call.func = func.to_string();
                return method(receiver, &call, mode, span);
            }
        }
        _ => {}
    }
    let e = expr(inner, mode, span, None)?;
    Ok(Sql {
        text: format!("NOT {}", group(&e, Some(Op::Compare))),
        op: Some(Op::Compare),
        ty: None,
    })
}

/// Column operators: `is_`, `is_not`, `in_`, `not_in`, `like`, `ilike`, `between`.
fn method(receiver: &Py, call: &Call, mode: Mode, span: Span) -> Result<Sql, InputError> {
    let left = expr(receiver, mode, span, None)?;
    let compare = |text: String| Sql {
        text,
        op: Some(Op::Compare),
        ty: None,
    };
    let l = group(&left, Some(Op::Compare));
    let arg = call.args.first();
    if !call.kwargs.is_empty() {
        return Err(err(
            span,
            format!(
                "`.{}(...)` with keyword arguments is not supported yet",
                call.func
            ),
        ));
    }
    Ok(match (call.func.as_str(), arg, call.args.len()) {
        ("is_" | "is_not" | "isnot", Some(v @ (Py::None | Py::Bool(_))), 1) => {
            let not = if call.func == "is_" { "" } else { "NOT " };
            let value = match v {
                Py::Bool(b) => b.to_string(),
                _ => "NULL".into(),
            };
            compare(format!("{l} IS {not}{value}"))
        }
        ("in_" | "not_in" | "notin_", Some(Py::List(items)), 1) => {
            if items.is_empty() {
                return Err(err(span, "`in_([])` (an empty IN) is not supported"));
            }
            let values = items
                .iter()
                .map(|i| Ok(expr(i, mode, span, left.ty.as_ref())?.text))
                .collect::<Result<Vec<_>, InputError>>()?;
            if call.func == "in_" {
                compare(format!("{l} IN ({})", values.join(", ")))
            } else {
                // SQLAlchemy groups NOT IN itself.
                atom(format!("({l} NOT IN ({}))", values.join(", ")), None)
            }
        }
        ("like" | "ilike" | "not_like" | "notlike" | "not_ilike" | "notilike", Some(v), 1) => {
            let word = match call.func.as_str() {
                "like" => "LIKE",
                "ilike" => "ILIKE",
                "not_like" | "notlike" => "NOT LIKE",
                _ => "NOT ILIKE",
            };
            let right = expr(v, mode, span, left.ty.as_ref())?;
            compare(format!("{l} {word} {}", group(&right, Some(Op::Compare))))
        }
        ("between", Some(lo), 2) => {
            let hi = &call.args[1];
            let lo = expr(lo, mode, span, left.ty.as_ref())?;
            let hi = expr(hi, mode, span, left.ty.as_ref())?;
            compare(format!(
                "{l} BETWEEN {} AND {}",
                group(&lo, Some(Op::Compare)),
                group(&hi, Some(Op::Compare))
            ))
        }
        (other, _, _) => {
            return Err(err(
                span,
                format!("`.{other}(...)` in a SQL expression is not supported yet"),
            ))
        }
    })
}
