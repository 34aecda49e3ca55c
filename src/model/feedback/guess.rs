//! Guessing which columns of a survey export hold what, from their headers in English and
//! Finnish as survey tools and people write them (Qualtrics, Webropol, Microsoft and
//! Google Forms), and the scale of a score from the header or else from the scores.

use super::source::Scale;

/// The columns guessed from a file's headers; `None` where no header fits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Guessed {
    pub touchpoint: Option<String>,
    pub score: Option<String>,
    pub date: Option<String>,
    pub comment: Option<String>,
    /// The scale the score's header names (`NPS`, `satisfaction`, `effort`).
    pub scale: Option<Scale>,
}

/// Words that name each column, lower case: a header that is one of them fits best, a
/// header that holds one fits too.
const TOUCHPOINT: [&str; 8] = [
    "touchpoint key",
    "touchpoint",
    "kosketuspisteen avain",
    "kosketuspiste",
    "key",
    "avain",
    "step",
    "palvelupiste",
];
const SCORE: [&str; 15] = [
    "score",
    "nps",
    "csat",
    "ces",
    "rating",
    "likelihood to recommend",
    "recommend",
    "satisfaction",
    "effort",
    "pisteet",
    "arvosana",
    "arvio",
    "arviointi",
    "suosittelu",
    "tyytyväisyys",
];
const DATE: [&str; 11] = [
    "date",
    "recorded date",
    "recordeddate",
    "end date",
    "enddate",
    "submitted",
    "timestamp",
    "päivämäärä",
    "pvm",
    "vastausaika",
    "aika",
];
const COMMENT: [&str; 9] = [
    "comment",
    "comments",
    "feedback",
    "open feedback",
    "why",
    "kommentti",
    "palaute",
    "avoin palaute",
    "perustelu",
];

/// Guesses each column from `headers`; a header is taken for one column only.
pub fn guess_columns(headers: &[String]) -> Guessed {
    let mut taken: Vec<usize> = Vec::new();
    let mut pick = |words: &[&str]| -> Option<String> {
        let lower: Vec<String> = headers.iter().map(|h| h.trim().to_lowercase()).collect();
        let free = |i: &usize| !taken.contains(i);
        let exact = (0..headers.len())
            .filter(free)
            .find(|&i| words.contains(&lower[i].as_str()));
        let within = || {
            words.iter().find_map(|word| {
                (0..headers.len())
                    .filter(free)
                    .find(|&i| holds(&lower[i], word))
            })
        };
        let found = exact.or_else(within)?;
        taken.push(found);
        Some(headers[found].clone())
    };
    let touchpoint = pick(&TOUCHPOINT);
    let score = pick(&SCORE);
    let date = pick(&DATE);
    let comment = pick(&COMMENT);
    let scale = score.as_deref().and_then(scale_named);
    Guessed {
        touchpoint,
        score,
        date,
        comment,
        scale,
    }
}

/// Whether `header` (lower case) holds `word`: a phrase anywhere, a single word as the
/// start of one of its words (`recommend` in `Recommended?`, never `ces` in `Services`).
fn holds(header: &str, word: &str) -> bool {
    if word.contains(' ') {
        return header.contains(word);
    }
    header
        .split(|c: char| !c.is_alphanumeric())
        .any(|part| part.starts_with(word))
}

/// The scale a header names, if it names one.
fn scale_named(header: &str) -> Option<Scale> {
    let header = header.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|word| holds(&header, word));
    if has(&["nps", "recommend", "suosittel"]) {
        Some(Scale::Nps)
    } else if has(&["csat", "satisf", "tyytyv"]) {
        Some(Scale::Csat)
    } else if has(&["ces", "effort", "vaiva"]) {
        Some(Scale::Ces)
    } else {
        // A range written in the header: `Rating (1–5)`.
        let range = |low: &str, high: &str| {
            ["-", "–", "—", " to ", "..."]
                .iter()
                .any(|dash| header.contains(&format!("{low}{dash}{high}")))
        };
        if range("0", "10") {
            Some(Scale::Nps)
        } else if range("1", "5") {
            Some(Scale::Rating5)
        } else if range("1", "7") {
            Some(Scale::Rating7)
        } else {
            None
        }
    }
}

/// The narrowest scale that holds every score read as a whole number (scores that are not
/// numbers are left for the check to report): 1–5, 1–7, else 0–10 (NPS).
pub fn scale_from_scores<'a>(scores: impl IntoIterator<Item = &'a str>) -> Scale {
    let mut low = u32::MAX;
    let mut high = 0;
    for score in scores {
        if let Ok(value) = score.trim().parse::<u32>() {
            low = low.min(value);
            high = high.max(value);
        }
    }
    match (low, high) {
        (1.., ..=5) => Scale::Rating5,
        (1.., ..=7) => Scale::Rating7,
        _ => Scale::Nps,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|name| (*name).to_owned()).collect()
    }

    #[test]
    fn english_headers_are_guessed() {
        let guessed = guess_columns(&headers(&[
            "Response ID",
            "Recorded Date",
            "Touchpoint",
            "How likely are you to recommend us? (NPS)",
            "Comments",
        ]));
        assert_eq!(guessed.touchpoint.as_deref(), Some("Touchpoint"));
        assert_eq!(
            guessed.score.as_deref(),
            Some("How likely are you to recommend us? (NPS)")
        );
        assert_eq!(guessed.scale, Some(Scale::Nps));
        assert_eq!(guessed.date.as_deref(), Some("Recorded Date"));
        assert_eq!(guessed.comment.as_deref(), Some("Comments"));
    }

    #[test]
    fn finnish_headers_are_guessed() {
        let guessed = guess_columns(&headers(&[
            "Päivämäärä",
            "Kosketuspiste",
            "Tyytyväisyys (1–5)",
            "Vapaa palaute",
        ]));
        assert_eq!(guessed.touchpoint.as_deref(), Some("Kosketuspiste"));
        assert_eq!(guessed.score.as_deref(), Some("Tyytyväisyys (1–5)"));
        assert_eq!(guessed.scale, Some(Scale::Csat));
        assert_eq!(guessed.date.as_deref(), Some("Päivämäärä"));
        assert_eq!(guessed.comment.as_deref(), Some("Vapaa palaute"));
    }

    #[test]
    fn a_range_in_the_header_names_the_scale() {
        let guessed = guess_columns(&headers(&["Kosketuspiste", "Arvio (1–5)"]));
        assert_eq!(guessed.score.as_deref(), Some("Arvio (1–5)"));
        assert_eq!(guessed.scale, Some(Scale::Rating5));
        let guessed = guess_columns(&headers(&["Touchpoint", "Score 0-10"]));
        assert_eq!(guessed.scale, Some(Scale::Nps));
    }

    #[test]
    fn what_fits_nothing_is_not_guessed() {
        let guessed = guess_columns(&headers(&["A", "Services", "Processes"]));
        assert_eq!(guessed, Guessed::default());
    }

    #[test]
    fn the_scale_is_the_narrowest_that_holds_the_scores() {
        assert_eq!(scale_from_scores(["1", "5", "3"]), Scale::Rating5);
        assert_eq!(scale_from_scores(["1", "7", "x"]), Scale::Rating7);
        assert_eq!(scale_from_scores(["0", "5"]), Scale::Nps);
        assert_eq!(scale_from_scores(["9", "10"]), Scale::Nps);
    }
}
