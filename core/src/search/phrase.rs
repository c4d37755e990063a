//! Quoted phrases: the words must stand next to each other, in order.

use super::pack::{pack, unpack};
use super::query::QTerm;
use super::Occ;
use crate::format::{unpack as postings, Kind, Posting};
use crate::index::Index;

impl<'a> Index<'a> {
    /// Clauses where the phrase's words stand in order, next to each other.
    pub(super) fn match_phrase(
        &self,
        words: &[QTerm],
        unit: u8,
        occs: &mut Vec<u64>,
    ) -> Vec<(usize, f32)> {
        const TEXT: &[Kind] = &[Kind::Word, Kind::Stem];
        let n = self.doc.clauses.len();
        // Per word: (doc, pos, tok) of every occurrence, packed to sort as u64,
        // and the word's idf.
        const WIDTHS: [u32; 3] = [16, 32, 16];
        let pack3 = |doc: u8, pos: u32, tok: u16| {
            pack([
                (u64::from(doc), 16),
                (u64::from(pos), 32),
                (u64::from(tok), 16),
            ])
        };
        let unpack3 = |v: u64| {
            let [doc, pos, tok] = unpack(v, WIDTHS);
            (doc as u8, pos as u32, tok as u16)
        };
        let mut lists: Vec<Vec<u64>> = Vec::with_capacity(words.len());
        let mut idf_sum = 0f32;
        for w in words {
            let mut list = Vec::new();
            for key in [&w.surface, &w.stem] {
                if let Some(v) = self.map.get(key) {
                    let (off, count) = postings(v);
                    for i in off..off + count {
                        let p = Posting::decode(self.postings, i);
                        if TEXT.contains(&p.kind) {
                            if let Some(sp) = self.spans[p.doc as usize].get(p.tok as usize) {
                                list.push(pack3(p.doc, sp.pos, p.tok));
                            }
                        }
                    }
                }
            }
            list.sort_unstable();
            list.dedup();
            let mut docs: Vec<u8> = list.iter().map(|&x| unpack3(x).0).collect();
            docs.dedup();
            let df = docs.len() as f32;
            idf_sum += (1.0 + (n as f32 - df + 0.5) / (df + 0.5)).ln();
            lists.push(list);
        }
        let mut out: Vec<(usize, f32)> = Vec::new();
        let Some(first) = lists.first() else {
            return out;
        };
        for (doc, pos, tok) in first.iter().map(|&x| unpack3(x)) {
            let mut toks = vec![tok];
            let ok = lists[1..].iter().enumerate().all(|(k, l)| {
                let want = pos + k as u32 + 1;
                match l
                    .iter()
                    .map(|&x| unpack3(x))
                    .find(|x| x.0 == doc && x.1 == want)
                {
                    Some(x) => {
                        toks.push(x.2);
                        true
                    }
                    None => false,
                }
            });
            if ok {
                for t in toks {
                    occs.push(
                        Occ {
                            doc,
                            unit,
                            kind: Kind::Word,
                            tok: t,
                            extra: 0,
                        }
                        .pack(),
                    );
                }
                match out.last_mut() {
                    Some(last) if last.0 == doc as usize => last.1 += 0.5,
                    _ => out.push((doc as usize, idf_sum * 1.5)),
                }
            }
        }
        out
    }
}
