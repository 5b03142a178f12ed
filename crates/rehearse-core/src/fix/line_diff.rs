//! A line diff (longest common subsequence) for showing a rewrite.

use serde::Serialize;

/// One line of a diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    /// `" "` unchanged, `"-"` removed, `"+"` added.
    pub tag: &'static str,
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
        tag: " ",
        text: l.to_string(),
    };
    let mut out: Vec<Line> = old_lines[..head].iter().map(same).collect();
    let a = &old_lines[head..old_lines.len() - tail];
    let b = &new_lines[head..new_lines.len() - tail];
    if a.len().saturating_mul(b.len()) > 4_000_000 {
        out.extend(a.iter().map(|l| Line {
            tag: "-",
            text: l.to_string(),
        }));
        out.extend(b.iter().map(|l| Line {
            tag: "+",
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
            out.push(line(" ", a[i]));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push(line("-", a[i]));
            i += 1;
        } else {
            out.push(line("+", b[j]));
            j += 1;
        }
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
