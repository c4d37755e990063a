//! "Did you mean": the charter word closest to each word that found nothing.

use fst::{IntoStreamer, Streamer};

use super::query::{max_edits, Unit};
use crate::format::{unpack, Kind, Posting};
use crate::fuzzy::{Damerau, MAX_LEN};
use crate::index::Index;
use crate::normalize::is_stop_word;

impl<'a> Index<'a> {
    /// "Did you mean": the query with each word the charter does not mention
    /// (`missing`, one bit per unit) replaced by its closest charter word —
    /// only when every such word has one: a guess that leaves a word the
    /// charter lacks ("gay marriage" → "gas marriage") corrects nothing.
    pub(super) fn suggest_units(&self, units: &[Unit], missing: u32) -> Option<String> {
        let mut changed = false;
        let mut words = Vec::new();
        for (i, u) in units.iter().enumerate() {
            match u {
                Unit::Term {
                    t,
                    optional: false,
                    exact: false,
                } if missing & (1 << i) != 0 => {
                    words.push(self.suggest_word(&t.surface)?);
                    changed = true;
                }
                Unit::Term { t, .. } => words.push(t.surface.clone()),
                Unit::Phrase(ws) => words.push(format!(
                    "\"{}\"",
                    ws.iter()
                        .map(|w| w.surface.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                )),
            }
        }
        changed.then(|| words.join(" "))
    }

    /// The charter word closest to `word`, within one edit more than search
    /// allows (at most two, and at most a third of the word), starting with
    /// the same two letters (a guess that changes how a word begins is a
    /// different word, not a typo); ties go to the more common word. The word
    /// is given as the charter spells it.
    pub fn suggest_word(&self, word: &str) -> Option<String> {
        let len = word.chars().count();
        if len < 3 || word.len() > MAX_LEN {
            return None;
        }
        // One edit more than search allows, but never more than a third of the
        // word: short words have too many neighbours to guess from.
        let edits = (max_edits(word) + 1).min((len / 3) as u8).min(2);
        if edits == 0 {
            return None;
        }
        let aut = Damerau::new(word.as_bytes(), edits, false);
        let first = word.as_bytes()[0];
        let mut best: Option<(u8, usize, String)> = None;
        // Only keys under the same first letter are walked.
        let mut stream = match first.checked_add(1) {
            Some(next) => self
                .map
                .search_with_state(&aut)
                .ge([first])
                .lt([next])
                .into_stream(),
            None => self.map.search_with_state(&aut).ge([first]).into_stream(),
        };
        while let Some((k, v, st)) = stream.next() {
            if k.first() != Some(&first) || k.get(1) != word.as_bytes().get(1) {
                continue;
            }
            let Ok(key) = std::str::from_utf8(k) else {
                continue;
            };
            if is_stop_word(key) || key == word {
                continue;
            }
            let (off, count) = unpack(v);
            let mut docs = 0;
            let mut last = u8::MAX;
            let mut at = None;
            for i in off..off + count {
                let p = Posting::decode(self.postings, i);
                if p.kind == Kind::Word && p.doc != last {
                    docs += 1;
                    last = p.doc;
                    at.get_or_insert((p.doc as usize, p.tok as usize));
                }
            }
            let Some((doc, tok)) = at else {
                continue;
            };
            let d = aut.state_distance(&st);
            let better = match &best {
                None => true,
                Some((bd, bdocs, _)) => d < *bd || (d == *bd && docs > *bdocs),
            };
            if better {
                // As the text spells it ("centre" is stored folded as "center").
                let spelled = self.spans[doc]
                    .get(tok)
                    .map(|sp| self.doc.clauses[doc].text[sp.start..sp.end].to_ascii_lowercase())
                    .unwrap_or_else(|| key.to_string());
                best = Some((d, docs, spelled));
            }
        }
        best.map(|b| b.2)
    }
}
