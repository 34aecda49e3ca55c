//! Building a live journey from a document, checking every reference and limit in it,
//! and turning it back into a document. Only the whole document at once: a change to a
//! journey is an edit.

use std::collections::BTreeSet;

use super::Journey;
use super::document::Document;
use super::errors::{DocumentError, Subject};
use super::rules::{self, List, Misplaced};
use crate::model::conflict::Thing;
use crate::model::ids::{IdSource, TouchpointId};
use crate::model::limits::{Bounded as _, LimitError};

impl Journey {
    /// Builds a journey from plain data, checking every reference in it.
    ///
    /// Lists the problems found, in the order of the document, when there are any.
    pub fn from_document(document: Document) -> Result<Self, Vec<DocumentError>> {
        let Document {
            title,
            description,
            lanes,
            stages,
            touchpoints,
            links,
            mut personas,
            mut promises,
            parking_lot,
            conflicts,
            feedback,
        } = document;
        let mut errors = Vec::new();
        let mut over = |subject: Subject, result: Result<(), LimitError>| {
            if let Err(error) = result {
                errors.push(DocumentError::OverLimit { subject, error });
            }
        };
        over(Subject::Map, rules::title(&title));
        over(Subject::Map, rules::description(&description));
        for (list, len) in [
            (List::Lanes, lanes.len()),
            (List::Stages, stages.len()),
            (List::Touchpoints, touchpoints.len()),
            (List::Links, links.len()),
            (List::Personas, personas.len()),
            (List::Promises, promises.len()),
            (List::Ideas, parking_lot.len()),
            (List::Conflicts, conflicts.len()),
            (List::FeedbackSources, feedback.len()),
        ] {
            over(Subject::Map, rules::length(list, len));
        }
        for lane in &lanes {
            over(Subject::Lane(lane.id), lane.check_limits());
        }
        for stage in &stages {
            over(Subject::Stage(stage.id), stage.check_limits());
        }
        for touchpoint in &touchpoints {
            over(
                Subject::Touchpoint(touchpoint.id),
                touchpoint.check_limits(),
            );
        }
        for link in &links {
            over(Subject::Link(link.id), link.check_limits());
        }
        for persona in &personas {
            over(Subject::Persona(persona.id), persona.check_limits());
        }
        for promise in &promises {
            over(Subject::Promise(promise.id), promise.check_limits());
        }
        for (index, idea) in parking_lot.iter().enumerate() {
            over(Subject::Idea(index + 1), idea.check_limits());
        }
        if !errors.is_empty() {
            // Nothing more is built from a document this large.
            return Err(errors);
        }

        let mut journey = Self {
            title,
            description,
            parking_lot,
            conflicts,
            feedback,
            ..Self::default()
        };

        let mut lane_ids = BTreeSet::new();
        for lane in lanes {
            if lane_ids.insert(lane.id) {
                IdSource::bump(&mut journey.counters.lane, lane.id.0);
                journey.lanes.push(lane);
            } else {
                errors.push(DocumentError::DuplicateLane(lane.id));
            }
        }
        let mut stage_ids = BTreeSet::new();
        for stage in stages {
            if stage_ids.insert(stage.id) {
                IdSource::bump(&mut journey.counters.stage, stage.id.0);
                journey.stages.push(stage);
            } else {
                errors.push(DocumentError::DuplicateStage(stage.id));
            }
        }

        for touchpoint in touchpoints {
            let id = touchpoint.id;
            if journey.nodes.contains_key(&id) {
                errors.push(DocumentError::DuplicateTouchpoint(id));
                continue;
            }
            let place = (touchpoint.lane, touchpoint.stage, touchpoint.x);
            let misplaced = rules::misplacements(
                place,
                |lane| lane_ids.contains(&lane),
                |stage| stage_ids.contains(&stage),
            );
            errors.extend(misplaced.map(|misplaced| misplaced_error(id, misplaced)));
            errors.extend(rules::repeated_areas(&touchpoint.terms).map(|area| {
                DocumentError::DuplicateTag {
                    touchpoint: id,
                    area,
                }
            }));
            journey.insert_touchpoint(touchpoint);
        }

        for link in links {
            if journey.edges.contains_key(&link.id) {
                errors.push(DocumentError::DuplicateLink(link.id));
                continue;
            }
            let exists = |end| journey.nodes.contains_key(&end);
            let missing = rules::missing_touchpoints(&[link.from, link.to], exists).next();
            if let Some(touchpoint) = missing {
                errors.push(DocumentError::LinkToMissing {
                    link: link.id,
                    touchpoint,
                });
                continue;
            }
            journey.insert_link(link);
        }

        personas.sort_by_key(|p| p.id);
        for (i, persona) in personas.iter().enumerate() {
            if i > 0 && personas[i - 1].id == persona.id {
                errors.push(DocumentError::DuplicatePersona(persona.id));
            }
            let exists = |id| journey.nodes.contains_key(&id);
            errors.extend(
                rules::missing_touchpoints(&persona.path, exists).map(|touchpoint| {
                    DocumentError::PersonaToMissing {
                        persona: persona.id,
                        touchpoint,
                    }
                }),
            );
            IdSource::bump(&mut journey.counters.persona, persona.id.0);
        }
        journey.personas = personas;

        promises.sort_by_key(|p| p.id);
        for (i, promise) in promises.iter().enumerate() {
            if i > 0 && promises[i - 1].id == promise.id {
                errors.push(DocumentError::DuplicatePromise(promise.id));
            }
            let named = promise.redeemed_by.iter().chain(&promise.secured_by);
            let exists = |id| journey.nodes.contains_key(&id);
            errors.extend(rules::missing_touchpoints(named, exists).map(|touchpoint| {
                DocumentError::PromiseToMissing {
                    promise: promise.id,
                    touchpoint,
                }
            }));
            IdSource::bump(&mut journey.counters.promise, promise.id.0);
        }
        journey.promises = promises;

        // A conflict may name a thing no list holds (removed on our side): its id is
        // taken all the same, so nothing new is given it and mistaken for it.
        for conflict in &journey.conflicts {
            let counters = &mut journey.counters;
            match conflict.thing {
                Thing::Map => {}
                Thing::Lane(id) => IdSource::bump(&mut counters.lane, id.0),
                Thing::Stage(id) => IdSource::bump(&mut counters.stage, id.0),
                Thing::Touchpoint(id) => IdSource::bump(&mut counters.touchpoint, id.0),
                Thing::Link(id) => IdSource::bump(&mut counters.link, id.0),
                Thing::Persona(id) => IdSource::bump(&mut counters.persona, id.0),
                Thing::Promise(id) => IdSource::bump(&mut counters.promise, id.0),
            }
        }

        if errors.is_empty() {
            Ok(journey)
        } else {
            Err(errors)
        }
    }

    /// The journey as plain data, sorted as the file keeps it.
    pub fn to_document(&self) -> Document {
        Document {
            title: self.title.clone(),
            description: self.description.clone(),
            lanes: self.lanes.clone(),
            stages: self.stages.clone(),
            touchpoints: self.touchpoints().cloned().collect(),
            links: self.links().cloned().collect(),
            personas: self.personas.clone(),
            promises: self.promises.clone(),
            parking_lot: self.parking_lot.clone(),
            conflicts: self.conflicts.clone(),
            feedback: self.feedback.clone(),
        }
    }
}

/// What a document says when touchpoint `touchpoint` stands where it may not.
fn misplaced_error(touchpoint: TouchpointId, misplaced: Misplaced) -> DocumentError {
    match misplaced {
        Misplaced::MissingLane(lane) => DocumentError::MissingLane { touchpoint, lane },
        Misplaced::MissingStage(stage) => DocumentError::MissingStage { touchpoint, stage },
        Misplaced::NotDrawable(x) => DocumentError::NotFinite { touchpoint, x },
    }
}
