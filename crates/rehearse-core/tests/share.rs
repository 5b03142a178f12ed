//! Share links: round trips, the first release's link still opening, and hostile
//! fragments giving messages.

use rehearse_core::share::{decode, encode};
use rehearse_core::{Assumption, MigrationKind, Scenario};

fn sample() -> Scenario {
    Scenario {
        setup: "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n".into(),
        migration: "op.add_column(\"t\", sa.Column(\"x\", sa.Text()))  # ünïcode ✓\n".into(),
        kind: MigrationKind::Auto,
        old_code: "SELECT id FROM t;\n".into(),
        drift: String::new(),
        check_downgrade: true,
        lesson: Some("02-not-null-trap".into()),
        model: "class T(Base):\n    __tablename__ = \"t\"\n".into(),
        assumptions: vec![Assumption::new("skip(op, __name__)", false)],
        production: Vec::new(),
    }
}

#[test]
fn a_scenario_survives_the_round_trip() {
    let link = encode(&sample());
    assert!(link.starts_with("v1."), "{link}");
    assert!(link[3..]
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    assert_eq!(decode(&link), Ok(sample()));
    assert_eq!(decode(&format!("#{link}")), Ok(sample()));
}

/// Made by the first version that wrote links; it must open forever.
const V1_LINK: &str = include_str!("share_v1_link.txt");

#[test]
fn a_link_from_the_first_release_still_opens() {
    let shared = decode(V1_LINK).expect("the v1 link decodes");
    // That release had no Model tab and no assumptions.
    let expected = Scenario {
        model: String::new(),
        assumptions: Vec::new(),
        ..sample()
    };
    assert_eq!(shared, expected);
}

#[test]
fn hostile_links_are_messages() {
    let cases = [
        ("", "does not contain"),
        ("hello", "does not contain"),
        ("v1.!!!!", "damaged"),
        ("v1.AAAA", "damaged"),
        ("v9.abc", "newer version"),
        ("x1.abc", "does not contain"),
    ];
    for (link, want) in cases {
        let err = decode(link).expect_err(link).to_string();
        assert!(err.contains(want), "{link}: {err}");
    }
    // Valid compressed data that is not a scenario.
    let not_json = encode(&sample()).replace("v1.", "v1.A");
    assert!(decode(&not_json).is_err());
    // A decompression bomb: 64 MB of zeros compresses to a tiny link.
    let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b' '; 64 << 20], 10);
    use base64::Engine as _;
    let link = format!(
        "v1.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bomb)
    );
    assert!(decode(&link)
        .expect_err("bomb")
        .to_string()
        .contains("too large"));
    assert!(decode(&"v1.".repeat(1_000_000))
        .expect_err("long")
        .to_string()
        .contains("too long"));
}

/// The verify comparison against a recorded PostgreSQL run of a corpus case: the
/// recorder's JSON is exactly what the browser's PGlite hands back.
#[test]
fn verify_agrees_with_a_recorded_postgres_run_and_spots_a_difference() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/scenarios/not-null-add-populated");
    let setup = std::fs::read_to_string(dir.join("setup.sql")).expect("setup");
    let migration = std::fs::read_to_string(dir.join("migration.py")).expect("migration");
    let postgres = std::fs::read_to_string(dir.join("expected/postgres.json")).expect("recorded");
    let scenario = Scenario {
        setup,
        migration,
        kind: MigrationKind::Alembic,
        ..Scenario::default()
    };
    let report = rehearse_core::run(&scenario, Default::default()).expect("runs");
    let v = rehearse_core::verify::compare(&report, &postgres);
    assert!(v.agrees, "{v:?}");
    assert!(v.postgres.contains("23502"), "{}", v.postgres);
    let tampered = postgres.replace("23502", "23503");
    let v = rehearse_core::verify::compare(&report, &tampered);
    assert!(
        !v.agrees && v.differences.iter().any(|d| d.contains("step 1 error")),
        "{v:?}"
    );
}
