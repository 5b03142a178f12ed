//! Subqueries in expressions (PostgreSQL's SubLinks): `(SELECT ...)`, `EXISTS (...)`,
//! `x IN (SELECT ...)`, `x op ANY/ALL (SELECT ...)`, and the column references a
//! subquery makes to its enclosing query (correlation).
//!
//! **Invariant:** a subquery's row is its own relation's row followed by the enclosing
//! query's whole row (which ends with *its* enclosing row, and so on), so a reference
//! to an enclosing query's column is an ordinary column whose position is shifted by
//! the subquery's own width, and evaluation never looks anything up.

use super::{Env, Expr, Node, Op, Scope};
use crate::error::PgError;
use crate::expr::query::Plan;
use crate::types::SqlType;
use crate::value::Value;
use sqlparser::ast;

/// A bound subquery and what the expression does with its rows.
#[derive(Debug, Clone)]
pub struct SubLink {
    /// What the rows become.
    pub kind: SubLinkKind,
    /// The bound query.
    pub plan: Plan,
    /// The subquery as written (deparsing prints it back).
    pub text: String,
    /// An uncorrelated `= ANY`'s rows, hashed once: their identities, and whether a
    /// NULL was among them.
    hash: std::sync::OnceLock<(std::collections::HashSet<String>, bool)>,
}

/// What a subquery's rows become (PostgreSQL's `SubLinkType`).
#[derive(Debug, Clone)]
pub enum SubLinkKind {
    /// `EXISTS (...)`: whether there is a row.
    Exists,
    /// `(SELECT ...)`: the one row's one value, NULL without a row, 21000 with more.
    Scalar,
    /// `ARRAY(SELECT ...)`: the rows' one value each, in the subquery's order, as an
    /// array (empty without a row; never NULL).
    Array,
    /// `x op ANY (SELECT ...)` / `ALL` (true = ALL); `x IN (...)` is `x = ANY (...)`.
    /// `left` is evaluated on the enclosing row; `test` compares slot 0 (the left
    /// value) with slot 1 (a row's value), both cast as the operator takes them.
    Quantified {
        /// The left operand, on the enclosing row.
        left: Expr,
        /// The operator over slot 0 (left) and slot 1 (a row's value).
        test: Expr,
        /// ALL (true) or ANY.
        all: bool,
    },
}

impl SubLink {
    /// Whether the node, or the left operand, has type `ty` anywhere.
    pub(super) fn mentions_type(&self, ty: &SqlType) -> bool {
        match &self.kind {
            SubLinkKind::Quantified { left, .. } => left.mentions_type(ty),
            _ => false,
        }
    }

    /// Evaluates against the enclosing query's row.
    pub(super) fn eval(&self, row: &[Value], env: &mut Env) -> Result<Value, PgError> {
        match &self.kind {
            SubLinkKind::Exists => {
                let rows = self.plan.rows(row, env)?;
                Ok(Value::Bool(!rows.is_empty()))
            }
            SubLinkKind::Scalar => {
                let rows = self.plan.rows(row, env)?;
                match rows.as_slice() {
                    [] => Ok(Value::Null),
                    [one] => Ok(one.first().cloned().unwrap_or(Value::Null)),
                    _ => Err(PgError::new(
                        "21000",
                        "more than one row returned by a subquery used as an expression",
                    )),
                }
            }
            SubLinkKind::Array => {
                let rows = self.plan.rows(row, env)?;
                crate::expr::query::spend(env, rows.len())?;
                let elements: Vec<Value> = rows
                    .iter()
                    .map(|r| r.first().cloned().unwrap_or(Value::Null))
                    .collect();
                Ok(Value::Array(Box::new(
                    crate::value::array::Array::from_elements(elements),
                )))
            }
            SubLinkKind::Quantified { left, test, all } => {
                let x = left.eval(row, env)?;
                let rows = self.plan.rows(row, env)?;
                if !*all && !self.plan.correlated() {
                    if let Some(answer) = self.hashed(&x, &rows, test, env)? {
                        return Ok(answer);
                    }
                }
                crate::expr::query::spend(env, rows.len())?;
                let mut saw_null = false;
                for r in rows.iter() {
                    let slots = [x.clone(), r.first().cloned().unwrap_or(Value::Null)];
                    match test.eval(&slots, env)? {
                        Value::Bool(b) if b != *all => return Ok(Value::Bool(b)),
                        Value::Bool(_) => {}
                        _ => saw_null = true,
                    }
                }
                Ok(if saw_null {
                    Value::Null
                } else {
                    Value::Bool(*all)
                })
            }
        }
    }
}

impl SubLink {
    /// `x = ANY (uncorrelated subquery)` as PostgreSQL's hashed subplan answers it:
    /// the rows' values are hashed once, so each outer row costs one look-up instead
    /// of a pass over the subquery's rows. `None` when the comparison is not a plain
    /// equality whose operands' identity is their text (`key_text`): citext compares
    /// case-insensitively, so it takes the row-by-row path.
    fn hashed(
        &self,
        x: &Value,
        rows: &[Vec<Value>],
        test: &Expr,
        env: &mut Env,
    ) -> Result<Option<Value>, PgError> {
        let Node::Binary(Op::Eq, l, r) = &test.node else {
            return Ok(None);
        };
        if matches!(l.ty, SqlType::Citext) || matches!(r.ty, SqlType::Citext) {
            return Ok(None);
        }
        if self.hash.get().is_none() {
            let mut keys = std::collections::HashSet::new();
            let mut has_null = false;
            crate::expr::query::spend(env, rows.len())?;
            for row in rows {
                let v = r.eval(
                    &[Value::Null, row.first().cloned().unwrap_or(Value::Null)],
                    env,
                )?;
                if v.is_null() {
                    has_null = true;
                } else {
                    keys.insert(crate::expr::query::key_text(&v, &r.ty));
                }
            }
            let _ = self.hash.set((keys, has_null));
        }
        let Some((keys, has_null)) = self.hash.get() else {
            return Ok(None);
        };
        if keys.is_empty() && !has_null {
            return Ok(Some(Value::Bool(false)));
        }
        let x = l.eval(&[x.clone(), Value::Null], env)?;
        if x.is_null() {
            return Ok(Some(Value::Null));
        }
        Ok(Some(
            if keys.contains(&crate::expr::query::key_text(&x, &l.ty)) {
                Value::Bool(true)
            } else if *has_null {
                Value::Null
            } else {
                Value::Bool(false)
            },
        ))
    }
}

impl Scope<'_> {
    /// The width of this scope's evaluated row: its own columns, the joined
    /// relations', and the enclosing query's whole row.
    pub fn width(&self) -> usize {
        self.columns.len()
            + self.joined.iter().map(|(_, c)| c.len()).sum::<usize>()
            + self.query.and_then(|q| q.outer).map_or(0, Scope::width)
    }

    /// The width of the relations of this level alone (its own row, before the
    /// enclosing query's).
    pub fn own_width(&self) -> usize {
        self.columns.len() + self.joined.iter().map(|(_, c)| c.len()).sum::<usize>()
    }

    /// A column of an enclosing query, by `bind` there, shifted past this level's row;
    /// `None` when there is no enclosing query.
    pub(super) fn outer_reference(&self, reference: &ast::Expr) -> Option<Result<Expr, PgError>> {
        let context = self.query?;
        let outer = context.outer?;
        let shift = self.own_width();
        Some(outer.bind(reference).map(|e| {
            context.correlated.set(true);
            shift_columns(e, shift)
        }))
    }

    /// Binds a subquery used as an expression.
    pub(super) fn sublink(
        &self,
        query: &ast::Query,
        kind: SubLinkKindAst<'_>,
    ) -> Result<Expr, PgError> {
        let Some(context) = self.query else {
            return Err(PgError::unsupported("a subquery outside a query"));
        };
        // PostgreSQL's `transformSubLink` analyses the subquery, then the left operand.
        let plan = crate::expr::query::bind_subquery(self, context, query)?;
        let left = match &kind {
            SubLinkKindAst::Quantified { left, .. } => Some(self.bind(left)?),
            _ => None,
        };
        let text = query.to_string();
        let columns = plan.types().len();
        let (kind, ty) = match kind {
            SubLinkKindAst::Exists => (SubLinkKind::Exists, SqlType::Boolean),
            SubLinkKindAst::Scalar => {
                if columns != 1 {
                    return Err(PgError::new(
                        "42601",
                        "subquery must return only one column",
                    ));
                }
                (SubLinkKind::Scalar, plan.types()[0].clone())
            }
            SubLinkKindAst::Array => {
                if columns != 1 {
                    return Err(PgError::new(
                        "42601",
                        "subquery must return only one column",
                    ));
                }
                // An array-valued column makes a multidimensional array (or 2202E
                // for ragged rows), and an unknown literal's column takes text:
                // neither is modelled here.
                let element = plan.types()[0].clone();
                if matches!(element, SqlType::Array(_) | SqlType::Unknown) {
                    return Err(PgError::unsupported(format!(
                        "ARRAY(subquery) of {} values",
                        element.format()
                    )));
                }
                (SubLinkKind::Array, SqlType::Array(Box::new(element)))
            }
            SubLinkKindAst::Quantified { op, all, .. } => {
                if columns > 1 {
                    return Err(PgError::new("42601", "subquery has too many columns"));
                }
                if columns == 0 {
                    return Err(PgError::new("42601", "subquery has too few columns"));
                }
                let left = left.ok_or_else(|| PgError::unsupported("this subquery"))?;
                let slot =
                    |i: usize, ty: &SqlType| Expr::new(Node::Column(i, String::new()), ty.clone());
                let test = self.operator(op, slot(0, &left.ty), slot(1, &plan.types()[0]))?;
                if test.ty != SqlType::Boolean {
                    return Err(PgError::unsupported(format!(
                        "the operator {} with a subquery",
                        op.symbol()
                    )));
                }
                (
                    SubLinkKind::Quantified { left, test, all },
                    SqlType::Boolean,
                )
            }
        };
        Ok(Expr::new(
            Node::SubLink(Box::new(SubLink {
                kind,
                plan,
                text,
                hash: std::sync::OnceLock::new(),
            })),
            ty,
        ))
    }
}

/// The forms of subquery expression, as the binder reads them.
pub(super) enum SubLinkKindAst<'q> {
    Exists,
    Scalar,
    Array,
    Quantified {
        left: &'q ast::Expr,
        op: Op,
        all: bool,
    },
}

/// `e` with every column position moved by `by` (a reference bound in the enclosing
/// query's row, seen from inside the subquery). Only column nodes carry positions
/// relative to the row; a subquery inside `e` cannot occur (`e` is one reference, a
/// JOIN ... USING column: columns under casts and COALESCE, or a virtual generated
/// column's expression, where PostgreSQL allows no subquery).
pub(crate) fn shift_columns(mut e: Expr, by: usize) -> Expr {
    shift_in_place(&mut e, by);
    e
}

fn shift_in_place(e: &mut Expr, by: usize) {
    if let Node::Column(i, _) = &mut e.node {
        *i += by;
    }
    for child in e.children_mut() {
        shift_in_place(child, by);
    }
}
