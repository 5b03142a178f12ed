//! A small interpreter for the Python migrations are written in, with Python's own
//! semantics where it answers: values ([`Py`]), expressions (`expr`), statements and
//! control flow (`stmt`), builtins and string methods (`builtins`), formatting
//! (`format`), and what a migration does to the outside world — `op.*` calls and
//! `conn.execute(...)` become steps (`effects`).
//!
//! SQLAlchemy objects are not executed: calls are recorded ([`Call`]), and attributes,
//! methods and operators on them are recorded too ([`Py::Attr`], [`Py::Method`],
//! [`Py::BinOp`], [`Py::Unary`]) for the Core compiler (`alembic::core_sql`).
//! Anything else is an [`InputError`] naming the construct and its span; every loop
//! and call counts against a work budget, and calls against a depth budget.

mod builtins;
mod calls;
mod condition;
pub(crate) mod effects;
mod expr;
mod format;
mod methods;
mod stmt;

use rehearse_engine::error::{InputError, Source};
use rehearse_engine::span::{LineIndex, Span};
use rustpython_parser::ast::{self, Ranged};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub use effects::Effects;
pub(crate) use expr::is_opaque;
pub use format::str_repr;

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
    /// list (and, in recorded calls, tuple: the renderers take both alike)
    List(Vec<Py>),
    /// dict (insertion order)
    Dict(Vec<(Py, Py)>),
    /// A reference to a known callable or class, by canonical dotted name
    /// (`sa.Integer`, `postgresql.JSONB`, `op.add_column`, `datetime.date`).
    Name(String),
    /// A call, recorded.
    Call(Box<Call>),
    /// tuple, while the interpreter runs (a recorded call holds it as a list).
    Tuple(Vec<Py>),
    /// set, in insertion order (iterating one is refused: Python's order is the
    /// hash order).
    Set(Vec<Py>),
    /// A function defined in the migration file (an index into the interpreter's
    /// function table).
    Function(usize),
    /// A `class X(enum.Enum)` defined in the file.
    EnumClass(Rc<EnumClass>),
    /// A member of such a class: the class and the member's position.
    EnumMember(Rc<EnumClass>, usize),
    /// Alembic's runtime objects.
    Object(Object),
    /// An attribute of a SQL object, recorded (`t.c`, `t.c.name`).
    Attr(Box<Py>, String),
    /// A method called on a SQL object, recorded (`sa.select(t).where(...)`,
    /// `t.update()`, `t.c.id.in_([1, 2])`); `call.func` is the method's name.
    Method {
        /// The object.
        receiver: Box<Py>,
        /// The method's name and arguments.
        call: Box<Call>,
    },
    /// An operator applied to a SQL object, recorded (`t.c.id == 1`).
    BinOp(Box<Py>, BinOp, Box<Py>),
    /// A unary operator applied to a SQL object, recorded (`~cond`, `-t.c.n`).
    Unary(UnaryOp, Box<Py>),
}

/// An `enum.Enum` subclass: its name and members in order.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumClass {
    /// The class name.
    pub name: String,
    /// (member name, value).
    pub members: Vec<(String, Py)>,
}

/// The runtime objects Alembic hands a migration, as they are in offline mode.
#[derive(Debug, Clone, PartialEq)]
pub enum Object {
    /// `op.get_bind()` / `op.get_context().bind`: in offline mode SQLAlchemy's
    /// `MockConnection`, whose `execute` writes the statement to the script.
    Connection,
    /// `op.get_context()`: the `MigrationContext`.
    Context,
    /// `.dialect` of either: PostgreSQL's.
    Dialect,
    /// What `conn.execute(query)` returns. Offline there are no rows; reading them
    /// would need the sample rows, which the plan does not have yet.
    QueryResult,
    /// A `logging` logger: what it writes does not reach the database, so its calls
    /// do nothing (as `print` does).
    Logger,
    /// The `batch_op` of `with op.batch_alter_table(table) as batch_op:`.
    BatchOps(String),
}

/// Binary operators recorded on SQL objects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    /// `==`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtE,
    /// `>`
    Gt,
    /// `>=`
    GtE,
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Mod,
    /// `&` (SQL AND)
    And,
    /// `|` (SQL OR)
    Or,
}

/// Unary operators recorded on SQL objects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    /// `~x` (SQL NOT)
    Invert,
    /// `-x`
    Neg,
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
            Py::Tuple(_) => "a tuple".into(),
            Py::Set(_) => "a set".into(),
            Py::Dict(_) => "a dict".into(),
            Py::Name(n) => n.clone(),
            Py::Call(c) => format!("{}(...)", c.func),
            Py::Function(_) => "a function".into(),
            Py::EnumClass(c) => format!("the enum class {}", c.name),
            Py::EnumMember(c, i) => format!(
                "{}.{}",
                c.name,
                c.members.get(*i).map(|m| m.0.as_str()).unwrap_or("?")
            ),
            Py::Object(Object::Connection) => "the connection (op.get_bind())".into(),
            Py::Object(Object::Context) => "the migration context".into(),
            Py::Object(Object::Dialect) => "the dialect".into(),
            Py::Object(Object::QueryResult) => "a query's result".into(),
            Py::Object(Object::Logger) => "a logger".into(),
            Py::Object(Object::BatchOps(t)) => format!("the batch operations on {t:?}"),
            Py::Attr(v, a) => format!("{}.{a}", v.describe()),
            Py::Method { receiver, call } => {
                format!("{}.{}(...)", receiver.describe(), call.func)
            }
            Py::BinOp(..) | Py::Unary(..) => "a SQL expression".into(),
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

    /// Whether this is a SQLAlchemy object, on which operators and methods are
    /// recorded rather than evaluated.
    pub fn is_sql(&self) -> bool {
        match self {
            Py::Call(c) => c.func.starts_with("sa.") || c.func.starts_with("postgresql."),
            Py::Name(n) => n.starts_with("sa.func."),
            Py::Attr(..) | Py::Method { .. } | Py::BinOp(..) | Py::Unary(..) => true,
            _ => false,
        }
    }

    /// The value as the renderers take it: tuples become lists, everywhere inside.
    pub fn lowered(self) -> Py {
        match self {
            Py::Tuple(items) | Py::List(items) => {
                Py::List(items.into_iter().map(Py::lowered).collect())
            }
            Py::Dict(items) => Py::Dict(
                items
                    .into_iter()
                    .map(|(k, v)| (k.lowered(), v.lowered()))
                    .collect(),
            ),
            other => other,
        }
    }
}

impl Call {
    /// A keyword argument.
    pub fn kw(&self, name: &str) -> Option<&Py> {
        self.kwargs.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    /// Refuses, naming it, a keyword argument outside `allowed`: one whose effect
    /// the playground does not model.
    pub fn only_kwargs(&self, allowed: &[&str]) -> Result<(), InputError> {
        match self
            .kwargs
            .iter()
            .find(|(k, _)| !allowed.contains(&k.as_str()))
        {
            Some((k, _)) => Err(InputError::new(
                Source::Migration,
                self.span,
                format!(
                    "{}(): the argument {k}= is not supported by the playground",
                    self.func
                ),
            )),
            None => Ok(()),
        }
    }
}

/// Name resolution: the file's imports and variables.
pub struct Names {
    imports: RefCell<HashMap<String, String>>,
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
            imports: RefCell::new(imports),
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
    pub fn import(&self, stmt: &ast::Stmt) {
        let mut imports = self.imports.borrow_mut();
        match stmt {
            ast::Stmt::Import(i) => {
                for alias in &i.names {
                    let module = alias.name.to_string();
                    match &alias.asname {
                        Some(a) => {
                            imports.insert(a.to_string(), canonical_module(&module));
                        }
                        None => {
                            // `import a.b` binds `a`, through which `a.b.X` is reached.
                            let top = module.split('.').next().unwrap_or_default().to_string();
                            imports.insert(top.clone(), canonical_module(&top));
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
                        "alembic.context" => "context".to_string(),
                        "sqlalchemy.dialects.postgresql" => "postgresql".to_string(),
                        // `from sqlalchemy.sql import expression`: a module SQLAlchemy
                        // re-exports at the top.
                        "sqlalchemy.types"
                        | "sqlalchemy.schema"
                        | "sqlalchemy.sql"
                        | "sqlalchemy.sql.expression" => "sa".to_string(),
                        _ => canonical_path(&format!("{}.{name}", canonical_module(&module))),
                    };
                    imports.insert(local, canonical);
                }
            }
            _ => {}
        }
    }

    /// Makes `local` another name for the canonical module `canonical`.
    pub fn alias(&mut self, local: &str, canonical: &str) {
        self.imports
            .borrow_mut()
            .insert(local.to_string(), canonical.to_string());
    }

    /// Binds a variable.
    pub fn set_var(&mut self, name: &str, value: Py) {
        self.vars.insert(name.to_string(), value);
    }

    fn import_of(&self, name: &str) -> Option<String> {
        self.imports.borrow().get(name).cloned()
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
            rt: Runtime::default(),
        },
    ))
}

/// How many statements, loop iterations and calls one migration function may run
/// (a migration runs a few hundred; a runaway `while` is stopped here, located).
pub const MAX_WORK: u64 = 200_000;

/// How deep functions defined in the file may call each other (each Python call
/// nests the interpreter's own recursion, bounded by the stack of a wasm page).
pub const MAX_CALL_DEPTH: usize = 24;

/// A function defined in the file, with its defaults evaluated when `def` ran.
pub(crate) struct Function {
    pub def: Rc<ast::StmtFunctionDef>,
    pub defaults: Vec<(String, Py)>,
    /// For a function defined inside another: the enclosing call's frame (position
    /// and id), whose variables it reads.
    pub enclosing: Option<(usize, u64)>,
}

/// A function call's local variables.
#[derive(Default)]
pub(crate) struct Frame {
    pub vars: HashMap<String, Py>,
    pub globals: HashSet<String>,
    /// This call's id (a frame position is reused by later calls).
    pub id: u64,
    /// The enclosing function's frame, for a nested function (position and id).
    pub parent: Option<(usize, u64)>,
    /// Variables whose list/dict/set another name may also refer to (see
    /// [`Evaluator::share`]).
    pub shared: HashSet<String>,
}

impl Frame {
    /// Marks the parameters holding a list, dict or set as shared: they may be the
    /// caller's objects, and a default persists across calls.
    pub fn share_container_parameters(&mut self) {
        let params: Vec<String> = self
            .vars
            .iter()
            .filter(|(_, v)| is_container(v))
            .map(|(k, _)| k.clone())
            .collect();
        self.shared.extend(params);
    }
}

/// The interpreter's mutable state (behind `&Evaluator`, as the renderers and the
/// model reader hold the evaluator shared).
#[derive(Default)]
pub(crate) struct Runtime {
    pub globals: RefCell<HashMap<String, Py>>,
    pub frames: RefCell<Vec<Frame>>,
    pub functions: RefCell<Vec<Function>>,
    pub work: Cell<u64>,
    pub frame_ids: Cell<u64>,
    pub global_shared: RefCell<HashSet<String>>,
    pub effects: RefCell<Option<Effects>>,
    /// What the user assumes about conditions the interpreter cannot know.
    pub assumptions: RefCell<Vec<crate::assume::Assumption>>,
    /// Those it has used, in the order first used (`condition`).
    pub used_assumptions: RefCell<Vec<crate::assume::Assumption>>,
}

/// Why evaluation stopped: a refusal (the playground cannot run it), a value from
/// outside the file (a refusal the condition it stops may name: `condition`), a Python
/// exception (which `try` may catch), or control flow on its way to its loop or call.
#[derive(Debug)]
pub(crate) enum Fault {
    Refuse(InputError),
    Unknown(Box<condition::Unknown>),
    Raise { class: String, error: InputError },
    Break,
    Continue,
    Return(Py),
}

/// Whether a value holds a list, dict or set (which Python shares between names).
pub(crate) fn is_container(v: &Py) -> bool {
    match v {
        Py::List(_) | Py::Dict(_) | Py::Set(_) => true,
        Py::Tuple(items) => items.iter().any(is_container),
        _ => false,
    }
}

/// Methods Python's str, list, tuple, dict and set have: one the interpreter lacks is
/// refused, not reported as Python's AttributeError.
pub(crate) const PYTHON_METHODS: &[&str] = &[
    "capitalize",
    "casefold",
    "center",
    "count",
    "encode",
    "endswith",
    "expandtabs",
    "find",
    "format",
    "format_map",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdecimal",
    "isdigit",
    "isidentifier",
    "islower",
    "isnumeric",
    "isprintable",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "maketrans",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "translate",
    "upper",
    "zfill",
    "append",
    "clear",
    "copy",
    "extend",
    "insert",
    "pop",
    "remove",
    "reverse",
    "sort",
    "fromkeys",
    "get",
    "items",
    "keys",
    "popitem",
    "setdefault",
    "update",
    "values",
    "add",
    "difference",
    "difference_update",
    "discard",
    "intersection",
    "intersection_update",
    "isdisjoint",
    "issubset",
    "issuperset",
    "symmetric_difference",
    "symmetric_difference_update",
    "union",
];

/// The refusal for changing a shared list, dict or set in place.
pub(crate) fn shared_refusal(name: &str) -> String {
    format!("changing `{name}` in place: another name (a parameter, a loop variable, an alias or a container) may refer to the same object, and the playground copies values where Python shares them; build a new value instead (`{name} = {name} + [...]`)")
}

impl From<InputError> for Fault {
    fn from(e: InputError) -> Self {
        Fault::Refuse(e)
    }
}

impl Fault {
    pub fn into_error(self, ev: &Evaluator, at: Span) -> InputError {
        match self {
            Fault::Refuse(e) | Fault::Raise { error: e, .. } => e,
            Fault::Unknown(unknown) => unknown.error,
            Fault::Break | Fault::Continue => {
                InputError::new(Source::Migration, at, "SyntaxError: 'break' outside loop")
            }
            Fault::Return(_) => {
                let _ = ev;
                InputError::new(
                    Source::Migration,
                    at,
                    "SyntaxError: 'return' outside function",
                )
            }
        }
    }
}

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
    pub(crate) rt: Runtime,
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

    /// A refusal at a node.
    pub(crate) fn refuse(&self, node: &impl Ranged, message: impl Into<String>) -> Fault {
        Fault::Refuse(self.error(node, message))
    }

    /// A Python exception at a node (`class` as Python names it).
    pub(crate) fn raise(&self, node: &impl Ranged, class: &str, message: impl AsRef<str>) -> Fault {
        let message = message.as_ref();
        // A type the interpreter names "object" is a SQLAlchemy or Alembic object whose
        // real Python behaviour (and error) it does not know: refuse, do not invent.
        if message.contains("'object'") {
            return self.refuse(
                node,
                format!(
                    "`{}` is not something the playground can evaluate",
                    self.text(node).lines().next().unwrap_or_default()
                ),
            );
        }
        let text = if message.is_empty() {
            class.to_string()
        } else {
            format!("{class}: {message}")
        };
        Fault::Raise {
            class: class.to_string(),
            error: self.error(node, text),
        }
    }

    /// Evaluates an expression.
    /// The value is as the renderers take it (tuples as lists), and a builtin is named
    /// as written (`int`).
    pub fn eval(&self, e: &ast::Expr) -> Result<Py, InputError> {
        match self.value(e) {
            Ok(Py::Name(n)) if n.starts_with("builtins.") => {
                Ok(Py::Name(n.trim_start_matches("builtins.").to_string()))
            }
            Ok(v) => Ok(v.lowered()),
            Err(f) => Err(f.into_error(self, self.span(e))),
        }
    }

    /// Evaluates an expression, as the interpreter does (faults carry control flow).
    pub(crate) fn value(&self, e: &ast::Expr) -> Result<Py, Fault> {
        self.nested(e, |ev| ev.eval_node(e))
    }

    /// Runs `f` one level deeper. The nesting guard ran on the tokens; this bounds the
    /// recursion itself (expressions, blocks and calls alike), should a tree or a chain
    /// of calls ever be deeper than the tokens suggested.
    pub(crate) fn nested<T>(
        &self,
        node: &impl Ranged,
        f: impl FnOnce(&Self) -> Result<T, Fault>,
    ) -> Result<T, Fault> {
        let depth = self.depth.get();
        if depth >= super::nesting::MAX_PYTHON_NESTING * 2 {
            return Err(self.refuse(
                node,
                format!(
                    "Python code too complex: more than {} levels of expressions, blocks and calls nested",
                    super::nesting::MAX_PYTHON_NESTING * 2
                ),
            ));
        }
        self.depth.set(depth + 1);
        let value = f(self);
        self.depth.set(depth);
        value
    }

    /// Counts one unit of work (a statement, a loop iteration, a call).
    pub(crate) fn tick(&self, node: &impl Ranged) -> Result<(), Fault> {
        let work = self.rt.work.get() + 1;
        self.rt.work.set(work);
        if work > MAX_WORK {
            return Err(self.refuse(
                node,
                format!("the migration runs more than {MAX_WORK} statements, loop iterations and calls (a limit of the playground: is a loop endless?)"),
            ));
        }
        Ok(())
    }

    /// A new frame for a call of a function defined in `enclosing`.
    pub(crate) fn new_frame(&self, enclosing: Option<(usize, u64)>) -> Frame {
        let id = self.rt.frame_ids.get() + 1;
        self.rt.frame_ids.set(id);
        Frame {
            id,
            parent: enclosing,
            ..Frame::default()
        }
    }

    /// Where a function defined now is nested: the current call's frame.
    pub(crate) fn current_frame(&self) -> Option<(usize, u64)> {
        let frames = self.rt.frames.borrow();
        frames.last().map(|f| (frames.len() - 1, f.id))
    }

    /// Starts a new migration function's run: a fresh work budget.
    pub(crate) fn reset_work(&self) {
        self.rt.work.set(0);
    }

    /// A variable's value: the current call's locals, then the module's globals.
    pub(crate) fn var(&self, name: &str) -> Option<Py> {
        let frames = self.rt.frames.borrow();
        let mut at = frames.len().checked_sub(1);
        // The current call, then the calls it is nested in (closures read their
        // enclosing function's variables), then the module.
        while let Some(frame) = at.and_then(|i| frames.get(i)) {
            if frame.globals.contains(name) {
                break;
            }
            if let Some(v) = frame.vars.get(name) {
                return Some(v.clone());
            }
            at = match frame.parent {
                Some((i, id)) if frames.get(i).is_some_and(|f| f.id == id) => Some(i),
                _ => None,
            };
        }
        drop(frames);
        if let Some(v) = self.rt.globals.borrow().get(name) {
            return Some(v.clone());
        }
        self.names.vars.get(name).cloned()
    }

    /// Binds a variable in the current scope (a new object: no longer shared).
    pub(crate) fn set(&self, name: &str, value: Py) {
        let mut frames = self.rt.frames.borrow_mut();
        match frames.last_mut() {
            Some(frame) if !frame.globals.contains(name) => {
                frame.shared.remove(name);
                frame.vars.insert(name.to_string(), value);
            }
            _ => {
                self.rt.global_shared.borrow_mut().remove(name);
                self.rt.globals.borrow_mut().insert(name.to_string(), value);
            }
        }
    }

    /// Where a variable lives: a frame's position, or `None` for the module.
    fn scope_of(&self, name: &str) -> Option<usize> {
        let frames = self.rt.frames.borrow();
        let mut at = frames.len().checked_sub(1);
        while let Some(frame) = at.and_then(|i| frames.get(i)) {
            if frame.globals.contains(name) {
                return None;
            }
            if frame.vars.contains_key(name) {
                return at;
            }
            at = match frame.parent {
                Some((i, id)) if frames.get(i).is_some_and(|f| f.id == id) => Some(i),
                _ => None,
            };
        }
        None
    }

    /// Marks a variable holding a list, dict or set as possibly shared with another
    /// name. The interpreter copies values where Python shares objects, so changing
    /// such a variable in place (`xs.append(...)`, `d[k] = v`, `xs += [...]`) would
    /// miss the other name: it is refused instead (see [`Evaluator::is_shared`]).
    pub(crate) fn share(&self, name: &str) {
        if !self.var(name).is_some_and(|v| is_container(&v)) {
            return;
        }
        match self.scope_of(name) {
            Some(i) => {
                if let Some(frame) = self.rt.frames.borrow_mut().get_mut(i) {
                    frame.shared.insert(name.to_string());
                }
            }
            None => {
                self.rt.global_shared.borrow_mut().insert(name.to_string());
            }
        }
    }

    /// Marks the bare variable names among `exprs` as shared.
    pub(crate) fn share_names<'e>(&self, exprs: impl IntoIterator<Item = &'e ast::Expr>) {
        for e in exprs {
            match e {
                ast::Expr::Name(n) => self.share(n.id.as_str()),
                ast::Expr::Starred(s) => self.share_names([s.value.as_ref()]),
                _ => {}
            }
        }
    }

    /// Whether a variable may be shared with another name (see [`Evaluator::share`]).
    pub(crate) fn is_shared(&self, name: &str) -> bool {
        match self.scope_of(name) {
            Some(i) => self
                .rt
                .frames
                .borrow()
                .get(i)
                .is_some_and(|f| f.shared.contains(name)),
            None => self.rt.global_shared.borrow().contains(name),
        }
    }

    /// Removes a variable from the current scope.
    pub(crate) fn unset(&self, name: &str) -> bool {
        let mut frames = self.rt.frames.borrow_mut();
        match frames.last_mut() {
            Some(frame) if !frame.globals.contains(name) => frame.vars.remove(name).is_some(),
            _ => self.rt.globals.borrow_mut().remove(name).is_some(),
        }
    }

    /// Mutates a variable in place (`xs.append(...)`, `d[k] = v`), where reading it
    /// would find it (a closure changes its enclosing function's list).
    pub(crate) fn with_var_mut<T>(&self, name: &str, f: impl FnOnce(&mut Py) -> T) -> Option<T> {
        {
            let mut frames = self.rt.frames.borrow_mut();
            let mut at = frames.len().checked_sub(1);
            let mut found = None;
            while let Some(frame) = at.and_then(|i| frames.get(i)) {
                if frame.globals.contains(name) {
                    break;
                }
                if frame.vars.contains_key(name) {
                    found = at;
                    break;
                }
                at = match frame.parent {
                    Some((i, id)) if frames.get(i).is_some_and(|f| f.id == id) => Some(i),
                    _ => None,
                };
            }
            if let Some(v) = found
                .and_then(|i| frames.get_mut(i))
                .and_then(|frame| frame.vars.get_mut(name))
            {
                return Some(f(v));
            }
        }
        let mut globals = self.rt.globals.borrow_mut();
        globals.get_mut(name).map(f)
    }

    /// The dotted path of a Name/Attribute chain, resolved through imports (a variable
    /// of the same name hides an import, as in Python).
    pub(crate) fn path(&self, e: &ast::Expr) -> Option<String> {
        // Canonicalised whole: `sa.sql.expression.literal` is `sa.literal`, where a
        // prefix canonicalised first (`sa.sql.expression` → `sa.expression`) would
        // no longer match.
        Some(canonical_path(&self.raw_path(e)?))
    }

    fn raw_path(&self, e: &ast::Expr) -> Option<String> {
        match e {
            ast::Expr::Name(n) => {
                let id = n.id.as_str();
                if self.var(id).is_some() {
                    return None;
                }
                self.names.import_of(id)
            }
            ast::Expr::Attribute(a) => Some(format!("{}.{}", self.raw_path(&a.value)?, a.attr)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests;
