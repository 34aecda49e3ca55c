//! Figures of groups of touchpoints: each stage's, and each persona's along their path.
//! A group's figure pools the responses about any of its touchpoints, per audience from
//! the first source of that audience that has responses about the group (as a
//! touchpoint's figure comes from the first source that has it: scales are never mixed).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::figures::{Window, figure};
use super::mirror::{Readings, Scored};
use super::source::Audience;
use crate::model::ids::{PersonaId, StageId, TouchpointId};
use crate::model::journey::Journey;

/// A group's figure for customers (`[0]`) and employees (`[1]`).
pub type Both = [Option<Scored>; 2];

/// The figures of each stage and of each persona's path that has responses.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Groups {
    pub stages: BTreeMap<StageId, Both>,
    pub personas: BTreeMap<PersonaId, Both>,
}

/// A group of touchpoints by its name: a stage, or a persona whose path it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group<'a> {
    Stage(&'a str),
    Path(&'a str),
}

impl Groups {
    /// The groups with responses as a map lists them: its stages left to right, then its
    /// personas.
    pub fn in_order<'a>(&'a self, journey: &'a Journey) -> Vec<(Group<'a>, &'a Both)> {
        let stages = journey.stages().iter().filter_map(|stage| {
            Some((
                Group::Stage(stage.name.as_str()),
                self.stages.get(&stage.id)?,
            ))
        });
        let paths = journey.personas().iter().filter_map(|persona| {
            Some((
                Group::Path(persona.name.as_str()),
                self.personas.get(&persona.id)?,
            ))
        });
        stages.chain(paths).collect()
    }
}

/// The figures of `journey`'s stages and personas' paths within `window`.
pub fn groups(journey: &Journey, readings: &[Readings], window: &Window) -> Groups {
    let stage_of: HashMap<TouchpointId, StageId> =
        journey.touchpoints().map(|t| (t.id, t.stage)).collect();
    // Each touchpoint's personas, once each however often their path meets it.
    let mut on_paths: HashMap<TouchpointId, BTreeSet<PersonaId>> = HashMap::new();
    for persona in journey.personas() {
        for &touchpoint in &persona.path {
            on_paths.entry(touchpoint).or_default().insert(persona.id);
        }
    }
    let mut found = Groups::default();
    for (slot, audience) in [(0, Audience::Customer), (1, Audience::Employee)] {
        for reading in readings.iter().filter(|r| r.audience == audience) {
            let mut stages: BTreeMap<StageId, Vec<u8>> = BTreeMap::new();
            let mut personas: BTreeMap<PersonaId, Vec<u8>> = BTreeMap::new();
            for response in reading
                .responses
                .iter()
                .filter(|response| window.contains(response.date))
            {
                if let Some(&stage) = stage_of.get(&response.touchpoint) {
                    stages.entry(stage).or_default().push(response.score);
                }
                for &persona in on_paths.get(&response.touchpoint).into_iter().flatten() {
                    personas.entry(persona).or_default().push(response.score);
                }
            }
            let scored = |scores: Vec<u8>| {
                figure(reading.scale, scores).map(|figure| Scored {
                    scale: reading.scale,
                    figure,
                })
            };
            for (stage, scores) in stages {
                let both = found.stages.entry(stage).or_default();
                if both[slot].is_none() {
                    both[slot] = scored(scores);
                }
            }
            for (persona, scores) in personas {
                let both = found.personas.entry(persona).or_default();
                if both[slot].is_none() {
                    both[slot] = scored(scores);
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::concepts::{Persona, Touchpoint};
    use crate::model::feedback::{Response, Scale};
    use crate::model::ids::LaneId;
    use crate::model::journey::Document;
    use crate::model::{Lane, LaneKind, Stage};

    /// Stage 1 holds touchpoints 1 and 2, stage 2 touchpoint 3; the persona's path is
    /// 1, 3 and 1 again.
    fn journey() -> Journey {
        let document = Document {
            lanes: vec![Lane {
                id: LaneId(1),
                name: "Customer".to_owned(),
                kind: LaneKind::Customer,
            }],
            stages: [1, 2]
                .map(|id| Stage {
                    id: StageId(id),
                    name: format!("Stage {id}"),
                })
                .into(),
            touchpoints: [(1, 1), (2, 1), (3, 2)]
                .map(|(id, stage)| {
                    Touchpoint::new(TouchpointId(id), "Step", LaneId(1), StageId(stage))
                })
                .into(),
            personas: vec![Persona {
                id: PersonaId(1),
                name: "Maija".to_owned(),
                description: String::new(),
                kind: Default::default(),
                colour: Default::default(),
                path: vec![TouchpointId(1), TouchpointId(3), TouchpointId(1)],
            }],
            ..Document::default()
        };
        Journey::from_document(document).expect("the test map loads")
    }

    fn readings(audience: Audience, scale: Scale, scores: &[(u64, u8)]) -> Readings {
        Readings {
            file: "responses.csv".to_owned(),
            audience,
            scale,
            responses: scores
                .iter()
                .map(|&(touchpoint, score)| Response {
                    row: 2,
                    touchpoint: TouchpointId(touchpoint),
                    date: None,
                    score,
                    comment: String::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn a_stage_and_a_path_pool_their_touchpoints_responses() {
        let customers = readings(
            Audience::Customer,
            Scale::Nps,
            &[(1, 10), (2, 0), (2, 8), (3, 9)],
        );
        let employees = readings(Audience::Employee, Scale::Rating5, &[(3, 2), (3, 4)]);
        let found = groups(&journey(), &[customers, employees], &Window::ALL);
        let score =
            |both: &Both, slot: usize| both[slot].map(|s| (s.figure.responses, s.figure.score));
        // Stage 1: 10, 0, 8: one promoter, one detractor of three: NPS 0.
        let first = &found.stages[&StageId(1)];
        assert_eq!(score(first, 0), Some((3, 0.0)));
        assert_eq!(score(first, 1), None);
        // Stage 2: one promoter; employees 2 and 4: a mean of 3.
        let second = &found.stages[&StageId(2)];
        assert_eq!(score(second, 0), Some((1, 100.0)));
        assert_eq!(score(second, 1), Some((2, 3.0)));
        // The path meets touchpoints 1 and 3 (1 twice, its response counted once): 10 and
        // 9, both promoters.
        let path = &found.personas[&PersonaId(1)];
        assert_eq!(score(path, 0), Some((2, 100.0)));
        assert_eq!(score(path, 1), Some((2, 3.0)));
    }
}
