//! `cargo xtask <task>`: the project's automation, in Rust so it runs wherever cargo does.
//!
//! * `cargo xtask test` — installs what the tests need when missing (the wasm32 target,
//!   the wasm-bindgen CLI matching Cargo.lock, the oracle's npm and pip packages), then
//!   runs formatting and lint checks, the native tests (the scenario corpus against the
//!   recorded PostgreSQL/Alembic results), the wasm tests in Node, and re-records the
//!   corpus on real PostgreSQL (PGlite) and real Alembic to prove the recordings current,
//!   runs the JavaScript API's parity script on PGlite and Rehearse (Node and Chromium),
//!   and runs 3000 generated scenarios on both (`tests/differential/generate.mjs`).
//! * `cargo xtask record [case...]` — re-records expected results (needs Node, Python).
//! * `cargo xtask serve` — installs trunk, the wasm-bindgen CLI and wasm-opt when missing,
//!   then builds and serves the playground on http://127.0.0.1:8080/.
//! * `cargo xtask build` — the release build into `dist/`, with the size report.
//! * `cargo xtask sizes [dir]` — what the page loads, raw and gzipped (trunk's
//!   post-build hook runs it on every build).
//! * `cargo xtask fuzz [--seconds N]` — installs cargo-fuzz (pinned) when missing, then
//!   runs every libFuzzer target in `fuzz/` for N seconds (default 10) from its seeds.
//!
//! Each step prints a header; the first failing step stops the run with its exit code.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap_or_else(|_| PathBuf::from("."))
}

fn header(title: &str) {
    println!("\n==> {title}");
}

/// Runs a command in the repository root; `Err` carries a message for the user.
fn run(program: &str, args: &[&str]) -> Result<(), String> {
    run_in(&root(), program, args)
}

fn run_in(dir: &Path, program: &str, args: &[&str]) -> Result<(), String> {
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .status()
        .map_err(|e| format!("cannot start `{program}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program} {}` failed ({status})", args.join(" ")))
    }
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).to_string())
}

/// The version of a package in Cargo.lock.
fn locked_version(name: &str) -> Option<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).ok()?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{name}\"") {
            return lines
                .next()?
                .strip_prefix("version = \"")?
                .strip_suffix('"')
                .map(str::to_string);
        }
    }
    None
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    header("installing the wasm32-unknown-unknown target");
    run("rustup", &["target", "add", "wasm32-unknown-unknown"])
}

fn ensure_wasm_bindgen_cli() -> Result<(), String> {
    let version = locked_version("wasm-bindgen").ok_or("wasm-bindgen is not in Cargo.lock")?;
    let have = output("wasm-bindgen", &["--version"]).unwrap_or_default();
    if have.split_whitespace().nth(1) == Some(version.as_str()) {
        return Ok(());
    }
    header(&format!(
        "installing wasm-bindgen-cli {version} (matches Cargo.lock; a few minutes, once)"
    ));
    // Not --locked: the CLI's own lock file names a crate the registry lacks.
    run(
        "cargo",
        &["install", "wasm-bindgen-cli", "--version", &version],
    )
}

fn ensure_oracle() -> Result<(), String> {
    let oracle = root().join("tests/oracle");
    if !oracle.join("node_modules/@electric-sql/pglite").exists()
        || !oracle
            .join("node_modules/@electric-sql/pglite-socket")
            .exists()
    {
        header("installing PGlite and pglite-socket (npm ci in tests/oracle)");
        run_in(&oracle, "npm", &["ci", "--no-audit", "--no-fund"])?;
    }
    let has_alembic = Command::new("python3")
        .args(["-c", "import alembic, sqlalchemy, sqlparse, pg8000"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_alembic {
        header("installing Alembic, SQLAlchemy, sqlparse, pg8000 (pip)");
        run(
            "python3",
            &[
                "-m",
                "pip",
                "install",
                "--quiet",
                "-r",
                "tests/oracle/requirements.txt",
            ],
        )?;
    }
    Ok(())
}

const TRUNK_VERSION: &str = "0.21.14";

fn ensure_trunk() -> Result<(), String> {
    let have = output("trunk", &["--version"]).unwrap_or_default();
    if have.split_whitespace().nth(1) == Some(TRUNK_VERSION) {
        return Ok(());
    }
    header(&format!(
        "installing trunk {TRUNK_VERSION} (about 11 minutes, once)"
    ));
    run(
        "cargo",
        &["install", "trunk", "--version", TRUNK_VERSION, "--locked"],
    )
}

fn ensure_wasm_opt() -> Result<(), String> {
    let web = root().join("web/node_modules");
    if web.join(".bin/wasm-opt").exists() && web.join(PGLITE_DIST).join("index.js").exists() {
        return Ok(());
    }
    header("installing wasm-opt (npm binaryen) and PGlite, in web/");
    run_in(
        &root().join("web"),
        "npm",
        &["ci", "--no-audit", "--no-fund"],
    )
}

/// PATH with the project's tools first, so trunk finds them and never downloads.
fn tool_path() -> String {
    let mut parts = vec![root().join("web/node_modules/.bin").display().to_string()];
    if let Some(home) = std::env::var_os("HOME") {
        parts.push(Path::new(&home).join(".cargo/bin").display().to_string());
    }
    parts.push(std::env::var("PATH").unwrap_or_default());
    parts.join(":")
}

fn ensure_web() -> Result<(), String> {
    ensure_wasm_target()?;
    ensure_wasm_bindgen_cli()?;
    ensure_trunk()?;
    ensure_wasm_opt()
}

fn trunk(args: &[&str]) -> Result<(), String> {
    let status = Command::new("trunk")
        .args(args)
        .current_dir(root())
        .env("PATH", tool_path())
        .status()
        .map_err(|e| format!("cannot start trunk: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`trunk {}` failed ({status})", args.join(" ")))
    }
}

fn build() -> Result<(), String> {
    ensure_web()?;
    header("trunk build --release (playground into dist/)");
    trunk(&["build", "--release", "--offline"])
}

fn serve() -> Result<(), String> {
    ensure_web()?;
    header("serving the playground");
    println!("Rehearse playground: http://127.0.0.1:8080/  (Ctrl+C stops it)");
    // No autoreload: trunk's is an inline script, which the page's
    // Content-Security-Policy refuses (and reports).
    trunk(&["serve", "--release", "--offline", "--no-autoreload"])
}

fn gzipped_len(path: &Path) -> Option<usize> {
    let out = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(path)
        .output()
        .ok()?;
    out.status.success().then_some(out.stdout.len())
}

/// `cargo xtask bench [--quick] [--save]`: the core (wasm, in Node) against PGlite on
/// the lessons and on generated 10k/100k-row tables; prints a table, and with `--save`
/// writes it to BENCHMARKS.md.
fn bench(args: &[String]) -> Result<(), String> {
    ensure_wasm_target()?;
    ensure_wasm_bindgen_cli()?;
    ensure_oracle()?;
    header("building the core for Node");
    run("bash", &["tests/differential/build.sh"])?;
    header("benchmarks: Rehearse vs PGlite");
    let mut node_args = vec!["tests/bench/bench.mjs"];
    if args.iter().any(|a| a == "--quick") {
        node_args.push("--quick");
    }
    let out = Command::new("node")
        .args(&node_args)
        .current_dir(root())
        .output()
        .map_err(|e| format!("cannot start node: {e}"))?;
    let table = String::from_utf8_lossy(&out.stdout).to_string();
    print!("{table}");
    if !out.status.success() {
        return Err(format!(
            "bench.mjs failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    if args.iter().any(|a| a == "--save") {
        // What the page loads, from the last release build (`cargo xtask build`).
        let sizes = sizes_report(None)
            .map(|s| format!("\n## What the page loads (`cargo xtask sizes`, last `cargo xtask build`)\n\n```\n{s}```\n"))
            .unwrap_or_default();
        let text = format!(
            "# Benchmarks\n\nMeasured by `cargo xtask bench --save` (tests/bench/bench.mjs) on the \
             development machine (2 cores). Numbers move between runs; compare columns, not \
             digits.\n\n{table}{sizes}"
        );
        std::fs::write(root().join("BENCHMARKS.md"), text).map_err(|e| e.to_string())?;
        println!("wrote BENCHMARKS.md");
    }
    Ok(())
}

/// Where PGlite's browser build is, under a node_modules folder.
const PGLITE_DIST: &str = "@electric-sql/pglite/dist";

/// Copies PGlite's browser build (from npm, in web/node_modules) into the staging
/// directory's `pglite/`, with the oracle's `pg_state.mjs`, for the "Verify on
/// PostgreSQL" button. Nothing is downloaded; the page loads it only when asked.
fn vendor() -> Result<(), String> {
    let dist = std::env::var_os("TRUNK_STAGING_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("dist"));
    let from = root().join("web/node_modules").join(PGLITE_DIST);
    let to = dist.join("pglite");
    std::fs::create_dir_all(&to).map_err(|e| format!("{}: {e}", to.display()))?;
    let entries = std::fs::read_dir(&from).map_err(|e| {
        format!(
            "{}: {e} (run `npm ci` in web/, or `cargo xtask build`)",
            from.display()
        )
    })?;
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        let wanted = (name.ends_with(".js") && !name.ends_with(".d.js"))
            || matches!(name.as_str(), "pglite.wasm" | "pglite.data" | "initdb.wasm");
        if wanted && path.is_file() {
            std::fs::copy(&path, to.join(&name)).map_err(|e| format!("{name}: {e}"))?;
        }
    }
    let state = root().join("tests/oracle/pg_state.mjs");
    std::fs::copy(&state, to.join("pg_state.mjs")).map_err(|e| format!("pg_state.mjs: {e}"))?;
    Ok(())
}

/// Prints the size of every wasm/js/css file the page loads, raw and gzipped, and
/// the wasm's bytes per crate.
fn sizes(dir: Option<&str>) -> Result<(), String> {
    print!("{}", sizes_report(dir)?);
    Ok(())
}

/// [`sizes`]'s report.
fn sizes_report(dir: Option<&str>) -> Result<String, String> {
    use std::fmt::Write;
    let mut out = String::new();
    let dir = dir
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from))
        .unwrap_or_else(|| root().join("dist"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("wasm" | "js" | "css" | "html")
            )
        })
        // The embed script and example page are for other pages; pglite/ loads only
        // when "Verify on PostgreSQL" is pressed.
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("embed"))
        })
        .collect();
    files.sort();
    // The background worker loads only when a large scenario runs: listed apart.
    let (worker, page): (Vec<PathBuf>, Vec<PathBuf>) = files.into_iter().partition(|p| {
        p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("rehearse-worker"))
    });
    let _ = writeln!(
        out,
        "page assets ({}):",
        dir.strip_prefix(root()).unwrap_or(&dir).display()
    );
    list_sizes(&mut out, &page);
    if !worker.is_empty() {
        let _ = writeln!(
            out,
            "loaded only when a large scenario runs (the background worker):"
        );
        list_sizes(&mut out, &worker);
    }
    for name in ["rehearse-app", "rehearse-worker"] {
        let linked = root().join(format!("target/wasm32-unknown-unknown/release/{name}.wasm"));
        if let Ok(bytes) = std::fs::read(&linked) {
            per_crate(&mut out, name, &bytes)?;
        }
    }
    Ok(out)
}

/// The crate a demangled symbol's code belongs to: the first path segment, inside
/// `<... as ...>` too (a generic's copy counts for the crate that defines it).
fn crate_of(symbol: &str) -> String {
    let s = symbol.trim_start_matches(['<', '&', '*', '[', '(']);
    let s = s
        .trim_start_matches("mut ")
        .trim_start_matches("dyn ")
        .trim_start_matches("const ");
    match s.find("::") {
        Some(i) if !s[..i].contains([' ', '<', '>']) => s[..i].to_string(),
        _ => "(runtime, glue and unnamed)".to_string(),
    }
}

/// Bytes of function bodies per crate in a linked (not yet wasm-opt'd) wasm file, read
/// from its name section. wasm-opt then shrinks everything by roughly the same share,
/// so the percentages carry over to the file the page loads.
fn per_crate(out: &mut String, name: &str, bytes: &[u8]) -> Result<(), String> {
    use std::collections::BTreeMap;
    use std::fmt::Write;
    use wasmparser::{KnownCustom, Name, Parser, Payload};
    let mut imported = 0u32;
    let mut bodies: Vec<u32> = Vec::new();
    let mut names: BTreeMap<u32, String> = BTreeMap::new();
    let mut data = 0usize;
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.map_err(|e| e.to_string())? {
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if matches!(
                        import.map_err(|e| e.to_string())?.ty,
                        wasmparser::TypeRef::Func(_)
                    ) {
                        imported += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => bodies.push(body.range().len() as u32),
            Payload::DataSection(reader) => data = reader.range().len(),
            Payload::CustomSection(section) => {
                if let KnownCustom::Name(reader) = section.as_known() {
                    for subsection in reader {
                        if let Ok(Name::Function(map)) = subsection {
                            for naming in map.into_iter().flatten() {
                                names.insert(naming.index, naming.name.to_string());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if names.is_empty() {
        let _ = writeln!(out, "{name}.wasm has no name section: no per-crate figures");
        return Ok(());
    }
    let mut per: BTreeMap<String, usize> = BTreeMap::new();
    for (i, size) in bodies.iter().enumerate() {
        let symbol = names
            .get(&(imported + i as u32))
            .map(|n| format!("{:#}", rustc_demangle::demangle(n)))
            .unwrap_or_default();
        *per.entry(crate_of(&symbol)).or_default() += *size as usize;
    }
    *per.entry("(data: strings, tables)".into()).or_default() += data;
    let total: usize = per.values().sum();
    let mut rows: Vec<(String, usize)> = per.into_iter().collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1));
    let _ = writeln!(
        out,
        "{name}.wasm by crate (code + data before wasm-opt, {total} bytes):"
    );
    let mut rest = 0;
    for (i, (krate, size)) in rows.iter().enumerate() {
        if i < 16 {
            let share = *size as f64 * 100.0 / total.max(1) as f64;
            let _ = writeln!(out, "  {krate:<48} {size:>9} bytes  {share:>5.1}%");
        } else {
            rest += size;
        }
    }
    if rest > 0 {
        let share = rest as f64 * 100.0 / total.max(1) as f64;
        let _ = writeln!(out, "  {:<48} {rest:>9} bytes  {share:>5.1}%", "(others)");
    }
    Ok(())
}

/// Prints each file's size, raw and gzipped, and the total.
fn list_sizes(out: &mut String, files: &[PathBuf]) {
    use std::fmt::Write;
    let (mut raw_total, mut gz_total) = (0, 0);
    for f in files {
        let raw = std::fs::metadata(f).map(|m| m.len() as usize).unwrap_or(0);
        let gz = gzipped_len(f).unwrap_or(0);
        raw_total += raw;
        gz_total += gz;
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let _ = writeln!(out, "  {name:<48} {:>9} bytes  {:>9} gzipped", raw, gz);
    }
    let _ = writeln!(
        out,
        "  {:<48} {:>9} bytes  {:>9} gzipped",
        "total", raw_total, gz_total
    );
}

/// Debian's Chromium (the only browser that can be installed here: Playwright's own
/// download is blocked).
fn ensure_chromium() -> Result<(), String> {
    if Path::new("/usr/bin/chromium").exists() {
        return Ok(());
    }
    header("installing Chromium (apt)");
    let apt = |args: &[&str]| {
        Command::new("apt-get")
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .is_ok_and(|s| s.success())
    };
    if apt(&["install", "-y", "--no-install-recommends", "chromium"])
        || (apt(&["update"]) && apt(&["install", "-y", "--no-install-recommends", "chromium"]))
    {
        Ok(())
    } else {
        Err("cannot install chromium with apt-get (run as root, or install Debian's chromium package)".into())
    }
}

/// The JavaScript API (crates/rehearse-wasm/js): builds the package into target/js-api,
/// then runs the same script on PGlite and on Rehearse in Node (tests/js-api/parity.mjs)
/// and in Debian's Chromium (tests/js-api/browser.mjs), each printing its summary.
fn js_api_tests() -> Result<(), String> {
    header("JavaScript API: build the package (target/js-api)");
    run("bash", &["crates/rehearse-wasm/build-js.sh"])?;
    let dir = root().join("tests/js-api");
    if !dir.join("node_modules/@electric-sql/pglite").exists()
        || !dir.join("node_modules/playwright-core").exists()
    {
        run_in(&dir, "npm", &["ci", "--no-audit", "--no-fund"])?;
    }
    header("JavaScript API: the same script on PGlite and on Rehearse, in Node");
    run("node", &["tests/js-api/parity.mjs"])?;
    header("JavaScript API: the same script on PGlite and on Rehearse, in Chromium");
    ensure_chromium()?;
    run("node", &["tests/js-api/browser.mjs"])
}

fn test() -> Result<(), String> {
    ensure_wasm_target()?;
    ensure_wasm_bindgen_cli()?;
    header("cargo fmt --check");
    run("cargo", &["fmt", "--all", "--", "--check"])?;
    header("cargo clippy --all-targets -- -D warnings");
    run(
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--quiet",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    header("native tests (scenario corpus against recorded PostgreSQL and Alembic results)");
    run(
        "cargo",
        &["test", "--workspace", "--quiet", "--", "--nocapture"],
    )?;
    header("wasm tests in Node (the core through wasm-bindgen)");
    run(
        "cargo",
        &[
            "test",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            "rehearse-wasm",
        ],
    )?;
    js_api_tests()?;
    // libFuzzer on every fuzzed input for a short budget (`cargo xtask fuzz --seconds N`
    // runs longer); the stable mutation fuzzer already ran with the native tests.
    fuzz(&["--seconds".to_string(), "5".to_string()])?;
    header("playground: release build, then end-to-end tests in Chromium");
    build()?;
    ensure_chromium()?;
    let e2e = root().join("tests/e2e");
    if !e2e.join("node_modules/playwright-core").exists() {
        run_in(&e2e, "npm", &["ci", "--no-audit", "--no-fund"])?;
    }
    run("node", &["tests/e2e/run.mjs"])?;
    header("live oracle: re-recording the corpus on PGlite and Alembic");
    ensure_oracle()?;
    record(&[])?;
    header("live oracle: re-recording the autogenerate corpus (alembic revision --autogenerate on PGlite)");
    run("tests/oracle/record-autogen", &[])?;
    header("live differential: generated scenarios on PGlite and the engine (seeded)");
    run("bash", &["tests/differential/build.sh"])?;
    run(
        "node",
        &[
            "tests/differential/generate.mjs",
            "--cases",
            "3000",
            "--seed",
            "1",
        ],
    )?;
    run("git", &["diff", "--stat", "--exit-code", "--", "tests/scenarios", "lessons", "tests/autogen"]).map_err(|_| {
        "recorded results differ from what PostgreSQL/Alembic do now (see git diff tests/scenarios lessons tests/autogen); \
         commit the re-recorded files if the change is expected"
            .to_string()
    })?;
    println!("\nall checks passed");
    Ok(())
}

/// cargo-fuzz, pinned: it runs on stable with `RUSTC_BOOTSTRAP=1` (for its `-Z` flags).
const CARGO_FUZZ_VERSION: &str = "0.13.2";
/// The libFuzzer targets in `fuzz/fuzz_targets/`, with their seed files.
const FUZZ_TARGETS: &[(&str, &[&str])] = &[
    ("python", &["tests/scenarios/*/migration.py"]),
    ("sql", &["tests/scenarios/*/migration.sql"]),
    ("setup", &["tests/scenarios/*/setup.sql"]),
    ("share", &["crates/rehearse-core/tests/share_v1_link.txt"]),
    ("engine", &["tests/scenarios/*/migration.sql"]),
    ("model", &["tests/autogen/*/model.py"]),
];

fn ensure_cargo_fuzz() -> Result<(), String> {
    let installed = output("cargo", &["fuzz", "--version"]).unwrap_or_default();
    if installed.split_whitespace().nth(1) != Some(CARGO_FUZZ_VERSION) {
        header(&format!(
            "installing cargo-fuzz {CARGO_FUZZ_VERSION} (about a minute, once)"
        ));
        run(
            "cargo",
            &[
                "install",
                "cargo-fuzz",
                "--locked",
                "--version",
                CARGO_FUZZ_VERSION,
            ],
        )?;
    }
    Ok(())
}

/// Copies a target's seeds (`dir/*/file` patterns, plain paths, and
/// `tests/fuzz/regressions/<target>/`) into `fuzz/corpus/<target>/` (gitignored).
fn fuzz_seeds(target: &str, patterns: &[&str]) -> Result<PathBuf, String> {
    let root = root();
    let corpus = root.join("fuzz/corpus").join(target);
    std::fs::create_dir_all(&corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
    let mut files = Vec::new();
    for pattern in patterns {
        match pattern.split_once("/*/") {
            Some((dir, file)) => {
                for e in std::fs::read_dir(root.join(dir))
                    .into_iter()
                    .flatten()
                    .flatten()
                {
                    files.push(e.path().join(file));
                }
            }
            None => files.push(root.join(pattern)),
        }
    }
    let regressions = root.join("tests/fuzz/regressions").join(target);
    for e in std::fs::read_dir(regressions)
        .into_iter()
        .flatten()
        .flatten()
    {
        files.push(e.path());
    }
    for file in files.iter().filter(|f| f.is_file()) {
        let relative = file.strip_prefix(&root).unwrap_or(file);
        let name = relative.to_string_lossy().replace(['/', '\\'], "_");
        std::fs::copy(file, corpus.join(name)).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(corpus)
}

fn fuzz_command(args: &[&str]) -> Command {
    let mut command = Command::new("cargo");
    command
        .arg("fuzz")
        .args(args)
        .env("RUSTC_BOOTSTRAP", "1")
        .current_dir(root().join("fuzz"));
    command
}

/// `cargo xtask fuzz [--seconds N]`: every libFuzzer target for N seconds (default 10)
/// from its seeds; a crash's input lands in `fuzz/artifacts/<target>/` and fails the run.
fn fuzz(args: &[String]) -> Result<(), String> {
    let seconds = match args {
        [] => 10,
        [flag, n] if flag == "--seconds" => n
            .parse::<u64>()
            .map_err(|_| format!("--seconds wants a number, not `{n}`"))?,
        _ => return Err("usage: cargo xtask fuzz [--seconds N]".into()),
    };
    ensure_cargo_fuzz()?;
    header("cargo fuzz build (libFuzzer, AddressSanitizer; RUSTC_BOOTSTRAP=1)");
    let status = fuzz_command(&["build"])
        .status()
        .map_err(|e| format!("cannot start `cargo fuzz`: {e}"))?;
    if !status.success() {
        return Err(format!("`cargo fuzz build` failed ({status})"));
    }
    header(&format!("fuzzing each target for {seconds}s"));
    let mut crashed = Vec::new();
    for (target, patterns) in FUZZ_TARGETS {
        let corpus = fuzz_seeds(target, patterns)?;
        let limit = format!("-max_total_time={seconds}");
        let out = fuzz_command(&["run", target, "--", &limit])
            .output()
            .map_err(|e| format!("cannot start `cargo fuzz`: {e}"))?;
        let log = String::from_utf8_lossy(&out.stderr);
        let done = log
            .lines()
            .rfind(|l| l.starts_with("Done "))
            .unwrap_or("")
            .to_string();
        let files = std::fs::read_dir(&corpus).map_or(0, |d| d.count());
        if out.status.success() {
            println!("fuzz {target}: {done}, corpus {files} files, no crash");
        } else {
            let lines: Vec<&str> = log.lines().collect();
            eprintln!("{}", lines[lines.len().saturating_sub(40)..].join("\n"));
            let artifact = lines
                .iter()
                .find_map(|l| l.split("Test unit written to ").nth(1))
                .unwrap_or("(no artifact written; see the output above)");
            println!("fuzz {target}: CRASH ({}), input in {artifact}", out.status);
            crashed.push(*target);
        }
    }
    if crashed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "fuzz targets crashed: {} (inputs under fuzz/artifacts/; replay one with \
             `RUSTC_BOOTSTRAP=1 cargo fuzz run <target> <file>` in fuzz/)",
            crashed.join(", ")
        ))
    }
}

fn record(cases: &[String]) -> Result<(), String> {
    let args: Vec<&str> = cases.iter().map(String::as_str).collect();
    run("tests/oracle/record", &args)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("test") => test(),
        Some("record") => ensure_oracle().and_then(|()| record(&args[1..])),
        Some("serve") => serve(),
        Some("build") => build(),
        Some("sizes") => sizes(args.get(1).map(String::as_str)),
        Some("vendor") => vendor(),
        Some("bench") => bench(&args[1..]),
        Some("fuzz") => fuzz(&args[1..]),
        _ => {
            eprintln!("usage: cargo xtask serve | test | build | sizes [dir] | vendor | bench [--quick] [--save] | fuzz [--seconds N] | record [tests/scenarios/<case>...]");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}
