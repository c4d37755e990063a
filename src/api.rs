//! The search API exported to JavaScript. The JS wrapper (`js/api.js`) turns
//! these compact answers into typed objects; keeping the boundary to one typed
//! array per call is what makes a query cost microseconds from JS.

use charter_core::{Index, SearchOptions};
use wasm_bindgen::prelude::*;

fn idx() -> Result<&'static Index<'static>, JsError> {
    crate::index().map_err(|e| JsError::new(&e.to_string()))
}

/// Section ids selected by a bit mask (bit i = i-th section; 0 = all).
fn sections_of(index: &Index<'_>, mask: u32) -> Vec<String> {
    index
        .sections()
        .iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, s)| s.id.to_string())
        .collect()
}

/// Runs a query. Answer, as numbers: `[total, truncated, n, then per result:
/// clause index, score, complete, tag count, tag indices…, highlight count,
/// (start, end)… in UTF-16 units]`.
#[wasm_bindgen(js_name = searchRaw)]
pub fn search_raw(query: &str, section_mask: u32, limit: u32) -> Result<Vec<f64>, JsError> {
    let index = idx()?;
    let opts = SearchOptions {
        sections: sections_of(index, section_mask),
        limit: (limit > 0).then_some(limit as usize),
    };
    let r = index
        .search(query, &opts)
        .map_err(|e| JsError::new(&e.to_string()))?;
    let mut out = Vec::with_capacity(3 + r.results.len() * 12);
    out.push(r.total as f64);
    out.push(if r.truncated { 1.0 } else { 0.0 });
    out.push(r.results.len() as f64);
    for h in &r.results {
        out.push(h.index as f64);
        out.push(f64::from(h.score));
        out.push(if h.complete { 1.0 } else { 0.0 });
        out.push(h.tags.len() as f64);
        for t in &h.tags {
            let i = h.clause.tags.iter().position(|x| x == t).unwrap_or(0);
            out.push(i as f64);
        }
        out.push(h.highlights.len() as f64);
        for &(s, e) in &h.highlights {
            out.push(f64::from(index.utf16_offset(h.index, s)));
            out.push(f64::from(index.utf16_offset(h.index, e)));
        }
    }
    Ok(out)
}

/// A query over every section that keeps no results (for counts and
/// suggestions).
fn summary(query: &str) -> Result<charter_core::SearchResponse<'static>, JsError> {
    let opts = SearchOptions {
        sections: vec![],
        limit: Some(0),
    };
    idx()?
        .search(query, &opts)
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Per-section match counts for a query, in document order.
#[wasm_bindgen(js_name = sectionCountsRaw)]
pub fn section_counts_raw(query: &str) -> Result<Vec<u32>, JsError> {
    Ok(summary(query)?
        .section_counts
        .iter()
        .map(|c| c.1 as u32)
        .collect())
}

/// "Did you mean": a corrected query when nothing matches, else `undefined`.
#[wasm_bindgen(js_name = suggestRaw)]
pub fn suggest_raw(query: &str) -> Result<Option<String>, JsError> {
    Ok(summary(query)?.suggestion)
}

/// The whole document (clauses, sections, metadata) as one object, read once
/// by the JS wrapper.
#[wasm_bindgen(js_name = documentRaw)]
pub fn document_raw() -> Result<JsValue, JsError> {
    let d = idx()?.document();
    serde_wasm_bindgen::to_value(d).map_err(|e| JsError::new(&e.to_string()))
}
