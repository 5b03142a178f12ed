//! `rehearse check` as a user runs it: the built binary on the sample in `tests/check`
//! (a five-revision chain whose last revision rolls back) and on small histories written
//! to temporary directories for the error paths.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The chain of `tests/check/versions`, base first.
const CHAIN: [&str; 5] = [
    "e4a1c9b20f3d",
    "2b7f0d41c8a6",
    "b83c6e1f9a20",
    "5f0a2d9e7c14",
    "0c9e8b3a1d57",
];
const SETUP: &str = "tests/check/setup.sql";
const VERSIONS: &str = "tests/check/versions";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Output {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs `rehearse check ARGS` from the workspace root.
fn check(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_rehearse"))
        .arg("check")
        .args(args)
        .current_dir(workspace())
        .output()
        .expect("the rehearse binary runs");
    Output {
        code: out.status.code().expect("an exit code"),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    }
}

/// A temporary versions directory, removed on drop.
struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Dir {
        let path =
            std::env::temp_dir().join(format!("rehearse-check-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("temp dir");
        Dir(path)
    }

    fn write(&self, file: &str, text: &str) -> &Dir {
        std::fs::write(self.0.join(file), text).expect("write to the temp dir");
        self
    }

    /// A revision file `<id>_<slug>.py`; `down` is the Python literal.
    fn revision(&self, id: &str, down: &str, body: &str) -> &Dir {
        self.write(
            &format!("{id}_step.py"),
            &format!(
                "\"\"\"step {id}\n\nRevision ID: {id}\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = \"{id}\"\ndown_revision = {down}\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    {body}\n\n\ndef downgrade():\n    pass\n"
            ),
        )
    }

    /// A copy of the sample's revision files whose ids are in `ids`.
    fn sample(name: &str, ids: &[&str]) -> Dir {
        let dir = Dir::new(name);
        let versions = std::fs::read_dir(workspace().join(VERSIONS)).expect("tests/check/versions");
        for entry in versions.flatten() {
            let file = entry.file_name().to_string_lossy().into_owned();
            if ids.iter().any(|id| file.starts_with(id)) {
                std::fs::copy(entry.path(), dir.0.join(&file)).expect("copy a revision");
            }
        }
        dir
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("a UTF-8 temp path")
    }

    fn file(&self, name: &str) -> String {
        self.0.join(name).to_string_lossy().into_owned()
    }

    /// `old_code.sql` beside the revisions (not read as one: not `.py`), holding the
    /// deployed code's queries; its path, for `--old-code`.
    fn old_code(&self, queries: &str) -> String {
        let path = self.file("old_code.sql");
        std::fs::write(&path, queries).expect("write old_code.sql");
        path
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn check_dir(dir: &Dir, extra: &[&str]) -> Output {
    let mut args = vec![dir.path(), "--setup", SETUP];
    args.extend_from_slice(extra);
    check(&args)
}

const CLEAN: &str = "op.create_table(\"t\", sa.Column(\"id\", sa.Integer()))";

#[test]
fn text_lists_each_revision_in_chain_order_with_its_hazards() {
    let out = check(&[VERSIONS, "--setup", SETUP]);
    assert_eq!(out.code, 1, "a revision rolls back\n{}", out.stdout);
    let headings: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.starts_with("revision "))
        .collect();
    assert_eq!(
        headings,
        [
            "revision e4a1c9b20f3d (tests/check/versions/e4a1c9b20f3d_create_audit_events.py): committed",
            "revision 2b7f0d41c8a6 (tests/check/versions/2b7f0d41c8a6_index_applications_vendor_id.py): committed",
            "revision b83c6e1f9a20 (tests/check/versions/b83c6e1f9a20_rename_vendor_email.py): committed",
            "revision 5f0a2d9e7c14 (tests/check/versions/5f0a2d9e7c14_add_vendor_website.py): committed",
            "revision 0c9e8b3a1d57 (tests/check/versions/0c9e8b3a1d57_add_application_owner.py): rolled back: ERROR:  column \"owner\" of relation \"applications\" contains null values (SQLSTATE 23502)",
        ]
    );
    for line in [
        "  tests/check/versions/2b7f0d41c8a6_index_applications_vendor_id.py:22:5: warning[create-index-non-concurrently] building an index on \"applications\" without CONCURRENTLY blocks its writes",
        "  tests/check/versions/b83c6e1f9a20_rename_vendor_email.py:23:5: error[rename-as-drop-add] \"vendors\".\"email\" is dropped and \"contact_email\" added: if this is a rename, the values are lost",
        "  tests/check/versions/0c9e8b3a1d57_add_application_owner.py:22:5: this step failed: op.add_column(\"applications\", sa.Column(\"owner\", sa.String(length=100), nullable=False))",
        "      CREATE INDEX holds a SHARE lock for the whole build: reads continue but every",
    ] {
        assert!(out.stdout.contains(line), "missing {line:?} in\n{}", out.stdout);
    }
    assert!(out.stdout.ends_with(
        "\n5 revisions, 7 hazards (2 errors, 2 warnings, 3 info); 0c9e8b3a1d57 rolled back\n"
    ));
    assert!(out.stderr.is_empty(), "{}", out.stderr);
}

#[test]
fn json_revisions_follow_the_chain() {
    let out = check(&[VERSIONS, "--setup", SETUP, "--format", "json"]);
    assert_eq!(out.code, 1);
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    let revisions = json["revisions"].as_array().unwrap();
    let ids: Vec<&str> = revisions
        .iter()
        .map(|r| r["revision"].as_str().unwrap())
        .collect();
    assert_eq!(ids, CHAIN);
    assert_eq!(revisions[0]["down_revision"], Value::Null);
    assert_eq!(revisions[1]["down_revision"], CHAIN[0]);
    assert_eq!(
        revisions[1]["file"],
        "tests/check/versions/2b7f0d41c8a6_index_applications_vendor_id.py"
    );
    let outcomes: Vec<&str> = revisions
        .iter()
        .map(|r| r["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(
        outcomes,
        [
            "committed",
            "committed",
            "committed",
            "committed",
            "rolled_back"
        ]
    );
    assert_eq!(revisions[4]["error"]["sqlstate"], "23502");
    assert_eq!(revisions[4]["error"]["line"], 22);
    let index = &revisions[1]["hazards"][0];
    assert_eq!(index["rule"], "create-index-non-concurrently");
    assert_eq!(index["severity"], "warning");
    assert_eq!(index["table"], "applications");
    assert_eq!(index["fix"], "create-index-concurrently");
    assert_eq!(
        (index["line"].as_u64(), index["col"].as_u64()),
        (Some(22), Some(5))
    );
    assert!(index["why"]
        .as_str()
        .unwrap()
        .starts_with("CREATE INDEX holds"));
    let summary = &json["summary"];
    assert_eq!(
        (
            &summary["hazards"],
            &summary["errors"],
            &summary["warnings"],
            &summary["info"]
        ),
        (
            &Value::from(7),
            &Value::from(2),
            &Value::from(2),
            &Value::from(3)
        )
    );
    assert_eq!(summary["rolled_back"], "0c9e8b3a1d57");
}

#[test]
fn github_prints_workflow_commands() {
    let out = check(&[VERSIONS, "--setup", SETUP, "--format", "github"]);
    assert_eq!(out.code, 1);
    let (commands, rest): (Vec<&str>, Vec<&str>) =
        out.stdout.lines().partition(|l| l.starts_with("::"));
    assert_eq!(
        rest,
        ["5 revisions, 7 hazards (2 errors, 2 warnings, 3 info); 0c9e8b3a1d57 rolled back"]
    );
    assert_eq!(commands.len(), 8, "7 hazards and the rollback");
    assert!(commands
        .iter()
        .all(|l| ["::error ", "::warning ", "::notice "]
            .iter()
            .any(|c| l.starts_with(c))));
    assert!(commands.contains(
        &"::warning file=tests/check/versions/2b7f0d41c8a6_index_applications_vendor_id.py,line=22,col=5,title=create-index-non-concurrently::building an index on \"applications\" without CONCURRENTLY blocks its writes"
    ));
    assert!(commands
        .iter()
        .any(|l| l.starts_with("::error file=tests/check/versions/0c9e8b3a1d57_add_application_owner.py,line=22,col=5,title=rolled-back::")));
}

#[test]
fn sarif_is_valid_json_with_the_rule_ids() {
    let out = check(&[VERSIONS, "--setup", SETUP, "--format", "sarif"]);
    assert_eq!(out.code, 1);
    let sarif: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    assert!(sarif["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
    let run = &sarif["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "rehearse");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    let ids: Vec<&str> = results
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "create-index-non-concurrently",
            "missing-lock-timeout",
            "missing-lock-timeout",
            "rename-as-drop-add",
            "drop-column",
            "add-not-null-column-without-default",
            "missing-lock-timeout",
            "rolled-back",
        ]
    );
    for result in results {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        assert!(rules[index]["fullDescription"]["text"].is_string());
        let location = &result["locations"][0]["physicalLocation"];
        assert!(location["artifactLocation"]["uri"]
            .as_str()
            .unwrap()
            .starts_with("tests/check/versions/"));
        assert!(location["region"]["startLine"].as_u64().unwrap() > 0);
    }
    let levels: Vec<&str> = results
        .iter()
        .map(|r| r["level"].as_str().unwrap())
        .collect();
    assert_eq!(
        levels,
        ["warning", "note", "note", "error", "warning", "error", "note", "error"]
    );
}

#[test]
fn fail_on_sets_the_threshold() {
    // Base and the index revision: one warning, one info, nothing rolls back.
    let dir = Dir::sample("fail-on", &CHAIN[..2]);
    assert_eq!(check_dir(&dir, &[]).code, 0);
    assert_eq!(check_dir(&dir, &["--fail-on", "error"]).code, 0);
    assert_eq!(check_dir(&dir, &["--fail-on", "warning"]).code, 1);
    assert_eq!(check_dir(&dir, &["--fail-on", "info"]).code, 1);
    // Up to the rename: an error-level hazard.
    let dir = Dir::sample("fail-on-error", &CHAIN[..4]);
    let out = check_dir(&dir, &[]);
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert!(out
        .stdout
        .ends_with("\n4 revisions, 5 hazards (1 error, 2 warnings, 2 info)\n"));
    // The clean base alone.
    let dir = Dir::sample("fail-on-clean", &CHAIN[..1]);
    let out = check_dir(&dir, &["--fail-on", "info"]);
    assert_eq!(out.code, 0);
    assert!(out
        .stdout
        .ends_with("\n1 revision, 0 hazards (0 errors, 0 warnings, 0 info)\n"));
}

#[test]
fn multiple_heads_are_named() {
    let dir = Dir::new("heads");
    dir.revision("a1", "None", CLEAN)
        .revision("b1", "\"a1\"", "pass")
        .revision("c1", "'a1'", "pass");
    let out = check_dir(&dir, &[]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        format!(
            "rehearse: multiple heads: b1 ({}), c1 ({}); merge them with `alembic merge`\n",
            dir.file("b1_step.py"),
            dir.file("c1_step.py")
        )
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn a_missing_parent_is_named() {
    let dir = Dir::new("missing");
    dir.revision("a1", "None", CLEAN)
        .revision("b2", "\"zzz\"", "pass");
    let out = check_dir(&dir, &[]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        format!(
            "rehearse: revision 'b2' ({}) names down_revision 'zzz', which no file defines\n",
            dir.file("b2_step.py")
        )
    );
}

#[test]
fn a_cycle_is_named() {
    let dir = Dir::new("cycle");
    dir.revision("a1", "None", CLEAN)
        .revision("b1", "\"c1\"", "pass")
        .revision("c1", "\"b1\"", "pass");
    let out = check_dir(&dir, &[]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with("rehearse: down_revision cycle: ")
            && out.stderr.contains("b1_step.py")
            && out.stderr.contains("c1_step.py"),
        "{}",
        out.stderr
    );
    // Only a cycle: no base either.
    let dir = Dir::new("cycle-no-base");
    dir.revision("a1", "\"b1\"", CLEAN)
        .revision("b1", "\"a1\"", "pass");
    let out = check_dir(&dir, &[]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with("rehearse: no base revision"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("\nrehearse: down_revision cycle: "),
        "{}",
        out.stderr
    );
}

#[test]
fn duplicate_ids_and_two_bases_are_named() {
    let dir = Dir::new("duplicate");
    dir.revision("a1", "None", CLEAN)
        .write("a1_again.py", "revision = 'a1'\ndown_revision = None\n");
    let out = check_dir(&dir, &[]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        format!(
            "rehearse: duplicate revision id 'a1': {} and {}\n",
            dir.file("a1_again.py"),
            dir.file("a1_step.py")
        )
    );
    let dir = Dir::new("bases");
    dir.revision("a1", "None", CLEAN)
        .revision("b1", "None", "pass")
        .revision("m1", "(\"a1\", \"b1\")", "pass");
    let out = check_dir(&dir, &[]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .starts_with("rehearse: more than one base (down_revision = None): a1 ("),
        "{}",
        out.stderr
    );
}

#[test]
fn a_merged_branch_is_linearised() {
    let dir = Dir::new("merge");
    dir.revision("a1", "None", CLEAN)
        .revision("c1", "\"a1\"", "op.add_column(\"t\", sa.Column(\"c\", sa.Integer()))")
        .revision("b1", "\"a1\"", "op.add_column(\"t\", sa.Column(\"b\", sa.Integer()))")
        .write(
            "d4_merge.py",
            "\"\"\"merge\"\"\"\nrevision: str = 'd4'\ndown_revision: Union[str, Sequence[str], None] = (\n    'c1',\n    'b1',\n)\n\ndef upgrade():\n    pass\n",
        );
    let out = check_dir(&dir, &[]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout.starts_with(
            "note: branches were linearised (parents before children, ties broken by file \
             name): a1 branches into b1, c1; d4 merges b1, c1\n"
        ),
        "{}",
        out.stdout
    );
    let json: Value = serde_json::from_str(&check_dir(&dir, &["--format", "json"]).stdout).unwrap();
    let ids: Vec<&str> = json["revisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["revision"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a1", "b1", "c1", "d4"], "ties broken by file name");
    assert_eq!(
        json["revisions"][3]["down_revision"],
        serde_json::json!(["c1", "b1"])
    );
    assert!(json["linearised"].is_string());
}

#[test]
fn non_revision_files_are_skipped_with_a_note() {
    let dir = Dir::new("skip");
    dir.revision("a1", "None", CLEAN)
        .write("__init__.py", "")
        .write("helpers.py", "def revision_name():\n    return 'x'\n")
        .write("README", "not python");
    let out = check_dir(&dir, &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stderr,
        format!(
            "rehearse: note: skipping {}: no `revision =` assignment\n",
            dir.file("helpers.py")
        )
    );
    assert!(out
        .stdout
        .ends_with("\n1 revision, 0 hazards (0 errors, 0 warnings, 0 info)\n"));
}

#[test]
fn input_errors_name_the_file_and_exit_2() {
    let dir = Dir::new("input");
    dir.revision("a1", "None", CLEAN)
        .revision("b1", "\"a1\"", "op.bogus_call(\"x\")");
    let out = check_dir(&dir, &[]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .starts_with(&format!("rehearse: {}:15:5: ", dir.file("b1_step.py"))),
        "{}",
        out.stderr
    );
    let dir = Dir::new("bad-down");
    dir.revision("a1", "compute()", CLEAN);
    let out = check_dir(&dir, &[]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .starts_with(&format!("rehearse: {}: line 9: ", dir.file("a1_step.py"))),
        "{}",
        out.stderr
    );
    let empty = Dir::new("empty");
    assert_eq!(check_dir(&empty, &[]).code, 2);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(check(&[VERSIONS]).code, 2, "no --setup");
    assert_eq!(check(&["--setup", SETUP]).code, 2, "no directory");
    assert_eq!(
        check(&[VERSIONS, "--setup", SETUP, "--format", "xml"]).code,
        2
    );
    assert_eq!(
        check(&[VERSIONS, "--setup", SETUP, "--fail-on", "never"]).code,
        2
    );
    assert_eq!(check(&["tests/check/nowhere", "--setup", SETUP]).code, 2);
    let help = check(&["--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.starts_with("usage: rehearse check"));
}

#[test]
fn deployed_code_that_a_step_breaks_fails_the_check() {
    let dir = Dir::new("old-code");
    dir.revision("a1", "None", CLEAN).revision(
        "b1",
        "\"a1\"",
        "op.alter_column(\"vendors\", \"email\", new_column_name=\"contact_email\")",
    );
    let out = check_dir(&dir, &[]);
    assert_eq!(out.code, 0, "a rename is a warning\n{}", out.stdout);
    let old_code = dir.old_code("SELECT name FROM vendors;\nSELECT id, email FROM vendors;\n");
    let out = check_dir(&dir, &["--old-code", &old_code]);
    assert_eq!(out.code, 1, "{}", out.stdout);
    let line = format!(
        "  {}:15:5: error[old-code-breaks] the deployed code's query fails after this step: SELECT id, email FROM vendors (column \"email\" does not exist, SQLSTATE 42703)",
        dir.file("b1_step.py")
    );
    assert!(out.stdout.contains(&line), "{}", out.stdout);
    assert!(out.stdout.ends_with(
        "\n2 revisions, 2 hazards (0 errors, 1 warning, 1 info); 1 query of the deployed code breaks after a step\n"
    ), "{}", out.stdout);
    let json: Value = serde_json::from_str(
        &check_dir(&dir, &["--old-code", &old_code, "--format", "json"]).stdout,
    )
    .unwrap();
    assert_eq!(
        json["revisions"][1]["old_code_breaks"][0]["query"],
        "SELECT id, email FROM vendors"
    );
    assert_eq!(json["summary"]["old_code_breaks"], 1);

    std::fs::write(&old_code, "SELEC nonsense;\n").unwrap();
    let out = check_dir(&dir, &["--old-code", &old_code]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with(&format!("rehearse: {old_code}:1:")),
        "{}",
        out.stderr
    );
}

/// A link at `dir/name` to `target`.
#[cfg(unix)]
fn link(dir: &Dir, name: &str, target: impl AsRef<Path>) {
    std::os::unix::fs::symlink(target, dir.0.join(name)).expect("a symbolic link");
}

#[cfg(unix)]
#[test]
fn only_regular_files_inside_the_folder_are_read() {
    let dir = Dir::new("links");
    dir.revision("a1", "None", CLEAN);
    // A secret next to the folder, reached by an absolute and a relative link; its text
    // would make an error message quote it if it were read.
    let secret = dir.0.with_extension("secret.py");
    std::fs::write(&secret, "revision = 'x'\ndown_revision = SECRET_TOKEN\n").unwrap();
    link(&dir, "b1_absolute.py", &secret);
    let relative = format!("../{}", secret.file_name().unwrap().to_string_lossy());
    link(&dir, "b2_relative.py", &relative);
    link(&dir, "b3_zero.py", "/dev/zero");
    link(&dir, "b4_dangling.py", "nowhere.py");
    // A link to a regular file inside the folder is followed.
    std::fs::create_dir(dir.0.join("inner")).unwrap();
    std::fs::write(
        dir.0.join("inner/b5.txt"),
        "revision = 'b5'\ndown_revision = 'a1'\n\ndef upgrade():\n    pass\n",
    )
    .unwrap();
    link(&dir, "b5_linked.py", "inner/b5.txt");
    // Not regular files: a directory, a FIFO (reading it would block forever) and a
    // link to the FIFO.
    std::fs::create_dir(dir.0.join("c1_directory.py")).unwrap();
    let fifo = Command::new("mkfifo")
        .arg(dir.0.join("c2_fifo.py"))
        .status()
        .expect("mkfifo runs");
    assert!(fifo.success());
    link(&dir, "c3_to_fifo.py", "c2_fifo.py");

    let out = check_dir(&dir, &[]);
    let _ = std::fs::remove_file(&secret);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout
            .ends_with("\n2 revisions, 0 hazards (0 errors, 0 warnings, 0 info)\n"),
        "{}",
        out.stdout
    );
    let notes: Vec<String> = [
        (
            "b1_absolute.py",
            "a symbolic link to a file outside the folder",
        ),
        (
            "b2_relative.py",
            "a symbolic link to a file outside the folder",
        ),
        ("b3_zero.py", "a symbolic link to a file outside the folder"),
        (
            "b4_dangling.py",
            "a symbolic link whose target does not exist",
        ),
        ("c1_directory.py", "not a regular file (a directory)"),
        ("c2_fifo.py", "not a regular file (a FIFO)"),
        (
            "c3_to_fifo.py",
            "a symbolic link to something that is not a regular file (a FIFO)",
        ),
    ]
    .iter()
    .map(|(file, why)| format!("rehearse: note: skipping {}: {why}\n", dir.file(file)))
    .collect();
    assert_eq!(out.stderr, notes.concat());
    assert!(!out.stderr.contains("SECRET"));
}

/// A sparse file one byte over the cap (no disk space used).
fn over_the_cap(path: &str) {
    let file = std::fs::File::create(path).expect("create");
    file.set_len((32 << 20) + 1).expect("set_len");
}

#[test]
fn files_over_32_mb_are_refused() {
    let dir = Dir::new("large");
    dir.revision("a1", "None", CLEAN);
    over_the_cap(&dir.file("b1_large.py"));
    let out = check_dir(&dir, &[]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        format!(
            "rehearse: {}: cannot read: larger than 32 MB, the most rehearse reads from one file\n",
            dir.file("b1_large.py")
        )
    );
    // The same cap for the files named on the command line; a device's length says
    // nothing, so the read itself stops at the cap.
    std::fs::remove_file(dir.file("b1_large.py")).unwrap();
    let setup = dir.file("setup.sql");
    over_the_cap(&setup);
    let out = check(&[dir.path(), "--setup", &setup]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("larger than 32 MB"), "{}", out.stderr);
    if Path::new("/dev/zero").exists() {
        let out = check_dir(&dir, &["--old-code", "/dev/zero"]);
        assert_eq!(out.code, 2);
        assert_eq!(
            out.stderr,
            "rehearse: /dev/zero: cannot read: larger than 32 MB, the most rehearse reads from one file\n"
        );
    }
}

#[test]
fn too_many_files_are_refused() {
    let dir = Dir::new("many");
    for i in 0..=10_000 {
        dir.write(&format!("r{i:05}.py"), "");
    }
    let out = check_dir(&dir, &[]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        format!(
            "rehearse: {}: more than 10000 files to read; rehearse reads at most 10000 from one folder\n",
            dir.path()
        )
    );
}

/// The lines of `output` that GitHub Actions would read as the workflow commands the
/// test's names and ids try to forge. The runner splits lines at `\n` and `\r` and trims
/// leading spaces.
fn forged_commands(output: &str) -> Vec<&str> {
    output
        .split(['\n', '\r'])
        .map(str::trim_start)
        .filter(|l| l.starts_with("::error file=x") || l.starts_with("::error::forged"))
        .collect()
}

#[cfg(unix)]
#[test]
fn control_characters_in_names_and_ids_cannot_forge_lines() {
    let dir = Dir::new("forge");
    let name = "a1\n::error file=x,line=1::forged.py";
    dir.write(
        name,
        "revision = 'a1'\ndown_revision = None\n\nfrom alembic import op\n\ndef upgrade():\n    op.drop_column('vendors', 'email')\n",
    )
    .write(
        "b1_step.py",
        "revision = 'b1\u{b}::error::forged\u{1b}[2J'\ndown_revision = 'a1'\n\ndef upgrade():\n    pass\n",
    );
    let shown = dir.file("a1\\n::error file=x,line=1::forged.py");
    for format in ["text", "github", "json", "sarif"] {
        let out = check_dir(&dir, &["--format", format]);
        assert_eq!(out.code, 0, "{format}: {}{}", out.stdout, out.stderr);
        assert_eq!(forged_commands(&out.stdout), Vec::<&str>::new(), "{format}");
        assert!(
            !out.stdout.contains(['\r', '\u{1b}']),
            "{format}: {}",
            out.stdout
        );
        match format {
            "text" => {
                assert!(
                    out.stdout
                        .contains(&format!("revision a1 ({shown}): committed\n")),
                    "{}",
                    out.stdout
                );
                assert!(out
                    .stdout
                    .contains("revision b1\\u{b}::error::forged\\u{1b}[2J ("));
            }
            "github" => {
                let file = shown
                    .replace('%', "%25")
                    .replace(':', "%3A")
                    .replace(',', "%2C");
                assert!(
                    out.stdout.contains(&format!(
                        "::warning file={file},line=7,col=5,title=drop-column::"
                    )),
                    "{}",
                    out.stdout
                );
            }
            "json" => {
                let json: Value = serde_json::from_str(&out.stdout).unwrap();
                assert_eq!(json["revisions"][0]["file"], shown.as_str());
                // JSON carries the id as a value; serde escapes it.
                assert_eq!(
                    json["revisions"][1]["revision"],
                    "b1\u{b}::error::forged\u{1b}[2J"
                );
            }
            _ => {
                let sarif: Value = serde_json::from_str(&out.stdout).unwrap();
                let uri = &sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
                    ["artifactLocation"]["uri"];
                assert_eq!(uri.as_str(), Some(shown.replace('\\', "/").as_str()));
            }
        }
    }
    // A skip note names the entry escaped too.
    std::fs::create_dir(dir.0.join("c\n::error::forged.py")).unwrap();
    let out = check_dir(&dir, &["--format", "github"]);
    assert_eq!(forged_commands(&out.stderr), Vec::<&str>::new());
    assert!(
        out.stderr
            .contains("c\\n::error::forged.py: not a regular file"),
        "{}",
        out.stderr
    );
}

#[test]
fn every_revision_is_checked_after_a_rollback_and_unsupported_steps_are_not_errors() {
    // r1 commits; r2 rolls back (NOT NULL column on a populated table); r3 still runs on
    // the database without r2 and has a hazard; r4 uses a built-in Rehearse does not
    // simulate, which is neither a rollback nor PostgreSQL's error; r5 still runs.
    let dir = Dir::new("after-rollback");
    dir.revision("r1", "None", "op.create_table(\"t\", sa.Column(\"id\", sa.Integer(), primary_key=True))")
        .revision("r2", "\"r1\"", "op.execute(\"INSERT INTO applications (id, name) VALUES (99, 'x')\")\n    op.add_column(\"applications\", sa.Column(\"owner\", sa.Text(), nullable=False))")
        .revision("r3", "\"r2\"", "op.drop_column(\"applications\", \"name\")")
        .revision("r4", "\"r3\"", "op.execute(\"SELECT pg_column_size(1::bigint)\")")
        .revision("r5", "\"r4\"", "op.add_column(\"t\", sa.Column(\"x\", sa.Text(), nullable=False))");
    let out = check_dir(&dir, &["--format", "json"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let json: Value = serde_json::from_str(&out.stdout).expect("JSON");
    let outcomes: Vec<&str> = json["revisions"]
        .as_array()
        .expect("revisions")
        .iter()
        .map(|r| r["outcome"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        outcomes,
        [
            "committed",
            "rolled_back",
            "committed",
            "unsupported",
            "committed"
        ]
    );
    let r3 = &json["revisions"][2];
    assert!(r3["hazards"]
        .as_array()
        .expect("hazards")
        .iter()
        .any(|h| h["rule"] == "drop-column"));
    let r4 = &json["revisions"][3];
    assert!(r4["error"].is_null());
    assert_eq!(
        r4["unsupported"]["construct"],
        "the function pg_column_size(bigint)"
    );
    assert_eq!(
        json["summary"]["rolled_back_all"],
        serde_json::json!(["r2"])
    );
    assert_eq!(json["summary"]["unsupported"], serde_json::json!(["r4"]));
    // With no failure, an unsupported step makes the check incomplete: exit status 2.
    let only = Dir::new("only-unsupported");
    only.revision(
        "r1",
        "None",
        "op.execute(\"SELECT pg_column_size(1::bigint)\")",
    );
    let out = check_dir(&only, &[]);
    assert_eq!(out.code, 2, "{}", out.stdout);
    assert!(
        out.stdout.contains(
            "not simulated: Rehearse cannot simulate the function pg_column_size(bigint) yet"
        ),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("rolled back"), "{}", out.stdout);
}

#[test]
fn the_lock_queue_with_annotated_traffic_warns_of_stalls_and_fails_a_cancel() {
    let dir = Dir::new("queue");
    dir.revision(
        "a1",
        "None",
        "op.add_column(\"vendors\", sa.Column(\"website\", sa.Text()))",
    );
    let old_code = dir.old_code(
        "SELECT count(*) FROM vendors; -- already running for 3s\nSELECT name FROM vendors WHERE id = 1; -- every 100ms, takes 5ms\n",
    );
    let out = check_dir(&dir, &["--old-code", &old_code]);
    // A stall is a warning: the default --fail-on error lets it pass.
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains("warning[queue-stall] with the annotated traffic, 30 application queries wait behind this step, up to"),
        "{}",
        out.stdout
    );
    assert_eq!(
        check_dir(&dir, &["--old-code", &old_code, "--fail-on", "warning"]).code,
        1
    );
    // A longer allowance: no finding.
    let out = check_dir(&dir, &["--old-code", &old_code, "--max-stall", "5s"]);
    assert!(!out.stdout.contains("queue-stall"), "{}", out.stdout);
    assert_eq!(
        check_dir(&dir, &["--old-code", &old_code, "--max-stall", "soon"]).code,
        2
    );
    // With lock_timeout and no retry, PostgreSQL cancels the step in production: an
    // error, although the revision commits on the sample rows.
    let dir = Dir::new("queue-cancel");
    dir.revision(
        "a1",
        "None",
        "op.execute(\"SET lock_timeout = '1s'\")\n    op.add_column(\"vendors\", sa.Column(\"website\", sa.Text()))",
    );
    let old_code = dir.old_code("SELECT count(*) FROM vendors; -- already running for 3s\n");
    let out = check_dir(&dir, &["--old-code", &old_code]);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains("error[queue-cancels] with the annotated traffic, PostgreSQL cancels this step in production: canceling statement due to lock timeout (SQLSTATE 55P03) after 1000 ms of waiting"),
        "{}",
        out.stdout
    );
    let json: serde_json::Value = serde_json::from_str(
        &check_dir(&dir, &["--old-code", &old_code, "--format", "json"]).stdout,
    )
    .expect("JSON");
    assert_eq!(json["revisions"][0]["outcome"], "committed");
    assert_eq!(json["revisions"][0]["queue"][0]["rule"], "queue-cancels");
    assert_eq!(json["revisions"][0]["queue"][0]["severity"], "error");
}
