//! The notes under a printed map: every TERMS tag that has a note gets a number, shown as
//! a small footnote mark beside its chip on the card, and the notes are listed under the
//! legend ("1  T (major) Pays the invoice: the due date is hidden"), whole, in columns as
//! wide as a comfortable line, so that what the team wrote travels with the picture.

use std::collections::HashMap;
use std::ops::Range;

use emath::{Pos2, Rect, pos2, vec2};

use super::card::centred_baseline;
use super::palette::{TEXT, WEAK_TEXT};
use super::svg::{Font, Svg};
use super::text::{ASCENT_EM, LINE_HEIGHT_EM, wrap};
use crate::model::layout::Layout;
use crate::model::look::card::shown_title;
use crate::model::look::font::Metrics;
use crate::model::{Journey, TermsArea, TouchpointId};

/// Size of the notes' text, as the legend's.
const SIZE: f32 = 12.0;
const HEADING_SIZE: f32 = 14.0;
/// Height of the heading's row.
const HEADING_HEIGHT: f32 = 26.0;
/// Space between two notes of a column.
const NOTE_GAP: f32 = 5.0;
/// Space between the number and its note.
const NUMBER_GAP: f32 = 8.0;
/// The narrowest a column of notes gets, and the space between columns: a wide sheet
/// gets as many columns as fit, so no line is much longer than a line of a book.
const MIN_COLUMN_WIDTH: f32 = 420.0;
const COLUMN_GAP: f32 = 32.0;

/// One numbered note, laid out.
#[derive(Debug)]
struct Note {
    number: usize,
    /// The note's text in lines, as wide as its column less the number.
    lines: Vec<String>,
    /// Its place, relative to the block's top left corner: left and top.
    at: Pos2,
}

impl Note {
    fn height(&self) -> f32 {
        self.lines.len().max(1) as f32 * LINE_HEIGHT_EM * SIZE
    }
}

/// The numbered notes of a journey, laid out in columns under a heading.
pub(super) struct Notes {
    notes: Vec<Note>,
    /// For each card with numbered notes: each area's number, in TERMS order.
    numbers: HashMap<TouchpointId, Vec<(TermsArea, usize)>>,
    /// Width of the widest number, where each note's text starts.
    indent: f32,
    column_width: f32,
    height: f32,
}

impl Notes {
    /// The notes of the cards on `layout`, numbered in reading order (by stage, then
    /// place in the stage from the left, then lane from the top; within a card in TERMS
    /// order), laid out in columns within `width`.
    pub(super) fn new(journey: &Journey, layout: &Layout, width: f32) -> Self {
        let stage_index: HashMap<_, _> = layout
            .stages
            .iter()
            .enumerate()
            .map(|(i, column)| (column.id, i))
            .collect();
        let lane_index: HashMap<_, _> = layout
            .lanes
            .iter()
            .enumerate()
            .map(|(i, band)| (band.id, i))
            .collect();
        let mut cards: Vec<_> = journey
            .touchpoints()
            .filter(|t| t.terms.iter().any(|tag| !tag.note.trim().is_empty()))
            .filter_map(|t| {
                let rect = layout.cards.get(&t.id)?;
                let stage = stage_index.get(&t.stage)?;
                let lane = lane_index.get(&t.lane)?;
                Some(((*stage, rect.min.x, *lane, t.id), t))
            })
            .collect();
        cards.sort_by(|(a, _), (b, _)| {
            (a.0.cmp(&b.0))
                .then(a.1.total_cmp(&b.1))
                .then(a.2.cmp(&b.2))
                .then(a.3.cmp(&b.3))
        });

        let mut texts = Vec::new();
        let mut numbers: HashMap<TouchpointId, Vec<(TermsArea, usize)>> = HashMap::new();
        for (_, touchpoint) in cards {
            for tag in touchpoint
                .terms
                .iter()
                .filter(|t| !t.note.trim().is_empty())
            {
                let number = texts.len() + 1;
                numbers
                    .entry(touchpoint.id)
                    .or_default()
                    .push((tag.area, number));
                texts.push(crate::tr!(
                    "io-notes-note",
                    letter = tag.area.letter().to_string(),
                    severity = tag.severity.label(),
                    title = shown_title(touchpoint),
                    note = tag.note.trim()
                ));
            }
        }
        let metrics = Metrics::get();
        let indent = metrics.width(&texts.len().to_string(), SIZE) + NUMBER_GAP;
        let columns = column_count(width);
        let column_width = (width - COLUMN_GAP * (columns - 1) as f32) / columns as f32;
        let mut notes: Vec<Note> = texts
            .iter()
            .enumerate()
            .map(|(i, text)| Note {
                number: i + 1,
                lines: wrap(text, SIZE, (column_width - indent).max(1.0), usize::MAX),
                at: Pos2::ZERO,
            })
            .collect();
        let heights: Vec<f32> = notes.iter().map(Note::height).collect();
        let breaks = balance(&heights, columns);
        let mut tallest: f32 = 0.0;
        for (column, range) in breaks.into_iter().enumerate() {
            let left = column as f32 * (column_width + COLUMN_GAP);
            let mut top = HEADING_HEIGHT;
            for note in &mut notes[range] {
                note.at = pos2(left, top);
                top += note.height() + NOTE_GAP;
            }
            tallest = tallest.max(top - NOTE_GAP);
        }
        let height = if notes.is_empty() { 0.0 } else { tallest };
        Self {
            notes,
            numbers,
            indent,
            column_width,
            height,
        }
    }

    /// How many notes there are.
    pub(super) fn len(&self) -> usize {
        self.notes.len()
    }

    /// Height of the block: nothing when there are no notes.
    pub(super) fn height(&self) -> f32 {
        self.height
    }

    /// The numbers of `touchpoint`'s notes, with their areas.
    pub(super) fn numbers(&self, touchpoint: TouchpointId) -> &[(TermsArea, usize)] {
        self.numbers.get(&touchpoint).map_or(&[], Vec::as_slice)
    }

    /// How many nodes of SVG the note at place `i` is: its number and each of its lines,
    /// a text element and its text each.
    pub(super) fn nodes(&self, i: usize) -> usize {
        self.notes.get(i).map_or(0, |note| 2 + 2 * note.lines.len())
    }

    /// Draws the notes at the places in `range` with the block's top left corner at
    /// `origin` (the heading with the first), leaving out those wholly outside `view`
    /// when given.
    pub(super) fn draw(
        &self,
        svg: &mut Svg,
        origin: Pos2,
        range: Range<usize>,
        view: Option<Rect>,
    ) {
        if self.notes.is_empty() || range.is_empty() {
            return;
        }
        svg.open_group(Some("notes"), None);
        if range.start == 0 {
            let centre = pos2(origin.x, origin.y + HEADING_HEIGHT / 2.0);
            svg.text(
                centred_baseline(centre, HEADING_SIZE),
                Font::new(HEADING_SIZE, TEXT),
                &crate::tr!("io-notes-heading"),
            );
        }
        let count = range.end.saturating_sub(range.start);
        for note in self.notes.iter().skip(range.start).take(count) {
            let top_left = origin + note.at.to_vec2();
            let rect = Rect::from_min_size(top_left, vec2(self.column_width, note.height()));
            if view.is_some_and(|view| !view.intersects(rect)) {
                continue;
            }
            let baseline = |line: usize| {
                pos2(
                    top_left.x,
                    top_left.y + (line as f32 * LINE_HEIGHT_EM + ASCENT_EM) * SIZE,
                )
            };
            svg.text(baseline(0), Font::new(SIZE, TEXT), &note.number.to_string());
            for (i, line) in note.lines.iter().enumerate() {
                svg.text(
                    baseline(i) + vec2(self.indent, 0.0),
                    Font::new(SIZE, WEAK_TEXT),
                    line,
                );
            }
        }
        svg.close_group();
    }
}

/// How many columns of notes a block `width` wide holds.
fn column_count(width: f32) -> usize {
    let columns = ((width + COLUMN_GAP) / (MIN_COLUMN_WIDTH + COLUMN_GAP)).floor();
    if columns.is_finite() && columns >= 1.0 {
        columns as usize
    } else {
        1
    }
}

/// The notes of each column: `heights` (in reading order) cut into at most `columns`
/// runs whose tallest is as short as it can be, so the columns end near one another.
fn balance(heights: &[f32], columns: usize) -> Vec<Range<usize>> {
    let runs = |limit: f32| {
        let mut runs = Vec::new();
        let (mut start, mut filled) = (0, 0.0);
        for (i, &height) in heights.iter().enumerate() {
            if i > start && filled + NOTE_GAP + height > limit {
                runs.push(start..i);
                (start, filled) = (i, 0.0);
            }
            filled += if i == start {
                height
            } else {
                NOTE_GAP + height
            };
        }
        if start < heights.len() {
            runs.push(start..heights.len());
        }
        runs
    };
    let total: f32 = heights.iter().map(|h| h + NOTE_GAP).sum();
    let tallest = heights.iter().copied().fold(0.0, f32::max);
    // The shortest limit that needs no more than `columns` runs, found by halving.
    let (mut low, mut high) = (tallest, total.max(tallest));
    for _ in 0..40 {
        let middle = (low + high) / 2.0;
        if runs(middle).len() <= columns {
            high = middle;
        } else {
            low = middle;
        }
    }
    runs(high)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_balanced_and_keep_reading_order() {
        let heights = [10.0, 30.0, 10.0, 10.0, 10.0, 10.0, 20.0];
        let runs = balance(&heights, 3);
        assert!(runs.len() <= 3);
        let flat: Vec<usize> = runs.iter().cloned().flatten().collect();
        assert_eq!(flat, (0..heights.len()).collect::<Vec<_>>());
        let tallest = runs
            .iter()
            .map(|r| heights[r.clone()].iter().sum::<f32>() + NOTE_GAP * (r.len() - 1) as f32)
            .fold(0.0, f32::max);
        // The best cut of these is 45 (10+30 | 10+10+10 | 10+20, with the gaps).
        assert!(tallest <= 45.0 + 0.01, "{runs:?}");
        assert_eq!(balance(&[], 4), Vec::<Range<usize>>::new());
        let one = balance(&[5.0, 5.0], 1);
        assert_eq!((one.len(), one.first().cloned()), (1, Some(0..2)));
    }

    #[test]
    fn a_narrow_block_has_one_column_and_a_wide_one_several() {
        assert_eq!(column_count(100.0), 1);
        assert_eq!(column_count(f32::NAN), 1);
        assert_eq!(column_count(MIN_COLUMN_WIDTH * 3.0 + COLUMN_GAP * 2.0), 3);
    }
}
