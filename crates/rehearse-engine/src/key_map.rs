//! The positions holding each key of a unique index, for the row-by-row checks of
//! [`crate::rows::UniqueKeys`].
//!
//! Keys are looked up as the index compares them ([`Value::compare`]). A B-tree over
//! that order answers every key, but costs dozens of comparisons per lookup, which
//! dominated loading a 100k-row table with a primary key. So the map starts hashed:
//! while every key holds, position by position, the same kind of value among those
//! whose comparison is plain identity (integers, text, booleans, uuids), two keys are
//! equal exactly when their values are identical, and a hash lookup answers the same.
//! The first key outside that (a numeric, a timestamp, a different kind at a position)
//! moves every entry to the B-tree for good, so answers never depend on the mode.

use crate::value::Value;
use rustc_hash::{FxHashMap, FxHasher};
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

/// A unique index key, ordered as the index orders it, for lookups.
#[derive(Debug, Clone)]
pub(crate) struct OrdKey(pub(crate) Vec<Value>);

impl PartialEq for OrdKey {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for OrdKey {}
impl PartialOrd for OrdKey {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for OrdKey {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0
            .iter()
            .zip(&other.0)
            .map(|(a, b)| a.compare(b))
            .find(|o| o.is_ne())
            .unwrap_or_else(|| self.0.len().cmp(&other.0.len()))
    }
}

/// The kind of a value whose comparison is identity, or `None`.
fn identity_kind(v: &Value) -> Option<u8> {
    match v {
        Value::Int(_) => Some(0),
        Value::Text(_) => Some(1),
        Value::Bool(_) => Some(2),
        Value::Uuid(_) => Some(3),
        _ => None,
    }
}

/// A key's hash in the hashed mode. FxHash: unseeded, so runs are repeatable, and
/// several times cheaper than SipHash on these short keys (loading a 100k-row table
/// hashes every key once per INSERT statement). The keys are sample data, not an
/// attacker's: a crafted run of collisions only slows its own run.
fn hash_of(key: &OrdKey) -> u64 {
    let mut state = FxHasher::default();
    state.write_usize(key.0.len());
    for v in &key.0 {
        match v {
            Value::Int(i) => i.hash(&mut state),
            Value::Text(t) => t.hash(&mut state),
            Value::Bool(b) => b.hash(&mut state),
            Value::Uuid(u) => u.hash(&mut state),
            // Never in a hashed key (see `identity_kind`).
            _ => {}
        }
    }
    state.finish()
}

/// Keys sharing a hash, with their positions.
type Bucket = Vec<(OrdKey, Vec<usize>)>;

/// Keys to the row positions holding them (see the module documentation).
#[derive(Debug, Clone)]
pub(crate) enum KeyMap {
    /// Every key of identity kinds, `kinds` at each position (empty until the first),
    /// by hash: within a bucket `==` on the values is the index's equality.
    Hashed {
        kinds: Vec<u8>,
        entries: FxHashMap<u64, Bucket>,
    },
    /// Any keys, by the index's comparison.
    Ordered(BTreeMap<OrdKey, Vec<usize>>),
}

impl Default for KeyMap {
    fn default() -> Self {
        KeyMap::Hashed {
            kinds: Vec::new(),
            entries: FxHashMap::default(),
        }
    }
}

impl KeyMap {
    /// Whether `key` can live in the hashed map with `kinds` (empty: no key yet).
    fn fits(kinds: &[u8], key: &OrdKey) -> bool {
        let mut own = key.0.iter().map(identity_kind);
        if kinds.is_empty() {
            return own.all(|k| k.is_some());
        }
        key.0.len() == kinds.len() && own.zip(kinds).all(|(k, &want)| k == Some(want))
    }

    /// Moves every entry to the B-tree (for a key the hashed mode cannot hold).
    fn order(&mut self) {
        if let KeyMap::Hashed { entries, .. } = self {
            let ordered = std::mem::take(entries).into_values().flatten().collect();
            *self = KeyMap::Ordered(ordered);
        }
    }

    /// The positions holding a key equal to `key`.
    pub(crate) fn get(&self, key: &OrdKey) -> Option<&Vec<usize>> {
        match self {
            KeyMap::Hashed { kinds, entries } if Self::fits(kinds, key) => entries
                .get(&hash_of(key))?
                .iter()
                .find(|(k, _)| k.0 == key.0)
                .map(|(_, v)| v),
            // A key unlike those held: compared with each as the index compares.
            KeyMap::Hashed { entries, .. } => entries
                .values()
                .flatten()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v),
            KeyMap::Ordered(map) => map.get(key),
        }
    }

    /// The positions holding a key equal to `key`, to change.
    pub(crate) fn get_mut(&mut self, key: &OrdKey) -> Option<&mut Vec<usize>> {
        if let KeyMap::Hashed { kinds, .. } = self {
            if !Self::fits(kinds, key) {
                self.order();
            }
        }
        match self {
            KeyMap::Hashed { entries, .. } => entries
                .get_mut(&hash_of(key))?
                .iter_mut()
                .find(|(k, _)| k.0 == key.0)
                .map(|(_, v)| v),
            KeyMap::Ordered(map) => map.get_mut(key),
        }
    }

    /// Records that `pos` holds `key`.
    pub(crate) fn push(&mut self, key: OrdKey, pos: usize) {
        if let KeyMap::Hashed { kinds, entries } = self {
            if entries.is_empty() {
                kinds.clear();
            }
            if Self::fits(kinds, &key) {
                if kinds.is_empty() {
                    kinds.extend(key.0.iter().filter_map(identity_kind));
                }
                let bucket = entries.entry(hash_of(&key)).or_default();
                match bucket.iter_mut().find(|(k, _)| k.0 == key.0) {
                    Some((_, positions)) => positions.push(pos),
                    None => bucket.push((key, vec![pos])),
                }
                return;
            }
            self.order();
        }
        if let KeyMap::Ordered(map) = self {
            map.entry(key).or_default().push(pos);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(values: &[Value]) -> OrdKey {
        OrdKey(values.to_vec())
    }

    #[test]
    fn hashed_keys_find_equal_keys_only() {
        let mut map = KeyMap::default();
        map.push(key(&[Value::Int(1), Value::Text("a".into())]), 0);
        map.push(key(&[Value::Int(2), Value::Text("a".into())]), 1);
        map.push(key(&[Value::Int(1), Value::Text("a".into())]), 2);
        assert!(matches!(map, KeyMap::Hashed { .. }));
        assert_eq!(
            map.get(&key(&[Value::Int(1), Value::Text("a".into())])),
            Some(&vec![0, 2])
        );
        assert_eq!(
            map.get(&key(&[Value::Int(3), Value::Text("a".into())])),
            None
        );
        if let Some(list) = map.get_mut(&key(&[Value::Int(2), Value::Text("a".into())])) {
            list.retain(|&p| p != 1);
        }
        assert_eq!(
            map.get(&key(&[Value::Int(2), Value::Text("a".into())])),
            Some(&vec![])
        );
    }

    #[test]
    fn another_kind_moves_every_key_to_the_index_order() {
        use rust_decimal::Decimal;
        let mut map = KeyMap::default();
        map.push(key(&[Value::Int(1)]), 0);
        // A numeric 1.0 equals the integer 1 in the index's comparison: found either
        // way, before and after the move.
        let one = key(&[Value::Numeric(Decimal::new(10, 1))]);
        assert_eq!(map.get(&one), Some(&vec![0]));
        map.push(key(&[Value::Numeric(Decimal::new(25, 1))]), 1);
        assert!(matches!(map, KeyMap::Ordered(_)));
        assert_eq!(map.get(&one), Some(&vec![0]));
        assert_eq!(map.get(&key(&[Value::Int(1)])), Some(&vec![0]));
    }
}
