//! Set-returning functions in FROM (`generate_series`, `unnest`, the json and jsonb
//! element and key functions, `regexp_split_to_table`, `regexp_matches`,
//! `string_to_table`), with column
//! aliases and WITH ORDINALITY: bound against `pg_proc`'s signatures, then each call's
//! rows computed from the enclosing query's row (a call whose arguments read an
//! earlier FROM item of its level is PostgreSQL's implicit LATERAL: `srf_lateral`
//! binds it as a LATERAL subquery).
//!
//! **Invariant:** every row a function returns counts against the statement's work
//! budget ([`super::MAX_QUERY_WORK`]) before it is made, and one call returns at most
//! [`crate::MAX_ROWS`] rows, so `generate_series(1, 1e9)` is refused rather than
//! allocated.

use super::{spend, Clause, Context, Levels};
use crate::catalog::Row;
use crate::error::PgError;
use crate::expr::arithmetic::binary;
use crate::expr::{Env, Expr, Op, Scope};
use crate::types::{CastContext, SqlType};
use crate::value::Value;
use rust_decimal::Decimal;
use sqlparser::ast;
use std::cell::{Cell, RefCell};

/// Receives each row a function returns (counting it against the budgets).
type Push<'a> = dyn FnMut(Vec<Value>, &mut Env) -> Result<(), PgError> + 'a;

/// The set-returning functions the engine computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `generate_series` over integers, numeric or timestamps.
    Series,
    /// `unnest(array [, array ...])`: one column per array.
    Unnest,
    /// `jsonb_array_elements` (false) / `_text` (true).
    JsonbElements(bool),
    /// `jsonb_each` (false) / `jsonb_each_text` (true).
    JsonbEach(bool),
    JsonbObjectKeys,
    /// `json_array_elements` (false) / `_text` (true): json keeps each element's text.
    JsonElements(bool),
    /// `json_each` (false) / `_text` (true): every member, duplicate keys included.
    JsonEach(bool),
    JsonObjectKeys,
    RegexpSplit,
    /// `regexp_matches`: one `text[]` a match.
    RegexpMatches,
    StringToTable,
}

/// A bound call of a set-returning function in FROM.
#[derive(Debug, Clone)]
pub(crate) struct SetFunction {
    kind: Kind,
    name: String,
    args: Vec<Expr>,
    /// The element types `unnest` returns (the result type otherwise).
    types: Vec<SqlType>,
    ordinality: bool,
    /// Whether an argument reads the enclosing query's row.
    pub correlated: bool,
    /// Called per row of the FROM items before it (`srf_lateral`): its errors are
    /// refused, as PostgreSQL applies the WHERE conditions on those items first and
    /// may never call it for the row that fails here.
    implicit_lateral: bool,
}

impl SetFunction {
    /// Whether the function returns a scalar (one column, no ordinality), so that a
    /// whole-row reference to it is that column; else a record.
    pub(super) fn whole_row_is_column(&self) -> bool {
        !self.ordinality
            && self.types.len() == 1
            && !matches!(self.kind, Kind::JsonbEach(_) | Kind::JsonEach(_))
    }

    /// Whether `srf_lateral` bound it, inside the LATERAL subquery it makes.
    pub(super) fn is_implicit_lateral(&self) -> bool {
        self.implicit_lateral
    }
}

/// The relation a function in FROM is: its name, its columns and the bound call.
pub(super) struct Bound {
    pub alias: String,
    pub columns: Vec<(String, SqlType)>,
    pub function: SetFunction,
}

/// Whether `name` is a set-returning function PostgreSQL has that the engine computes.
pub fn is_set_returning(name: &str) -> bool {
    kind(name).is_some()
}

fn kind(name: &str) -> Option<Kind> {
    Some(match name {
        "generate_series" => Kind::Series,
        "unnest" => Kind::Unnest,
        "jsonb_array_elements" => Kind::JsonbElements(false),
        "jsonb_array_elements_text" => Kind::JsonbElements(true),
        "jsonb_each" => Kind::JsonbEach(false),
        "jsonb_each_text" => Kind::JsonbEach(true),
        "jsonb_object_keys" => Kind::JsonbObjectKeys,
        "json_array_elements" => Kind::JsonElements(false),
        "json_array_elements_text" => Kind::JsonElements(true),
        "json_each" => Kind::JsonEach(false),
        "json_each_text" => Kind::JsonEach(true),
        "json_object_keys" => Kind::JsonObjectKeys,
        "regexp_matches" => Kind::RegexpMatches,
        "regexp_split_to_table" => Kind::RegexpSplit,
        "string_to_table" => Kind::StringToTable,
        _ => return None,
    })
}

/// Binds `name(args) [WITH ORDINALITY] [AS alias (columns)]` in FROM.
pub(super) fn bind_from(
    levels: &Levels,
    name: &str,
    args: &[ast::FunctionArg],
    alias: Option<&ast::TableAlias>,
    ordinality: bool,
) -> Result<Bound, PgError> {
    // `srf_lateral`'s rewrite of an implicitly LATERAL call names it so.
    let (name, implicit_lateral) = match name.strip_prefix(IMPLICIT_LATERAL) {
        Some(name) => (name, true),
        None => (name, false),
    };
    let context = Context {
        tables: levels.tables,
        outer: levels.outer,
        clause: Cell::new(Clause::FromFunction),
        aggregates: RefCell::new(Vec::new()),
        correlated: Cell::new(false),
        depth: levels.depth,
        ctes: levels.ctes.clone(),
        windows: RefCell::new(Vec::new()),
        named_windows: &[],
        set_functions: RefCell::new(Vec::new()),
        join_columns: RefCell::new(None),
        own: RefCell::new(Some(Vec::new())),
        range: levels.range,
        scalar_relations: Vec::new(),
    };
    let scope = Scope {
        table: "",
        columns: Vec::new(),
        enums: levels.enums,
        extensions: levels.extensions,
        joined: Vec::new(),
        query: Some(&context),
    };
    let mut bound = Vec::new();
    for a in args {
        let ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(e)) = a else {
            return Err(PgError::unsupported(format!(
                "the argument `{a}` of {name}() in FROM"
            )));
        };
        match scope.bind(e) {
            Ok(b) => bound.push(b),
            // An earlier FROM item's column: PostgreSQL's implicit LATERAL, which
            // `srf_lateral` binds as a LATERAL subquery.
            // Inside that subquery every earlier item is in scope: the error is
            // PostgreSQL's own.
            Err(e) if matches!(e.sqlstate.as_str(), "42703" | "42P01") && !implicit_lateral => {
                return Err(reads_other_items(name))
            }
            Err(e) => return Err(e),
        }
    }
    let (kind, args, types) = signature(&scope, name, bound)?;
    let relation = alias.map(|a| crate::ident(&a.name));
    // A function returning one scalar column names it after the alias, else itself.
    let mut columns: Vec<(String, SqlType)> = match kind {
        Kind::JsonbEach(_) | Kind::JsonEach(_) => vec![
            ("key".into(), SqlType::Text),
            ("value".into(), types[0].clone()),
        ],
        Kind::JsonbElements(_) | Kind::JsonElements(_) => vec![("value".into(), types[0].clone())],
        Kind::Unnest if types.len() > 1 => types
            .iter()
            .map(|t| ("unnest".to_string(), t.clone()))
            .collect(),
        _ => vec![(
            relation.clone().unwrap_or_else(|| name.to_string()),
            types[0].clone(),
        )],
    };
    if ordinality {
        columns.push(("ordinality".into(), SqlType::BigInt));
    }
    if let Some(a) = alias {
        if a.columns.len() > columns.len() {
            return Err(PgError::new(
                "42601",
                format!("too many column aliases specified for function {name}"),
            ));
        }
        for (c, n) in columns.iter_mut().zip(&a.columns) {
            c.0 = crate::ident(n);
        }
    }
    Ok(Bound {
        alias: relation.unwrap_or_else(|| name.to_string()),
        columns,
        function: SetFunction {
            kind,
            name: name.to_string(),
            args,
            types,
            ordinality,
            correlated: context.correlated.get(),
            implicit_lateral,
        },
    })
}

/// The prefix `srf_lateral` gives the name of a call it binds as a LATERAL
/// subquery (no SQL identifier holds a NUL).
pub(super) const IMPLICIT_LATERAL: &str = "\0";

/// The refusal of a function in FROM whose arguments read another FROM item's
/// columns (PostgreSQL's implicit LATERAL), when bound as a plain function.
pub(super) fn reads_other_items(name: &str) -> PgError {
    PgError::unsupported(format!(
        "{name}() in FROM reading another FROM item's columns (LATERAL)"
    ))
}

/// Where a call's placeholder column sits while its query is bound (below the window
/// functions' placeholders).
pub(crate) const PLACEHOLDER_BASE: usize = usize::MAX / 8;

/// Binds a set-returning function call of the select list, returning its placeholder
/// (the column its value takes in each expanded row).
pub(crate) fn bind_target(
    scope: &Scope,
    context: &Context,
    name: &str,
    f: &ast::Function,
) -> Result<Expr, PgError> {
    let ast::FunctionArguments::List(list) = &f.args else {
        return Err(PgError::unsupported(format!("the call {f}")));
    };
    if list.duplicate_treatment.is_some()
        || !list.clauses.is_empty()
        || f.filter.is_some()
        || !f.within_group.is_empty()
    {
        return Err(PgError::unsupported(format!("the call {f}")));
    }
    let before = context.set_functions.borrow().len();
    let mut args = Vec::new();
    for a in &list.args {
        let ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(e)) = a else {
            return Err(PgError::unsupported(format!(
                "the argument `{a}` of {name}()"
            )));
        };
        args.push(scope.bind(e)?);
    }
    if context.set_functions.borrow().len() > before {
        return Err(PgError::unsupported(format!(
            "a set-returning function in the arguments of {name}()"
        )));
    }
    match context.clause.get() {
        Clause::Target => {}
        clause @ (Clause::Where
        | Clause::Having
        | Clause::JoinOn
        | Clause::Limit
        | Clause::Offset
        | Clause::Update
        | Clause::Returning
        | Clause::Filter) => {
            return Err(PgError::new(
                "0A000",
                format!(
                    "set-returning functions are not allowed in {}",
                    clause.name()
                ),
            ))
        }
        clause => {
            return Err(PgError::unsupported(format!(
                "{name}() in {}",
                clause.name()
            )))
        }
    }
    let (kind, args, types) = signature(scope, name, args)?;
    if types.len() != 1 || matches!(kind, Kind::JsonbEach(_) | Kind::JsonEach(_)) {
        return Err(PgError::unsupported(format!(
            "{name}() returning records in the select list"
        )));
    }
    let ty = types[0].clone();
    let mut calls = context.set_functions.borrow_mut();
    calls.push(SetFunction {
        kind,
        name: name.to_string(),
        args,
        types,
        ordinality: false,
        correlated: false,
        implicit_lateral: false,
    });
    Ok(Expr {
        node: crate::expr::Node::Column(PLACEHOLDER_BASE + calls.len() - 1, name.to_string()),
        ty,
    })
}

fn is_placeholder(i: usize) -> bool {
    (PLACEHOLDER_BASE..super::window::PLACEHOLDER_BASE).contains(&i)
}

/// Whether `e` holds a set-returning function's placeholder.
fn holds_placeholder(e: &Expr) -> bool {
    matches!(e.node, crate::expr::Node::Column(i, _) if is_placeholder(i))
        || e.children().into_iter().any(holds_placeholder)
}

/// PostgreSQL's `check_srf_call_placement` for the constructs bound before it is
/// known that an argument returns a set: CASE and COALESCE refuse them (0A000).
pub(crate) fn check_placement(e: &Expr) -> Result<(), PgError> {
    use crate::expr::Node;
    let place = match &e.node {
        Node::Case(..) => Some("CASE"),
        Node::Func(f, _) if f.name == "coalesce" => Some("COALESCE"),
        Node::Func(f, _) if matches!(f.name, "greatest" | "least" | "nullif") => {
            if holds_placeholder(e) {
                return Err(PgError::unsupported(format!(
                    "a set-returning function inside {}()",
                    f.name
                )));
            }
            None
        }
        _ => None,
    };
    if let Some(place) = place {
        if holds_placeholder(e) {
            return Err(PgError::new(
                "0A000",
                format!("set-returning functions are not allowed in {place}"),
            )
            .hint(
                "You might be able to move the set-returning function into a LATERAL FROM item.",
            ));
        }
    }
    for c in e.children() {
        check_placement(c)?;
    }
    Ok(())
}

/// Moves the placeholders in `e` to `base` onwards (past the aggregates' and window
/// functions' values).
pub(crate) fn place(e: &mut Expr, base: usize) {
    super::window::Pending::remap(e, &mut |i| {
        if is_placeholder(i) {
            i - PLACEHOLDER_BASE + base
        } else {
            i
        }
    });
}

/// The function `name(args)` resolves to, its arguments cast as it takes them, and
/// its result column types.
fn signature(
    scope: &Scope,
    name: &str,
    args: Vec<Expr>,
) -> Result<(Kind, Vec<Expr>, Vec<SqlType>), PgError> {
    use SqlType as T;
    let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
    let none = || crate::builtins::no_function(name, &types);
    let Some(kind) = kind(name) else {
        return Err(PgError::unsupported(format!(
            "the function {name}() in FROM"
        )));
    };
    let cast_all = |args: Vec<Expr>, ty: &SqlType| -> Result<Vec<Expr>, PgError> {
        args.into_iter()
            .map(|a| scope.coerce(a, ty, CastContext::Implicit))
            .collect()
    };
    let textual = |t: &SqlType| matches!(t, T::Unknown | T::Text | T::Varchar(_) | T::Char(_));
    Ok(match kind {
        Kind::Series => {
            if !(2..=3).contains(&args.len()) {
                return Err(none());
            }
            let integer = |t: &SqlType| matches!(t, T::SmallInt | T::Integer | T::BigInt);
            if types.iter().all(integer) {
                let ty = if types.contains(&T::BigInt) {
                    T::BigInt
                } else {
                    T::Integer
                };
                (kind, cast_all(args, &ty)?, vec![ty])
            } else if types
                .iter()
                .all(|t| integer(t) || matches!(t, T::Numeric(_)))
            {
                let ty = T::Numeric(None);
                (kind, cast_all(args, &ty)?, vec![ty])
            } else if args.len() == 3
                && matches!(types[2], T::Interval | T::Unknown)
                && types[..2]
                    .iter()
                    .all(|t| matches!(t, T::Timestamp | T::TimestampTz | T::Unknown))
                && !types[..2].iter().all(|t| *t == T::Unknown)
            {
                let ty = if types[..2].contains(&T::TimestampTz) {
                    T::TimestampTz
                } else {
                    T::Timestamp
                };
                let mut args = args;
                let step = scope.coerce(args.remove(2), &T::Interval, CastContext::Implicit)?;
                let mut args = cast_all(args, &ty)?;
                args.push(step);
                (kind, args, vec![ty])
            } else {
                return Err(none());
            }
        }
        Kind::Unnest => {
            if args.is_empty() {
                return Err(none());
            }
            let mut elements = Vec::new();
            for t in &types {
                match t {
                    T::Array(e) => elements.push(e.as_ref().clone()),
                    _ => return Err(none()),
                }
            }
            (kind, args, elements)
        }
        Kind::JsonbElements(text) | Kind::JsonbEach(text) => {
            if args.len() != 1 || !matches!(types[0], T::Jsonb | T::Unknown) {
                return Err(none());
            }
            let out = if text { T::Text } else { T::Jsonb };
            (kind, cast_all(args, &T::Jsonb)?, vec![out])
        }
        Kind::JsonbObjectKeys => {
            if args.len() != 1 || !matches!(types[0], T::Jsonb | T::Unknown) {
                return Err(none());
            }
            (kind, cast_all(args, &T::Jsonb)?, vec![T::Text])
        }
        Kind::JsonElements(text) | Kind::JsonEach(text) => {
            if args.len() != 1 || !matches!(types[0], T::Json | T::Unknown) {
                return Err(none());
            }
            let out = if text { T::Text } else { T::Json };
            (kind, cast_all(args, &T::Json)?, vec![out])
        }
        Kind::JsonObjectKeys => {
            if args.len() != 1 || !matches!(types[0], T::Json | T::Unknown) {
                return Err(none());
            }
            (kind, cast_all(args, &T::Json)?, vec![T::Text])
        }
        Kind::RegexpSplit | Kind::StringToTable | Kind::RegexpMatches => {
            if !(2..=3).contains(&args.len()) || !types.iter().all(textual) {
                return Err(none());
            }
            let out = if kind == Kind::RegexpMatches {
                T::Array(Box::new(T::Text))
            } else {
                T::Text
            };
            (kind, cast_all(args, &T::Text)?, vec![out])
        }
    })
}

impl SetFunction {
    /// The call's expressions (constant folding).
    pub fn expressions(&mut self) -> Vec<&mut Expr> {
        self.args.iter_mut().collect()
    }

    /// The rows the call returns, given the enclosing query's row.
    pub fn rows(&self, outer: &[Value], env: &mut Env) -> Result<Vec<Row>, PgError> {
        let rows = self.compute(outer, env);
        match rows {
            Err(e) if self.implicit_lateral && e.unsupported.is_none() => {
                Err(PgError::unsupported(format!(
                    "the error \"{}\" of {}() called for each row of an earlier FROM item (PostgreSQL applies the WHERE conditions on that item first, and may never call it for that row)",
                    e.message, self.name
                )))
            }
            other => other,
        }
    }

    fn compute(&self, outer: &[Value], env: &mut Env) -> Result<Vec<Row>, PgError> {
        let args = self
            .args
            .iter()
            .map(|a| a.eval(outer, env))
            .collect::<Result<Vec<_>, _>>()?;
        let mut out: Vec<Row> = Vec::new();
        // A strict function of a NULL argument returns no rows; unnest reads a NULL
        // array as empty; string_to_table is not strict (a NULL delimiter splits
        // into characters) but returns nothing for a NULL string.
        let strict = !matches!(self.kind, Kind::Unnest | Kind::StringToTable);
        if (strict && args.iter().any(Value::is_null))
            || (self.kind == Kind::StringToTable && args[0].is_null())
        {
            return Ok(out);
        }
        let name = &self.name;
        let mut push = |values: Vec<Value>, env: &mut Env| -> Result<(), PgError> {
            spend(env, 1)?;
            // One call's rows are held at once: at most a table's worth.
            if out.len() >= crate::MAX_ROWS {
                return Err(PgError::unsupported(format!(
                    "{name}() returning more than {} rows (the playground's limit)",
                    crate::MAX_ROWS
                )));
            }
            out.push(values);
            Ok(())
        };
        match self.kind {
            Kind::Series => self.series(&args, env, &mut push)?,
            Kind::Unnest => {
                let lists: Vec<Vec<Value>> = args
                    .iter()
                    .map(|a| match a {
                        Value::Array(a) => a.elements().to_vec(),
                        _ => Vec::new(),
                    })
                    .collect();
                let n = lists.iter().map(Vec::len).max().unwrap_or(0);
                for i in 0..n {
                    push(
                        lists
                            .iter()
                            .map(|l| l.get(i).cloned().unwrap_or(Value::Null))
                            .collect(),
                        env,
                    )?;
                }
            }
            Kind::JsonbElements(text) => {
                let Value::Text(doc) = &args[0] else {
                    return Ok(Vec::new());
                };
                match crate::json::shape(doc)? {
                    crate::json::Shape::Array(items) => {
                        for item in items {
                            push(vec![json_value(item, text)], env)?;
                        }
                    }
                    crate::json::Shape::Object(_) => {
                        return Err(PgError::new(
                            "22023",
                            "cannot extract elements from an object",
                        ))
                    }
                    crate::json::Shape::Scalar => {
                        return Err(PgError::new(
                            "22023",
                            "cannot extract elements from a scalar",
                        ))
                    }
                }
            }
            Kind::JsonbEach(text) => {
                let Value::Text(doc) = &args[0] else {
                    return Ok(Vec::new());
                };
                match crate::json::shape(doc)? {
                    crate::json::Shape::Object(members) => {
                        for (k, v) in members {
                            push(vec![Value::Text(k), json_value(v, text)], env)?;
                        }
                    }
                    _ => {
                        return Err(PgError::new(
                            "22023",
                            format!("cannot call {} on a non-object", self.name),
                        ))
                    }
                }
            }
            Kind::JsonbObjectKeys => {
                let Value::Text(doc) = &args[0] else {
                    return Ok(Vec::new());
                };
                match crate::json::shape(doc)? {
                    crate::json::Shape::Object(members) => {
                        for (k, _) in members {
                            push(vec![Value::Text(k)], env)?;
                        }
                    }
                    crate::json::Shape::Array(_) => {
                        return Err(PgError::new(
                            "22023",
                            "cannot call jsonb_object_keys on an array",
                        ))
                    }
                    crate::json::Shape::Scalar => {
                        return Err(PgError::new(
                            "22023",
                            "cannot call jsonb_object_keys on a scalar",
                        ))
                    }
                }
            }
            Kind::JsonElements(_) | Kind::JsonEach(_) | Kind::JsonObjectKeys => {
                let Value::Text(doc) = &args[0] else {
                    return Ok(Vec::new());
                };
                for row in json_rows(self.kind, doc, name)? {
                    push(row, env)?;
                }
            }
            Kind::RegexpMatches => {
                let (Value::Text(s), Value::Text(p)) = (&args[0], &args[1]) else {
                    return Ok(Vec::new());
                };
                let flags = match args.get(2) {
                    Some(Value::Text(f)) => f.as_str(),
                    _ => "",
                };
                for m in crate::expr::functions::regexp_matches::rows(s, p, flags)? {
                    push(vec![m], env)?;
                }
            }
            Kind::RegexpSplit => {
                let (Value::Text(s), Value::Text(p)) = (&args[0], &args[1]) else {
                    return Ok(Vec::new());
                };
                let ci = match args.get(2) {
                    None => false,
                    Some(Value::Text(f)) if f.is_empty() => false,
                    Some(Value::Text(f)) if f == "i" => true,
                    Some(other) => {
                        return Err(PgError::unsupported(format!(
                            "regexp_split_to_table with flags {other:?}"
                        )))
                    }
                };
                for piece in crate::regex::split(s, p, ci)? {
                    push(vec![Value::Text(piece)], env)?;
                }
            }
            Kind::StringToTable => {
                let Value::Text(s) = &args[0] else {
                    return Ok(Vec::new());
                };
                let null = match args.get(2) {
                    Some(Value::Text(n)) => Some(n.as_str()),
                    _ => None,
                };
                let pieces: Vec<String> = match &args[1] {
                    // A NULL delimiter splits into characters.
                    Value::Null => s.chars().map(String::from).collect(),
                    Value::Text(d) if s.is_empty() => {
                        let _ = d;
                        Vec::new()
                    }
                    Value::Text(d) if d.is_empty() => vec![s.clone()],
                    Value::Text(d) => s.split(d.as_str()).map(String::from).collect(),
                    _ => Vec::new(),
                };
                for piece in pieces {
                    let v = if Some(piece.as_str()) == null {
                        Value::Null
                    } else {
                        Value::Text(piece)
                    };
                    push(vec![v], env)?;
                }
            }
        }
        if self.ordinality {
            for (i, row) in out.iter_mut().enumerate() {
                row.push(Value::Int(i as i64 + 1));
            }
        }
        Ok(out)
    }

    /// generate_series: start, start + step, ... while not past stop (each value the
    /// previous plus the step, as PostgreSQL adds them; an overflow ends the series).
    fn series(&self, args: &[Value], env: &mut Env, push: &mut Push) -> Result<(), PgError> {
        let zero_step = || PgError::new("22023", "step size cannot equal zero");
        let ty = &self.types[0];
        match (&args[0], &args[1], args.get(2)) {
            (Value::Int(start), Value::Int(stop), step) => {
                let step = match step {
                    Some(Value::Int(s)) => *s,
                    _ => 1,
                };
                if step == 0 {
                    return Err(zero_step());
                }
                let (min, max) = if *ty == SqlType::BigInt {
                    (i64::MIN, i64::MAX)
                } else {
                    (i32::MIN as i64, i32::MAX as i64)
                };
                let mut current = *start;
                while (step > 0 && current <= *stop) || (step < 0 && current >= *stop) {
                    push(vec![Value::Int(current)], env)?;
                    match current.checked_add(step) {
                        Some(next) if (min..=max).contains(&next) => current = next,
                        _ => break,
                    }
                }
            }
            (Value::Numeric(start), Value::Numeric(stop), step) => {
                let step = match step {
                    Some(Value::Numeric(s)) => *s,
                    _ => Decimal::ONE,
                };
                if step.is_zero() {
                    return Err(zero_step());
                }
                let mut current = *start;
                let positive = step > Decimal::ZERO;
                while (positive && current <= *stop) || (!positive && current >= *stop) {
                    push(vec![Value::Numeric(current)], env)?;
                    match current.checked_add(step) {
                        Some(next) => current = next,
                        None => {
                            return Err(PgError::unsupported("numeric overflow in generate_series"))
                        }
                    }
                }
            }
            (Value::Timestamp(start), Value::Timestamp(stop), Some(Value::Interval(step))) => {
                let sign = step.cmp_key().signum();
                if sign == 0 {
                    return Err(zero_step());
                }
                let mut current = Value::Timestamp(*start);
                while let Value::Timestamp(t) = current {
                    if (sign > 0 && t > *stop) || (sign < 0 && t < *stop) {
                        break;
                    }
                    push(vec![current.clone()], env)?;
                    current = binary(Op::Add, &current, &Value::Interval(*step), ty, ty)?;
                }
            }
            _ => {
                return Err(PgError::unsupported(format!(
                    "generate_series over {}",
                    ty.format()
                )))
            }
        }
        Ok(())
    }
}

/// A jsonb element as a column: its jsonb text, or (for the `_text` forms) the text
/// `->>` gives (a string unquoted, `null` as NULL).
fn json_value(item: crate::json::Item, text: bool) -> Value {
    if !text {
        return Value::Text(item.jsonb);
    }
    match item.text {
        Some(t) => Value::Text(t),
        None => Value::Null,
    }
}

/// The rows of a json (not jsonb) set-returning function over the document `doc`.
fn json_rows(kind: Kind, doc: &str, name: &str) -> Result<Vec<Vec<Value>>, PgError> {
    use crate::expr::functions::json_elements as json;
    let value = |raw: &str, text: bool| -> Result<Value, PgError> {
        if !text {
            return Ok(Value::Text(raw.to_string()));
        }
        Ok(json::as_text(raw)?.map_or(Value::Null, Value::Text))
    };
    Ok(match kind {
        Kind::JsonElements(text) => json::array_elements(doc, name)?
            .into_iter()
            .map(|e| Ok(vec![value(e, text)?]))
            .collect::<Result<_, PgError>>()?,
        Kind::JsonEach(text) => json::members(doc)?
            .into_iter()
            .map(|(k, v)| Ok(vec![Value::Text(k), value(v, text)?]))
            .collect::<Result<_, PgError>>()?,
        Kind::JsonObjectKeys => json::object_keys(doc)?
            .into_iter()
            .map(|k| vec![Value::Text(k)])
            .collect(),
        _ => Vec::new(),
    })
}
