//! Where a catalog column may be used, checked on the statement before it is bound.
//!
//! The engine carries `name`, `"char"` and the information_schema domains as text or
//! integer, and OIDs as its own numbers. That is exact only in the places a guard
//! uses them: a comparison with a literal (a `name` literal of at most 63 bytes, a
//! one-byte `"char"` literal), `IN (...)` of such literals, `IS [NOT] NULL`, LIKE,
//! the select list of an `EXISTS` subquery or of a PL/pgSQL `SELECT ... INTO`, and,
//! for OIDs, only an equality with another catalog OID, `'t'::regclass`,
//! `'s'::regtype`, `'public'::regnamespace`, `to_regclass(...)` or `to_regtype(...)`.
//! Anywhere else (an output column, a function argument, ORDER BY, a cast to text,
//! a stored value) the answer could show the difference, so Rehearse refuses.
//!
//! Phase one walks the statement's structure, records the column references found in
//! those places (by address) and turns each regclass-like constant into the engine's
//! number; phase two visits every expression and refuses any other reference.
//!
//! It also checks that each relation holding PostgreSQL's own objects is restricted
//! to the user's by a WHERE or ON conjunct (`restricts`), and that no PL/pgSQL variable
//! is named like a catalog column the statement reads (PostgreSQL's 42702).

use super::ids::{self, Found, Ids};
use super::relations::{Class, Key, ModelledColumn, Relation, RelationId, SystemRows};
use super::system_names;
use crate::catalog::Database;
use crate::error::PgError;
use crate::types::{Category, SqlType};
use crate::value::Value;
use sqlparser::ast::{self, BinaryOperator, Expr};
use std::collections::HashSet;

/// What becomes of a query's select list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// Shown or used: a top-level query, a subquery's value.
    Observed,
    /// Thrown away: `EXISTS`, `PERFORM`.
    Discarded,
    /// Assigned to PL/pgSQL variables (`SELECT ... INTO`), by value.
    Assigned,
}

/// A PL/pgSQL variable the expression reads as a column.
#[derive(Debug, Clone)]
pub struct Known {
    /// Its name.
    pub name: String,
    /// Its type.
    pub ty: SqlType,
    /// Its value.
    pub value: Value,
}

/// A catalog relation as the statement reads it.
#[derive(Debug)]
struct Occurrence {
    alias: String,
    relation: &'static Relation,
}

/// A reference to a modelled column.
#[derive(Debug, Clone, Copy)]
struct Resolved {
    occurrence: usize,
    column: ModelledColumn,
}

/// Guards against runaway recursion through restrictions that refer to each other.
const MAX_RESTRICTION_DEPTH: usize = 4;

/// The checker's state for one statement.
pub struct Walker<'a> {
    db: &'a Database,
    ids: &'a Ids,
    known: &'a [Known],
    occurrences: Vec<Occurrence>,
    /// The occurrences the query level being walked sees, outermost first.
    visible: Vec<usize>,
    /// Phase two resolves against every occurrence (a reference found in any is
    /// checked).
    global: bool,
    allowed: HashSet<usize>,
    depth: usize,
}

fn refuse(what: impl std::fmt::Display) -> PgError {
    PgError::unsupported(what.to_string())
}

fn strip(e: &Expr) -> &Expr {
    match e {
        Expr::Nested(inner) => strip(inner),
        other => other,
    }
}

fn strip_mut(e: &mut Expr) -> &mut Expr {
    match e {
        Expr::Nested(inner) => strip_mut(inner),
        other => other,
    }
}

fn address(e: &Expr) -> usize {
    e as *const Expr as usize
}

pub use crate::catalog_relations::catalog_relation;

/// A string-typed data type (a substituted PL/pgSQL variable's cast).
fn is_string_type(t: &ast::DataType) -> bool {
    use ast::DataType as D;
    match t {
        D::Text | D::Varchar(_) | D::CharacterVarying(_) | D::CharVarying(_) => true,
        D::Custom(name, _) => matches!(crate::object_name(name).as_str(), "name" | "text"),
        _ => false,
    }
}

/// The kind of OID constant a cast or function makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OidConstant {
    RegClass,
    RegType,
    RegNamespace,
    ToRegClass,
    ToRegType,
}

fn reg_type(t: &ast::DataType) -> Option<OidConstant> {
    match t {
        ast::DataType::Regclass => Some(OidConstant::RegClass),
        ast::DataType::Custom(name, mods) if mods.is_empty() => {
            match crate::object_name(name).as_str() {
                "regclass" => Some(OidConstant::RegClass),
                "regtype" => Some(OidConstant::RegType),
                "regnamespace" => Some(OidConstant::RegNamespace),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The one argument of a call `name(arg)`.
fn single_argument(f: &ast::Function) -> Option<&Expr> {
    let ast::FunctionArguments::List(list) = &f.args else {
        return None;
    };
    if list.duplicate_treatment.is_some() || !list.clauses.is_empty() || f.over.is_some() {
        return None;
    }
    match list.args.as_slice() {
        [ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(e))] => Some(e),
        _ => None,
    }
}

/// Whether an expression mentions something this layer handles (a catalog relation,
/// a regclass-like cast, `to_regclass`/`to_regtype`).
pub fn mentions<V: ast::Visit>(part: &V) -> bool {
    let mut found = false;
    let _ = ast::visit_relations(part, |n| {
        if catalog_relation(n).is_some() {
            found = true;
            return std::ops::ControlFlow::Break(());
        }
        std::ops::ControlFlow::Continue(())
    });
    if found {
        return true;
    }
    let _ = ast::visit_expressions(part, |e| {
        let hit = match e {
            Expr::Cast { data_type, .. } => reg_type(data_type).is_some(),
            Expr::Function(f) => matches!(
                crate::object_name(&f.name).as_str(),
                "to_regclass" | "to_regtype"
            ),
            _ => false,
        };
        if hit {
            found = true;
            return std::ops::ControlFlow::Break(());
        }
        std::ops::ControlFlow::Continue(())
    });
    found
}

/// How many catalog relations a statement names in FROM, at every level.
fn count_relations<V: ast::Visit>(part: &V) -> usize {
    let mut n = 0;
    let _ = ast::visit_relations(part, |name| {
        if catalog_relation(name).is_some() {
            n += 1;
        }
        std::ops::ControlFlow::<()>::Continue(())
    });
    n
}

impl<'a> Walker<'a> {
    /// A walker over one statement.
    pub fn new(db: &'a Database, ids: &'a Ids, known: &'a [Known]) -> Self {
        Walker {
            db,
            ids,
            known,
            occurrences: Vec::new(),
            visible: Vec::new(),
            global: false,
            allowed: HashSet::new(),
            depth: 0,
        }
    }

    /// The relations the statement reads (each once).
    pub fn relations(&self) -> Vec<&'static Relation> {
        let mut out: Vec<&'static Relation> = Vec::new();
        for o in &self.occurrences {
            if !out.iter().any(|r| r.id == o.relation.id) {
                out.push(o.relation);
            }
        }
        out
    }

    /// Checks and rewrites a top-level query.
    pub fn check_query(&mut self, q: &mut ast::Query, output: Output) -> Result<(), PgError> {
        let total = count_relations(&*q);
        self.query(q, output)?;
        self.finish(&*q, total)
    }

    /// Checks and rewrites an expression (a PL/pgSQL condition).
    pub fn check_expr(&mut self, e: &mut Expr) -> Result<(), PgError> {
        let total = count_relations(&*e);
        self.expr(e)?;
        self.finish(&*e, total)
    }

    /// Phase two: every reference not in an allowed place is refused.
    fn finish<V: ast::Visit>(&mut self, part: &V, total: usize) -> Result<(), PgError> {
        self.global = true;
        if total > self.occurrences.len() {
            return Err(refuse(
                "a catalog relation in this place of a query (Rehearse reads catalog relations in FROM of SELECT, EXISTS and subqueries in WHERE)",
            ));
        }
        let mut error = None;
        let _ = ast::visit_expressions(part, |e| {
            if matches!(e, Expr::Identifier(_) | Expr::CompoundIdentifier(_))
                && !self.allowed.contains(&address(e))
            {
                match self.resolve(e) {
                    Ok(Some(r)) if r.column.class != Class::Exact => {
                        let relation = self.occurrences[r.occurrence].relation;
                        error = Some(refuse(format!(
                            "this use of {}.{} (type {}): the engine carries it exactly only in comparisons with a literal, IS NULL, LIKE and EXISTS{}",
                            relation.qualified(),
                            r.column.name,
                            r.column.pg_type,
                            if r.column.class == Class::Oid {
                                "; an OID may only be compared with another catalog OID, 'name'::regclass or to_regclass(...), never shown or stored, since Rehearse's OIDs are not PostgreSQL's"
                            } else {
                                ""
                            }
                        )));
                        return std::ops::ControlFlow::Break(());
                    }
                    Ok(_) => {}
                    Err(e) => {
                        error = Some(e);
                        return std::ops::ControlFlow::Break(());
                    }
                }
            }
            std::ops::ControlFlow::Continue(())
        });
        error.map_or(Ok(()), Err)
    }

    fn query(&mut self, q: &mut ast::Query, output: Output) -> Result<(), PgError> {
        if let Some(with) = &mut q.with {
            for cte in &mut with.cte_tables {
                self.query(&mut cte.query, Output::Observed)?;
            }
        }
        self.set_expr(&mut q.body, output)
    }

    fn set_expr(&mut self, body: &mut ast::SetExpr, output: Output) -> Result<(), PgError> {
        match body {
            ast::SetExpr::Select(s) => self.select(s, output),
            ast::SetExpr::Query(q) => self.query(q, output),
            ast::SetExpr::SetOperation { left, right, .. } => {
                let output = if output == Output::Discarded {
                    output
                } else {
                    Output::Observed
                };
                self.set_expr(left, output)?;
                self.set_expr(right, output)
            }
            _ => Ok(()),
        }
    }

    fn factor(&mut self, f: &mut ast::TableFactor) -> Result<(), PgError> {
        match f {
            ast::TableFactor::Table { name, alias, .. } => {
                if let Some(relation) = catalog_relation(name) {
                    if alias.as_ref().is_some_and(|a| !a.columns.is_empty()) {
                        return Err(refuse(format!(
                            "column aliases on {}",
                            relation.qualified()
                        )));
                    }
                    let alias = alias
                        .as_ref()
                        .map(|a| crate::ident(&a.name))
                        .unwrap_or_else(|| relation.name.to_string());
                    self.visible.push(self.occurrences.len());
                    self.occurrences.push(Occurrence { alias, relation });
                }
                Ok(())
            }
            ast::TableFactor::Derived { subquery, .. } => self.query(subquery, Output::Observed),
            _ => Ok(()),
        }
    }

    fn select(&mut self, s: &mut ast::Select, output: Output) -> Result<(), PgError> {
        let mark = self.visible.len();
        let result = self.select_level(s, output);
        self.visible.truncate(mark);
        result
    }

    fn select_level(&mut self, s: &mut ast::Select, output: Output) -> Result<(), PgError> {
        let first = self.occurrences.len();
        // Conjuncts that restrict every row of this level (WHERE, inner joins' ON) and,
        // per occurrence, its own LEFT JOIN's ON.
        let mut own_on: Vec<(usize, Expr)> = Vec::new();
        let mut common: Vec<Expr> = Vec::new();
        if let Some(w) = &s.selection {
            conjuncts(w, &mut common);
        }
        for item in &mut s.from {
            self.factor(&mut item.relation)?;
            for join in &mut item.joins {
                let before = self.occurrences.len();
                self.factor(&mut join.relation)?;
                let (on, inner) = match &join.join_operator {
                    ast::JoinOperator::Inner(ast::JoinConstraint::On(e)) => (Some(e), true),
                    ast::JoinOperator::LeftOuter(ast::JoinConstraint::On(e)) => (Some(e), false),
                    _ => (None, false),
                };
                if let Some(on) = on {
                    let mut parts = Vec::new();
                    conjuncts(on, &mut parts);
                    if inner {
                        common.extend(parts);
                    } else if self.occurrences.len() > before {
                        own_on.extend(parts.into_iter().map(|p| (before, p)));
                    }
                }
            }
        }
        let last = self.occurrences.len();
        for item in &mut s.projection {
            match item {
                ast::SelectItem::UnnamedExpr(e)
                | ast::SelectItem::ExprWithAlias { expr: e, .. } => {
                    if output != Output::Observed {
                        if let Some(r) = self.resolve(strip(e))? {
                            if output == Output::Discarded || r.column.class != Class::Oid {
                                self.allowed.insert(address(strip(e)));
                                continue;
                            }
                        }
                    }
                    self.expr(e)?;
                }
                ast::SelectItem::Wildcard(_) | ast::SelectItem::QualifiedWildcard(..) => {
                    if output != Output::Discarded && last > first {
                        return Err(refuse(
                            "SELECT * over a catalog relation (only its modelled columns are known)",
                        ));
                    }
                }
            }
        }
        for item in &mut s.from {
            for join in &mut item.joins {
                if let ast::JoinOperator::Inner(ast::JoinConstraint::On(e))
                | ast::JoinOperator::LeftOuter(ast::JoinConstraint::On(e))
                | ast::JoinOperator::RightOuter(ast::JoinConstraint::On(e))
                | ast::JoinOperator::FullOuter(ast::JoinConstraint::On(e)) =
                    &mut join.join_operator
                {
                    self.expr(e)?;
                }
            }
        }
        if let Some(w) = &mut s.selection {
            self.expr(w)?;
        }
        if let Some(h) = &mut s.having {
            self.expr(h)?;
        }
        // After the expressions, whose constants may be PostgreSQL's errors first
        // (the conjuncts were taken before they were rewritten).
        for i in first..last {
            let relation = self.occurrences[i].relation;
            if relation.system_rows == SystemRows::None {
                continue;
            }
            let mut restricted = false;
            for c in common
                .iter()
                .chain(own_on.iter().filter(|(o, _)| *o == i).map(|(_, e)| e))
            {
                if self.restricts(c, i, &common)? {
                    restricted = true;
                    break;
                }
            }
            if !restricted {
                return Err(refuse(format!(
                    "a query of {} that does not single out the user's objects (PostgreSQL's own rows are not modelled: compare {} with a name, or the schema with 'public', in WHERE)",
                    relation.qualified(),
                    relation
                        .modelled
                        .iter()
                        .find(|c| matches!(
                            c.key,
                            Some(
                                Key::RelationName
                                    | Key::TypeName
                                    | Key::ConstraintName
                                    | Key::IndexName
                            )
                        ))
                        .map_or("its name", |c| c.name)
                )));
            }
        }
        Ok(())
    }

    fn expr(&mut self, e: &mut Expr) -> Result<(), PgError> {
        match e {
            Expr::Nested(inner) => self.expr(inner),
            Expr::UnaryOp {
                op: ast::UnaryOperator::Not,
                expr,
            } => self.expr(expr),
            Expr::BinaryOp {
                left,
                op: BinaryOperator::And | BinaryOperator::Or,
                right,
            } => {
                self.expr(left)?;
                self.expr(right)
            }
            Expr::BinaryOp {
                left,
                op: BinaryOperator::Eq | BinaryOperator::NotEq,
                right,
            } => {
                if !self.comparison(left, right)? {
                    self.expr(left)?;
                    self.expr(right)?;
                }
                Ok(())
            }
            Expr::InList { expr, list, .. } => {
                if let Some(r) = self.resolve(strip(expr))? {
                    let mut ok = !list.is_empty();
                    for item in list.iter_mut() {
                        ok = ok && self.partner(&r, item)?;
                    }
                    if ok {
                        self.allowed.insert(address(strip(expr)));
                        return Ok(());
                    }
                }
                self.expr(expr)?;
                for item in list {
                    self.expr(item)?;
                }
                Ok(())
            }
            Expr::IsNull(x) | Expr::IsNotNull(x) => {
                if self.resolve(strip(x))?.is_some() {
                    self.allowed.insert(address(strip(x)));
                    return Ok(());
                }
                if self.oid_constant(x, true)?.is_some() {
                    return Ok(());
                }
                self.expr(x)
            }
            Expr::Like { expr, pattern, .. } | Expr::ILike { expr, pattern, .. } => {
                if let Some(r) = self.resolve(strip(expr))? {
                    if r.column.class != Class::Oid && self.string_value(pattern).is_some() {
                        self.uncertain_name(&r, None)?;
                        self.allowed.insert(address(strip(expr)));
                        return Ok(());
                    }
                }
                self.expr(expr)?;
                self.expr(pattern)
            }
            Expr::Exists { subquery, .. } => self.query(subquery, Output::Discarded),
            Expr::Subquery(q) => self.query(q, Output::Observed),
            Expr::InSubquery { expr, subquery, .. } => {
                self.expr(expr)?;
                self.query(subquery, Output::Observed)
            }
            _ => Ok(()),
        }
    }

    /// `left = right` (or `<>`) with a catalog column on one side: whether it is one
    /// of the exact forms (then the column's reference is allowed).
    fn comparison(&mut self, left: &mut Expr, right: &mut Expr) -> Result<bool, PgError> {
        let l = self.resolve(strip(left))?;
        let r = self.resolve(strip(right))?;
        match (l, r) {
            (Some(a), Some(b)) => {
                let same = match (a.column.class, b.column.class) {
                    (Class::Exact, Class::Exact) => a.column.pg_type == b.column.pg_type,
                    (x, y) => x == y && x != Class::Exact,
                };
                if !same {
                    return Ok(false);
                }
                self.uncertain_name(&a, None)?;
                self.uncertain_name(&b, None)?;
                self.allowed.insert(address(strip(left)));
                self.allowed.insert(address(strip(right)));
                Ok(true)
            }
            (Some(a), None) => {
                if self.partner(&a, right)? {
                    self.allowed.insert(address(strip(left)));
                    return Ok(true);
                }
                Ok(false)
            }
            (None, Some(b)) => {
                if self.partner(&b, left)? {
                    self.allowed.insert(address(strip(right)));
                    return Ok(true);
                }
                Ok(false)
            }
            (None, None) => Ok(false),
        }
    }

    /// Whether `other` is an exact partner for a comparison with the column `r`;
    /// a regclass-like constant is turned into the engine's number on the way.
    fn partner(&mut self, r: &Resolved, other: &mut Expr) -> Result<bool, PgError> {
        match r.column.class {
            Class::Exact => Ok(false),
            Class::Oid => Ok(self.oid_constant(other, false)?.is_some()),
            Class::Name => match self.string_value(other) {
                Some((text, literal)) => {
                    if literal && text.len() > 63 {
                        return Ok(false);
                    }
                    self.uncertain_name(r, Some(&text))?;
                    Ok(true)
                }
                None => Ok(false),
            },
            Class::Char => Ok(matches!(
                self.string_value(other),
                Some((text, true)) if text.len() == 1 && text.is_ascii()
            )),
            Class::CharacterData => Ok(self.string_value(other).is_some()),
            Class::Cardinal => Ok(matches!(
                strip(other),
                Expr::Value(ast::Value::Number(n, _)) if n.parse::<i32>().is_ok()
            )),
        }
    }

    /// pg_constraint's `conname` of a NOT NULL constraint is not known to the engine
    /// (PostgreSQL keeps the name it was created with, or the one the DDL gave):
    /// while the database has one, `conname` may only be compared with a name that
    /// cannot be one (`..._not_null`, `..._not_null2` are refused).
    fn uncertain_name(&self, r: &Resolved, text: Option<&str>) -> Result<(), PgError> {
        let relation = self.occurrences[r.occurrence].relation;
        if relation.id != RelationId::Constraint
            || r.column.name != "conname"
            || !super::rows::has_not_null(self.db)
        {
            return Ok(());
        }
        let possible = match text {
            Some(t) => t
                .trim_end_matches(|c: char| c.is_ascii_digit())
                .ends_with("not_null"),
            None => true,
        };
        if possible {
            return Err(refuse(
                "reading pg_constraint.conname of NOT NULL constraints (Rehearse does not keep their names)",
            ));
        }
        Ok(())
    }

    /// A string value: a literal (`true` in the pair), a string-typed cast of a
    /// literal (a substituted PL/pgSQL variable) or a string variable.
    fn string_value(&self, e: &Expr) -> Option<(String, bool)> {
        match strip(e) {
            Expr::Value(ast::Value::SingleQuotedString(s)) => Some((s.clone(), true)),
            Expr::Cast {
                expr, data_type, ..
            } if is_string_type(data_type) => match strip(expr) {
                Expr::Value(ast::Value::SingleQuotedString(s)) => Some((s.clone(), false)),
                _ => None,
            },
            Expr::Identifier(id) => {
                let name = crate::ident(id);
                let k = self.known.iter().rev().find(|k| k.name == name)?;
                if k.ty.category() != Category::String {
                    return None;
                }
                match &k.value {
                    Value::Text(s) => Some((s.clone(), false)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// An OID constant (`'t'::regclass`, `to_regclass('t')`, ...), replaced in place by
    /// the engine's number, or NULL where `to_regclass` finds nothing; `None` when `e`
    /// is not one. `test_only`: under IS [NOT] NULL, where `'t'::regclass` is not
    /// taken (it is never NULL, but its number would be the only thing it shows).
    fn oid_constant(&mut self, e: &mut Expr, test_only: bool) -> Result<Option<()>, PgError> {
        let target = strip_mut(e);
        let (kind, argument) = match &*target {
            Expr::Cast {
                expr, data_type, ..
            } => match reg_type(data_type) {
                Some(k) if !test_only => (k, &**expr),
                _ => return Ok(None),
            },
            Expr::Function(f) => {
                let kind = match crate::object_name(&f.name).as_str() {
                    "to_regclass" => OidConstant::ToRegClass,
                    "to_regtype" => OidConstant::ToRegType,
                    _ => return Ok(None),
                };
                match single_argument(f) {
                    Some(a) => (kind, a),
                    None => return Ok(None),
                }
            }
            _ => return Ok(None),
        };
        let Some((text, _)) = self.string_value(argument) else {
            return Ok(None);
        };
        let found = match kind {
            OidConstant::RegClass | OidConstant::ToRegClass => {
                ids::lookup_relation(self.db, self.ids, &text)?
            }
            OidConstant::RegType | OidConstant::ToRegType => {
                ids::lookup_type(self.db, self.ids, &text)?
            }
            OidConstant::RegNamespace => ids::lookup_schema(&text)?,
        };
        // PostgreSQL's messages name the object as it read it (folded, dot-joined).
        let shown = ids::parse_qualified(&text).map_or(text.clone(), |p| p.join("."));
        let value = match (found, kind) {
            (Found::Id(n), _) => ast::Value::Number(n.to_string(), false),
            (Found::Missing, OidConstant::ToRegClass | OidConstant::ToRegType) => ast::Value::Null,
            (Found::Missing, OidConstant::RegClass) => {
                return Err(PgError::new(
                    "42P01",
                    format!("relation \"{shown}\" does not exist"),
                ))
            }
            (Found::Missing, OidConstant::RegType) => {
                return Err(PgError::new(
                    "42704",
                    format!("type \"{shown}\" does not exist"),
                ))
            }
            (Found::Missing, OidConstant::RegNamespace) => {
                return Err(PgError::new(
                    "3F000",
                    format!("schema \"{shown}\" does not exist"),
                ))
            }
        };
        *target = Expr::Value(value);
        Ok(Some(()))
    }

    /// The modelled catalog column an expression names; a column PostgreSQL has but
    /// the engine does not model is refused by name, and so is a PL/pgSQL variable
    /// named like one.
    fn resolve(&self, e: &Expr) -> Result<Option<Resolved>, PgError> {
        let (qualifier, name) = match e {
            Expr::Identifier(id) => (None, crate::ident(id)),
            Expr::CompoundIdentifier(parts) if parts.len() == 2 => {
                (Some(crate::ident(&parts[0])), crate::ident(&parts[1]))
            }
            _ => return Ok(None),
        };
        let mut found: Option<Resolved> = None;
        // Innermost first: the first level with the column is the one PostgreSQL's
        // name resolution takes.
        let candidates: Vec<usize> = if self.global {
            (0..self.occurrences.len()).collect()
        } else {
            self.visible.iter().rev().copied().collect()
        };
        for i in candidates {
            let o = &self.occurrences[i];
            if qualifier.as_ref().is_some_and(|q| *q != o.alias) {
                continue;
            }
            if !o.relation.has_column(&name) {
                continue;
            }
            if qualifier.is_none() && self.known.iter().any(|k| k.name == name) {
                return Err(refuse(format!(
                    "a PL/pgSQL variable `{name}` named like a column of {}",
                    o.relation.qualified()
                )));
            }
            let Some((_, column)) = o.relation.column(&name) else {
                return Err(refuse(format!(
                    "the column {}.{} (not modelled)",
                    o.relation.qualified(),
                    name
                )));
            };
            match found {
                Some(f) if f.column.class != column.class => {
                    return Err(refuse(format!(
                        "the column reference `{name}`, found in more than one catalog relation"
                    )))
                }
                Some(_) => {}
                None => {
                    found = Some(Resolved {
                        occurrence: i,
                        column: *column,
                    });
                    if !self.global {
                        break;
                    }
                }
            }
        }
        Ok(found)
    }

    /// Whether conjunct `c` keeps only the user's rows of occurrence `i`.
    fn restricts(&mut self, c: &Expr, i: usize, all: &[Expr]) -> Result<bool, PgError> {
        let (left, right, list) = match strip(c) {
            Expr::BinaryOp {
                left,
                op: BinaryOperator::Eq,
                right,
            } => (&**left, Some(&**right), None),
            Expr::InList {
                expr,
                list,
                negated: false,
            } => (&**expr, None, Some(list)),
            _ => return Ok(false),
        };
        let sides: Vec<(&Expr, &Expr)> = match right {
            Some(r) => vec![(left, r), (r, left)],
            None => Vec::new(),
        };
        if let Some(list) = list {
            let Some(r) = self.resolve(strip(left))? else {
                return Ok(false);
            };
            if r.occurrence != i {
                return Ok(false);
            }
            for item in list {
                if !self.user_value(&r, item, all)? {
                    return Ok(false);
                }
            }
            return Ok(!list.is_empty());
        }
        for (column, other) in sides {
            if let Some(r) = self.resolve(strip(column))? {
                if r.occurrence == i && self.user_value(&r, other, all)? {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }

    /// Whether `other`, compared equal to the key column `r`, names a user object.
    fn user_value(&mut self, r: &Resolved, other: &Expr, all: &[Expr]) -> Result<bool, PgError> {
        let Some(key) = r.column.key else {
            return Ok(false);
        };
        let text = self.string_value(other).map(|(t, _)| t);
        Ok(match key {
            Key::RelationName => text.is_some_and(|t| !system_names::is_system_relation(&t)),
            Key::TypeName => text.is_some_and(|t| !system_names::is_system_type(&t)),
            Key::ConstraintName => text.is_some_and(|t| !system_names::is_system_constraint(&t)),
            Key::IndexName => text.is_some_and(|t| !system_names::is_system_index(&t)),
            Key::SchemaName => text.is_some_and(|t| system_names::is_user_schema(&t)),
            Key::SchemaOid | Key::RelationOid | Key::TypeOid => {
                let wanted = match key {
                    Key::SchemaOid => RelationId::Namespace,
                    Key::RelationOid => RelationId::Class,
                    _ => RelationId::Type,
                };
                match strip(other) {
                    Expr::Cast {
                        expr, data_type, ..
                    } => match (reg_type(data_type), self.string_value(expr)) {
                        (Some(OidConstant::RegNamespace), Some((t, _))) => {
                            key == Key::SchemaOid && system_names::is_user_schema(&t)
                        }
                        (Some(OidConstant::RegClass), Some(_)) => key == Key::RelationOid,
                        (Some(OidConstant::RegType), Some(_)) => key == Key::TypeOid,
                        _ => false,
                    },
                    Expr::Function(f) => {
                        let name = crate::object_name(&f.name);
                        (key == Key::RelationOid && name == "to_regclass")
                            || (key == Key::TypeOid && name == "to_regtype")
                    }
                    partner => {
                        // Another catalog row's oid, itself restricted to the user's.
                        let Some(p) = self.resolve(partner)? else {
                            return Ok(false);
                        };
                        let occurrence = &self.occurrences[p.occurrence];
                        if p.column.name != "oid" || occurrence.relation.id != wanted {
                            return Ok(false);
                        }
                        if wanted == RelationId::Namespace {
                            return self.namespace_is_public(p.occurrence, all);
                        }
                        if self.depth >= MAX_RESTRICTION_DEPTH {
                            return Ok(false);
                        }
                        self.depth += 1;
                        let mut ok = false;
                        for c in all {
                            if self.restricts(c, p.occurrence, all)? {
                                ok = true;
                                break;
                            }
                        }
                        self.depth -= 1;
                        ok
                    }
                }
            }
        })
    }

    /// Whether a conjunct restricts pg_namespace occurrence `n` to `public`.
    fn namespace_is_public(&self, n: usize, all: &[Expr]) -> Result<bool, PgError> {
        for c in all {
            if let Expr::BinaryOp {
                left,
                op: BinaryOperator::Eq,
                right,
            } = strip(c)
            {
                for (column, other) in [(&**left, &**right), (&**right, &**left)] {
                    if let Some(r) = self.resolve(strip(column))? {
                        if r.occurrence == n
                            && r.column.name == "nspname"
                            && self
                                .string_value(other)
                                .is_some_and(|(t, _)| system_names::is_user_schema(&t))
                        {
                            return Ok(true);
                        }
                    }
                }
            }
        }
        Ok(false)
    }
}

/// `a AND b AND c` as its parts.
fn conjuncts(e: &Expr, out: &mut Vec<Expr>) {
    match strip(e) {
        Expr::BinaryOp {
            left,
            op: BinaryOperator::And,
            right,
        } => {
            conjuncts(left, out);
            conjuncts(right, out);
        }
        other => out.push(other.clone()),
    }
}

/// PL/pgSQL variables named like a column of a catalog relation the statement reads:
/// PostgreSQL's `variable_conflict = error` makes such a reference ambiguous (42702),
/// which Rehearse does not decide; refused before the variables are substituted.
pub fn check_variable_names<V: ast::Visit>(part: &V, names: &[String]) -> Result<(), PgError> {
    let mut error = None;
    let _ = ast::visit_relations(part, |n| {
        if let Some(r) = catalog_relation(n) {
            if let Some(v) = names.iter().find(|v| r.has_column(v)) {
                error = Some(refuse(format!(
                    "a PL/pgSQL variable `{v}` named like a column of {}",
                    r.qualified()
                )));
                return std::ops::ControlFlow::Break(());
            }
        }
        std::ops::ControlFlow::Continue(())
    });
    error.map_or(Ok(()), Err)
}
