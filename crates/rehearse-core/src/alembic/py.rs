//! A tiny evaluator for the Python a migration's `op` calls are written in: literals,
//! lists/tuples/dicts, names resolved through the file's imports, and calls (recorded,
//! not executed). Anything else is an [`InputError`] naming the construct and its span.

use rehearse_engine::error::{InputError, Source};
use rehearse_engine::span::{LineIndex, Span};
use rustpython_parser::ast::{self, Constant, Ranged};
use std::cell::Cell;
use std::collections::HashMap;

/// A Python value as far as a migration needs one.
#[derive(Debug, Clone, PartialEq)]
pub enum Py {
    /// None
    None,
    /// True / False
    Bool(bool),
    /// int
    Int(i64),
    /// float
    Float(f64),
    /// str
    Str(String),
    /// list or tuple
    List(Vec<Py>),
    /// dict (insertion order)
    Dict(Vec<(Py, Py)>),
    /// A reference to a known callable or class, by canonical dotted name
    /// (`sa.Integer`, `postgresql.JSONB`, `op.add_column`, `datetime.date`).
    Name(String),
    /// A call, recorded.
    Call(Box<Call>),
}

/// A recorded call.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    /// Canonical name of the callee.
    pub func: String,
    /// Positional arguments.
    pub args: Vec<Py>,
    /// Keyword arguments in order.
    pub kwargs: Vec<(String, Py)>,
    /// Where the call starts.
    pub span: Span,
}

impl Py {
    /// A short description for error messages.
    pub fn describe(&self) -> String {
        match self {
            Py::None => "None".into(),
            Py::Bool(b) => if *b { "True" } else { "False" }.into(),
            Py::Int(i) => i.to_string(),
            Py::Float(f) => f.to_string(),
            Py::Str(s) => format!("{s:?}"),
            Py::List(_) => "a list".into(),
            Py::Dict(_) => "a dict".into(),
            Py::Name(n) => n.clone(),
            Py::Call(c) => format!("{}(...)", c.func),
        }
    }

    /// The call, if this is a call to `func` (or a bare reference to it, as with
    /// `sa.Integer` written without parentheses).
    pub fn as_call_of(&self, funcs: &[&str]) -> Option<Call> {
        match self {
            Py::Call(c) if funcs.contains(&c.func.as_str()) => Some((**c).clone()),
            Py::Name(n) if funcs.contains(&n.as_str()) => Some(Call {
                func: n.clone(),
                args: Vec::new(),
                kwargs: Vec::new(),
                span: Span::default(),
            }),
            _ => None,
        }
    }
}

impl Call {
    /// A keyword argument.
    pub fn kw(&self, name: &str) -> Option<&Py> {
        self.kwargs.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }
}

/// Name resolution: the file's imports and variables.
pub struct Names {
    imports: HashMap<String, String>,
    vars: HashMap<String, Py>,
}

impl Default for Names {
    fn default() -> Self {
        let mut imports = HashMap::new();
        for (local, canonical) in [
            ("op", "op"),
            ("sa", "sa"),
            ("sqlalchemy", "sa"),
            ("postgresql", "postgresql"),
            ("datetime", "datetime"),
            ("decimal", "decimal"),
            ("uuid", "uuid"),
        ] {
            imports.insert(local.to_string(), canonical.to_string());
        }
        Names {
            imports,
            vars: HashMap::new(),
        }
    }
}

/// Canonical form of a dotted module path.
fn canonical_module(module: &str) -> String {
    match module {
        "sqlalchemy"
        | "sqlalchemy.types"
        | "sqlalchemy.schema"
        | "sqlalchemy.sql"
        | "sqlalchemy.sql.expression" => "sa".into(),
        "sqlalchemy.dialects.postgresql" => "postgresql".into(),
        "alembic.op" => "op".into(),
        // The add-on packages' submodules re-export into the package: a type or an
        // entity has one canonical name however it was imported.
        m if m == "sqlalchemy_utils" || m.starts_with("sqlalchemy_utils.") => {
            "sqlalchemy_utils".into()
        }
        m if m == "alembic_utils" || m.starts_with("alembic_utils.") => "alembic_utils".into(),
        other => other.to_string(),
    }
}

/// Collapses attribute paths such as `sa.types.Integer` or
/// `sa.dialects.postgresql.JSONB` to their canonical spelling.
fn canonical_path(path: &str) -> String {
    let path = path
        .replace("sa.dialects.postgresql.", "postgresql.")
        .replace("sa.types.", "sa.")
        .replace("sa.schema.", "sa.")
        .replace("sa.sql.expression.", "sa.")
        .replace("sa.sql.", "sa.");
    let path = path.replace("datetime.datetime.", "datetime.");
    // `sqlalchemy_utils.types.uuid.UUIDType` is `sqlalchemy_utils.UUIDType`, and
    // likewise `alembic_utils.pg_function.PGFunction`.
    for package in ["sqlalchemy_utils.", "alembic_utils."] {
        if let Some(rest) = path.strip_prefix(package) {
            if let Some((_, last)) = rest.rsplit_once('.') {
                return format!("{package}{last}");
            }
        }
    }
    path
}

impl Names {
    /// Records an import statement.
    pub fn import(&mut self, stmt: &ast::Stmt) {
        match stmt {
            ast::Stmt::Import(i) => {
                for alias in &i.names {
                    let module = alias.name.to_string();
                    match &alias.asname {
                        Some(a) => {
                            self.imports
                                .insert(a.to_string(), canonical_module(&module));
                        }
                        None => {
                            // `import a.b` binds `a`, through which `a.b.X` is reached.
                            let top = module.split('.').next().unwrap_or_default().to_string();
                            self.imports.insert(top.clone(), canonical_module(&top));
                        }
                    }
                }
            }
            ast::Stmt::ImportFrom(i) => {
                let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                for alias in &i.names {
                    let name = alias.name.to_string();
                    let local = alias
                        .asname
                        .as_ref()
                        .map(|a| a.to_string())
                        .unwrap_or_else(|| name.clone());
                    let full = format!("{module}.{name}");
                    let canonical = match full.as_str() {
                        "alembic.op" => "op".to_string(),
                        "sqlalchemy.dialects.postgresql" => "postgresql".to_string(),
                        _ => canonical_path(&format!("{}.{name}", canonical_module(&module))),
                    };
                    self.imports.insert(local, canonical);
                }
            }
            _ => {}
        }
    }

    /// Makes `local` another name for the canonical module `canonical` (a batch block's
    /// `batch_op` is `op` for `batch_op.f(...)`).
    pub fn alias(&mut self, local: &str, canonical: &str) {
        self.imports
            .insert(local.to_string(), canonical.to_string());
    }

    /// Binds a variable.
    pub fn set_var(&mut self, name: &str, value: Py) {
        self.vars.insert(name.to_string(), value);
    }
}

/// Parses a Python file (`file` names it in the parser) with the default names in
/// scope; a syntax error is an [`InputError`] of `source_name` at its position.
pub fn parse_module<'a>(
    source: &'a str,
    file: &str,
    source_name: Source,
) -> Result<(ast::Suite, Evaluator<'a>), InputError> {
    use rustpython_parser::Parse;
    // Before the parser: the tree it would build could be too deep to evaluate or
    // even drop.
    super::nesting::check(source, source_name)?;
    let index = LineIndex::new(source);
    let suite = ast::Suite::parse(source, file).map_err(|e| {
        InputError::new(
            source_name,
            index.span(e.offset.to_usize()),
            format!("Python syntax error: {}", e.error),
        )
    })?;
    Ok((
        suite,
        Evaluator {
            source,
            index,
            names: Names::default(),
            depth: Cell::new(0),
        },
    ))
}

/// Methods called on a value (`postgresql.ENUM(...).create(bind)`), recorded as the
/// call `<receiver's function>.<method>` with the receiver as first argument;
/// `with_variant` is resolved at once.
const METHODS: &[&str] = &["create", "drop", "with_variant"];

/// Evaluates expressions of one source file.
pub struct Evaluator<'a> {
    /// The source.
    pub source: &'a str,
    /// Offsets → spans.
    pub index: LineIndex<'a>,
    /// Names in scope.
    pub names: Names,
    /// Expressions being evaluated, innermost last (see [`Evaluator::eval`]).
    depth: Cell<usize>,
}

impl<'a> Evaluator<'a> {
    /// The span where a node starts.
    pub fn span(&self, node: &impl Ranged) -> Span {
        self.index.span(node.start().to_usize())
    }

    /// The source text of a node.
    pub fn text(&self, node: &impl Ranged) -> String {
        self.source
            .get(node.start().to_usize()..node.end().to_usize())
            .unwrap_or_default()
            .to_string()
    }

    /// An error at a node.
    pub fn error(&self, node: &impl Ranged, message: impl Into<String>) -> InputError {
        InputError::new(Source::Migration, self.span(node), message)
    }

    /// The dotted path of a Name/Attribute chain, resolved through imports.
    fn path(&self, e: &ast::Expr) -> Option<String> {
        match e {
            ast::Expr::Name(n) => {
                let id = n.id.as_str();
                self.names.imports.get(id).cloned()
            }
            ast::Expr::Attribute(a) => Some(canonical_path(&format!(
                "{}.{}",
                self.path(&a.value)?,
                a.attr
            ))),
            _ => None,
        }
    }

    /// Evaluates an expression.
    pub fn eval(&self, e: &ast::Expr) -> Result<Py, InputError> {
        // The nesting guard ran on the tokens; this bounds the recursion itself, should
        // a tree ever be deeper than the tokens suggested.
        let depth = self.depth.get();
        if depth >= super::nesting::MAX_PYTHON_NESTING {
            return Err(self.error(
                e,
                format!(
                    "Python expression too complex: more than {} levels nested",
                    super::nesting::MAX_PYTHON_NESTING
                ),
            ));
        }
        self.depth.set(depth + 1);
        let value = self.eval_node(e);
        self.depth.set(depth);
        value
    }

    fn eval_node(&self, e: &ast::Expr) -> Result<Py, InputError> {
        Ok(match e {
            ast::Expr::Constant(c) => match &c.value {
                Constant::None => Py::None,
                Constant::Bool(b) => Py::Bool(*b),
                Constant::Str(s) => Py::Str(s.clone()),
                Constant::Int(i) => Py::Int(
                    i.to_string()
                        .parse()
                        .map_err(|_| self.error(e, "integer literal too large"))?,
                ),
                Constant::Float(f) => Py::Float(*f),
                _ => {
                    return Err(self.error(
                        e,
                        format!("the literal `{}` is not supported here", self.text(e)),
                    ))
                }
            },
            ast::Expr::List(l) => Py::List(
                l.elts
                    .iter()
                    .map(|x| self.eval(x))
                    .collect::<Result<_, _>>()?,
            ),
            ast::Expr::Tuple(t) => Py::List(
                t.elts
                    .iter()
                    .map(|x| self.eval(x))
                    .collect::<Result<_, _>>()?,
            ),
            ast::Expr::Dict(d) => {
                let mut items = Vec::new();
                for (k, v) in d.keys.iter().zip(&d.values) {
                    let Some(k) = k else {
                        return Err(self.error(e, "`**` unpacking in a dict is not supported"));
                    };
                    items.push((self.eval(k)?, self.eval(v)?));
                }
                Py::Dict(items)
            }
            ast::Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub) => {
                match self.eval(&u.operand)? {
                    Py::Int(i) => Py::Int(-i),
                    Py::Float(f) => Py::Float(-f),
                    _ => {
                        return Err(self.error(
                            e,
                            format!("cannot negate `{}`", self.text(u.operand.as_ref())),
                        ))
                    }
                }
            }
            ast::Expr::BinOp(b) if matches!(b.op, ast::Operator::Add) => {
                match (self.eval(&b.left)?, self.eval(&b.right)?) {
                    (Py::Str(x), Py::Str(y)) => Py::Str(x + &y),
                    (Py::Int(x), Py::Int(y)) => Py::Int(x + y),
                    _ => {
                        return Err(self.error(
                            e,
                            format!("the expression `{}` is not supported", self.text(e)),
                        ))
                    }
                }
            }
            ast::Expr::Name(n) => {
                if let Some(v) = self.names.vars.get(n.id.as_str()) {
                    v.clone()
                } else if let Some(p) = self.path(e) {
                    Py::Name(p)
                } else {
                    return Err(self.error(
                        e,
                        format!("name `{}` is not defined in this migration", n.id),
                    ));
                }
            }
            ast::Expr::Attribute(_) => match self.path(e) {
                Some(p) => Py::Name(p),
                None => {
                    return Err(self.error(
                        e,
                        format!("`{}` is not something the playground can run", self.text(e)),
                    ))
                }
            },
            ast::Expr::Call(c) if matches!(c.func.as_ref(), ast::Expr::Attribute(a) if a.attr.as_str() == "bindparams") =>
            {
                // sa.text("... :x ...").bindparams(x=...): the text call, with its values.
                let ast::Expr::Attribute(attr) = c.func.as_ref() else {
                    return Err(self.error(e, "expected `.bindparams`"));
                };
                let Py::Call(mut text) = self.eval(&attr.value)? else {
                    return Err(self.error(e, "`.bindparams()` is only supported on sa.text(...)"));
                };
                if text.func != "sa.text" {
                    return Err(self.error(e, "`.bindparams()` is only supported on sa.text(...)"));
                }
                if !c.args.is_empty() {
                    return Err(self.error(e, "`.bindparams(sa.bindparam(...))` is not supported; pass values as keywords: `.bindparams(name=value)`"));
                }
                let mut values = Vec::new();
                for k in &c.keywords {
                    let Some(name) = &k.arg else {
                        return Err(self.error(k, "`**` unpacking in a call is not supported"));
                    };
                    values.push((Py::Str(name.to_string()), self.eval(&k.value)?));
                }
                text.kwargs.push(("bindparams".into(), Py::Dict(values)));
                Py::Call(text)
            }
            ast::Expr::Call(c)
                if self.path(&c.func).is_none()
                    && matches!(c.func.as_ref(), ast::Expr::Attribute(a) if METHODS.contains(&a.attr.as_str())) =>
            {
                self.method_call(e, c)?
            }
            ast::Expr::Call(c) => {
                let func = match self.path(&c.func) {
                    Some(p) => p,
                    None => {
                        return Err(self.error(
                            e,
                            format!(
                                "the call `{}` is not something the playground can run",
                                self.text(c.func.as_ref())
                            ),
                        ))
                    }
                };
                let mut args = Vec::new();
                for a in &c.args {
                    if matches!(a, ast::Expr::Starred(_)) {
                        return Err(self.error(a, "`*` unpacking in a call is not supported"));
                    }
                    args.push(self.eval(a)?);
                }
                let mut kwargs = Vec::new();
                for k in &c.keywords {
                    let Some(name) = &k.arg else {
                        return Err(self.error(k, "`**` unpacking in a call is not supported"));
                    };
                    kwargs.push((name.to_string(), self.eval(&k.value)?));
                }
                Py::Call(Box::new(Call {
                    func,
                    args,
                    kwargs,
                    span: self.span(e),
                }))
            }
            other => {
                let kind = match other {
                    ast::Expr::JoinedStr(_) => "an f-string",
                    ast::Expr::Compare(_) => "a comparison",
                    ast::Expr::Lambda(_) => "a lambda",
                    ast::Expr::ListComp(_)
                    | ast::Expr::GeneratorExp(_)
                    | ast::Expr::DictComp(_) => "a comprehension",
                    _ => "this expression",
                };
                return Err(self.error(
                    e,
                    format!(
                        "{kind} (`{}`) is not something the playground can evaluate",
                        self.text(e)
                    ),
                ));
            }
        })
    }

    /// `receiver.method(args)` for [`METHODS`].
    fn method_call(&self, e: &ast::Expr, c: &ast::ExprCall) -> Result<Py, InputError> {
        let ast::Expr::Attribute(attr) = c.func.as_ref() else {
            return Err(self.error(e, "expected a method call"));
        };
        let Py::Call(receiver) = self.eval(&attr.value)? else {
            return Err(self.error(
                e,
                format!(
                    "the call `{}` is not something the playground can run",
                    self.text(c.func.as_ref())
                ),
            ));
        };
        let mut args = Vec::new();
        for a in &c.args {
            if matches!(a, ast::Expr::Starred(_)) {
                return Err(self.error(a, "`*` unpacking in a call is not supported"));
            }
            args.push(self.eval(a)?);
        }
        let mut kwargs = Vec::new();
        for k in &c.keywords {
            let Some(name) = &k.arg else {
                return Err(self.error(k, "`**` unpacking in a call is not supported"));
            };
            kwargs.push((name.to_string(), self.eval(&k.value)?));
        }
        if attr.attr.as_str() == "with_variant" {
            // TypeEngine.with_variant(type_, *dialect_names): the variant is the type on
            // those dialects only.
            let Some((variant, names)) = args.split_first() else {
                return Err(self.error(e, "with_variant() needs a type and dialect names"));
            };
            let mut for_postgresql = false;
            for n in names {
                match n {
                    Py::Str(n) => for_postgresql |= n == "postgresql",
                    other => {
                        return Err(self.error(
                            e,
                            format!(
                                "with_variant(): dialect names must be strings, found {}",
                                other.describe()
                            ),
                        ))
                    }
                }
            }
            if names.is_empty() || !kwargs.is_empty() {
                return Err(self.error(e, "with_variant() needs a type and dialect names"));
            }
            return Ok(if for_postgresql {
                variant.clone()
            } else {
                Py::Call(receiver)
            });
        }
        let func = format!("{}.{}", receiver.func, attr.attr);
        args.insert(0, Py::Call(receiver));
        Ok(Py::Call(Box::new(Call {
            func,
            args,
            kwargs,
            span: self.span(e),
        })))
    }
}
