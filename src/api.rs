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

/// A plain JS object from (key, value) pairs.
fn obj(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

fn text(s: &str) -> JsValue {
    JsValue::from_str(s)
}

fn maybe(s: Option<&str>) -> JsValue {
    s.map_or(JsValue::NULL, JsValue::from_str)
}

fn list<I: IntoIterator<Item = JsValue>>(items: I) -> JsValue {
    items.into_iter().collect::<js_sys::Array>().into()
}

/// The whole document (clauses, sections, metadata) as one object, read once
/// by the JS wrapper, which shapes it for programs (`buildDocument` in
/// js/api.js). Built by hand rather than through serde: a fifth of the size.
#[wasm_bindgen(js_name = documentRaw)]
pub fn document_raw() -> Result<JsValue, JsError> {
    let d = idx()?.document();
    let m = &d.metadata;
    Ok(obj(&[
        (
            "clauses",
            list(d.clauses.iter().map(|c| {
                obj(&[
                    ("id", text(c.id)),
                    ("section", text(c.section)),
                    ("number", maybe(c.number)),
                    ("text", text(c.text)),
                    ("tags", list(c.tags.iter().map(|t| text(t)))),
                ])
            })),
        ),
        (
            "sections",
            list(d.sections.iter().map(|s| {
                obj(&[
                    ("id", text(s.id)),
                    ("title", text(s.title)),
                    ("short_title", text(s.short_title)),
                    ("lead_in", maybe(s.lead_in)),
                ])
            })),
        ),
        (
            "metadata",
            obj(&[
                ("title", text(m.title)),
                ("short_title", text(m.short_title)),
                ("parties", list(m.parties.iter().map(|p| text(p)))),
                ("signed_date", text(m.signed_date)),
                ("signed_label", text(m.signed_label)),
                ("signed_place", text(m.signed_place)),
                (
                    "signatories",
                    list(
                        m.signatories
                            .iter()
                            .map(|s| obj(&[("name", text(s.name)), ("role", text(s.role))])),
                    ),
                ),
                (
                    "timeline",
                    list(m.timeline.iter().map(|t| {
                        obj(&[
                            ("date", text(t.date)),
                            ("date_label", text(t.date_label)),
                            ("text", text(t.text)),
                        ])
                    })),
                ),
                ("source", text(m.source)),
            ]),
        ),
    ]))
}
