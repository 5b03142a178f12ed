//! PostgreSQL's quicksort (`src/include/lib/sort_template.h`), step for step.
//!
//! Building a unique index raises at the first comparison of two equal keys, so which
//! duplicate PostgreSQL reports depends on the order in which its sort compares rows.
//! Reproducing that order means sorting exactly as PostgreSQL does: insertion sort
//! below 7 elements, a presorted check, median-of-three (ninther above 40) pivots and
//! Bentley–McIlroy three-way partitioning.

use std::cmp::Ordering;

type Cmp<'a, T, E> = &'a mut dyn FnMut(&T, &T) -> Result<Ordering, E>;

/// Sorts `v` with `cmp`, stopping at the first error the comparator returns.
pub fn sort<T, E>(v: &mut [T], cmp: Cmp<T, E>) -> Result<(), E> {
    sort_range(v, 0, v.len(), cmp)
}

fn med3<T, E>(v: &[T], a: usize, b: usize, c: usize, cmp: Cmp<T, E>) -> Result<usize, E> {
    Ok(if cmp(&v[a], &v[b])? == Ordering::Less {
        if cmp(&v[b], &v[c])? == Ordering::Less {
            b
        } else if cmp(&v[a], &v[c])? == Ordering::Less {
            c
        } else {
            a
        }
    } else if cmp(&v[b], &v[c])? == Ordering::Greater {
        b
    } else if cmp(&v[a], &v[c])? == Ordering::Less {
        a
    } else {
        c
    })
}

fn swap_n<T>(v: &mut [T], a: usize, b: usize, n: usize) {
    for i in 0..n {
        v.swap(a + i, b + i);
    }
}

fn sort_range<T, E>(v: &mut [T], mut lo: usize, mut n: usize, cmp: Cmp<T, E>) -> Result<(), E> {
    loop {
        if n < 7 {
            for pm in lo + 1..lo + n {
                let mut pl = pm;
                while pl > lo && cmp(&v[pl - 1], &v[pl])? == Ordering::Greater {
                    v.swap(pl, pl - 1);
                    pl -= 1;
                }
            }
            return Ok(());
        }
        let mut presorted = true;
        for pm in lo + 1..lo + n {
            if cmp(&v[pm - 1], &v[pm])? == Ordering::Greater {
                presorted = false;
                break;
            }
        }
        if presorted {
            return Ok(());
        }
        let mut pm = lo + n / 2;
        if n > 7 {
            let mut pl = lo;
            let mut pn = lo + n - 1;
            if n > 40 {
                let d = n / 8;
                pl = med3(v, pl, pl + d, pl + 2 * d, cmp)?;
                pm = med3(v, pm - d, pm, pm + d, cmp)?;
                pn = med3(v, pn - 2 * d, pn - d, pn, cmp)?;
            }
            pm = med3(v, pl, pm, pn, cmp)?;
        }
        v.swap(lo, pm);
        let (mut pa, mut pb) = (lo + 1, lo + 1);
        let (mut pc, mut pd) = (lo + n - 1, lo + n - 1);
        loop {
            while pb <= pc {
                let r = cmp(&v[pb], &v[lo])?;
                if r == Ordering::Greater {
                    break;
                }
                if r == Ordering::Equal {
                    v.swap(pa, pb);
                    pa += 1;
                }
                pb += 1;
            }
            while pb <= pc {
                let r = cmp(&v[pc], &v[lo])?;
                if r == Ordering::Less {
                    break;
                }
                if r == Ordering::Equal {
                    v.swap(pc, pd);
                    pd -= 1;
                }
                pc -= 1;
            }
            if pb > pc {
                break;
            }
            v.swap(pb, pc);
            pb += 1;
            pc -= 1;
        }
        let pn = lo + n;
        let d1 = (pa - lo).min(pb - pa);
        swap_n(v, lo, pb - d1, d1);
        let d1 = (pd - pc).min(pn - pd - 1);
        swap_n(v, pb, pn - d1, d1);
        let d1 = pb - pa;
        let d2 = pd - pc;
        if d1 <= d2 {
            if d1 > 1 {
                sort_range(v, lo, d1, cmp)?;
            }
            if d2 <= 1 {
                return Ok(());
            }
            lo = pn - d2;
            n = d2;
        } else {
            if d2 > 1 {
                sort_range(v, pn - d2, d2, cmp)?;
            }
            if d1 <= 1 {
                return Ok(());
            }
            n = d1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_any_sort() {
        let mut seed = 7u64;
        for len in [0, 1, 5, 6, 7, 8, 20, 41, 100, 257] {
            let mut v: Vec<u64> = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    seed >> 58
                })
                .collect();
            let mut expected = v.clone();
            expected.sort();
            sort::<u64, ()>(&mut v, &mut |a, b| Ok(a.cmp(b))).unwrap();
            assert_eq!(v, expected, "len {len}");
        }
    }
}
