//! Proximity: consecutive query terms found side by side rank higher.

use super::query::Unit;
use super::Occ;
use crate::format::Kind;
use crate::index::Index;

impl<'a> Index<'a> {
    /// A bonus for each pair of consecutive query terms found side by side.
    pub(super) fn proximity(&self, units: &[Unit], occs: &mut [u64], score: &mut [f32]) {
        if units.len() < 2 {
            return;
        }
        occs.sort_unstable();
        let mut i = 0;
        while i < occs.len() {
            let doc = Occ::unpack(occs[i]).doc;
            let mut j = i;
            while j < occs.len() && Occ::unpack(occs[j]).doc == doc {
                j += 1;
            }
            let spans = &self.spans[doc as usize];
            let group: Vec<Occ> = occs[i..j]
                .iter()
                .map(|&o| Occ::unpack(o))
                .filter(|o| o.kind != Kind::Tag)
                .collect();
            let pos_end = |o: &Occ| spans.get(o.tok as usize + o.extra as usize).map(|s| s.pos);
            let pos_start = |o: &Occ| spans.get(o.tok as usize).map(|s| s.pos);
            for u in 0..units.len().saturating_sub(1) {
                let (a, b) = (u as u8, u as u8 + 1);
                let near = group.iter().filter(|o| o.unit == a).any(|x| {
                    group.iter().filter(|o| o.unit == b).any(
                        |y| matches!((pos_end(x), pos_start(y)), (Some(e), Some(s)) if s == e + 1),
                    )
                });
                if near {
                    score[doc as usize] += 1.0;
                }
            }
            i = j;
        }
    }
}
