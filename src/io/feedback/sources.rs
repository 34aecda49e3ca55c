//! Reading every source a map names, from the files beside it: what the window (in the
//! background), `polku feedback check` and `polku insights` all do the same way.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::problems::Unusable;
use super::read::{FeedbackRead, read_responses};
use crate::model::feedback::{
    FeedbackSource, Period, Readings, Response, Summary, Window, Worsened, is_negative, summary,
};
use crate::model::{Journey, TouchpointId};

/// The largest feedback file polku reads: far more than a million responses.
pub const MAX_SOURCE_BYTES: u64 = 1024 * 1024 * 1024;

/// Where the file of `source` is: its path as the map names it, relative to the folder of
/// the map at `map` unless it is absolute.
pub fn source_path(map: &Path, source: &FeedbackSource) -> PathBuf {
    let file = Path::new(&source.file);
    if file.is_absolute() {
        file.to_path_buf()
    } else {
        map.parent().unwrap_or(Path::new("")).join(file)
    }
}

/// The responses of `source`, read from its file at `path`; or why they could not be, in
/// one message that names the file.
pub fn read_source(
    path: &Path,
    source: &FeedbackSource,
    journey: &Journey,
) -> Result<FeedbackRead, String> {
    crate::io::read_regular(path, MAX_SOURCE_BYTES)
        .map_err(|error| {
            format!(
                "{}: {error}",
                crate::io::single_line(&path.display().to_string())
            )
        })
        .and_then(|bytes| {
            read_responses(&bytes, path, source, journey).map_err(|error| error.to_string())
        })
}

/// How one source was read: its rows, or why it could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceRead {
    pub source: FeedbackSource,
    pub path: PathBuf,
    /// Every row under the header; none when the file could not be read.
    pub rows: usize,
    /// Rows matched to a touchpoint and read.
    pub matched: usize,
    /// In the order of the file.
    pub unusable: Vec<Unusable>,
    /// Why the file could not be read at all.
    pub problem: Option<String>,
}

impl SourceRead {
    /// How the source was read, in one sentence of the thread's language: its rows, how
    /// many were matched to a touchpoint and how many could not be used; or why it could
    /// not be read at all.
    pub fn said(&self) -> String {
        match &self.problem {
            Some(problem) => problem.clone(),
            None => crate::tr!(
                "io-feedback-source-read",
                file = self.source.file.as_str(),
                whose = self.source.audience.label(),
                rows = self.rows,
                matched = self.matched,
                unusable = self.unusable.len()
            ),
        }
    }
}

/// Every source of `journey` (the map at `map`), read: how each went, and the responses of
/// those that could be read, in the map's order of sources. `each_done` is called as each
/// source has been read, for whoever waits.
pub fn read_sources(
    map: &Path,
    journey: &Journey,
    each_done: &dyn Fn(),
) -> (Vec<SourceRead>, Vec<Readings>) {
    let mut sources = Vec::new();
    let mut readings = Vec::new();
    for source in journey.feedback() {
        let path = source_path(map, source);
        let mut entry = SourceRead {
            source: source.clone(),
            path: path.clone(),
            rows: 0,
            matched: 0,
            unusable: Vec::new(),
            problem: None,
        };
        match read_source(&path, source, journey) {
            Ok(read) => {
                entry.rows = read.rows;
                entry.matched = read.responses.len();
                entry.unusable = read.unusable;
                readings.push(Readings {
                    file: source.file.clone(),
                    audience: source.audience,
                    scale: source.scale,
                    responses: read.responses,
                });
            }
            Err(problem) => entry.problem = Some(problem),
        }
        sources.push(entry);
        each_done();
    }
    (sources, readings)
}

/// A map's feedback as the window shows it: how each source was read, the responses, and
/// their summary.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapFeedback {
    pub sources: Vec<SourceRead>,
    pub readings: Vec<Readings>,
    pub summary: Summary,
    /// Each touchpoint's responses, newest first, as (reading, response) indices: what the
    /// inspector lists, found without going through every response.
    pub about: BTreeMap<TouchpointId, Vec<(usize, usize)>>,
}

impl MapFeedback {
    /// Sums up `readings`, read from `sources`, for `journey`.
    pub fn new(
        journey: &Journey,
        sources: Vec<SourceRead>,
        readings: Vec<Readings>,
        window: &Window,
        period: Period,
    ) -> Self {
        let summary = summary(journey, &readings, window, period);
        let mut about: BTreeMap<TouchpointId, Vec<(usize, usize)>> = BTreeMap::new();
        for (r, reading) in readings.iter().enumerate() {
            for (i, response) in reading.responses.iter().enumerate() {
                about.entry(response.touchpoint).or_default().push((r, i));
            }
        }
        for found in about.values_mut() {
            // Newest first; undated ones last; in the file's order among equals.
            found.sort_by_key(|&(r, i)| {
                let response = &readings[r].responses[i];
                (std::cmp::Reverse(response.date), r, i)
            });
        }
        Self {
            sources,
            readings,
            summary,
            about,
        }
    }

    /// The responses about `touchpoint` in the source at `source` (its index among the
    /// readings), newest first.
    pub fn responses_in(
        &self,
        touchpoint: TouchpointId,
        source: usize,
    ) -> impl Iterator<Item = &Response> + '_ {
        self.about
            .get(&touchpoint)
            .into_iter()
            .flatten()
            .filter(move |&&(r, _)| r == source)
            .map(|&(r, i)| &self.readings[r].responses[i])
    }

    /// The negative comments behind a touchpoint that got worse: those of the latest
    /// period in the source it was measured in, newest first, each said once however many
    /// said it, at most `count`.
    pub fn comments_behind(&self, worse: &Worsened, count: usize) -> Vec<&str> {
        let mut seen = std::collections::HashSet::new();
        self.responses_in(worse.touchpoint, worse.source)
            .filter(|response| self.summary.in_latest_period(response.date))
            .filter(|response| {
                is_negative(worse.scale, response.score) && !response.comment.trim().is_empty()
            })
            .map(|response| response.comment.trim())
            .filter(|comment| seen.insert(*comment))
            .take(count)
            .collect()
    }

    /// The responses about `touchpoint`, newest first, with whose they are and their scale.
    pub fn responses_about(
        &self,
        touchpoint: TouchpointId,
    ) -> impl Iterator<Item = (&Readings, &Response)> + '_ {
        self.about
            .get(&touchpoint)
            .into_iter()
            .flatten()
            .map(|&(r, i)| (&self.readings[r], &self.readings[r].responses[i]))
    }
}
