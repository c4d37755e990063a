//! A bounded Damerau–Levenshtein automaton for `fst` (optimal string alignment:
//! a swap of two neighbouring letters is one edit).
//!
//! `fst::automaton::Levenshtein` builds a DFA per query, which costs tens of
//! microseconds before the first key is visited. This automaton's state is the
//! current row of the edit-distance table (plus the previous row for swaps), so
//! there is nothing to build: each key byte costs one row update of at most
//! [`MAX_LEN`] cells, and `can_match` prunes every branch whose row minimum
//! exceeds the allowed distance. Distances are counted in bytes, which equals
//! characters for the folded ASCII vocabulary of the charter (a non-ASCII letter
//! counts as more than one edit, which only makes matching stricter).

use fst::Automaton;

/// Longest query term (in bytes) that fuzzy matching considers; longer terms are
/// matched exactly or by prefix only.
pub const MAX_LEN: usize = 24;

/// Matches keys within `max` edits of the query, or — in prefix mode — keys that
/// begin with something within `max` edits of the query.
#[derive(Debug, Clone)]
pub struct Damerau<'q> {
    q: &'q [u8],
    max: u8,
    prefix: bool,
}

/// The automaton's state: the last two rows of the edit-distance table.
#[derive(Debug, Clone)]
pub struct State {
    row: [u8; MAX_LEN + 1],
    prev: [u8; MAX_LEN + 1],
    last: u8,
    hit: bool,
    best: u8,
    /// Key bytes consumed so far.
    depth: u8,
}

impl<'q> Damerau<'q> {
    /// An automaton for `q` (at most [`MAX_LEN`] bytes; longer queries are cut)
    /// allowing `max` edits; `prefix` accepts keys that extend a close match.
    pub fn new(q: &'q [u8], max: u8, prefix: bool) -> Damerau<'q> {
        Damerau {
            q: &q[..q.len().min(MAX_LEN)],
            max,
            prefix,
        }
    }

    /// The distance reached in a matching state: for prefix mode the smallest
    /// distance of any prefix walked so far, otherwise the whole key's.
    pub fn state_distance(&self, st: &State) -> u8 {
        if self.prefix {
            st.best
        } else {
            st.row[self.q.len()]
        }
    }

    /// The distance of `key` from the query (or `None` above the bound); for
    /// prefix mode, the smallest distance of any prefix of `key`.
    pub fn distance(&self, key: &[u8]) -> Option<u8> {
        let mut st = self.start();
        let n = self.q.len();
        let mut best = st.row[n];
        for &b in key {
            st = self.accept(&st, b);
            best = best.min(st.row[n]);
        }
        let d = if self.prefix { best } else { st.row[n] };
        (d <= self.max).then_some(d)
    }
}

impl Automaton for Damerau<'_> {
    type State = State;

    fn start(&self) -> State {
        let mut row = [u8::MAX; MAX_LEN + 1];
        for (i, cell) in row.iter_mut().enumerate().take(self.q.len() + 1) {
            *cell = i as u8;
        }
        State {
            row,
            prev: [u8::MAX; MAX_LEN + 1],
            last: 0,
            hit: self.prefix && self.q.len() <= self.max as usize,
            best: self.q.len().min(255) as u8,
            depth: 0,
        }
    }

    fn is_match(&self, st: &State) -> bool {
        st.hit || st.row[self.q.len()] <= self.max
    }

    fn can_match(&self, st: &State) -> bool {
        st.hit || self.band(st.depth).any(|i| st.row[i] <= self.max)
    }

    fn will_always_match(&self, st: &State) -> bool {
        st.hit
    }

    fn accept(&self, st: &State, b: u8) -> State {
        let n = self.q.len();
        let j = st.depth.saturating_add(1);
        let mut row = [u8::MAX; MAX_LEN + 1];
        // A cell (i, j) is at least |i - j|, so only the band |i - j| <= max
        // can ever be within the bound: the rest stay at "too far".
        row[0] = if j <= self.max { j } else { u8::MAX };
        for i in self.band(j).filter(|&i| i > 0) {
            let cost = u8::from(self.q[i - 1] != b);
            let mut v = st.row[i]
                .saturating_add(1)
                .min(row[i - 1].saturating_add(1))
                .min(st.row[i - 1].saturating_add(cost));
            if i > 1 && self.q[i - 1] == st.last && self.q[i - 2] == b {
                v = v.min(st.prev[i - 2].saturating_add(1));
            }
            row[i] = v;
        }
        State {
            hit: st.hit || (self.prefix && row[n] <= self.max),
            best: st.best.min(row[n]),
            prev: st.row,
            row,
            last: b,
            depth: j,
        }
    }
}

impl Damerau<'_> {
    /// Row cells that can still be within the bound after `depth` key bytes.
    fn band(&self, depth: u8) -> std::ops::RangeInclusive<usize> {
        let (d, k) = (depth as usize, self.max as usize);
        d.saturating_sub(k)..=(d + k).min(self.q.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dist(q: &str, k: &str, max: u8) -> Option<u8> {
        Damerau::new(q.as_bytes(), max, false).distance(k.as_bytes())
    }

    #[test]
    fn counts_edits() {
        assert_eq!(dist("nuclear", "nuclear", 2), Some(0));
        assert_eq!(dist("nucelar", "nuclear", 2), Some(1), "a swap is one edit");
        assert_eq!(dist("minrals", "minerals", 2), Some(1));
        assert_eq!(dist("terrorsm", "terrorism", 2), Some(1));
        assert_eq!(dist("nakchivan", "nakhchivan", 2), Some(1));
        assert_eq!(dist("abc", "xyz", 2), None);
        assert_eq!(dist("", "ab", 2), Some(2));
    }

    #[test]
    fn prefix_mode() {
        let a = Damerau::new(b"nakhch", 1, true);
        assert_eq!(a.distance(b"nakhchivan"), Some(0));
        let a = Damerau::new(b"nakchi", 1, true);
        assert_eq!(a.distance(b"nakhchivan"), Some(1));
        assert_eq!(a.distance(b"nation"), None);
    }

    #[test]
    fn walks_an_fst() {
        use fst::{IntoStreamer, Set, Streamer};
        let set = Set::from_iter(["mineral", "minerals", "nation", "nations", "nuclear"]).unwrap();
        let mut s = set.search(Damerau::new(b"minrals", 1, false)).into_stream();
        let mut got = vec![];
        while let Some(k) = s.next() {
            got.push(String::from_utf8(k.to_vec()).unwrap());
        }
        assert_eq!(got, vec!["minerals"]);
    }
}
#[cfg(test)]
mod prune_tests {
    use super::*;
    use fst::Automaton;

    #[test]
    fn prunes_far_branches() {
        let a = Damerau::new(b"cryptocurrency", 2, false);
        let mut st = a.start();
        for &b in b"zzz" {
            st = a.accept(&st, b);
        }
        assert!(
            !a.can_match(&st),
            "three wrong letters cannot be within two edits"
        );
        let mut st = a.start();
        for &b in b"cry" {
            st = a.accept(&st, b);
        }
        assert!(a.can_match(&st));
    }
}
