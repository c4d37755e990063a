//! Errors: each says what went wrong and what to do about it.

use std::fmt;

/// Why an index could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexError {
    /// The bytes do not start with the charter index signature: they are not an
    /// index at all (wrong file, or a truncated download).
    BadMagic,
    /// The index was written by another format version; rebuild it with this
    /// version of `charter-core`.
    Version {
        /// Version found in the bytes.
        found: u32,
        /// Version this code reads.
        expected: u32,
    },
    /// The bytes end early or a length points outside them: the index is corrupt.
    Truncated(&'static str),
    /// A string in the index is not UTF-8: the index is corrupt.
    Utf8(&'static str),
    /// The term dictionary could not be read (what `fst` reported, in short).
    Fst(&'static str),
    /// The readers' words were built for another index (another build of the
    /// charter data): load the pair from one build.
    Mismatch,
}

impl fmt::Display for IndexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IndexError::BadMagic => write!(f, "not a charter index (bad signature); check that the right file was loaded"),
            IndexError::Version { found, expected } => write!(
                f,
                "charter index format version {found} cannot be read by this code (expects {expected}); rebuild the index"
            ),
            IndexError::Truncated(what) => write!(f, "charter index is truncated or corrupt while reading {what}; rebuild it"),
            IndexError::Utf8(what) => write!(f, "charter index has invalid UTF-8 in {what}; rebuild it"),
            IndexError::Fst(e) => write!(f, "charter index term dictionary is corrupt: {e}"),
            IndexError::Mismatch => write!(f, "these readers' words belong to another build of the charter index; load both files from one package"),
        }
    }
}

impl std::error::Error for IndexError {}

impl From<fst::Error> for IndexError {
    /// A fixed description per kind: formatting `fst`'s own message would pull
    /// the whole I/O error vocabulary into the WebAssembly for an error that a
    /// build-time index never has.
    fn from(e: fst::Error) -> Self {
        use fst::raw::Error as Raw;
        IndexError::Fst(match e {
            fst::Error::Fst(Raw::Version { .. }) => "unsupported fst version",
            fst::Error::Fst(Raw::Format { .. }) => "not an fst",
            fst::Error::Fst(Raw::ChecksumMismatch { .. }) => "checksum mismatch",
            fst::Error::Fst(Raw::ChecksumMissing) => "checksum missing",
            fst::Error::Fst(_) => "invalid fst",
            fst::Error::Io(_) => "read error",
        })
    }
}

/// Why a query could not run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryError {
    /// A section filter named a section the charter does not have.
    UnknownSection(String),
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QueryError::UnknownSection(s) => write!(
                f,
                "unknown section \"{s}\": use one of P (Preamble), I, II, III, IV"
            ),
        }
    }
}

impl std::error::Error for QueryError {}
