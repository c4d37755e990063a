//! The search API exported to JavaScript. The JS wrapper (`js/api.js`) turns
//! these compact answers into typed objects; keeping the boundary to one typed
//! array per call is what makes a query cost microseconds from JS.

use charter_core::{Clause, Metadata, SearchOptions, Section};
use wasm_bindgen::prelude::*;

use crate::check::{self, Code, Problem};

fn query_problem(e: charter_core::QueryError) -> Problem {
    Problem {
        code: Code::UnknownSection,
        message: e.to_string(),
    }
}

/// The options of `searchRaw` and `explainRaw`: `{ section, limit, wording }`
/// (checked by `crate::check`, the same rules as the widget's).
fn search_options(options: &JsValue) -> Result<SearchOptions, JsValue> {
    check::options(options)?;
    Ok(SearchOptions {
        sections: check::sections(&check::field(options, "section"))?,
        limit: check::limit(&check::field(options, "limit"))?,
        wording: check::wording(&check::field(options, "wording"))?,
        ..Default::default()
    })
}

/// Runs a query. `options`: `{ section, limit, wording }`. Answer, as numbers:
/// `[total, truncated, n, then per result: clause index, score, complete, tag
/// count, tag indices…, highlight count, (start, end)…, related count, (start,
/// end)…]`, ranges in UTF-16 units of the clause's text (related: the clause's
/// words reached only through a related word of the query).
#[wasm_bindgen(js_name = searchRaw)]
pub fn search_raw(query: JsValue, options: JsValue) -> Result<Vec<f64>, JsValue> {
    let query = check::query(&query)?;
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
    let query = check::query(&query)?;
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
    Ok(obj(&[
        ("missing", list(r.missing.iter().map(|w| text(w)))),
        ("suggestion", maybe(r.suggestion.as_deref())),
        ("total", JsValue::from_f64(r.total as f64)),
        ("covered", JsValue::from_bool(covered)),
    ]))
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
    unfiltered(&check::query(query)?)
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
    let id = check::clause_id(&id)?;
    Ok(check::index()?.clause_index(id.trim()).map(|i| i as u32))
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

fn clause_js(c: &Clause<'_>) -> JsValue {
    let tags = list(c.tags.iter().map(|t| text(t)));
    let number = maybe(c.number);
    obj(&[
        ("id", text(c.id)),
        ("section", text(c.section)),
        ("number", number),
        ("text", text(c.text)),
        ("tags", tags),
        ("wording", text(c.lens.firmness.name())),
        (
            "wording_phrase",
            text(c.text.get(c.lens.phrase.0..c.lens.phrase.1).unwrap_or("")),
        ),
        ("binding", JsValue::from_bool(c.lens.binding.is_some())),
    ])
}

fn section_js(s: &Section<'_>) -> JsValue {
    let lead_in = maybe(s.lead_in);
    obj(&[
        ("id", text(s.id)),
        ("title", text(s.title)),
        ("short_title", text(s.short_title)),
        ("lead_in", lead_in),
    ])
}

fn metadata_js(m: &Metadata<'_>) -> JsValue {
    let signatories = m
        .signatories
        .iter()
        .map(|s| obj(&[("name", text(s.name)), ("role", text(s.role))]));
    let timeline = m.timeline.iter().map(|t| {
        obj(&[
            ("date", text(t.date)),
            ("date_label", text(t.date_label)),
            ("text", text(t.text)),
        ])
    });
    obj(&[
        ("title", text(m.title)),
        ("short_title", text(m.short_title)),
        ("parties", list(m.parties.iter().map(|p| text(p)))),
        ("signed_date", text(m.signed_date)),
        ("signed_label", text(m.signed_label)),
        ("signed_place", text(m.signed_place)),
        ("signatories", list(signatories)),
        ("timeline", list(timeline)),
        ("source", text(m.source)),
    ])
}

/// The whole document (clauses, sections, metadata) as one object, read once
/// by the JS wrapper, which shapes it for programs (`buildDocument` in
/// js/api.js). Built by hand rather than through serde: a fifth of the size.
#[wasm_bindgen(js_name = documentRaw)]
pub fn document_raw() -> Result<JsValue, JsValue> {
    let d = check::index()?.document();
    Ok(obj(&[
        ("clauses", list(d.clauses.iter().map(clause_js))),
        ("sections", list(d.sections.iter().map(section_js))),
        ("metadata", metadata_js(&d.metadata)),
    ]))
}
