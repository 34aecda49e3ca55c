//! The status bar's message: how long it stays, and when it must go sooner.
//!
//! A message stays a few seconds, longer when it takes longer to read. One that speaks
//! for the map as it is in its file ("Saved …") goes as soon as the map changes, so it
//! never says the opposite of the title's mark of unsaved changes. Pure timekeeping: the
//! app asks for a frame when the message is due to go, and for none otherwise.

/// Every message stays at least this long, in seconds.
const SHORTEST_SECS: f64 = 4.0;
/// A message gets this much more time for each character, to be read.
const SECS_PER_CHAR: f64 = 1.0 / 15.0;
/// No message stays longer than this.
const LONGEST_SECS: f64 = 20.0;

/// How long a message of `text` stays, in seconds.
pub fn stays_secs(text: &str) -> f64 {
    let reading = text.chars().count() as f64 * SECS_PER_CHAR;
    (SHORTEST_SECS + reading).min(LONGEST_SECS)
}

/// What becomes of the message on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    /// There is none.
    Nothing,
    /// It stays for this many seconds more.
    Stays { for_secs: f64 },
    /// It has had its time, or the map changed under it: it goes now.
    Goes,
}

/// What the app keeps about its status message between frames.
#[derive(Clone, Debug, Default)]
pub struct StatusClock {
    /// The message as first seen, and when (in egui's clock, seconds).
    shown: Option<(String, f64)>,
    /// A message that is true of the map at one revision only, and that revision.
    true_at: Option<(String, u64)>,
}

impl StatusClock {
    /// Marks `text` as true of the map at `revision` only: it goes when the map changes.
    pub fn true_at(&mut self, text: &str, revision: u64) {
        self.true_at = Some((text.to_owned(), revision));
    }

    /// Looks at the message on screen, `status`, at `now_secs` with the map at `revision`.
    pub fn tend(&mut self, status: Option<&str>, now_secs: f64, revision: u64) -> Verdict {
        let Some(text) = status else {
            self.shown = None;
            self.true_at = None;
            return Verdict::Nothing;
        };
        let since = match &self.shown {
            Some((shown, since)) if shown == text => *since,
            // A new message: its time starts now.
            _ => {
                self.shown = Some((text.to_owned(), now_secs));
                now_secs
            }
        };
        let outdated = self
            .true_at
            .as_ref()
            .is_some_and(|(said, at)| said == text && *at != revision);
        let left = since + stays_secs(text) - now_secs;
        if outdated || left <= 0.0 {
            self.shown = None;
            self.true_at = None;
            Verdict::Goes
        } else {
            Verdict::Stays { for_secs: left }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_stays_long_enough_to_be_read_and_then_goes() {
        let mut clock = StatusClock::default();
        assert_eq!(clock.tend(None, 0.0, 1), Verdict::Nothing);
        let short = "Copied 1 touchpoint";
        assert!(matches!(
            clock.tend(Some(short), 10.0, 1),
            Verdict::Stays { for_secs } if (for_secs - stays_secs(short)).abs() < 1e-9
        ));
        assert!(matches!(
            clock.tend(Some(short), 12.0, 1),
            Verdict::Stays { for_secs } if (for_secs - (stays_secs(short) - 2.0)).abs() < 1e-9
        ));
        assert_eq!(
            clock.tend(Some(short), 10.0 + stays_secs(short), 1),
            Verdict::Goes
        );
        // A long message stays longer, but not for ever.
        let long = "x".repeat(120);
        assert!(stays_secs(&long) > stays_secs(short));
        assert!(stays_secs(&"x".repeat(10_000)) <= LONGEST_SECS);
    }

    #[test]
    fn a_new_message_starts_its_own_time() {
        let mut clock = StatusClock::default();
        let _ = clock.tend(Some("Copied 1 touchpoint"), 0.0, 1);
        assert!(matches!(
            clock.tend(Some("Deleted 2 touchpoints"), 3.9, 1),
            Verdict::Stays { for_secs } if for_secs > 3.9
        ));
    }

    #[test]
    fn saved_goes_when_the_map_changes_and_other_messages_do_not() {
        let mut clock = StatusClock::default();
        clock.true_at("Saved map.ron", 7);
        assert!(matches!(
            clock.tend(Some("Saved map.ron"), 0.0, 7),
            Verdict::Stays { .. }
        ));
        assert_eq!(clock.tend(Some("Saved map.ron"), 0.1, 8), Verdict::Goes);

        let _ = clock.tend(Some("Undid move touchpoint"), 0.2, 8);
        assert!(matches!(
            clock.tend(Some("Undid move touchpoint"), 0.3, 9),
            Verdict::Stays { .. }
        ));
    }
}
