//! Highlight ranges for JavaScript: byte offsets to UTF-16 code units.

/// Converts sorted byte ranges of `text` into UTF-16 code-unit ranges. Offsets
/// that fall inside a character snap to its start.
pub fn ranges_to_utf16(text: &str, ranges: &[(usize, usize)]) -> Vec<(u32, u32)> {
    let mut out = Vec::with_capacity(ranges.len());
    let mut units = 0u32;
    let mut chars = text.char_indices().peekable();
    let mut at = |target: usize, units: &mut u32| -> u32 {
        while let Some(&(i, c)) = chars.peek() {
            if i >= target || i + c.len_utf8() > target {
                break;
            }
            *units += c.len_utf16() as u32;
            chars.next();
        }
        *units
    };
    for &(s, e) in ranges {
        let a = at(s, &mut units);
        let b = at(e, &mut units);
        out.push((a, b.max(a)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_offsets() {
        let t = "each other’s sovereignty";
        let s = t.find("sovereignty").unwrap();
        let r = ranges_to_utf16(t, &[(0, 4), (s, t.len())]);
        assert_eq!(r, vec![(0, 4), (13, 24)]);
        let js: Vec<u16> = t.encode_utf16().collect();
        assert_eq!(String::from_utf16(&js[13..24]).unwrap(), "sovereignty");
    }
}
