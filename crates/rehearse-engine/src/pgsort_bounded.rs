//! PostgreSQL's bounded sort (`tuplesort.c`: `tuplesort_set_bound`, `make_bounded_heap`,
//! `sort_bounded_heap`), step for step.
//!
//! Under `ORDER BY ... LIMIT n [OFFSET m]` the Limit node tells the Sort below it that
//! only `n + m` rows are needed. Once more than twice that many rows have arrived,
//! tuplesort stops collecting them for quicksort and keeps the best `n + m` in a
//! binary heap instead. The heap keeps and orders tied rows differently from the
//! quicksort, so which of several tied rows a LIMIT keeps depends on reproducing the
//! heap exactly: its sift-up on insert, its replace-top, and its unheapify.

use std::cmp::Ordering;

type Cmp<'a, T, E> = &'a mut dyn FnMut(&T, &T) -> Result<Ordering, E>;

/// The first `bound` rows of `rows` in the order PostgreSQL's sort hands them to a
/// Limit that needs `bound` rows: quicksort when there are at most `2 * bound` rows
/// (tuplesort's switch-over heuristic), the bounded heap otherwise.
pub fn sort_bounded<T, E>(mut rows: Vec<T>, bound: usize, cmp: Cmp<T, E>) -> Result<Vec<T>, E> {
    if rows.len() <= bound.saturating_mul(2) {
        crate::pgsort::sort(&mut rows, cmp)?;
        rows.truncate(bound);
        return Ok(rows);
    }
    // `make_bounded_heap` reverses the sort direction so the largest kept row sits at
    // the root; the reversed comparison is the exact negation of the original.
    let mut heap = Heap {
        items: Vec::with_capacity(bound),
        cmp,
    };
    for row in rows {
        if heap.items.len() < bound {
            heap.insert(row)?;
        } else if (heap.cmp)(&row, &heap.items[0])?.reverse() != Ordering::Greater {
            // Not better than the worst row kept: discarded.
        } else {
            heap.items[0] = row;
            heap.sift_down(heap.items.len())?;
        }
    }
    heap.unheapify()?;
    Ok(heap.items)
}

/// The kept rows as a binary heap under the reversed order (worst row at the root).
struct Heap<'c, T, E> {
    items: Vec<T>,
    cmp: Cmp<'c, T, E>,
}

impl<T, E> Heap<'_, T, E> {
    /// `tuplesort_heap_insert`: the new row sifts up while it sorts before its parent.
    fn insert(&mut self, row: T) -> Result<(), E> {
        self.items.push(row);
        let mut j = self.items.len() - 1;
        while j > 0 {
            let i = (j - 1) >> 1;
            let (parent, child) = self.items.split_at(j);
            if (self.cmp)(&child[0], &parent[i])?.reverse() != Ordering::Less {
                break;
            }
            self.items.swap(i, j);
            j = i;
        }
        Ok(())
    }

    /// `tuplesort_heap_replace_top`'s sift: the row at the root moves down within the
    /// first `n` slots while a child sorts before it (the smaller child, the left one
    /// on a tie).
    fn sift_down(&mut self, n: usize) -> Result<(), E> {
        let mut i = 0;
        loop {
            let mut j = 2 * i + 1;
            if j >= n {
                break;
            }
            if j + 1 < n {
                let (a, b) = (&self.items[j], &self.items[j + 1]);
                if (self.cmp)(a, b)?.reverse() == Ordering::Greater {
                    j += 1;
                }
            }
            let (a, b) = (&self.items[i], &self.items[j]);
            if (self.cmp)(a, b)?.reverse() != Ordering::Greater {
                break;
            }
            self.items.swap(i, j);
            i = j;
        }
        Ok(())
    }

    /// `sort_bounded_heap`: repeatedly the root (the worst kept row) goes to the slot
    /// the shrinking heap frees at its end, and the last heap row replaces the root.
    fn unheapify(&mut self) -> Result<(), E> {
        let mut count = self.items.len();
        while count > 1 {
            count -= 1;
            self.items.swap(0, count);
            self.sift_down(count)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_smallest_rows_in_order() {
        let mut seed = 11u64;
        for (len, bound) in [(0, 1), (3, 1), (5, 2), (9, 4), (41, 3), (100, 7), (257, 1)] {
            let v: Vec<u64> = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    seed >> 59
                })
                .collect();
            let mut expected = v.clone();
            expected.sort();
            expected.truncate(bound);
            let got = sort_bounded::<u64, ()>(v, bound, &mut |a, b| Ok(a.cmp(b))).unwrap();
            assert_eq!(got, expected, "len {len} bound {bound}");
        }
    }

    #[test]
    fn ties_fall_as_in_the_heap() {
        // Ten rows all tied, LIMIT 3: the heap keeps the first three, then each later
        // row is discarded (not better than the root); unheapify orders them 1, 2, 0
        // (PGlite: `SELECT id FROM (SELECT g AS id, g/100 AS k FROM
        // generate_series(0,9) g) t ORDER BY k LIMIT 3` gives 1, 2, 0).
        let got =
            sort_bounded::<(u8, usize), ()>((0..10).map(|i| (0u8, i)).collect(), 3, &mut |a, b| {
                Ok(a.0.cmp(&b.0))
            })
            .unwrap();
        assert_eq!(got.iter().map(|r| r.1).collect::<Vec<_>>(), vec![1, 2, 0]);
    }
}
