//! One way to pack several small fields into a `u64` that sorts like the
//! tuple of its fields (the first field in the highest bits). Every sort in the
//! query path sorts plain u64 keys made here: one sort routine in the
//! WebAssembly instead of one per element type, and cheap comparisons on the
//! hot path. Occurrences, rank keys, highlight ranges and phrase positions all
//! use it.

/// Packs `(value, bits)` fields, most significant first; each value is cut to
/// its width. The widths must add up to at most 64.
#[inline]
pub(crate) fn pack<const N: usize>(fields: [(u64, u32); N]) -> u64 {
    let mut v = 0u64;
    for (x, bits) in fields {
        v = v.checked_shl(bits).unwrap_or(0) | (x & mask(bits));
    }
    v
}

/// Splits a key made by [`pack`] back into its fields (same widths, same order).
#[inline]
pub(crate) fn unpack<const N: usize>(mut v: u64, widths: [u32; N]) -> [u64; N] {
    let mut out = [0u64; N];
    for i in (0..N).rev() {
        out[i] = v & mask(widths[i]);
        v = v.checked_shr(widths[i]).unwrap_or(0);
    }
    out
}

#[inline]
const fn mask(bits: u32) -> u64 {
    if bits >= 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_order() {
        let a = pack([(3, 8), (70_000, 32), (5, 16)]);
        assert_eq!(unpack(a, [8, 32, 16]), [3, 70_000, 5]);
        // Sorts like the tuple: the first field decides, then the next.
        assert!(pack([(1, 8), (0, 32), (9, 16)]) < pack([(2, 8), (0, 32), (0, 16)]));
        assert!(pack([(1, 8), (5, 32), (9, 16)]) < pack([(1, 8), (6, 32), (0, 16)]));
        // Values are cut to their width rather than spilling into a neighbour.
        assert_eq!(unpack(pack([(0x1ff, 8), (1, 8)]), [8, 8]), [0xff, 1]);
        assert_eq!(
            unpack(
                pack([(u64::from(u32::MAX), 32), (u64::from(u32::MAX), 32)]),
                [32, 32]
            ),
            [u64::from(u32::MAX); 2]
        );
    }
}
