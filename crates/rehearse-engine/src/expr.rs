//! Expressions: binding parsed SQL to typed trees, then evaluating them per row.
//!
//! Binding is where PostgreSQL's parse analysis happens: literal typing, operator and
//! function resolution, implicit casts, and the errors those raise (undefined column,
//! `operator does not exist`, invalid input of a quoted literal). Those errors therefore
//! fire even when a statement touches no rows, as in PostgreSQL. Evaluation raises only
//! run-time errors (division by zero, overflow, per-value cast failures).

use super::builtins;
use super::cast::convert;
use super::types::{CastContext, Category, SqlType};
use super::value::{check_int, Value};
use crate::error::PgError;
use chrono::NaiveDateTime;
use rust_decimal::prelude::*;
use rust_decimal::RoundingStrategy;
use sqlparser::ast::{self, BinaryOperator, UnaryOperator};
use std::collections::BTreeMap;

/// Columns an expression may reference, in row order.
pub struct Scope<'a> {
    /// The relation's name (for qualified references and messages).
    pub table: &'a str,
    /// Name and type of each column, in row order.
    pub columns: Vec<(String, SqlType)>,
    /// Enum types of the database.
    pub enums: &'a BTreeMap<String, Vec<String>>,
    /// Further relations (UPDATE ... FROM), by name: their columns follow `columns`
    /// in the evaluated row.
    pub joined: Vec<(String, Vec<(String, SqlType)>)>,
}

/// What evaluation may need besides the row.
pub struct Env<'a> {
    /// The transaction's `now()`.
    pub now: NaiveDateTime,
    /// Enum types.
    pub enums: &'a BTreeMap<String, Vec<String>>,
    /// Sequences, advanced by `nextval`.
    pub sequences: &'a mut BTreeMap<String, super::catalog::Sequence>,
    /// State of `gen_random_uuid()`'s generator (deterministic per run).
    pub random: &'a mut u64,
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
}

impl Op {
    fn symbol(self) -> &'static str {
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
        }
    }

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
    /// Function call by lower-case name.
    Func(String, Vec<Expr>),
    /// CASE WHEN ... THEN ... [ELSE ...] END.
    Case(Vec<(Expr, Expr)>, Option<Box<Expr>>),
    /// IS [NOT] DISTINCT FROM, over the bound `=` (true = NOT DISTINCT).
    Distinct(Box<Expr>, bool),
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
    fn node_value(&self) -> Option<&Value> {
        match &self.node {
            Node::Const(v) => Some(v),
            _ => None,
        }
    }

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
}

impl Scope<'_> {
    fn enum_labels(&self) -> impl Fn(&str) -> Option<Vec<String>> + '_ {
        |name: &str| self.enums.get(name).cloned()
    }

    /// Binds a parsed expression.
    pub fn bind(&self, e: &ast::Expr) -> Result<Expr, PgError> {
        // One level per call: refuse before the stack runs out (see `limits`).
        let _level = super::limits::enter()?;
        use ast::Expr as E;
        Ok(match e {
            E::Identifier(id) => {
                if id.quote_style.is_none()
                    && super::keywords::is_reserved_keyword(&id.value.to_lowercase())
                {
                    return Err(PgError::syntax_error(&id.value));
                }
                self.column(&super::ident(id))?
            }
            E::CompoundIdentifier(parts) => {
                let name = parts.last().map(super::ident).unwrap_or_default();
                let qualifier = if parts.len() == 2 {
                    super::ident(&parts[0])
                } else {
                    self.table.to_string()
                };
                if qualifier != self.table {
                    // A column of a joined relation (UPDATE ... FROM).
                    let mut offset = self.columns.len();
                    for (relation, columns) in &self.joined {
                        if *relation == qualifier {
                            return match columns.iter().position(|(n, _)| *n == name) {
                                Some(i) => Ok(Expr::new(
                                    Node::Column(offset + i, name.clone()),
                                    columns[i].1.clone(),
                                )),
                                None => Err(PgError::new(
                                    "42703",
                                    format!("column {qualifier}.{name} does not exist"),
                                )),
                            };
                        }
                        offset += columns.len();
                    }
                    return Err(PgError::new(
                        "42P01",
                        format!("missing FROM-clause entry for table \"{}\"", parts[0].value),
                    ));
                }
                if !self.columns.iter().any(|(n, _)| *n == name) {
                    return Err(PgError::new(
                        "42703",
                        format!("column {qualifier}.{name} does not exist"),
                    ));
                }
                self.column(&name)?
            }
            E::Value(v) => literal(v)?,
            E::Nested(inner) => self.bind(inner)?,
            E::Cast {
                expr,
                data_type: ast::DataType::Regclass,
                ..
            } => self.resolve_unknown(self.bind(expr)?)?,
            E::Cast {
                expr, data_type, ..
            } => {
                let spec = SqlType::from_ast(data_type, &|n| self.enums.contains_key(n))?;
                let inner = self.bind(expr)?;
                self.coerce(inner, &spec.ty, CastContext::Explicit)?
            }
            E::TypedString { data_type, value } => {
                let spec = SqlType::from_ast(data_type, &|n| self.enums.contains_key(n))?;
                self.coerce(
                    Expr::constant(Value::Text(value.clone()), SqlType::Unknown),
                    &spec.ty,
                    CastContext::Explicit,
                )?
            }
            E::UnaryOp {
                op: UnaryOperator::Minus,
                expr,
            } => {
                if let E::Value(ast::Value::Number(n, _)) = expr.as_ref() {
                    return literal(&ast::Value::Number(format!("-{n}"), false));
                }
                let inner = self.bind(expr)?;
                if !matches!(inner.ty.category(), Category::Numeric | Category::Timespan) {
                    return Err(builtins::no_operator(None, "-", &inner.ty));
                }
                let ty = inner.ty.without_typmod();
                Expr::new(Node::Neg(Box::new(inner)), ty)
            }
            E::UnaryOp {
                op: UnaryOperator::Plus,
                expr,
            } => self.bind(expr)?,
            E::UnaryOp {
                op: UnaryOperator::Not,
                expr,
            } => {
                let inner = self.boolean(self.bind(expr)?, "NOT")?;
                Expr::new(Node::Not(Box::new(inner)), SqlType::Boolean)
            }
            E::BinaryOp { left, op, right } => self.binary(left, op, right)?,
            E::IsNull(inner) | E::IsNotNull(inner) => {
                // An unknown literal stays unknown here (PostgreSQL prints it bare).
                let inner = self.bind(inner)?;
                Expr::new(
                    Node::IsNull(Box::new(inner), matches!(e, E::IsNotNull(_))),
                    SqlType::Boolean,
                )
            }
            E::IsTrue(x) | E::IsNotTrue(x) | E::IsFalse(x) | E::IsNotFalse(x) => {
                let inner = self.boolean(self.bind(x)?, "IS TRUE")?;
                let tested = matches!(e, E::IsTrue(_) | E::IsNotTrue(_));
                let negated = matches!(e, E::IsNotTrue(_) | E::IsNotFalse(_));
                Expr::new(
                    Node::IsBool(Box::new(inner), tested, negated),
                    SqlType::Boolean,
                )
            }
            E::Like {
                negated,
                expr,
                pattern,
                escape_char: None,
                any: false,
            } => self.pattern_match(PatternOp::Like, expr, pattern, *negated, false)?,
            E::ILike {
                negated,
                expr,
                pattern,
                escape_char: None,
                any: false,
            } => self.pattern_match(PatternOp::Like, expr, pattern, *negated, true)?,
            E::InList {
                expr,
                list,
                negated,
            } => {
                let mut items = vec![self.bind(expr)?];
                for item in list {
                    items.push(self.bind(item)?);
                }
                let ty = self.common_type(&items, "IN")?;
                let mut items = items
                    .into_iter()
                    .map(|i| self.coerce(i, &ty, CastContext::Implicit))
                    .collect::<Result<Vec<_>, _>>()?;
                let first = items.remove(0);
                Expr::new(
                    Node::InList(Box::new(first), items, *negated),
                    SqlType::Boolean,
                )
            }
            E::Between {
                expr,
                negated,
                low,
                high,
            } => {
                let lower = ast::Expr::BinaryOp {
                    left: expr.clone(),
                    op: BinaryOperator::GtEq,
                    right: low.clone(),
                };
                let upper = ast::Expr::BinaryOp {
                    left: expr.clone(),
                    op: BinaryOperator::LtEq,
                    right: high.clone(),
                };
                let both = Expr::new(
                    Node::Logic(true, vec![self.bind(&lower)?, self.bind(&upper)?]),
                    SqlType::Boolean,
                );
                if *negated {
                    Expr::new(Node::Not(Box::new(both)), SqlType::Boolean)
                } else {
                    both
                }
            }
            E::Case {
                operand,
                conditions,
                results,
                else_result,
            } => {
                let mut whens = Vec::new();
                for (cond, result) in conditions.iter().zip(results) {
                    let cond = match operand {
                        Some(op) => ast::Expr::BinaryOp {
                            left: op.clone(),
                            op: BinaryOperator::Eq,
                            right: Box::new(cond.clone()),
                        },
                        None => cond.clone(),
                    };
                    whens.push((
                        self.boolean(self.bind(&cond)?, "CASE/WHEN")?,
                        self.bind(result)?,
                    ));
                }
                let else_bound = else_result.as_ref().map(|e| self.bind(e)).transpose()?;
                // PostgreSQL considers the ELSE result first when choosing the type.
                let mut branches: Vec<Expr> = else_bound.iter().cloned().collect();
                branches.extend(whens.iter().map(|w| w.1.clone()));
                let ty = self.common_type(&branches, "CASE")?;
                let whens = whens
                    .into_iter()
                    .map(|(c, r)| Ok((c, self.coerce(r, &ty, CastContext::Implicit)?)))
                    .collect::<Result<Vec<_>, PgError>>()?;
                let else_bound = else_bound
                    .map(|e| self.coerce(e, &ty, CastContext::Implicit))
                    .transpose()?
                    .map(Box::new);
                Expr::new(Node::Case(whens, else_bound), ty)
            }
            E::IsUnknown(x) | E::IsNotUnknown(x) => {
                let inner = self.boolean(self.bind(x)?, "IS UNKNOWN")?;
                Expr::new(
                    Node::IsNull(Box::new(inner), matches!(e, E::IsNotUnknown(_))),
                    SqlType::Boolean,
                )
            }
            E::IsDistinctFrom(l, r) | E::IsNotDistinctFrom(l, r)
                if matches!(
                    r.as_ref(),
                    E::BinaryOp {
                        op: ast::BinaryOperator::And | ast::BinaryOperator::Or,
                        ..
                    }
                ) =>
            {
                // sqlparser 0.52 reads the right operand of IS [NOT] DISTINCT FROM as a
                // whole expression, so `a IS DISTINCT FROM b AND c` arrives as
                // `a IS DISTINCT FROM (b AND c)`; PostgreSQL's IS binds tighter than AND
                // and OR. Re-associate, then bind.
                fn rotate(e: &E, l: &E, not: bool) -> E {
                    match e {
                        E::BinaryOp {
                            left,
                            op: op @ (ast::BinaryOperator::And | ast::BinaryOperator::Or),
                            right,
                        } => E::BinaryOp {
                            left: Box::new(rotate(left, l, not)),
                            op: op.clone(),
                            right: right.clone(),
                        },
                        other if not => {
                            E::IsNotDistinctFrom(Box::new(l.clone()), Box::new(other.clone()))
                        }
                        other => E::IsDistinctFrom(Box::new(l.clone()), Box::new(other.clone())),
                    }
                }
                return self.bind(&rotate(r, l, matches!(e, E::IsNotDistinctFrom(..))));
            }
            E::IsDistinctFrom(l, r) | E::IsNotDistinctFrom(l, r) => {
                let eq = self.operator(Op::Eq, self.bind(l)?, self.bind(r)?)?;
                Expr::new(
                    Node::Distinct(Box::new(eq), matches!(e, E::IsNotDistinctFrom(..))),
                    SqlType::Boolean,
                )
            }
            E::Substring {
                expr,
                substring_from,
                substring_for,
                ..
            } => {
                let mut args = vec![self.text_arg(self.bind(expr)?, "substring")?];
                let from = match substring_from {
                    Some(f) => self.bind(f)?,
                    None => Expr::constant(Value::Int(1), SqlType::Integer),
                };
                args.push(self.coerce(from, &SqlType::Integer, CastContext::Implicit)?);
                if let Some(n) = substring_for {
                    args.push(self.coerce(
                        self.bind(n)?,
                        &SqlType::Integer,
                        CastContext::Implicit,
                    )?);
                }
                Expr::new(Node::Func("substr".into(), args), SqlType::Text)
            }
            E::Position { expr, r#in } => {
                let needle = self.text_arg(self.bind(expr)?, "strpos")?;
                let haystack = self.text_arg(self.bind(r#in)?, "strpos")?;
                Expr::new(
                    Node::Func("strpos".into(), vec![haystack, needle]),
                    SqlType::Integer,
                )
            }
            E::Ceil {
                expr,
                field: ast::CeilFloorKind::DateTimeField(ast::DateTimeField::NoDateTime),
            }
            | E::Floor {
                expr,
                field: ast::CeilFloorKind::DateTimeField(ast::DateTimeField::NoDateTime),
            } => {
                let name = if matches!(e, E::Ceil { .. }) {
                    "ceil"
                } else {
                    "floor"
                };
                let arg = self.resolve_numeric_arg(vec![self.bind(expr)?], name)?;
                let ty = arg.ty.without_typmod();
                Expr::new(Node::Func(name.into(), vec![arg]), ty)
            }
            E::Interval(iv) => {
                let text = match iv.value.as_ref() {
                    ast::Expr::Value(ast::Value::SingleQuotedString(s)) => s.clone(),
                    ast::Expr::Value(ast::Value::Number(n, _)) => n.clone(),
                    other => return Err(PgError::unsupported(format!("the interval `{other}`"))),
                };
                let text = match &iv.leading_field {
                    Some(unit)
                        if iv.last_field.is_none()
                            && !text.contains(|c: char| c.is_ascii_alphabetic()) =>
                    {
                        format!("{text} {unit}")
                    }
                    _ => text,
                };
                self.coerce(
                    Expr::constant(Value::Text(text), SqlType::Unknown),
                    &SqlType::Interval,
                    CastContext::Explicit,
                )?
            }
            E::Function(f) => self.function(f)?,
            E::Trim {
                expr,
                trim_where,
                trim_what,
                trim_characters: None,
            } => {
                let func = match trim_where {
                    Some(ast::TrimWhereField::Leading) => "ltrim",
                    Some(ast::TrimWhereField::Trailing) => "rtrim",
                    _ => "btrim",
                };
                let mut args = vec![self.text_arg(self.bind(expr)?, func)?];
                if let Some(what) = trim_what {
                    args.push(self.text_arg(self.bind(what)?, func)?);
                }
                Expr::new(Node::Func(func.into(), args), SqlType::Text)
            }
            other => return Err(PgError::unsupported(format!("the expression `{other}`"))),
        })
    }

    fn column(&self, name: &str) -> Result<Expr, PgError> {
        let in_joined = self
            .joined
            .iter()
            .any(|(_, cols)| cols.iter().any(|(n, _)| n == name));
        let in_main = self.columns.iter().any(|(n, _)| n == name);
        let joined_hits = self
            .joined
            .iter()
            .filter(|(_, cols)| cols.iter().any(|(n, _)| n == name))
            .count();
        if (in_main && in_joined) || joined_hits > 1 {
            return Err(PgError::new(
                "42702",
                format!("column reference \"{name}\" is ambiguous"),
            ));
        }
        if !in_main && in_joined {
            let mut offset = self.columns.len();
            for (_, columns) in &self.joined {
                if let Some(i) = columns.iter().position(|(n, _)| n == name) {
                    return Ok(Expr::new(
                        Node::Column(offset + i, name.to_string()),
                        columns[i].1.clone(),
                    ));
                }
                offset += columns.len();
            }
        }
        match self.columns.iter().position(|(n, _)| n == name) {
            Some(i) => Ok(Expr::new(
                Node::Column(i, name.to_string()),
                self.columns[i].1.clone(),
            )),
            None => {
                let mut error = PgError::undefined_column(name);
                if let Some(best) = self.closest_column(name) {
                    error = error.hint(format!(
                        "Perhaps you meant to reference the column \"{}.{best}\".",
                        self.table
                    ));
                }
                Err(error)
            }
        }
    }

    /// PostgreSQL's fuzzy column suggestion: the nearest name by Levenshtein distance,
    /// at most 3 edits and at most half the typed name's length.
    fn closest_column(&self, name: &str) -> Option<String> {
        if self.table.is_empty() {
            return None;
        }
        let limit = (name.chars().count() / 2).min(3);
        let mut best: Option<(usize, &str)> = None;
        for (column, _) in &self.columns {
            let d = levenshtein(column, name);
            if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, column));
            }
        }
        best.map(|(_, c)| c.to_string())
    }

    fn resolve_unknown(&self, e: Expr) -> Result<Expr, PgError> {
        if e.is_unknown_literal() {
            self.coerce(e, &SqlType::Text, CastContext::Implicit)
        } else {
            Ok(e)
        }
    }

    /// Requires a boolean (an unknown literal is read as one).
    fn boolean(&self, e: Expr, construct: &str) -> Result<Expr, PgError> {
        match e.ty {
            SqlType::Boolean => Ok(e),
            SqlType::Unknown => self.coerce(e, &SqlType::Boolean, CastContext::Implicit),
            ref other => Err(PgError::new(
                "42804",
                format!(
                    "argument of {construct} must be type boolean, not type {}",
                    other.base_name()
                ),
            )),
        }
    }

    /// Casts `e` to `to` if allowed in `context`. Unknown literals are converted now
    /// (their bad input is a bind-time error, as in PostgreSQL).
    pub fn coerce(&self, e: Expr, to: &SqlType, context: CastContext) -> Result<Expr, PgError> {
        // Same type, or (implicitly) a modifier-less target of the same base type
        // (numeric(10,2) is already a numeric): nothing to do. An explicit cast that
        // drops a modifier stays visible, as PostgreSQL keeps it.
        if e.ty == *to
            || (context != CastContext::Explicit
                && *to == to.without_typmod()
                && e.ty.without_typmod() == *to
                && e.ty != SqlType::Unknown)
        {
            return Ok(e);
        }
        let explicit = context == CastContext::Explicit;
        if let Node::Const(value) = &e.node {
            if e.ty == SqlType::Unknown {
                // An explicit cast to a type with a modifier is a constant of the base
                // type under a length coercion (`'-2.5'::numeric(4,0)` prints so).
                let base = to.without_typmod();
                if explicit && base != *to {
                    let v = convert(value, &e.ty, &base, explicit, &self.enum_labels())?;
                    let inner = Expr::constant(v, base);
                    // The coercion is applied now too, so bad values fail at analysis.
                    inner
                        .node_value()
                        .map(|v| convert(v, &inner.ty, to, true, &self.enum_labels()))
                        .transpose()?;
                    return Ok(Expr::new(Node::Cast(Box::new(inner), true), to.clone()));
                }
                let v = convert(value, &e.ty, to, explicit, &self.enum_labels())?;
                return Ok(Expr::constant(v, to.clone()));
            }
        }
        match e.ty.cast_context(to) {
            Some(allowed) if allowed <= context => {
                Ok(Expr::new(Node::Cast(Box::new(e), explicit), to.clone()))
            }
            _ if explicit => Err(PgError::new(
                "42846",
                format!(
                    "cannot cast type {} to {}",
                    e.ty.base_name(),
                    to.base_name()
                ),
            )),
            _ => Err(PgError::new(
                "42804",
                format!(
                    "argument of type {} cannot be cast to {}",
                    e.ty.format(),
                    to.format()
                ),
            )),
        }
    }

    /// The common type of `items` (`select_common_type`).
    fn common_type(&self, items: &[Expr], construct: &str) -> Result<SqlType, PgError> {
        let known: Vec<&SqlType> = items
            .iter()
            .map(|i| &i.ty)
            .filter(|t| **t != SqlType::Unknown)
            .collect();
        let Some(first) = known.first() else {
            return Ok(SqlType::Text);
        };
        let mut result = (*first).clone();
        for ty in &known[1..] {
            if ty.without_typmod() == result.without_typmod() {
                if *ty != &result {
                    result = result.without_typmod();
                }
                continue;
            }
            if ty.category() != result.category() {
                return Err(PgError::new(
                    "42804",
                    format!(
                        "{construct} types {} and {} cannot be matched",
                        result.base_name(),
                        ty.base_name()
                    ),
                ));
            }
            result = match result.category() {
                Category::Numeric => {
                    if ty.numeric_rank() > result.numeric_rank() {
                        ty.without_typmod()
                    } else {
                        result.without_typmod()
                    }
                }
                // Within strings the first type stays (each coerces implicitly to the other).
                Category::String => result.without_typmod(),
                Category::DateTime => {
                    if matches!(result, SqlType::TimestampTz) || matches!(ty, SqlType::TimestampTz)
                    {
                        SqlType::TimestampTz
                    } else {
                        SqlType::Timestamp
                    }
                }
                _ => {
                    return Err(PgError::new(
                        "42804",
                        format!(
                            "{construct} types {} and {} cannot be matched",
                            result.base_name(),
                            ty.base_name()
                        ),
                    ))
                }
            };
        }
        // The modifier survives only if every input has it (unknown literals have none).
        if items.iter().any(|i| i.ty == SqlType::Unknown) {
            result = result.without_typmod();
        }
        Ok(result)
    }

    fn binary(
        &self,
        left: &ast::Expr,
        op: &BinaryOperator,
        right: &ast::Expr,
    ) -> Result<Expr, PgError> {
        let op = match op {
            BinaryOperator::And | BinaryOperator::Or => {
                let and = matches!(op, BinaryOperator::And);
                let name = if and { "AND" } else { "OR" };
                let l = self.boolean(self.bind(left)?, name)?;
                let r = self.boolean(self.bind(right)?, name)?;
                // `a AND b AND c` is one list, as PostgreSQL stores it.
                let mut items = Vec::new();
                // Only the left operand is flattened, as the grammar's makeAndExpr does.
                match l.node {
                    Node::Logic(inner, children) if inner == and => items.extend(children),
                    node => items.push(Expr { node, ty: l.ty }),
                }
                items.push(r);
                return Ok(Expr::new(Node::Logic(and, items), SqlType::Boolean));
            }
            BinaryOperator::Plus => Op::Add,
            BinaryOperator::Minus => Op::Sub,
            BinaryOperator::Multiply => Op::Mul,
            BinaryOperator::Divide => Op::Div,
            BinaryOperator::Modulo => Op::Mod,
            BinaryOperator::Eq => Op::Eq,
            BinaryOperator::NotEq => Op::Ne,
            BinaryOperator::Lt => Op::Lt,
            BinaryOperator::LtEq => Op::Le,
            BinaryOperator::Gt => Op::Gt,
            BinaryOperator::GtEq => Op::Ge,
            BinaryOperator::StringConcat => Op::Concat,
            BinaryOperator::PGRegexMatch => {
                return self.pattern_match(PatternOp::Regex, left, right, false, false)
            }
            BinaryOperator::PGRegexIMatch => {
                return self.pattern_match(PatternOp::Regex, left, right, false, true)
            }
            BinaryOperator::PGRegexNotMatch => {
                return self.pattern_match(PatternOp::Regex, left, right, true, false)
            }
            BinaryOperator::PGRegexNotIMatch => {
                return self.pattern_match(PatternOp::Regex, left, right, true, true)
            }
            other => return Err(PgError::unsupported(format!("the operator {other}"))),
        };
        let l = self.bind(left)?;
        let r = self.bind(right)?;
        self.operator(op, l, r)
    }

    fn operator(&self, op: Op, l: Expr, r: Expr) -> Result<Expr, PgError> {
        let undefined = |l: &Expr, r: &Expr| builtins::no_operator(Some(&l.ty), op.symbol(), &r.ty);
        if op == Op::Concat && (l.ty == SqlType::Jsonb || r.ty == SqlType::Jsonb) {
            let incompatible = || PgError::undefined_operator("jsonb", "||", "jsonb");
            let l = self
                .coerce(l, &SqlType::Jsonb, CastContext::Implicit)
                .map_err(|_| incompatible())?;
            let r = self
                .coerce(r, &SqlType::Jsonb, CastContext::Implicit)
                .map_err(|_| incompatible())?;
            return Ok(Expr::new(
                Node::Binary(op, Box::new(l), Box::new(r)),
                SqlType::Jsonb,
            ));
        }
        if op == Op::Concat {
            let string_side =
                |e: &Expr| matches!(e.ty.category(), Category::String | Category::Unknown);
            if !string_side(&l) && !string_side(&r) {
                return Err(undefined(&l, &r));
            }
            let l = self.to_text(l)?;
            let r = self.to_text(r)?;
            return Ok(Expr::new(
                Node::Binary(op, Box::new(l), Box::new(r)),
                SqlType::Text,
            ));
        }
        if matches!(op, Op::Add | Op::Sub | Op::Mul | Op::Div | Op::Mod)
            && (l.is_unknown_literal() != r.is_unknown_literal())
        {
            // No arithmetic operator takes this type: PostgreSQL names the literal unknown.
            let known = if l.is_unknown_literal() { &r.ty } else { &l.ty };
            if !matches!(
                known.category(),
                Category::Numeric | Category::DateTime | Category::Timespan
            ) {
                return Err(builtins::no_operator(Some(&l.ty), op.symbol(), &r.ty));
            }
        }
        // An unknown literal takes the other side's type; two unknowns compare as text.
        let (l, r) = match (l.is_unknown_literal(), r.is_unknown_literal()) {
            (true, true) if op.is_comparison() => (
                self.coerce(l, &SqlType::Text, CastContext::Implicit)?,
                self.coerce(r, &SqlType::Text, CastContext::Implicit)?,
            ),
            (true, true) => {
                return Err(PgError::new("42725", format!("operator is not unique: unknown {} unknown", op.symbol())).hint(
                    "Could not choose a best candidate operator. You might need to add explicit type casts.",
                ))
            }
            (true, false) => {
                let target = literal_partner_type_for(op, &r.ty);
                (self.coerce(l, &target, CastContext::Implicit)?, r)
            }
            (false, true) => {
                let target = literal_partner_type_for(op, &l.ty);
                let r = self.coerce(r, &target, CastContext::Implicit)?;
                (l, r)
            }
            _ => (l, r),
        };
        let (lc, rc) = (l.ty.category(), r.ty.category());
        if op.is_comparison() {
            let operand = match (lc, rc) {
                (Category::Numeric, Category::Numeric) => {
                    if l.ty.is_integer() && r.ty.is_integer() {
                        None
                    } else if (l.ty == SqlType::Real) != (r.ty == SqlType::Real) {
                        Some(SqlType::Double)
                    } else if l.ty.numeric_rank() >= r.ty.numeric_rank() {
                        Some(l.ty.without_typmod())
                    } else {
                        Some(r.ty.without_typmod())
                    }
                }
                // Strings compare with text's operators (varchar has none of its own).
                (Category::String, Category::String) => Some(SqlType::Text),
                // date, timestamp and timestamptz have cross-type comparison operators.
                (Category::DateTime, Category::DateTime) => None,
                _ if l.ty == r.ty && l.ty != SqlType::Json => None,
                _ => return Err(undefined(&l, &r)),
            };
            let (l, r) = match operand {
                Some(t) => (
                    self.coerce(l, &t, CastContext::Implicit)?,
                    self.coerce(r, &t, CastContext::Implicit)?,
                ),
                None => (l, r),
            };
            return Ok(Expr::new(
                Node::Binary(op, Box::new(l), Box::new(r)),
                SqlType::Boolean,
            ));
        }
        // Arithmetic.
        let binary = |op, l: Expr, r: Expr, ty| {
            Ok(Expr::new(Node::Binary(op, Box::new(l), Box::new(r)), ty))
        };
        let is_datetime = |t: &SqlType| matches!(t, SqlType::Timestamp | SqlType::TimestampTz);
        match (&l.ty, &r.ty) {
            (t, SqlType::Interval) if is_datetime(t) && matches!(op, Op::Add | Op::Sub) => {
                let ty = t.clone();
                return binary(op, l, r, ty);
            }
            (SqlType::Interval, t) if is_datetime(t) && op == Op::Add => {
                let ty = t.clone();
                return binary(op, r, l, ty);
            }
            (SqlType::Date, SqlType::Interval) if matches!(op, Op::Add | Op::Sub) => {
                let l = self.coerce(l, &SqlType::Timestamp, CastContext::Implicit)?;
                return binary(op, l, r, SqlType::Timestamp);
            }
            (SqlType::Interval, SqlType::Interval) if matches!(op, Op::Add | Op::Sub) => {
                return binary(op, l, r, SqlType::Interval)
            }
            (a, b) if is_datetime(a) && a == b && op == Op::Sub => {
                return binary(op, l, r, SqlType::Interval)
            }
            (SqlType::Interval, n)
                if n.category() == Category::Numeric && matches!(op, Op::Mul | Op::Div) =>
            {
                let r = self.coerce(r, &SqlType::Double, CastContext::Implicit)?;
                return binary(op, l, r, SqlType::Interval);
            }
            (n, SqlType::Interval) if n.category() == Category::Numeric && op == Op::Mul => {
                let l = self.coerce(l, &SqlType::Double, CastContext::Implicit)?;
                return binary(op, r, l, SqlType::Interval);
            }
            _ => {}
        }
        match (&l.ty, &r.ty) {
            (SqlType::Date, SqlType::SmallInt | SqlType::Integer)
                if matches!(op, Op::Add | Op::Sub) =>
            {
                return Ok(Expr::new(
                    Node::Binary(op, Box::new(l), Box::new(r)),
                    SqlType::Date,
                ))
            }
            (SqlType::Date, SqlType::Date) if op == Op::Sub => {
                return Ok(Expr::new(
                    Node::Binary(op, Box::new(l), Box::new(r)),
                    SqlType::Integer,
                ))
            }
            _ => {}
        }
        if lc != Category::Numeric || rc != Category::Numeric {
            return Err(undefined(&l, &r));
        }
        // real mixed with any other numeric type resolves to double precision (the
        // category's preferred type).
        let mixes_real = (l.ty == SqlType::Real) != (r.ty == SqlType::Real);
        let result = if mixes_real {
            SqlType::Double
        } else if l.ty.is_integer() && r.ty.is_integer() {
            if l.ty.numeric_rank() >= r.ty.numeric_rank() {
                l.ty.clone()
            } else {
                r.ty.clone()
            }
        } else if l.ty.numeric_rank() >= r.ty.numeric_rank() {
            l.ty.without_typmod()
        } else {
            r.ty.without_typmod()
        };
        let (l, r) = if result.is_integer() {
            (l, r)
        } else {
            (
                self.coerce(l, &result, CastContext::Implicit)?,
                self.coerce(r, &result, CastContext::Implicit)?,
            )
        };
        Ok(Expr::new(
            Node::Binary(op, Box::new(l), Box::new(r)),
            result,
        ))
    }

    fn to_text(&self, e: Expr) -> Result<Expr, PgError> {
        match e.ty.category() {
            Category::Unknown => self.coerce(e, &SqlType::Text, CastContext::Implicit),
            Category::String if e.ty == SqlType::Text => Ok(e),
            _ => Ok(Expr::new(Node::Cast(Box::new(e), false), SqlType::Text)),
        }
    }

    fn text_arg(&self, e: Expr, func: &str) -> Result<Expr, PgError> {
        match e.ty.category() {
            Category::Unknown | Category::String => {
                self.coerce(e, &SqlType::Text, CastContext::Implicit)
            }
            _ => Err(builtins::no_function(func, &[e.ty])),
        }
    }

    /// `text LIKE pattern` or `text ~ pattern` (negated, case-insensitive): both sides
    /// strings, else PostgreSQL's 42883 naming the operator as it spells it (`!~~*`).
    fn pattern_match(
        &self,
        op: PatternOp,
        expr: &ast::Expr,
        pattern: &ast::Expr,
        negated: bool,
        ci: bool,
    ) -> Result<Expr, PgError> {
        let e = self.bind(expr)?;
        let p = self.bind(pattern)?;
        let ok = |t: &SqlType| matches!(t.category(), Category::String | Category::Unknown);
        if !ok(&e.ty) || !ok(&p.ty) {
            return Err(builtins::no_operator(
                Some(&e.ty),
                op.symbol(negated, ci),
                &p.ty,
            ));
        }
        let e = Box::new(self.coerce(e, &SqlType::Text, CastContext::Implicit)?);
        let p = Box::new(self.coerce(p, &SqlType::Text, CastContext::Implicit)?);
        let node = match op {
            PatternOp::Like => Node::Like(e, p, negated, ci),
            PatternOp::Regex => Node::Regex(e, p, negated, ci),
        };
        Ok(Expr::new(node, SqlType::Boolean))
    }

    fn function(&self, f: &ast::Function) -> Result<Expr, PgError> {
        let name = f
            .name
            .0
            .last()
            .map(|i| i.value.to_lowercase())
            .unwrap_or_default();
        let args: Vec<Expr> = match &f.args {
            ast::FunctionArguments::None => Vec::new(),
            ast::FunctionArguments::List(list) => list
                .args
                .iter()
                .map(|a| match a {
                    ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(e)) => self.bind(e),
                    other => Err(PgError::unsupported(format!(
                        "the function argument `{other}`"
                    ))),
                })
                .collect::<Result<_, _>>()?,
            ast::FunctionArguments::Subquery(_) => return Err(PgError::unsupported("subqueries")),
        };
        let no_args = matches!(f.args, ast::FunctionArguments::None);
        let arg_types = |args: &[Expr]| args.iter().map(|a| a.ty.clone()).collect::<Vec<_>>();
        let call = |name: &str, args: Vec<Expr>, ty: SqlType| {
            Ok(Expr::new(Node::Func(name.to_string(), args), ty))
        };
        match (name.as_str(), args.len()) {
            ("now", 0)
            | ("current_timestamp", 0)
            | ("transaction_timestamp", 0)
            | ("statement_timestamp", 0) => {
                let fname = if no_args {
                    "current_timestamp"
                } else {
                    name.as_str()
                };
                call(fname, args, SqlType::TimestampTz)
            }
            ("localtimestamp", 0) => call("localtimestamp", args, SqlType::Timestamp),
            ("current_date", 0) => call("current_date", args, SqlType::Date),
            ("gen_random_uuid", 0) => call("gen_random_uuid", args, SqlType::Uuid),
            ("setval", 2) => {
                let mut args = args.into_iter();
                let (Some(seq), Some(value)) = (args.next(), args.next()) else {
                    return Err(PgError::unsupported("setval()"));
                };
                let seq = self.resolve_unknown(seq)?;
                let value = self.coerce(value, &SqlType::BigInt, CastContext::Implicit)?;
                call("setval", vec![seq, value], SqlType::BigInt)
            }
            ("nextval", 1) => {
                let arg = self.resolve_unknown(
                    args.into_iter()
                        .next()
                        .ok_or_else(|| PgError::unsupported("nextval()"))?,
                )?;
                call("nextval", vec![arg], SqlType::BigInt)
            }
            ("coalesce" | "greatest" | "least", n) if n > 0 => {
                let label = name.to_uppercase();
                let ty = self.common_type(&args, &label)?;
                let args = args
                    .into_iter()
                    .map(|a| self.coerce(a, &ty, CastContext::Implicit))
                    .collect::<Result<_, _>>()?;
                call(&name, args, ty)
            }
            ("nullif", 2) => {
                let mut args = args;
                let b = args.pop().ok_or_else(|| PgError::unsupported("nullif"))?;
                let a = args.pop().ok_or_else(|| PgError::unsupported("nullif"))?;
                let cmp = self.operator(Op::Eq, a.clone(), b)?;
                // NULLIF's type is its first argument's as the `=` resolved it.
                let ty = match &cmp.node {
                    Node::Binary(_, l, _) => l.ty.clone(),
                    _ if a.is_unknown_literal() => SqlType::Text,
                    _ => a.ty.clone(),
                };
                let a = self.coerce(a, &ty, CastContext::Implicit)?;
                call("nullif", vec![a, cmp], ty)
            }
            ("lower" | "upper" | "btrim" | "ltrim" | "rtrim" | "md5" | "initcap", 1) => {
                let arg = self.text_arg(
                    args.into_iter()
                        .next()
                        .ok_or_else(|| PgError::unsupported(&name))?,
                    &name,
                )?;
                call(&name, vec![arg], SqlType::Text)
            }
            ("repeat", 2) => {
                let mut args = args.into_iter();
                let (Some(t), Some(n)) = (args.next(), args.next()) else {
                    return Err(PgError::unsupported("repeat()"));
                };
                let t = self.text_arg(t, "repeat")?;
                let n = self.coerce(n, &SqlType::Integer, CastContext::Implicit)?;
                call("repeat", vec![t, n], SqlType::Text)
            }
            ("btrim" | "ltrim" | "rtrim", 2) | ("strpos", 2) => {
                let mut bound = Vec::new();
                for a in args {
                    bound.push(self.text_arg(a, &name)?);
                }
                let ty = if name == "strpos" {
                    SqlType::Integer
                } else {
                    SqlType::Text
                };
                call(&name, bound, ty)
            }
            ("length" | "char_length" | "character_length", 1) => {
                let arg = self.text_arg(
                    args.into_iter()
                        .next()
                        .ok_or_else(|| PgError::unsupported(&name))?,
                    &name,
                )?;
                call("length", vec![arg], SqlType::Integer)
            }
            ("replace", 3) | ("substr", 2) | ("substr", 3) | ("left", 2) | ("right", 2) => {
                let mut bound = Vec::new();
                for (i, a) in args.into_iter().enumerate() {
                    let text_position = name == "replace" || i == 0;
                    bound.push(if text_position {
                        self.text_arg(a, &name)?
                    } else {
                        self.coerce(a, &SqlType::Integer, CastContext::Implicit)?
                    });
                }
                call(&name, bound, SqlType::Text)
            }
            ("concat", _) => {
                let args = args
                    .into_iter()
                    .map(|a| self.resolve_unknown(a))
                    .collect::<Result<_, _>>()?;
                call("concat", args, SqlType::Text)
            }
            ("abs" | "ceil" | "ceiling" | "floor", 1) => {
                let arg = self.resolve_numeric_arg(args, &name)?;
                let ty = arg.ty.without_typmod();
                call(&name, vec![arg], ty)
            }
            ("round" | "trunc", 1 | 2) => {
                let mut args = args;
                let digits = if args.len() == 2 { args.pop() } else { None };
                let arg = self.resolve_numeric_arg(args, &name)?;
                let is_float = matches!(arg.ty, SqlType::Real | SqlType::Double);
                if is_float && digits.is_some() {
                    let mut types = vec![arg.ty.clone()];
                    types.extend(digits.iter().map(|d| d.ty.clone()));
                    return Err(builtins::no_function(&name, &types));
                }
                let (arg, ty) = if is_float {
                    let arg = self.coerce(arg, &SqlType::Double, CastContext::Implicit)?;
                    (arg, SqlType::Double)
                } else {
                    (
                        self.coerce(arg, &SqlType::Numeric(None), CastContext::Implicit)?,
                        SqlType::Numeric(None),
                    )
                };
                let mut bound = vec![arg];
                if let Some(d) = digits {
                    bound.push(self.coerce(d, &SqlType::Integer, CastContext::Implicit)?);
                }
                call(&name, bound, ty)
            }
            // Real PostgreSQL functions the engine does not implement are refused as
            // such; only calls no built-in could accept get PostgreSQL's "does not exist".
            _ => Err(builtins::no_function(&name, &arg_types(&args))),
        }
    }

    fn resolve_numeric_arg(&self, args: Vec<Expr>, name: &str) -> Result<Expr, PgError> {
        let arg = args
            .into_iter()
            .next()
            .ok_or_else(|| PgError::unsupported(name))?;
        match arg.ty.category() {
            Category::Numeric => Ok(arg),
            Category::Unknown => self.coerce(arg, &SqlType::Double, CastContext::Implicit),
            _ => Err(builtins::no_function(name, &[arg.ty])),
        }
    }
}

/// The type an unknown literal takes opposite a typed operand.
/// As [`literal_partner_type`], except that `datetime + 'literal'` reads the literal
/// as an interval: there is no `timestamp + timestamp` operator to prefer.
fn literal_partner_type_for(op: Op, other: &SqlType) -> SqlType {
    if op == Op::Add && other.category() == Category::DateTime {
        return SqlType::Interval;
    }
    literal_partner_type(other)
}

fn literal_partner_type(other: &SqlType) -> SqlType {
    match other.category() {
        Category::String => SqlType::Text,
        _ => other.clone(),
    }
}

/// Types a numeric or string literal as PostgreSQL's lexer does.
pub fn literal(v: &ast::Value) -> Result<Expr, PgError> {
    Ok(match v {
        ast::Value::Number(n, _) => {
            let is_integer = n
                .trim_start_matches('-')
                .chars()
                .all(|c| c.is_ascii_digit());
            match n.parse::<i64>() {
                Ok(i) if is_integer && i >= i32::MIN as i64 && i <= i32::MAX as i64 => {
                    Expr::constant(Value::Int(i), SqlType::Integer)
                }
                Ok(i) if is_integer => Expr::constant(Value::Int(i), SqlType::BigInt),
                _ => {
                    let d = super::value::parse_numeric(n)
                        .ok_or_else(super::value::numeric_too_large)?;
                    Expr::constant(Value::Numeric(d), SqlType::Numeric(None))
                }
            }
        }
        ast::Value::SingleQuotedString(s)
        | ast::Value::EscapedStringLiteral(s)
        | ast::Value::DollarQuotedString(ast::DollarQuotedString { value: s, .. }) => {
            Expr::constant(Value::Text(s.clone()), SqlType::Unknown)
        }
        ast::Value::Boolean(b) => Expr::constant(Value::Bool(*b), SqlType::Boolean),
        ast::Value::Null => Expr::constant(Value::Null, SqlType::Unknown),
        other => return Err(PgError::unsupported(format!("the literal {other}"))),
    })
}

fn truth(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        _ => None,
    }
}

/// Casts between date/time types and text depend on DateStyle/TimeZone: PostgreSQL
/// marks them stable, so the planner does not fold them.
fn is_stable_cast(from: &SqlType, to: &SqlType) -> bool {
    let datetime = |t: &SqlType| matches!(t.category(), Category::DateTime | Category::Timespan);
    let string = |t: &SqlType| matches!(t.category(), Category::String | Category::Unknown);
    let zone_shift = matches!(
        (from, to),
        (SqlType::Timestamp, SqlType::TimestampTz) | (SqlType::TimestampTz, SqlType::Timestamp)
    );
    (datetime(from) && string(to)) || (string(from) && datetime(to)) || zone_shift
}

/// Functions whose result may change within a statement: never folded.
const NOT_IMMUTABLE: &[&str] = &[
    "now",
    "current_timestamp",
    "transaction_timestamp",
    "statement_timestamp",
    "localtimestamp",
    "current_date",
    "nextval",
    "setval",
    "gen_random_uuid",
];

impl Expr {
    /// The planner's constant folding (`eval_const_expressions`): evaluates every
    /// constant sub-expression once, before any row is read, so its errors are raised
    /// even when no row qualifies. Short-circuits as PostgreSQL does: AND/OR stop at a
    /// deciding constant, CASE skips arms whose condition is constant false,
    /// COALESCE stops at its first non-NULL constant. `Some` = the node is constant.
    pub fn fold(&self, env: &mut Env) -> Result<Option<Value>, PgError> {
        let all = |items: &[&Expr], env: &mut Env| -> Result<bool, PgError> {
            let mut constant = true;
            for e in items {
                constant &= e.fold(env)?.is_some();
            }
            Ok(constant)
        };
        let constant = match &self.node {
            Node::Const(v) => return Ok(Some(v.clone())),
            Node::Column(..) => return Ok(None),
            Node::Cast(e, _) if is_stable_cast(&e.ty, &self.ty) => {
                e.fold(env)?;
                false
            }
            Node::Cast(e, _)
            | Node::Neg(e)
            | Node::Not(e)
            | Node::IsNull(e, _)
            | Node::IsBool(e, ..)
            | Node::Distinct(e, _) => all(&[e], env)?,
            Node::Binary(_, l, r) | Node::Like(l, r, ..) | Node::Regex(l, r, ..) => {
                all(&[l, r], env)?
            }
            Node::InList(e, items, _) => {
                let mut refs: Vec<&Expr> = vec![e];
                refs.extend(items.iter());
                all(&refs, env)?
            }
            Node::Logic(and, items) => {
                let mut constant = true;
                for item in items {
                    match item.fold(env)? {
                        Some(Value::Bool(b)) if b != *and => return Ok(Some(Value::Bool(b))),
                        Some(_) => {}
                        None => constant = false,
                    }
                }
                constant
            }
            Node::Case(whens, else_) => {
                for (cond, result) in whens {
                    match cond.fold(env)? {
                        Some(Value::Bool(true)) => return result.fold(env),
                        Some(_) => {}
                        None => {
                            result.fold(env)?;
                        }
                    }
                }
                if let Some(e) = else_ {
                    e.fold(env)?;
                }
                false
            }
            Node::Func(name, args) if name == "coalesce" => {
                // Arguments are folded until a non-NULL constant; later ones are dropped.
                let mut constant = true;
                for a in args {
                    match a.fold(env)? {
                        Some(Value::Null) => {}
                        Some(v) if constant => return Ok(Some(v)),
                        Some(_) => break,
                        None => constant = false,
                    }
                }
                return Ok(if constant { Some(Value::Null) } else { None });
            }
            Node::Func(name, args) => {
                let refs: Vec<&Expr> = args.iter().collect();
                all(&refs, env)? && !NOT_IMMUTABLE.contains(&name.as_str())
            }
        };
        if constant {
            self.eval(&[], env).map(Some)
        } else {
            Ok(None)
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
            Node::Cast(e, _)
            | Node::Neg(e)
            | Node::Not(e)
            | Node::IsNull(e, _)
            | Node::IsBool(e, ..)
            | Node::Distinct(e, _) => e.mentions_type(ty),
            Node::Binary(_, l, r) | Node::Like(l, r, ..) | Node::Regex(l, r, ..) => {
                l.mentions_type(ty) || r.mentions_type(ty)
            }
            Node::Logic(_, items) | Node::Func(_, items) => any(items),
            Node::InList(e, items, _) => e.mentions_type(ty) || any(items),
            Node::Case(whens, else_) => {
                whens
                    .iter()
                    .any(|(c, r)| c.mentions_type(ty) || r.mentions_type(ty))
                    || else_.as_ref().is_some_and(|e| e.mentions_type(ty))
            }
        }
    }

    /// Evaluates against one row.
    pub fn eval(&self, row: &[Value], env: &mut Env) -> Result<Value, PgError> {
        Ok(match &self.node {
            Node::Const(v) => v.clone(),
            Node::Column(i, _) => row.get(*i).cloned().unwrap_or(Value::Null),
            Node::Cast(inner, explicit) => {
                let v = inner.eval(row, env)?;
                let enums = env.enums;
                convert(&v, &inner.ty, &self.ty, *explicit, &|n: &str| {
                    enums.get(n).cloned()
                })?
            }
            Node::Neg(inner) => match inner.eval(row, env)? {
                Value::Null => Value::Null,
                Value::Int(i) => Value::Int(check_int(-(i as i128), &self.ty)?),
                Value::Numeric(d) => Value::Numeric(-d),
                Value::Float(f) => Value::Float(-f),
                Value::Interval(i) => Value::Interval(i.negate()),
                other => other,
            },
            Node::Not(inner) => match truth(&inner.eval(row, env)?) {
                Some(b) => Value::Bool(!b),
                None => Value::Null,
            },
            Node::Logic(and, items) => {
                let mut saw_null = false;
                for item in items {
                    match truth(&item.eval(row, env)?) {
                        Some(b) if b != *and => return Ok(Value::Bool(b)),
                        Some(_) => {}
                        None => saw_null = true,
                    }
                }
                if saw_null {
                    Value::Null
                } else {
                    Value::Bool(*and)
                }
            }
            Node::IsNull(inner, negated) => {
                Value::Bool(inner.eval(row, env)?.is_null() != *negated)
            }
            Node::Distinct(eq, not_distinct) => {
                let Node::Binary(_, l, r) = &eq.node else {
                    return Ok(Value::Null);
                };
                let (a, b) = (l.eval(row, env)?, r.eval(row, env)?);
                let same = match (a.is_null(), b.is_null()) {
                    (true, true) => true,
                    (false, false) => eq.eval(row, env)? == Value::Bool(true),
                    _ => false,
                };
                Value::Bool(same == *not_distinct)
            }
            Node::IsBool(inner, tested, negated) => {
                let v = truth(&inner.eval(row, env)?);
                Value::Bool((v == Some(*tested)) != *negated)
            }
            Node::Like(e, p, negated, ci) => match (e.eval(row, env)?, p.eval(row, env)?) {
                (Value::Text(s), Value::Text(pat)) => Value::Bool(like(&s, &pat, *ci)? != *negated),
                _ => Value::Null,
            },
            Node::Regex(e, p, negated, ci) => match (e.eval(row, env)?, p.eval(row, env)?) {
                (Value::Text(s), Value::Text(pat)) => {
                    Value::Bool(super::regex::matches(&s, &pat, *ci)? != *negated)
                }
                _ => Value::Null,
            },
            Node::InList(e, list, negated) => {
                let v = e.eval(row, env)?;
                if v.is_null() {
                    return Ok(Value::Null);
                }
                let mut saw_null = false;
                for item in list {
                    let candidate = item.eval(row, env)?;
                    if candidate.is_null() {
                        saw_null = true;
                    } else if v.same_key(&candidate) {
                        return Ok(Value::Bool(!negated));
                    }
                }
                if saw_null {
                    Value::Null
                } else {
                    Value::Bool(*negated)
                }
            }
            Node::Case(whens, else_) => {
                for (cond, result) in whens {
                    if truth(&cond.eval(row, env)?) == Some(true) {
                        return result.eval(row, env);
                    }
                }
                match else_ {
                    Some(e) => e.eval(row, env)?,
                    None => Value::Null,
                }
            }
            Node::Binary(op, l, r) => {
                let (a, b) = (l.eval(row, env)?, r.eval(row, env)?);
                if let (SqlType::Enum(name), Value::Text(x), Value::Text(y)) = (&l.ty, &a, &b) {
                    // Enums order by label position, not alphabetically.
                    let labels = env.enums.get(name).cloned().unwrap_or_default();
                    let pos = |v: &str| labels.iter().position(|l| l == v);
                    return binary(
                        *op,
                        &Value::Int(pos(x).unwrap_or(0) as i64),
                        &Value::Int(pos(y).unwrap_or(0) as i64),
                        &SqlType::Integer,
                        &self.ty,
                    );
                }
                binary(*op, &a, &b, &l.ty, &self.ty)?
            }
            Node::Func(name, args) => self.call(name, args, row, env)?,
        })
    }

    fn call(
        &self,
        name: &str,
        args: &[Expr],
        row: &[Value],
        env: &mut Env,
    ) -> Result<Value, PgError> {
        if matches!(name, "coalesce") {
            for a in args {
                let v = a.eval(row, env)?;
                if !v.is_null() {
                    return Ok(v);
                }
            }
            return Ok(Value::Null);
        }
        let values = args
            .iter()
            .map(|a| a.eval(row, env))
            .collect::<Result<Vec<_>, _>>()?;
        let text = |i: usize| match values.get(i) {
            Some(Value::Text(s)) => Some(s.clone()),
            _ => None,
        };
        let int = |i: usize| match values.get(i) {
            Some(Value::Int(n)) => Some(*n),
            _ => None,
        };
        Ok(match name {
            "now"
            | "current_timestamp"
            | "transaction_timestamp"
            | "statement_timestamp"
            | "localtimestamp" => Value::Timestamp(env.now),
            "current_date" => Value::Date(env.now.date()),
            "gen_random_uuid" => {
                *env.random = env
                    .random
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let hi = *env.random as u128;
                *env.random = env
                    .random
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let bits = (hi << 64) | *env.random as u128;
                let bits = (bits & !(0xf << 76)) | (0x4 << 76);
                let bits = (bits & !(0x3 << 62)) | (0x2 << 62);
                Value::Uuid(bits)
            }
            "nextval" => {
                let Some(seq) = text(0) else {
                    return Ok(Value::Null);
                };
                let seq = seq.trim_matches('"').to_string();
                let Some(sequence) = env.sequences.get_mut(&seq) else {
                    return Err(PgError::undefined_table(&seq));
                };
                Value::Int(sequence.next_value())
            }
            "setval" => {
                let (Some(seq), Some(Value::Int(v))) = (text(0), values.get(1).cloned()) else {
                    return Ok(Value::Null);
                };
                let seq = seq.trim_matches('"').to_string();
                let Some(sequence) = env.sequences.get_mut(&seq) else {
                    return Err(PgError::undefined_table(&seq));
                };
                sequence.last = Some(v);
                Value::Int(v)
            }
            "greatest" | "least" => {
                let mut best: Option<Value> = None;
                for v in values.into_iter().filter(|v| !v.is_null()) {
                    best = Some(match best {
                        None => v,
                        Some(b) => {
                            let ord = v.compare(&b);
                            let take = if name == "greatest" {
                                ord.is_gt()
                            } else {
                                ord.is_lt()
                            };
                            if take {
                                v
                            } else {
                                b
                            }
                        }
                    });
                }
                best.unwrap_or(Value::Null)
            }
            "nullif" => match values.get(1) {
                Some(Value::Bool(true)) => Value::Null,
                _ => values.first().cloned().unwrap_or(Value::Null),
            },
            "concat" => {
                let mut out = String::new();
                for (a, v) in args.iter().zip(&values) {
                    if let Value::Bool(b) = v {
                        out.push(if *b { 't' } else { 'f' });
                    } else if let Some(s) = v.output(&a.ty) {
                        out.push_str(&s);
                    }
                }
                Value::Text(out)
            }
            _ if values.iter().any(Value::is_null) => Value::Null,
            "lower" => Value::Text(text(0).unwrap_or_default().to_lowercase()),
            "upper" => Value::Text(text(0).unwrap_or_default().to_uppercase()),
            "initcap" => Value::Text(initcap(&text(0).unwrap_or_default())),
            "btrim" | "ltrim" | "rtrim" => {
                let set: Vec<char> = text(1).unwrap_or_else(|| " ".into()).chars().collect();
                let s = text(0).unwrap_or_default();
                let trimmed = match name {
                    "ltrim" => s.trim_start_matches(set.as_slice()),
                    "rtrim" => s.trim_end_matches(set.as_slice()),
                    _ => s.trim_matches(set.as_slice()),
                };
                Value::Text(trimmed.to_string())
            }
            "strpos" => {
                let (hay, needle) = (text(0).unwrap_or_default(), text(1).unwrap_or_default());
                Value::Int(
                    hay.find(&needle)
                        .map_or(0, |b| hay[..b].chars().count() as i64 + 1),
                )
            }
            "repeat" => {
                let s = text(0).unwrap_or_default();
                // PostgreSQL's size check, before the allocation.
                super::limits::repeat_length(s.len(), int(1).unwrap_or(0))?;
                Value::Text(s.repeat(int(1).unwrap_or(0).max(0) as usize))
            }
            "length" => Value::Int(text(0).unwrap_or_default().chars().count() as i64),
            "replace" => {
                let from = text(1).unwrap_or_default();
                let s = text(0).unwrap_or_default();
                Value::Text(if from.is_empty() {
                    s
                } else {
                    s.replace(&from, &text(2).unwrap_or_default())
                })
            }
            "substr" => {
                let s: Vec<char> = text(0).unwrap_or_default().chars().collect();
                let start = int(1).unwrap_or(1);
                let end = match int(2) {
                    Some(len) if len < 0 => {
                        return Err(PgError::new(
                            "22011",
                            "negative substring length not allowed",
                        ))
                    }
                    Some(len) => start.saturating_add(len),
                    None => i64::MAX,
                };
                let from = (start.max(1) - 1) as usize;
                let to = (end.max(1) - 1).min(s.len() as i64) as usize;
                Value::Text(if from < to {
                    s[from..to].iter().collect()
                } else {
                    String::new()
                })
            }
            "left" | "right" => {
                let s: Vec<char> = text(0).unwrap_or_default().chars().collect();
                let n = int(1).unwrap_or(0);
                let len = s.len() as i64;
                let keep = if n >= 0 { n.min(len) } else { (len + n).max(0) } as usize;
                Value::Text(if name == "left" {
                    s[..keep].iter().collect()
                } else {
                    s[s.len() - keep..].iter().collect()
                })
            }
            "md5" => return Err(PgError::unsupported("md5()")),
            "abs" => match &values[0] {
                Value::Int(i) => Value::Int(check_int((*i as i128).abs(), &self.ty)?),
                Value::Numeric(d) => Value::Numeric(d.abs()),
                Value::Float(f) => Value::Float(f.abs()),
                other => other.clone(),
            },
            "ceil" | "ceiling" | "floor" => match &values[0] {
                Value::Numeric(d) => {
                    Value::Numeric(if name == "floor" { d.floor() } else { d.ceil() })
                }
                Value::Float(f) => Value::Float(if name == "floor" { f.floor() } else { f.ceil() }),
                other => other.clone(),
            },
            "round" | "trunc" => {
                let digits = int(1).unwrap_or(0);
                match &values[0] {
                    Value::Float(f) => Value::Float(if name == "round" {
                        f.round_ties_even()
                    } else {
                        f.trunc()
                    }),
                    Value::Numeric(d) => {
                        let strategy = if name == "round" {
                            RoundingStrategy::MidpointAwayFromZero
                        } else {
                            RoundingStrategy::ToZero
                        };
                        if digits >= 0 {
                            let mut r = d.round_dp_with_strategy(digits.min(28) as u32, strategy);
                            r.rescale(digits.min(28) as u32);
                            Value::Numeric(r)
                        } else {
                            let factor = Decimal::from_i128_with_scale(
                                10i128.pow((-digits).min(28) as u32),
                                0,
                            );
                            let mut r = (d / factor)
                                .round_dp_with_strategy(0, strategy)
                                .checked_mul(factor)
                                .ok_or_else(|| {
                                    PgError::new("22003", "value overflows numeric format")
                                })?;
                            r.rescale(0);
                            Value::Numeric(r)
                        }
                    }
                    other => other.clone(),
                }
            }
            other => return Err(PgError::unsupported(format!("the function {other}()"))),
        })
    }
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for j in 0..b.len() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != b[j]))
                .min(row[j] + 1)
                .min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

fn initcap(s: &str) -> String {
    let mut out = String::new();
    let mut start = true;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            start = false;
        } else {
            out.push(c);
            start = true;
        }
    }
    out
}

/// PostgreSQL's `select_div_scale`: at least 16 significant digits, never fewer
/// decimals than either input.
fn div_scale(a: &Decimal, b: &Decimal) -> u32 {
    fn weight_and_first(d: &Decimal) -> (i64, i64) {
        // Weight in base-10000 digits of the first non-zero group, and that group.
        let s = d.abs().normalize().to_string();
        let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
        let int_part = int_part.trim_start_matches('0');
        if !int_part.is_empty() {
            let groups = int_part.len().div_ceil(4);
            let first_len = int_part.len() - (groups - 1) * 4;
            return (
                (groups - 1) as i64,
                int_part[..first_len].parse().unwrap_or(0),
            );
        }
        let mut frac = frac_part.to_string();
        while frac.len() % 4 != 0 {
            frac.push('0');
        }
        for (i, chunk) in frac.as_bytes().chunks(4).enumerate() {
            let g: i64 = std::str::from_utf8(chunk)
                .ok()
                .and_then(|c| c.parse().ok())
                .unwrap_or(0);
            if g != 0 {
                return (-(i as i64) - 1, g);
            }
        }
        (0, 0)
    }
    let (w1, f1) = weight_and_first(a);
    let (w2, f2) = weight_and_first(b);
    let mut qweight = w1 - w2;
    if f1 <= f2 {
        qweight -= 1;
    }
    let rscale = 16 - qweight * 4;
    let rscale = rscale
        .max(a.scale() as i64)
        .max(b.scale() as i64)
        .clamp(0, 28);
    rscale as u32
}

fn binary(
    op: Op,
    a: &Value,
    b: &Value,
    operand_ty: &SqlType,
    result_ty: &SqlType,
) -> Result<Value, PgError> {
    if a.is_null() || b.is_null() {
        return Ok(Value::Null);
    }
    if op.is_comparison() {
        let ord = a.compare(b);
        return Ok(Value::Bool(match op {
            Op::Eq => ord.is_eq(),
            Op::Ne => ord.is_ne(),
            Op::Lt => ord.is_lt(),
            Op::Le => ord.is_le(),
            Op::Gt => ord.is_gt(),
            _ => ord.is_ge(),
        }));
    }
    if op == Op::Concat && *result_ty == SqlType::Jsonb {
        let (Value::Text(x), Value::Text(y)) = (a, b) else {
            return Ok(Value::Null);
        };
        return Ok(Value::Text(super::json::concat(x, y)?));
    }
    if op == Op::Concat {
        let (Value::Text(x), Value::Text(y)) = (a, b) else {
            return Ok(Value::Null);
        };
        super::limits::concat_length(x.len(), y.len())?;
        return Ok(Value::Text(format!("{x}{y}")));
    }
    let _ = operand_ty;
    let out_of_range = || PgError::new("22008", "timestamp out of range");
    if let (Value::Timestamp(t), Value::Interval(i)) = (a, b) {
        let i = if op == Op::Sub { i.negate() } else { *i };
        return Ok(Value::Timestamp(i.add_to(*t).ok_or_else(out_of_range)?));
    }
    match (a, b) {
        (Value::Interval(x), Value::Interval(y)) => {
            return Ok(Value::Interval(if op == Op::Sub {
                *x + y.negate()
            } else {
                *x + *y
            }))
        }
        (Value::Timestamp(x), Value::Timestamp(y)) => {
            return Ok(Value::Interval(super::interval::Interval::between(*x, *y)))
        }
        (Value::Interval(x), Value::Float(f)) => {
            if op == Op::Div && *f == 0.0 {
                return Err(PgError::division_by_zero());
            }
            return Ok(Value::Interval(x.scale(if op == Op::Div {
                1.0 / f
            } else {
                *f
            })));
        }
        _ => {}
    }
    Ok(match (a, b) {
        (Value::Int(x), Value::Int(y))
            if *result_ty == SqlType::Integer && matches!(operand_ty, SqlType::Date) =>
        {
            Value::Int(x - y)
        }
        // The infinities absorb day arithmetic.
        (Value::Date(d), Value::Int(_))
            if *d == chrono::NaiveDate::MAX || *d == chrono::NaiveDate::MIN =>
        {
            Value::Date(*d)
        }
        (Value::Date(d), Value::Int(n)) => {
            let out_of_range = || PgError::new("22008", "date out of range");
            let days = if op == Op::Add {
                Some(*n)
            } else {
                n.checked_neg()
            }
            .ok_or_else(out_of_range)?;
            let delta = chrono::Duration::try_days(days).ok_or_else(out_of_range)?;
            Value::Date(d.checked_add_signed(delta).ok_or_else(out_of_range)?)
        }
        (Value::Date(x), Value::Date(y)) => Value::Int((*x - *y).num_days()),
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x as i128, *y as i128);
            let v = match op {
                Op::Add => x + y,
                Op::Sub => x - y,
                Op::Mul => x * y,
                Op::Div | Op::Mod if y == 0 => return Err(PgError::division_by_zero()),
                Op::Div => x / y,
                _ => x % y,
            };
            Value::Int(check_int(v, result_ty)?)
        }
        (Value::Numeric(x), Value::Numeric(y)) => Value::Numeric(numeric_op(op, x, y)?),
        (Value::Float(x), Value::Float(y)) => {
            let v = match op {
                Op::Add => x + y,
                Op::Sub => x - y,
                Op::Mul => x * y,
                Op::Div if *y == 0.0 => return Err(PgError::division_by_zero()),
                Op::Div => x / y,
                _ => {
                    return Err(PgError::undefined_operator(
                        &result_ty.format(),
                        "%",
                        &result_ty.format(),
                    ))
                }
            };
            if v.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(PgError::new("22003", "value out of range: overflow"));
            }
            Value::Float(if *result_ty == SqlType::Real {
                v as f32 as f64
            } else {
                v
            })
        }
        _ => Value::Null,
    })
}

/// numeric arithmetic with PostgreSQL's result scales: max for + and -, the sum for *,
/// `select_div_scale` for /.
fn numeric_op(op: Op, x: &Decimal, y: &Decimal) -> Result<Decimal, PgError> {
    let overflow = || PgError::new("22003", "value overflows numeric format");
    let mut r = match op {
        Op::Add => x.checked_add(*y).ok_or_else(overflow)?,
        Op::Sub => x.checked_sub(*y).ok_or_else(overflow)?,
        Op::Mul => x.checked_mul(*y).ok_or_else(overflow)?,
        _ => return numeric_div(op, x, y),
    };
    let scale = match op {
        Op::Mul => (x.scale() + y.scale()).min(28),
        _ => x.scale().max(y.scale()),
    };
    if r.scale() < scale {
        r.rescale(scale);
    }
    Ok(r)
}

fn numeric_div(op: Op, x: &Decimal, y: &Decimal) -> Result<Decimal, PgError> {
    if y.is_zero() {
        return Err(PgError::division_by_zero());
    }
    if op == Op::Div {
        let scale = div_scale(x, y);
        let q = x
            .checked_div(*y)
            .ok_or_else(|| PgError::new("22003", "value overflows numeric format"))?;
        let mut r = q.round_dp_with_strategy(scale, RoundingStrategy::MidpointAwayFromZero);
        r.rescale(scale);
        return Ok(r);
    }
    x.checked_rem(*y).ok_or_else(PgError::division_by_zero)
}

/// SQL LIKE with `%`, `_` and backslash escapes.
fn like(s: &str, pattern: &str, case_insensitive: bool) -> Result<bool, PgError> {
    let (s, pattern) = if case_insensitive {
        (s.to_lowercase(), pattern.to_lowercase())
    } else {
        (s.to_string(), pattern.to_string())
    };
    let s: Vec<char> = s.chars().collect();
    let p: Vec<char> = pattern.chars().collect();
    if p.last() == Some(&'\\') && p.iter().rev().take_while(|c| **c == '\\').count() % 2 == 1 {
        return Err(PgError::new(
            "22025",
            "LIKE pattern must not end with escape character",
        ));
    }
    fn matches(s: &[char], p: &[char]) -> bool {
        match p.first() {
            None => s.is_empty(),
            Some('%') => (0..=s.len()).any(|i| matches(&s[i..], &p[1..])),
            Some('_') => !s.is_empty() && matches(&s[1..], &p[1..]),
            Some('\\') if p.len() > 1 => s.first() == Some(&p[1]) && matches(&s[1..], &p[2..]),
            Some(c) => s.first() == Some(c) && matches(&s[1..], &p[1..]),
        }
    }
    Ok(matches(&s, &p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_division_keeps_sixteen_significant_digits() {
        let one = Decimal::from_str("1.0").unwrap();
        let three = Decimal::from(3);
        assert_eq!(div_scale(&one, &three), 20);
        assert_eq!(div_scale(&Decimal::from(10), &Decimal::from(4)), 16);
    }

    #[test]
    fn like_handles_wildcards() {
        assert!(like("hello", "h%o", false).unwrap());
        assert!(like("hello", "_ello", false).unwrap());
        assert!(!like("hello", "h_o", false).unwrap());
        assert!(like("HeLLo", "hello", true).unwrap());
    }
}
