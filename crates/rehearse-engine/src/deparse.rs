//! Printing bound expressions back as PostgreSQL's `ruleutils.c` does, for
//! `pg_get_expr` (column defaults) and `pg_get_constraintdef` (CHECK constraints).
//!
//! Without pretty-printing PostgreSQL parenthesises every operator expression and shows
//! the type of every constant that would not read back as that type (`'x'::text`,
//! `'-1'::integer`), and casts as `(expr)::type`.

use super::expr::{Expr, Node, PatternOp};
use super::types::SqlType;
use super::value::Value;

pub use crate::keywords::quote_ident;

#[path = "deparse_indent.rs"]
mod indent;

/// `'text'` with quotes doubled.
pub fn quote_literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// An expression without the implicit cast resolution put on it.
fn uncast(e: &Expr) -> &Expr {
    match &e.node {
        Node::Cast(inner, false) => inner,
        _ => e,
    }
}

/// Deparses a bound expression (`pg_get_expr` / `pg_get_constraintdef` style).
pub fn deparse(e: &Expr) -> String {
    indent::finish(write(e, false))
}

/// Pretty form, as `pg_get_indexdef(index, column, true)` prints index expressions:
/// casts of simple operands lose their parentheses (`name::text`).
pub fn deparse_pretty(e: &Expr) -> String {
    indent::finish(write(e, true))
}

/// One expression key of an index as `pg_get_indexdef(index, column, true)` prints it.
/// A CASE key is parenthesised (it does not look like a function call) and its parts
/// are pretty-printed (`WHEN f IS NULL OR f = ''::text THEN n`, measured on PGlite);
/// every other key prints as [`deparse_pretty`].
pub fn deparse_index_key(e: &Expr) -> String {
    match &e.node {
        Node::Case(whens, else_) => {
            let mut s = String::from("(\nCASE");
            indent::deeper(|| {
                for (c, r) in whens {
                    s.push_str(&format!(
                        "\n    WHEN {} THEN {}",
                        pretty_node(c, Parent::Top),
                        pretty_node(r, Parent::Top)
                    ));
                }
                if let Some(x) = else_ {
                    s.push_str(&format!("\n    ELSE {}", pretty_node(x, Parent::Top)));
                }
            });
            s.push_str("\nEND)");
            indent::finish(s)
        }
        _ => deparse_pretty(e),
    }
}

/// Where a node sits, for PostgreSQL's pretty-mode parenthesisation (`isSimpleNode`).
#[derive(Clone, Copy)]
enum Parent {
    /// The whole expression: no parentheses around it.
    Top,
    /// An operand of a binary operator (`first`: its left operand).
    Op(super::expr::Op, bool),
    /// An operand of AND (`Some(true)`), OR (`Some(false)`) or NOT (`None`).
    Bool(Option<bool>),
    /// Anything else (IS NULL, IS TRUE, = ANY, ...).
    Other,
}

/// A condition as `pg_get_constraintdef(oid, true)` prints it (pretty): parentheses
/// only where PostgreSQL's `isSimpleNode` asks for them (`a > 0 AND b < 10`,
/// `(a + b) * 2 > 0`, `NOT a > 0`).
pub fn deparse_pretty_condition(e: &Expr) -> String {
    indent::finish(pretty_node(e, Parent::Top))
}

fn is_simple(e: &Expr, parent: Parent) -> bool {
    use super::expr::Op::*;
    let priority = |op: super::expr::Op| match op {
        Add | Sub => Some(false),
        Mul | Div | Mod => Some(true),
        _ => None,
    };
    match (&e.node, parent) {
        (_, Parent::Top) => true,
        (Node::Binary(op, ..), Parent::Op(parent_op, first)) => {
            match (priority(*op), priority(parent_op)) {
                (Some(true), Some(false)) => true,
                (Some(false), Some(true)) => false,
                (Some(_), Some(_)) => first,
                _ => false,
            }
        }
        (
            Node::Binary(..)
            | Node::Like(..)
            | Node::Regex(..)
            | Node::IsNull(..)
            | Node::IsBool(..)
            | Node::Distinct(..),
            p,
        ) => {
            matches!(p, Parent::Bool(_))
        }
        // AND inside AND or OR, OR inside OR: no parentheses needed.
        (Node::Logic(and, _), Parent::Bool(outer)) => {
            matches!((and, outer), (true, Some(_)) | (false, Some(false)))
        }
        (Node::Not(_), Parent::Bool(Some(_))) => true,
        (
            Node::Logic(..) | Node::Not(_) | Node::InList(..) | Node::Quantified(..) | Node::Neg(_),
            _,
        ) => false,
        _ => true,
    }
}

fn pretty_node(e: &Expr, parent: Parent) -> String {
    let own = pretty_own(e);
    if is_simple(e, parent) {
        own
    } else {
        format!("({own})")
    }
}

/// A node's text without parentheses of its own.
fn pretty_own(e: &Expr) -> String {
    match &e.node {
        Node::Binary(op, l, r) if *op != super::expr::Op::Concat => format!(
            "{} {} {}",
            pretty_node(l, Parent::Op(*op, true)),
            op.symbol(),
            pretty_node(r, Parent::Op(*op, false))
        ),
        Node::Logic(and, items) => items
            .iter()
            .map(|i| pretty_node(i, Parent::Bool(Some(*and))))
            .collect::<Vec<_>>()
            .join(if *and { " AND " } else { " OR " }),
        Node::Not(inner) => format!("NOT {}", pretty_node(inner, Parent::Bool(None))),
        Node::IsNull(inner, negated) => format!(
            "{} IS {}NULL",
            pretty_node(inner, Parent::Other),
            if *negated { "NOT " } else { "" }
        ),
        Node::IsBool(inner, tested, negated) => format!(
            "{} IS {}{}",
            pretty_node(inner, Parent::Other),
            if *negated { "NOT " } else { "" },
            if *tested { "TRUE" } else { "FALSE" }
        ),
        Node::Distinct(eq, not_distinct) => match &eq.node {
            Node::Binary(_, l, r) => format!(
                "{}{} IS DISTINCT FROM {}",
                if *not_distinct { "NOT " } else { "" },
                pretty_node(l, Parent::Other),
                pretty_node(r, Parent::Other)
            ),
            _ => pretty_own(eq),
        },
        Node::Quantified(op, x, array, all) => format!(
            "{} {} {} ({})",
            pretty_node(x, Parent::Other),
            op.symbol(),
            if *all { "ALL" } else { "ANY" },
            write(array, true)
        ),
        Node::InList(x, items, negated) => {
            let (op, quantifier) = if *negated {
                ("<>", "ALL")
            } else {
                ("=", "ANY")
            };
            let array = format!(
                "ARRAY[{}]",
                items
                    .iter()
                    .map(|i| write(i, true))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            let left = pretty_node(x, Parent::Other);
            if matches!(x.ty, SqlType::Varchar(_) | SqlType::Char(_)) {
                format!("{left}::text {op} {quantifier} ({array}::text[])")
            } else {
                format!("{left} {op} {quantifier} ({array})")
            }
        }
        // Everything else prints as the pretty deparser prints it, without the outer
        // parentheses it gives operator-like nodes (LIKE, ||, negation).
        _ => {
            let text = write(e, true);
            match &e.node {
                Node::Binary(..) | Node::Like(..) | Node::Regex(..) | Node::Neg(_) => text
                    .strip_prefix('(')
                    .and_then(|t| t.strip_suffix(')'))
                    .map(str::to_string)
                    .unwrap_or(text),
                _ => text,
            }
        }
    }
}

fn write(e: &Expr, pretty: bool) -> String {
    let deparse = |x: &Expr| write(x, pretty);
    match &e.node {
        Node::Const(v) => constant(v, &e.ty),
        Node::Column(_, name) => quote_ident(name),
        // A length coercion of a constant of the same type prints the bare constant
        // with the full target type (`'-2.5'::numeric(4,0)`), as get_coercion_expr does.
        Node::Cast(inner, _)
            if matches!(inner.node, Node::Const(_))
                && inner.ty.without_typmod() == e.ty.without_typmod() =>
        {
            let Node::Const(v) = &inner.node else {
                return deparse(inner);
            };
            format!("{}::{}", bare_constant(v, &inner.ty), e.ty.format())
        }
        Node::Cast(inner, _) => match &inner.node {
            Node::Const(_) | Node::Column(..) if pretty => {
                format!("{}::{}", deparse(inner), e.ty.format())
            }
            Node::Const(_) | Node::Column(..) | Node::Func(..) => {
                format!("({})::{}", deparse(inner), e.ty.format())
            }
            _ => format!("({})::{}", deparse(inner), e.ty.format()),
        },
        Node::Binary(super::expr::Op::Concat, l, r) => {
            // `text || anynonarray` takes a non-string operand as it is: no cast shown.
            let side = |x: &Expr| match &x.node {
                Node::Cast(inner, false)
                    if !matches!(
                        inner.ty.category(),
                        super::types::Category::String | super::types::Category::Unknown
                    ) =>
                {
                    deparse(inner)
                }
                _ => deparse(x),
            };
            format!("({} || {})", side(l), side(r))
        }
        Node::Binary(op, l, r) => {
            // A keyword that starts a new line takes no space before it.
            let right = deparse(r);
            let gap = if right.starts_with('\n') { "" } else { " " };
            format!("({} {}{gap}{right})", deparse(l), op.symbol())
        }
        Node::Neg(inner) => format!("(- {})", deparse(inner)),
        Node::Not(inner) => format!("(NOT {})", deparse(inner)),
        Node::Logic(and, items) => {
            let sep = if *and { " AND " } else { " OR " };
            format!(
                "({})",
                items.iter().map(deparse).collect::<Vec<_>>().join(sep)
            )
        }
        Node::IsNull(inner, negated) => {
            format!(
                "({} IS {}NULL)",
                deparse(inner),
                if *negated { "NOT " } else { "" }
            )
        }
        Node::IsBool(inner, tested, negated) => format!(
            "({} IS {}{})",
            deparse(inner),
            if *negated { "NOT " } else { "" },
            if *tested { "TRUE" } else { "FALSE" }
        ),
        Node::Like(x, p, negated, ci) => format!(
            "({} {} {})",
            deparse(x),
            PatternOp::Like.symbol(*negated, *ci),
            deparse(p)
        ),
        Node::Regex(x, p, negated, ci) => format!(
            "({} {} {})",
            deparse(x),
            PatternOp::Regex.symbol(*negated, *ci),
            deparse(p)
        ),
        Node::Quantified(op, x, array, all) => format!(
            "({} {} {} ({}))",
            deparse(x),
            op.symbol(),
            if *all { "ALL" } else { "ANY" },
            deparse(array)
        ),
        Node::InList(x, items, negated) => {
            let (op, quantifier) = if *negated {
                ("<>", "ALL")
            } else {
                ("=", "ANY")
            };
            let array = format!(
                "ARRAY[{}]",
                items.iter().map(deparse).collect::<Vec<_>>().join(", ")
            );
            if matches!(x.ty, SqlType::Varchar(_) | SqlType::Char(_)) {
                // varchar has no = of its own: both sides are relabelled to text.
                format!(
                    "(({})::text {op} {quantifier} (({array})::text[]))",
                    deparse(x)
                )
            } else {
                format!("({} {op} {quantifier} ({array}))", deparse(x))
            }
        }
        Node::Func(f, args) => match f.name() {
            // The grammar's own forms of substring's pattern calls (`ruleutils.c`).
            // `get_func_sql_syntax` prints its arguments without their implicit casts.
            "substring" if args.len() == 3 && args[1].ty == SqlType::Text => format!(
                "SUBSTRING({} SIMILAR {} ESCAPE {})",
                deparse(uncast(&args[0])),
                deparse(uncast(&args[1])),
                deparse(uncast(&args[2]))
            ),
            "substring" if args.get(1).is_some_and(|a| a.ty == SqlType::Integer) => {
                let mut text = format!(
                    "SUBSTRING({} FROM {}",
                    deparse(uncast(&args[0])),
                    deparse(uncast(&args[1]))
                );
                if let Some(count) = args.get(2) {
                    text.push_str(&format!(" FOR {}", deparse(uncast(count))));
                }
                text + ")"
            }
            "substring" => format!(
                "\"substring\"({})",
                args.iter().map(deparse).collect::<Vec<_>>().join(", ")
            ),
            name @ ("coalesce" | "greatest" | "least") => format!(
                "{}({})",
                name.to_uppercase(),
                args.iter().map(deparse).collect::<Vec<_>>().join(", ")
            ),
            "nullif" => match args.get(1).map(|c| &c.node) {
                Some(Node::Binary(_, l, r)) => format!("NULLIF({}, {})", deparse(l), deparse(r)),
                _ => format!(
                    "NULLIF({})",
                    args.iter().map(deparse).collect::<Vec<_>>().join(", ")
                ),
            },
            name @ ("current_timestamp" | "current_date" | "localtimestamp" | "localtime"
            | "current_time")
                if args.is_empty() =>
            {
                name.to_uppercase()
            }
            "nextval" => match args.first().map(|a| &a.node) {
                Some(Node::Const(Value::Text(seq))) => {
                    // regclass output quotes the name as an identifier.
                    let name = quote_ident(seq.trim_matches('"'));
                    format!("nextval({}::regclass)", quote_literal(&name))
                }
                _ => format!(
                    "nextval({})",
                    args.iter().map(deparse).collect::<Vec<_>>().join(", ")
                ),
            },
            // `generate_function_name` quotes a name that is a keyword (`"left"`).
            name => format!(
                "{}({})",
                quote_ident(name),
                args.iter().map(deparse).collect::<Vec<_>>().join(", ")
            ),
        },
        // PostgreSQL parses IS NOT DISTINCT FROM as NOT (... IS DISTINCT FROM ...).
        Node::Distinct(eq, not_distinct) => match &eq.node {
            Node::Binary(_, l, r) if *not_distinct => {
                format!("(NOT ({} IS DISTINCT FROM {}))", deparse(l), deparse(r))
            }
            Node::Binary(_, l, r) => format!("({} IS DISTINCT FROM {})", deparse(l), deparse(r)),
            _ => deparse(eq),
        },
        Node::Array(items) => format!(
            "ARRAY[{}]",
            items.iter().map(deparse).collect::<Vec<_>>().join(", ")
        ),
        Node::SubLink(link) => sublink(link, &deparse),
        Node::UserCall(call) => format!(
            "{}({})",
            crate::expr::user_call::printed_name(&call.name),
            call.args.iter().map(deparse).collect::<Vec<_>>().join(", ")
        ),
        Node::Subscript(base, brackets) => {
            crate::expr::subscript::deparse(base, brackets, &deparse)
        }
        // PRETTYFLAG_INDENT (set for defaults and constraints) lays CASE out on lines.
        Node::Case(whens, else_) => indent::case(whens, else_.as_deref(), &e.ty, &deparse),
    }
}

/// A constant without its type label (`get_const_expr` with showtype -1).
fn bare_constant(v: &Value, ty: &SqlType) -> String {
    let Some(text) = v.output(ty) else {
        return "NULL".into();
    };
    match v {
        Value::Bool(b) => if *b { "true" } else { "false" }.to_string(),
        Value::Int(_) | Value::Numeric(_) if !text.starts_with('-') => text,
        _ => quote_literal(&text),
    }
}

/// `get_const_expr`: integers and float-looking numerics print bare when non-negative,
/// booleans bare, NULL as `NULL::type`, everything else quoted with its type.
pub fn constant(v: &Value, ty: &SqlType) -> String {
    let Some(text) = v.output(ty) else {
        return format!("NULL::{}", ty.format());
    };
    match (v, ty) {
        (Value::Bool(b), _) => if *b { "true" } else { "false" }.to_string(),
        (Value::Int(i), SqlType::Integer) if *i >= 0 => text,
        (Value::Numeric(_), SqlType::Numeric(_))
            if !text.starts_with('-') && text.contains('.') =>
        {
            text
        }
        (_, SqlType::Unknown) => quote_literal(&text),
        (_, SqlType::Char(_)) => format!("{}::bpchar", quote_literal(&text)),
        (_, SqlType::Array(e)) if matches!(**e, SqlType::Char(_)) => {
            format!("{}::bpchar[]", quote_literal(&text))
        }
        _ => format!("{}::{}", quote_literal(&text), ty.without_typmod().format()),
    }
}

/// A subquery expression: never in a default or a constraint (PostgreSQL refuses
/// both), so this is only a readable form.
fn sublink(link: &crate::expr::SubLink, operand: &dyn Fn(&Expr) -> String) -> String {
    use crate::expr::SubLinkKind;
    match &link.kind {
        SubLinkKind::Exists => format!("(EXISTS ({}))", link.text),
        SubLinkKind::Scalar => format!("({})", link.text),
        SubLinkKind::Array => format!("ARRAY({})", link.text),
        SubLinkKind::Quantified { left, all, .. } => format!(
            "({} {} ({}))",
            operand(left),
            if *all { "ALL" } else { "ANY" },
            link.text
        ),
    }
}
