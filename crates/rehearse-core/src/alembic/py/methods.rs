//! The str, list, dict and set methods migrations use; mutating ones change the
//! variable the receiver names.

use super::builtins::{dict_get, dict_set, kw, no_kwargs, py_eq, py_sort, type_name, MAX_LEN};
use super::{Evaluator, Fault, Py};
use rustpython_parser::ast;

fn strs(ev: &Evaluator, c: &ast::ExprCall, v: &Py) -> Result<Vec<String>, Fault> {
    match v {
        Py::Str(s) => Ok(vec![s.clone()]),
        Py::Tuple(items) => items
            .iter()
            .map(|i| match i {
                Py::Str(s) => Ok(s.clone()),
                other => Err(ev.raise(
                    c,
                    "TypeError",
                    format!(
                        "tuple for startswith must only contain str, not {}",
                        type_name(other)
                    ),
                )),
            })
            .collect(),
        other => Err(ev.raise(
            c,
            "TypeError",
            format!(
                "startswith first arg must be str or a tuple of str, not {}",
                type_name(other)
            ),
        )),
    }
}

/// A method of a plain value. Mutating methods need the receiver to be a variable
/// (the interpreter copies values; the variable is updated in place).
pub(crate) fn method(
    ev: &Evaluator,
    c: &ast::ExprCall,
    receiver_expr: &ast::Expr,
    receiver: Py,
    name: &str,
    args: Vec<Py>,
    kwargs: Vec<(String, Py)>,
) -> Result<Py, Fault> {
    let arg = |i: usize| args.get(i).cloned();
    let no_attr = || {
        if super::PYTHON_METHODS.contains(&name) {
            return ev.refuse(
                c,
                format!(
                    "`{}.{name}()` is not supported by the playground",
                    type_name(&receiver)
                ),
            );
        }
        ev.raise(
            c,
            "AttributeError",
            format!(
                "'{}' object has no attribute '{name}'",
                type_name(&receiver)
            ),
        )
    };
    if name == "format" {
        if let Py::Str(s) = &receiver {
            return Ok(Py::Str(ev.str_format(c, s, &args, &kwargs)?));
        }
    }
    no_kwargs(ev, c, name, &kwargs, &["maxsplit", "sep"])?;
    match &receiver {
        Py::Str(s) => {
            let chars_arg = |i: usize| -> Option<Vec<char>> {
                match arg(i) {
                    Some(Py::Str(cs)) => Some(cs.chars().collect()),
                    _ => None,
                }
            };
            let str_arg = |i: usize| -> Result<String, Fault> {
                match arg(i) {
                    Some(Py::Str(x)) => Ok(x),
                    Some(other) => Err(ev.raise(
                        c,
                        "TypeError",
                        format!("must be str, not {}", type_name(&other)),
                    )),
                    None => Err(ev.raise(
                        c,
                        "TypeError",
                        format!("{name}() takes at least 1 argument (0 given)"),
                    )),
                }
            };
            Ok(match name {
                "lower" => Py::Str(s.to_lowercase()),
                "upper" => Py::Str(s.to_uppercase()),
                "strip" | "lstrip" | "rstrip" => {
                    let set = chars_arg(0);
                    let strip = |ch: char| match &set {
                        Some(cs) => cs.contains(&ch),
                        None => ch.is_whitespace(),
                    };
                    Py::Str(
                        match name {
                            "strip" => s.trim_matches(strip),
                            "lstrip" => s.trim_start_matches(strip),
                            _ => s.trim_end_matches(strip),
                        }
                        .to_string(),
                    )
                }
                "replace" => {
                    let (from, to) = (str_arg(0)?, str_arg(1)?);
                    let count = match arg(2) {
                        Some(Py::Int(n)) if n >= 0 => n as usize,
                        _ => usize::MAX,
                    };
                    if from.is_empty() {
                        return Err(ev.refuse(c, "str.replace('') is not supported"));
                    }
                    let out = s.replacen(&from, &to, count);
                    if out.len() > MAX_LEN {
                        return Err(ev.refuse(
                            c,
                            format!(
                                "a value longer than {MAX_LEN} items (a limit of the playground)"
                            ),
                        ));
                    }
                    Py::Str(out)
                }
                "join" => {
                    let items = match arg(0) {
                        Some(v) => ev.iterate(c, v)?,
                        None => {
                            return Err(ev.raise(
                                c,
                                "TypeError",
                                "join() takes exactly one argument (0 given)",
                            ))
                        }
                    };
                    let mut parts = Vec::new();
                    for (i, item) in items.into_iter().enumerate() {
                        match item {
                            Py::Str(p) => parts.push(p),
                            other => {
                                return Err(ev.raise(
                                    c,
                                    "TypeError",
                                    format!(
                                        "sequence item {i}: expected str instance, {} found",
                                        type_name(&other)
                                    ),
                                ))
                            }
                        }
                    }
                    Py::Str(parts.join(s))
                }
                "split" | "rsplit" => {
                    let sep = match arg(0).or_else(|| kw(&kwargs, "sep").cloned()) {
                        Some(Py::Str(x)) if x.is_empty() => {
                            return Err(ev.raise(c, "ValueError", "empty separator"))
                        }
                        Some(Py::Str(x)) => Some(x),
                        _ => None,
                    };
                    let max = match arg(1).or_else(|| kw(&kwargs, "maxsplit").cloned()) {
                        Some(Py::Int(n)) if n >= 0 => Some(n as usize),
                        _ => None,
                    };
                    let parts: Vec<String> = match (&sep, max, name) {
                        (Some(sep), None, _) => s.split(sep.as_str()).map(String::from).collect(),
                        (Some(sep), Some(m), "split") => {
                            s.splitn(m + 1, sep.as_str()).map(String::from).collect()
                        }
                        (Some(sep), Some(m), _) => {
                            let mut p: Vec<String> =
                                s.rsplitn(m + 1, sep.as_str()).map(String::from).collect();
                            p.reverse();
                            p
                        }
                        (None, None, _) => s.split_whitespace().map(String::from).collect(),
                        (None, Some(_), _) => {
                            return Err(ev.refuse(c, "split(None, maxsplit) is not supported"))
                        }
                    };
                    Py::List(parts.into_iter().map(Py::Str).collect())
                }
                "splitlines" => Py::List(s.lines().map(|l| Py::Str(l.to_string())).collect()),
                "startswith" | "endswith" => {
                    let options = strs(ev, c, &arg(0).unwrap_or(Py::None))?;
                    Py::Bool(options.iter().any(|o| {
                        if name == "startswith" {
                            s.starts_with(o.as_str())
                        } else {
                            s.ends_with(o.as_str())
                        }
                    }))
                }
                "title" => {
                    let mut out = String::new();
                    let mut prev_letter = false;
                    for ch in s.chars() {
                        if ch.is_alphabetic() {
                            if prev_letter {
                                out.extend(ch.to_lowercase())
                            } else {
                                out.extend(ch.to_uppercase())
                            }
                            prev_letter = true;
                        } else {
                            out.push(ch);
                            prev_letter = false;
                        }
                    }
                    Py::Str(out)
                }
                "capitalize" => {
                    let mut chars = s.chars();
                    Py::Str(match chars.next() {
                        Some(f) => f
                            .to_uppercase()
                            .chain(chars.flat_map(char::to_lowercase))
                            .collect(),
                        None => String::new(),
                    })
                }
                "zfill" => {
                    let Some(Py::Int(width)) = arg(0) else {
                        return Err(ev.raise(c, "TypeError", "zfill() takes exactly one argument"));
                    };
                    let n = s.chars().count();
                    let width = usize::try_from(width).unwrap_or(0).min(MAX_LEN);
                    if width <= n {
                        Py::Str(s.clone())
                    } else {
                        let (sign, rest) = match s.chars().next() {
                            Some(ch @ ('+' | '-')) => (ch.to_string(), &s[1..]),
                            _ => (String::new(), s.as_str()),
                        };
                        Py::Str(format!("{sign}{}{rest}", "0".repeat(width - n)))
                    }
                }
                "ljust" | "rjust" | "center" => {
                    let Some(Py::Int(width)) = arg(0) else {
                        return Err(ev.raise(
                            c,
                            "TypeError",
                            format!("{name}() takes at least 1 argument"),
                        ));
                    };
                    let fill = match arg(1) {
                        Some(Py::Str(f)) if f.chars().count() == 1 => f,
                        None => " ".into(),
                        _ => {
                            return Err(ev.raise(
                                c,
                                "TypeError",
                                "The fill character must be exactly one character long",
                            ))
                        }
                    };
                    let align = match name {
                        "ljust" => "<",
                        "rjust" => ">",
                        _ => "^",
                    };
                    Py::Str(ev.format_value(c, &receiver, &format!("{fill}{align}{width}"))?)
                }
                "count" => Py::Int(s.matches(str_arg(0)?.as_str()).count() as i64),
                "find" => Py::Int(
                    s.find(str_arg(0)?.as_str())
                        .map(|b| s[..b].chars().count() as i64)
                        .unwrap_or(-1),
                ),
                "isdigit" => Py::Bool(!s.is_empty() && s.chars().all(|ch| ch.is_ascii_digit())),
                "isidentifier" => Py::Bool(
                    s.chars()
                        .next()
                        .is_some_and(|ch| ch.is_alphabetic() || ch == '_')
                        && s.chars().all(|ch| ch.is_alphanumeric() || ch == '_'),
                ),
                "islower" => Py::Bool(
                    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_uppercase),
                ),
                "isupper" => Py::Bool(
                    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase),
                ),
                "removeprefix" => {
                    let p = str_arg(0)?;
                    Py::Str(s.strip_prefix(p.as_str()).unwrap_or(s).to_string())
                }
                "removesuffix" => {
                    let p = str_arg(0)?;
                    Py::Str(s.strip_suffix(p.as_str()).unwrap_or(s).to_string())
                }
                _ => return Err(no_attr()),
            })
        }
        Py::Dict(items) => Ok(match name {
            "items" => Py::List(
                items
                    .iter()
                    .map(|(k, v)| Py::Tuple(vec![k.clone(), v.clone()]))
                    .collect(),
            ),
            "keys" => Py::List(items.iter().map(|(k, _)| k.clone()).collect()),
            "values" => Py::List(items.iter().map(|(_, v)| v.clone()).collect()),
            "get" => dict_get(items, &arg(0).unwrap_or(Py::None))
                .cloned()
                .unwrap_or(arg(1).unwrap_or(Py::None)),
            "copy" => receiver.clone(),
            "update" | "setdefault" | "pop" | "clear" => mutate(ev, c, receiver_expr, name, args)?,
            _ => return Err(no_attr()),
        }),
        Py::List(items) | Py::Tuple(items) => Ok(match name {
            "index" => {
                let v = arg(0).unwrap_or(Py::None);
                match items.iter().position(|i| py_eq(i, &v)) {
                    Some(p) => Py::Int(p as i64),
                    None => {
                        return Err(ev.raise(
                            c,
                            "ValueError",
                            format!("{} is not in list", ev.repr(c, &v)?),
                        ))
                    }
                }
            }
            "count" => {
                let v = arg(0).unwrap_or(Py::None);
                Py::Int(items.iter().filter(|i| py_eq(i, &v)).count() as i64)
            }
            "copy" if matches!(receiver, Py::List(_)) => receiver.clone(),
            "append" | "extend" | "insert" | "pop" | "remove" | "reverse" | "sort" | "clear"
                if matches!(receiver, Py::List(_)) =>
            {
                mutate(ev, c, receiver_expr, name, args)?
            }
            _ => return Err(no_attr()),
        }),
        Py::Set(_) => match name {
            "add" | "discard" | "update" => mutate(ev, c, receiver_expr, name, args),
            _ => Err(no_attr()),
        },
        _ => Err(no_attr()),
    }
}

/// A mutating method, applied to the variable the receiver names.
fn mutate(
    ev: &Evaluator,
    c: &ast::ExprCall,
    receiver_expr: &ast::Expr,
    name: &str,
    args: Vec<Py>,
) -> Result<Py, Fault> {
    let ast::Expr::Name(var) = receiver_expr else {
        return Err(ev.refuse(c, format!("`.{name}()` on `{}`: the playground changes lists, dicts and sets only through a variable's name", ev.text(receiver_expr))));
    };
    if ev.is_shared(var.id.as_str()) {
        return Err(ev.refuse(c, super::shared_refusal(var.id.as_str())));
    }
    // What is stored keeps being the caller's object in Python.
    ev.share_names(c.args.iter());
    let extend_items = match (name, args.first()) {
        ("extend" | "update", Some(v)) if !matches!(v, Py::Dict(_)) => {
            Some(ev.iterate(c, v.clone())?)
        }
        _ => None,
    };
    let result = ev.with_var_mut(var.id.as_str(), |target| -> Result<Py, String> {
        let arg = |i: usize| args.get(i).cloned().unwrap_or(Py::None);
        match target {
            Py::List(items) => match name {
                "append" => items.push(arg(0)),
                "extend" => items.extend(extend_items.unwrap_or_default()),
                "insert" => {
                    let n = items.len() as i64;
                    let at = match arg(0) {
                        Py::Int(i) if i < 0 => (i + n).max(0),
                        Py::Int(i) => i.min(n),
                        _ => n,
                    } as usize;
                    items.insert(at, arg(1));
                }
                "pop" => {
                    let n = items.len() as i64;
                    let at = match args.first() {
                        Some(Py::Int(i)) if *i < 0 => i + n,
                        Some(Py::Int(i)) => *i,
                        _ => n - 1,
                    };
                    if at < 0 || at >= n {
                        return Err("IndexError: pop index out of range".into());
                    }
                    return Ok(items.remove(at as usize));
                }
                "remove" => match items.iter().position(|i| py_eq(i, &arg(0))) {
                    Some(p) => {
                        items.remove(p);
                    }
                    None => return Err("ValueError: list.remove(x): x not in list".into()),
                },
                "reverse" => items.reverse(),
                "clear" => items.clear(),
                // Sorts in place; the guard fails only when the items are incomparable.
                "sort" if !py_sort(items) => {
                    return Err("TypeError: '<' not supported between these values".into());
                }
                _ => {}
            },
            Py::Dict(items) => match name {
                "update" => match args.first() {
                    Some(Py::Dict(more)) => {
                        for (k, v) in more {
                            dict_set(items, k.clone(), v.clone())
                        }
                    }
                    _ => {
                        for p in extend_items.unwrap_or_default() {
                            if let Py::Tuple(kv) | Py::List(kv) = p {
                                if let [k, v] = kv.as_slice() {
                                    dict_set(items, k.clone(), v.clone())
                                }
                            }
                        }
                    }
                },
                "setdefault" => {
                    let k = arg(0);
                    if let Some(v) = dict_get(items, &k) {
                        return Ok(v.clone());
                    }
                    items.push((k, arg(1)));
                    return Ok(arg(1));
                }
                "pop" => {
                    let k = arg(0);
                    return match items.iter().position(|(x, _)| py_eq(x, &k)) {
                        Some(p) => Ok(items.remove(p).1),
                        None if args.len() > 1 => Ok(arg(1)),
                        None => Err("KeyError".into()),
                    };
                }
                "clear" => items.clear(),
                _ => {}
            },
            Py::Set(items) => match name {
                "add" if !items.iter().any(|i| py_eq(i, &arg(0))) => items.push(arg(0)),
                "discard" => items.retain(|i| !py_eq(i, &arg(0))),
                "update" => {
                    for v in extend_items.unwrap_or_default() {
                        if !items.iter().any(|i| py_eq(i, &v)) {
                            items.push(v)
                        }
                    }
                }
                _ => {}
            },
            _ => {}
        }
        Ok(Py::None)
    });
    match result {
        Some(Ok(v)) => Ok(v),
        Some(Err(e)) => {
            let (class, message) = e.split_once(": ").unwrap_or((e.as_str(), ""));
            Err(ev.raise(c, class, message))
        }
        None => Err(ev.refuse(
            c,
            format!("`{}` is not a variable the playground can change", var.id),
        )),
    }
}
