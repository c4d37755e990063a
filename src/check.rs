//! What serde cannot say about a value from JavaScript: whether it names a
//! clause or a section of the charter, and whether a link is safe to show.
//! The shapes and types of options, labels and notes are read in
//! [`crate::options`]. A [`Problem`] crosses to JavaScript as an `Error` with
//! a stable `code`; js/api.js wraps it in a `CharterError` without reading
//! its message.

use wasm_bindgen::JsValue;

/// The error codes (the `CharterErrorCode` type in js/search.d.ts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// The query is not a string.
    InvalidQuery,
    /// An option has the wrong type or value.
    InvalidOptions,
    /// A section id the charter does not have.
    UnknownSection,
    /// A wording the filter does not know.
    UnknownWording,
    /// A clause id the charter does not have.
    UnknownClause,
    /// The index could not be loaded (never expected: it is built in).
    Internal,
}

impl Code {
    /// The code as JavaScript sees it.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidQuery => "INVALID_QUERY",
            Code::InvalidOptions => "INVALID_OPTIONS",
            Code::UnknownSection => "UNKNOWN_SECTION",
            Code::UnknownWording => "UNKNOWN_WORDING",
            Code::UnknownClause => "UNKNOWN_CLAUSE",
            Code::Internal => "INTERNAL",
        }
    }
}

/// What is wrong with a value, for programs (`code`) and people (`message`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Stable code.
    pub code: Code,
    /// A sentence that says what to do instead.
    pub message: String,
}

impl Problem {
    fn new(code: Code, message: String) -> Problem {
        Problem { code, message }
    }
}

/// A value of the wrong type or form: `INVALID_OPTIONS`.
impl From<String> for Problem {
    fn from(message: String) -> Problem {
        Problem::new(Code::InvalidOptions, message)
    }
}

impl From<&str> for Problem {
    fn from(message: &str) -> Problem {
        Problem::new(Code::InvalidOptions, message.to_string())
    }
}

impl From<Problem> for JsValue {
    fn from(p: Problem) -> JsValue {
        let e = js_sys::Error::new(&p.message);
        let _ = js_sys::Reflect::set(&e, &"code".into(), &p.code.as_str().into());
        e.into()
    }
}

/// The index, or an `INTERNAL` problem.
pub fn index() -> Result<&'static charter_core::Index<'static>, Problem> {
    crate::index().map_err(|e| Problem::new(Code::Internal, e.to_string()))
}

/// Section ids and names as written by people ("III", "iii", "Preamble"),
/// resolved to ids in the order given, without repeats; blank words are
/// skipped, so none at all means every section.
pub fn sections(words: &[String]) -> Result<Vec<String>, Problem> {
    let index = index()?;
    let mut out: Vec<String> = Vec::new();
    for w in words.iter().map(|w| w.trim()).filter(|w| !w.is_empty()) {
        let s = index.section(w).ok_or_else(|| {
            Problem::new(
                Code::UnknownSection,
                format!("unknown section \"{w}\": use P, I, II, III or IV"),
            )
        })?;
        if !out.iter().any(|x| x == s.id) {
            out.push(s.id.to_string());
        }
    }
    Ok(out)
}

/// A clause id to open ("III.4", any case); empty: none.
pub fn clause(id: &str) -> Result<Option<usize>, Problem> {
    if id.trim().is_empty() {
        return Ok(None);
    }
    index()?.clause_index(id.trim()).map(Some).ok_or_else(|| {
        Problem::new(
            Code::UnknownClause,
            format!("unknown clause \"{id}\": ids look like P.1, I.a, II.4, IV.c"),
        )
    })
}

/// A clause's position and canonical id ("iii.4" → "III.4"), if the charter
/// has it.
pub fn clause_id_of(id: &str) -> Option<(usize, String)> {
    let index = index().ok()?;
    let i = index.clause_index(id.trim())?;
    Some((i, index.clauses()[i].id.to_string()))
}

/// A note's link: an http(s) address without spaces, or nothing.
pub fn safe_link(s: &str) -> Option<String> {
    let t = s.trim();
    let lower = t.get(..8).unwrap_or(t).to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && t.len() > 8
        && !t.chars().any(|c| c.is_whitespace() || c.is_control());
    ok.then(|| t.to_string())
}
