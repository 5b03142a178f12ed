//! Expressions: binding parsed SQL to typed trees, then evaluating them per row.
//!
//! Binding is where PostgreSQL's parse analysis happens: literal typing, operator and
//! function resolution, implicit casts, and the errors those raise (undefined column,
//! `operator does not exist`, invalid input of a quoted literal). Those errors therefore
//! fire even when a statement touches no rows, as in PostgreSQL. Evaluation raises only
//! run-time errors (division by zero, overflow, per-value cast failures).
//!
//! This module holds the tree both halves share ([`Expr`], [`Node`], [`Op`]) and the
//! two contexts ([`Scope`] for binding, [`Env`] for evaluation). The work is split by
//! job:
//! * binding: `bind` (the walk over sqlparser's AST), `columns` (column references),
//!   `coerce` (casts and common types), `operators` (operator resolution);
//! * `functions`: the built-in functions, one table of entries that each say how a
//!   call binds and how it evaluates;
//! * planning: `fold` (constant folding, whose errors PostgreSQL raises before any row);
//! * evaluation: `eval` (one row), `arithmetic` (operator semantics per type), `like`.
//!
//! **Invariant:** a bound tree is well typed: every operand has already been cast to what
//! its operator or function takes, so evaluation never resolves anything and raises only
//! PostgreSQL's run-time errors.

use super::types::SqlType;
use super::value::Value;
use chrono::NaiveDateTime;
use std::collections::BTreeMap;

pub(crate) mod arithmetic;
#[cfg(test)]
mod arithmetic_tests;
mod bind;
mod coerce;
mod collation;
mod columns;
pub(crate) mod containers;
mod escaped_patterns;
mod eval;
mod fold;
pub(crate) mod functions;
mod like;
mod operators;
pub mod query;
pub(crate) mod range_table;
pub(crate) mod restriction;
mod row_compare;
mod subquery;
pub mod subscript;
mod time_ops;
pub mod user_call;

pub use bind::literal;
pub(crate) use fold::is_stable_cast;
pub use functions::Function;
pub use subquery::{SubLink, SubLinkKind};

/// Columns an expression may reference, in row order.
pub struct Scope<'a> {
    /// The relation's name (for qualified references and messages).
    pub table: &'a str,
    /// Name and type of each column, in row order.
    pub columns: Vec<(String, SqlType)>,
    /// Enum types of the database.
    pub enums: &'a BTreeMap<String, Vec<String>>,
    /// The extensions installed, where the caller has the catalog (`None`: unknown
    /// here, so an extension's function is refused rather than guessed).
    pub extensions: Option<&'a std::collections::BTreeSet<String>>,
    /// Further relations (UPDATE ... FROM), by name: their columns follow `columns`
    /// in the evaluated row.
    pub joined: Vec<(String, Vec<(String, SqlType)>)>,
    /// Where a query is being bound (its tables, enclosing query, clause and aggregate
    /// calls); `None` outside queries (a default, a CHECK), where a subquery or an
    /// aggregate call is refused.
    pub query: Option<&'a crate::expr::query::Context<'a>>,
}

/// What evaluation may need besides the row.
pub struct Env<'a> {
    /// The transaction's `now()`.
    pub now: NaiveDateTime,
    /// Enum types.
    pub enums: &'a BTreeMap<String, Vec<String>>,
    /// Sequences, advanced by `nextval`.
    pub sequences: &'a mut BTreeMap<String, crate::catalog::Sequence>,
    /// State of `gen_random_uuid()`'s generator (deterministic per run).
    pub random: &'a mut u64,
    /// The session's `currval`/`lastval` state.
    pub sequence_session: &'a mut functions::sequence_session::SequenceSession,
    /// Rows the statement's queries may still visit (see `query::MAX_QUERY_WORK`).
    pub work: u64,
    /// Folding a generation expression before its collations are assigned
    /// (`cookDefault`): a folded call that reads its collation raises 42P22
    /// (`collation`).
    pub before_collations: bool,
}

/// Arithmetic and comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// +
    Add,
    /// -
    Sub,
    /// *
    Mul,
    /// /
    Div,
    /// %
    Mod,
    /// =
    Eq,
    /// <>
    Ne,
    /// <
    Lt,
    /// <=
    Le,
    /// >
    Gt,
    /// >=
    Ge,
    /// ||
    Concat,
    /// `->` (json field or element).
    JsonGet,
    /// `->>` (json field or element as text).
    JsonGetText,
    /// `#>` (json value at a path).
    JsonPath,
    /// `#>>` (json value at a path as text).
    JsonPathText,
    /// `@>` (contains).
    Contains,
    /// `<@` (is contained by).
    ContainedBy,
    /// `?` (jsonb key exists).
    KeyExists,
    /// `?|` (any of the keys exists).
    AnyKeyExists,
    /// `?&` (all of the keys exist).
    AllKeysExist,
    /// `&&` (arrays overlap).
    Overlap,
    /// `#-` (jsonb without the value at a path).
    DeletePath,
}

impl Op {
    /// The operator's name in `pg_operator` (what errors and `ruleutils.c` print).
    pub fn symbol(self) -> &'static str {
        match self {
            Op::Add => "+",
            Op::Sub => "-",
            Op::Mul => "*",
            Op::Div => "/",
            Op::Mod => "%",
            Op::Eq => "=",
            Op::Ne => "<>",
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::Concat => "||",
            Op::JsonGet => "->",
            Op::JsonGetText => "->>",
            Op::JsonPath => "#>",
            Op::JsonPathText => "#>>",
            Op::Contains => "@>",
            Op::ContainedBy => "<@",
            Op::KeyExists => "?",
            Op::AnyKeyExists => "?|",
            Op::AllKeysExist => "?&",
            Op::Overlap => "&&",
            Op::DeletePath => "#-",
        }
    }

    /// `=`, `<>`, `<`, `<=`, `>`, `>=`: boolean result, operands of one type.
    fn is_comparison(self) -> bool {
        matches!(self, Op::Eq | Op::Ne | Op::Lt | Op::Le | Op::Gt | Op::Ge)
    }
}

/// A bound expression node.
#[derive(Debug, Clone)]
pub enum Node {
    /// A constant of the expression's type.
    Const(Value),
    /// Column by position (name kept for deparsing).
    Column(usize, String),
    /// A cast; `explicit` ones come from `::`/`CAST`, others were inserted by resolution.
    Cast(Box<Expr>, bool),
    /// Binary operator over operands already cast to compatible types.
    Binary(Op, Box<Expr>, Box<Expr>),
    /// Unary minus.
    Neg(Box<Expr>),
    /// NOT.
    Not(Box<Expr>),
    /// AND / OR (true = AND).
    Logic(bool, Vec<Expr>),
    /// IS [NOT] NULL.
    IsNull(Box<Expr>, bool),
    /// IS [NOT] TRUE / FALSE: (expr, tested value, negated).
    IsBool(Box<Expr>, bool, bool),
    /// [NOT] LIKE / ILIKE: (expr, pattern, negated, case_insensitive).
    Like(Box<Expr>, Box<Expr>, bool, bool),
    /// `text ~ pattern`: subject, pattern, negated (`!~`), case-insensitive (`~*`).
    Regex(Box<Expr>, Box<Expr>, bool, bool),
    /// [NOT] IN (list).
    InList(Box<Expr>, Vec<Expr>, bool),
    /// A call of a built-in function (an entry of `functions`' table).
    Func(&'static Function, Vec<Expr>),
    /// CASE WHEN ... THEN ... [ELSE ...] END.
    Case(Vec<(Expr, Expr)>, Option<Box<Expr>>),
    /// IS [NOT] DISTINCT FROM, over the bound `=` (true = NOT DISTINCT).
    Distinct(Box<Expr>, bool),
    /// `ARRAY[...]`: elements already cast to the element type.
    Array(Vec<Expr>),
    /// `x op ANY (array)` / `x op ALL (array)` (true = ALL): `x` as the operator takes
    /// it, the elements compared as they are.
    Quantified(Op, Box<Expr>, Box<Expr>, bool),
    /// A subquery in an expression: `(SELECT ...)`, `EXISTS (...)`, `x IN (SELECT ...)`.
    SubLink(Box<SubLink>),
    /// `array[i]...` / `array[lo:hi]` (`subscript`).
    Subscript(Box<Expr>, Vec<subscript::Subscript>),
    /// A call of a user-defined function (`user_call`).
    UserCall(Box<user_call::UserCall>),
}

/// The two pattern-matching operator families.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatternOp {
    /// LIKE / ILIKE (`~~`, `~~*`).
    Like,
    /// POSIX regular expressions (`~`, `~*`).
    Regex,
}

impl PatternOp {
    /// The operator's name in `pg_operator` (what errors and `ruleutils.c` print).
    pub fn symbol(self, negated: bool, ci: bool) -> &'static str {
        match (self, negated, ci) {
            (PatternOp::Like, false, false) => "~~",
            (PatternOp::Like, false, true) => "~~*",
            (PatternOp::Like, true, false) => "!~~",
            (PatternOp::Like, true, true) => "!~~*",
            (PatternOp::Regex, false, false) => "~",
            (PatternOp::Regex, false, true) => "~*",
            (PatternOp::Regex, true, false) => "!~",
            (PatternOp::Regex, true, true) => "!~*",
        }
    }
}

/// A typed expression.
#[derive(Debug, Clone)]
pub struct Expr {
    /// The node.
    pub node: Node,
    /// Its result type.
    pub ty: SqlType,
}

impl Expr {
    /// The value, when the node is a constant.
    fn node_value(&self) -> Option<&Value> {
        match &self.node {
            Node::Const(v) => Some(v),
            _ => None,
        }
    }

    /// A node of a type (the binder has checked they agree).
    fn new(node: Node, ty: SqlType) -> Self {
        Expr { node, ty }
    }

    /// A constant of a type.
    pub fn constant(value: Value, ty: SqlType) -> Self {
        Expr::new(Node::Const(value), ty)
    }

    /// Whether the expression is an unknown-typed literal.
    fn is_unknown_literal(&self) -> bool {
        self.ty == SqlType::Unknown
    }

    /// The expressions directly under this one (a subquery's own expressions are its
    /// plan's, not these).
    pub(crate) fn children(&self) -> Vec<&Expr> {
        match &self.node {
            Node::Const(_) | Node::Column(..) => Vec::new(),
            Node::SubLink(link) => match &link.kind {
                SubLinkKind::Quantified { left, .. } => vec![left],
                _ => Vec::new(),
            },
            Node::Cast(e, _)
            | Node::Neg(e)
            | Node::Not(e)
            | Node::IsNull(e, _)
            | Node::IsBool(e, ..)
            | Node::Distinct(e, _) => vec![e],
            Node::Binary(_, l, r)
            | Node::Like(l, r, ..)
            | Node::Regex(l, r, ..)
            | Node::Quantified(_, l, r, _) => vec![l, r],
            Node::Logic(_, items) | Node::Func(_, items) | Node::Array(items) => {
                items.iter().collect()
            }
            Node::UserCall(call) => call.args.iter().collect(),
            Node::InList(e, items, _) => std::iter::once(&**e).chain(items).collect(),
            Node::Subscript(base, brackets) => std::iter::once(&**base)
                .chain(brackets.iter().flat_map(|b| b.exprs()))
                .collect(),
            Node::Case(whens, else_) => whens
                .iter()
                .flat_map(|(c, r)| [c, r])
                .chain(else_.as_deref())
                .collect(),
        }
    }

    /// The expressions directly under this one, mutably (as [`Expr::children`]).
    pub(crate) fn children_mut(&mut self) -> Vec<&mut Expr> {
        match &mut self.node {
            Node::Const(_) | Node::Column(..) => Vec::new(),
            Node::SubLink(link) => match &mut link.kind {
                crate::expr::SubLinkKind::Quantified { left, .. } => vec![left],
                _ => Vec::new(),
            },
            Node::Cast(e, _)
            | Node::Neg(e)
            | Node::Not(e)
            | Node::IsNull(e, _)
            | Node::IsBool(e, ..)
            | Node::Distinct(e, _) => vec![e],
            Node::Binary(_, l, r)
            | Node::Like(l, r, ..)
            | Node::Regex(l, r, ..)
            | Node::Quantified(_, l, r, _) => vec![l, r],
            Node::Logic(_, items) | Node::Func(_, items) | Node::Array(items) => {
                items.iter_mut().collect()
            }
            Node::UserCall(call) => call.args.iter_mut().collect(),
            Node::InList(e, items, _) => std::iter::once(&mut **e).chain(items).collect(),
            Node::Subscript(base, brackets) => std::iter::once(&mut **base)
                .chain(brackets.iter_mut().flat_map(|b| b.exprs_mut()))
                .collect(),
            Node::Case(whens, else_) => whens
                .iter_mut()
                .flat_map(|(c, r)| [c, r])
                .chain(else_.as_deref_mut())
                .collect(),
        }
    }

    /// Whether this expression or any part of it has type `ty`.
    pub fn mentions_type(&self, ty: &SqlType) -> bool {
        if &self.ty == ty {
            return true;
        }
        let any = |items: &[Expr]| items.iter().any(|e| e.mentions_type(ty));
        match &self.node {
            Node::Const(_) | Node::Column(..) => false,
            Node::SubLink(link) => link.mentions_type(ty),
            Node::Cast(e, _)
            | Node::Neg(e)
            | Node::Not(e)
            | Node::IsNull(e, _)
            | Node::IsBool(e, ..)
            | Node::Distinct(e, _) => e.mentions_type(ty),
            Node::Binary(_, l, r)
            | Node::Like(l, r, ..)
            | Node::Regex(l, r, ..)
            | Node::Quantified(_, l, r, _) => l.mentions_type(ty) || r.mentions_type(ty),
            Node::Logic(_, items) | Node::Func(_, items) | Node::Array(items) => any(items),
            Node::UserCall(call) => any(&call.args),
            Node::InList(e, items, _) => e.mentions_type(ty) || any(items),
            Node::Subscript(..) => {
                self.children().iter().skip(1).any(|e| e.mentions_type(ty))
                    || self.children()[0].mentions_type(ty)
            }
            Node::Case(whens, else_) => {
                whens
                    .iter()
                    .any(|(c, r)| c.mentions_type(ty) || r.mentions_type(ty))
                    || else_.as_ref().is_some_and(|e| e.mentions_type(ty))
            }
        }
    }
}
