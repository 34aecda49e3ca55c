//! Reports of a map for a workshop's findings: Markdown and one self-contained HTML page.
//!
//! Both say the same things in the same order (a summary with what to fix first, the
//! TERMS heatmap, the ranked hidden-impact steps, handoffs, promise coverage, warnings,
//! personas, every touchpoint by stage, the parking lot), gathered once in
//! [`findings`]; for a map with feedback sources, what customers and employees said comes
//! after the summary ([`feedback`]). The output depends only on the map and its feedback
//! files, so the same map always gives the same bytes, and nothing in a report refers to
//! anything outside it: no scripts, no network.

mod feedback;
mod findings;
mod html;
mod markdown;
#[cfg(test)]
mod tests;

use crate::io::feedback::MapFeedback;
use crate::model::Journey;

/// The report as Markdown (CommonMark with GitHub-style tables); with what customers and
/// employees said when `feedback` is the map's feedback as read.
pub fn to_markdown(journey: &Journey, feedback: Option<&MapFeedback>) -> String {
    markdown::write(&findings::Findings::of(journey, feedback))
}

/// The report as one HTML5 page with its own styles, readable on screen and on paper.
pub fn to_html(journey: &Journey, feedback: Option<&MapFeedback>) -> String {
    html::write(&findings::Findings::of(journey, feedback))
}
