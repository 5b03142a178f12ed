//! Copy-on-write data with a version stamp, for the big parts of the database (a
//! table's rows) and of the report (a snapshot's rows).
//!
//! Cloning a [`Shared`] shares the data, so taking a transaction snapshot or copying
//! the database before a statement costs nothing per row; the first change through
//! `DerefMut` copies the data if another clone still holds it. Every change through
//! `DerefMut` gives the value a fresh [`Shared::version`], and clones keep theirs, so
//! two values with the same version hold the same data: a snapshot of rows whose
//! version it has seen before can be reused instead of taken again.
//!
//! Serialized, compared and read exactly as the data itself.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

static NEXT_VERSION: AtomicU64 = AtomicU64::new(1);

fn fresh_version() -> u64 {
    NEXT_VERSION.fetch_add(1, Ordering::Relaxed)
}

/// Copy-on-write `T` (see the module documentation).
pub struct Shared<T> {
    data: Arc<T>,
    version: u64,
}

impl<T> Shared<T> {
    /// Wraps `data` with a fresh version.
    pub fn new(data: T) -> Self {
        Shared {
            data: Arc::new(data),
            version: fresh_version(),
        }
    }

    /// Equal for two values holding the same data (clones with no change since).
    pub fn version(&self) -> u64 {
        self.version
    }
}

impl<T: Clone> Shared<T> {
    /// The data, copied only if a clone still shares it.
    pub fn into_inner(self) -> T {
        Arc::try_unwrap(self.data).unwrap_or_else(|shared| (*shared).clone())
    }
}

impl<E: Clone> Shared<Vec<E>> {
    /// Changes every element, `i` its position: in place (`in_place`) when no clone
    /// shares the data, else into a new vector built from the shared one (`copied`
    /// returns the changed copy). `DerefMut` would copy every element and then change
    /// it (an ADD COLUMN's push reallocating each row copied just before); this is one
    /// pass and one copy. `state` is lent to whichever runs. A fresh version either way.
    pub fn change_each<S>(
        &mut self,
        state: &mut S,
        mut in_place: impl FnMut(&mut S, usize, &mut E),
        mut copied: impl FnMut(&mut S, usize, &E) -> E,
    ) {
        self.version = fresh_version();
        match Arc::get_mut(&mut self.data) {
            Some(data) => {
                for (i, e) in data.iter_mut().enumerate() {
                    in_place(state, i, e);
                }
            }
            None => {
                let fresh = (self.data.iter().enumerate())
                    .map(|(i, e)| copied(state, i, e))
                    .collect();
                self.data = Arc::new(fresh);
            }
        }
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared {
            data: Arc::clone(&self.data),
            version: self.version,
        }
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.data
    }
}

impl<T: Clone> DerefMut for Shared<T> {
    fn deref_mut(&mut self) -> &mut T {
        self.version = fresh_version();
        Arc::make_mut(&mut self.data)
    }
}

impl<T> From<T> for Shared<T> {
    fn from(data: T) -> Self {
        Shared::new(data)
    }
}

impl<T: Default> Default for Shared<T> {
    fn default() -> Self {
        Shared::new(T::default())
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.data.fmt(f)
    }
}

impl<T: PartialEq> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.data, &other.data) || self.data == other.data
    }
}

impl<T: Serialize> Serialize for Shared<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.data.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Shared<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::deserialize(d).map(Shared::new)
    }
}

impl<'a, T> IntoIterator for &'a Shared<Vec<T>> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.data.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_until_changed() {
        let a = Shared::new(vec![1, 2, 3]);
        let mut b = a.clone();
        assert_eq!(a.version(), b.version());
        assert!(Arc::ptr_eq(&a.data, &b.data));
        b.push(4);
        assert_ne!(a.version(), b.version());
        assert_eq!(*a, vec![1, 2, 3]);
        assert_eq!(*b, vec![1, 2, 3, 4]);
        let v = b.version();
        b.push(5); // unshared now: changed in place, still a new version
        assert_ne!(b.version(), v);
        assert_eq!(serde_json::to_string(&b).unwrap(), "[1,2,3,4,5]");
    }

    #[test]
    fn change_each_copies_only_shared_data() {
        let a = Shared::new(vec![vec![1_usize], vec![2]]);
        let mut b = a.clone();
        let push = |_: &mut (), i: usize, r: &mut Vec<usize>| r.push(i);
        b.change_each(&mut (), push, |_, i, r| {
            let mut r = r.clone();
            r.push(i + 10);
            r
        });
        assert_eq!(*a, vec![vec![1], vec![2]]);
        assert_eq!(*b, vec![vec![1, 10], vec![2, 11]]);
        assert_ne!(a.version(), b.version());
        let v = b.version();
        b.change_each(&mut (), push, |_, _, _| unreachable!("b is not shared"));
        assert_eq!(*b, vec![vec![1, 10, 0], vec![2, 11, 1]]);
        assert_ne!(b.version(), v);
    }
}
