//! Which table lock modes conflict: PostgreSQL's `LockConflicts` table (lock.c, with
//! the modes of lockdefs.h), the same as "Table 13.2. Conflicting Lock Modes".
//! A process never conflicts with its own locks (lock.c subtracts them).

use crate::analysis::locks::LockMode;

/// Whether a lock in `a` and one in `b`, held or requested by two different
/// transactions, conflict. Symmetric.
pub fn conflicts(a: LockMode, b: LockMode) -> bool {
    use LockMode::*;
    let weaker_of = |x: LockMode, y: LockMode| if x <= y { (x, y) } else { (y, x) };
    let (weak, strong) = weaker_of(a, b);
    match weak {
        AccessShare => strong == AccessExclusive,
        RowShare => strong >= Exclusive,
        RowExclusive => strong >= Share,
        // SHARE UPDATE EXCLUSIVE conflicts with itself (two VACUUMs, two
        // CREATE INDEX CONCURRENTLY on one table).
        ShareUpdateExclusive => strong >= ShareUpdateExclusive,
        // SHARE is self-compatible: two CREATE INDEX at once.
        Share => strong >= ShareRowExclusive,
        ShareRowExclusive | Exclusive | AccessExclusive => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use LockMode::*;

    const ALL: [LockMode; 8] = [
        AccessShare,
        RowShare,
        RowExclusive,
        ShareUpdateExclusive,
        Share,
        ShareRowExclusive,
        Exclusive,
        AccessExclusive,
    ];

    #[test]
    fn the_table_is_postgresqls() {
        // Row by row as Table 13.2 prints it: an X where the modes conflict.
        let table = [
            "       X", // ACCESS SHARE
            "      XX", // ROW SHARE
            "    XXXX", // ROW EXCLUSIVE
            "   XXXXX", // SHARE UPDATE EXCLUSIVE
            "  XX XXX", // SHARE
            "  XXXXXX", // SHARE ROW EXCLUSIVE
            " XXXXXXX", // EXCLUSIVE
            "XXXXXXXX", // ACCESS EXCLUSIVE
        ];
        for (i, a) in ALL.iter().enumerate() {
            for (j, b) in ALL.iter().enumerate() {
                let expected = table[i].as_bytes()[j] == b'X';
                assert_eq!(conflicts(*a, *b), expected, "{a:?} vs {b:?}");
                assert_eq!(conflicts(*a, *b), conflicts(*b, *a));
            }
        }
    }
}
