//! The search API exported to JavaScript. The JS wrapper (`js/api.js`) turns
//! these compact answers into typed objects; keeping the boundary to one typed
//! array per call is what makes a query cost microseconds from JS.

use charter_core::SearchOptions;
use wasm_bindgen::prelude::*;

use crate::check::{self, Code, Problem};
use crate::document::{to_js, Document, Explanation};
use crate::options;

fn query_problem(e: charter_core::QueryError) -> Problem {
    Problem {
        code: Code::UnknownSection,
        message: e.to_string(),
    }
}

/// The options of `searchRaw` and `explainRaw`: `{ section, limit, wording }`
/// (read by [`options::SearchOptions`], the same field types as the widget's).
fn search_options(options: &JsValue) -> Result<SearchOptions, JsValue> {
    Ok(options::SearchOptions::strict(options)?)
}

/// Runs a query. `options`: `{ section, limit, wording }`. Answer, as numbers:
/// `[total, truncated, n, then per result: clause index, score, complete, tag
/// count, tag indices…, highlight count, (start, end)…, related count, (start,
/// end)…]`, ranges in UTF-16 units of the clause's text (related: the clause's
/// words reached only through a related word of the query).
///
/// Why a packed array and not serde objects like the documents:
/// measured with bench/peers.mjs (alternating runs, 2-core machine under
/// load), results serialised through serde-wasm-bindgen took a keystroke p50
/// of 19.3 and 20.0 µs against 10.0 and 10.5 µs for this array (query p50
/// 19.3/16.8 against 11.3/11.3 µs): every field of every result is a call
/// into JavaScript, where js/api.js builds the objects from one array and the
/// document it already holds. The `SearchResult` type is therefore written by
/// hand in js/search.d.ts.
#[wasm_bindgen(js_name = searchRaw)]
pub fn search_raw(query: JsValue, options: JsValue) -> Result<Vec<f64>, JsValue> {
    let query = options::query(&query)?;
    let opts = search_options(&options)?;
    let index = check::index()?;
    let r = index.search(&query, &opts).map_err(query_problem)?;
    if !r.missing.is_empty() {
        crate::readers::want();
    }
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
        for ranges in [&h.highlights, &h.related] {
            out.push(ranges.len() as f64);
            for &(s, e) in ranges {
                out.push(f64::from(index.utf16_offset(h.index, s)));
                out.push(f64::from(index.utf16_offset(h.index, e)));
            }
        }
    }
    Ok(out)
}

/// What a query finds, for "Not in the charter: …" and "does not mention":
/// `{ missing, suggestion, total, covered }`. `options` as for `searchRaw`
/// (`limit` is checked and ignored). `missing`: the reader's words the
/// charter's text does not contain in any form, as typed; `total`: the
/// matches under the options; `covered`: false when some word is missing and
/// no clause of the whole charter (any section, any wording) matches — the
/// charter does not mention the topic.
#[wasm_bindgen(js_name = explainRaw)]
pub fn explain_raw(query: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let query = options::query(&query)?;
    let opts = SearchOptions {
        limit: Some(0),
        ..search_options(&options)?
    };
    let index = check::index()?;
    let r = index.search(&query, &opts).map_err(query_problem)?;
    if !r.missing.is_empty() {
        crate::readers::want();
    }
    // Anywhere in the charter: `section_counts` ignore the section filter,
    // not the wording one.
    let anywhere = |r: &charter_core::SearchResponse<'_>| r.section_counts.iter().any(|c| c.1 > 0);
    let covered = r.missing.is_empty()
        || anywhere(&r)
        || (opts.wording.is_some() && anywhere(&unfiltered(&query)?));
    to_js(&Explanation {
        missing: r.missing.iter().map(String::as_str).collect(),
        suggestion: r.suggestion.clone(),
        total: r.total as u32,
        covered,
    })
}

/// A query over every section and wording that keeps no results (for counts
/// and suggestions).
fn unfiltered(query: &str) -> Result<charter_core::SearchResponse<'static>, JsValue> {
    let opts = SearchOptions {
        sections: vec![],
        limit: Some(0),
        ..Default::default()
    };
    Ok(check::index()?
        .search(query, &opts)
        .map_err(query_problem)?)
}

/// [`unfiltered`] for a query from JavaScript.
fn summary(query: &JsValue) -> Result<charter_core::SearchResponse<'static>, JsValue> {
    unfiltered(&options::query(query)?)
}

/// Per-section match counts for a query, in document order.
#[wasm_bindgen(js_name = sectionCountsRaw)]
pub fn section_counts_raw(query: JsValue) -> Result<Vec<u32>, JsValue> {
    Ok(summary(&query)?
        .section_counts
        .iter()
        .map(|c| c.1 as u32)
        .collect())
}

/// "Did you mean": a corrected query when nothing matches, else `undefined`.
#[wasm_bindgen(js_name = suggestRaw)]
pub fn suggest_raw(query: JsValue) -> Result<Option<String>, JsValue> {
    Ok(summary(&query)?.suggestion)
}

/// The position of a clause by id ("iii.4" works too), or `undefined`.
#[wasm_bindgen(js_name = clauseIndexRaw)]
pub fn clause_index_raw(id: JsValue) -> Result<Option<u32>, JsValue> {
    let id = options::clause_id(&id)?;
    Ok(check::index()?.clause_index(id.trim()).map(|i| i as u32))
}

/// The whole document (clauses, sections, metadata) as one object, read once
/// by the JS wrapper, which freezes it (`buildDocument` in js/api.js).
#[wasm_bindgen(js_name = documentRaw)]
pub fn document_raw() -> Result<JsValue, JsValue> {
    to_js(&Document::new(check::index()?.document()))
}
