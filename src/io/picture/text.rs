//! Text for the SVG, made safe for XML; lines are laid out in `model::look::text`.

use std::fmt;

pub(super) use crate::model::look::text::{ASCENT_EM, CAP_HEIGHT_EM, LINE_HEIGHT_EM, wrap};

/// `text` written as XML character data or an attribute value: markup characters escaped,
/// and the control characters XML cannot hold at all left out.
pub(super) struct Escaped<'a>(pub &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            match c {
                '&' => f.write_str("&amp;")?,
                '<' => f.write_str("&lt;")?,
                '>' => f.write_str("&gt;")?,
                '"' => f.write_str("&quot;")?,
                '\'' => f.write_str("&apos;")?,
                // Tabs and line breaks would be folded into spaces by the SVG reader
                // anyway; write them as spaces so every reader agrees.
                '\t' | '\n' | '\r' => f.write_str(" ")?,
                c if is_xml_char(c) => write!(f, "{c}")?,
                _ => {}
            }
        }
        Ok(())
    }
}

/// Whether XML 1.0 allows `c` in a document (it forbids most control characters).
fn is_xml_char(c: char) -> bool {
    !matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_control_characters_dropped() {
        let escaped = Escaped("Tom & Jerry <b>\"hi\"</b> it's\u{1}\tok").to_string();
        assert_eq!(
            escaped,
            "Tom &amp; Jerry &lt;b&gt;&quot;hi&quot;&lt;/b&gt; it&apos;s ok"
        );
    }
}
