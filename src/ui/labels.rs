//! Every word the widget shows, replaceable through the `labels` attribute (a
//! JSON object), so a site can translate the interface.

/// UI strings. `{n}`, `{q}`, `{s}`, `{section}` are filled in where shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    /// Small line above the title.
    pub kicker: String,
    /// The widget's title.
    pub title: String,
    /// Signing line: `{place}`, `{date}`.
    pub signed: String,
    /// Search field label.
    pub search: String,
    /// Search field placeholder.
    pub placeholder: String,
    /// Clear button.
    pub clear: String,
    /// "All" chip.
    pub all: String,
    /// Section filter group name.
    pub filter: String,
    /// Button that drops the section filter.
    pub show_all: String,
    /// Result count, one.
    pub count_one: String,
    /// Result count, other: `{n}`.
    pub count_other: String,
    /// Heading above clauses that match only some words.
    pub partial: String,
    /// Zero results: `{q}`.
    pub no_results: String,
    /// Zero results in the chosen sections while others have some: `{q}`, `{n}`.
    pub no_results_here: String,
    /// Suggestion: `{s}` becomes a button.
    pub did_you_mean: String,
    /// The query was cut.
    pub truncated: String,
    /// Shown beside tags that matched.
    pub topic: String,
    /// "Copy citation".
    pub copy_citation: String,
    /// "Copy link".
    pub copy_link: String,
    /// Confirmation after copying.
    pub copied: String,
    /// When the clipboard is unavailable.
    pub copy_failed: String,
    /// Previous clause.
    pub previous: String,
    /// Next clause.
    pub next: String,
    /// Back to results.
    pub back: String,
    /// About button.
    pub about: String,
    /// About panel heading.
    pub about_title: String,
    /// Note that marks editorial context.
    pub context_note: String,
    /// Close (the about panel).
    pub close: String,
    /// "Section".
    pub section: String,
    /// "paragraph".
    pub paragraph: String,
    /// "opening paragraph" (unnumbered paragraphs before numbered items).
    pub opening_paragraph: String,
    /// "Preamble".
    pub preamble: String,
    /// Announced when a clause opens: `{place}`.
    pub opened: String,
    /// Browse mode heading.
    pub browse: String,
    /// Signatories line heading.
    pub signatories: String,
    /// Status while the search engine is still on its way (shown by the
    /// static view in js/embed.js, before any WebAssembly runs).
    pub loading: String,
}

impl Default for Labels {
    fn default() -> Self {
        let s = |x: &str| x.to_string();
        Labels {
            kicker: s("Azerbaijan – United States"),
            title: s("Strategic Partnership Charter"),
            signed: s("Signed in {place}, {date}"),
            search: s("Search the charter"),
            placeholder: s("Search the charter — try “energy” or “demining”"),
            clear: s("Clear"),
            all: s("All"),
            filter: s("Filter by section"),
            show_all: s("Show all sections"),
            count_one: s("{n} clause"),
            count_other: s("{n} clauses"),
            partial: s("Mentioning some of your words"),
            no_results: s("No clause mentions “{q}”."),
            no_results_here: s("No clause in this section mentions “{q}”; {n} in other sections."),
            did_you_mean: s("Did you mean {s}?"),
            truncated: s("Your search was shortened."),
            topic: s("Topic"),
            copy_citation: s("Copy citation"),
            copy_link: s("Copy link"),
            copied: s("Copied"),
            copy_failed: s("Copy failed — select the text and copy it"),
            previous: s("Previous"),
            next: s("Next"),
            back: s("Back to results"),
            about: s("About"),
            about_title: s("About this charter"),
            context_note: s("Context from the news article — not part of the charter’s text."),
            close: s("Close"),
            section: s("Section"),
            paragraph: s("paragraph"),
            opening_paragraph: s("opening paragraph"),
            preamble: s("Preamble"),
            opened: s("Opened {place}"),
            browse: s("The full charter"),
            signatories: s("Signed by"),
            loading: s("Loading search…"),
        }
    }
}

impl Labels {
    /// "1 clause" / "6 clauses".
    pub fn count(&self, n: usize) -> String {
        let t = if n == 1 {
            &self.count_one
        } else {
            &self.count_other
        };
        t.replace("{n}", &n.to_string())
    }
}
