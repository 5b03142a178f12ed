//! Conditions: the truth of an `if`/`elif`/`while`/ternary test and of a `not`, `and`
//! or `or` operand, and the user's assumptions about the ones Rehearse cannot know.
//!
//! A condition whose value comes from outside the file (a project helper's result,
//! `__name__`) stops evaluation with [`Fault::Unknown`]; the innermost condition it
//! stops turns it into a refusal naming that condition ([`OpenCondition`]), which the
//! user can answer with an [`Assumption`]. A condition an assumption names is not
//! evaluated at all: its value is the one stated, and the assumption is recorded as
//! used, for the report. An assumption never stands for code that writes steps (a call
//! of a function of the file, `op.*`, `.execute(...)`): skipping it would drop them.

use super::{Evaluator, Fault, Py};
use crate::assume::{normalise, Assumption};
use rehearse_engine::error::{InputError, OpenCondition, Source};
use rustpython_parser::ast;

/// A value from outside the file stopped evaluation: what it is (for the message of
/// the condition it stops) and the refusal shown when no condition encloses it.
#[derive(Debug)]
pub(crate) struct Unknown {
    /// ``the result of `ckan.migration.f(...)` `` / `` `__name__` (set when ...) ``.
    pub what: String,
    /// The refusal on its own.
    pub error: InputError,
}

impl Evaluator<'_> {
    /// A value from outside the file at `node`, described as `what`; `message` is the
    /// refusal when no condition encloses it.
    pub(crate) fn unknown(
        &self,
        node: &impl ast::Ranged,
        what: String,
        message: impl Into<String>,
    ) -> Fault {
        Fault::Unknown(Box::new(Unknown {
            what,
            error: self.error(node, message),
        }))
    }

    /// Sets what the user assumes (before the file runs).
    pub fn assume(&self, assumptions: &[Assumption]) {
        *self.rt.assumptions.borrow_mut() = assumptions.to_vec();
    }

    /// The assumptions used so far, in the order first used; clears the list.
    pub fn take_used_assumptions(&self) -> Vec<Assumption> {
        std::mem::take(&mut *self.rt.used_assumptions.borrow_mut())
    }

    /// The truth of `test` as Python computes it (a `not`, `and`, `or` inside read
    /// operand by operand, each operand a condition of its own), or as the user
    /// assumed it.
    pub(crate) fn condition(&self, test: &ast::Expr) -> Result<bool, Fault> {
        if let Some(value) = self.assumed(test)? {
            return Ok(value);
        }
        self.nested(test, |ev| {
            let truth = match test {
                ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                    ev.condition(&u.operand).map(|t| !t)
                }
                // `a and b` is true when both are; `a or b` when either is. Python
                // reads the operands left to right and stops as soon as it knows.
                ast::Expr::BoolOp(b) => {
                    let stop_at = b.op == ast::BoolOp::Or;
                    let mut truth = !stop_at;
                    for operand in &b.values {
                        if ev.condition(operand)? == stop_at {
                            truth = stop_at;
                            break;
                        }
                    }
                    Ok(truth)
                }
                _ => ev.value(test).and_then(|v| ev.truth(test, &v)),
            };
            truth.map_err(|f| ev.open(test, f))
        })
    }

    /// The operand of a value-producing `and`/`or` (`x = helper() or "default"`): its
    /// truth, and its value when Python's result may be it (it decides the result).
    /// Assumed, only its truth is known: when it would be the result, its value is
    /// unknown, and that is refused.
    pub(crate) fn bool_operand(
        &self,
        operand: &ast::Expr,
        decides_when: bool,
    ) -> Result<(bool, Py), Fault> {
        if let Some(value) = self.assumed(operand)? {
            if value == decides_when {
                let text = normalise(&self.text(operand));
                return Err(self.refuse(
                    operand,
                    format!("`{text}` is {value} as you said, but its value is the result here and Rehearse does not know it (only that it is {value})"),
                ));
            }
            return Ok((value, Py::Bool(value)));
        }
        let value = self.value(operand).map_err(|f| self.open(operand, f))?;
        let truth = self
            .truth(operand, &value)
            .map_err(|f| self.open(operand, f))?;
        Ok((truth, value))
    }

    /// The user's value for `test`, if an assumption names it (recorded as used).
    fn assumed(&self, test: &ast::Expr) -> Result<Option<bool>, Fault> {
        let text = self.text(test);
        let found = self
            .rt
            .assumptions
            .borrow()
            .iter()
            .find(|a| a.decides(&text))
            .cloned();
        let Some(assumption) = found else {
            return Ok(None);
        };
        if let Some(why) = self.writes_steps(test) {
            return Err(self.refuse(
                test,
                format!(
                    "an assumption cannot stand for `{}`: {why}, and assuming its value would skip the steps it writes",
                    assumption.condition
                ),
            ));
        }
        // Listed as the file writes the condition, however the user spaced it.
        let mut used = self.rt.used_assumptions.borrow_mut();
        if !used.iter().any(|a| a.decides(&text)) {
            used.push(Assumption::new(&text, assumption.value));
        }
        Ok(Some(assumption.value))
    }

    /// A value from outside the file, met while reading `test`, is the open condition
    /// `test` (unless an inner condition was already named, or `test` writes steps,
    /// which no assumption may skip).
    fn open(&self, test: &ast::Expr, fault: Fault) -> Fault {
        let Fault::Unknown(unknown) = fault else {
            return fault;
        };
        if self.writes_steps(test).is_some() {
            return Fault::Unknown(unknown);
        }
        let text = normalise(&self.text(test));
        let span = self.span(test);
        let mut error = InputError::new(
            Source::Migration,
            span,
            format!(
                "Rehearse cannot tell whether `{text}` is true: it depends on {}, which Rehearse cannot evaluate (it comes from outside the migration file); you can state it (assume it is true or false)",
                unknown.what
            ),
        );
        error.condition = Some(OpenCondition { text, span });
        Fault::Refuse(error)
    }

    /// Why evaluating `e` may write steps, if it may: it calls a function of the
    /// file, an `op.*` operation or a connection's `execute`. Read on the syntax
    /// alone (nesting is bounded before parsing: `alembic::nesting`).
    fn writes_steps(&self, e: &ast::Expr) -> Option<String> {
        let mut found = None;
        visit(e, &mut |node| {
            let ast::Expr::Call(call) = node else {
                return;
            };
            if found.is_some() {
                return;
            }
            let callee = self.text(call.func.as_ref());
            let writes = match call.func.as_ref() {
                ast::Expr::Name(n) => matches!(self.var(n.id.as_str()), Some(Py::Function(_))),
                ast::Expr::Attribute(a) => {
                    matches!(a.attr.as_str(), "execute" | "exec_driver_sql")
                        || self.path(&call.func).is_some_and(|p| {
                            p.starts_with("op.")
                                && !matches!(p.as_str(), "op.get_bind" | "op.get_context" | "op.f")
                        })
                }
                _ => false,
            };
            if writes {
                found = Some(format!("it calls `{callee}`"));
            }
        });
        found
    }
}

/// Calls `f` on `e` and every expression inside it.
fn visit(e: &ast::Expr, f: &mut dyn FnMut(&ast::Expr)) {
    f(e);
    let each = |items: &[ast::Expr], f: &mut dyn FnMut(&ast::Expr)| {
        items.iter().for_each(|x| visit(x, f));
    };
    match e {
        ast::Expr::BoolOp(b) => each(&b.values, f),
        ast::Expr::BinOp(b) => {
            visit(&b.left, f);
            visit(&b.right, f);
        }
        ast::Expr::UnaryOp(u) => visit(&u.operand, f),
        ast::Expr::IfExp(i) => {
            visit(&i.test, f);
            visit(&i.body, f);
            visit(&i.orelse, f);
        }
        ast::Expr::Compare(c) => {
            visit(&c.left, f);
            each(&c.comparators, f);
        }
        ast::Expr::Call(c) => {
            visit(&c.func, f);
            each(&c.args, f);
            c.keywords.iter().for_each(|k| visit(&k.value, f));
        }
        ast::Expr::Attribute(a) => visit(&a.value, f),
        ast::Expr::Subscript(s) => {
            visit(&s.value, f);
            visit(&s.slice, f);
        }
        ast::Expr::Starred(s) => visit(&s.value, f),
        ast::Expr::List(l) => each(&l.elts, f),
        ast::Expr::Tuple(t) => each(&t.elts, f),
        ast::Expr::Set(s) => each(&s.elts, f),
        ast::Expr::Dict(d) => {
            d.keys.iter().flatten().for_each(|k| visit(k, f));
            each(&d.values, f);
        }
        ast::Expr::ListComp(c) => {
            visit(&c.elt, f);
            generators(&c.generators, f);
        }
        ast::Expr::SetComp(c) => {
            visit(&c.elt, f);
            generators(&c.generators, f);
        }
        ast::Expr::GeneratorExp(c) => {
            visit(&c.elt, f);
            generators(&c.generators, f);
        }
        ast::Expr::DictComp(c) => {
            visit(&c.key, f);
            visit(&c.value, f);
            generators(&c.generators, f);
        }
        ast::Expr::JoinedStr(j) => each(&j.values, f),
        ast::Expr::FormattedValue(v) => visit(&v.value, f),
        ast::Expr::NamedExpr(n) => visit(&n.value, f),
        ast::Expr::Lambda(l) => visit(&l.body, f),
        _ => {}
    }
}

fn generators(gens: &[ast::Comprehension], f: &mut dyn FnMut(&ast::Expr)) {
    for g in gens {
        visit(&g.iter, f);
        g.ifs.iter().for_each(|x| visit(x, f));
    }
}

#[cfg(test)]
mod tests {
    use crate::alembic::{parse_assuming, Revision};
    use crate::assume::Assumption;
    use rehearse_engine::error::{InputError, OpenCondition};
    use rehearse_engine::span::Span;

    /// A revision that branches on its project's own helper, as CKAN's do.
    const CKAN: &str = concat!(
        "from alembic import op\n",
        "from ckan.migration import skip_based_on_legacy_engine_version\n",
        "def upgrade():\n",
        "    if skip_based_on_legacy_engine_version(op, __name__):\n",
        "        return\n",
        "    op.drop_table('t')\n",
        "def downgrade():\n",
        "    if skip_based_on_legacy_engine_version(op, __name__):\n",
        "        return\n",
        "    op.create_table('t')\n",
    );
    const SKIP: &str = "skip_based_on_legacy_engine_version(op, __name__)";

    fn parsed(source: &str, assumptions: &[Assumption]) -> Revision {
        parse_assuming(source, assumptions).unwrap_or_else(|e| panic!("{source}\n{e:?}"))
    }

    fn upgrade_sql(rev: &Revision) -> Vec<String> {
        rev.upgrade.iter().flat_map(|s| s.sql.clone()).collect()
    }

    fn refusal(source: &str, assumptions: &[Assumption]) -> InputError {
        parse_assuming(source, assumptions).expect_err(source)
    }

    #[test]
    fn without_an_assumption_the_refusal_names_the_condition() {
        let e = refusal(CKAN, &[]);
        assert_eq!(
            e.condition,
            Some(OpenCondition {
                text: SKIP.into(),
                span: Span::new(4, 8),
            })
        );
        assert_eq!(e.span, Span::new(4, 8));
        assert!(
            e.message.starts_with(&format!("Rehearse cannot tell whether `{SKIP}` is true: it depends on `__name__` (set when Alembic loads the file)")),
            "{}",
            e.message
        );
    }

    #[test]
    fn an_assumption_decides_the_condition_and_is_listed_as_used() {
        let rev = parsed(CKAN, &[Assumption::new(SKIP, false)]);
        assert_eq!(upgrade_sql(&rev), vec!["DROP TABLE t"]);
        assert_eq!(rev.upgrade_assumptions, vec![Assumption::new(SKIP, false)]);
        assert_eq!(
            rev.downgrade_assumptions,
            vec![Assumption::new(SKIP, false)]
        );
        assert_eq!(rev.downgrade.len(), 1);
        // Written with other whitespace, it is the same condition.
        let rev = parsed(
            CKAN,
            &[Assumption::new(
                "skip_based_on_legacy_engine_version( op,__name__ )",
                true,
            )],
        );
        assert!(rev.upgrade.is_empty() && rev.downgrade.is_empty());
    }

    #[test]
    fn an_assumption_the_run_does_not_reach_is_not_listed() {
        let unrelated = Assumption::new("has_table(op, 'x')", true);
        let rev = parsed(CKAN, &[unrelated.clone(), Assumption::new(SKIP, false)]);
        assert_eq!(rev.upgrade_assumptions, vec![Assumption::new(SKIP, false)]);
        // Used by the downgrade alone: not the upgrade's.
        let source = concat!(
            "from myproject import helper\n",
            "def upgrade():\n",
            "    op.drop_table('t')\n",
            "def downgrade():\n",
            "    if helper():\n",
            "        op.create_table('t')\n",
        );
        let rev = parsed(source, &[Assumption::new("helper()", true), unrelated]);
        assert!(rev.upgrade_assumptions.is_empty());
        assert_eq!(
            rev.downgrade_assumptions,
            vec![Assumption::new("helper()", true)]
        );
        // Unreached: the `else` of a known condition.
        let source = "from p import helper\nif 1 > 2 and helper():\n    op.drop_table('t')\n";
        let rev = parsed(source, &[Assumption::new("helper()", true)]);
        assert!(rev.upgrade_assumptions.is_empty() && rev.upgrade.is_empty());
    }

    #[test]
    fn not_and_or_read_their_operands_as_conditions() {
        let source = concat!(
            "from neutron.db import migration\n",
            "def upgrade():\n",
            "    if not migration.schema_has_table('ports'):\n",
            "        op.create_table('ports')\n",
            "    if migration.schema_has_table('ports') and True:\n",
            "        op.drop_table('legacy')\n",
        );
        let e = refusal(source, &[]);
        assert_eq!(
            e.condition.map(|c| (c.text, c.span)),
            Some((
                "migration.schema_has_table('ports')".into(),
                Span::new(3, 12)
            ))
        );
        let has = |value| {
            [Assumption::new(
                "migration.schema_has_table('ports')",
                value,
            )]
        };
        assert_eq!(
            upgrade_sql(&parsed(source, &has(false))),
            vec!["CREATE TABLE ports (\n)"]
        );
        assert_eq!(
            upgrade_sql(&parsed(source, &has(true))),
            vec!["DROP TABLE legacy"]
        );
        // `x and cond`: the operand after a known one; `or` stops at a true one.
        let source = concat!(
            "from p import helper\n",
            "flag = True\n",
            "if flag and helper(1):\n",
            "    op.drop_table('a')\n",
            "if helper(1) or helper(2):\n",
            "    op.drop_table('b')\n",
            "x = 'c' if not helper(2) else 'd'\n",
            "while helper(3):\n",
            "    op.drop_table('never')\n",
            "op.drop_table(x)\n",
        );
        assert_eq!(
            refusal(source, &[]).condition.map(|c| c.text),
            Some("helper(1)".into())
        );
        let rev = parsed(
            source,
            &[
                Assumption::new("helper(1)", true),
                Assumption::new("helper(2)", false),
                Assumption::new("helper(3)", false),
            ],
        );
        assert_eq!(
            upgrade_sql(&rev),
            vec!["DROP TABLE a", "DROP TABLE b", "DROP TABLE c"]
        );
        // `helper(2)` was not read: `or` stopped at `helper(1)`; the ternary read it.
        assert_eq!(rev.upgrade_assumptions.len(), 3);
        // A whole `not ...` or `... and ...` may be assumed too.
        let source = "from p import a\nif not a(op, __name__):\n    op.drop_table('t')\n";
        let rev = parsed(source, &[Assumption::new("not a(op, __name__)", true)]);
        assert_eq!(upgrade_sql(&rev), vec!["DROP TABLE t"]);
    }

    #[test]
    fn an_assumed_value_is_only_a_truth() {
        let source = "from p import name\nt = name() or 'fallback'\nop.drop_table(t)\n";
        assert_eq!(
            upgrade_sql(&parsed(source, &[Assumption::new("name()", false)])),
            vec!["DROP TABLE fallback"]
        );
        // True, `name()` itself is the result: its value is unknown.
        let e = refusal(source, &[Assumption::new("name()", true)]);
        assert!(
            e.message.contains("its value is the result here"),
            "{}",
            e.message
        );
        assert_eq!(e.condition, None);
    }

    #[test]
    fn no_assumption_stands_for_code_that_writes_steps() {
        let source = concat!(
            "from p import helper\n",
            "def drop():\n",
            "    op.drop_table('t')\n",
            "    return helper()\n",
            "if drop():\n",
            "    op.drop_table('u')\n",
        );
        // The refusal names the helper's value, and offers no assumption.
        let e = refusal(source, &[]);
        assert_eq!(e.condition, None);
        let e = refusal(source, &[Assumption::new("drop()", true)]);
        assert!(
            e.message
                .contains("an assumption cannot stand for `drop()`: it calls `drop`"),
            "{}",
            e.message
        );
        let e = refusal(
            "from p import h\nif h(op.get_bind().execute('x')):\n    pass\n",
            &[Assumption::new("h(op.get_bind().execute('x'))", false)],
        );
        assert!(
            e.message.contains("it calls `op.get_bind().execute`"),
            "{}",
            e.message
        );
    }
}
