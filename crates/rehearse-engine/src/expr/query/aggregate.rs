//! Aggregate functions: binding a call (PostgreSQL's `transformAggregateCall`, with its
//! 42803 errors: nested calls, calls in a clause that allows none), the result types
//! `pg_aggregate` gives (`sum(integer)` is bigint, `sum(bigint)` and `avg(integer)`
//! numeric, `count` bigint), and computing a group's value from the inputs collected
//! for it (FILTER, DISTINCT, ORDER BY inside the call).
//!
//! **Invariant:** a bound call's placeholder is a column past the whole scope's row:
//! the grouped row appends the aggregates' values there (see `group`).

use super::order::{compare, same};
use super::{Clause, Context};
use crate::error::PgError;
use crate::expr::arithmetic::binary;
use crate::expr::{Env, Expr, Node, Op, Scope};
use crate::types::{CastContext, SqlType};
use crate::value::Value;
use rust_decimal::Decimal;
use sqlparser::ast;
use std::cmp::Ordering;

/// The aggregate functions the engine computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aggregate {
    /// `count(*)`.
    CountStar,
    /// `count(x)`: the non-NULL inputs.
    Count,
    /// `sum(x)`.
    Sum,
    /// `avg(x)`.
    Avg,
    /// `min(x)`.
    Min,
    /// `max(x)`.
    Max,
    /// `string_agg(value, delimiter)`.
    StringAgg,
    /// `array_agg(x)`.
    ArrayAgg,
    /// `bool_and(x)` / `every(x)`.
    BoolAnd,
    /// `bool_or(x)`.
    BoolOr,
    /// `json_agg(x)` (false) / `jsonb_agg(x)` (true).
    JsonAgg(bool),
    /// `json_object_agg(k, v)` (false) / `jsonb_object_agg(k, v)` (true).
    JsonObjectAgg(bool),
}

/// The names of PostgreSQL's built-in aggregates (the engine computes those of
/// [`Aggregate`]; the others are refused by name rather than taken for functions).
const AGGREGATE_NAMES: &[&str] = &[
    "count",
    "sum",
    "avg",
    "min",
    "max",
    "string_agg",
    "array_agg",
    "bool_and",
    "bool_or",
    "every",
    "json_agg",
    "jsonb_agg",
    "json_object_agg",
    "jsonb_object_agg",
    "bit_and",
    "bit_or",
    "bit_xor",
    "stddev",
    "stddev_pop",
    "stddev_samp",
    "variance",
    "var_pop",
    "var_samp",
    "corr",
    "covar_pop",
    "covar_samp",
    "regr_avgx",
    "regr_avgy",
    "regr_count",
    "regr_intercept",
    "regr_r2",
    "regr_slope",
    "regr_sxx",
    "regr_sxy",
    "regr_syy",
    "xmlagg",
    "any_value",
    "range_agg",
    "range_intersect_agg",
    "json_agg_strict",
    "jsonb_agg_strict",
    "json_object_agg_strict",
    "jsonb_object_agg_strict",
    "json_object_agg_unique",
    "jsonb_object_agg_unique",
    "json_object_agg_unique_strict",
    "jsonb_object_agg_unique_strict",
    "mode",
    "percentile_cont",
    "percentile_disc",
    "rank",
    "dense_rank",
    "percent_rank",
    "cume_dist",
];

/// Whether `name` is one of PostgreSQL's aggregate functions.
pub fn is_aggregate(name: &str) -> bool {
    AGGREGATE_NAMES.contains(&name)
}

/// One ORDER BY item inside a call: the input column, descending, NULLs first.
#[derive(Debug, Clone)]
struct InputOrder {
    expr: Expr,
    descending: bool,
    nulls_first: bool,
}

/// A bound aggregate call.
#[derive(Debug, Clone)]
pub struct Call {
    function: Aggregate,
    args: Vec<Expr>,
    distinct: bool,
    order: Vec<InputOrder>,
    filter: Option<Expr>,
    ty: SqlType,
}

/// The inputs collected for one call in one group: per row, the arguments' values
/// then the ORDER BY values.
pub type Inputs = Vec<Vec<Value>>;

/// Binds an aggregate call in `scope` (a query level), returning its placeholder.
pub(crate) fn bind(
    scope: &Scope,
    context: &Context,
    name: &str,
    f: &ast::Function,
) -> Result<Expr, PgError> {
    if f.over.is_some() {
        return Err(PgError::unsupported(format!(
            "the window function {name}() OVER"
        )));
    }
    let before = context.aggregates.borrow().len();
    let windows_before = context.windows.borrow().len();
    let srf_before = context.set_functions.borrow().len();
    let call = bind_call(scope, context, name, f)?;
    if context.aggregates.borrow().len() > before {
        return Err(PgError::new(
            "42803",
            "aggregate function calls cannot be nested",
        ));
    }
    if context.windows.borrow().len() > windows_before {
        return Err(PgError::new(
            "42803",
            "aggregate function calls cannot contain window function calls",
        ));
    }
    if context.set_functions.borrow().len() > srf_before {
        return Err(PgError::new(
            "0A000",
            "aggregate function calls cannot contain set-returning function calls",
        )
        .hint("You might be able to move the set-returning function into a LATERAL FROM item."));
    }
    let clause = context.clause.get();
    if !clause.allows_aggregates() {
        return Err(PgError::new(
            "42803",
            format!("aggregate functions are not allowed in {}", clause.name()),
        ));
    }
    check_level(scope, &call, name)?;
    let ty = call.ty.clone();
    let mut aggregates = context.aggregates.borrow_mut();
    let position = scope.width() + aggregates.len();
    aggregates.push(call);
    Ok(Expr {
        node: Node::Column(position, name.to_string()),
        ty,
    })
}

/// Binds an aggregate call's arguments, FILTER and ORDER BY (a plain aggregate's, or
/// a window aggregate's: its caller checks where it may appear).
pub(super) fn bind_call(
    scope: &Scope,
    context: &Context,
    name: &str,
    f: &ast::Function,
) -> Result<Call, PgError> {
    if !f.within_group.is_empty() || f.null_treatment.is_some() {
        return Err(PgError::unsupported(format!("the aggregate call {f}")));
    }
    let ast::FunctionArguments::List(list) = &f.args else {
        return Err(PgError::unsupported(format!("the aggregate call {f}")));
    };
    let distinct = matches!(
        list.duplicate_treatment,
        Some(ast::DuplicateTreatment::Distinct)
    );
    let mut order_items: &[ast::OrderByExpr] = &[];
    for clause in &list.clauses {
        match clause {
            ast::FunctionArgumentClause::OrderBy(items) => order_items = items,
            other => {
                return Err(PgError::unsupported(format!(
                    "the aggregate clause {other}"
                )))
            }
        }
    }
    let star = matches!(
        list.args.as_slice(),
        [ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Wildcard)]
    );
    let mut args = Vec::new();
    if !star {
        for a in &list.args {
            match a {
                ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(e)) => {
                    args.push(scope.bind(e)?)
                }
                other => {
                    return Err(PgError::unsupported(format!(
                        "the aggregate argument `{other}`"
                    )))
                }
            }
        }
    }
    let filter = match &f.filter {
        Some(e) => {
            let clause = context.clause.replace(Clause::Filter);
            let bound = super::boolean_clause(scope, e, "FILTER").map(Some);
            context.clause.set(clause);
            bound?
        }
        None => None,
    };
    let (function, args, ty) = signature(scope, name, args, star)?;
    if distinct && args.iter().any(|a| a.ty == SqlType::Citext) {
        return Err(PgError::unsupported(format!(
            "{name}(DISTINCT ...) over citext (extension citext)"
        )));
    }
    let mut order = Vec::new();
    for item in order_items {
        let expr = scope.bind(&item.expr)?;
        let expr = if expr.ty == SqlType::Unknown {
            scope.coerce(expr, &SqlType::Text, CastContext::Implicit)?
        } else {
            expr
        };
        if expr.ty == SqlType::Citext {
            return Err(PgError::unsupported(
                "ORDER BY over citext in an aggregate (extension citext)",
            ));
        }
        if distinct && !args.iter().any(|a| same(a, &expr)) {
            return Err(PgError::new(
                "42P10",
                "in an aggregate with DISTINCT, ORDER BY expressions must appear in argument list",
            ));
        }
        let descending = item.asc == Some(false);
        order.push(InputOrder {
            expr,
            descending,
            nulls_first: item.nulls_first.unwrap_or(descending),
        });
    }
    Ok(Call {
        function,
        args,
        distinct,
        order,
        filter,
        ty,
    })
}

/// Refuses an aggregate whose arguments read only an enclosing query's columns.
pub(super) fn check_level(scope: &Scope, call: &Call, name: &str) -> Result<(), PgError> {
    let Call {
        args,
        order,
        filter,
        ..
    } = call;
    // An aggregate whose arguments read only an enclosing query's columns belongs to
    // that query (PostgreSQL's aggregate levels): not simulated.
    let own = scope.own_width();
    let mut reads_own = false;
    let mut reads_outer = false;
    for e in args
        .iter()
        .chain(order.iter().map(|o| &o.expr))
        .chain(filter.iter())
    {
        visit_columns(e, &mut |i| {
            if i < own {
                reads_own = true
            } else {
                reads_outer = true
            }
        });
    }
    if reads_outer && !reads_own {
        return Err(PgError::unsupported(format!(
            "the aggregate {name}() of an enclosing query's columns"
        )));
    }
    Ok(())
}

pub(super) fn visit_columns(e: &Expr, f: &mut dyn FnMut(usize)) {
    if let Node::Column(i, _) = e.node {
        f(i);
    }
    for c in e.children() {
        visit_columns(c, f);
    }
}

/// The aggregate `name(args)` resolves to, its arguments cast as it takes them, and
/// its result type; PostgreSQL's answer (or Rehearse's refusal) for other types.
fn signature(
    scope: &Scope,
    name: &str,
    mut args: Vec<Expr>,
    star: bool,
) -> Result<(Aggregate, Vec<Expr>, SqlType), PgError> {
    use SqlType as T;
    let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
    let none = || crate::builtins::no_function(name, &types);
    if star {
        return match name {
            "count" => Ok((Aggregate::CountStar, args, T::BigInt)),
            _ => Err(PgError::unsupported(format!("{name}(*)"))),
        };
    }
    let one = |args: &Vec<Expr>| args.len() == 1;
    Ok(match name {
        "count" if one(&args) => (Aggregate::Count, args, T::BigInt),
        "sum" if one(&args) => {
            let ty = match &types[0] {
                T::SmallInt | T::Integer => T::BigInt,
                T::BigInt | T::Numeric(_) => T::Numeric(None),
                T::Real => T::Real,
                T::Double => T::Double,
                T::Interval => T::Interval,
                _ => return Err(none()),
            };
            (Aggregate::Sum, args, ty)
        }
        "avg" if one(&args) => {
            let ty = match &types[0] {
                T::SmallInt | T::Integer | T::BigInt | T::Numeric(_) => T::Numeric(None),
                T::Real | T::Double => T::Double,
                T::Interval => return Err(PgError::unsupported("avg(interval)")),
                _ => return Err(none()),
            };
            (Aggregate::Avg, args, ty)
        }
        "min" | "max" if one(&args) => {
            let function = if name == "min" {
                Aggregate::Min
            } else {
                Aggregate::Max
            };
            let ty = match &types[0] {
                T::Unknown | T::Varchar(_) | T::Text => T::Text,
                T::Numeric(_) => T::Numeric(None),
                t @ (T::SmallInt
                | T::Integer
                | T::BigInt
                | T::Real
                | T::Double
                | T::Date
                | T::Timestamp
                | T::TimestampTz
                | T::Interval
                | T::Enum(_)
                | T::Inet) => t.clone(),
                _ => return Err(none()),
            };
            let arg = args.remove(0);
            let arg = scope.coerce(arg, &ty, CastContext::Implicit)?;
            (function, vec![arg], ty)
        }
        "string_agg" if args.len() == 2 => {
            let textual = |t: &SqlType| {
                matches!(
                    t,
                    T::Unknown | T::Text | T::Varchar(_) | T::Char(_) | T::Enum(_)
                )
            };
            if !textual(&types[0]) || !textual(&types[1]) || matches!(types[0], T::Enum(_)) {
                return Err(none());
            }
            let args = args
                .into_iter()
                .map(|a| scope.coerce(a, &T::Text, CastContext::Implicit))
                .collect::<Result<Vec<_>, _>>()?;
            (Aggregate::StringAgg, args, T::Text)
        }
        "array_agg" if one(&args) => match &types[0] {
            T::Unknown | T::Array(_) => return Err(none()),
            t => (
                Aggregate::ArrayAgg,
                args.clone(),
                T::Array(Box::new(t.clone())),
            ),
        },
        "bool_and" | "bool_or" | "every" if one(&args) => {
            if !matches!(types[0], T::Boolean | T::Unknown) {
                return Err(none());
            }
            let arg = scope.coerce(args.remove(0), &T::Boolean, CastContext::Implicit)?;
            let function = if name == "bool_or" {
                Aggregate::BoolOr
            } else {
                Aggregate::BoolAnd
            };
            (function, vec![arg], T::Boolean)
        }
        "json_agg" | "jsonb_agg" if one(&args) => {
            let binary = name == "jsonb_agg";
            let arg = json_input(scope, args.remove(0), name)?;
            let ty = if binary { T::Jsonb } else { T::Json };
            (Aggregate::JsonAgg(binary), vec![arg], ty)
        }
        "json_object_agg" | "jsonb_object_agg" if args.len() == 2 => {
            let binary = name == "jsonb_object_agg";
            let value = json_input(scope, args.remove(1), name)?;
            let key = json_input(scope, args.remove(0), name)?;
            let ty = if binary { T::Jsonb } else { T::Json };
            (Aggregate::JsonObjectAgg(binary), vec![key, value], ty)
        }
        _ => return Err(none()),
    })
}

/// A JSON aggregate's input: an unknown literal reads as text (as for `to_json`); a
/// value the engine cannot write as JSON exactly (an array) is refused.
fn json_input(scope: &Scope, e: Expr, name: &str) -> Result<Expr, PgError> {
    if matches!(e.ty, SqlType::Array(_)) {
        return Err(PgError::unsupported(format!(
            "{name}() of {}",
            e.ty.format()
        )));
    }
    if e.ty == SqlType::Unknown {
        scope.coerce(e, &SqlType::Text, CastContext::Implicit)
    } else {
        Ok(e)
    }
}

impl Call {
    /// The result type.
    pub fn ty(&self) -> &SqlType {
        &self.ty
    }

    /// Whether the call has DISTINCT or an ORDER BY of its own (which window
    /// aggregates do not implement).
    pub(super) fn distinct_or_ordered(&self) -> (bool, bool) {
        (self.distinct, !self.order.is_empty())
    }

    /// Whether the value depends on the order of the inputs (the aggregates that
    /// list them).
    pub(super) fn order_sensitive(&self) -> bool {
        matches!(
            self.function,
            Aggregate::StringAgg
                | Aggregate::ArrayAgg
                | Aggregate::JsonAgg(_)
                | Aggregate::JsonObjectAgg(_)
        )
    }

    /// The call's expressions (the 42803 check).
    pub fn inputs(&self) -> Vec<&Expr> {
        let mut all: Vec<&Expr> = self.args.iter().collect();
        all.extend(self.order.iter().map(|o| &o.expr));
        all.extend(self.filter.iter());
        all
    }

    /// The call's expressions, mutably (for constant folding).
    pub fn expressions(&mut self) -> Vec<&mut Expr> {
        let mut all: Vec<&mut Expr> = self.args.iter_mut().collect();
        all.extend(self.order.iter_mut().map(|o| &mut o.expr));
        all.extend(self.filter.iter_mut());
        all
    }

    /// Adds one row's inputs, when FILTER lets it through.
    pub fn collect(
        &self,
        row: &[Value],
        inputs: &mut Inputs,
        env: &mut Env,
    ) -> Result<(), PgError> {
        if let Some(f) = &self.filter {
            if f.eval(row, env)? != Value::Bool(true) {
                return Ok(());
            }
        }
        let mut values = Vec::with_capacity(self.args.len() + self.order.len());
        for e in self.args.iter().chain(self.order.iter().map(|o| &o.expr)) {
            values.push(e.eval(row, env)?);
        }
        inputs.push(values);
        Ok(())
    }

    /// The group's value.
    pub fn finish(&self, mut inputs: Inputs, env: &mut Env) -> Result<Value, PgError> {
        let n = self.args.len();
        if self.distinct || !self.order.is_empty() {
            self.sort(&mut inputs, env)?;
        }
        if self.distinct {
            let mut seen = std::collections::HashSet::new();
            inputs.retain(|row| {
                let key: Vec<String> = row[..n]
                    .iter()
                    .zip(&self.args)
                    .map(|(v, a)| super::group::key_text(v, &a.ty))
                    .collect();
                seen.insert(key)
            });
        }
        let arg_ty = self
            .args
            .first()
            .map(|a| a.ty.clone())
            .unwrap_or(SqlType::Unknown);
        // The strict aggregates skip NULL inputs.
        let non_null = || inputs.iter().filter(|r| !r[0].is_null()).map(|r| &r[0]);
        Ok(match self.function {
            Aggregate::CountStar => Value::Int(inputs.len() as i64),
            Aggregate::Count => Value::Int(non_null().count() as i64),
            Aggregate::Sum => {
                let mut total = Value::Null;
                for v in non_null() {
                    let v = self.widen(v);
                    total = if total.is_null() {
                        v
                    } else {
                        binary(Op::Add, &total, &v, &self.ty, &self.ty)?
                    };
                }
                total
            }
            Aggregate::Avg => {
                let values: Vec<&Value> = non_null().collect();
                if values.is_empty() {
                    return Ok(Value::Null);
                }
                if self.ty == SqlType::Double {
                    let sum: f64 = values
                        .iter()
                        .map(|v| match v {
                            Value::Float(f) => *f,
                            _ => 0.0,
                        })
                        .sum();
                    Value::Float(sum / values.len() as f64)
                } else {
                    let mut total = Value::Numeric(Decimal::ZERO);
                    for v in values.iter() {
                        total = binary(Op::Add, &total, &self.widen(v), &self.ty, &self.ty)?;
                    }
                    let count = Value::Numeric(Decimal::from(values.len() as i64));
                    binary(Op::Div, &total, &count, &self.ty, &self.ty)?
                }
            }
            Aggregate::Min | Aggregate::Max => {
                let want = if self.function == Aggregate::Min {
                    Ordering::Less
                } else {
                    Ordering::Greater
                };
                let mut best: Option<&Value> = None;
                for v in non_null() {
                    if best.is_none_or(|b| compare(v, b, &arg_ty, env) == want) {
                        best = Some(v);
                    }
                }
                best.cloned().unwrap_or(Value::Null)
            }
            Aggregate::StringAgg => {
                let mut out: Option<String> = None;
                for row in &inputs {
                    let Value::Text(s) = &row[0] else { continue };
                    match out.as_mut() {
                        None => out = Some(s.clone()),
                        Some(text) => {
                            if let Value::Text(d) = &row[1] {
                                text.push_str(d);
                            }
                            text.push_str(s);
                            crate::limits::within_playground(text.len() as u64)?;
                        }
                    }
                }
                out.map_or(Value::Null, Value::Text)
            }
            Aggregate::ArrayAgg => {
                if inputs.is_empty() {
                    return Ok(Value::Null);
                }
                let values = inputs.into_iter().map(|mut r| r.swap_remove(0)).collect();
                Value::Array(Box::new(crate::value::array::Array::from_elements(values)))
            }
            Aggregate::BoolAnd | Aggregate::BoolOr => {
                let and = self.function == Aggregate::BoolAnd;
                let mut result: Option<bool> = None;
                for v in non_null() {
                    if let Value::Bool(b) = v {
                        result = Some(match result {
                            None => *b,
                            Some(r) if and => r && *b,
                            Some(r) => r || *b,
                        });
                    }
                }
                result.map_or(Value::Null, Value::Bool)
            }
            Aggregate::JsonAgg(jsonb) => {
                if inputs.is_empty() {
                    return Ok(Value::Null);
                }
                let mut items = Vec::new();
                for row in &inputs {
                    items.push(crate::expr::functions::json::datum_to_json(
                        &row[0], &arg_ty,
                    )?);
                }
                let text = format!("[{}]", items.join(", "));
                crate::limits::within_playground(text.len() as u64)?;
                Value::Text(if jsonb {
                    crate::json::normalize(&text, true)?
                } else {
                    text
                })
            }
            Aggregate::JsonObjectAgg(jsonb) => {
                if inputs.is_empty() {
                    return Ok(Value::Null);
                }
                let value_ty = &self.args[1].ty;
                let mut pairs = Vec::new();
                for row in &inputs {
                    let Some(key) = row[0].output(&arg_ty) else {
                        return Err(if jsonb {
                            PgError::new("22023", "field name must not be null")
                        } else {
                            PgError::new("22004", "null value not allowed for object key")
                        });
                    };
                    let key = crate::expr::functions::json::datum_to_json(
                        &Value::Text(key),
                        &SqlType::Text,
                    )?;
                    let value = crate::expr::functions::json::datum_to_json(&row[1], value_ty)?;
                    pairs.push(if jsonb {
                        format!("{key}: {value}")
                    } else {
                        format!("{key} : {value}")
                    });
                }
                let text = if jsonb {
                    format!("{{{}}}", pairs.join(", "))
                } else {
                    format!("{{ {} }}", pairs.join(", "))
                };
                crate::limits::within_playground(text.len() as u64)?;
                Value::Text(if jsonb {
                    crate::json::normalize(&text, true)?
                } else {
                    text
                })
            }
        })
    }

    /// An input value as the sum's or average's accumulator holds it: integers
    /// summed into numeric become numeric.
    fn widen(&self, v: &Value) -> Value {
        match (v, &self.ty) {
            (Value::Int(i), SqlType::Numeric(_)) => Value::Numeric(Decimal::from(*i)),
            _ => v.clone(),
        }
    }

    /// Sorts the inputs by the call's ORDER BY, then (for DISTINCT) by the arguments,
    /// as PostgreSQL sorts an ordered or DISTINCT aggregate's input.
    fn sort(&self, inputs: &mut Inputs, env: &Env) -> Result<(), PgError> {
        let n = self.args.len();
        let mut keys: Vec<(usize, SqlType, bool, bool)> = self
            .order
            .iter()
            .enumerate()
            .map(|(i, o)| (n + i, o.expr.ty.clone(), o.descending, o.nulls_first))
            .collect();
        if self.distinct {
            keys.extend(
                self.args
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (i, a.ty.clone(), false, false)),
            );
        }
        crate::pgsort::sort::<Vec<Value>, PgError>(inputs, &mut |a, b| {
            for (i, ty, descending, nulls_first) in &keys {
                let ord = match (a[*i].is_null(), b[*i].is_null()) {
                    (true, true) => Ordering::Equal,
                    (true, false) if *nulls_first => Ordering::Less,
                    (true, false) => Ordering::Greater,
                    (false, true) if *nulls_first => Ordering::Greater,
                    (false, true) => Ordering::Less,
                    (false, false) => {
                        let o = compare(&a[*i], &b[*i], ty, env);
                        if *descending {
                            o.reverse()
                        } else {
                            o
                        }
                    }
                };
                if ord != Ordering::Equal {
                    return Ok(ord);
                }
            }
            Ok(Ordering::Equal)
        })
    }
}
