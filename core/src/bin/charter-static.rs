//! `charter-static`: prints the charter as static HTML with schema.org JSON-LD.
//! Producers paste it inside `<charter-explorer>`: readers without JavaScript
//! or WebAssembly (or when loading fails) still read the charter, search
//! engines index the clauses, and the widget replaces it once it runs.

use charter_core::builder::SourceData;
use charter_core::wording::Words;
use serde_json::json;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn main() {
    let data = SourceData::bundled().unwrap_or_else(|e| {
        eprintln!("charter-static: {e}");
        std::process::exit(1)
    });
    let doc = data.document().unwrap_or_else(|e| {
        eprintln!("charter-static: {e}");
        std::process::exit(1)
    });
    let m = &doc.metadata;
    let parts: Vec<_> = doc
        .clauses
        .iter()
        .map(|c| json!({"@type": "Legislation", "identifier": c.id, "name": format!("{} {}", m.short_title, c.id), "text": c.text}))
        .collect();
    let ld = json!({
        "@context": "https://schema.org",
        "@type": "Legislation",
        "name": m.title,
        "alternateName": m.short_title,
        "legislationDate": m.signed_date,
        "legislationType": "Strategic partnership charter",
        "spatialCoverage": ["Azerbaijan", "United States"],
        "locationCreated": m.signed_place,
        "hasPart": parts,
    });
    // "</" inside a script block would end it early.
    let ld = ld.to_string().replace("</", "<\\/");
    let mut out = String::new();
    out.push_str("<div class=\"charter-static\" lang=\"en\">\n");
    out.push_str(&format!(
        "<script type=\"application/ld+json\">{ld}</script>\n"
    ));
    out.push_str(&format!("<h2>{}</h2>\n", esc(m.short_title)));
    let words = Words::ENGLISH;
    out.push_str(&format!("<p>{}.</p>\n", esc(&words.signed(m))));
    for s in &doc.sections {
        out.push_str(&format!("<h3>{}</h3>\n", esc(&words.section_heading(s))));
        if let Some(l) = s.lead_in {
            out.push_str(&format!("<p>{}</p>\n", esc(l)));
        }
        for c in doc.clauses.iter().filter(|c| c.section == s.id) {
            let label = c.number.map(|n| format!("{n}. ")).unwrap_or_default();
            out.push_str(&format!(
                "<p data-clause=\"{}\">{}{}</p>\n",
                esc(c.id),
                esc(&label),
                esc(c.text)
            ));
        }
    }
    out.push_str("</div>\n");
    print!("{out}");
}
