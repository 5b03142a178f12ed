//! Bytes per crate in a linked wasm file, from the symbol names in its name section
//! (the last part of `cargo xtask sizes`).

use std::collections::BTreeMap;
use std::fmt::Write;
use wasmparser::{KnownCustom, Name, Parser, Payload};

/// How many crates get a row of their own; the rest are summed as "(others)".
const ROWS: usize = 16;

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
pub fn per_crate(out: &mut String, name: &str, bytes: &[u8]) -> Result<(), String> {
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
    for (krate, size) in rows.iter().take(ROWS) {
        share_row(out, krate, *size, total);
    }
    let rest: usize = rows.iter().skip(ROWS).map(|(_, size)| size).sum();
    if rest > 0 {
        share_row(out, "(others)", rest, total);
    }
    Ok(())
}

fn share_row(out: &mut String, label: &str, size: usize, total: usize) {
    let share = size as f64 * 100.0 / total.max(1) as f64;
    let _ = writeln!(out, "  {label:<48} {size:>9} bytes  {share:>5.1}%");
}
