//! Readers' words: the spellings, scripts, question frames and date formats
//! people type, folded to what the charter's text says. Every rule here is
//! general (a spelling pattern, a letter mapping, a date shape); none names a
//! query. The index builder and the query parser share them through
//! [`crate::normalize::fold`], so both sides always agree.

/// British and other Commonwealth spellings folded to the American ones the
/// charter uses: -ise/-isation/-yse → -ize/-ization/-yze, -our → -or,
/// -tre/-bre → -ter/-ber, -fence/-cence → -fense/-cense, -ogue → -og,
/// -mme → -m, and the doubled l of "travelled". The fold runs on both sides
/// (index and query), so a word it touches that has no variant ("promise" →
/// "promize") still matches itself.
pub fn spelling(term: &mut String) {
    if term.len() < 5 || !term.bytes().all(|b| b.is_ascii_lowercase()) {
        return;
    }
    // (suffix, replacement, letters it needs before it); the first that fits wins.
    const RULES: &[(&str, &str, usize)] = &[
        ("isations", "izations", 3),
        ("isation", "ization", 3),
        ("ising", "izing", 3),
        ("ised", "ized", 3),
        ("ises", "izes", 3),
        ("isers", "izers", 3),
        ("iser", "izer", 3),
        ("ise", "ize", 3),
        ("ysing", "yzing", 3),
        ("ysed", "yzed", 3),
        ("yses", "yzes", 3),
        ("yse", "yze", 3),
        ("ourable", "orable", 3),
        ("ourably", "orably", 3),
        ("ourites", "orites", 3),
        ("ourite", "orite", 3),
        ("ouring", "oring", 3),
        ("oured", "ored", 3),
        ("ours", "ors", 3),
        ("our", "or", 3),
        ("tres", "ters", 2),
        ("tred", "tered", 2),
        ("tre", "ter", 2),
        ("bres", "bers", 2),
        ("bre", "ber", 2),
        ("fences", "fenses", 1),
        ("fence", "fense", 1),
        ("cences", "censes", 1),
        ("cence", "cense", 1),
        ("ogues", "ogs", 3),
        ("ogue", "og", 3),
        ("mmes", "ms", 3),
        ("mme", "m", 3),
        ("elled", "eled", 3),
        ("elling", "eling", 3),
        ("ellers", "elers", 3),
        ("eller", "eler", 3),
        ("ellors", "elors", 3),
        ("ellor", "elor", 3),
    ];
    for (suffix, with, before) in RULES {
        if let Some(stem) = term.strip_suffix(suffix) {
            if stem.len() >= *before {
                let stem_len = stem.len();
                term.truncate(stem_len);
                term.push_str(with);
                return;
            }
        }
    }
}

/// Letters that mark a word as written in a Turkic Latin alphabet
/// (Azerbaijani, Turkish): then its letters are read the way English
/// transliterates them.
fn is_turkic_letter(c: char) -> bool {
    matches!(c, 'ə' | 'Ə' | 'ı' | 'İ' | 'ş' | 'Ş' | 'ç' | 'Ç' | 'ğ' | 'Ğ')
}

/// A word in Azerbaijani (or Turkish) spelling, transliterated as the English
/// press writes it: "Naxçıvan" → "Nakhchivan", "Azərbaycan" → "Azerbayjan"
/// (then one letter from "Azerbaijan"), "Qarabağ" → "Karabagh". Words with
/// none of the alphabet's own letters are returned as they are.
pub fn turkic(word: &str) -> Option<String> {
    if !word.chars().any(is_turkic_letter) {
        return None;
    }
    let mut out = String::with_capacity(word.len() + 4);
    for c in word.chars() {
        match c {
            'ə' | 'Ə' => out.push('e'),
            'ı' | 'İ' => out.push('i'),
            'ş' | 'Ş' => out.push_str("sh"),
            'ç' | 'Ç' => out.push_str("ch"),
            'ğ' | 'Ğ' => out.push_str("gh"),
            'x' | 'X' => out.push_str("kh"),
            'q' | 'Q' => out.push('k'),
            'c' | 'C' => out.push('j'),
            c => out.push(c),
        }
    }
    Some(out)
}

/// The consonant skeleton transliterations share: "kh" → "x", "ch"/"tch" →
/// "c", "sh" → "s", "zh" → "j", "dzh"/"dj" → "j", "gh" → "g", "ph" → "f".
/// "Nakhchivan" and "Naxcivan" both become "naxcivan". The index stores the
/// skeleton of each word that has one, and a query word that finds nothing
/// as written is looked up by its skeleton.
pub fn skeleton(term: &str) -> Option<String> {
    let b = term.as_bytes();
    if b.len() < 4 || !term.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        let (push, skip) = if rest.starts_with(b"dzh") {
            ("j", 3)
        } else if rest.starts_with(b"tch") {
            ("c", 3)
        } else if rest.starts_with(b"kh") {
            ("x", 2)
        } else if rest.starts_with(b"ch") {
            ("c", 2)
        } else if rest.starts_with(b"sh") {
            ("s", 2)
        } else if rest.starts_with(b"zh") || rest.starts_with(b"dj") {
            ("j", 2)
        } else if rest.starts_with(b"gh") {
            ("g", 2)
        } else if rest.starts_with(b"ph") {
            ("f", 2)
        } else {
            out.push(b[i] as char);
            i += 1;
            continue;
        };
        out.push_str(push);
        i += skip;
    }
    (out != term).then_some(out)
}

/// Words that frame a question rather than name a topic ("does it mention
/// oil", "what about startups", "is there anything on energy"). Like stop
/// words, a query ignores them unless it has nothing else.
pub const ASKING_WORDS: &[&str] = &[
    "about",
    "any",
    "anything",
    "can",
    "charter",
    "concerning",
    "could",
    "cover",
    "covers",
    "did",
    "discuss",
    "discusses",
    "do",
    "document",
    "does",
    "has",
    "have",
    "how",
    "i",
    "include",
    "includes",
    "me",
    "mention",
    "mentioned",
    "mentions",
    "regarding",
    "said",
    "say",
    "says",
    "should",
    "show",
    "something",
    "talk",
    "talks",
    "tell",
    "text",
    "there",
    "they",
    "what",
    "whats",
    "when",
    "where",
    "who",
    "why",
    "will",
    "would",
];

/// True for a question-frame word (see [`ASKING_WORDS`]).
pub fn is_asking_word(term: &str) -> bool {
    ASKING_WORDS.binary_search(&term).is_ok()
}

/// English month names, and the abbreviations people type for them.
pub const MONTHS: [(&str, &[&str]); 12] = [
    ("january", &["jan"]),
    ("february", &["feb"]),
    ("march", &["mar"]),
    ("april", &["apr"]),
    ("may", &[]),
    ("june", &["jun"]),
    ("july", &["jul"]),
    ("august", &["aug"]),
    ("september", &["sep", "sept"]),
    ("october", &["oct"]),
    ("november", &["nov"]),
    ("december", &["dec"]),
];

/// A month abbreviation as its full name ("feb" → "february").
pub fn month(term: &str) -> Option<&'static str> {
    MONTHS
        .iter()
        .find(|(_, abbr)| abbr.contains(&term))
        .map(|(name, _)| *name)
}

/// Numbers as words: what the builder pairs with digits ("three months" is
/// also found by "3 months").
pub const NUMBER_WORDS: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// Rewrites numeric dates as words, so they meet the text's own dates:
/// "10.02.2026", "10/02/2026", "2026-02-10" → "10 february 2026". Day first,
/// as the region's press writes them, unless only the other order is a date
/// ("02/13/2026"). Anything else is kept as it is.
pub fn dates(query: &str) -> String {
    let mut out = String::with_capacity(query.len() + 16);
    for (n, word) in query.split(' ').enumerate() {
        if n > 0 {
            out.push(' ');
        }
        match date(word) {
            Some(d) => out.push_str(&d),
            None => out.push_str(word),
        }
    }
    out
}

fn date(word: &str) -> Option<String> {
    let w = word.trim_matches(|c: char| !c.is_ascii_digit());
    let sep = w.chars().find(|c| matches!(c, '.' | '/' | '-'))?;
    let parts: Vec<&str> = w.split(sep).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let num = |s: &str| s.parse::<u32>().ok();
    let (y, a, b) = if parts[0].len() == 4 {
        (num(parts[0])?, num(parts[2])?, num(parts[1])?)
    } else if parts[2].len() == 4 || parts[2].len() == 2 {
        let y = num(parts[2])?;
        (
            if y < 100 { 2000 + y } else { y },
            num(parts[0])?,
            num(parts[1])?,
        )
    } else {
        return None;
    };
    // (day, month): day first unless that is impossible.
    let (d, m) = if (1..=12).contains(&b) && (1..=31).contains(&a) {
        (a, b)
    } else if (1..=12).contains(&a) && (1..=31).contains(&b) {
        (b, a)
    } else {
        return None;
    };
    Some(format!("{d} {} {y}", MONTHS[m as usize - 1].0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(w: &str) -> String {
        let mut s = w.to_string();
        spelling(&mut s);
        s
    }

    #[test]
    fn british_spellings_meet_american_ones() {
        for (gb, us) in [
            ("organisation", "organization"),
            ("specialised", "specialized"),
            ("mobilising", "mobilizing"),
            ("commercialisation", "commercialization"),
            ("analyse", "analyze"),
            ("labour", "labor"),
            ("favourable", "favorable"),
            ("behaviour", "behavior"),
            ("centre", "center"),
            ("centres", "centers"),
            ("fibre", "fiber"),
            ("defence", "defense"),
            ("licence", "license"),
            ("dialogue", "dialog"),
            ("programme", "program"),
            ("travelled", "traveled"),
            ("modelling", "modeling"),
        ] {
            assert_eq!(sp(gb), sp(us), "{gb} vs {us}");
        }
    }

    #[test]
    fn spelling_leaves_other_words_alone() {
        for w in [
            "four", "hour", "science", "energy", "crisis", "nuclear", "are", "more", "security",
        ] {
            assert_eq!(sp(w), w);
        }
    }

    #[test]
    fn turkic_letters_are_transliterated() {
        assert_eq!(turkic("naxçıvan").as_deref(), Some("nakhchivan"));
        assert_eq!(turkic("azərbaycan").as_deref(), Some("azerbayjan"));
        assert_eq!(turkic("qarabağ").as_deref(), Some("karabagh"));
        assert_eq!(turkic("nuclear"), None);
    }

    #[test]
    fn skeletons_join_transliterations() {
        assert_eq!(
            skeleton("nakhchivan"),
            skeleton("naxcivan").or(Some("naxcivan".into()))
        );
        assert_eq!(skeleton("nakhchivan").as_deref(), Some("naxcivan"));
        assert_eq!(skeleton("azerbaidzhan").as_deref(), Some("azerbaijan"));
        assert_eq!(skeleton("energy"), None);
    }

    #[test]
    fn numeric_dates_become_words() {
        assert_eq!(dates("10.02.2026"), "10 february 2026");
        assert_eq!(dates("signed 2026-02-10"), "signed 10 february 2026");
        assert_eq!(dates("08/08/2025"), "8 august 2025");
        assert_eq!(dates("02/13/2026"), "13 february 2026");
        assert_eq!(dates("3 months"), "3 months");
        assert_eq!(dates("1.2.3"), "1.2.3");
        assert_eq!(dates("99.99.2026"), "99.99.2026");
        assert_eq!(month("sept"), Some("september"));
        assert_eq!(month("energy"), None);
    }

    #[test]
    fn word_lists_are_sorted() {
        let mut a = ASKING_WORDS.to_vec();
        a.sort_unstable();
        assert_eq!(a, ASKING_WORDS);
    }
}
