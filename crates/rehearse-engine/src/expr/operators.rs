//! Operator resolution: which operator `a op b` means for the operands' types, the
//! casts it puts on them, and its result type; PostgreSQL's 42883 (or Rehearse's
//! refusal, see `builtins`) when none applies.
//!
//! PostgreSQL chooses among `pg_operator`'s candidates (`oper_select_candidate`); the
//! engine has the operators it implements written out as rules here, in the order that
//! choice would take them.

use super::{Expr, Node, Op, PatternOp, Scope};
use crate::builtins;
use crate::error::PgError;
use crate::types::{CastContext, Category, SqlType};
use sqlparser::ast::{self, BinaryOperator};

impl Scope<'_> {
    /// Binds `left op right` as sqlparser read it: AND/OR into one flat list, the
    /// pattern operators, and the rest by [`Self::operator`] once both sides are bound.
    pub(super) fn binary(
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
                // (A row comparison's AND is its own node, never merged.)
                let row = super::row_compare::is_row_comparison(left);
                match l.node {
                    Node::Logic(inner, children) if inner == and && !row => items.extend(children),
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
            BinaryOperator::Arrow => Op::JsonGet,
            BinaryOperator::LongArrow => Op::JsonGetText,
            BinaryOperator::HashArrow => Op::JsonPath,
            BinaryOperator::HashLongArrow => Op::JsonPathText,
            BinaryOperator::AtArrow => Op::Contains,
            BinaryOperator::ArrowAt => Op::ContainedBy,
            BinaryOperator::Question => Op::KeyExists,
            BinaryOperator::QuestionPipe => Op::AnyKeyExists,
            BinaryOperator::QuestionAnd => Op::AllKeysExist,
            BinaryOperator::PGOverlap => Op::Overlap,
            BinaryOperator::HashMinus => Op::DeletePath,
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

    /// Resolves `l op r` over bound operands: the casts each side takes and the
    /// result type, or the error PostgreSQL raises for these operand types.
    pub(super) fn operator(&self, op: Op, l: Expr, r: Expr) -> Result<Expr, PgError> {
        if l.ty == SqlType::Citext || r.ty == SqlType::Citext {
            return self.citext_operator(op, l, r);
        }
        // PostgreSQL's own resolution has no single best candidate (`date + '1'`:
        // 42725 there): the engine's choice would be a guess. Two unknowns are the
        // engine's own 42725 below.
        if !(l.ty == SqlType::Unknown && r.ty == SqlType::Unknown) {
            match builtins::resolve::operator(Some(&l.ty), op.symbol(), &r.ty) {
                builtins::resolve::Resolution::NotUnique if self.candidates_are_builtin() => {
                    return Err(builtins::resolve::operator_not_unique(
                        &l.ty,
                        op.symbol(),
                        &r.ty,
                    ))
                }
                builtins::resolve::Resolution::NotUnique
                | builtins::resolve::Resolution::Undecided => {
                    return Err(PgError::unsupported(format!(
                        "the operator {} {} {} (choosing among its candidates)",
                        l.ty.base_name(),
                        op.symbol(),
                        r.ty.base_name()
                    )))
                }
                _ => {}
            }
        }
        let undefined = |l: &Expr, r: &Expr| builtins::no_operator(Some(&l.ty), op.symbol(), &r.ty);
        // json, jsonb and array operators (`containers`).
        let (l, r) = match self.container_operator(op, l, r)? {
            Ok(bound) => return Ok(bound),
            Err(operands) => operands,
        };
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
        // byteacat: bytea || bytea (an unknown literal side is read as bytea); a
        // bytea with a string is text concatenation, below.
        let bytea_side = |e: &Expr| e.ty == SqlType::Bytea || e.is_unknown_literal();
        if op == Op::Concat
            && (l.ty == SqlType::Bytea || r.ty == SqlType::Bytea)
            && bytea_side(&l)
            && bytea_side(&r)
        {
            let l = self.coerce(l, &SqlType::Bytea, CastContext::Implicit)?;
            let r = self.coerce(r, &SqlType::Bytea, CastContext::Implicit)?;
            return Ok(Expr::new(
                Node::Binary(op, Box::new(l), Box::new(r)),
                SqlType::Bytea,
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
        if super::time_ops::is_time(&l.ty) || super::time_ops::is_time(&r.ty) {
            return self.time_operator(op, l, r);
        }
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
                // cidr has no comparison operators of its own: inet's take both.
                (Category::Network, Category::Network) => Some(SqlType::Inet),
                (Category::Array, Category::Array) => {
                    crate::types::array::comparison_type(&l.ty, &r.ty)?
                }
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
            // `date - timestamp`, `timestamptz - date`, `timestamp - timestamptz`, ...:
            // no operator takes the pair, and PostgreSQL's resolution picks the one
            // with the most exact matches among those the implicit casts reach
            // (date → timestamp → timestamptz): `timestamptz - timestamptz` when a
            // side is timestamptz, else `timestamp - timestamp`; an interval.
            (a, b)
                if op == Op::Sub
                    && a != b
                    && (is_datetime(a) || is_datetime(b))
                    && [a, b]
                        .iter()
                        .all(|t| is_datetime(t) || **t == SqlType::Date) =>
            {
                let common = if *a == SqlType::TimestampTz || *b == SqlType::TimestampTz {
                    SqlType::TimestampTz
                } else {
                    SqlType::Timestamp
                };
                let l = self.coerce(l, &common, CastContext::Implicit)?;
                let r = self.coerce(r, &common, CastContext::Implicit)?;
                return binary(op, l, r, SqlType::Interval);
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
                // Only `date ± integer` exists: a smallint is cast to it, and the
                // cast shows in the stored expression (`(score)::integer`).
                let r = self.coerce(r, &SqlType::Integer, CastContext::Implicit)?;
                return Ok(Expr::new(
                    Node::Binary(op, Box::new(l), Box::new(r)),
                    SqlType::Date,
                ));
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

    /// `text LIKE pattern` or `text ~ pattern` (negated, case-insensitive): both sides
    /// strings, else PostgreSQL's 42883 naming the operator as it spells it (`!~~*`).
    pub(super) fn pattern_match(
        &self,
        op: PatternOp,
        expr: &ast::Expr,
        pattern: &ast::Expr,
        negated: bool,
        ci: bool,
    ) -> Result<Expr, PgError> {
        let e = self.bind(expr)?;
        let p = self.bind(pattern)?;
        // citext's own operators, (citext, citext) and (citext, text), take every
        // pattern operator over a citext left side; they match case-insensitively
        // (texticregexeq, texticlike) whatever the spelling, which evaluation reads
        // off the left side's type. An unknown literal resolves to (citext, citext),
        // as the stored definition shows (`'^a'::citext`). A citext pattern under a
        // text left side resolves otherwise: not modelled.
        if e.ty == SqlType::Citext {
            if !matches!(p.ty.category(), Category::String | Category::Unknown) {
                return Err(builtins::no_operator(
                    Some(&e.ty),
                    op.symbol(negated, ci),
                    &p.ty,
                ));
            }
            let target = if matches!(p.ty, SqlType::Unknown | SqlType::Citext) {
                SqlType::Citext
            } else {
                SqlType::Text
            };
            let p = Box::new(self.coerce(p, &target, CastContext::Implicit)?);
            let e = Box::new(e);
            let node = match op {
                PatternOp::Like => Node::Like(e, p, negated, ci),
                PatternOp::Regex => Node::Regex(e, p, negated, ci),
            };
            return Ok(Expr::new(node, SqlType::Boolean));
        }
        if p.ty == SqlType::Citext {
            return Err(PgError::unsupported(format!(
                "the operator {} (extension citext)",
                op.symbol(negated, ci)
            )));
        }
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
}

impl Scope<'_> {
    /// `left op ANY|ALL (right)` over an array (`make_scalar_array_op`): an unknown
    /// literal on the right is an array of the left side's type. Comparisons that
    /// would cast each element (other than varchar to text) are refused.
    pub(super) fn quantified(
        &self,
        left: &ast::Expr,
        op: &BinaryOperator,
        right: &ast::Expr,
        all: bool,
    ) -> Result<Expr, PgError> {
        let op = match op {
            BinaryOperator::Eq => Op::Eq,
            BinaryOperator::NotEq => Op::Ne,
            BinaryOperator::Lt => Op::Lt,
            BinaryOperator::LtEq => Op::Le,
            BinaryOperator::Gt => Op::Gt,
            BinaryOperator::GtEq => Op::Ge,
            other => {
                return Err(PgError::unsupported(format!(
                    "the operator {other} with ANY/ALL"
                )))
            }
        };
        // `x op ANY (SELECT ...)`: a subquery's rows, not an array.
        if let ast::Expr::Subquery(query) = right {
            return self.sublink(
                query,
                super::subquery::SubLinkKindAst::Quantified { left, op, all },
            );
        }
        let l = self.bind(left)?;
        let mut r = self.bind(right)?;
        if r.ty == SqlType::Unknown {
            let element = match l.ty {
                SqlType::Unknown => SqlType::Text,
                ref t => literal_partner_type(t).without_typmod(),
            };
            r = self.coerce(r, &SqlType::Array(Box::new(element)), CastContext::Implicit)?;
        }
        let refused = |l: &Expr, r: &Expr| {
            PgError::unsupported(format!(
                "{} {} {} ({})",
                l.ty.format(),
                op.symbol(),
                if all { "ALL" } else { "ANY" },
                r.ty.format()
            ))
        };
        let SqlType::Array(element) = &r.ty else {
            return Err(refused(&l, &r));
        };
        if matches!(**element, SqlType::Enum(_) | SqlType::Char(_)) {
            return Err(refused(&l, &r));
        }
        let placeholder = Expr::constant(crate::value::Value::Null, (**element).clone());
        let probe = self.operator(op, l.clone(), placeholder)?;
        let Node::Binary(_, bound, e) = probe.node else {
            return Err(refused(&l, &r));
        };
        let as_is = match &e.node {
            Node::Const(_) => true,
            // varchar elements read as text unchanged.
            Node::Cast(inner, _) => {
                matches!(inner.node, Node::Const(_))
                    && e.ty == SqlType::Text
                    && matches!(inner.ty, SqlType::Varchar(_) | SqlType::Text)
            }
            _ => false,
        };
        if !as_is {
            return Err(refused(&l, &r));
        }
        Ok(Expr::new(
            Node::Quantified(op, bound, Box::new(r), all),
            SqlType::Boolean,
        ))
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

/// A string type's partner literal is text (varchar has no operators of its own); any
/// other type's is that type.
fn literal_partner_type(other: &SqlType) -> SqlType {
    match other.category() {
        Category::String => SqlType::Text,
        // `anyarray`'s operators: the other side's array type, without a modifier.
        Category::Array => other.without_typmod(),
        // time(p)'s operators take time: the literal is read without the modifier.
        Category::DateTime => other.without_typmod(),
        _ => other.clone(),
    }
}

impl Scope<'_> {
    /// `l op r` with a citext side. citext's comparison operators take (citext,
    /// citext), so an unknown literal is read as citext (`'x'::citext`, as a stored
    /// definition shows) and the pair compares lower-cased (evaluation reads the
    /// operand type). With text or varchar on the other side only text's operators
    /// apply (citext's implicit casts run to text and varchar, none back): the citext
    /// side is cast to text and the comparison is text's, case and all. Other
    /// operators and operand types resolve by rules not modelled: refused.
    fn citext_operator(&self, op: Op, l: Expr, r: Expr) -> Result<Expr, PgError> {
        let refuse = |l: &Expr, r: &Expr| {
            PgError::unsupported(format!(
                "the operator {} {} {} (extension citext)",
                l.ty.format(),
                op.symbol(),
                r.ty.format()
            ))
        };
        if !op.is_comparison() {
            return Err(refuse(&l, &r));
        }
        let textual = |t: &SqlType| matches!(t, SqlType::Text | SqlType::Varchar(_));
        let citext_or_unknown = |t: &SqlType| matches!(t, SqlType::Citext | SqlType::Unknown);
        if citext_or_unknown(&l.ty) && citext_or_unknown(&r.ty) {
            let l = self.coerce(l, &SqlType::Citext, CastContext::Implicit)?;
            let r = self.coerce(r, &SqlType::Citext, CastContext::Implicit)?;
            return Ok(Expr::new(
                Node::Binary(op, Box::new(l), Box::new(r)),
                SqlType::Boolean,
            ));
        }
        if (l.ty == SqlType::Citext && textual(&r.ty))
            || (r.ty == SqlType::Citext && textual(&l.ty))
        {
            let l = self.coerce(l, &SqlType::Text, CastContext::Implicit)?;
            let r = self.coerce(r, &SqlType::Text, CastContext::Implicit)?;
            return self.operator(op, l, r);
        }
        // A number, date/time, boolean or interval has no implicit cast to text or
        // citext: no candidate at all, PostgreSQL's 42883.
        let castless = |t: &SqlType| {
            matches!(
                t.category(),
                Category::Numeric | Category::DateTime | Category::Boolean | Category::Timespan
            )
        };
        if castless(&l.ty) || castless(&r.ty) {
            return Err(builtins::no_operator(Some(&l.ty), op.symbol(), &r.ty));
        }
        Err(refuse(&l, &r))
    }
}
