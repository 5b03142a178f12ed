//! Alembic revision headers and the order of the chain.
//!
//! [`read_header`] takes `revision` and `down_revision` from a revision file with a small
//! line-based reader (module-level assignments only, docstrings skipped), so a file the
//! core cannot run still places in the chain. [`order`] sorts the revisions from the base
//! (`down_revision = None`) to the head and names the files of every problem Alembic
//! would refuse: duplicate ids, missing parents, no base or several, several heads,
//! cycles. A branch that a merge revision (a tuple `down_revision`) joins again is
//! linearised: parents before children, ties broken by file name.

use std::collections::{BTreeMap, BTreeSet};

/// The identifiers at the top of a revision file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// `revision`.
    pub revision: String,
    /// `down_revision`: empty for a base (`None`), two or more for a merge point.
    pub down: Vec<String>,
}

/// One revision file.
#[derive(Debug, Clone)]
pub struct Revision {
    /// `revision`.
    pub id: String,
    /// `down_revision` (empty: the base).
    pub down: Vec<String>,
    /// The path as the user sees it (directory as given, joined with the file name),
    /// control characters escaped ([`crate::escape::line`]): every format prints it.
    pub path: String,
    /// The file name alone, for breaking ties.
    pub name: String,
    /// The file's text.
    pub text: String,
}

impl Revision {
    /// `id (path)`, as messages name a revision.
    fn named(&self) -> String {
        format!("{} ({})", self.id, self.path)
    }
}

/// The revisions in the order they run.
#[derive(Debug)]
pub struct Chain {
    /// Base first, head last.
    pub revisions: Vec<Revision>,
    /// When the history branches and merges again: how it was made a line.
    pub linearised: Option<String>,
}

/// Reads `revision` and `down_revision` from a revision file. `Ok(None)`: the file has
/// no module-level `revision = ...` (not a revision). Errors name the line.
///
/// Linear in the file's length: each line is tokenized once, a value continued over
/// many lines (an open bracket, a trailing backslash) included.
pub fn read_header(text: &str) -> Result<Option<Header>, String> {
    let mut lines = text.lines().enumerate().map(|(i, line)| (i + 1, line));
    let mut revision = None;
    let mut down = None;
    let mut in_triple: Option<&str> = None;
    while let Some((number, line)) = lines.next() {
        if let Some(quote) = in_triple {
            in_triple = after_triple(line, quote);
            continue;
        }
        for (name, slot) in [("revision", &mut revision), ("down_revision", &mut down)] {
            let Some(value) = assignment(line, name) else {
                continue;
            };
            let mut tokens = Vec::new();
            let mut depth = 0;
            let mut more = false;
            let mut next = Some((number, value));
            while let Some((at, part)) = next {
                let (part_tokens, backslash) =
                    tokenize(part).map_err(|e| format!("line {at}: {e}"))?;
                depth += part_tokens.iter().map(Token::depth).sum::<i64>();
                tokens.extend(part_tokens);
                // A bracket still open, or a backslash, continues the value.
                next = if depth > 0 || backslash {
                    more = true;
                    lines.next()
                } else {
                    None
                };
            }
            let parsed = parse_value(&tokens).ok_or_else(|| {
                format!(
                    "line {number}: cannot read `{name} = {}`: expected a string, None or a \
                     tuple of strings",
                    quoted(value, more)
                )
            })?;
            *slot = Some((parsed, number));
        }
        in_triple = after_triple(line, "");
    }
    let Some((revision, line)) = revision else {
        return Ok(None);
    };
    let revision = match revision.as_slice() {
        [one] => one.clone(),
        _ => return Err(format!("line {line}: `revision` must be one string")),
    };
    let Some((down, _)) = down else {
        return Err(format!(
            "`revision` is set on line {line} but `down_revision` is not (use \
             `down_revision = None` for the first revision)"
        ));
    };
    Ok(Some(Header { revision, down }))
}

/// Longest value text an error quotes.
const QUOTED: usize = 80;

/// The start of a value for an error message: its first line, cut at [`QUOTED`]
/// characters, with `...` when there is more.
fn quoted(value: &str, more_lines: bool) -> String {
    let value = value.trim();
    let mut shown: String = value.chars().take(QUOTED).collect();
    if more_lines || shown.len() < value.len() {
        shown.push_str(" ...");
    }
    shown
}

/// The value text of a module-level `name = value` or `name: Annotation = value` line.
fn assignment<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let rest = line.strip_prefix(name)?.trim_start();
    let rest = match rest.strip_prefix(':') {
        Some(annotated) => &annotated[annotated.find('=')?..],
        None => rest,
    };
    let value = rest.strip_prefix('=')?;
    (!value.starts_with('=')).then_some(value)
}

/// Tracks triple-quoted strings across lines: given the open delimiter (`""` for none),
/// the delimiter still open at the end of `line`.
fn after_triple<'a>(line: &str, open: &'a str) -> Option<&'a str> {
    let mut open = (!open.is_empty()).then_some(open);
    let mut rest = line;
    loop {
        match open {
            Some(quote) => match rest.find(quote) {
                Some(at) => {
                    rest = &rest[at + 3..];
                    open = None;
                }
                None => return Some(quote),
            },
            None => {
                let double = rest.find("\"\"\"");
                let single = rest.find("'''");
                let (at, quote) = match (double, single) {
                    (Some(d), Some(s)) if s < d => (s, "'''"),
                    (Some(d), _) => (d, "\"\"\""),
                    (None, Some(s)) => (s, "'''"),
                    (None, None) => return None,
                };
                // A comment before the quotes hides them.
                if rest[..at].contains('#') {
                    return None;
                }
                rest = &rest[at + 3..];
                open = Some(quote);
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Str(String),
    None,
    Open,
    Close,
    Comma,
}

/// Strings, `None`, brackets and commas of one line; stops at a comment. The flag: the
/// line ends with a backslash (outside a string and a comment), so it continues.
fn tokenize(text: &str) -> Result<(Vec<Token>, bool), String> {
    let mut tokens = Vec::new();
    let mut chars = text.chars().peekable();
    let mut backslash = false;
    while let Some(&c) = chars.peek() {
        if !c.is_whitespace() {
            backslash = c == '\\';
        }
        match c {
            '#' => {
                // The comment runs to the end of its line.
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            c if c.is_whitespace() || c == '\\' => {
                chars.next();
            }
            '(' | '[' => {
                chars.next();
                tokens.push(Token::Open);
            }
            ')' | ']' => {
                chars.next();
                tokens.push(Token::Close);
            }
            ',' => {
                chars.next();
                tokens.push(Token::Comma);
            }
            '\'' | '"' => {
                chars.next();
                let mut value = String::new();
                loop {
                    match chars.next() {
                        Some(q) if q == c => break,
                        Some('\\') => value.extend(chars.next()),
                        Some('\n') | None => return Err("unterminated string".into()),
                        Some(other) => value.push(other),
                    }
                }
                tokens.push(Token::Str(value));
            }
            _ => {
                let word: String = std::iter::from_fn(|| {
                    chars.next_if(|c| c.is_alphanumeric() || *c == '_' || *c == '.')
                })
                .collect();
                let prefix = matches!(word.as_str(), "r" | "u" | "R" | "U");
                if word == "None" {
                    tokens.push(Token::None);
                } else if !(prefix && matches!(chars.peek(), Some('\'' | '"'))) {
                    return Err(format!(
                        "expected a string, None or a tuple of strings, found `{}`",
                        if word.is_empty() { c.to_string() } else { word }
                    ));
                }
            }
        }
    }
    Ok((tokens, backslash))
}

impl Token {
    /// How the token changes the count of open brackets.
    fn depth(&self) -> i64 {
        match self {
            Token::Open => 1,
            Token::Close => -1,
            _ => 0,
        }
    }
}

/// `None` → no parents; `"a"` → one; `("a", "b")` / `["a", "b"]` → several.
fn parse_value(tokens: &[Token]) -> Option<Vec<String>> {
    match tokens {
        [Token::None] => Some(Vec::new()),
        [Token::Str(s)] => Some(vec![s.clone()]),
        [Token::Open, inner @ .., Token::Close] => {
            let mut out = Vec::new();
            let mut expect_item = true;
            for t in inner {
                match (t, expect_item) {
                    (Token::Str(s), true) => {
                        out.push(s.clone());
                        expect_item = false;
                    }
                    (Token::Comma, false) => expect_item = true,
                    _ => return None,
                }
            }
            if inner.len() == 1 && out.is_empty() {
                return None;
            }
            Some(out)
        }
        _ => None,
    }
}

/// Orders the revisions from the base to the head, or says (naming files) why they do
/// not form one history.
pub fn order(revisions: Vec<Revision>) -> Result<Chain, Vec<String>> {
    let mut problems = Vec::new();
    let mut by_id: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, r) in revisions.iter().enumerate() {
        if let Some(&first) = by_id.get(r.id.as_str()) {
            problems.push(format!(
                "duplicate revision id '{}': {} and {}",
                r.id, revisions[first].path, r.path
            ));
        } else {
            by_id.insert(&r.id, i);
        }
    }
    for r in &revisions {
        for parent in &r.down {
            if !by_id.contains_key(parent.as_str()) {
                problems.push(format!(
                    "revision '{}' ({}) names down_revision '{parent}', which no file defines",
                    r.id, r.path
                ));
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    // Edges parent → child, each parent once per child.
    let n = revisions.len();
    let mut parents: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    let mut children: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    for (i, r) in revisions.iter().enumerate() {
        for parent in &r.down {
            if let Some(&p) = by_id.get(parent.as_str()) {
                parents[i].insert(p);
                children[p].insert(i);
            }
        }
    }
    let named = |ids: &[usize]| {
        ids.iter()
            .map(|&i| revisions[i].named())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let bases: Vec<usize> = (0..n).filter(|&i| parents[i].is_empty()).collect();
    let heads: Vec<usize> = (0..n).filter(|&i| children[i].is_empty()).collect();
    if bases.is_empty() {
        problems.push(
            "no base revision: every revision names a down_revision, so none starts the \
             history (the first one has `down_revision = None`)"
                .to_string(),
        );
    } else if bases.len() > 1 {
        problems.push(format!(
            "more than one base (down_revision = None): {}; only one history can be checked",
            named(&bases)
        ));
    }
    if heads.len() > 1 {
        problems.push(format!(
            "multiple heads: {}; merge them with `alembic merge`",
            named(&heads)
        ));
    }

    // Kahn's algorithm; ready revisions in file-name order.
    let mut waiting: Vec<usize> = parents.iter().map(BTreeSet::len).collect();
    let mut ready: BTreeSet<(&str, usize)> = bases
        .iter()
        .map(|&i| (revisions[i].name.as_str(), i))
        .collect();
    let mut sorted = Vec::with_capacity(n);
    while let Some((_, i)) = ready.pop_first() {
        sorted.push(i);
        for &c in &children[i] {
            waiting[c] -= 1;
            if waiting[c] == 0 {
                ready.insert((revisions[c].name.as_str(), c));
            }
        }
    }
    if sorted.len() < n {
        problems.push(cycle(&revisions, &parents, &waiting));
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let branch_points: Vec<usize> = (0..n).filter(|&i| children[i].len() > 1).collect();
    let merges: Vec<usize> = (0..n).filter(|&i| parents[i].len() > 1).collect();
    let linearised = (!branch_points.is_empty() || !merges.is_empty()).then(|| {
        let mut parts: Vec<String> = branch_points
            .iter()
            .map(|&i| {
                let ids: Vec<&str> = children[i]
                    .iter()
                    .map(|&c| revisions[c].id.as_str())
                    .collect();
                format!("{} branches into {}", revisions[i].id, ids.join(", "))
            })
            .collect();
        parts.extend(merges.iter().map(|&i| {
            let ids: Vec<&str> = parents[i]
                .iter()
                .map(|&p| revisions[p].id.as_str())
                .collect();
            format!("{} merges {}", revisions[i].id, ids.join(", "))
        }));
        format!(
            "branches were linearised (parents before children, ties broken by file name): {}",
            parts.join("; ")
        )
    });
    let mut slots: Vec<Option<Revision>> = revisions.into_iter().map(Some).collect();
    let revisions = sorted.into_iter().filter_map(|i| slots[i].take()).collect();
    Ok(Chain {
        revisions,
        linearised,
    })
}

/// Names one cycle among the revisions Kahn's algorithm could not place (each of them
/// has an unplaced parent, so following parents must come back to a revision).
fn cycle(revisions: &[Revision], parents: &[BTreeSet<usize>], waiting: &[usize]) -> String {
    let stuck = |i: usize| waiting[i] > 0;
    let Some(start) = (0..revisions.len()).find(|&i| stuck(i)) else {
        return "the revisions form a cycle".to_string();
    };
    let mut path = vec![start];
    let mut current = start;
    loop {
        let Some(&next) = parents[current].iter().find(|&&p| stuck(p)) else {
            return "the revisions form a cycle".to_string();
        };
        if let Some(at) = path.iter().position(|&p| p == next) {
            // path[at..] is the cycle, each entry the child of the next; print it in
            // running order (parent first).
            let mut cycle: Vec<String> = path[at..]
                .iter()
                .rev()
                .map(|&i| revisions[i].named())
                .collect();
            cycle.push(revisions[current].id.clone());
            return format!(
                "down_revision cycle: {} (each revises the one before it)",
                cycle.join(" → ")
            );
        }
        path.push(next);
        current = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(text: &str) -> Header {
        read_header(text).unwrap().unwrap()
    }

    #[test]
    fn reads_plain_annotated_and_merge_headers() {
        let plain = "\"\"\"add x\n\nRevision ID: abc\nRevises: def\n\"\"\"\nrevision = 'abc'\ndown_revision = \"def\"  # the parent\n";
        assert_eq!(
            header(plain),
            Header {
                revision: "abc".into(),
                down: vec!["def".into()]
            }
        );
        let annotated = "revision: str = \"abc\"\ndown_revision: Union[str, None] = None\nbranch_labels: Union[str, Sequence[str], None] = None\n";
        assert_eq!(header(annotated).down, Vec::<String>::new());
        let merge = "revision = 'm1'\ndown_revision = ('a1', \"b1\")\n";
        assert_eq!(header(merge).down, vec!["a1", "b1"]);
        let multi_line = "revision = 'm1'\ndown_revision = (\n    'a1',  # left\n    'b1',\n)\n";
        assert_eq!(header(multi_line).down, vec!["a1", "b1"]);
        assert_eq!(
            header("revision='r'\ndown_revision=('a',)\n").down,
            vec!["a"]
        );
    }

    #[test]
    fn ignores_docstrings_indented_lines_and_lookalikes() {
        let text = "\"\"\"\nrevision = 'in_docstring'\n\"\"\"\ndef f():\n    revision = 'local'\nrevisions = ['x']\nrevision == 'y'\nrevision = 'real'\ndown_revision = None\n";
        assert_eq!(header(text).revision, "real");
        let sql = "revision = 'r'\ndown_revision = None\nSQL = '''\ndown_revision = 'nope'\n'''\n";
        assert!(header(sql).down.is_empty());
        assert_eq!(read_header("import os\n").unwrap(), None);
    }

    #[test]
    fn unreadable_values_name_their_line() {
        let e = read_header("revision = 'r'\ndown_revision = compute()\n").unwrap_err();
        assert!(e.starts_with("line 2:"), "{e}");
        let e = read_header("revision = 'r'\n").unwrap_err();
        assert!(e.contains("`down_revision` is not"), "{e}");
    }

    #[test]
    fn backslash_continues_a_value_but_not_in_a_comment() {
        assert_eq!(
            header("revision = \\\n  'r'\ndown_revision = \\\n    None\n").revision,
            "r"
        );
        let e = read_header("revision = 'r'\ndown_revision =  # \\\n'a'\n").unwrap_err();
        assert!(e.starts_with("line 2: cannot read"), "{e}");
    }

    /// Lines enough that re-reading the value per line (the old reader) would take
    /// minutes; read once each, they take well under a second. No timing is asserted:
    /// a quadratic reader shows as a test that does not finish.
    const LONG: usize = 200_000;

    #[test]
    fn long_continued_values_are_read_in_linear_time() {
        let tuple = format!(
            "revision = 'm'\ndown_revision = (\n{})\n",
            "    'a',\n".repeat(LONG)
        );
        assert_eq!(header(&tuple).down.len(), LONG);
        let backslashes = format!(
            "revision = 'r'\ndown_revision = \\\n{}None\n",
            "\\\n".repeat(LONG)
        );
        assert!(header(&backslashes).down.is_empty());
        let docstring = format!(
            "\"\"\"A long docstring\n{}\"\"\"\nrevision = 'r'\ndown_revision = None\n",
            "revision = 'not this' (\n".repeat(LONG)
        );
        assert_eq!(header(&docstring).revision, "r");
        // Brackets that never close: an error quoting the first line only, at once.
        let open = format!("revision = 'r'\ndown_revision = (\n{}", "(\n".repeat(LONG));
        let e = read_header(&open).unwrap_err();
        assert_eq!(
            e,
            "line 2: cannot read `down_revision = ( ...`: expected a string, None or a tuple \
             of strings"
        );
    }

    #[test]
    fn an_error_quotes_at_most_the_start_of_a_line() {
        let long = format!(
            "revision = 'r'\ndown_revision = f({})\n",
            "x".repeat(10_000)
        );
        let e = read_header(&long).unwrap_err();
        assert!(e.len() < 200, "{e}");
    }

    fn rev(id: &str, down: &[&str]) -> Revision {
        Revision {
            id: id.into(),
            down: down.iter().map(|s| s.to_string()).collect(),
            path: format!("versions/{id}.py"),
            name: format!("{id}.py"),
            text: String::new(),
        }
    }

    fn ids(chain: &Chain) -> Vec<&str> {
        chain.revisions.iter().map(|r| r.id.as_str()).collect()
    }

    #[test]
    fn orders_a_chain_and_linearises_a_merged_branch() {
        let chain = order(vec![rev("c", &["b"]), rev("a", &[]), rev("b", &["a"])]).unwrap();
        assert_eq!(ids(&chain), ["a", "b", "c"]);
        assert!(chain.linearised.is_none());
        let chain = order(vec![
            rev("m", &["y", "x"]),
            rev("y", &["a"]),
            rev("x", &["a"]),
            rev("a", &[]),
            rev("z", &["m"]),
        ])
        .unwrap();
        assert_eq!(ids(&chain), ["a", "x", "y", "m", "z"]);
        let note = chain.linearised.unwrap();
        assert!(note.contains("a branches into"), "{note}");
        assert!(note.contains("m merges"), "{note}");
    }

    #[test]
    fn names_each_problem() {
        let e = order(vec![rev("a", &[]), rev("b", &["a"]), rev("c", &["a"])]).unwrap_err();
        assert_eq!(
            e,
            ["multiple heads: b (versions/b.py), c (versions/c.py); merge them with `alembic merge`"]
        );
        let e = order(vec![rev("a", &[]), rev("b2", &["zzz"])]).unwrap_err();
        assert_eq!(
            e,
            ["revision 'b2' (versions/b2.py) names down_revision 'zzz', which no file defines"]
        );
        let e = order(vec![rev("a", &[]), rev("b", &["c"]), rev("c", &["b"])]).unwrap_err();
        assert_eq!(
            e,
            ["down_revision cycle: c (versions/c.py) → b (versions/b.py) → c (each revises the one before it)"]
        );
        let e = order(vec![rev("a", &["b"]), rev("b", &["a"])]).unwrap_err();
        assert!(e[0].starts_with("no base revision"), "{e:?}");
        assert!(e[1].starts_with("down_revision cycle"), "{e:?}");
        let e = order(vec![rev("a", &[]), rev("b", &[]), rev("c", &["a", "b"])]).unwrap_err();
        assert!(e[0].starts_with("more than one base"), "{e:?}");
        let mut twin = rev("a", &[]);
        twin.path = "versions/a_again.py".into();
        let e = order(vec![rev("a", &[]), twin]).unwrap_err();
        assert_eq!(
            e,
            ["duplicate revision id 'a': versions/a.py and versions/a_again.py"]
        );
    }
}
