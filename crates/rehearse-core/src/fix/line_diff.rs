//! A line diff (longest common subsequence) for showing a rewrite, and its hunks: the
//! changes with a few lines of context, the long unchanged stretches folded.

use serde::{Deserialize, Serialize};

/// What a diff line is; serialized (and printed) as its unified-diff prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tag {
    /// `" "`: in both.
    #[serde(rename = " ")]
    Same,
    /// `"-"`: only in the old text.
    #[serde(rename = "-")]
    Removed,
    /// `"+"`: only in the new text.
    #[serde(rename = "+")]
    Added,
}

impl std::fmt::Display for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Tag::Same => " ",
            Tag::Removed => "-",
            Tag::Added => "+",
        })
    }
}

/// One line of a diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    /// Unchanged, removed or added.
    pub tag: Tag,
    /// The line without its newline.
    pub text: String,
}

/// The diff from `old` to `new`.
pub fn diff(old: &str, new: &str) -> Vec<Line> {
    let old_lines: Vec<&str> = old.lines().collect();
    let new_lines: Vec<&str> = new.lines().collect();
    // Rewrites change a few lines: the common head and tail need no table (which takes
    // memory proportional to the product of the lengths).
    let head = old_lines
        .iter()
        .zip(&new_lines)
        .take_while(|(x, y)| x == y)
        .count();
    let tail = old_lines[head..]
        .iter()
        .rev()
        .zip(new_lines[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let same = |l: &&str| Line {
        tag: Tag::Same,
        text: l.to_string(),
    };
    let mut out: Vec<Line> = old_lines[..head].iter().map(same).collect();
    let a = &old_lines[head..old_lines.len() - tail];
    let b = &new_lines[head..new_lines.len() - tail];
    if a.len().saturating_mul(b.len()) > 4_000_000 {
        out.extend(a.iter().map(|l| Line {
            tag: Tag::Removed,
            text: l.to_string(),
        }));
        out.extend(b.iter().map(|l| Line {
            tag: Tag::Added,
            text: l.to_string(),
        }));
    } else {
        out.extend(lcs_diff(a, b));
    }
    out.extend(old_lines[old_lines.len() - tail..].iter().map(same));
    out
}

/// The longest-common-subsequence diff of two line lists.
fn lcs_diff(a: &[&str], b: &[&str]) -> Vec<Line> {
    // lcs[i][j]: length of the LCS of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    let line = |tag, text: &str| Line {
        tag,
        text: text.to_string(),
    };
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            out.push(line(Tag::Same, a[i]));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push(line(Tag::Removed, a[i]));
            i += 1;
        } else {
            out.push(line(Tag::Added, b[j]));
            j += 1;
        }
    }
    out
}

/// A part of a diff as shown: a line, or a run of unchanged lines folded away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown<'a> {
    /// A line shown.
    Line(&'a Line),
    /// This many unchanged lines, not shown.
    Folded(usize),
}

/// The diff's hunks: every changed line with up to `context` unchanged lines either
/// side; the unchanged lines further from a change are folded (a run shorter than two
/// lines is shown rather than folded, as folding it would save nothing).
pub fn hunks(lines: &[Line], context: usize) -> Vec<Shown<'_>> {
    let changed: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].tag != Tag::Same)
        .collect();
    let near = |i: usize| {
        // The nearest changed line at or after i, and the one before it.
        let k = changed.partition_point(|&c| c < i);
        changed.get(k).is_some_and(|&c| c - i <= context)
            || k.checked_sub(1).is_some_and(|k| i - changed[k] <= context)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if near(i) {
            out.push(Shown::Line(&lines[i]));
            i += 1;
            continue;
        }
        let run = (i..lines.len()).take_while(|&j| !near(j)).count();
        if run < 2 {
            out.extend(lines[i..i + run].iter().map(Shown::Line));
        } else {
            out.push(Shown::Folded(run));
        }
        i += run;
    }
    out
}

/// The diff as unified-style text (`-`/`+`/` ` prefixes).
pub fn render(lines: &[Line]) -> String {
    lines
        .iter()
        .map(|l| format!("{}{}\n", l.tag, l.text))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(old: &str, new: &str, context: usize) -> Vec<String> {
        hunks(&diff(old, new), context)
            .into_iter()
            .map(|s| match s {
                Shown::Line(l) => format!("{}{}", l.tag, l.text),
                Shown::Folded(n) => format!("…{n}"),
            })
            .collect()
    }

    #[test]
    fn folds_unchanged_runs_away_from_changes() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\n";
        let new = "a\nb\nc\nd\nE\nf\ng\nh\n";
        assert_eq!(shown(old, new, 1), ["…3", " d", "-e", "+E", " f", "…2"]);
    }

    #[test]
    fn a_single_unchanged_line_is_shown_not_folded() {
        assert_eq!(shown("a\nb\nc\n", "a\nb\nC\n", 1), [" a", " b", "-c", "+C"]);
    }

    #[test]
    fn no_change_folds_everything() {
        assert_eq!(shown("a\nb\n", "a\nb\n", 3), ["…2"]);
        assert!(shown("", "", 3).is_empty());
    }
}
