//! Text with matched words wrapped in `<mark>`: built from DOM nodes, never from
//! HTML strings, so nothing in the text or the query can become markup.

use leptos::prelude::*;

/// Cuts `text` into (piece, marked) runs by sorted, disjoint byte ranges.
pub fn runs(text: &str, ranges: &[(usize, usize)]) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for &(s, e) in ranges {
        let (s, e) = (s.max(at).min(text.len()), e.min(text.len()));
        if s >= e || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        if s > at {
            out.push((text[at..s].to_string(), false));
        }
        out.push((text[s..e].to_string(), true));
        at = e;
    }
    if at < text.len() {
        out.push((text[at..].to_string(), false));
    }
    out
}

/// A window of about `max` bytes around the first highlight, cut at spaces,
/// with ranges shifted into it; `lead`/`trail` say whether text was cut off.
pub fn snippet(
    text: &str,
    ranges: &[(usize, usize)],
    max: usize,
) -> (String, Vec<(usize, usize)>, bool, bool) {
    if text.len() <= max {
        return (text.to_string(), ranges.to_vec(), false, false);
    }
    let first = ranges.first().map_or(0, |r| r.0);
    let mut start = first.saturating_sub(max / 3);
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    if start > 0 {
        start = text[start..].find(' ').map_or(start, |i| start + i + 1);
        if start > first {
            start = first;
        }
    }
    let mut end = (start + max).min(text.len());
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    if end < text.len() {
        end = text[..end].rfind(' ').filter(|&i| i > start).unwrap_or(end);
    }
    let shifted = ranges
        .iter()
        .filter(|r| r.0 >= start && r.1 <= end)
        .map(|r| (r.0 - start, r.1 - start))
        .collect();
    (
        text[start..end].to_string(),
        shifted,
        start > 0,
        end < text.len(),
    )
}

/// Renders text with `<mark>` around the given byte ranges, and the
/// deciding phrase of the wording lens (if given) underlined.
#[component]
pub fn MarkedText(
    /// The text.
    #[prop(into)]
    text: String,
    /// Sorted, disjoint byte ranges to mark.
    #[prop(optional)]
    ranges: Vec<(usize, usize)>,
    /// A byte range to underline (the clause's deciding phrase); empty for none.
    #[prop(optional)]
    underline: (usize, usize),
) -> impl IntoView {
    // Cut the marked runs once more at the underline's ends.
    let u = Some(underline).filter(|u| u.0 < u.1);
    let mut pieces: Vec<(String, bool, bool)> = Vec::new();
    let mut at = 0;
    for (piece, marked) in runs(&text, &ranges) {
        let (start, end) = (at, at + piece.len());
        at = end;
        let Some((a, b)) = u.filter(|&(a, b)| a < end && b > start) else {
            pieces.push((piece, marked, false));
            continue;
        };
        let (a, b) = (a.max(start) - start, b.min(end) - start);
        for (s, e, on) in [(0, a, false), (a, b, true), (b, piece.len(), false)] {
            if s < e && piece.is_char_boundary(s) && piece.is_char_boundary(e) {
                pieces.push((piece[s..e].to_string(), marked, on));
            }
        }
    }
    pieces
        .into_iter()
        .map(|(piece, marked, under)| match (marked, under) {
            (true, true) => view! { <mark class="ce-mark"><u class="ce-decide" part="decide">{piece}</u></mark> }.into_any(),
            (true, false) => view! { <mark class="ce-mark">{piece}</mark> }.into_any(),
            (false, true) => view! { <u class="ce-decide" part="decide">{piece}</u> }.into_any(),
            (false, false) => piece.into_any(),
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_cover_the_text() {
        let r = runs("civil nuclear cooperation", &[(6, 13)]);
        assert_eq!(
            r,
            vec![
                ("civil ".into(), false),
                ("nuclear".into(), true),
                (" cooperation".into(), false)
            ]
        );
        let joined: String = r.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(joined, "civil nuclear cooperation");
        assert_eq!(runs("ab", &[(5, 9), (1, 0)]), vec![("ab".into(), false)]);
    }

    #[test]
    fn snippets_keep_the_first_match() {
        let text = "word ".repeat(100) + "nuclear" + &" tail".repeat(100);
        let s = text.find("nuclear").unwrap();
        let (snip, r, lead, trail) = snippet(&text, &[(s, s + 7)], 120);
        assert!(lead && trail);
        assert!(snip.len() <= 120);
        assert_eq!(&snip[r[0].0..r[0].1], "nuclear");
    }
}
