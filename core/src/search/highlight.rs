//! A result's highlights: the matched words' byte ranges, merged, and the
//! editorial tags that matched (shown apart from the text).

use super::pack::{pack, unpack};
use super::{Hit, Occ};
use crate::format::Kind;
use crate::index::Index;

impl<'a> Index<'a> {
    /// One ranked clause with its highlights (merged byte ranges of the text)
    /// and the editorial tags that matched.
    /// `own` has a bit for each query unit the clause matched by the charter's
    /// own words: related-word matches of the other units are listed in
    /// [`Hit::related`].
    pub(super) fn hit(
        &self,
        d: usize,
        score: f32,
        complete: bool,
        own: u32,
        occs: &[u64],
    ) -> Hit<'_> {
        let clause = &self.doc.clauses[d];
        let spans = &self.spans[d];
        let lo = occs.partition_point(|&o| (Occ::unpack(o).doc as usize) < d);
        let hi = occs.partition_point(|&o| (Occ::unpack(o).doc as usize) <= d);
        let mut ranges: Vec<u64> = Vec::new();
        let mut tags: Vec<&str> = Vec::new();
        let mut related: Vec<(usize, usize)> = Vec::new();
        for o in occs[lo..hi].iter().map(|&o| Occ::unpack(o)) {
            let by_related = matches!(o.kind, Kind::Related | Kind::Weak);
            if by_related && own & (1 << o.unit) != 0 {
                continue;
            }
            if o.kind == Kind::Tag {
                if let Some(t) = clause.tags.get(o.tok as usize) {
                    if !tags.contains(t) {
                        tags.push(t);
                    }
                }
            } else if let (Some(a), Some(b)) = (
                spans.get(o.tok as usize),
                spans.get(o.tok as usize + o.extra as usize),
            ) {
                let end = b.end.max(a.end);
                ranges.push(pack([(a.start as u64, 32), (end as u64, 32)]));
                if by_related {
                    let word = &clause.text[a.start..end];
                    if !related
                        .iter()
                        .any(|&(s, e)| clause.text[s..e].eq_ignore_ascii_case(word))
                    {
                        related.push((a.start, end));
                    }
                }
            }
        }
        // A related word inside a longer one ("explosive" of "explosive
        // remnants of war") is named once, by the longer; one the query says
        // itself ("nuclear" of "nuclear weapons") is no related word.
        if !related.is_empty() {
            let said: Vec<(usize, usize)> = occs[lo..hi]
                .iter()
                .map(|&o| Occ::unpack(o))
                .filter(|o| !matches!(o.kind, Kind::Related | Kind::Weak | Kind::Tag))
                .filter_map(|o| {
                    let a = spans.get(o.tok as usize)?;
                    let b = spans.get(o.tok as usize + o.extra as usize)?;
                    Some((a.start, b.end.max(a.end)))
                })
                .collect();
            let all = related.clone();
            related.retain(|&(s, e)| {
                !all.iter()
                    .any(|&(a, b)| a <= s && e <= b && (a, b) != (s, e))
                    && !said.iter().any(|&(a, b)| a < e && s < b)
            });
        }
        ranges.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
        for r in ranges {
            let [s, e] = unpack(r, [32, 32]).map(|x| x as usize);
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        Hit {
            clause,
            index: d,
            id: clause.id,
            section: clause.section,
            score,
            complete,
            highlights: merged,
            tags,
            note: None,
            related,
        }
    }
}
