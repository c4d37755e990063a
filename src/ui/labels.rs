//! Every word the widget shows, replaceable through the `labels` attribute (a
//! JSON object), so a site can translate the interface.
//!
//! The keys are listed once, in [`labels!`] below: the struct, its defaults,
//! [`Labels::KEYS`] (which the JS types and the README are checked against)
//! and the merge of a site's overrides all come from that list.

use charter_core::lens::Firmness;
use charter_core::wording::{fill, Words};

use super::lang::Lang;
use leptos::prelude::*;

/// One label as reactive text or attribute value. Every call returns the same
/// closure type, so the widget compiles one renderer for all its labels
/// rather than one per label (a closure written at each use is a type of its
/// own, and each would get its own copy of Leptos' text and attribute code).
pub fn label(
    l: RwSignal<Labels>,
    pick: fn(&Labels) -> &String,
) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || pick(&l.read()).clone()
}

/// Declares the labels, once each: a doc comment, then `key: default,`.
macro_rules! labels {
    ($($(#[doc = $doc:literal])* $key:ident: $default:expr,)*) => {
        /// UI strings. `{n}`, `{q}`, `{s}`, `{place}`, `{date}` are filled in where shown.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Labels {
            $($(#[doc = $doc])* pub $key: String,)*
        }

        impl Default for Labels {
            /// Filled from one table in a loop: one copy of the code for all
            /// the keys rather than one per key.
            fn default() -> Self {
                let mut l = Labels { $($key: String::new(),)* };
                for (k, d) in Self::KEYS.iter().zip(Self::DEFAULTS) {
                    if let Some(f) = l.field_mut(k) {
                        *f = (*d).to_string();
                    }
                }
                l
            }
        }

        impl Labels {
            /// Every label key, in declaration order.
            pub const KEYS: &'static [&'static str] = &[$(stringify!($key)),*];

            /// The English defaults, in the order of [`Labels::KEYS`].
            const DEFAULTS: &'static [&'static str] = &[$($default),*];

            /// A label's English default.
            pub fn english(key: &str) -> Option<&'static str> {
                Self::KEYS.iter().position(|k| *k == key).map(|i| Self::DEFAULTS[i])
            }

            fn field_mut(&mut self, key: &str) -> Option<&mut String> {
                match key {
                    $(stringify!($key) => Some(&mut self.$key),)*
                    _ => None,
                }
            }

            /// A label by key.
            #[cfg(test)]
            pub fn get(&self, key: &str) -> Option<&String> {
                match key {
                    $(stringify!($key) => Some(&self.$key),)*
                    _ => None,
                }
            }
        }
    };
}

labels! {
    /// Small line above the title.
    kicker: "Azerbaijan – United States",
    /// The widget's title.
    title: "Strategic Partnership Charter",
    /// Signing line: `{place}`, `{date}`.
    signed: Words::ENGLISH.signed,
    /// Month names, January to December, separated by spaces (in the form a
    /// date takes: Russian genitive).
    months: "January February March April May June July August September October November December",
    /// A date: `{d}` (day), `{month}`, `{y}`.
    date_long: "{d} {month} {y}",
    /// Search field label.
    search: "Search the charter",
    /// Search field placeholder.
    placeholder: "Search the charter — try “energy” or “demining”",
    /// Clear button.
    clear: "Clear",
    /// "All" chip.
    all: "All",
    /// Section filter group name.
    filter: "Filter by section",
    /// Button that drops the section filter.
    show_all: "Show all sections",
    /// Result count, one.
    count_one: Words::ENGLISH.count_one,
    /// Result count, other: `{n}`.
    count_other: Words::ENGLISH.count_other,
    /// Result count in a language's "few" plural form (Russian: 2–4): `{n}`.
    count_few: Words::ENGLISH.count_other,
    /// Result count in a language's "many" plural form (Russian: 5–20): `{n}`.
    count_many: Words::ENGLISH.count_other,
    /// Heading above clauses that match only some words.
    partial: "Mentioning some of your words",
    /// Zero results: `{q}` (the words the charter does not mention).
    no_results: "The charter does not mention “{q}”.",
    /// Zero results in the chosen sections while others have some: `{q}`, `{n}`.
    no_results_here: "No clause in this section mentions “{q}”; {n} in other sections.",
    /// Zero results under the wording filter while other clauses match: `{q}`, `{w}` (the wording tag).
    no_results_wording: "No “{w}” clause mentions “{q}”.",
    /// Some words of the query are not in the charter, while clauses match
    /// the others: shown before those words (struck through) and announced.
    not_in_charter: "Not in the charter:",
    /// While the related words load for a query that found nothing yet.
    loading_related: "Looking for related words…",
    /// Mark on a result found through a related word: `{w}` (the charter's words).
    related: "related: {w}",
    /// What the related mark means, for screen readers: `{w}`.
    related_note: "Found through a word related to yours; the charter says “{w}”.",
    /// Suggestion: `{s}` becomes a button.
    did_you_mean: "Did you mean {s}?",
    /// The query was cut.
    truncated: "Your search was shortened.",
    /// Shown beside tags that matched.
    topic: "Topic",
    /// "Copy citation".
    copy_citation: "Copy citation",
    /// "Copy link".
    copy_link: "Copy link",
    /// Confirmation after copying.
    copied: "Copied",
    /// When the clipboard is unavailable.
    copy_failed: "Copy failed — select the text and copy it",
    /// Previous clause.
    previous: "Previous",
    /// Next clause.
    next: "Next",
    /// Back to results.
    back: "Back to results",
    /// About button.
    about: "About",
    /// About panel heading.
    about_title: "About this charter",
    /// Note that marks editorial context.
    context_note: "Context from the news article — not part of the charter’s text.",
    /// In About: the charter's text is the official English one.
    official_text: "The charter’s text is the official English text.",
    /// Close (the about panel).
    close: "Close",
    /// "Section".
    section: Words::ENGLISH.section,
    /// "paragraph".
    paragraph: Words::ENGLISH.paragraph,
    /// "opening paragraph" (unnumbered paragraphs before numbered items).
    opening_paragraph: Words::ENGLISH.opening_paragraph,
    /// "Preamble".
    preamble: Words::ENGLISH.preamble,
    /// Announced when a clause opens: `{place}`.
    opened: "Opened {place}",
    /// Browse mode heading.
    browse: "The full charter",
    /// Signatories line heading.
    signatories: "Signed by",
    /// "para." in copied citations.
    cite_paragraph: Words::ENGLISH.cite_paragraph,
    /// "opening para." in copied citations.
    cite_opening_paragraph: Words::ENGLISH.cite_opening_paragraph,
    /// Name of the previous/next clause navigation (for screen readers).
    clause_nav: "Clauses",
    /// Status while the search engine is still on its way (shown by the static view in js/embed.js, before any WebAssembly runs).
    loading: "Loading search…",
    /// The wording lens: group name of its filter buttons.
    wording: "How firm is the wording?",
    /// No clause uses binding words.
    binding_none: Words::ENGLISH.binding_none,
    /// Some clauses use binding words: `{n}`, `{total}`, `{w}`.
    binding_some: Words::ENGLISH.binding_some,
    /// Wording tag: binding words ("shall", "agree to").
    wording_binds: "binding",
    /// Wording tag: "aim to".
    wording_aims: "aims to",
    /// Wording tag: "intent to".
    wording_intent: "expresses intent",
    /// Wording tag: "may".
    wording_may: "may",
    /// Wording tag: "reaffirm".
    wording_reaffirms: "reaffirms",
    /// Wording tag: none of the others.
    wording_states: "states",
    /// Label above an editors' note: `{by}`.
    note_from: "Note from {by}",
    /// Who wrote notes that name no desk.
    note_by: "the editors",
    /// Marker on results and rows that carry a note.
    note_marker: "Note",
    /// Heading above results found only in editors' notes: `{by}`.
    note_matches: "Found in notes from {by}, not in the charter",
    /// A note's link.
    note_link: "Read more",
    /// The charter map's name.
    map: "Map of the charter",
    /// A map tile's name: `{id}`.
    map_tile: "{id}",
    /// A map tile that matches the search: `{id}`.
    map_tile_match: "{id}, matches",
    /// In a narrow widget: the button that unfolds the map and the wording lens.
    overview: "Map and wording",
    /// The share button (the current search, or the open clause).
    share: "Share",
    /// After the system's share sheet took the link.
    shared: "Shared",
    /// After the link was copied (no share sheet in this browser).
    link_copied: "Link copied",
    /// The text shared with a search's link: `{q}` (the search), `{title}`.
    share_search: "“{q}” in the {title}",
}

impl Labels {
    /// The defaults with a site's overrides applied, and the override keys
    /// that name no label (ignored; the caller reports them once).
    pub fn merge<I: IntoIterator<Item = (String, String)>>(over: I) -> (Labels, Vec<String>) {
        let mut labels = Labels::default();
        let mut unknown = Vec::new();
        for (k, v) in over {
            match labels.field_mut(&k) {
                Some(f) => *f = v,
                None => unknown.push(k),
            }
        }
        (labels, unknown)
    }

    /// The words [`charter_core::wording`] puts around ids and titles.
    pub fn words(&self) -> Words<'_> {
        Words {
            section: &self.section,
            preamble: &self.preamble,
            paragraph: &self.paragraph,
            opening_paragraph: &self.opening_paragraph,
            cite_paragraph: &self.cite_paragraph,
            cite_opening_paragraph: &self.cite_opening_paragraph,
            count_one: &self.count_one,
            count_other: &self.count_other,
            signed: &self.signed,
            binding_none: &self.binding_none,
            binding_some: &self.binding_some,
        }
    }

    /// "1 clause" / "6 clauses", by the language's plural rules.
    pub fn count(&self, n: usize, lang: Lang) -> String {
        let t = match lang.plural(n).as_str() {
            "one" => &self.count_one,
            "few" => &self.count_few,
            "many" => &self.count_many,
            _ => &self.count_other,
        };
        fill(t, &[("n", &n.to_string())])
    }

    /// The language's labels in place of the English defaults; labels a
    /// site set itself (any value but the default) stay. True when a label
    /// changed.
    pub fn localize(&mut self, lang: Lang) -> bool {
        let mut changed = false;
        for (k, v) in lang.pack() {
            let english = Labels::english(k);
            if let Some(f) = self.field_mut(k) {
                if english == Some(f.as_str()) && f != v {
                    *f = (*v).to_string();
                    changed = true;
                }
            }
        }
        changed
    }

    /// A `YYYY-MM-DD` date in the labels' words ("10 February 2026", "10
    /// fevral 2026", "10 февраля 2026 г."); None when it is not such a date.
    pub fn long_date(&self, iso: &str) -> Option<String> {
        let mut parts = iso.splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        let m: usize = m.parse().ok()?;
        let d: u32 = d.parse().ok()?;
        let month = self.months.split_whitespace().nth(m.checked_sub(1)?)?;
        (y.len() == 4 && (1..=31).contains(&d)).then(|| {
            fill(
                &self.date_long,
                &[("d", &d.to_string()), ("month", month), ("y", y)],
            )
        })
    }

    /// The signing line, its date in the labels' words.
    pub fn signed_line(&self, m: &charter_core::model::Metadata<'_>) -> String {
        let date = self
            .long_date(m.signed_date)
            .unwrap_or_else(|| m.signed_label.to_string());
        fill(&self.signed, &[("place", m.signed_place), ("date", &date)])
    }

    /// A wording kind's tag text.
    pub fn firmness(&self, f: Firmness) -> &str {
        match f {
            Firmness::Binds => &self.wording_binds,
            Firmness::Aims => &self.wording_aims,
            Firmness::Intent => &self.wording_intent,
            Firmness::May => &self.wording_may,
            Firmness::Reaffirms => &self.wording_reaffirms,
            Firmness::States => &self.wording_states,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn merge_applies_known_keys_and_names_unknown_ones() {
        let over = BTreeMap::from([
            ("search".to_string(), "Axtar".to_string()),
            ("nope".to_string(), "x".to_string()),
        ]);
        let (l, unknown) = Labels::merge(over);
        assert_eq!(l.search, "Axtar");
        assert_eq!(l.title, Labels::default().title);
        assert_eq!(unknown, vec!["nope".to_string()]);
        assert_eq!(Labels::KEYS.len(), 71);
        assert!(Labels::KEYS.contains(&"not_in_charter"));
        assert!(Labels::KEYS.contains(&"loading"));
    }
}
