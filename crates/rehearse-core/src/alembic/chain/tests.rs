//! Tests of the header reader and the chain's order.

use super::header::*;
use super::*;

fn header(text: &str) -> Header {
    read_header(text).unwrap().unwrap()
}

fn error(text: &str) -> String {
    read_header(text).unwrap_err().to_string()
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
    assert_eq!(
        header("revision = u'r'\ndown_revision = []\n").revision,
        "r"
    );
    let crlf = "revision = 'r'\r\ndown_revision = [\r\n  'a',\r\n]\r\n";
    assert_eq!(header(crlf).down, vec!["a"]);
}

#[test]
fn ignores_docstrings_indented_lines_and_lookalikes() {
    let text = "\"\"\"\nrevision = 'in_docstring'\n\"\"\"\ndef f():\n    revision = 'local'\nrevisions = ['x']\nrevision == 'y'\nrevision = 'real'\ndown_revision = None\n";
    assert_eq!(header(text).revision, "real");
    let sql = "revision = 'r'\ndown_revision = None\nSQL = '''\ndown_revision = 'nope'\n'''\n";
    assert!(header(sql).down.is_empty());
    assert_eq!(read_header("import os\n").unwrap(), None);
    assert_eq!(read_header("").unwrap(), None);
    let nested = "revision = 'r'\ndown_revision = None\nif x:\n    down_revision = 'a'\nclass C: down_revision = 'b'\nx = f(\ndown_revision = 'c')\n";
    assert!(header(nested).down.is_empty());
}

/// The header is read from tokens alone: what comes after it may be anything the
/// parser, or the front end, refuses.
#[test]
fn a_file_that_cannot_run_still_has_a_header() {
    for rest in [
        "def upgrade():\n    for t in tables:\n        op.drop_table(t)\n",
        "def upgrade(:\n    op.execute('x'\n",
        "def upgrade():\n    x = $1\n",
        "def upgrade():\n    op.execute('unclosed)\n",
        "def upgrade():\n        a = 1\n    b = 2\n",
        "def upgrade():\n    x = 09\n",
        "x = (\n",
        "s = '''never closed\n",
    ] {
        let text = format!("revision = 'r'\ndown_revision = 'p'\n{rest}");
        assert_eq!(header(&text).down, vec!["p"], "{rest}");
    }
    // A lexical error before the header: the tokens resume on the next line.
    for before in [
        "x = $\n",
        "x = 'open\n",
        "if x:\n        a = 1\n    b = 2\n",
        "x = 1 \\ 2\n",
        "x = ) + 1\n",
    ] {
        let text = format!("{before}revision = 'r'\ndown_revision = 'p'\n");
        assert_eq!(header(&text).down, vec!["p"], "{before}");
    }
    // Brackets that cannot hold the header lines: never closed, closed with the
    // wrong kind, or not a call's.
    for (before, after) in [
        ("from x import (a,\n", ""),
        ("def upgrade(:\n    pass\n", ""),
        ("x = {\n", ")\n"),
        ("x = [\n", "]\n"),
        ("x = (\n", ")\n"),
        ("x = (\n", "\n$)\n"),
    ] {
        let text = format!("{before}revision = 'r'\ndown_revision = 'p'\n{after}");
        assert_eq!(header(&text).down, vec!["p"], "{before}");
    }
}

#[test]
fn keyword_arguments_and_other_statements_are_not_the_header() {
    let text = "revision = 'r'\ndown_revision = None\nf(\nrevision='kw',\ndown_revision='kw'\n)\nclass A(\ndown_revision='kw'):\n    pass\n";
    assert_eq!(
        header(text),
        Header {
            revision: "r".into(),
            down: vec![]
        }
    );
    let semicolons = "import os; revision = 'r'; down_revision = 'p'\nif x: revision = 'no'\n";
    assert_eq!(header(semicolons).revision, "r");
    let chained = "revision = 'r'\nx = down_revision = 'p'\ny = \\\ndown_revision = 'q'\n";
    assert_eq!(header(chained).down, vec!["q"]);
    assert_eq!(read_header("revision: str\nx = 1\n").unwrap(), None);
}

#[test]
fn values_read_as_python_reads_them() {
    assert_eq!(
        header("revision = 'a' 'b'\ndown_revision = None\n").revision,
        "ab"
    );
    assert_eq!(
        header("revision = \"\"\"r\"\"\"\ndown_revision = None\n").revision,
        "r"
    );
    assert_eq!(
        header("revision = 'r'\ndown_revision = 'a', 'b'\n").down,
        ["a", "b"]
    );
    assert_eq!(header("revision = 'r'; down_revision = 'a'\n").down, ["a"]);
    assert_eq!(
        header("revision = 'a\\'b'\ndown_revision = None\n").revision,
        "a'b"
    );
    assert_eq!(
        header("revision = r'a\\n'\ndown_revision = None\n").revision,
        "a\\n"
    );
    assert_eq!(
        header("revision = ('r')\ndown_revision = (None)\n").revision,
        "r"
    );
    let control = "revision = 'b1\u{b}::x\u{1b}[2J'\ndown_revision = None\n";
    assert_eq!(header(control).revision, "b1\u{b}::x\u{1b}[2J");
}

#[test]
fn unreadable_values_name_their_line() {
    assert_eq!(
        error("revision = 'r'\ndown_revision = compute()\n"),
        "line 2: expected a string, None or a tuple of strings, found `compute`"
    );
    assert_eq!(
        error("revision = 'r'\n"),
        "`revision` is set on line 1 but `down_revision` is not (use `down_revision = None` \
         for the first revision)"
    );
    assert_eq!(
        error("revision = None\ndown_revision = None\n"),
        "line 1: `revision` must be one string"
    );
    assert_eq!(
        error("revision = 'r'\ndown_revision = 'open\n"),
        "line 2: unterminated string"
    );
    assert_eq!(
        error("revision = 'r'\ndown_revision = (\n  'a',\n  'open\n)\n"),
        "line 4: unterminated string"
    );
    assert_eq!(
        error("revision = 'r'\ndown_revision = \"\"\"never closed\n"),
        "line 2: unterminated string"
    );
    for (value, found) in [
        ("sa.text", "sa.text"),
        ("b'x'", "b"),
        ("f'x'", "f"),
        ("rb'x'", "rb"),
        ("1", "1"),
        ("09", "09"),
        ("-1", "-"),
        ("$", "$"),
        ("{'a'}", "{"),
        ("'a' + 'b'", "+"),
        ("'a' if x else 'b'", "if"),
        ("(\n  'a',\n  x)", "x"),
    ] {
        let e = read_header(&format!("revision = 'r'\ndown_revision = {value}\n"));
        assert_eq!(
            e.as_ref().map_err(|e| e.to_string()),
            Err(format!(
                "line {}: expected a string, None or a tuple of strings, found `{found}`",
                if value.contains('\n') { 4 } else { 2 }
            )),
            "{value}"
        );
    }
    for (value, quoted) in [
        ("('a', None)", "('a', None)"),
        ("(('a',),)", "(('a',),)"),
        ("[\n  'a',\n  ['b'],\n]", "[ ..."),
        ("('a'", "('a' ..."),
        ("", ""),
        ("'a' None", "'a' None"),
        ("(,)", "(,)"),
    ] {
        assert_eq!(
            error(&format!("revision = 'r'\ndown_revision = {value}")),
            format!(
                "line 2: cannot read `down_revision = {quoted}`: expected a string, None or a \
                 tuple of strings"
            ),
            "{value}"
        );
    }
}

#[test]
fn backslash_continues_a_value_but_not_in_a_comment() {
    assert_eq!(
        header("revision = \\\n  'r'\ndown_revision = \\\n    None\n").revision,
        "r"
    );
    assert!(header("revision = 'r'\ndown_revision = None \\")
        .down
        .is_empty());
    let e = read_header("revision = 'r'\ndown_revision =  # \\\n'a'\n").unwrap_err();
    assert_eq!(
        e,
        HeaderError::Unreadable {
            line: 2,
            field: Field::DownRevision,
            start: "# \\".into()
        }
    );
}

/// Lines enough that re-reading the value per line would take minutes; read once
/// each, they take well under a second. No timing is asserted: a quadratic reader
/// shows as a test that does not finish.
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
    let errors = format!(
        "{}revision = 'r'\ndown_revision = None\n",
        "x = $\n".repeat(LONG)
    );
    assert_eq!(header(&errors).revision, "r");
    let assignments = "revision = 'r'\n".repeat(LONG) + "down_revision = None\n";
    assert_eq!(header(&assignments).revision, "r");
    // Header lines in brackets that never close, each read on its own once.
    let unclosed = "(\nrevision = 'r'\n".repeat(LONG) + "down_revision = None\n";
    assert_eq!(header(&unclosed).revision, "r");
    // Brackets that never close: an error quoting the first line only, at once.
    let open = format!("revision = 'r'\ndown_revision = (\n{}", "(\n".repeat(LONG));
    assert_eq!(
        error(&open),
        "line 2: cannot read `down_revision = ( ...`: expected a string, None or a tuple \
         of strings"
    );
}

#[test]
fn an_error_quotes_at_most_the_start_of_a_line() {
    let long = format!(
        "revision = 'r'\ndown_revision = ({}\n",
        "'x', ".repeat(10_000)
    );
    let e = error(&long);
    assert!(e.len() < 200, "{e}");
    assert!(e.contains(" ...`"), "{e}");
    let long = format!(
        "revision = 'r'\ndown_revision = f({})\n",
        "x".repeat(10_000)
    );
    assert!(error(&long).len() < 200);
}

fn rev(id: &str, down: &[&str]) -> RevisionFile {
    RevisionFile {
        id: id.into(),
        down: down.iter().map(|s| s.to_string()).collect(),
        path: format!("versions/{id}.py"),
        name: format!("{id}.py"),
    }
}

fn ids(revisions: &[RevisionFile], chain: &Chain) -> Vec<String> {
    chain
        .order
        .iter()
        .map(|&i| revisions[i].id.clone())
        .collect()
}

fn problems(revisions: &[RevisionFile]) -> Vec<String> {
    order(revisions)
        .unwrap_err()
        .iter()
        .map(|p| p.display(revisions).to_string())
        .collect()
}

#[test]
fn orders_a_chain_and_linearises_a_merged_branch() {
    let revisions = [rev("c", &["b"]), rev("a", &[]), rev("b", &["a"])];
    let chain = order(&revisions).unwrap();
    assert_eq!(ids(&revisions, &chain), ["a", "b", "c"]);
    assert!(chain.linearised.is_none());
    let revisions = [
        rev("m", &["y", "x"]),
        rev("y", &["a"]),
        rev("x", &["a"]),
        rev("a", &[]),
        rev("z", &["m"]),
    ];
    let chain = order(&revisions).unwrap();
    assert_eq!(ids(&revisions, &chain), ["a", "x", "y", "m", "z"]);
    let note = chain.linearised.unwrap();
    assert_eq!(
        note,
        Linearised {
            branches: vec![(3, vec![1, 2])],
            merges: vec![(0, vec![1, 2])],
        }
    );
    assert_eq!(
        note.display(&revisions).to_string(),
        "branches were linearised (parents before children, ties broken by file name): \
         a branches into y, x; m merges y, x"
    );
}

#[test]
fn names_each_problem() {
    assert_eq!(
        problems(&[rev("a", &[]), rev("b", &["a"]), rev("c", &["a"])]),
        ["multiple heads: b (versions/b.py), c (versions/c.py); merge them with `alembic merge`"]
    );
    assert_eq!(
        problems(&[rev("a", &[]), rev("b2", &["zzz"])]),
        ["revision 'b2' (versions/b2.py) names down_revision 'zzz', which no file defines"]
    );
    let cycle = [rev("a", &[]), rev("b", &["c"]), rev("c", &["b"])];
    assert_eq!(order(&cycle).unwrap_err(), [Problem::Cycle(vec![2, 1])]);
    assert_eq!(
        problems(&cycle),
        ["down_revision cycle: c (versions/c.py) → b (versions/b.py) → c (each revises the one before it)"]
    );
    let e = problems(&[rev("a", &["b"]), rev("b", &["a"])]);
    assert!(e[0].starts_with("no base revision"), "{e:?}");
    assert!(e[1].starts_with("down_revision cycle"), "{e:?}");
    let e = order(&[rev("a", &[]), rev("b", &[]), rev("c", &["a", "b"])]).unwrap_err();
    assert_eq!(e, [Problem::SeveralBases(vec![0, 1])]);
    let mut twin = rev("a", &[]);
    twin.path = "versions/a_again.py".into();
    assert_eq!(
        problems(&[rev("a", &[]), twin]),
        ["duplicate revision id 'a': versions/a.py and versions/a_again.py"]
    );
}
