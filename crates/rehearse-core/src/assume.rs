//! Assumptions: what the user states about a condition Rehearse cannot evaluate.
//!
//! A migration often branches on its project's own code (`if
//! skip_based_on_legacy_engine_version(op, __name__): return`, `if not
//! migration.schema_has_table(...)`): a function outside the file, which the
//! interpreter cannot run. Rather than guess, the front end refuses, naming the
//! condition ([`rehearse_engine::error::OpenCondition`]); the user may then state its
//! value, and the run goes on under that [`Assumption`]. Every report made under one
//! lists it (only those the run actually used), so no answer hides what it rests on.
//!
//! An assumption names its condition by the condition's source text, whitespace
//! normalised ([`normalise`]): the same text wherever it appears (both `if`s of
//! `upgrade()` and `downgrade()`), matched with whitespace between tokens ignored
//! ([`Assumption::decides`]).

use serde::{Deserialize, Serialize};

/// The user's statement that a condition is true or false.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Assumption {
    /// The condition's source text, whitespace-normalised (see [`normalise`]).
    pub condition: String,
    /// The value the user says it has.
    pub value: bool,
}

/// Why an `--assume` argument does not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssumptionError {
    /// No `=` before the value.
    NoValue,
    /// The value is not `true` or `false`.
    NotABoolean(String),
    /// Nothing before the `=`.
    NoCondition,
}

impl std::fmt::Display for AssumptionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AssumptionError::NoValue => {
                f.write_str("an assumption is CONDITION=true or CONDITION=false")
            }
            AssumptionError::NotABoolean(v) => write!(
                f,
                "an assumption's value is true or false, not `{v}` (CONDITION=true or CONDITION=false)"
            ),
            AssumptionError::NoCondition => {
                f.write_str("an assumption names its condition before the `=`")
            }
        }
    }
}

impl std::error::Error for AssumptionError {}

impl Assumption {
    /// `condition` (normalised) is `value`.
    pub fn new(condition: &str, value: bool) -> Assumption {
        Assumption {
            condition: normalise(condition),
            value,
        }
    }

    /// Reads `CONDITION=true` or `CONDITION=false` (the CLI's `--assume`; Python's
    /// `True`/`False` too). The value is after the last `=`, so a condition may hold
    /// `==`.
    pub fn parse(text: &str) -> Result<Assumption, AssumptionError> {
        let (condition, value) = text.rsplit_once('=').ok_or(AssumptionError::NoValue)?;
        let value = match value.trim() {
            "true" | "True" => true,
            "false" | "False" => false,
            other => return Err(AssumptionError::NotABoolean(other.to_string())),
        };
        if condition.trim().is_empty() {
            return Err(AssumptionError::NoCondition);
        }
        Ok(Assumption::new(condition, value))
    }

    /// The text [`Assumption::parse`] reads back: `CONDITION=false`.
    pub fn flag(&self) -> String {
        format!("{}={}", self.condition, self.value)
    }

    /// `true` or `false`.
    pub fn value_name(&self) -> &'static str {
        if self.value {
            "true"
        } else {
            "false"
        }
    }

    /// What every answer given under it says: ``Assuming `COND` is false, as you said``.
    pub fn sentence(&self) -> String {
        format!(
            "Assuming `{}` is {}, as you said",
            self.condition,
            self.value_name()
        )
    }

    /// Whether this assumption is about the condition whose (normalised or raw)
    /// source text is `text`: the same tokens, whatever the whitespace between them.
    pub fn decides(&self, text: &str) -> bool {
        key(&self.condition) == key(text)
    }
}

/// Adds `assumption` to `list`, in place of an earlier one about the same condition
/// (the latest statement stands).
pub fn add(list: &mut Vec<Assumption>, assumption: Assumption) {
    match list.iter_mut().find(|a| a.decides(&assumption.condition)) {
        Some(earlier) => *earlier = assumption,
        None => list.push(assumption),
    }
}

/// The list without the assumption about `condition`.
pub fn remove(list: &mut Vec<Assumption>, condition: &str) {
    list.retain(|a| !a.decides(condition));
}

/// Python source text outside string literals and comments, as `(char, in_string)`;
/// comments are dropped. A literal's quotes count as inside it.
fn code_chars(text: &str) -> Vec<(char, bool)> {
    let mut out = Vec::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '#' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '"' || c == '\'' {
            // A literal, single or triple quoted, up to its closing quote (a
            // backslash escapes the next character).
            let triple = chars.get(i + 1) == Some(&c) && chars.get(i + 2) == Some(&c);
            let quote = if triple { 3 } else { 1 };
            for _ in 0..quote {
                out.push((c, true));
            }
            i += quote;
            while i < chars.len() {
                if chars[i] == '\\' {
                    out.push((chars[i], true));
                    if let Some(&next) = chars.get(i + 1) {
                        out.push((next, true));
                    }
                    i += 2;
                    continue;
                }
                let closes = (0..quote).all(|k| chars.get(i + k) == Some(&c));
                if closes {
                    for _ in 0..quote {
                        out.push((c, true));
                    }
                    i += quote;
                    break;
                }
                out.push((chars[i], true));
                i += 1;
            }
            continue;
        }
        out.push((c, false));
        i += 1;
    }
    out
}

/// A condition's text as reports show it and assumptions name it: comments dropped,
/// each run of whitespace (line breaks and `\` continuations included) outside string
/// literals one space, none at either end, after an opening bracket or before a
/// closing bracket or a comma (a call written over several lines reads as one).
pub fn normalise(text: &str) -> String {
    collapse(text, |out, c, in_string| {
        let after_open = out.ends_with(['(', '[', '{']);
        let closing = !in_string && matches!(c, ')' | ']' | '}' | ',');
        !out.is_empty() && !after_open && !closing
    })
}

/// The matching key: whitespace outside literals dropped, except one space where it
/// separates two words (`not x`, `a and b`), so `f(a,b)` and `f( a, b )` match.
fn key(text: &str) -> String {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    collapse(text, |out, c, _| {
        out.chars().last().is_some_and(word) && word(c)
    })
}

/// `text` with each run of whitespace (and `\` continuations) outside string literals
/// taken out, and one space put back where `space(before, next, in_string)` says so.
fn collapse(text: &str, space: impl Fn(&str, char, bool) -> bool) -> String {
    let mut out = String::new();
    let mut pending = false;
    for (c, in_string) in code_chars(text) {
        if !in_string && (c.is_whitespace() || c == '\\') {
            pending = true;
            continue;
        }
        if pending && space(&out, c, in_string) {
            out.push(' ');
        }
        pending = false;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_condition_is_named_by_its_normalised_text() {
        assert_eq!(
            normalise("skip_based_on_legacy_engine_version(\n    op,  __name__\n)"),
            "skip_based_on_legacy_engine_version(op, __name__)"
        );
        assert_eq!(normalise("a and \\\n  b  # why\n"), "a and b");
        // Inside a literal, whitespace is the value's.
        assert_eq!(normalise("f('a   b')"), "f('a   b')");
        assert_eq!(
            normalise("f(\"\"\"x  \n y\"\"\")"),
            "f(\"\"\"x  \n y\"\"\")"
        );
        let a = Assumption::new("skip(op, __name__)", false);
        assert!(a.decides("skip( op,__name__ )"));
        assert!(a.decides("skip(op,\n    __name__)"));
        assert!(!a.decides("skip(op, '__name__')"));
        assert!(!a.decides("not skip(op, __name__)"));
        assert!(Assumption::new("not x", true).decides("not  x"));
        assert!(!Assumption::new("not x", true).decides("notx"));
        assert!(!Assumption::new("f('a b')", true).decides("f('a  b')"));
    }

    #[test]
    fn the_flag_reads_and_writes_back() {
        let a = Assumption::parse("skip(op, __name__)=false").expect("reads");
        assert_eq!(a, Assumption::new("skip(op, __name__)", false));
        assert_eq!(a.flag(), "skip(op, __name__)=false");
        assert_eq!(Assumption::parse(&a.flag()).ok(), Some(a.clone()));
        assert_eq!(
            Assumption::parse("version() == 2 = True").ok(),
            Some(Assumption::new("version() == 2", true))
        );
        assert_eq!(
            Assumption::parse("x=maybe"),
            Err(AssumptionError::NotABoolean("maybe".into()))
        );
        assert_eq!(Assumption::parse("x"), Err(AssumptionError::NoValue));
        assert_eq!(
            Assumption::parse(" =true"),
            Err(AssumptionError::NoCondition)
        );
        assert_eq!(
            a.sentence(),
            "Assuming `skip(op, __name__)` is false, as you said"
        );
    }

    #[test]
    fn a_list_holds_one_assumption_per_condition() {
        let mut list = Vec::new();
        add(&mut list, Assumption::new("f(x)", false));
        add(&mut list, Assumption::new("g()", true));
        add(&mut list, Assumption::new("f( x )", true));
        assert_eq!(
            list,
            vec![Assumption::new("f(x)", true), Assumption::new("g()", true)]
        );
        remove(&mut list, "f(x )");
        assert_eq!(list, vec![Assumption::new("g()", true)]);
    }
}
