//! Edits and their inverses: any sequence of edits, undone in reverse order, gives back
//! the journey it started from; a refused edit changes nothing.

use polku::model::{
    Channel, Colour, Date, Edit, EvidenceLevel, Journey, Lane, LaneId, LaneKind, Link, LinkId,
    LinkKind, Observation, Persona, PersonaId, PersonaKind, Promise, PromiseId, Rating, Severity,
    Stage, StageId, TermsArea, TermsTag, Touchpoint, TouchpointChange, TouchpointId,
    templates::Template,
};
use proptest::prelude::*;

/// A recipe for an edit, turned into a concrete edit against the journey as it is when
/// the edit is made, so that most recipes give edits that fit.
#[derive(Clone, Debug)]
enum Recipe {
    AddTouchpoint {
        lane: usize,
        stage: usize,
        x: f32,
        title: String,
    },
    RemoveTouchpoint(usize),
    Update(usize, ChangeRecipe),
    AddObservation {
        touchpoint: usize,
        index: usize,
        text: String,
    },
    RemoveObservation {
        touchpoint: usize,
        index: usize,
    },
    AddLink {
        from: usize,
        to: usize,
        support: bool,
    },
    RemoveLink(usize),
    SetLink {
        link: usize,
        support: bool,
        label: String,
    },
    AddLane {
        index: usize,
        kind: usize,
        name: String,
    },
    RemoveLane(usize),
    SetLane {
        lane: usize,
        kind: usize,
        name: String,
    },
    MoveLane {
        lane: usize,
        index: usize,
    },
    AddStage {
        index: usize,
        name: String,
    },
    RemoveStage(usize),
    RenameStage {
        stage: usize,
        name: String,
    },
    MoveStage {
        stage: usize,
        index: usize,
    },
    AddPersona {
        path: Vec<usize>,
    },
    RemovePersona(usize),
    SetPersonaPath {
        persona: usize,
        path: Vec<usize>,
    },
    AddPromise {
        redeemed: Vec<usize>,
        secured: Vec<usize>,
    },
    RemovePromise(usize),
    SetPromise {
        promise: usize,
        text: String,
        secured: Vec<usize>,
    },
    SetInfo {
        title: String,
    },
    AddIdea {
        index: usize,
        text: String,
    },
    RemoveIdea(usize),
    SetIdea {
        index: usize,
        text: String,
    },
    Batch(Vec<Recipe>),
    /// An edit naming things that do not exist.
    Stray(u64),
}

#[derive(Clone, Debug)]
enum ChangeRecipe {
    Title(String),
    Owner(String),
    Channel(usize),
    Emotion(Option<i64>),
    Evidence(usize),
    Place {
        lane: usize,
        stage: usize,
        x: f32,
    },
    Tag {
        area: usize,
        severity: Option<i64>,
        note: String,
    },
}

fn pick<T: Copy>(items: &[T], index: usize) -> Option<T> {
    (!items.is_empty()).then(|| items[index % items.len()])
}

impl Recipe {
    fn edit(&self, journey: &mut Journey) -> Edit {
        let touchpoints: Vec<TouchpointId> = journey.touchpoints().map(|t| t.id).collect();
        let links: Vec<LinkId> = journey.links().map(|l| l.id).collect();
        let lanes: Vec<LaneId> = journey.lanes().iter().map(|l| l.id).collect();
        let stages: Vec<StageId> = journey.stages().iter().map(|s| s.id).collect();
        let personas: Vec<PersonaId> = journey.personas().iter().map(|p| p.id).collect();
        let promises: Vec<PromiseId> = journey.promises().iter().map(|p| p.id).collect();
        let some_touchpoints = |indices: &[usize]| -> Vec<TouchpointId> {
            indices
                .iter()
                .filter_map(|&i| pick(&touchpoints, i))
                .collect()
        };
        let missing = Edit::RemoveTouchpoint(TouchpointId(u64::MAX));
        match self {
            Self::AddTouchpoint {
                lane,
                stage,
                x,
                title,
            } => {
                let (Some(lane), Some(stage)) = (pick(&lanes, *lane), pick(&stages, *stage)) else {
                    return missing;
                };
                let mut touchpoint =
                    Touchpoint::new(journey.new_touchpoint_id(), title, lane, stage);
                touchpoint.x = *x;
                Edit::AddTouchpoint(Box::new(touchpoint))
            }
            Self::RemoveTouchpoint(i) => {
                pick(&touchpoints, *i).map_or(missing, Edit::RemoveTouchpoint)
            }
            Self::Update(i, change) => {
                let Some(id) = pick(&touchpoints, *i) else {
                    return missing;
                };
                let change = match change {
                    ChangeRecipe::Title(title) => TouchpointChange::Title(title.clone()),
                    ChangeRecipe::Owner(owner) => TouchpointChange::Owner(owner.clone()),
                    ChangeRecipe::Channel(c) => TouchpointChange::Channel(Channel::ALL[c % 8]),
                    ChangeRecipe::Emotion(value) => {
                        TouchpointChange::Emotion(value.and_then(Rating::new))
                    }
                    ChangeRecipe::Evidence(e) => {
                        TouchpointChange::Evidence(EvidenceLevel::ALL[e % 3])
                    }
                    ChangeRecipe::Place { lane, stage, x } => {
                        let (Some(lane), Some(stage)) =
                            (pick(&lanes, *lane), pick(&stages, *stage))
                        else {
                            return missing;
                        };
                        TouchpointChange::Place { lane, stage, x: *x }
                    }
                    ChangeRecipe::Tag {
                        area,
                        severity,
                        note,
                    } => {
                        let area = TermsArea::ALL[area % 5];
                        let tag =
                            severity
                                .and_then(|s| Severity::try_from(s).ok())
                                .map(|severity| TermsTag {
                                    area,
                                    severity,
                                    note: note.clone(),
                                });
                        TouchpointChange::Tag { area, tag }
                    }
                };
                Edit::UpdateTouchpoint { id, change }
            }
            Self::AddObservation {
                touchpoint,
                index,
                text,
            } => {
                let Some(id) = pick(&touchpoints, *touchpoint) else {
                    return missing;
                };
                let count = journey.touchpoint(id).map_or(0, |t| t.observations.len());
                Edit::AddObservation {
                    touchpoint: id,
                    index: index % (count + 1),
                    observation: Observation {
                        date: Date::new(2026, 3, 14).unwrap_or_else(|| panic!("a date")),
                        text: text.clone(),
                        evidence: EvidenceLevel::Observed,
                        source: String::new(),
                    },
                }
            }
            Self::RemoveObservation { touchpoint, index } => {
                let Some(id) = pick(&touchpoints, *touchpoint) else {
                    return missing;
                };
                Edit::RemoveObservation {
                    touchpoint: id,
                    index: *index % 3,
                }
            }
            Self::AddLink { from, to, support } => {
                let (Some(from), Some(to)) = (pick(&touchpoints, *from), pick(&touchpoints, *to))
                else {
                    return missing;
                };
                let kind = if *support {
                    LinkKind::Support
                } else {
                    LinkKind::Flow
                };
                Edit::AddLink(Link {
                    id: journey.new_link_id(),
                    from,
                    to,
                    kind,
                    label: String::new(),
                })
            }
            Self::RemoveLink(i) => pick(&links, *i).map_or(missing, Edit::RemoveLink),
            Self::SetLink {
                link,
                support,
                label,
            } => {
                let Some(id) = pick(&links, *link) else {
                    return missing;
                };
                let kind = if *support {
                    LinkKind::Support
                } else {
                    LinkKind::Flow
                };
                Edit::SetLink {
                    id,
                    kind,
                    label: label.clone(),
                }
            }
            Self::AddLane { index, kind, name } => Edit::AddLane {
                index: index % (lanes.len() + 1),
                lane: Lane {
                    id: journey.new_lane_id(),
                    name: name.clone(),
                    kind: LaneKind::ALL[kind % 5],
                },
            },
            Self::RemoveLane(i) => pick(&lanes, *i).map_or(missing, Edit::RemoveLane),
            Self::SetLane { lane, kind, name } => {
                let Some(id) = pick(&lanes, *lane) else {
                    return missing;
                };
                Edit::SetLane {
                    id,
                    name: name.clone(),
                    kind: LaneKind::ALL[kind % 5],
                }
            }
            Self::MoveLane { lane, index } => {
                let Some(id) = pick(&lanes, *lane) else {
                    return missing;
                };
                Edit::MoveLane {
                    id,
                    index: index % lanes.len(),
                }
            }
            Self::AddStage { index, name } => Edit::AddStage {
                index: index % (stages.len() + 1),
                stage: Stage {
                    id: journey.new_stage_id(),
                    name: name.clone(),
                },
            },
            Self::RemoveStage(i) => pick(&stages, *i).map_or(missing, Edit::RemoveStage),
            Self::RenameStage { stage, name } => {
                let Some(id) = pick(&stages, *stage) else {
                    return missing;
                };
                Edit::RenameStage {
                    id,
                    name: name.clone(),
                }
            }
            Self::MoveStage { stage, index } => {
                let Some(id) = pick(&stages, *stage) else {
                    return missing;
                };
                Edit::MoveStage {
                    id,
                    index: index % stages.len(),
                }
            }
            Self::AddPersona { path } => Edit::AddPersona(Persona {
                id: journey.new_persona_id(),
                name: "Persona".into(),
                description: String::new(),
                kind: PersonaKind::Customer,
                colour: Colour::default(),
                path: some_touchpoints(path),
            }),
            Self::RemovePersona(i) => pick(&personas, *i).map_or(missing, Edit::RemovePersona),
            Self::SetPersonaPath { persona, path } => {
                let Some(id) = pick(&personas, *persona) else {
                    return missing;
                };
                let Some(mut persona) = journey.persona(id).cloned() else {
                    return missing;
                };
                persona.path = some_touchpoints(path);
                Edit::SetPersona(persona)
            }
            Self::AddPromise { redeemed, secured } => Edit::AddPromise(Promise {
                id: journey.new_promise_id(),
                text: "Promise".into(),
                description: String::new(),
                redeemed_by: some_touchpoints(redeemed),
                secured_by: some_touchpoints(secured),
            }),
            Self::RemovePromise(i) => pick(&promises, *i).map_or(missing, Edit::RemovePromise),
            Self::SetPromise {
                promise,
                text,
                secured,
            } => {
                let Some(id) = pick(&promises, *promise) else {
                    return missing;
                };
                let Some(mut promise) = journey.promise(id).cloned() else {
                    return missing;
                };
                promise.text = text.clone();
                promise.secured_by = some_touchpoints(secured);
                Edit::SetPromise(promise)
            }
            Self::AddIdea { index, text } => Edit::AddIdea {
                index: index % (journey.parking_lot().len() + 1),
                idea: polku::model::Idea {
                    text: text.clone(),
                    date: Date::from_days_since_epoch(20_000),
                },
            },
            Self::RemoveIdea(index) => Edit::RemoveIdea(index % (journey.parking_lot().len() + 1)),
            Self::SetIdea { index, text } => Edit::SetIdea {
                index: index % (journey.parking_lot().len() + 1),
                text: text.clone(),
            },
            Self::SetInfo { title } => Edit::SetInfo {
                title: title.clone(),
                description: "d".into(),
            },
            Self::Batch(recipes) => {
                // Later recipes see the ids handed out to earlier ones, but not their effects.
                Edit::Batch(recipes.iter().map(|recipe| recipe.edit(journey)).collect())
            }
            Self::Stray(n) => match n % 6 {
                0 => Edit::RemoveLink(LinkId(u64::MAX - n)),
                1 => Edit::RemoveLane(LaneId(u64::MAX)),
                2 => Edit::RenameStage {
                    id: StageId(u64::MAX),
                    name: "x".into(),
                },
                3 => Edit::RemovePersona(PersonaId(u64::MAX)),
                4 => Edit::MoveLane {
                    id: lanes.first().copied().unwrap_or(LaneId(1)),
                    index: 1000,
                },
                _ => Edit::AddLink(Link {
                    id: journey.new_link_id(),
                    from: TouchpointId(u64::MAX),
                    to: TouchpointId(1),
                    kind: LinkKind::Flow,
                    label: String::new(),
                }),
            },
        }
    }
}

fn text() -> impl Strategy<Value = String> {
    "[a-zåäö ]{0,8}"
}

fn change_recipe() -> impl Strategy<Value = ChangeRecipe> {
    prop_oneof![
        text().prop_map(ChangeRecipe::Title),
        text().prop_map(ChangeRecipe::Owner),
        any::<usize>().prop_map(ChangeRecipe::Channel),
        proptest::option::of(-3i64..=3).prop_map(ChangeRecipe::Emotion),
        any::<usize>().prop_map(ChangeRecipe::Evidence),
        (
            any::<usize>(),
            any::<usize>(),
            prop_oneof![Just(f32::NAN), 0.0f32..800.0]
        )
            .prop_map(|(lane, stage, x)| ChangeRecipe::Place { lane, stage, x }),
        (any::<usize>(), proptest::option::of(0i64..=4), text()).prop_map(
            |(area, severity, note)| ChangeRecipe::Tag {
                area,
                severity,
                note
            }
        ),
    ]
}

fn leaf_recipe() -> impl Strategy<Value = Recipe> {
    let n = || any::<usize>();
    let ids = || proptest::collection::vec(any::<usize>(), 0..4);
    prop_oneof![
        4 => (n(), n(), 0.0f32..600.0, text())
            .prop_map(|(lane, stage, x, title)| Recipe::AddTouchpoint { lane, stage, x, title }),
        2 => n().prop_map(Recipe::RemoveTouchpoint),
        4 => (n(), change_recipe()).prop_map(|(i, c)| Recipe::Update(i, c)),
        1 => (n(), n(), text()).prop_map(|(touchpoint, index, text)| Recipe::AddObservation { touchpoint, index, text }),
        1 => (n(), n()).prop_map(|(touchpoint, index)| Recipe::RemoveObservation { touchpoint, index }),
        3 => (n(), n(), any::<bool>()).prop_map(|(from, to, support)| Recipe::AddLink { from, to, support }),
        1 => n().prop_map(Recipe::RemoveLink),
        1 => (n(), any::<bool>(), text()).prop_map(|(link, support, label)| Recipe::SetLink { link, support, label }),
        1 => (n(), n(), text()).prop_map(|(index, kind, name)| Recipe::AddLane { index, kind, name }),
        1 => n().prop_map(Recipe::RemoveLane),
        1 => (n(), n(), text()).prop_map(|(lane, kind, name)| Recipe::SetLane { lane, kind, name }),
        1 => (n(), n()).prop_map(|(lane, index)| Recipe::MoveLane { lane, index }),
        1 => (n(), text()).prop_map(|(index, name)| Recipe::AddStage { index, name }),
        1 => n().prop_map(Recipe::RemoveStage),
        1 => (n(), text()).prop_map(|(stage, name)| Recipe::RenameStage { stage, name }),
        1 => (n(), n()).prop_map(|(stage, index)| Recipe::MoveStage { stage, index }),
        1 => ids().prop_map(|path| Recipe::AddPersona { path }),
        1 => n().prop_map(Recipe::RemovePersona),
        1 => (n(), ids()).prop_map(|(persona, path)| Recipe::SetPersonaPath { persona, path }),
        1 => (ids(), ids()).prop_map(|(redeemed, secured)| Recipe::AddPromise { redeemed, secured }),
        1 => n().prop_map(Recipe::RemovePromise),
        1 => (n(), text(), ids()).prop_map(|(promise, text, secured)| Recipe::SetPromise { promise, text, secured }),
        1 => text().prop_map(|title| Recipe::SetInfo { title }),
        1 => any::<u64>().prop_map(Recipe::Stray),
        1 => (n(), text()).prop_map(|(index, text)| Recipe::AddIdea { index, text }),
        1 => n().prop_map(Recipe::RemoveIdea),
        1 => (n(), text()).prop_map(|(index, text)| Recipe::SetIdea { index, text }),
    ]
}

fn recipe() -> impl Strategy<Value = Recipe> {
    prop_oneof![
        9 => leaf_recipe(),
        1 => proptest::collection::vec(leaf_recipe(), 1..5).prop_map(Recipe::Batch),
    ]
}

/// A small map with a bit of everything, so that removals have something to restore.
fn starting_journey() -> Journey {
    let mut journey = Template::Blueprint.journey();
    let lanes: Vec<LaneId> = journey.lanes().iter().map(|l| l.id).collect();
    let stages: Vec<StageId> = journey.stages().iter().map(|s| s.id).collect();
    let mut ids = Vec::new();
    for i in 0..6 {
        let id = journey.new_touchpoint_id();
        let mut touchpoint = Touchpoint::new(
            id,
            format!("Step {i}"),
            lanes[i % lanes.len()],
            stages[i % 3],
        );
        touchpoint.terms.push(TermsTag {
            area: TermsArea::Time,
            severity: Severity::Major,
            note: "slow".into(),
        });
        let applied = journey.apply(Edit::AddTouchpoint(Box::new(touchpoint)));
        assert!(applied.is_ok(), "{applied:?}");
        ids.push(id);
    }
    for pair in ids.windows(2) {
        let link = Link {
            id: journey.new_link_id(),
            from: pair[0],
            to: pair[1],
            kind: LinkKind::Flow,
            label: String::new(),
        };
        assert!(journey.apply(Edit::AddLink(link)).is_ok());
    }
    let persona = Persona {
        id: journey.new_persona_id(),
        name: "Busy parent".into(),
        description: String::new(),
        kind: PersonaKind::Customer,
        colour: Colour::default(),
        path: vec![ids[0], ids[1], ids[2]],
    };
    assert!(journey.apply(Edit::AddPersona(persona)).is_ok());
    let promise = Promise {
        id: journey.new_promise_id(),
        text: "No surprises".into(),
        description: String::new(),
        redeemed_by: vec![ids[1]],
        secured_by: vec![ids[4]],
    };
    assert!(journey.apply(Edit::AddPromise(promise)).is_ok());
    journey
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn undoing_every_edit_in_reverse_gives_back_the_original(recipes in proptest::collection::vec(recipe(), 1..40)) {
        let original = starting_journey();
        let mut journey = original.clone();
        let mut undo = Vec::new();
        for recipe in &recipes {
            let edit = recipe.edit(&mut journey);
            let before = journey.clone();
            match journey.apply(edit.clone()) {
                Ok(inverse) => {
                    // Undo then redo lands where the edit did.
                    let after = journey.clone();
                    let redo = journey.apply(inverse.clone());
                    prop_assert!(redo.is_ok(), "undo of {edit:?} failed: {redo:?}");
                    prop_assert_eq!(&journey, &before);
                    let again = journey.apply(redo.unwrap());
                    prop_assert!(again.is_ok(), "redo of {edit:?} failed: {again:?}");
                    prop_assert_eq!(&journey, &after);
                    undo.push(again.unwrap());
                }
                Err(_) => prop_assert_eq!(&journey, &before, "a refused edit changed the journey"),
            }
            // The journey is always one a file could hold.
            let rebuilt = Journey::from_document(journey.to_document());
            prop_assert_eq!(rebuilt.as_ref().ok(), Some(&journey), "{:?}", rebuilt.as_ref().err());
        }
        for inverse in undo.into_iter().rev() {
            let result = journey.apply(inverse);
            prop_assert!(result.is_ok(), "{result:?}");
        }
        prop_assert_eq!(journey, original);
    }
}

#[test]
fn removing_a_touchpoint_takes_its_links_paths_and_promises_and_undo_restores_them() {
    let mut journey = starting_journey();
    let original = journey.clone();
    let id = TouchpointId(2);
    assert_eq!(journey.links_of(id).len(), 2);

    let inverse = journey.apply(Edit::RemoveTouchpoint(id));
    assert!(journey.touchpoint(id).is_none());
    assert_eq!(journey.link_count(), 3);
    assert!(journey.personas().iter().all(|p| !p.path.contains(&id)));
    assert!(journey.promises().iter().all(|p| !p.refers_to(id)));

    assert!(journey.apply(inverse.unwrap()).is_ok());
    assert_eq!(journey, original);
}

#[test]
fn ids_are_never_handed_out_twice() {
    let mut journey = starting_journey();
    let id = journey.new_touchpoint_id();
    let lane = journey.lanes()[0].id;
    let stage = journey.stages()[0].id;
    let added = journey.apply(Edit::AddTouchpoint(Box::new(Touchpoint::new(
        id, "Once", lane, stage,
    ))));
    assert!(added.is_ok());
    assert!(journey.apply(Edit::RemoveTouchpoint(id)).is_ok());
    assert_ne!(journey.new_touchpoint_id(), id);
}

#[test]
fn a_lane_with_touchpoints_is_not_removed() {
    let mut journey = starting_journey();
    let lane = journey.lanes()[0].id;
    let before = journey.clone();
    assert!(journey.apply(Edit::RemoveLane(lane)).is_err());
    assert_eq!(journey, before);
}

#[test]
fn an_edit_over_a_limit_is_refused_and_changes_nothing() {
    // The words checked here are English, whatever the system speaks.
    polku::i18n::set_language(polku::i18n::Language::English);
    use polku::model::limits::{MAX_NAME_CHARS, MAX_TEXT_CHARS};
    let mut journey = starting_journey();
    let before = journey.clone();
    let id = journey.touchpoints().next().map(|t| t.id).unwrap();
    let refused = journey.apply(Edit::UpdateTouchpoint {
        id,
        change: TouchpointChange::Title("t".repeat(MAX_NAME_CHARS + 1)),
    });
    let message = refused.unwrap_err().to_string();
    assert!(
        message.contains("its title is 1001 characters long"),
        "{message}"
    );
    // Inside a batch, the edits before the refused one are rolled back.
    let refused = journey.apply(Edit::Batch(vec![
        Edit::UpdateTouchpoint {
            id,
            change: TouchpointChange::Owner("Billing".into()),
        },
        Edit::SetInfo {
            title: "Map".into(),
            description: "d".repeat(MAX_TEXT_CHARS + 1),
        },
    ]));
    assert!(refused.is_err());
    assert_eq!(journey, before);
    // A map that the edits keep within the limits always loads again.
    let saved = polku::io::to_ron_string(&journey).map_err(|e| e.to_string());
    let reloaded = saved.and_then(|text| {
        polku::io::from_ron_str(&text, std::path::Path::new("map.ron")).map_err(|e| e.to_string())
    });
    assert_eq!(reloaded, Ok(journey));
}

#[test]
fn a_refusal_counts_in_the_singular_and_the_plural() {
    polku::i18n::set_language(polku::i18n::Language::English);
    let mut journey = starting_journey();
    let message = |journey: &mut Journey, index: usize| {
        let lane = journey.lanes()[index].id;
        journey
            .apply(Edit::RemoveLane(lane))
            .unwrap_err()
            .to_string()
    };
    assert!(message(&mut journey, 0).contains("still holds 2 touchpoints; move or remove them"));
    assert!(message(&mut journey, 1).contains("still holds 1 touchpoint; move or remove it"));
}
