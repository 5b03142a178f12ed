//! GROUP BY and HAVING: the keys a query groups by, PostgreSQL's check that every
//! column the select list, ORDER BY and HAVING read outside an aggregate is grouped
//! (`check_ungrouped_columns`, with the primary key's functional dependency), and the
//! grouping itself.
//!
//! **Invariant:** a grouped row is the group's first row, then the enclosing query's
//! row, then each aggregate's value: the check guarantees that the select list reads
//! of the first row only what the whole group shares.

use super::aggregate::{self, Call};
use super::order::{resolve, same, ItemKind, Targets};
use crate::catalog::Row;
use crate::error::PgError;
use crate::expr::{Env, Expr, Node, Scope};
use crate::types::SqlType;
use crate::value::Value;
use sqlparser::ast;
use std::collections::HashMap;

/// A grouped query's keys, aggregate calls and HAVING.
#[derive(Debug, Clone)]
pub(super) struct Grouping {
    pub keys: Vec<Expr>,
    pub aggregates: Vec<Call>,
    pub having: Option<Expr>,
}

/// Where a relation's columns are in the row, its name, its primary key columns.
pub(super) struct RelationSpan {
    pub start: usize,
    pub end: usize,
    pub alias: String,
    pub primary_key: Option<Vec<usize>>,
}

/// GROUP BY's items, as select list entries (added when not there).
pub(super) fn group_clause(
    scope: &Scope,
    targets: &mut Targets,
    group_by: &ast::GroupByExpr,
) -> Result<Vec<Expr>, PgError> {
    let items = match group_by {
        ast::GroupByExpr::Expressions(items, modifiers) if modifiers.is_empty() => items,
        other => return Err(PgError::unsupported(format!("{other}"))),
    };
    let mut keys: Vec<Expr> = Vec::new();
    for item in items {
        if matches!(
            item,
            ast::Expr::Rollup(_) | ast::Expr::Cube(_) | ast::Expr::GroupingSets(_)
        ) {
            return Err(PgError::unsupported(format!("GROUP BY {item}")));
        }
        let target = resolve(scope, targets, item, ItemKind::GroupBy)?;
        let key = targets.exprs[target].clone();
        if !keys.iter().any(|k| same(k, &key)) {
            keys.push(key);
        }
    }
    Ok(keys)
}

impl Grouping {
    /// Every expression of the grouping (for constant folding).
    pub fn expressions(&mut self) -> Vec<&mut Expr> {
        let mut all: Vec<&mut Expr> = self.keys.iter_mut().collect();
        all.extend(self.having.iter_mut());
        for call in &mut self.aggregates {
            all.extend(call.expressions());
        }
        all
    }

    /// PostgreSQL's `check_ungrouped_columns` over the select list (with the entries
    /// ORDER BY added) and HAVING: a column of this level read outside an aggregate
    /// and outside a grouped expression is 42803, unless the keys hold the table's
    /// primary key.
    pub fn check_ungrouped(
        &self,
        targets: &[Expr],
        width: usize,
        relations: &[RelationSpan],
    ) -> Result<(), PgError> {
        // Relations whose primary key is grouped: all their columns are.
        let grouped: Vec<&RelationSpan> = relations
            .iter()
            .filter(|r| {
                r.primary_key.as_ref().is_some_and(|pk| {
                    !pk.is_empty()
                        && pk.iter().all(|&i| {
                            self.keys
                                .iter()
                                .any(|k| matches!(k.node, Node::Column(c, _) if c == r.start + i))
                        })
                })
            })
            .collect();
        for e in targets.iter().chain(self.having.iter()) {
            self.check(e, width, relations, &grouped)?;
        }
        Ok(())
    }

    fn check(
        &self,
        e: &Expr,
        width: usize,
        relations: &[RelationSpan],
        grouped: &[&RelationSpan],
    ) -> Result<(), PgError> {
        if self.keys.iter().any(|k| same(k, e)) {
            return Ok(());
        }
        match &e.node {
            Node::Column(i, _) if grouped.iter().any(|r| r.start <= *i && *i < r.end) => Ok(()),
            Node::Column(i, name) if *i < width => {
                let relation = relations
                    .iter()
                    .find(|r| r.start <= *i && *i < r.end)
                    .map_or("", |r| r.alias.as_str());
                Err(PgError::new(
                    "42803",
                    format!(
                        "column \"{relation}.{name}\" must appear in the GROUP BY clause or be used in an aggregate function"
                    ),
                ))
            }
            Node::SubLink(link) if link.plan.correlated() => Err(PgError::unsupported(
                "a correlated subquery in a grouped query",
            )),
            _ => {
                for c in e.children() {
                    self.check(c, width, relations, grouped)?;
                }
                Ok(())
            }
        }
    }

    /// The grouped rows: each group's first row (`blank` when there is no GROUP BY
    /// and no row: aggregates alone give one row) followed by the aggregates' values,
    /// kept when HAVING holds. Groups come in the order their first row came.
    pub fn groups(
        &self,
        rows: Vec<Row>,
        blank: &[Value],
        env: &mut Env,
    ) -> Result<Vec<Row>, PgError> {
        let mut index: HashMap<Vec<String>, usize> = HashMap::new();
        let mut groups: Vec<(Row, Vec<aggregate::Inputs>)> = Vec::new();
        for row in rows {
            let mut key = Vec::with_capacity(self.keys.len());
            for k in &self.keys {
                key.push(key_text(&k.eval(&row, env)?, &k.ty));
            }
            let g = match index.get(&key) {
                Some(&g) => g,
                None => {
                    index.insert(key, groups.len());
                    let inputs = self.aggregates.iter().map(|_| Vec::new()).collect();
                    groups.push((row.clone(), inputs));
                    groups.len() - 1
                }
            };
            for (call, inputs) in self.aggregates.iter().zip(groups[g].1.iter_mut()) {
                call.collect(&row, inputs, env)?;
            }
        }
        if groups.is_empty() && self.keys.is_empty() {
            let inputs = self.aggregates.iter().map(|_| Vec::new()).collect();
            groups.push((blank.to_vec(), inputs));
        }
        let mut out = Vec::new();
        for (mut row, inputs) in groups {
            for (call, inputs) in self.aggregates.iter().zip(inputs) {
                row.push(call.finish(inputs, env)?);
            }
            if let Some(h) = &self.having {
                if h.eval(&row, env)? != Value::Bool(true) {
                    continue;
                }
            }
            out.push(row);
        }
        Ok(out)
    }
}

/// A value's identity for grouping and DISTINCT: equal under the type's `=` exactly
/// when the texts are equal (NULLs are one group, as GROUP BY puts them).
pub(crate) fn key_text(v: &Value, ty: &SqlType) -> String {
    match v {
        Value::Null => "N".into(),
        // citext's `=` ignores case.
        Value::Text(t) if *ty == SqlType::Citext => format!("c{}", t.to_lowercase()),
        // jsonb numbers compare as numerics: 1.0 = 1.
        Value::Text(t) if *ty == SqlType::Jsonb => format!("j{}", crate::jsonb::equality_key(t)),
        // 1.0 = 1.00 in numeric.
        Value::Numeric(d) => format!("n{}", d.normalize()),
        // -0 = 0, and PostgreSQL's NaN equals NaN.
        Value::Float(f) if *f == 0.0 => "f0".into(),
        Value::Float(f) if f.is_nan() => "fNaN".into(),
        // '1 day' = '24 hours': intervals compare by their span.
        Value::Interval(i) => format!("i{:?}", i.cmp_key()),
        Value::Array(a) => {
            let element = match ty {
                SqlType::Array(e) => e.as_ref().clone(),
                other => other.clone(),
            };
            let items: Vec<String> = a.elements().iter().map(|e| key_text(e, &element)).collect();
            format!("a{:?}{}", a.dims(), items.join("\u{1}"))
        }
        other => format!("v{other:?}"),
    }
}
