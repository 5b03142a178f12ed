//! Repository hygiene as ordinary tests (as rust-analyzer's `tidy` does): the
//! architecture's invariants that a machine can check, so ARCHITECTURE.md stays true.
//!
//! * The code map's line counts (ARCHITECTURE.md) are within a quarter of the truth.
//! * The crate graph is the one ARCHITECTURE.md draws (its "Crate graph" block), and no
//!   crate depends on what its layer must not know (the engine on the core or on JSON,
//!   the core on the browser or the CLI).
//! * No import cycle between the top-level modules of a crate (`crate::a` from a file
//!   of module `b`, and back).
//! * No source file longer than [`MAX_LINES`]; every module opens with a `//!` doc.
//! * The engine and the core do no I/O.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The most lines one source file may have: past this a file holds more than one
/// concept (the repository's hook warns at the same size).
const MAX_LINES: usize = 1_200;

/// Dependencies a crate must not have, with the reason ARCHITECTURE.md gives.
const FORBIDDEN: &[(&str, &[&str], &str)] = &[
    (
        "rehearse-engine",
        &[
            "rehearse-core",
            "rehearse-wasm",
            "rehearse-worker",
            "rehearse-app",
            "rehearse-cli",
            "serde_json",
            "rustpython-parser",
            "wasm-bindgen",
            "js-sys",
            "web-sys",
            "yew",
        ],
        "the engine knows nothing of migrations, reports or JSON, nor where it runs",
    ),
    (
        "rehearse-core",
        &[
            "rehearse-wasm",
            "rehearse-worker",
            "rehearse-app",
            "rehearse-cli",
            "wasm-bindgen",
            "js-sys",
            "web-sys",
            "yew",
            "gloo",
        ],
        "the core knows nothing of the browser or the CLI",
    ),
    (
        "rehearse-cli",
        &["wasm-bindgen", "js-sys", "web-sys", "yew", "gloo"],
        "the CLI is native only",
    ),
];

/// Paths the engine and the core must not use: they do no I/O (time is an input).
const IO: &[&str] = &[
    "std::fs",
    "std::net",
    "std::process",
    "std::env",
    "std::io::stdin",
    "SystemTime::now",
    "println!",
    "eprintln!",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn crates() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(root().join("crates"))
        .expect("crates/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("Cargo.toml").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn crate_name(dir: &Path) -> String {
    dir.file_name()
        .expect("crate folder")
        .to_string_lossy()
        .into_owned()
}

/// The names in a manifest's `[dependencies]` tables (build and target-specific ones
/// included, dev-dependencies not: tests may use what the crate must not).
fn dependencies(manifest: &str) -> BTreeSet<String> {
    let mut deps = BTreeSet::new();
    let mut inside = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            inside = line.ends_with("dependencies]") && !line.contains("dev-dependencies");
            continue;
        }
        if !inside || line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some((name, _)) = line.split_once('=') {
            let name = name.trim().trim_matches('"');
            deps.insert(name.split('.').next().unwrap_or(name).to_string());
        }
    }
    deps
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
}

/// The crate graph ARCHITECTURE.md draws: lines `crate → dep, dep` in the block that
/// follows the "Crate graph" heading.
fn documented_graph() -> BTreeMap<String, BTreeSet<String>> {
    let doc = fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let section = doc
        .split_once("## Crate graph")
        .expect("ARCHITECTURE.md has a '## Crate graph' section")
        .1;
    let block = section
        .split("```")
        .nth(1)
        .expect("the crate graph is a fenced block");
    block
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let (name, deps) = line.split_once('→').unwrap_or((line, ""));
            let name = name.trim();
            (!name.is_empty()).then(|| {
                let deps = deps
                    .split(',')
                    .map(|d| d.trim().to_string())
                    .filter(|d| !d.is_empty())
                    .collect();
                (name.to_string(), deps)
            })
        })
        .collect()
}

#[test]
fn the_crate_graph_is_the_documented_one() {
    let names: BTreeSet<String> = crates().iter().map(|d| crate_name(d)).collect();
    let actual: BTreeMap<String, BTreeSet<String>> = crates()
        .iter()
        .map(|dir| {
            let manifest = fs::read_to_string(dir.join("Cargo.toml")).expect("Cargo.toml");
            let internal = dependencies(&manifest)
                .into_iter()
                .filter(|d| names.contains(d))
                .collect();
            (crate_name(dir), internal)
        })
        .collect();
    assert_eq!(
        actual,
        documented_graph(),
        "the workspace's crate graph (left) differs from ARCHITECTURE.md's (right)"
    );
}

/// Lines of Rust under a crate's `src/`.
fn source_lines(dir: &Path) -> usize {
    let mut files = Vec::new();
    rust_files(&dir.join("src"), &mut files);
    files
        .iter()
        .map(|f| fs::read_to_string(f).expect("source").lines().count())
        .sum()
}

#[test]
fn the_code_map_counts_lines_truly() {
    let doc = fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    // Rows of the code map's table: | `crate` | lines | job |
    let documented: BTreeMap<String, usize> = doc
        .lines()
        .filter_map(|line| {
            let mut cells = line.split('|').map(str::trim).skip(1);
            let name = cells.next()?.strip_prefix('`')?.strip_suffix('`')?;
            let lines = cells.next()?.replace(',', "").parse().ok()?;
            Some((name.to_string(), lines))
        })
        .collect();
    let mut problems = Vec::new();
    for dir in crates() {
        let name = crate_name(&dir);
        let actual = source_lines(&dir);
        match documented.get(&name) {
            None => problems.push(format!("{name} ({actual} lines) is not in the code map")),
            Some(&lines) if lines.abs_diff(actual) * 4 > actual => problems.push(format!(
                "{name}: the code map says {lines} lines, src/ has {actual}"
            )),
            Some(_) => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_crate_depends_on_what_its_layer_must_not_know() {
    let mut problems = Vec::new();
    for (name, forbidden, why) in FORBIDDEN {
        let manifest = fs::read_to_string(root().join("crates").join(name).join("Cargo.toml"))
            .expect("Cargo.toml");
        for dep in dependencies(&manifest) {
            if forbidden
                .iter()
                .any(|f| dep == *f || dep.starts_with(&format!("{f}-")))
            {
                problems.push(format!("{name} depends on {dep}: {why}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_engine_and_the_core_do_no_io() {
    let mut problems = Vec::new();
    for name in ["rehearse-engine", "rehearse-core"] {
        let mut files = Vec::new();
        rust_files(&root().join("crates").join(name).join("src"), &mut files);
        for file in files {
            let text = fs::read_to_string(&file).expect("source");
            // Unit tests may print and read fixtures.
            let code = text.split("#[cfg(test)]").next().unwrap_or(&text);
            for (n, line) in code.lines().enumerate() {
                let line = line.split("//").next().unwrap_or(line);
                for io in IO {
                    if line.contains(io) {
                        problems.push(format!("{}:{}: {io}", relative(&file), n + 1));
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "I/O in the engine or the core:\n{}",
        problems.join("\n")
    );
}

#[test]
fn source_files_are_small_and_documented() {
    let mut problems = Vec::new();
    for dir in crates() {
        let mut files = Vec::new();
        rust_files(&dir.join("src"), &mut files);
        rust_files(&dir.join("tests"), &mut files);
        for file in files {
            let text = fs::read_to_string(&file).expect("source");
            let lines = text.lines().count();
            if lines > MAX_LINES {
                problems.push(format!(
                    "{}: {lines} lines (limit {MAX_LINES})",
                    relative(&file)
                ));
            }
            let in_src = file.starts_with(dir.join("src"));
            if in_src && !text.trim_start().starts_with("//!") {
                problems.push(format!("{}: no `//!` module doc", relative(&file)));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The top-level module a source file belongs to (`src/a.rs`, `src/a/**` → `a`);
/// `None` for the crate root and binaries' entry points.
fn top_module(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?;
    let first = rel
        .components()
        .next()?
        .as_os_str()
        .to_string_lossy()
        .into_owned();
    let name = first.strip_suffix(".rs").unwrap_or(&first).to_string();
    (!matches!(name.as_str(), "lib" | "main" | "bin")).then_some(name)
}

/// The top-level modules a file names through `crate::` paths (`crate::a::b`,
/// `crate::{a, b::c}`), and through `super::` in a file directly under `src/`.
fn referenced_modules(text: &str, top_level_file: bool) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut prefixes = vec!["crate::"];
    if top_level_file {
        prefixes.push("super::");
    }
    for prefix in prefixes {
        for (at, _) in text.match_indices(prefix) {
            if text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '$') {
                continue; // `$crate::`, `my_crate::`
            }
            let rest = &text[at + prefix.len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let mut depth = 0;
                let mut item = String::new();
                for c in group.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            out.insert(ident(&item));
                            item.clear();
                            continue;
                        }
                        _ => {}
                    }
                    item.push(c);
                }
                out.insert(ident(&item));
            } else {
                out.insert(ident(rest));
            }
        }
    }
    out.retain(|m| !m.is_empty() && m != "self");
    out
}

/// The groups of modules that import each other in a circle (the graph's strongly
/// connected components with more than one module).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<BTreeSet<String>> {
    let reachable = |from: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.to_string()];
        while let Some(node) = todo.pop() {
            for next in graph.get(&node).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let reach: BTreeMap<&String, BTreeSet<String>> =
        graph.keys().map(|n| (n, reachable(n))).collect();
    let mut groups: Vec<BTreeSet<String>> = Vec::new();
    for (node, from_node) in &reach {
        let group: BTreeSet<String> = from_node
            .iter()
            .filter(|other| reach.get(other).is_some_and(|r| r.contains(*node)))
            .cloned()
            .collect();
        if group.len() > 1 && !groups.contains(&group) {
            groups.push(group);
        }
    }
    groups
}

#[test]
fn no_import_cycle_between_top_level_modules() {
    let mut problems = Vec::new();
    for dir in crates() {
        let src = dir.join("src");
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for file in &files {
            let Some(module) = top_module(&src, file) else {
                continue;
            };
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if name == "tests.rs" || name.ends_with("_tests.rs") {
                continue; // a `#[cfg(test)] mod tests;` file
            }
            let text = fs::read_to_string(file).expect("source");
            let code: String = text
                .split("#[cfg(test)]")
                .next()
                .unwrap_or(&text)
                .lines()
                .map(|line| line.split("//").next().unwrap_or(line))
                .collect::<Vec<_>>()
                .join("\n");
            let top_level_file = file.parent() == Some(src.as_path());
            let refs = referenced_modules(&code, top_level_file);
            let edges = graph.entry(module.clone()).or_default();
            edges.extend(refs.into_iter().filter(|m| *m != module));
        }
        let modules: BTreeSet<String> = graph.keys().cloned().collect();
        for edges in graph.values_mut() {
            edges.retain(|m| modules.contains(m));
        }
        for group in cycles(&graph) {
            let edges: Vec<String> = group
                .iter()
                .flat_map(|m| {
                    graph[m]
                        .iter()
                        .filter(|to| group.contains(*to))
                        .map(move |to| format!("{m} → {to}"))
                })
                .collect();
            problems.push(format!("{}: {}", crate_name(&dir), edges.join(", ")));
        }
    }
    assert!(
        problems.is_empty(),
        "import cycles:\n{}",
        problems.join("\n")
    );
}
