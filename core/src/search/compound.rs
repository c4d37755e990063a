//! Compounds and their parts: readers write "land mines" where the charter
//! writes "landmines", and "datacenters" where it writes "data centers". Both
//! are looked up in the charter's own dictionary, so no list is needed.

use super::query::{QTerm, Unit};
use crate::format::is_surface;
use crate::index::Index;
use crate::normalize::stem;

/// The shortest part of a compound that is split off or joined.
const MIN_PART: usize = 3;

impl<'a> Index<'a> {
    /// True when `term` is a word of the charter (as written, not a stem
    /// only) or a stem of one.
    fn known(&self, term: &str) -> bool {
        self.map.get(term).is_some_and(is_surface) || self.map.get(stem(term)).is_some()
    }

    /// Rewrites the query's units: two words that the charter writes as one
    /// become that word ("land mines" → "landmines"). A word that the charter
    /// writes as two is split only when it found nothing ([`Index::split`]).
    pub(super) fn compounds(&self, units: Vec<Unit>) -> Vec<Unit> {
        let mut out: Vec<Unit> = Vec::with_capacity(units.len());
        for unit in units {
            if let (
                Some(Unit::Term {
                    t: a,
                    optional: false,
                    exact: false,
                }),
                Unit::Term {
                    t: b,
                    optional: false,
                    exact: false,
                },
            ) = (out.last_mut(), &unit)
            {
                if let Some(joined) = self.join(a, b) {
                    *a = joined;
                    continue;
                }
            }
            out.push(unit);
        }
        out
    }

    /// "land" + "mines" → "landmines" (or "land" + "mine" → "landmines"),
    /// when the charter has the joined word as written.
    fn join(&self, a: &QTerm, b: &QTerm) -> Option<QTerm> {
        if a.prefix || a.surface.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        let mut surface = String::with_capacity(a.surface.len() + b.surface.len() + 1);
        surface.push_str(&a.surface);
        surface.push_str(&b.surface);
        let word = |w: &str| self.map.get(w).is_some_and(is_surface);
        if !word(&surface) {
            surface.push('s');
            if b.prefix || !word(&surface) {
                return None;
            }
        }
        Some(QTerm {
            raw: format!("{} {}", a.raw, b.raw),
            stem: stem(&surface),
            surface,
            prefix: b.prefix,
        })
    }

    /// "datacenters" → "data" "centers", when both parts are in the charter.
    /// Called only for a word that found nothing (as written, by stem or as
    /// the start of a longer word), so it is in no form in the charter.
    pub(super) fn split(&self, t: &QTerm) -> Option<Vec<QTerm>> {
        if t.surface.len() < 2 * MIN_PART || !t.surface.is_ascii() {
            return None;
        }
        (MIN_PART..=t.surface.len() - MIN_PART).find_map(|i| {
            let (head, tail) = t.surface.split_at(i);
            (self.map.get(head).is_some_and(is_surface) && self.known(tail)).then(|| {
                [head, tail]
                    .iter()
                    .map(|p| QTerm {
                        raw: t.raw.clone(),
                        surface: p.to_string(),
                        stem: stem(p),
                        prefix: false,
                    })
                    .collect()
            })
        })
    }
}
