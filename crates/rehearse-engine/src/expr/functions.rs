//! Built-in functions: binding a call (argument coercions, result type) and evaluating it.

use super::{Env, Expr, Node, Op, Scope};
use crate::builtins;
use crate::error::PgError;
use crate::types::{CastContext, SqlType};
use crate::value::{check_int, Value};
use rust_decimal::prelude::*;
use rust_decimal::RoundingStrategy;
use sqlparser::ast;

/// Functions whose result may change within a statement: never folded.
pub(super) const NOT_IMMUTABLE: &[&str] = &[
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

impl Scope<'_> {
    pub(super) fn function(&self, f: &ast::Function) -> Result<Expr, PgError> {
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
}

impl Expr {
    pub(super) fn call(
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
                crate::limits::repeat_length(s.len(), int(1).unwrap_or(0))?;
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
