//! Expressions: literals, names, attributes, subscripts, operators, comparisons,
//! conditional expressions and comprehensions (calls are `calls.rs`), with Python's
//! semantics; on
//! SQLAlchemy objects, operators, attributes and methods are recorded instead.

use super::builtins::{self, truthy};
use super::{BinOp, Call, Evaluator, Fault, Object, Py, UnaryOp};
use rustpython_parser::ast::{self, Constant, Ranged};
use std::rc::Rc;

/// Names Python's builtins module provides that the interpreter runs.
const BUILTINS: &[&str] = &[
    "map",
    "filter",
    "len",
    "str",
    "int",
    "float",
    "bool",
    "list",
    "tuple",
    "dict",
    "set",
    "min",
    "max",
    "sum",
    "any",
    "all",
    "sorted",
    "reversed",
    "range",
    "zip",
    "enumerate",
    "repr",
    "abs",
    "print",
    "isinstance",
    "round",
    "frozenset",
];

/// Python's other builtins: using one is a refusal, not a NameError.
const PYTHON_BUILTINS: &[&str] = &[
    "aiter",
    "anext",
    "ascii",
    "bin",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "issubclass",
    "iter",
    "locals",
    "memoryview",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "property",
    "setattr",
    "slice",
    "staticmethod",
    "super",
    "type",
    "vars",
    "__import__",
    "BaseException",
    "OSError",
    "ImportError",
    "ModuleNotFoundError",
    "OverflowError",
    "UnicodeError",
    "Warning",
    "UserWarning",
    "DeprecationWarning",
    "SystemExit",
    "KeyboardInterrupt",
    "GeneratorExit",
    "StopAsyncIteration",
    "FileNotFoundError",
    "PermissionError",
    "TimeoutError",
    "ConnectionError",
    "RecursionError",
    "__name__",
    "__file__",
    "__doc__",
];

/// Python exception classes a migration may raise or catch.
pub(crate) const EXCEPTIONS: &[&str] = &[
    "Exception",
    "ValueError",
    "TypeError",
    "KeyError",
    "IndexError",
    "AttributeError",
    "ZeroDivisionError",
    "NameError",
    "RuntimeError",
    "AssertionError",
    "NotImplementedError",
    "LookupError",
    "ArithmeticError",
    "StopIteration",
];

impl Evaluator<'_> {
    pub(crate) fn eval_node(&self, e: &ast::Expr) -> Result<Py, Fault> {
        Ok(match e {
            ast::Expr::Constant(c) => self.constant(e, &c.value)?,
            ast::Expr::List(l) => {
                self.share_names(&l.elts);
                Py::List(self.elements(&l.elts)?)
            }
            ast::Expr::Tuple(t) => {
                self.share_names(&t.elts);
                Py::Tuple(self.elements(&t.elts)?)
            }
            ast::Expr::Set(s) => {
                let mut items: Vec<Py> = Vec::new();
                for v in self.elements(&s.elts)? {
                    if !items.iter().any(|i| builtins::py_eq(i, &v)) {
                        items.push(v);
                    }
                }
                Py::Set(items)
            }
            ast::Expr::Dict(d) => {
                let mut items: Vec<(Py, Py)> = Vec::new();
                self.share_names(&d.values);
                for (k, v) in d.keys.iter().zip(&d.values) {
                    match k {
                        Some(k) => {
                            let (k, v) = (self.value(k)?, self.value(v)?);
                            builtins::dict_set(&mut items, k, v);
                        }
                        None => match self.value(v)? {
                            Py::Dict(more) => {
                                for (k, v) in more {
                                    builtins::dict_set(&mut items, k, v);
                                }
                            }
                            other => {
                                return Err(self.raise(
                                    v,
                                    "TypeError",
                                    format!(
                                        "'{}' object is not a mapping",
                                        builtins::type_name(&other)
                                    ),
                                ))
                            }
                        },
                    }
                }
                Py::Dict(items)
            }
            ast::Expr::Name(n) => self.name(e, n.id.as_str())?,
            ast::Expr::Attribute(a) => match self.path(e) {
                // Operations' own context, reached through its private proxy (as
                // some revisions do): the same MigrationContext as op.get_context().
                Some(p) if p.starts_with(PROXY_CONTEXT) => {
                    let mut v = Py::Object(Object::Context);
                    for attr in p[PROXY_CONTEXT.len()..]
                        .split('.')
                        .filter(|s| !s.is_empty())
                    {
                        v = self.attribute(e, v, attr)?;
                    }
                    v
                }
                Some(p) => Py::Name(p),
                None => {
                    let value = self.value(&a.value)?;
                    self.attribute(e, value, a.attr.as_str())?
                }
            },
            ast::Expr::Subscript(s) => {
                let value = self.value(&s.value)?;
                if let ast::Expr::Slice(sl) = s.slice.as_ref() {
                    let bound = |b: &Option<Box<ast::Expr>>| -> Result<Option<i64>, Fault> {
                        match b {
                            None => Ok(None),
                            Some(b) => match self.value(b)? {
                                Py::Int(i) => Ok(Some(i)),
                                Py::None => Ok(None),
                                _ => Err(self.raise(
                                    b.as_ref(),
                                    "TypeError",
                                    "slice indices must be integers or None",
                                )),
                            },
                        }
                    };
                    let (lo, hi, step) = (bound(&sl.lower)?, bound(&sl.upper)?, bound(&sl.step)?);
                    builtins::slice(self, e, value, lo, hi, step)?
                } else {
                    let index = self.value(&s.slice)?;
                    self.subscript(e, value, index)?
                }
            }
            ast::Expr::BinOp(b) => {
                let (l, r) = (self.value(&b.left)?, self.value(&b.right)?);
                self.binary(e, l, b.op, r)?
            }
            ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                Py::Bool(!self.condition(&u.operand)?)
            }
            ast::Expr::UnaryOp(u) => {
                let v = self.value(&u.operand)?;
                match (u.op, v) {
                    (ast::UnaryOp::USub, v) if v.is_sql() => Py::Unary(UnaryOp::Neg, Box::new(v)),
                    (ast::UnaryOp::Invert, v) if v.is_sql() => {
                        Py::Unary(UnaryOp::Invert, Box::new(v))
                    }
                    (ast::UnaryOp::USub, Py::Int(i)) => Py::Int(
                        i.checked_neg()
                            .ok_or_else(|| self.refuse(e, "integer beyond 64 bits"))?,
                    ),
                    (ast::UnaryOp::USub, Py::Float(f)) => Py::Float(-f),
                    (ast::UnaryOp::USub, Py::Bool(b)) => Py::Int(-(b as i64)),
                    (ast::UnaryOp::UAdd, v @ (Py::Int(_) | Py::Float(_))) => v,
                    (ast::UnaryOp::Invert, Py::Int(i)) => Py::Int(!i),
                    (_, v) => {
                        return Err(self.raise(
                            e,
                            "TypeError",
                            format!(
                                "bad operand type for unary operator: '{}'",
                                builtins::type_name(&v)
                            ),
                        ))
                    }
                }
            }
            ast::Expr::BoolOp(b) => {
                // The first operand that decides it (falsy for `and`, truthy for
                // `or`) is the result, else the last.
                let decides_when = b.op == ast::BoolOp::Or;
                let mut last = Py::None;
                for (i, v) in b.values.iter().enumerate() {
                    if i + 1 == b.values.len() {
                        last = self.value(v)?;
                        break;
                    }
                    let (t, value) = self.bool_operand(v, decides_when)?;
                    if t == decides_when {
                        last = value;
                        break;
                    }
                }
                last
            }
            ast::Expr::Compare(c) => {
                let mut left = self.value(&c.left)?;
                let mut result = Py::Bool(true);
                for (op, right) in c.ops.iter().zip(&c.comparators) {
                    let right = self.value(right)?;
                    result = self.compare(e, &left, *op, &right)?;
                    if result.is_sql() {
                        if c.ops.len() > 1 {
                            return Err(self.refuse(
                                e,
                                "a chained comparison of SQL expressions is not supported",
                            ));
                        }
                        return Ok(result);
                    }
                    if !self.truth(e, &result)? {
                        return Ok(result);
                    }
                    left = right;
                }
                result
            }
            ast::Expr::IfExp(i) => {
                if self.condition(&i.test)? {
                    self.value(&i.body)?
                } else {
                    self.value(&i.orelse)?
                }
            }
            ast::Expr::Call(c) => self.call(c)?,
            ast::Expr::JoinedStr(j) => {
                let mut out = String::new();
                for part in &j.values {
                    match part {
                        ast::Expr::Constant(ast::ExprConstant {
                            value: Constant::Str(s),
                            ..
                        }) => out.push_str(s),
                        ast::Expr::FormattedValue(f) => out.push_str(&self.formatted(f)?),
                        other => match self.value(other)? {
                            Py::Str(s) => out.push_str(&s),
                            v => out.push_str(&self.to_str(other, &v)?),
                        },
                    }
                }
                Py::Str(out)
            }
            ast::Expr::FormattedValue(f) => Py::Str(self.formatted(f)?),
            ast::Expr::ListComp(c) => {
                Py::List(self.comprehension(&c.generators, &mut |ev| ev.value(&c.elt))?)
            }
            ast::Expr::GeneratorExp(c) => {
                Py::List(self.comprehension(&c.generators, &mut |ev| ev.value(&c.elt))?)
            }
            ast::Expr::SetComp(c) => {
                let mut items: Vec<Py> = Vec::new();
                for v in self.comprehension(&c.generators, &mut |ev| ev.value(&c.elt))? {
                    if !items.iter().any(|i| builtins::py_eq(i, &v)) {
                        items.push(v);
                    }
                }
                Py::Set(items)
            }
            ast::Expr::DictComp(c) => {
                let pairs = self.comprehension(&c.generators, &mut |ev| {
                    Ok(Py::Tuple(vec![ev.value(&c.key)?, ev.value(&c.value)?]))
                })?;
                let mut items = Vec::new();
                for p in pairs {
                    if let Py::Tuple(mut kv) = p {
                        if let (Some(v), Some(k)) = (kv.pop(), kv.pop()) {
                            builtins::dict_set(&mut items, k, v);
                        }
                    }
                }
                Py::Dict(items)
            }
            other => {
                let kind = match other {
                    ast::Expr::Lambda(_) => "a lambda",
                    ast::Expr::Starred(_) => "`*` unpacking here",
                    ast::Expr::Await(_) | ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) => {
                        "`await`/`yield`"
                    }
                    ast::Expr::NamedExpr(_) => "an assignment expression (`:=`)",
                    _ => "this expression",
                };
                return Err(self.refuse(
                    e,
                    format!(
                        "{kind} (`{}`) is not something the playground can evaluate",
                        self.text(e)
                    ),
                ));
            }
        })
    }

    fn constant(&self, e: &ast::Expr, c: &Constant) -> Result<Py, Fault> {
        Ok(match c {
            Constant::None => Py::None,
            Constant::Bool(b) => Py::Bool(*b),
            Constant::Str(s) => Py::Str(s.clone()),
            Constant::Int(i) => Py::Int(
                i.to_string()
                    .parse()
                    .map_err(|_| self.refuse(e, "integer literal too large"))?,
            ),
            Constant::Float(f) => Py::Float(*f),
            Constant::Tuple(items) => Py::Tuple(
                items
                    .iter()
                    .map(|c| self.constant(e, c))
                    .collect::<Result<_, _>>()?,
            ),
            _ => {
                return Err(self.refuse(
                    e,
                    format!("the literal `{}` is not supported here", self.text(e)),
                ))
            }
        })
    }

    /// The items of a list/tuple/set display, with `*iterable` spread.
    pub(crate) fn elements(&self, elts: &[ast::Expr]) -> Result<Vec<Py>, Fault> {
        let mut out = Vec::new();
        for x in elts {
            match x {
                ast::Expr::Starred(s) => {
                    let v = self.value(&s.value)?;
                    out.extend(self.iterate(x, v)?);
                }
                _ => out.push(self.value(x)?),
            }
        }
        Ok(out)
    }

    fn name(&self, e: &ast::Expr, id: &str) -> Result<Py, Fault> {
        if let Some(v) = self.var(id) {
            return Ok(v);
        }
        if let Some(p) = self.path(e) {
            return Ok(Py::Name(p));
        }
        if BUILTINS.contains(&id) || EXCEPTIONS.contains(&id) {
            return Ok(Py::Name(format!("builtins.{id}")));
        }
        if id.starts_with("__") && id.ends_with("__") {
            // `__name__`, `__file__`: set by the loader (Alembic names the module after
            // the file), which the playground does not model.
            return Err(self.unknown(
                e,
                format!("`{id}` (set when Alembic loads the file)"),
                format!(
                    "`{id}` (set when Alembic loads the file) is not modelled by the playground"
                ),
            ));
        }

        if PYTHON_BUILTINS.contains(&id) {
            return Err(self.refuse(
                e,
                format!("the builtin `{id}` is not supported by the playground"),
            ));
        }
        Err(self.raise(e, "NameError", format!("name '{id}' is not defined")))
    }

    /// Python's truth value; a SQL expression has none (SQLAlchemy raises).
    pub(crate) fn truth(&self, node: &impl Ranged, v: &Py) -> Result<bool, Fault> {
        if is_opaque(v) {
            return Err(self.unknown(node, opaque_what(v), opaque_message(&self.text(node), v)));
        }
        match truthy(v) {
            Some(b) => Ok(b),
            None if matches!(v, Py::Object(Object::QueryResult)) => {
                Err(self.refuse(node, QUERY_RESULT))
            }
            None => Err(self.raise(
                node,
                "TypeError",
                "Boolean value of this clause is not defined",
            )),
        }
    }

    pub(crate) fn attribute(&self, e: &ast::Expr, value: Py, attr: &str) -> Result<Py, Fault> {
        let no_attr = |ty: &str| {
            self.raise(
                e,
                "AttributeError",
                format!("'{ty}' object has no attribute '{attr}'"),
            )
        };
        Ok(match (&value, attr) {
            (Py::Object(Object::Connection), "dialect") => Py::Object(Object::Dialect),
            (Py::Object(Object::Connection), "engine") => Py::Object(Object::Connection),
            // MockConnection.name: its dialect's name.
            (Py::Object(Object::Connection), "name") => Py::Str("postgresql".into()),
            (Py::Object(Object::Connection), _) => return Err(no_attr("MockConnection")),
            (Py::Object(Object::Context), "bind" | "connection") => Py::Object(Object::Connection),
            (Py::Object(Object::Context), "dialect") => Py::Object(Object::Dialect),
            (Py::Object(Object::Context), "as_sql") => Py::Bool(true),
            // The options the project's env.py passed to `context.configure()`: its
            // own `target_metadata` (the stock env.py's None would be a guess).
            (Py::Object(Object::Context), "opts") => {
                return Err(self.refuse(
                    e,
                    format!(
                        "`{}` is the project's env.py configuration (its target_metadata, ...), which the playground cannot know",
                        self.text(e)
                    ),
                ))
            }
            (Py::Object(Object::Dialect), "name") => Py::Str("postgresql".into()),
            // Class attributes every PostgreSQL dialect (psycopg2, psycopg, asyncpg,
            // pg8000) shares, whatever the driver or server.
            (
                Py::Object(Object::Dialect),
                "supports_sequences"
                | "sequences_optional"
                | "supports_native_enum"
                | "supports_native_boolean"
                | "supports_alter"
                | "supports_identity_columns"
                | "supports_comments",
            ) => Py::Bool(true),
            (Py::Object(Object::QueryResult), _) => return Err(self.refuse(e, QUERY_RESULT)),
            (Py::Object(_), _) => {
                return Err(self.refuse(
                    e,
                    format!("`{}` is not something the playground models", self.text(e)),
                ))
            }
            (Py::EnumClass(c), _) => match c.members.iter().position(|(n, _)| n == attr) {
                Some(i) => Py::EnumMember(c.clone(), i),
                None => {
                    return Err(self.raise(
                        e,
                        "AttributeError",
                        format!("type object '{}' has no attribute '{attr}'", c.name),
                    ))
                }
            },
            (Py::EnumMember(c, i), "value") => {
                c.members.get(*i).map(|m| m.1.clone()).unwrap_or(Py::None)
            }
            (Py::EnumMember(c, i), "name") => {
                Py::Str(c.members.get(*i).map(|m| m.0.clone()).unwrap_or_default())
            }
            (v, _) if v.is_sql() => Py::Attr(Box::new(value), attr.to_string()),
            // An oslo.db type decorator's implementation type (`JsonEncodedDict(...).impl`),
            // resolved by the type renderer.
            (Py::Call(c), "impl") if c.func.starts_with("oslo_db.sqlalchemy.types.") => {
                Py::Attr(Box::new(value), attr.to_string())
            }
            (v, _) if super::PYTHON_METHODS.contains(&attr) => {
                return Err(self.refuse(
                    e,
                    format!(
                        "`{}` (a {} method not called at once) is not supported by the playground",
                        self.text(e),
                        builtins::type_name(v)
                    ),
                ))
            }
            (v, _) => return Err(no_attr(builtins::type_name(v))),
        })
    }

    fn subscript(&self, e: &ast::Expr, value: Py, index: Py) -> Result<Py, Fault> {
        match (&value, &index) {
            (Py::List(items) | Py::Tuple(items), Py::Int(i)) => {
                let n = items.len() as i64;
                let at = if *i < 0 { i + n } else { *i };
                match usize::try_from(at).ok().and_then(|at| items.get(at)) {
                    Some(v) => Ok(v.clone()),
                    None => Err(self.raise(
                        e,
                        "IndexError",
                        format!("{} index out of range", builtins::type_name(&value)),
                    )),
                }
            }
            (Py::Str(s), Py::Int(i)) => {
                let chars: Vec<char> = s.chars().collect();
                let n = chars.len() as i64;
                let at = if *i < 0 { i + n } else { *i };
                match usize::try_from(at).ok().and_then(|at| chars.get(at)) {
                    Some(c) => Ok(Py::Str(c.to_string())),
                    None => Err(self.raise(e, "IndexError", "string index out of range")),
                }
            }
            (Py::Dict(items), _) => match builtins::dict_get(items, &index) {
                Some(v) => Ok(v.clone()),
                None => Err(self.raise(e, "KeyError", self.repr(e, &index)?)),
            },
            (Py::EnumClass(c), Py::Str(name)) => {
                match c.members.iter().position(|(n, _)| n == name) {
                    Some(i) => Ok(Py::EnumMember(c.clone(), i)),
                    None => Err(self.raise(e, "KeyError", self.repr(e, &index)?)),
                }
            }
            // t.c["name"] is t.c.name.
            (Py::Attr(_, c), Py::Str(name)) if c == "c" => {
                Ok(Py::Attr(Box::new(value.clone()), name.clone()))
            }
            (v, _) if v.is_sql() => Ok(Py::Method {
                receiver: Box::new(value.clone()),
                call: Box::new(Call {
                    func: "__getitem__".into(),
                    args: vec![index.lowered()],
                    kwargs: Vec::new(),
                    span: self.span(e),
                }),
            }),
            _ => Err(self.raise(
                e,
                "TypeError",
                format!(
                    "'{}' object is not subscriptable",
                    builtins::type_name(&value)
                ),
            )),
        }
    }

    /// `left <op> right`.
    pub(crate) fn binary(
        &self,
        e: &ast::Expr,
        l: Py,
        op: ast::Operator,
        r: Py,
    ) -> Result<Py, Fault> {
        if l.is_sql() || r.is_sql() {
            let op = match op {
                ast::Operator::Add => BinOp::Add,
                ast::Operator::Sub => BinOp::Sub,
                ast::Operator::Mult => BinOp::Mul,
                ast::Operator::Div => BinOp::Div,
                ast::Operator::Mod => BinOp::Mod,
                ast::Operator::BitAnd => BinOp::And,
                ast::Operator::BitOr => BinOp::Or,
                _ => {
                    return Err(self.refuse(
                        e,
                        format!(
                            "the operator in `{}` is not supported on SQL expressions",
                            self.text(e)
                        ),
                    ))
                }
            };
            return Ok(Py::BinOp(Box::new(l.lowered()), op, Box::new(r.lowered())));
        }
        builtins::arithmetic(self, e, l, op, r)
    }

    fn compare(&self, e: &ast::Expr, l: &Py, op: ast::CmpOp, r: &Py) -> Result<Py, Fault> {
        use ast::CmpOp as C;
        let sql = matches!(op, C::Eq | C::NotEq | C::Lt | C::LtE | C::Gt | C::GtE)
            && (l.is_sql() || r.is_sql());
        if sql {
            let op = match op {
                C::Eq => BinOp::Eq,
                C::NotEq => BinOp::NotEq,
                C::Lt => BinOp::Lt,
                C::LtE => BinOp::LtE,
                C::Gt => BinOp::Gt,
                _ => BinOp::GtE,
            };
            return Ok(Py::BinOp(
                Box::new(l.clone().lowered()),
                op,
                Box::new(r.clone().lowered()),
            ));
        }
        if let Some(v) = [l, r].into_iter().find(|v| is_opaque(v)) {
            return Err(self.unknown(e, opaque_what(v), opaque_message(&self.text(e), v)));
        }
        Ok(Py::Bool(match op {
            C::Eq => builtins::py_eq(l, r),
            C::NotEq => !builtins::py_eq(l, r),
            C::Is => builtins::py_is(l, r),
            C::IsNot => !builtins::py_is(l, r),
            C::In => self.contains(e, r, l)?,
            C::NotIn => !self.contains(e, r, l)?,
            C::Lt | C::LtE | C::Gt | C::GtE => {
                let ord = builtins::py_cmp(l, r).ok_or_else(|| {
                    self.raise(
                        e,
                        "TypeError",
                        format!(
                            "'<' not supported between instances of '{}' and '{}'",
                            builtins::type_name(l),
                            builtins::type_name(r)
                        ),
                    )
                })?;
                match op {
                    C::Lt => ord.is_lt(),
                    C::LtE => ord.is_le(),
                    C::Gt => ord.is_gt(),
                    _ => ord.is_ge(),
                }
            }
        }))
    }

    /// `needle in haystack`.
    pub(crate) fn contains(
        &self,
        e: &ast::Expr,
        haystack: &Py,
        needle: &Py,
    ) -> Result<bool, Fault> {
        match (haystack, needle) {
            (Py::Str(h), Py::Str(n)) => Ok(h.contains(n.as_str())),
            (Py::List(items) | Py::Tuple(items) | Py::Set(items), _) => {
                Ok(items.iter().any(|i| builtins::py_eq(i, needle)))
            }
            (Py::Dict(items), _) => Ok(builtins::dict_get(items, needle).is_some()),
            (Py::EnumClass(c), Py::EnumMember(m, _)) => Ok(Rc::ptr_eq(c, m) || **c == **m),
            _ => Err(self.raise(
                e,
                "TypeError",
                format!(
                    "argument of type '{}' is not iterable",
                    builtins::type_name(haystack)
                ),
            )),
        }
    }

    /// The items a `for` walks.
    pub(crate) fn iterate(&self, node: &impl Ranged, v: Py) -> Result<Vec<Py>, Fault> {
        Ok(match v {
            Py::List(items) | Py::Tuple(items) => items,
            Py::Str(s) => s.chars().map(|c| Py::Str(c.to_string())).collect(),
            Py::Dict(items) => items.into_iter().map(|(k, _)| k).collect(),
            Py::Set(items) if items.len() <= 1 => items,
            Py::Set(_) => {
                return Err(self.refuse(
                    node,
                    "iterating over a set: Python's order depends on hashing (PYTHONHASHSEED), so the steps' order is not known; iterate over `sorted(...)` or a list",
                ))
            }
            Py::EnumClass(c) => (0..c.members.len()).map(|i| Py::EnumMember(c.clone(), i)).collect(),
            Py::Object(Object::QueryResult) => return Err(self.refuse(node, QUERY_RESULT)),
            other => {
                return Err(self.raise(
                    node,
                    "TypeError",
                    format!("'{}' object is not iterable", builtins::type_name(&other)),
                ))
            }
        })
    }

    /// Runs a comprehension's loops, collecting `elt` for each round; the loop
    /// variables are the comprehension's own (restored afterwards, as Python 3 scopes
    /// them).
    fn comprehension(
        &self,
        generators: &[ast::Comprehension],
        elt: &mut dyn FnMut(&Self) -> Result<Py, Fault>,
    ) -> Result<Vec<Py>, Fault> {
        let mut names = Vec::new();
        for g in generators {
            super::stmt::target_names(&g.target, &mut names);
        }
        let saved: Vec<(String, Option<Py>)> =
            names.iter().map(|n| (n.clone(), self.var(n))).collect();
        let mut out = Vec::new();
        let result = self.generate(generators, elt, &mut out);
        for (name, value) in saved {
            match value {
                Some(v) => self.set(&name, v),
                None => {
                    self.unset(&name);
                }
            }
        }
        result.map(|()| out)
    }

    fn generate(
        &self,
        generators: &[ast::Comprehension],
        elt: &mut dyn FnMut(&Self) -> Result<Py, Fault>,
        out: &mut Vec<Py>,
    ) -> Result<(), Fault> {
        let Some((g, rest)) = generators.split_first() else {
            out.push(elt(self)?);
            return Ok(());
        };
        let items = {
            let v = self.value(&g.iter)?;
            self.iterate(&g.iter, v)?
        };
        'items: for item in items {
            self.tick(&g.iter)?;
            let container = super::is_container(&item);
            self.assign(&g.target, item)?;
            if container {
                let mut names = Vec::new();
                super::stmt::target_names(&g.target, &mut names);
                names.iter().for_each(|n| self.share(n));
            }
            for cond in &g.ifs {
                let c = self.value(cond)?;
                if !self.truth(cond, &c)? {
                    continue 'items;
                }
            }
            self.nested(&g.iter, |ev| ev.generate(rest, elt, out))?;
        }
        Ok(())
    }
}

/// The refusal for reading what a query returned.
pub(crate) const QUERY_RESULT: &str = "reading query results (`.fetchall()`, `.scalar()`, `.first()`, iterating) needs the sample rows; not yet simulated";

/// `op._proxy.migration_context`: the Operations object's MigrationContext.
const PROXY_CONTEXT: &str = "op._proxy.migration_context";

/// A value the interpreter only names (an attribute of a module it does not model, the
/// result of a function from outside the file): its truth or equality is unknown, and
/// guessing it would run (or skip) the wrong branch.
pub(crate) fn is_opaque(v: &Py) -> bool {
    match v {
        Py::Name(n) => !n.starts_with("sa.") && !n.starts_with("postgresql."),
        Py::Call(c) => ![
            "sa.",
            "postgresql.",
            "op.",
            "sqlalchemy_utils.",
            "alembic_utils.",
        ]
        .iter()
        .any(|p| c.func.starts_with(p)),
        _ => false,
    }
}

/// An opaque value, as a message names it.
fn opaque_what(v: &Py) -> String {
    match v {
        Py::Call(c) => format!("the result of `{}(...)`", c.func),
        other => format!("`{}`", other.describe()),
    }
}

fn opaque_message(text: &str, v: &Py) -> String {
    let what = opaque_what(v);
    format!(
        "`{}` depends on {what}, which Rehearse cannot evaluate (it comes from outside the migration file), so it cannot tell which way this goes",
        text.lines().next().unwrap_or_default()
    )
}
