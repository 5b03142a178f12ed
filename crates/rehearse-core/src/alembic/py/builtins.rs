//! Python's builtins, operators and the str/list/dict methods migrations use.

use super::format::str_repr;
use super::{Evaluator, Fault, Py};
use rustpython_parser::ast;
use std::cmp::Ordering;

/// The longest string or list an operation may build (`"x" * n`, `range(n)`).
pub(crate) const MAX_LEN: usize = 1_000_000;

/// Python's type name, for messages.
pub(crate) fn type_name(v: &Py) -> &'static str {
    match v {
        Py::None => "NoneType",
        Py::Bool(_) => "bool",
        Py::Int(_) => "int",
        Py::Float(_) => "float",
        Py::Str(_) => "str",
        Py::List(_) => "list",
        Py::Tuple(_) => "tuple",
        Py::Set(_) => "set",
        Py::Dict(_) => "dict",
        Py::Function(_) => "function",
        Py::EnumClass(_) => "EnumType",
        Py::EnumMember(..) => "object",
        _ => "object",
    }
}

/// Truth value; `None` where Python would raise (a SQL expression).
pub(crate) fn truthy(v: &Py) -> Option<bool> {
    Some(match v {
        Py::None => false,
        Py::Bool(b) => *b,
        Py::Int(i) => *i != 0,
        Py::Float(f) => *f != 0.0,
        Py::Str(s) => !s.is_empty(),
        Py::List(l) | Py::Tuple(l) | Py::Set(l) => !l.is_empty(),
        Py::Dict(d) => !d.is_empty(),
        Py::Object(super::Object::QueryResult) => return None,
        Py::Attr(..) | Py::Method { .. } | Py::BinOp(..) | Py::Unary(..) => return None,
        _ => true,
    })
}

fn number(v: &Py) -> Option<f64> {
    match v {
        Py::Int(i) => Some(*i as f64),
        Py::Bool(b) => Some(*b as i64 as f64),
        Py::Float(f) => Some(*f),
        _ => None,
    }
}

/// `a == b`.
pub(crate) fn py_eq(a: &Py, b: &Py) -> bool {
    match (a, b) {
        (Py::Int(x), Py::Int(y)) => x == y,
        (Py::List(x), Py::List(y)) | (Py::Tuple(x), Py::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| py_eq(a, b))
        }
        (Py::Set(x), Py::Set(y)) => {
            x.len() == y.len() && x.iter().all(|a| y.iter().any(|b| py_eq(a, b)))
        }
        (Py::Dict(x), Py::Dict(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| dict_get(y, k).is_some_and(|w| py_eq(v, w)))
        }
        _ => match (number(a), number(b)) {
            (Some(x), Some(y)) => x == y,
            _ => a == b,
        },
    }
}

/// `a is b`, for the singletons and enum members a migration compares.
pub(crate) fn py_is(a: &Py, b: &Py) -> bool {
    match (a, b) {
        (Py::None, Py::None) => true,
        (Py::Bool(x), Py::Bool(y)) => x == y,
        (Py::EnumMember(..), Py::EnumMember(..)) => a == b,
        _ => false,
    }
}

/// Sorts as `sorted()` and `list.sort()` do (stable); `false` when two items cannot
/// be compared (Python's TypeError).
pub(crate) fn py_sort(items: &mut [Py]) -> bool {
    let mut failed = false;
    items.sort_by(|a, b| {
        py_cmp(a, b).unwrap_or_else(|| {
            failed = true;
            Ordering::Equal
        })
    });
    !failed
}

/// Ordering for `<` and `sorted`.
pub(crate) fn py_cmp(a: &Py, b: &Py) -> Option<Ordering> {
    match (a, b) {
        (Py::Int(x), Py::Int(y)) => Some(x.cmp(y)),
        (Py::Str(x), Py::Str(y)) => Some(x.cmp(y)),
        (Py::List(x), Py::List(y)) | (Py::Tuple(x), Py::Tuple(y)) => {
            for (a, b) in x.iter().zip(y) {
                if !py_eq(a, b) {
                    return py_cmp(a, b);
                }
            }
            Some(x.len().cmp(&y.len()))
        }
        _ => number(a)?.partial_cmp(&number(b)?),
    }
}

pub(crate) fn dict_get<'v>(items: &'v [(Py, Py)], key: &Py) -> Option<&'v Py> {
    items.iter().find(|(k, _)| py_eq(k, key)).map(|(_, v)| v)
}

pub(crate) fn dict_set(items: &mut Vec<(Py, Py)>, key: Py, value: Py) {
    match items.iter_mut().find(|(k, _)| py_eq(k, &key)) {
        Some(slot) => slot.1 = value,
        None => items.push((key, value)),
    }
}

/// `value[lo:hi:step]`.
pub(crate) fn slice(
    ev: &Evaluator,
    e: &ast::Expr,
    value: Py,
    lo: Option<i64>,
    hi: Option<i64>,
    step: Option<i64>,
) -> Result<Py, Fault> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(ev.raise(e, "ValueError", "slice step cannot be zero"));
    }
    let pick = |n: usize| -> Vec<usize> {
        let n = n as i64;
        let clamp = |v: i64, low: i64, high: i64| v.clamp(low, high);
        let norm = |v: i64| if v < 0 { v + n } else { v };
        let mut out = Vec::new();
        if step > 0 {
            let (mut i, end) = (
                clamp(norm(lo.unwrap_or(0)), 0, n),
                clamp(norm(hi.unwrap_or(n)), 0, n),
            );
            while i < end {
                out.push(i as usize);
                i += step;
            }
        } else {
            let (mut i, end) = (
                clamp(lo.map(norm).unwrap_or(n - 1), -1, n - 1),
                clamp(hi.map(norm).unwrap_or(-1), -1, n - 1),
            );
            while i > end {
                out.push(i as usize);
                i += step;
            }
        }
        out
    };
    Ok(match value {
        Py::Str(s) => {
            let chars: Vec<char> = s.chars().collect();
            Py::Str(
                pick(chars.len())
                    .into_iter()
                    .filter_map(|i| chars.get(i))
                    .collect(),
            )
        }
        Py::List(items) => Py::List(
            pick(items.len())
                .into_iter()
                .filter_map(|i| items.get(i).cloned())
                .collect(),
        ),
        Py::Tuple(items) => Py::Tuple(
            pick(items.len())
                .into_iter()
                .filter_map(|i| items.get(i).cloned())
                .collect(),
        ),
        other => {
            return Err(ev.raise(
                e,
                "TypeError",
                format!("'{}' object is not subscriptable", type_name(&other)),
            ))
        }
    })
}

/// Arithmetic on plain values.
pub(crate) fn arithmetic(
    ev: &Evaluator,
    e: &ast::Expr,
    l: Py,
    op: ast::Operator,
    r: Py,
) -> Result<Py, Fault> {
    use ast::Operator as O;
    let too_big = || ev.refuse(e, "integer beyond 64 bits (the playground's limit)");
    let unsupported = |l: &Py, r: &Py| {
        ev.raise(
            e,
            "TypeError",
            format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op_text(op),
                type_name(l),
                type_name(r)
            ),
        )
    };
    let int = |v: &Py| match v {
        Py::Int(i) => Some(*i),
        Py::Bool(b) => Some(*b as i64),
        _ => None,
    };
    Ok(match (op, &l, &r) {
        (O::Add, Py::Str(a), Py::Str(b)) => Py::Str(format!("{a}{b}")),
        (O::Add, Py::List(a), Py::List(b)) => Py::List(a.iter().chain(b).cloned().collect()),
        (O::Add, Py::Tuple(a), Py::Tuple(b)) => Py::Tuple(a.iter().chain(b).cloned().collect()),
        (O::Mult, Py::Str(s), Py::Int(n)) | (O::Mult, Py::Int(n), Py::Str(s)) => {
            let n = usize::try_from(*n).unwrap_or(0);
            if s.len().saturating_mul(n) > MAX_LEN {
                return Err(too_long(ev, e));
            }
            Py::Str(s.repeat(n))
        }
        (O::Mult, Py::List(s), Py::Int(n)) | (O::Mult, Py::Int(n), Py::List(s)) => {
            let n = usize::try_from(*n).unwrap_or(0);
            if s.len().saturating_mul(n) > MAX_LEN {
                return Err(too_long(ev, e));
            }
            Py::List(s.iter().cloned().cycle().take(s.len() * n).collect())
        }
        (O::Mod, Py::Str(s), args) => Py::Str(ev.percent(e, s, args)?),
        (O::BitOr, Py::Dict(a), Py::Dict(b)) => {
            let mut items = a.clone();
            for (k, v) in b {
                dict_set(&mut items, k.clone(), v.clone());
            }
            Py::Dict(items)
        }
        _ => match (int(&l), int(&r)) {
            (Some(a), Some(b)) => match op {
                O::Add => Py::Int(a.checked_add(b).ok_or_else(too_big)?),
                O::Sub => Py::Int(a.checked_sub(b).ok_or_else(too_big)?),
                O::Mult => Py::Int(a.checked_mul(b).ok_or_else(too_big)?),
                O::Div if b == 0 => {
                    return Err(ev.raise(e, "ZeroDivisionError", "division by zero"))
                }
                O::Div => Py::Float(a as f64 / b as f64),
                O::FloorDiv | O::Mod if b == 0 => {
                    return Err(ev.raise(
                        e,
                        "ZeroDivisionError",
                        "integer division or modulo by zero",
                    ))
                }
                O::FloorDiv => Py::Int(a.div_euclid(b) - i64::from(b < 0 && a.rem_euclid(b) != 0)),
                O::Mod => {
                    Py::Int(a - b * (a.div_euclid(b) - i64::from(b < 0 && a.rem_euclid(b) != 0)))
                }
                O::Pow if b >= 0 => Py::Int(
                    a.checked_pow(u32::try_from(b).map_err(|_| too_big())?)
                        .ok_or_else(too_big)?,
                ),
                O::Pow => Py::Float((a as f64).powf(b as f64)),
                O::BitAnd => Py::Int(a & b),
                O::BitOr => Py::Int(a | b),
                O::BitXor => Py::Int(a ^ b),
                _ => return Err(unsupported(&l, &r)),
            },
            _ => match (number(&l), number(&r)) {
                (Some(a), Some(b)) => match op {
                    O::Add => Py::Float(a + b),
                    O::Sub => Py::Float(a - b),
                    O::Mult => Py::Float(a * b),
                    O::Div | O::FloorDiv | O::Mod if b == 0.0 => {
                        return Err(ev.raise(e, "ZeroDivisionError", "float division by zero"))
                    }
                    O::Div => Py::Float(a / b),
                    O::FloorDiv => Py::Float((a / b).floor()),
                    O::Mod => Py::Float(a - b * (a / b).floor()),
                    O::Pow => Py::Float(a.powf(b)),
                    _ => return Err(unsupported(&l, &r)),
                },
                _ => return Err(unsupported(&l, &r)),
            },
        },
    })
}

fn too_long(ev: &Evaluator, e: &ast::Expr) -> Fault {
    ev.refuse(
        e,
        format!("a value longer than {MAX_LEN} items (a limit of the playground)"),
    )
}

fn op_text(op: ast::Operator) -> &'static str {
    use ast::Operator as O;
    match op {
        O::Add => "+",
        O::Sub => "-",
        O::Mult => "*",
        O::Div => "/",
        O::FloorDiv => "//",
        O::Mod => "%",
        O::Pow => "** or pow()",
        O::BitAnd => "&",
        O::BitOr => "|",
        O::BitXor => "^",
        _ => "the operator",
    }
}

pub(crate) fn no_kwargs(
    ev: &Evaluator,
    c: &ast::ExprCall,
    name: &str,
    kwargs: &[(String, Py)],
    allowed: &[&str],
) -> Result<(), Fault> {
    match kwargs.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
        Some((k, _)) => Err(ev.raise(
            c,
            "TypeError",
            format!("{name}() got an unexpected keyword argument '{k}'"),
        )),
        None => Ok(()),
    }
}

pub(crate) fn kw<'v>(kwargs: &'v [(String, Py)], name: &str) -> Option<&'v Py> {
    kwargs.iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

/// A builtin function (or `textwrap.dedent`, `json.dumps`).
pub(crate) fn call(
    ev: &Evaluator,
    c: &ast::ExprCall,
    name: &str,
    args: Vec<Py>,
    kwargs: Vec<(String, Py)>,
) -> Result<Py, Fault> {
    let allowed: &[&str] = match name {
        "sorted" => &["key", "reverse"],
        "min" | "max" => &["default"],
        "enumerate" => &["start"],
        "print" => &["sep", "end", "file", "flush"],
        "json.dumps" => &["sort_keys", "indent", "ensure_ascii", "default"],
        "dict" => &[],
        _ => &[],
    };
    if name != "dict" {
        no_kwargs(ev, c, name, &kwargs, allowed)?;
    }
    let arg = |i: usize| args.get(i).cloned();
    let one = || -> Result<Py, Fault> {
        arg(0).ok_or_else(|| {
            ev.raise(
                c,
                "TypeError",
                format!("{name}() takes exactly one argument (0 given)"),
            )
        })
    };
    let iter = |v: Py| ev.iterate(c, v);
    Ok(match name {
        "print" => Py::None,
        "map" | "filter" => {
            let mut args = args.into_iter();
            let (Some(f), Some(first)) = (args.next(), args.next()) else {
                return Err(ev.raise(
                    c,
                    "TypeError",
                    format!("{name}() must have at least two arguments."),
                ));
            };
            let mut lists = vec![iter(first)?];
            if name == "map" {
                for more in args {
                    lists.push(iter(more)?);
                }
            }
            let n = lists.iter().map(Vec::len).min().unwrap_or(0);
            let mut out = Vec::new();
            for i in 0..n {
                ev.tick(c)?;
                let items: Vec<Py> = lists.iter().map(|l| l[i].clone()).collect();
                if name == "map" {
                    out.push(ev.call_value(c, f.clone(), items, Vec::new())?);
                } else {
                    let item = items.into_iter().next().unwrap_or(Py::None);
                    let keep = match &f {
                        Py::None => ev.truth(c, &item)?,
                        f => {
                            let r = ev.call_value(c, f.clone(), vec![item.clone()], Vec::new())?;
                            ev.truth(c, &r)?
                        }
                    };
                    if keep {
                        out.push(item);
                    }
                }
            }
            Py::List(out)
        }
        "len" => Py::Int(match one()? {
            Py::Str(s) => s.chars().count(),
            Py::List(l) | Py::Tuple(l) | Py::Set(l) => l.len(),
            Py::Dict(d) => d.len(),
            other => {
                return Err(ev.raise(
                    c,
                    "TypeError",
                    format!("object of type '{}' has no len()", type_name(&other)),
                ))
            }
        } as i64),
        "str" => Py::Str(match arg(0) {
            Some(v) => ev.to_str(c, &v)?,
            None => String::new(),
        }),
        "repr" => Py::Str(ev.repr(c, &one()?)?),
        "int" => match arg(0).unwrap_or(Py::Int(0)) {
            Py::Int(i) => Py::Int(i),
            Py::Bool(b) => Py::Int(b as i64),
            Py::Float(f) if f.is_finite() && f.abs() < 9.2e18 => Py::Int(f.trunc() as i64),
            Py::Str(s) => Py::Int(s.trim().replace('_', "").parse().map_err(|_| {
                ev.raise(
                    c,
                    "ValueError",
                    format!("invalid literal for int() with base 10: {}", str_repr(&s)),
                )
            })?),
            other => {
                return Err(ev.raise(
                    c,
                    "TypeError",
                    format!(
                        "int() argument must be a string or a number, not '{}'",
                        type_name(&other)
                    ),
                ))
            }
        },
        "float" => match arg(0).unwrap_or(Py::Float(0.0)) {
            Py::Str(s) => Py::Float(s.trim().parse().map_err(|_| {
                ev.raise(
                    c,
                    "ValueError",
                    format!("could not convert string to float: {}", str_repr(&s)),
                )
            })?),
            v => Py::Float(number(&v).ok_or_else(|| {
                ev.raise(
                    c,
                    "TypeError",
                    format!(
                        "float() argument must be a string or a real number, not '{}'",
                        type_name(&v)
                    ),
                )
            })?),
        },
        "bool" => Py::Bool(match arg(0) {
            Some(v) => ev.truth(c, &v)?,
            None => false,
        }),
        "abs" => match one()? {
            Py::Int(i) => Py::Int(
                i.checked_abs()
                    .ok_or_else(|| ev.refuse(c, "integer beyond 64 bits"))?,
            ),
            Py::Float(f) => Py::Float(f.abs()),
            other => {
                return Err(ev.raise(
                    c,
                    "TypeError",
                    format!("bad operand type for abs(): '{}'", type_name(&other)),
                ))
            }
        },
        "round" => match (arg(0), arg(1)) {
            (Some(Py::Int(i)), _) => Py::Int(i),
            (Some(Py::Float(f)), None) => {
                let r = f.round();
                // Python rounds half to even.
                let r = if (f - f.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
                    r - f.signum()
                } else {
                    r
                };
                Py::Int(r as i64)
            }
            _ => return Err(ev.refuse(c, "round() with digits is not supported")),
        },
        "list" => Py::List(match arg(0) {
            Some(v) => iter(v)?,
            None => Vec::new(),
        }),
        "tuple" => Py::Tuple(match arg(0) {
            Some(v) => iter(v)?,
            None => Vec::new(),
        }),
        "set" | "frozenset" => {
            let mut items: Vec<Py> = Vec::new();
            let source = match arg(0) {
                Some(Py::Set(s)) => s,
                Some(v) => iter(v)?,
                None => Vec::new(),
            };
            for v in source {
                if !items.iter().any(|i| py_eq(i, &v)) {
                    items.push(v);
                }
            }
            Py::Set(items)
        }
        "dict" => {
            let mut items = Vec::new();
            if let Some(v) = arg(0) {
                let pairs = match v {
                    Py::Dict(d) => d.into_iter().map(|(k, v)| Py::Tuple(vec![k, v])).collect(),
                    other => iter(other)?,
                };
                for p in pairs {
                    let (Py::Tuple(kv) | Py::List(kv)) = p else {
                        return Err(ev.raise(
                            c,
                            "TypeError",
                            "cannot convert dictionary update sequence element to a sequence",
                        ));
                    };
                    let [k, v] = <[Py; 2]>::try_from(kv).map_err(|_| {
                        ev.raise(
                            c,
                            "ValueError",
                            "dictionary update sequence element has the wrong length",
                        )
                    })?;
                    dict_set(&mut items, k, v);
                }
            }
            for (k, v) in kwargs {
                dict_set(&mut items, Py::Str(k), v);
            }
            Py::Dict(items)
        }
        "min" | "max" | "sum" | "any" | "all" | "sorted" | "reversed" => {
            let items = match (name, args.len()) {
                ("min" | "max", n) if n > 1 => args.clone(),
                (_, _) => match one()? {
                    Py::Set(s) if name != "reversed" => s,
                    v => iter(v)?,
                },
            };
            match name {
                "sum" => {
                    let mut total = arg(1).unwrap_or(Py::Int(0));
                    for i in items {
                        total = arithmetic(
                            ev,
                            &ast::Expr::Call(c.clone()),
                            total,
                            ast::Operator::Add,
                            i,
                        )?;
                    }
                    total
                }
                "any" | "all" => {
                    let mut result = name == "all";
                    for i in &items {
                        if ev.truth(c, i)? != result {
                            result = !result;
                            break;
                        }
                    }
                    Py::Bool(result)
                }
                "reversed" => Py::List(items.into_iter().rev().collect()),
                "sorted" => {
                    if kw(&kwargs, "key").is_some_and(|k| *k != Py::None) {
                        return Err(ev.refuse(c, "sorted(key=...) is not supported"));
                    }
                    let mut items = items;
                    if !py_sort(&mut items) {
                        return Err(ev.raise(
                            c,
                            "TypeError",
                            "'<' not supported between these values",
                        ));
                    }
                    if kw(&kwargs, "reverse").is_some_and(|r| truthy(r) == Some(true)) {
                        items.reverse();
                    }
                    Py::List(items)
                }
                _ => {
                    let mut best: Option<Py> = None;
                    for i in items {
                        let better = match &best {
                            None => true,
                            Some(b) => {
                                let ord = py_cmp(&i, b).ok_or_else(|| {
                                    ev.raise(
                                        c,
                                        "TypeError",
                                        "'<' not supported between these values",
                                    )
                                })?;
                                if name == "min" {
                                    ord.is_lt()
                                } else {
                                    ord.is_gt()
                                }
                            }
                        };
                        if better {
                            best = Some(i);
                        }
                    }
                    match (best, kw(&kwargs, "default")) {
                        (Some(b), _) => b,
                        (None, Some(d)) => d.clone(),
                        (None, None) => {
                            return Err(ev.raise(
                                c,
                                "ValueError",
                                format!("{name}() iterable argument is empty"),
                            ))
                        }
                    }
                }
            }
        }
        "range" => {
            let ints: Vec<i64> = args
                .iter()
                .map(|a| match a {
                    Py::Int(i) => Ok(*i),
                    other => Err(ev.raise(
                        c,
                        "TypeError",
                        format!(
                            "'{}' object cannot be interpreted as an integer",
                            type_name(other)
                        ),
                    )),
                })
                .collect::<Result<_, _>>()?;
            let (start, stop, step) = match ints.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                _ => {
                    return Err(ev.raise(
                        c,
                        "TypeError",
                        format!("range expected at most 3 arguments, got {}", ints.len()),
                    ))
                }
            };
            if step == 0 {
                return Err(ev.raise(c, "ValueError", "range() arg 3 must not be zero"));
            }
            let len = if step > 0 {
                (stop - start).max(0) / step + i64::from((stop - start).max(0) % step != 0)
            } else {
                (start - stop).max(0) / -step + i64::from((start - stop).max(0) % -step != 0)
            };
            if len as usize > MAX_LEN {
                return Err(ev.refuse(
                    c,
                    format!("range() of more than {MAX_LEN} items (a limit of the playground)"),
                ));
            }
            Py::List((0..len).map(|i| Py::Int(start + i * step)).collect())
        }
        "zip" => {
            let lists = args.into_iter().map(iter).collect::<Result<Vec<_>, _>>()?;
            let n = lists.iter().map(Vec::len).min().unwrap_or(0);
            Py::List(
                (0..n)
                    .map(|i| Py::Tuple(lists.iter().map(|l| l[i].clone()).collect()))
                    .collect(),
            )
        }
        "enumerate" => {
            let start = match arg(1).or_else(|| kw(&kwargs, "start").cloned()) {
                Some(Py::Int(i)) => i,
                _ => 0,
            };
            Py::List(
                iter(one()?)?
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| Py::Tuple(vec![Py::Int(start + i as i64), v]))
                    .collect(),
            )
        }
        "isinstance" => {
            let (Some(v), Some(Py::Name(t))) = (arg(0), arg(1)) else {
                return Err(ev.refuse(c, "isinstance() with this type is not supported"));
            };
            let t = t.trim_start_matches("builtins.");
            Py::Bool(match t {
                "str" | "int" | "float" | "bool" | "list" | "tuple" | "dict" | "set" => {
                    type_name(&v) == t || (t == "int" && matches!(v, Py::Bool(_)))
                }
                _ => return Err(ev.refuse(c, format!("isinstance(..., {t}) is not supported"))),
            })
        }
        "textwrap.dedent" => match one()? {
            Py::Str(s) => Py::Str(dedent(&s)),
            other => {
                return Err(ev.raise(
                    c,
                    "TypeError",
                    format!("expected str, got {}", type_name(&other)),
                ))
            }
        },
        "json.dumps" => {
            if kwargs
                .iter()
                .any(|(k, v)| k != "ensure_ascii" && k != "sort_keys" && *v != Py::None)
            {
                return Err(ev.refuse(c, "json.dumps() with indent= or default= is not supported"));
            }
            let ascii = kw(&kwargs, "ensure_ascii").is_none_or(|v| truthy(v) != Some(false));
            let sort = kw(&kwargs, "sort_keys").is_some_and(|v| truthy(v) == Some(true));
            Py::Str(json(ev, c, &one()?, ascii, sort)?)
        }
        other => {
            return Err(ev.refuse(
                c,
                format!("`{other}()` is not something the playground can run"),
            ))
        }
    })
}

/// `textwrap.dedent`: the longest common leading whitespace removed; whitespace-only
/// lines normalised to empty.
fn dedent(s: &str) -> String {
    let lines: Vec<&str> = s.split('\n').collect();
    let margin = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| &l[..l.len() - l.trim_start_matches([' ', '\t']).len()])
        .fold(None::<&str>, |acc, m| match acc {
            None => Some(m),
            Some(a) => Some(&a[..a.chars().zip(m.chars()).take_while(|(x, y)| x == y).count()]),
        })
        .unwrap_or("");
    lines
        .iter()
        .map(|l| {
            if l.trim().is_empty() {
                ""
            } else {
                l.strip_prefix(margin).unwrap_or(l)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn json(
    ev: &Evaluator,
    c: &ast::ExprCall,
    v: &Py,
    ascii: bool,
    sort: bool,
) -> Result<String, Fault> {
    Ok(match v {
        Py::None => "null".into(),
        Py::Bool(b) => b.to_string(),
        Py::Int(i) => i.to_string(),
        Py::Float(f) if f.is_finite() => crate::alembic::sa::python_float(*f),
        Py::Float(f) => if f.is_nan() {
            "NaN"
        } else if *f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .into(),
        Py::Str(s) => {
            let mut out = String::from('"');
            for ch in s.chars() {
                match ch {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\t' => out.push_str("\\t"),
                    '\u{8}' => out.push_str("\\b"),
                    '\u{c}' => out.push_str("\\f"),
                    c if (c as u32) < 0x20 || (ascii && c as u32 > 0x7e) => {
                        let mut buf = [0u16; 2];
                        for unit in c.encode_utf16(&mut buf) {
                            out.push_str(&format!("\\u{unit:04x}"));
                        }
                    }
                    c => out.push(c),
                }
            }
            out.push('"');
            out
        }
        Py::List(items) | Py::Tuple(items) => format!(
            "[{}]",
            items
                .iter()
                .map(|i| json(ev, c, i, ascii, sort))
                .collect::<Result<Vec<_>, _>>()?
                .join(", ")
        ),
        Py::Dict(items) => {
            let mut parts = Vec::new();
            for (k, v) in items {
                let key = match k {
                    Py::Str(s) => s.clone(),
                    Py::Int(i) => i.to_string(),
                    Py::Bool(b) => b.to_string(),
                    Py::None => "null".into(),
                    other => {
                        return Err(ev.raise(
                            c,
                            "TypeError",
                            format!(
                                "keys must be str, int, float, bool or None, not {}",
                                type_name(other)
                            ),
                        ))
                    }
                };
                parts.push((
                    key.clone(),
                    format!(
                        "{}: {}",
                        json(ev, c, &Py::Str(key), ascii, sort)?,
                        json(ev, c, v, ascii, sort)?
                    ),
                ));
            }
            if sort {
                parts.sort_by(|a, b| a.0.cmp(&b.0));
            }
            format!(
                "{{{}}}",
                parts
                    .into_iter()
                    .map(|p| p.1)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
        other => {
            return Err(ev.raise(
                c,
                "TypeError",
                format!(
                    "Object of type {} is not JSON serializable",
                    type_name(other)
                ),
            ))
        }
    })
}
