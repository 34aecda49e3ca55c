//! What polku prints for people reaches a terminal, and a map's text must arrive there as
//! text: a title holding `ESC ] 0 ;` would otherwise retitle the terminal, and `ESC [ 2 J`
//! clear it. [`Printable`] shows every control character escaped (`\u{1b}`), except the
//! line breaks and tabs of polku's own layout; so do the characters that reorder text
//! (bidirectional overrides), which could make a line read other than it is.

use std::io::{self, Write};

/// Whether `c` must not reach a terminal as it is.
pub fn is_unprintable(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every character that must not reach a terminal escaped as `\u{…}`.
pub fn escaped(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_unprintable) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unprintable(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A writer that passes text on with [`escaped`] characters; bytes that are not UTF-8
/// are shown as `\x..`. A character split between two writes is put back together.
pub struct Printable<'a> {
    inner: &'a mut dyn Write,
    /// The start of a character whose remaining bytes are still to come.
    pending: Vec<u8>,
}

impl<'a> Printable<'a> {
    pub fn new(inner: &'a mut dyn Write) -> Self {
        Self {
            inner,
            pending: Vec::new(),
        }
    }

    fn emit(&mut self, mut bytes: &[u8]) -> io::Result<()> {
        loop {
            match std::str::from_utf8(bytes) {
                Ok(text) => return self.inner.write_all(escaped(text).as_bytes()),
                Err(error) => {
                    let (valid, rest) = bytes.split_at(error.valid_up_to());
                    // The prefix is valid by definition.
                    let text = std::str::from_utf8(valid).unwrap_or_default();
                    self.inner.write_all(escaped(text).as_bytes())?;
                    match error.error_len() {
                        // Cut off at the end: wait for the rest of the character.
                        None => {
                            self.pending.extend_from_slice(rest);
                            return Ok(());
                        }
                        Some(len) => {
                            let (bad, after) = rest.split_at(len);
                            for byte in bad {
                                write!(self.inner, "\\x{byte:02x}")?;
                            }
                            bytes = after;
                        }
                    }
                }
            }
        }
    }
}

impl Write for Printable<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut bytes = std::mem::take(&mut self.pending);
        bytes.extend_from_slice(buf);
        self.emit(&bytes)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let pending = std::mem::take(&mut self.pending);
        for byte in pending {
            write!(self.inner, "\\x{byte:02x}")?;
        }
        self.inner.flush()
    }
}

impl Drop for Printable<'_> {
    fn drop(&mut self) {
        // Nothing is left to report a failure to.
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(chunks: &[&[u8]]) -> String {
        let mut out = Vec::new();
        {
            let mut printable = Printable::new(&mut out);
            for chunk in chunks {
                assert!(printable.write_all(chunk).is_ok());
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn control_characters_arrive_escaped_and_layout_stays() {
        assert_eq!(
            through(&[b"a\x1b]0;pwned\x07\n\tb\r\n"]),
            "a\\u{1b}]0;pwned\\u{7}\n\tb\\u{d}\n"
        );
        assert_eq!(
            through(&["c\u{9b}2J\u{202e}x".as_bytes()]),
            "c\\u{9b}2J\\u{202e}x"
        );
        assert_eq!(through(&["käynti €".as_bytes()]), "käynti €");
    }

    #[test]
    fn characters_split_between_writes_are_whole_again() {
        let euro = "€".as_bytes();
        assert_eq!(through(&[&euro[..1], &euro[1..2], &euro[2..]]), "€");
        assert_eq!(through(&[b"a\xff", b"b", &euro[..2]]), "a\\xffb\\xe2\\x82");
    }
}
