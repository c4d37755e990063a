//! The widget's shared state, provided as context to every component.

use leptos::prelude::*;

use super::labels::Labels;

/// Colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Light (default).
    #[default]
    Light,
    /// Dark.
    Dark,
    /// Follow `prefers-color-scheme`.
    Auto,
}

impl Theme {
    /// Parses `light`, `dark` or `auto`.
    pub fn parse(s: &str) -> Option<Theme> {
        match s.trim().to_ascii_lowercase().as_str() {
            "light" | "" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" => Some(Theme::Auto),
            _ => None,
        }
    }

    /// The class that selects it in the stylesheet.
    pub fn class(self) -> &'static str {
        match self {
            Theme::Light => "ce-root ce-light",
            Theme::Dark => "ce-root ce-dark",
            Theme::Auto => "ce-root ce-auto",
        }
    }
}

/// One ranked clause for display.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Clause index.
    pub idx: usize,
    /// Every query term matched.
    pub complete: bool,
    /// Byte ranges to mark in the clause text.
    pub highlights: Vec<(usize, usize)>,
    /// Topic tags that matched.
    pub tags: Vec<&'static str>,
}

/// The answer to the current query, as the UI needs it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    /// The query it answers (trimmed).
    pub query: String,
    /// Ranked rows after the section filter.
    pub rows: Vec<Row>,
    /// Matches per section (document order), ignoring the filter.
    pub counts: Vec<usize>,
    /// Suggestion when nothing matched.
    pub suggestion: Option<String>,
    /// The query was cut.
    pub truncated: bool,
}

/// State shared by the components.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The search text.
    pub query: RwSignal<String>,
    /// Selected section ids; empty = all.
    pub sections: RwSignal<Vec<String>>,
    /// The open clause, if any.
    pub open: RwSignal<Option<usize>>,
    /// About panel shown.
    pub about: RwSignal<bool>,
    /// UI strings.
    pub labels: RwSignal<Labels>,
    /// Colour theme.
    pub theme: RwSignal<Theme>,
    /// Keep `#charter-…` in the page URL in step with the open clause.
    pub hash: RwSignal<bool>,
    /// The current answer.
    pub outcome: Memo<Outcome>,
    /// Where keyboard focus should return when a clause closes.
    pub last_opened: RwSignal<Option<usize>>,
    /// The search field. Its value follows the reader's typing by itself; only
    /// changes from elsewhere (clear, suggestion, API) are written into it, so
    /// a render that lands late can never overwrite newer keystrokes.
    pub input: NodeRef<leptos::html::Input>,
}

impl Ctx {
    /// Sets the query from anywhere but the search field itself.
    pub fn set_query(&self, q: String) {
        if let Some(i) = self.input.get_untracked() {
            if i.value() != q {
                i.set_value(&q);
            }
        }
        self.query.set(q);
    }
}

/// Runs the query for the UI.
pub fn run_query(query: &str, sections: &[String]) -> Outcome {
    let Ok(index) = crate::index() else {
        return Outcome::default();
    };
    let opts = charter_core::SearchOptions {
        sections: sections.to_vec(),
        limit: None,
    };
    let q = query.trim();
    if q.is_empty() {
        return Outcome::default();
    }
    match index.search(query, &opts) {
        Ok(r) => Outcome {
            query: q.to_string(),
            rows: r
                .results
                .iter()
                .map(|h| Row {
                    idx: h.index,
                    complete: h.complete,
                    highlights: h.highlights.clone(),
                    tags: h.tags.clone(),
                })
                .collect(),
            counts: r.section_counts.iter().map(|c| c.1).collect(),
            suggestion: r.suggestion,
            truncated: r.truncated,
        },
        Err(_) => Outcome {
            query: q.to_string(),
            ..Default::default()
        },
    }
}

/// Where a clause stands, for readers: "Section III — Security Cooperation ·
/// paragraph 4".
pub fn place(labels: &Labels, idx: usize) -> String {
    let Ok(index) = crate::index() else {
        return String::new();
    };
    let c = &index.clauses()[idx];
    let s = index.section(c.section);
    let head = match s {
        Some(s) if s.id == "P" => labels.preamble.clone(),
        Some(s) => format!("{} {} — {}", labels.section, s.id, s.title),
        None => String::new(),
    };
    format!("{head} · {}", para_label(labels, idx))
}

/// How a clause is numbered for readers: its printed number, or for an
/// unnumbered paragraph its place among the section's paragraphs and whether
/// the section also has numbered items (then it is an "opening" paragraph).
enum Numbering<'a> {
    Printed(&'a str),
    Nth { nth: usize, opening: bool },
}

fn numbering(idx: usize) -> Option<Numbering<'static>> {
    let index = crate::index().ok()?;
    let c = index.clauses().get(idx)?;
    Some(match c.number {
        Some(n) => Numbering::Printed(n),
        None => {
            let same: Vec<_> = index
                .clauses()
                .iter()
                .filter(|x| x.section == c.section)
                .collect();
            Numbering::Nth {
                nth: same.iter().take_while(|x| x.id != c.id).count() + 1,
                opening: same.iter().any(|x| x.number.is_some()),
            }
        }
    })
}

/// "paragraph 4", or "opening paragraph 1" for an unnumbered paragraph of a
/// section that also has numbered ones.
pub fn para_label(labels: &Labels, idx: usize) -> String {
    match numbering(idx) {
        Some(Numbering::Printed(n)) => format!("{} {n}", labels.paragraph),
        Some(Numbering::Nth { nth, opening: true }) => {
            format!("{} {nth}", labels.opening_paragraph)
        }
        Some(Numbering::Nth {
            nth,
            opening: false,
        }) => format!("{} {nth}", labels.paragraph),
        None => String::new(),
    }
}

/// The citation copied by "Copy citation", e.g. "Azerbaijan–United States
/// Strategic Partnership Charter (10 Feb. 2026), Section II, para. 4".
pub fn citation(idx: usize) -> String {
    let Ok(index) = crate::index() else {
        return String::new();
    };
    let m = index.metadata();
    let Some(c) = index.clauses().get(idx) else {
        return String::new();
    };
    let date = short_date(m.signed_label);
    let where_ = if c.section == "P" {
        "Preamble".to_string()
    } else {
        format!("Section {}", c.section)
    };
    let para = match numbering(idx) {
        Some(Numbering::Printed(n)) => format!("para. {n}"),
        Some(Numbering::Nth { nth, opening: true }) => format!("opening para. {nth}"),
        Some(Numbering::Nth {
            nth,
            opening: false,
        }) => format!("para. {nth}"),
        None => String::new(),
    };
    format!("{} ({date}), {where_}, {para}", m.short_title)
}

/// "10 February 2026" → "10 Feb. 2026" (months of five letters or more are cut).
fn short_date(label: &str) -> String {
    label
        .split(' ')
        .map(|w| {
            if w.chars().all(char::is_alphabetic) && w.chars().count() > 4 {
                format!("{}.", w.chars().take(3).collect::<String>())
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Fills `{key}` placeholders.
pub fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut s = template.to_string();
    for (k, v) in pairs {
        s = s.replace(&format!("{{{k}}}"), v);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_and_places() {
        let l = Labels::default();
        let i = |id: &str| crate::index().unwrap().clause_index(id).unwrap();
        assert_eq!(
            citation(i("II.4")),
            "Azerbaijan–United States Strategic Partnership Charter (10 Feb. 2026), Section II, para. 4"
        );
        assert_eq!(citation(i("P.1")), "Azerbaijan–United States Strategic Partnership Charter (10 Feb. 2026), Preamble, para. 1");
        assert!(citation(i("I.b")).ends_with("Section I, opening para. 2"));
        assert!(citation(i("IV.c")).ends_with("Section IV, para. 3"));
        assert_eq!(
            place(&l, i("III.4")),
            "Section III — Security Cooperation · paragraph 4"
        );
        assert_eq!(place(&l, i("P.2")), "Preamble · paragraph 2");
    }
}
