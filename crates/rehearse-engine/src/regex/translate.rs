//! PostgreSQL's ARE syntax (Spencer's advanced regular expressions) read and rewritten
//! as `regex-lite` syntax, for the patterns whose meaning both engines share.
//!
//! One pass over the pattern: each construct is either rewritten to the `regex-lite`
//! spelling of the same meaning, raised as PostgreSQL's own 2201B error (only the
//! malformations PostgreSQL's `regcomp` reports, with its words, measured on PGlite), or
//! refused as unsupported (back references, lookaround, collating elements, the `***`
//! directors, escapes whose meaning differs, and anything not measured).
//!
//! Besides the rewritten text, the pass records what the callers need to know to answer
//! as PostgreSQL does: how many capture groups there are, which quantifiers are lazy
//! (PostgreSQL's whole-match preference differs from Perl's), whether an assertion reads
//! what follows a match, and whether the pattern reads characters in a way that follows
//! the locale on non-ASCII text and is not modelled (word boundaries; case-insensitive
//! matching of a non-ASCII pattern). Classes (`\\w`, `[[:alpha:]]`, ...) are written out
//! as the locale's code-point ranges (`locale_classes`); bracket ranges and literal
//! characters are code points in both engines.

use crate::error::PgError;

/// The longest pattern translated (longer ones are refused as unsupported).
const MAX_PATTERN: usize = 10_000;

/// The longest translation compiled: each written-out class is about 12 KB of
/// `regex-lite` syntax, so a pattern of many `\\w` is refused rather than compiled.
const MAX_TRANSLATED: usize = 256 * 1024;

/// The class names PostgreSQL's brackets accept (`[[:alpha:]]`); `digit`, `xdigit` and
/// `blank` stay `regex-lite`'s (ASCII, as in PGlite's locale), the others are written
/// out (`locale_classes::class_items`).
const CLASSES: &[&str] = &[
    "alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space",
    "upper", "xdigit", "word",
];

/// What a pattern's quantifiers prefer, which decides the whole match's length in
/// PostgreSQL (longest for greedy, shortest for non-greedy).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preference {
    /// No quantifier with a preference: every match at a start has one length... or the
    /// pattern is greedy (longest).
    Longest,
    /// Every quantifier with a preference is non-greedy: the shortest match.
    Shortest,
    /// Greedy and non-greedy quantifiers mixed (or non-greedy ones with alternation):
    /// PostgreSQL's rules for those differ from Perl's; positions are refused.
    Mixed,
}

/// A pattern rewritten for `regex-lite`, with what the callers need to know about it.
#[derive(Debug, Clone)]
pub struct Translated {
    /// The `regex-lite` pattern (without flags).
    pub rust: String,
    /// The number of capturing groups.
    pub groups: usize,
    /// The whole match's preference.
    pub preference: Preference,
    /// Whether matches at one start can differ in length (a quantifier with a
    /// preference, or an alternative); if not, Perl's match is PostgreSQL's.
    pub variable: bool,
    /// A capturing group inside an alternative: which branch PostgreSQL's captures
    /// take differs from Perl's.
    pub captures_in_alternation: bool,
    /// An assertion that reads the text after it (`$`, word boundaries, `\Z`).
    pub reads_right_context: bool,
    /// Any assertion (`^`, `$`, word boundaries, `\A`, `\Z`).
    pub assertions: bool,
    /// Classes, brackets, word boundaries or case folding: the locale's answer on
    /// non-ASCII text.
    pub locale_dependent: bool,
    /// Case-insensitive, after the pattern's embedded options.
    pub case_insensitive: bool,
}

/// PostgreSQL's error for a malformed pattern.
fn invalid(what: &str) -> PgError {
    PgError::new("2201B", format!("invalid regular expression: {what}"))
}

/// What came last, for the quantifier checks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    /// Nothing in this branch yet (start, `(`, `|`): a quantifier is PostgreSQL's error.
    Nothing,
    /// `^`: a quantifier is PostgreSQL's error too.
    Caret,
    /// Another assertion (`$`, `\y`, ...): not measured, refused.
    Assertion,
    /// An atom: it takes a quantifier.
    Atom,
    /// A quantifier: another one is PostgreSQL's error.
    Quantifier,
}

/// Translates an ARE pattern (`case_insensitive` from the operator or flags).
pub fn translate(pattern: &str, case_insensitive: bool) -> Result<Translated, PgError> {
    if pattern.len() > MAX_PATTERN {
        return Err(PgError::unsupported("a regular expression this long"));
    }
    if pattern.starts_with("***") {
        return Err(PgError::unsupported(
            "a regular expression with a `***` director",
        ));
    }
    let chars: Vec<char> = pattern.chars().collect();
    let mut t = Translator {
        chars: &chars,
        i: 0,
        out: String::new(),
        stack: Vec::new(),
        top_alternation: false,
        groups: 0,
        lazy: false,
        greedy: false,
        alternation: false,
        reads_right_context: false,
        assertions: false,
        locale_dependent: false,
        case_insensitive,
        last: Last::Nothing,
    };
    t.embedded_options()?;
    t.run()?;
    if t.out.len() > MAX_TRANSLATED {
        return Err(PgError::unsupported(
            "a regular expression with this many character classes",
        ));
    }
    let preference = match (t.lazy, t.greedy || t.top_alternation) {
        (false, _) => Preference::Longest,
        (true, false) if !t.alternation => Preference::Shortest,
        _ => Preference::Mixed,
    };
    Ok(Translated {
        rust: t.out,
        groups: t.groups,
        preference,
        variable: t.greedy || t.lazy || t.alternation,
        // Conservative: any capture in a pattern with any alternative.
        captures_in_alternation: t.alternation && t.groups > 0,
        reads_right_context: t.reads_right_context,
        assertions: t.assertions,
        // Case-insensitive matching folds an ASCII pattern's characters to ASCII ones
        // in both engines (`towupper` in PGlite's locale; `regex-lite` folds ASCII only).
        locale_dependent: t.locale_dependent || (t.case_insensitive && !pattern.is_ascii()),
        case_insensitive: t.case_insensitive,
    })
}

struct Translator<'a> {
    chars: &'a [char],
    i: usize,
    out: String,
    /// The open groups: whether each captures.
    stack: Vec<bool>,
    top_alternation: bool,
    groups: usize,
    lazy: bool,
    greedy: bool,
    /// Whether an alternative (`|`) was seen anywhere.
    alternation: bool,
    reads_right_context: bool,
    assertions: bool,
    locale_dependent: bool,
    case_insensitive: bool,
    last: Last,
}

impl Translator<'_> {
    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.i + ahead).copied()
    }

    /// `(?flags)` at the very start: PostgreSQL's embedded options.
    fn embedded_options(&mut self) -> Result<(), PgError> {
        if !(self.peek(0) == Some('(') && self.peek(1) == Some('?')) {
            return Ok(());
        }
        if !self.peek(2).is_some_and(|c| c.is_ascii_alphabetic()) {
            return Ok(()); // `(?:`, `(?=`, ...: a group, read by `run`.
        }
        let mut j = self.i + 2;
        loop {
            match self.chars.get(j) {
                Some(')') => break,
                Some('i') => self.case_insensitive = true,
                Some('c') => self.case_insensitive = false,
                // The defaults: not newline-sensitive, tight syntax.
                Some('s' | 't') => {}
                Some('b' | 'e' | 'm' | 'n' | 'p' | 'q' | 'w' | 'x') => {
                    return Err(PgError::unsupported(
                        "this embedded regular-expression option",
                    ))
                }
                _ => return Err(invalid("invalid embedded option")),
            }
            j += 1;
        }
        self.i = j + 1;
        Ok(())
    }

    fn run(&mut self) -> Result<(), PgError> {
        while let Some(c) = self.peek(0) {
            self.i += 1;
            match c {
                '(' => self.open()?,
                ')' => self.close()?,
                '|' => {
                    self.alternation = true;
                    if self.stack.is_empty() {
                        self.top_alternation = true;
                    }
                    self.out.push('|');
                    self.last = Last::Nothing;
                }
                '*' | '+' | '?' => {
                    self.quantifier_operand()?;
                    self.out.push(c);
                    self.preference_suffix(true);
                }
                '{' => self.bound()?,
                '[' => self.bracket()?,
                '\\' => self.escape()?,
                '^' => {
                    self.out.push('^');
                    self.assertions = true;
                    self.last = Last::Caret;
                }
                '$' => {
                    self.out.push('$');
                    self.assertions = true;
                    self.reads_right_context = true;
                    self.last = Last::Assertion;
                }
                '.' => {
                    self.out.push('.');
                    self.last = Last::Atom;
                }
                c => {
                    self.literal(c);
                    self.last = Last::Atom;
                }
            }
        }
        if !self.stack.is_empty() {
            return Err(invalid("parentheses () not balanced"));
        }
        Ok(())
    }

    fn literal(&mut self, c: char) {
        if c.is_ascii_punctuation() {
            self.out.push('\\');
        }
        self.out.push(c);
    }

    /// Checks what a quantifier follows: PostgreSQL's "quantifier operand invalid".
    fn quantifier_operand(&mut self) -> Result<(), PgError> {
        match self.last {
            Last::Atom => Ok(()),
            Last::Nothing | Last::Caret | Last::Quantifier => {
                Err(invalid("quantifier operand invalid"))
            }
            Last::Assertion => Err(PgError::unsupported(
                "a quantifier on a regular-expression assertion",
            )),
        }
    }

    /// A `?` after a quantifier makes it non-greedy; `variable` is whether the
    /// quantifier has a preference at all (`{m}` has none).
    fn preference_suffix(&mut self, variable: bool) {
        let lazy = self.peek(0) == Some('?');
        if lazy {
            self.i += 1;
            self.out.push('?');
        }
        if variable {
            if lazy {
                self.lazy = true;
            } else {
                self.greedy = true;
            }
        }
        self.last = Last::Quantifier;
    }

    /// `{m}`, `{m,}`, `{m,n}`.
    fn bound(&mut self) -> Result<(), PgError> {
        if !self.peek(0).is_some_and(|c| c.is_ascii_digit()) {
            return Err(PgError::unsupported(
                "a regular expression with `{` not starting a bound",
            ));
        }
        self.quantifier_operand()?;
        let min = self.number().unwrap_or(0);
        let comma = self.peek(0) == Some(',');
        let max = if comma {
            self.i += 1;
            self.number()
        } else {
            Some(min)
        };
        match self.peek(0) {
            Some('}') => self.i += 1,
            None => return Err(invalid("braces {} not balanced")),
            Some(_) => return Err(PgError::unsupported("this regular-expression bound")),
        }
        if min > 255 || max.is_some_and(|m| m > 255 || m < min) {
            return Err(invalid("invalid repetition count(s)"));
        }
        match (comma, max) {
            (false, _) => self.out.push_str(&format!("{{{min}}}")),
            (true, Some(m)) => self.out.push_str(&format!("{{{min},{m}}}")),
            (true, None) => self.out.push_str(&format!("{{{min},}}")),
        }
        // `{m}` has no preference; `{m,n}` has one even when m = n.
        self.preference_suffix(comma);
        Ok(())
    }

    /// The decimal number at the cursor, if any (saturating).
    fn number(&mut self) -> Option<u32> {
        let start = self.i;
        while self.peek(0).is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        let digits: String = self.chars[start..self.i].iter().collect();
        (self.i > start).then(|| digits.parse::<u32>().unwrap_or(u32::MAX))
    }

    fn open(&mut self) -> Result<(), PgError> {
        let capturing = if self.peek(0) == Some('?') {
            if self.peek(1) == Some(':') {
                self.i += 2;
                false
            } else {
                return Err(PgError::unsupported(
                    "this regular-expression group (lookaround or options)",
                ));
            }
        } else {
            true
        };
        self.stack.push(capturing);
        if capturing {
            self.groups += 1;
            self.out.push('(');
        } else {
            self.out.push_str("(?:");
        }
        self.last = Last::Nothing;
        Ok(())
    }

    fn close(&mut self) -> Result<(), PgError> {
        self.stack
            .pop()
            .ok_or_else(|| invalid("parentheses () not balanced"))?;
        self.out.push(')');
        self.last = Last::Atom;
        Ok(())
    }

    /// A backslash outside brackets.
    fn escape(&mut self) -> Result<(), PgError> {
        let Some(c) = self.peek(0) else {
            return Err(invalid("invalid escape \\ sequence"));
        };
        self.i += 1;
        let (text, last) = match c {
            'd' | 'D' => (format!("\\{c}"), Last::Atom),
            's' | 'S' | 'w' | 'W' => {
                let lower = c.to_ascii_lowercase();
                let class = if lower == 's' { "space" } else { "word" };
                self.out
                    .push_str(if c.is_ascii_uppercase() { "[^" } else { "[" });
                self.class(class, &format!("\\{lower}"));
                ("]".to_string(), Last::Atom)
            }
            'y' | 'Y' | 'm' | 'M' => {
                self.locale_dependent = true;
                self.reads_right_context = true;
                let rust = match c {
                    'y' => "\\b",
                    'Y' => "\\B",
                    'm' => "\\b{start}",
                    _ => "\\b{end}",
                };
                (rust.to_string(), Last::Assertion)
            }
            'A' => ("\\A".to_string(), Last::Caret),
            'Z' => {
                self.reads_right_context = true;
                ("\\z".to_string(), Last::Assertion)
            }
            't' | 'n' | 'r' | 'f' | 'v' => (format!("\\{c}"), Last::Atom),
            'a' => ("\\x07".to_string(), Last::Atom),
            'b' => ("\\x08".to_string(), Last::Atom),
            'e' => ("\\x1B".to_string(), Last::Atom),
            'B' | 'c' | 'x' | 'u' | 'U' | '0'..='9' => {
                return Err(PgError::unsupported(format!(
                    "the regular-expression escape \\{c} (back references and character codes)"
                )))
            }
            c if c.is_ascii_alphabetic() => return Err(invalid("invalid escape \\ sequence")),
            c if !c.is_ascii() => {
                return Err(PgError::unsupported(format!(
                    "the regular-expression escape \\{c}"
                )))
            }
            c => {
                let mut s = String::new();
                if c.is_ascii_punctuation() {
                    s.push('\\');
                }
                s.push(c);
                (s, Last::Atom)
            }
        };
        self.out.push_str(&text);
        self.assertions |= matches!(last, Last::Caret | Last::Assertion);
        self.last = last;
        Ok(())
    }

    /// A bracket expression, after its `[`.
    fn bracket(&mut self) -> Result<(), PgError> {
        // `[[:<:]]` and `[[:>:]]`: the word start and end assertions.
        for (form, rust) in [("[:<:]]", "\\b{start}"), ("[:>:]]", "\\b{end}")] {
            let len = form.chars().count();
            if self
                .chars
                .get(self.i..self.i + len)
                .is_some_and(|s| s.iter().copied().eq(form.chars()))
            {
                self.i += len;
                self.out.push_str(rust);
                self.locale_dependent = true;
                self.reads_right_context = true;
                self.assertions = true;
                self.last = Last::Assertion;
                return Ok(());
            }
        }
        let unbalanced = || invalid("brackets [] not balanced");
        self.out.push('[');
        if self.peek(0) == Some('^') {
            self.i += 1;
            self.out.push('^');
        }
        let mut first = true;
        loop {
            let Some(c) = self.peek(0) else {
                return Err(unbalanced());
            };
            self.i += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            // A class name, or a collating element / equivalence class.
            if c == '[' && matches!(self.peek(0), Some(':' | '.' | '=')) {
                let kind = self.peek(0).unwrap_or(':');
                let start = self.i + 1;
                let mut j = start;
                while j + 1 < self.chars.len()
                    && !(self.chars[j] == kind && self.chars[j + 1] == ']')
                {
                    j += 1;
                }
                if j + 1 >= self.chars.len() {
                    return Err(unbalanced());
                }
                let name: String = self.chars[start..j].iter().collect();
                self.i = j + 2;
                if kind != ':' {
                    return Err(PgError::unsupported(
                        "collating elements and equivalence classes in brackets",
                    ));
                }
                if !CLASSES.contains(&name.as_str()) {
                    return Err(invalid("invalid character class"));
                }
                if self.peek(0) == Some('-') && self.peek(1) != Some(']') {
                    return Err(invalid("invalid character range"));
                }
                self.class(&name, &format!("[:{name}:]"));
                continue;
            }
            let lo = if c == '\\' {
                let Some(e) = self.peek(0) else {
                    return Err(unbalanced());
                };
                self.i += 1;
                match e {
                    'd' => {
                        self.out.push_str("0-9");
                        continue;
                    }
                    's' | 'w' => {
                        let class = if e == 's' { "space" } else { "word" };
                        self.class(class, &format!("\\{e}"));
                        continue;
                    }
                    e if e.is_ascii_alphanumeric() || !e.is_ascii() => {
                        return Err(PgError::unsupported(format!(
                            "the escape \\{e} in a regular-expression bracket"
                        )))
                    }
                    e => e,
                }
            } else {
                c
            };
            // A range `lo-hi` (a `-` before the closing `]` is literal).
            if self.peek(0) == Some('-') && self.peek(1).is_some_and(|n| n != ']') {
                let hi = self.peek(1).unwrap_or(lo);
                if matches!(hi, '\\' | '[') {
                    return Err(PgError::unsupported(
                        "this range in a regular-expression bracket",
                    ));
                }
                self.i += 2;
                if hi < lo {
                    return Err(invalid("invalid character range"));
                }
                self.bracket_char(lo);
                self.out.push('-');
                self.bracket_char(hi);
            } else {
                self.bracket_char(lo);
            }
        }
        self.out.push(']');
        self.last = Last::Atom;
        Ok(())
    }

    /// Class `name` as bracket items: the locale's table, or `regex-lite`'s own
    /// (ASCII) class `native` where it reads alike (`digit`, `xdigit`, `blank`) or under
    /// case-insensitive matching (`regex-lite` does not build a written-out table then, and
    /// PostgreSQL makes `upper`/`lower` `alpha` there): then only ASCII text is answered.
    fn class(&mut self, name: &str, native: &str) {
        match super::locale_classes::class_items(name) {
            Some(items) if !self.case_insensitive => self.out.push_str(&items),
            Some(_) => {
                self.locale_dependent = true;
                self.out.push_str(native);
            }
            None => self.out.push_str(native),
        }
    }

    /// A literal character in a bracket: punctuation escaped, so that `regex-lite`'s
    /// own class syntax (`[` nesting, `&&`, `--`, `~~`) never applies.
    fn bracket_char(&mut self, c: char) {
        if c.is_ascii_punctuation() {
            self.out.push('\\');
        }
        self.out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rust(p: &str) -> String {
        match translate(p, false) {
            Ok(t) => t.rust,
            Err(e) => e.message,
        }
    }

    #[test]
    fn rewrites_shared_syntax() {
        assert_eq!(rust("^a.b$"), "^a.b$");
        assert_eq!(rust("a[[:digit:]-]"), "a[[:digit:]\\-]");
        assert_eq!(rust("[[:space:]]"), rust("\\s"));
        assert_eq!(rust("[]a]"), "[\\]a]");
        assert_eq!(rust("\\mx\\M"), "\\b{start}x\\b{end}");
        assert_eq!(rust("(?i)ab"), "ab");
        assert_eq!(rust("a{2,3}?"), "a{2,3}?");
        assert_eq!(rust("a}"), "a\\}");
        assert_eq!(rust("[a&&b]"), "[a\\&\\&b]");
    }

    #[test]
    fn malformed_patterns_are_postgres_errors() {
        for (p, e) in [
            (
                "(",
                "invalid regular expression: parentheses () not balanced",
            ),
            (
                "a)",
                "invalid regular expression: parentheses () not balanced",
            ),
            ("[a", "invalid regular expression: brackets [] not balanced"),
            (
                "*",
                "invalid regular expression: quantifier operand invalid",
            ),
            (
                "a**",
                "invalid regular expression: quantifier operand invalid",
            ),
            (
                "a{2,1}",
                "invalid regular expression: invalid repetition count(s)",
            ),
            (
                "a{256}",
                "invalid regular expression: invalid repetition count(s)",
            ),
            ("a{1", "invalid regular expression: braces {} not balanced"),
            (
                "\\q",
                "invalid regular expression: invalid escape \\ sequence",
            ),
            (
                "[[:foo:]]",
                "invalid regular expression: invalid character class",
            ),
            (
                "[b-a]",
                "invalid regular expression: invalid character range",
            ),
            (
                "(?z)a",
                "invalid regular expression: invalid embedded option",
            ),
        ] {
            assert_eq!(rust(p), e, "{p}");
        }
    }

    /// Measured on PGlite (C.UTF-8, PostgreSQL 18.6).
    #[test]
    fn classes_follow_pglites_locale_on_non_ascii_text() {
        let m = |text: &str, pattern: &str, ci: bool| crate::regex::matches(text, pattern, ci);
        for (text, pattern, ci, want) in [
            ("é", "[[:alpha:]]", false, true),
            ("é", "\\w", false, true),
            ("é", "[a-z]", false, false),
            ("é", "[à-ÿ]", false, true),
            ("é", "\\W", false, false),
            ("é", "[[:upper:]]", false, false),
            ("É", "[[:upper:]]", false, true),
            ("€", "[[:punct:]]", false, true),
            ("€", "[[:alpha:]]", false, false),
            ("\u{2003}", "\\s", false, true),
            ("\u{a0}", "\\s", false, false),
            ("\u{a0}", "[[:print:]]", false, true),
            ("٣", "\\d", false, false),
            ("٣", "[[:alnum:]]", false, true),
            ("Ωmega", "^\\w+$", false, true),
            ("naïve café", "^[[:alpha:] ]+$", false, true),
            ("x\u{85}", "[[:cntrl:]]", false, true),
            ("日本", "^[^[:alpha:]]", false, false),
            ("é", "E", true, false),
            ("Straße", "STRASSE", true, false),
            ("ǅ", "[[:upper:]]", false, true),
            ("ǅ", "[[:lower:]]", false, true),
        ] {
            assert_eq!(m(text, pattern, ci), Ok(want), "{text} ~ {pattern} ({ci})");
        }
        // Not modelled: case folding of a non-ASCII pattern, word boundaries.
        assert!(m("Ä", "ä", true).is_err());
        assert!(m("é", "[[:upper:]]", true).is_err());
        assert_eq!(m("E", "[[:lower:]]\\w", true), Ok(false));
        assert_eq!(m("Ea", "[[:lower:]]\\w", true), Ok(true));
        assert!(m("é", "\\yé", false).is_err());
    }

    #[test]
    fn differing_syntax_is_refused() {
        for p in [
            "(a)\\1", "a(?=b)", "***=a", "[[.a.]]", "\\x41", "a{,2}", "$*",
        ] {
            let e = translate(p, false).expect_err(p);
            assert!(e.unsupported.is_some(), "{p}");
        }
    }
}
