//! The walk over sqlparser's AST: each SQL construct becomes a typed node, as
//! PostgreSQL's `transformExpr` makes one, with the same errors.
//!
//! Constructs PostgreSQL rewrites during parsing are rewritten here too, so they bind
//! (and deparse) as PostgreSQL's: `BETWEEN` is two comparisons, `CASE x WHEN` compares
//! `x = ...`, `SUBSTRING(... FROM ...)`, `POSITION`, `TRIM` and `CEIL`/`FLOOR` are
//! function calls.
//!
//! **Invariant:** every call goes through `limits::enter`, so an expression nested past
//! the guard is PostgreSQL's "stack depth limit exceeded", never a stack overflow.

use super::escaped_patterns::Escaped;
use super::functions::builtin;
use super::subquery::SubLinkKindAst;
use super::{Expr, Node, Op, PatternOp, Scope};
use crate::builtins;
use crate::error::PgError;
use crate::types::{CastContext, Category, SqlType};
use crate::value::Value;
use sqlparser::ast::{self, BinaryOperator, UnaryOperator};

impl Scope<'_> {
    /// Binds a parsed expression.
    pub fn bind(&self, e: &ast::Expr) -> Result<Expr, PgError> {
        // One level per call: refuse before the stack runs out (see `limits`).
        let _level = crate::limits::enter()?;
        use ast::Expr as E;
        Ok(match e {
            E::Identifier(id) => {
                if id.quote_style.is_none()
                    && crate::keywords::is_reserved_keyword(&id.value.to_lowercase())
                {
                    return Err(PgError::syntax_error(&id.value));
                }
                self.column(&crate::ident(id))?
            }
            E::CompoundIdentifier(parts) => {
                let name = parts.last().map(crate::ident).unwrap_or_default();
                let qualifier = if parts.len() == 2 {
                    crate::ident(&parts[0])
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
                                None => Err(self.no_such_column(Some(&qualifier), &name)),
                            };
                        }
                        offset += columns.len();
                    }
                    // A merged column through its `USING (...) AS alias`.
                    let join = self.query.and_then(|c| c.join_columns());
                    match join.and_then(|j| j.qualified(&qualifier, &name)) {
                        Some(Err(e)) if e.sqlstate == "42703" => {
                            return Err(self.no_such_column(Some(&qualifier), &name))
                        }
                        Some(found) => return found,
                        None => {}
                    }
                    // A column of an enclosing query (a correlated subquery). Where no
                    // level has it, the error is told from here, the innermost level
                    // (PostgreSQL searches the range tables from where the name is).
                    return Err(match self.outer_reference(e) {
                        Some(Err(e)) if e.sqlstate == "42703" => {
                            self.no_such_column(Some(&qualifier), &name)
                        }
                        Some(Err(e)) if e.sqlstate == "42P01" => self.missing_relation(&qualifier),
                        Some(found) => return found,
                        None => self.missing_relation(&qualifier),
                    });
                }
                // Qualified by the scope's own relation: that relation's column, even
                // where a joined one has the same name (no ambiguity, unlike a bare name).
                match self.columns.iter().position(|(n, _)| *n == name) {
                    Some(i) => Expr::new(Node::Column(i, name), self.columns[i].1.clone()),
                    None => return Err(self.no_such_column(Some(&qualifier), &name)),
                }
            }
            E::Value(v) => literal(v)?,
            E::Nested(inner) => self.bind(inner)?,
            E::Cast {
                expr,
                data_type: ast::DataType::Regclass,
                ..
            } => match expr.as_ref() {
                // regclass output leaves out the schema of a relation on the search
                // path: `'public.t_id_seq'::regclass` reads back as `t_id_seq`.
                E::Value(ast::Value::SingleQuotedString(name)) if name.starts_with("public.") => {
                    let bare = ast::Value::SingleQuotedString(name["public.".len()..].to_string());
                    self.resolve_unknown(literal(&bare)?)?
                }
                _ => self.resolve_unknown(self.bind(expr)?)?,
            },
            E::Cast {
                expr, data_type, ..
            } => {
                crate::extensions::check_cast_type(
                    data_type,
                    &|n| self.enums.contains_key(n),
                    self.extensions,
                )?;
                let spec = SqlType::from_ast(data_type, &|n| self.enums.contains_key(n))?;
                let inner = self.bind(expr)?;
                self.coerce(inner, &spec.ty, CastContext::Explicit)?
            }
            // EXTRACT(field FROM x) is the function extract('field', x).
            E::Extract { field, expr, .. } => {
                let field = Expr::constant(
                    Value::Text(field.to_string().to_lowercase()),
                    SqlType::Unknown,
                );
                let source = self.bind(expr)?;
                self.call("extract", vec![field, source])?
            }
            // x AT TIME ZONE zone is the function timezone(zone, x).
            E::AtTimeZone {
                timestamp,
                time_zone,
            } => {
                let source = self.bind(timestamp)?;
                let zone = self.bind(time_zone)?;
                self.call("timezone", vec![zone, source])?
            }
            E::TypedString { data_type, value } => {
                crate::extensions::check_cast_type(
                    data_type,
                    &|n| self.enums.contains_key(n),
                    self.extensions,
                )?;
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
            E::BinaryOp {
                left,
                op: op @ (ast::BinaryOperator::Eq | ast::BinaryOperator::NotEq),
                right,
            } if super::row_compare::rows(left, right).is_some() => {
                let (l, r) = super::row_compare::rows(left, right).unwrap_or_default();
                let op = if matches!(op, ast::BinaryOperator::Eq) {
                    super::row_compare::RowOp::Eq
                } else {
                    super::row_compare::RowOp::Ne
                };
                self.row_comparison(l, r, op)?
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
            E::Like {
                negated,
                expr,
                pattern,
                escape_char: Some(escape),
                any: false,
            } => self.escaped_match(
                Escaped::Like {
                    case_insensitive: false,
                },
                expr,
                pattern,
                Some(escape),
                *negated,
            )?,
            E::ILike {
                negated,
                expr,
                pattern,
                escape_char: Some(escape),
                any: false,
            } => self.escaped_match(
                Escaped::Like {
                    case_insensitive: true,
                },
                expr,
                pattern,
                Some(escape),
                *negated,
            )?,
            E::SimilarTo {
                negated,
                expr,
                pattern,
                escape_char,
            } => self.escaped_match(
                Escaped::Similar,
                expr,
                pattern,
                escape_char.as_deref(),
                *negated,
            )?,
            E::AnyOp {
                left,
                compare_op,
                right,
                ..
            } => self.quantified(left, compare_op, right, false)?,
            E::AllOp {
                left,
                compare_op,
                right,
            } => self.quantified(left, compare_op, right, true)?,
            E::Subquery(query) => self.sublink(query, SubLinkKindAst::Scalar)?,
            E::Exists { subquery, negated } => {
                let exists = self.sublink(subquery, SubLinkKindAst::Exists)?;
                if *negated {
                    Expr::new(Node::Not(Box::new(exists)), SqlType::Boolean)
                } else {
                    exists
                }
            }
            E::InSubquery {
                expr,
                subquery,
                negated,
            } => {
                // PostgreSQL reads `x IN (SELECT ...)` as `x = ANY (SELECT ...)` and
                // `NOT IN` as `NOT (x = ANY (...))`.
                let any = self.sublink(
                    subquery,
                    SubLinkKindAst::Quantified {
                        left: expr,
                        op: Op::Eq,
                        all: false,
                    },
                )?;
                if *negated {
                    Expr::new(Node::Not(Box::new(any)), SqlType::Boolean)
                } else {
                    any
                }
            }
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
            E::Array(array) => self.array_constructor(&array.elem)?,
            E::Between {
                expr,
                negated,
                low,
                high,
            } if crate::sql::between_symmetric::lower_bound(low).is_some() => {
                // transformAExprBetween's AEXPR_BETWEEN_SYM / AEXPR_NOT_BETWEEN_SYM.
                let low = crate::sql::between_symmetric::lower_bound(low).unwrap_or(low);
                let cmp = |op: BinaryOperator, bound: &ast::Expr| ast::Expr::BinaryOp {
                    left: expr.clone(),
                    op,
                    right: Box::new(bound.clone()),
                };
                let (inner, outer, lo, hi) = if *negated {
                    (false, true, BinaryOperator::Lt, BinaryOperator::Gt)
                } else {
                    (true, false, BinaryOperator::GtEq, BinaryOperator::LtEq)
                };
                let mut sides = Vec::new();
                for (a, b) in [(low, high.as_ref()), (high.as_ref(), low)] {
                    sides.push(Expr::new(
                        Node::Logic(
                            inner,
                            vec![
                                self.bind(&cmp(lo.clone(), a))?,
                                self.bind(&cmp(hi.clone(), b))?,
                            ],
                        ),
                        SqlType::Boolean,
                    ));
                }
                Expr::new(Node::Logic(outer, sides), SqlType::Boolean)
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
            E::IsDistinctFrom(l, r) | E::IsNotDistinctFrom(l, r)
                if super::row_compare::rows(l, r).is_some() =>
            {
                let (left, right) = super::row_compare::rows(l, r).unwrap_or_default();
                let not = matches!(e, E::IsNotDistinctFrom(..));
                self.row_comparison(left, right, super::row_compare::RowOp::Distinct(not))?
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
                special,
            } => {
                let string = self.bind(expr)?;
                let bytea = string.ty == SqlType::Bytea;
                let mut args = vec![if bytea {
                    string
                } else {
                    self.text_arg(string, "substring")?
                }];
                let from = match substring_from {
                    Some(f) => self.bind(f)?,
                    None => Expr::constant(Value::Int(1), SqlType::Integer),
                };
                // bytea has only the integer forms (an unknown start reads as one);
                // a typed string start matches no `substring(bytea, ...)`.
                if bytea && from.ty.category() == Category::String {
                    return Err(PgError::unsupported("substring(bytea FROM a string)"));
                }
                // A text (or unknown) start is a pattern: `substring(t FROM pattern [FOR
                // escape])`, PostgreSQL's `substring(text, text [, text])`.
                if !bytea && matches!(from.ty.category(), Category::String | Category::Unknown) {
                    args.push(from);
                    if let Some(escape) = substring_for {
                        args.push(self.bind(escape)?);
                    }
                    return self.call("substring", args);
                }
                args.push(self.coerce(from, &SqlType::Integer, CastContext::Implicit)?);
                if let Some(n) = substring_for {
                    args.push(self.coerce(
                        self.bind(n)?,
                        &SqlType::Integer,
                        CastContext::Implicit,
                    )?);
                }
                // `SUBSTRING(t FROM a FOR b)` prints back in that syntax (`ruleutils.c`),
                // which the `substring` entry's deparsing writes.
                let function = if *special { "substr" } else { "substring" };
                let ty = if bytea { SqlType::Bytea } else { SqlType::Text };
                Expr::new(Node::Func(builtin(function)?, args), ty)
            }
            E::Position { expr, r#in } => {
                let (needle, haystack) = (self.bind(expr)?, self.bind(r#in)?);
                if needle.ty == SqlType::Bytea || haystack.ty == SqlType::Bytea {
                    return self.bytea_position(needle, haystack);
                }
                let needle = self.text_arg(needle, "strpos")?;
                let haystack = self.text_arg(haystack, "strpos")?;
                Expr::new(
                    Node::Func(builtin("strpos")?, vec![haystack, needle]),
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
                self.call(name, vec![self.bind(expr)?])?
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
                Expr::new(Node::Func(builtin(func)?, args), SqlType::Text)
            }
            e @ ast::Expr::Subscript { .. } => self.subscript(e)?,
            other => return Err(PgError::unsupported(format!("the expression `{other}`"))),
        })
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
                    let d = crate::value::parse_numeric(n)
                        .ok_or_else(crate::value::numeric_too_large)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binding_stops_at_the_limit_with_postgresql_error() {
        use sqlparser::ast::Expr;
        let mut deep = Expr::Value(sqlparser::ast::Value::Boolean(true));
        for _ in 0..crate::limits::MAX_BIND_DEPTH + 10 {
            deep = Expr::IsNull(Box::new(deep));
        }
        let enums = std::collections::BTreeMap::new();
        let scope = Scope {
            table: "t",
            columns: Vec::new(),
            enums: &enums,
            extensions: None,
            joined: Vec::new(),
            query: None,
        };
        let e = scope.bind(&deep).err().map(|e| e.sqlstate);
        assert_eq!(e.as_deref(), Some("54001"));
        // Every level was given back on the way out.
        assert!(scope
            .bind(&Expr::IsNull(Box::new(Expr::Value(
                sqlparser::ast::Value::Null
            ))))
            .is_ok());
    }
}
