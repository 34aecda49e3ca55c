//! Reading clipboard text as a fragment: its markers and version first, then the text,
//! then that everything it refers to is in it. It never looks at the map being pasted into.

use std::collections::BTreeSet;

use super::error::FragmentError;
use super::format::{FRAGMENT_VERSION, Fragment, Probe};
use crate::io::syntax::{self, Root};
use crate::model::{LaneId, StageId};

/// Reads and checks clipboard text, so that everything it refers to is in it.
pub(super) fn parse(text: &str) -> Result<Fragment, FragmentError> {
    let malformed = |error: ron::error::SpannedError| FragmentError::Malformed {
        line: error.span.start.line,
        column: error.span.start.col,
        message: syntax::explain(&error, text, Root::Fragment),
    };
    let probe = match ron::Options::default().from_str::<Probe>(text) {
        Ok(probe) => probe,
        // Broken text that says it is a fragment deserves the parser's word on what broke.
        Err(_) if text.contains("polku_fragment") => {
            return Err(crate::io::journey_file::ron_options()
                .from_str::<Fragment>(text)
                .map_or_else(malformed, |_| FragmentError::NotAFragment));
        }
        Err(_) => return Err(FragmentError::NotAFragment),
    };
    match (probe.polku_fragment, probe.version) {
        (0, 0) => return Err(FragmentError::NotAFragment),
        (0, _) => return Err(FragmentError::WholeMap),
        (version, _) if version > FRAGMENT_VERSION => {
            return Err(FragmentError::NewerVersion(version));
        }
        _ => {}
    }
    let fragment: Fragment = crate::io::journey_file::ron_options()
        .from_str(text)
        .map_err(malformed)?;
    check(&fragment)?;
    Ok(fragment)
}

fn check(fragment: &Fragment) -> Result<(), FragmentError> {
    if fragment.touchpoints.is_empty() {
        return Err(FragmentError::Empty);
    }
    let lanes: BTreeSet<LaneId> = fragment.lanes.iter().map(|lane| lane.id).collect();
    let stages: BTreeSet<StageId> = fragment.stages.iter().map(|stage| stage.id).collect();
    let mut touchpoints = BTreeSet::new();
    for touchpoint in &fragment.touchpoints {
        let id = touchpoint.id;
        if !touchpoints.insert(id) {
            return Err(FragmentError::DuplicateTouchpoint(id));
        }
        if !lanes.contains(&touchpoint.lane) {
            return Err(FragmentError::UnknownLane {
                touchpoint: id,
                lane: touchpoint.lane,
            });
        }
        if !stages.contains(&touchpoint.stage) {
            return Err(FragmentError::UnknownStage {
                touchpoint: id,
                stage: touchpoint.stage,
            });
        }
        let areas: BTreeSet<_> = touchpoint.terms.iter().map(|tag| tag.area).collect();
        if areas.len() != touchpoint.terms.len() {
            return Err(FragmentError::DuplicateTag(id));
        }
        if !touchpoint.x.is_finite() {
            return Err(FragmentError::NotFinite(id));
        }
    }
    for link in &fragment.links {
        if let Some(&touchpoint) = [link.from, link.to]
            .iter()
            .find(|end| !touchpoints.contains(end))
        {
            return Err(FragmentError::LinkToMissing {
                link: link.id,
                touchpoint,
            });
        }
    }
    Ok(())
}
