//! Reports of a map for a workshop's findings: Markdown and one self-contained HTML page.
//!
//! Both say the same things in the same order (a summary with what to fix first, the
//! TERMS heatmap, the ranked hidden-impact steps, handoffs, promise coverage, warnings,
//! personas, every touchpoint by stage, the parking lot), gathered once in
//! [`findings`]. The output depends only on the map, so the same map always gives the
//! same bytes, and nothing in a report refers to anything outside it: no scripts, no
//! network.

mod findings;
mod html;
mod markdown;
#[cfg(test)]
mod tests;

use crate::model::Journey;

/// The report as Markdown (CommonMark with GitHub-style tables).
pub fn to_markdown(journey: &Journey) -> String {
    markdown::write(&findings::Findings::of(journey))
}

/// The report as one HTML5 page with its own styles, readable on screen and on paper.
pub fn to_html(journey: &Journey) -> String {
    html::write(&findings::Findings::of(journey))
}
