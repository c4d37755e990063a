//! Typos: one walk of the dictionary with the banded Damerau–Levenshtein
//! automaton (no DFA built per keystroke).

use fst::automaton::Automaton;
use fst::{IntoStreamer, Streamer};

use super::matching::{TYPO, W_FUZZY};
use super::query::QTerm;
use super::Scratch;
use crate::format::is_surface;
use crate::fuzzy::Damerau;
use crate::index::Index;

impl<'a> Index<'a> {
    /// One walk of the dictionary for words within `edits` of the term; with
    /// `same_first`, only under the term's first letter. True if any matched.
    pub(super) fn fuzzy_pass(
        &self,
        t: &QTerm,
        edits: u8,
        prefix: bool,
        same_first: bool,
        unit: u8,
        s: &mut Scratch,
    ) -> bool {
        let q = t.surface.as_bytes();
        let aut = Damerau::new(q, edits, prefix);
        let whole = Damerau::new(q, edits, false);
        let builder = self.map.search_with_state(&aut);
        let mut stream = match (same_first, q.first().and_then(|f| f.checked_add(1))) {
            (true, Some(next)) => builder.ge(&q[..1]).lt([next]).into_stream(),
            _ => builder.into_stream(),
        };
        let mut any = false;
        // Typos are measured against real words, not stems ("tran" of "trans").
        while let Some((k, v, st)) = stream.next() {
            if !is_surface(v) || !aut.is_match(&st) {
                continue;
            }
            // In prefix mode, a key shorter than the query must match whole.
            if k.len() + 1 < q.len() && whole.distance(k).is_none() {
                continue;
            }
            let d = aut.state_distance(&st).min(2) as usize;
            any |= self.add_entry(v, W_FUZZY[d], unit, TYPO, s);
        }
        any
    }
}
