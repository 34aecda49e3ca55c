//! What differs between two versions of a map: the one in the window ("mine") and another,
//! such as the file on disk ("theirs"), for the view that lets the user choose between them.
//!
//! Things with ids are paired by id; the parking lot, which has no ids, is compared as a list
//! of ideas. Every step is a map lookup or a sort, so maps of many thousand touchpoints
//! compare at once. Pure: this knows nothing of files or egui.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

use super::concepts::{Idea, Lane, Link, Persona, Promise, Stage, Touchpoint};
use super::ids::TouchpointId;
use super::journey::Journey;
use super::values::Date;

/// One difference between the map in the window ("mine") and another version ("theirs",
/// e.g. on disk).
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    pub kind: Change,
    /// A short text for people: `touchpoint 7 “Pays the invoice”: title → “Pays the bill”,
    /// TERMS tags`. Names are quoted as mine has them; a changed name shows theirs after `→`.
    pub what: String,
}

/// Which side a [`Difference`] is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Only the map in the window has it.
    OnlyMine,
    /// Only the other version has it.
    OnlyTheirs,
    /// Both have it, with some fields that differ.
    Changed,
}

/// Lists what differs between `mine` and `theirs`: the map's title and description, then
/// lanes, stages, touchpoints, links, personas, promises and parked ideas, each by id.
pub fn compare(mine: &Journey, theirs: &Journey) -> Vec<Difference> {
    let mut differences = Vec::new();
    compare_info(&mut differences, mine, theirs);
    compare_lanes(&mut differences, mine, theirs);
    compare_stages(&mut differences, mine, theirs);
    compare_by_id(
        &mut differences,
        (mine, mine.touchpoints()),
        (theirs, theirs.touchpoints()),
        |touchpoint| touchpoint.id,
        |_, touchpoint| format!("{} {}", touchpoint.id, quoted(&touchpoint.title)),
        touchpoint_fields,
    );
    compare_by_id(
        &mut differences,
        (mine, mine.links()),
        (theirs, theirs.links()),
        |link| link.id,
        link_label,
        link_fields,
    );
    compare_by_id(
        &mut differences,
        (mine, mine.personas()),
        (theirs, theirs.personas()),
        |persona| persona.id,
        |_, persona| format!("{} {}", persona.id, quoted(&persona.name)),
        persona_fields,
    );
    compare_by_id(
        &mut differences,
        (mine, mine.promises()),
        (theirs, theirs.promises()),
        |promise| promise.id,
        |_, promise| format!("{} {}", promise.id, quoted(&promise.text)),
        promise_fields,
    );
    compare_ideas(&mut differences, mine.parking_lot(), theirs.parking_lot());
    differences
}

fn compare_info(differences: &mut Vec<Difference>, mine: &Journey, theirs: &Journey) {
    let mut fields = Vec::new();
    renamed(&mut fields, Field::Title, mine.title(), theirs.title());
    differs(
        &mut fields,
        Field::Description,
        mine.description() != theirs.description(),
    );
    if !fields.is_empty() {
        let map = crate::tr!("model-compare-map", title = quoted(mine.title()));
        differences.push(Difference {
            kind: Change::Changed,
            what: format!("{map}: {}", fields.join(", ")),
        });
    }
}

fn compare_lanes(differences: &mut Vec<Difference>, mine: &Journey, theirs: &Journey) {
    let moved = moved(
        &ids_of(mine.lanes(), |lane| lane.id),
        &ids_of(theirs.lanes(), |lane| lane.id),
    );
    compare_by_id(
        differences,
        (mine, mine.lanes()),
        (theirs, theirs.lanes()),
        |lane| lane.id,
        |_, lane| format!("{} {}", lane.id, quoted(&lane.name)),
        |a: &Lane, b: &Lane| {
            let mut fields = Vec::new();
            renamed(&mut fields, Field::Name, &a.name, &b.name);
            differs(&mut fields, Field::Kind, a.kind != b.kind);
            differs(&mut fields, Field::Order, moved.contains(&a.id));
            fields
        },
    );
}

fn compare_stages(differences: &mut Vec<Difference>, mine: &Journey, theirs: &Journey) {
    let moved = moved(
        &ids_of(mine.stages(), |stage| stage.id),
        &ids_of(theirs.stages(), |stage| stage.id),
    );
    compare_by_id(
        differences,
        (mine, mine.stages()),
        (theirs, theirs.stages()),
        |stage| stage.id,
        |_, stage| format!("{} {}", stage.id, quoted(&stage.name)),
        |a: &Stage, b: &Stage| {
            let mut fields = Vec::new();
            renamed(&mut fields, Field::Name, &a.name, &b.name);
            differs(&mut fields, Field::Order, moved.contains(&a.id));
            fields
        },
    );
}

fn touchpoint_fields(a: &Touchpoint, b: &Touchpoint) -> Vec<String> {
    let mut fields = Vec::new();
    renamed(&mut fields, Field::Title, &a.title, &b.title);
    differs(
        &mut fields,
        Field::Description,
        a.description != b.description,
    );
    differs(&mut fields, Field::Lane, a.lane != b.lane);
    differs(&mut fields, Field::Stage, a.stage != b.stage);
    // Exact: a file keeps positions exactly, so any difference is a real move.
    differs(&mut fields, Field::Position, a.x != b.x);
    differs(&mut fields, Field::Actor, a.actor != b.actor);
    differs(&mut fields, Field::Channel, a.channel != b.channel);
    differs(&mut fields, Field::Owner, a.owner != b.owner);
    differs(&mut fields, Field::Terms, a.terms != b.terms);
    differs(&mut fields, Field::Emotion, a.emotion != b.emotion);
    differs(
        &mut fields,
        Field::EmployeeExperience,
        a.employee_experience != b.employee_experience,
    );
    differs(&mut fields, Field::Evidence, a.evidence != b.evidence);
    differs(
        &mut fields,
        Field::Observations,
        a.observations != b.observations,
    );
    fields
}

/// `link 3 “Orders online” → “Pays”`, with the titles of its ends in `journey`.
fn link_label(journey: &Journey, link: &Link) -> String {
    let end = |id: TouchpointId| {
        journey
            .touchpoint(id)
            .map_or_else(|| id.to_string(), |touchpoint| quoted(&touchpoint.title))
    };
    format!("{} {} → {}", link.id, end(link.from), end(link.to))
}

fn link_fields(a: &Link, b: &Link) -> Vec<String> {
    let mut fields = Vec::new();
    differs(&mut fields, Field::Ends, (a.from, a.to) != (b.from, b.to));
    differs(&mut fields, Field::Kind, a.kind != b.kind);
    differs(&mut fields, Field::Label, a.label != b.label);
    fields
}

fn persona_fields(a: &Persona, b: &Persona) -> Vec<String> {
    let mut fields = Vec::new();
    renamed(&mut fields, Field::Name, &a.name, &b.name);
    differs(
        &mut fields,
        Field::Description,
        a.description != b.description,
    );
    differs(&mut fields, Field::Kind, a.kind != b.kind);
    differs(&mut fields, Field::Colour, a.colour != b.colour);
    differs(&mut fields, Field::Path, a.path != b.path);
    fields
}

fn promise_fields(a: &Promise, b: &Promise) -> Vec<String> {
    let mut fields = Vec::new();
    renamed(&mut fields, Field::Text, &a.text, &b.text);
    differs(
        &mut fields,
        Field::Description,
        a.description != b.description,
    );
    differs(
        &mut fields,
        Field::RedeemedBy,
        a.redeemed_by != b.redeemed_by,
    );
    differs(&mut fields, Field::SecuredBy, a.secured_by != b.secured_by);
    fields
}

/// Pairs the things of both sides by id and reports, in the order of their ids, those only
/// one side has and those whose `fields` differ. `label` names a thing in its own journey.
fn compare_by_id<'a, T: 'a, K: Ord>(
    differences: &mut Vec<Difference>,
    (mine, my_things): (&Journey, impl IntoIterator<Item = &'a T>),
    (theirs, their_things): (&Journey, impl IntoIterator<Item = &'a T>),
    id: impl Fn(&T) -> K,
    label: impl Fn(&Journey, &T) -> String,
    fields: impl Fn(&T, &T) -> Vec<String>,
) {
    let mut pairs: BTreeMap<K, (Option<&T>, Option<&T>)> = BTreeMap::new();
    for thing in my_things {
        pairs.entry(id(thing)).or_default().0 = Some(thing);
    }
    for thing in their_things {
        pairs.entry(id(thing)).or_default().1 = Some(thing);
    }
    for pair in pairs.into_values() {
        let difference = match pair {
            (Some(a), Some(b)) => {
                let fields = fields(a, b);
                if fields.is_empty() {
                    continue;
                }
                Difference {
                    kind: Change::Changed,
                    what: format!("{}: {}", label(mine, a), fields.join(", ")),
                }
            }
            (Some(a), None) => Difference {
                kind: Change::OnlyMine,
                what: label(mine, a),
            },
            (None, Some(b)) => Difference {
                kind: Change::OnlyTheirs,
                what: label(theirs, b),
            },
            (None, None) => continue,
        };
        differences.push(difference);
    }
}

/// The parking lot has no ids: ideas that are the same on both sides (text and date) are
/// matched first; of the rest, ideas parked on the same day are taken for one idea reworded.
fn compare_ideas(differences: &mut Vec<Difference>, mine: &[Idea], theirs: &[Idea]) {
    let (my_common, my_rest) = match_ideas(mine, theirs);
    let (their_common, their_rest) = match_ideas(theirs, mine);
    if my_common != their_common {
        differences.push(Difference {
            kind: Change::Changed,
            what: crate::tr!("model-compare-ideas-reordered"),
        });
    }

    let mut by_date: BTreeMap<Date, VecDeque<usize>> = BTreeMap::new();
    for (index, idea) in their_rest.iter().enumerate() {
        by_date.entry(idea.date).or_default().push_back(index);
    }
    let mut reworded = vec![false; their_rest.len()];
    for idea in my_rest {
        let pair = by_date
            .get_mut(&idea.date)
            .and_then(VecDeque::pop_front)
            .and_then(|index| {
                let theirs = their_rest.get(index)?;
                *reworded.get_mut(index)? = true;
                Some(theirs)
            });
        differences.push(match pair {
            Some(theirs) => Difference {
                kind: Change::Changed,
                what: format!(
                    "{}: {} → {}",
                    idea_label(idea),
                    Field::Text.label(),
                    quoted(&theirs.text)
                ),
            },
            None => Difference {
                kind: Change::OnlyMine,
                what: idea_label(idea),
            },
        });
    }
    for (idea, reworded) in their_rest.iter().zip(reworded) {
        if !reworded {
            differences.push(Difference {
                kind: Change::OnlyTheirs,
                what: idea_label(idea),
            });
        }
    }
}

/// `idea “Send reminders”`.
fn idea_label(idea: &Idea) -> String {
    crate::tr!("model-compare-idea", text = quoted(&idea.text))
}

/// Splits `ideas` into those `others` also has (as many times) and the rest, both in order.
fn match_ideas<'a>(ideas: &'a [Idea], others: &[Idea]) -> (Vec<&'a Idea>, Vec<&'a Idea>) {
    let mut available: HashMap<&Idea, usize> = HashMap::new();
    for idea in others {
        *available.entry(idea).or_default() += 1;
    }
    ideas
        .iter()
        .partition(|idea| match available.get_mut(*idea) {
            Some(count) if *count > 0 => {
                *count -= 1;
                true
            }
            _ => false,
        })
}

fn ids_of<T, K>(things: &[T], id: impl Fn(&T) -> K) -> Vec<K> {
    things.iter().map(id).collect()
}

/// The ids both orders hold that moved: all but the longest run of them that keeps its
/// order, so moving one lane reports that lane, not every lane it passed.
fn moved<K: Ord + Copy>(mine: &[K], theirs: &[K]) -> BTreeSet<K> {
    let position: BTreeMap<K, usize> = theirs.iter().enumerate().map(|(i, &k)| (k, i)).collect();
    let common: Vec<(K, usize)> = mine
        .iter()
        .filter_map(|&k| Some((k, *position.get(&k)?)))
        .collect();

    // Longest increasing run of positions, by patience sorting: `tails[n]` is the index in
    // `common` of the smallest last position of a run of length n + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; common.len()];
    for (i, &(_, at)) in common.iter().enumerate() {
        let length = tails.partition_point(|&t| common.get(t).is_some_and(|&(_, p)| p < at));
        if let Some(slot) = previous.get_mut(i) {
            *slot = length.checked_sub(1).and_then(|l| tails.get(l).copied());
        }
        match tails.get_mut(length) {
            Some(tail) => *tail = i,
            None => tails.push(i),
        }
    }
    let mut kept = vec![false; common.len()];
    let mut at = tails.last().copied();
    while let Some(i) = at {
        if let Some(keep) = kept.get_mut(i) {
            *keep = true;
        }
        at = previous.get(i).copied().flatten();
    }
    common
        .iter()
        .zip(kept)
        .filter(|&(_, keep)| !keep)
        .map(|(&(k, _), _)| k)
        .collect()
}

/// A field that can differ between the two versions of a thing.
#[derive(Clone, Copy, Debug)]
enum Field {
    Title,
    Description,
    Name,
    Kind,
    Order,
    Lane,
    Stage,
    Position,
    Actor,
    Channel,
    Owner,
    Terms,
    Emotion,
    EmployeeExperience,
    Evidence,
    Observations,
    Ends,
    Label,
    Colour,
    Path,
    Text,
    RedeemedBy,
    SecuredBy,
}

impl Field {
    /// Its name in the thread's language.
    fn label(self) -> String {
        match self {
            Self::Title => crate::tr!("model-compare-title"),
            Self::Description => crate::tr!("model-compare-description"),
            Self::Name => crate::tr!("model-compare-name"),
            Self::Kind => crate::tr!("model-compare-kind"),
            Self::Order => crate::tr!("model-compare-order"),
            Self::Lane => crate::tr!("model-compare-lane"),
            Self::Stage => crate::tr!("model-compare-stage"),
            Self::Position => crate::tr!("model-compare-position"),
            Self::Actor => crate::tr!("model-compare-actor"),
            Self::Channel => crate::tr!("model-compare-channel"),
            Self::Owner => crate::tr!("model-compare-owner"),
            Self::Terms => crate::tr!("model-compare-terms"),
            Self::Emotion => crate::tr!("model-compare-emotion"),
            Self::EmployeeExperience => crate::tr!("model-compare-employee-experience"),
            Self::Evidence => crate::tr!("model-compare-evidence"),
            Self::Observations => crate::tr!("model-compare-observations"),
            Self::Ends => crate::tr!("model-compare-ends"),
            Self::Label => crate::tr!("model-compare-label"),
            Self::Colour => crate::tr!("model-compare-colour"),
            Self::Path => crate::tr!("model-compare-path"),
            Self::Text => crate::tr!("model-compare-text"),
            Self::RedeemedBy => crate::tr!("model-compare-redeemed-by"),
            Self::SecuredBy => crate::tr!("model-compare-secured-by"),
        }
    }
}

/// Adds `field → “new”` when the name differs.
fn renamed(fields: &mut Vec<String>, field: Field, mine: &str, theirs: &str) {
    if mine != theirs {
        fields.push(format!("{} → {}", field.label(), quoted(theirs)));
    }
}

fn differs(fields: &mut Vec<String>, field: Field, differs: bool) {
    if differs {
        fields.push(field.label());
    }
}

/// Longer names are cut here, so one difference stays one line.
const QUOTE_CHARS: usize = 40;

/// `“Pays the invoice”`, with the quotation marks of the thread's language: on one line,
/// and cut short with `…` when long.
fn quoted(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = match line.char_indices().nth(QUOTE_CHARS) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    };
    crate::tr!("model-compare-quoted", text = text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Edit, LaneId, LaneKind, LinkId, LinkKind, Severity, StageId, TermsArea, TermsTag,
        TouchpointChange, templates::Template,
    };

    /// A blueprint with touchpoints 1 “Orders online” and 2 “Pays the invoice”, joined by
    /// link 1, and two parked ideas.
    fn base() -> Journey {
        let mut journey = Template::Blueprint.journey();
        let (lane, stage) = (LaneId(2), StageId(1));
        let edits = [
            Edit::AddTouchpoint(Box::new(Touchpoint::new(
                TouchpointId(1),
                "Orders online",
                lane,
                stage,
            ))),
            Edit::AddTouchpoint(Box::new(Touchpoint::new(
                TouchpointId(2),
                "Pays the invoice",
                lane,
                StageId(4),
            ))),
            Edit::AddLink(Link {
                id: LinkId(1),
                from: TouchpointId(1),
                to: TouchpointId(2),
                kind: LinkKind::Flow,
                label: String::new(),
            }),
            Edit::AddIdea {
                index: 0,
                idea: Idea {
                    text: "Send reminders by text".to_owned(),
                    date: day(1),
                },
            },
            Edit::AddIdea {
                index: 1,
                idea: Idea {
                    text: "Pay by card at the door".to_owned(),
                    date: day(2),
                },
            },
        ];
        for edit in edits {
            assert_eq!(journey.apply(edit).err(), None);
        }
        journey
    }

    fn day(number: i64) -> Date {
        Date::from_days_since_epoch(20_000 + number)
    }

    fn edited(journey: &Journey, edits: impl IntoIterator<Item = Edit>) -> Journey {
        let mut journey = journey.clone();
        for edit in edits {
            assert_eq!(journey.apply(edit).err(), None);
        }
        journey
    }

    fn check(mine: &Journey, theirs: &Journey, expected: &[(Change, &str)]) {
        let found: Vec<(Change, String)> = compare(mine, theirs)
            .into_iter()
            .map(|difference| (difference.kind, difference.what))
            .collect();
        let expected: Vec<(Change, String)> = expected
            .iter()
            .map(|&(kind, what)| (kind, what.to_owned()))
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn identical_maps_do_not_differ() {
        check(&base(), &base(), &[]);
        check(&Journey::new(), &Journey::new(), &[]);
    }

    #[test]
    fn added_and_removed_touchpoints_are_on_their_side() {
        let mine = base();
        let added = Touchpoint::new(TouchpointId(3), "Calls support", LaneId(2), StageId(5));
        let theirs = edited(
            &mine,
            [
                Edit::AddTouchpoint(Box::new(added)),
                Edit::RemoveTouchpoint(TouchpointId(1)),
            ],
        );
        // Removing touchpoint 1 took its link with it.
        check(
            &mine,
            &theirs,
            &[
                (Change::OnlyMine, "touchpoint 1 “Orders online”"),
                (Change::OnlyTheirs, "touchpoint 3 “Calls support”"),
                (
                    Change::OnlyMine,
                    "link 1 “Orders online” → “Pays the invoice”",
                ),
            ],
        );
    }

    #[test]
    fn a_changed_touchpoint_names_its_fields() {
        let mine = base();
        let id = TouchpointId(2);
        let update = |change| Edit::UpdateTouchpoint { id, change };
        let theirs = edited(
            &mine,
            [
                update(TouchpointChange::Title("Pays the bill".to_owned())),
                update(TouchpointChange::Tag {
                    area: TermsArea::Money,
                    tag: Some(TermsTag {
                        area: TermsArea::Money,
                        severity: Severity::Major,
                        note: String::new(),
                    }),
                }),
                update(TouchpointChange::Place {
                    lane: LaneId(2),
                    stage: StageId(4),
                    x: 120.0,
                }),
                update(TouchpointChange::Owner("Billing".to_owned())),
            ],
        );
        check(
            &mine,
            &theirs,
            &[(
                Change::Changed,
                "touchpoint 2 “Pays the invoice”: title → “Pays the bill”, position, owner, TERMS tags",
            )],
        );
    }

    #[test]
    fn a_changed_link_names_its_fields() {
        let mine = base();
        let theirs = edited(
            &mine,
            [Edit::SetLink {
                id: LinkId(1),
                kind: LinkKind::Support,
                label: "if paid".to_owned(),
            }],
        );
        check(
            &mine,
            &theirs,
            &[(
                Change::Changed,
                "link 1 “Orders online” → “Pays the invoice”: kind, label",
            )],
        );
    }

    #[test]
    fn lanes_are_renamed_and_moved() {
        let mine = base();
        let theirs = edited(
            &mine,
            [
                Edit::SetLane {
                    id: LaneId(4),
                    name: "Back office".to_owned(),
                    kind: LaneKind::Backstage,
                },
                Edit::MoveLane {
                    id: LaneId(1),
                    index: 4,
                },
            ],
        );
        // Moving the first lane to the bottom moves that lane only, not the four it passed.
        check(
            &mine,
            &theirs,
            &[
                (Change::Changed, "lane 1 “Physical evidence”: order"),
                (Change::Changed, "lane 4 “Backstage”: name → “Back office”"),
            ],
        );
    }

    #[test]
    fn the_map_info_comes_first() {
        let mine = base();
        let theirs = edited(
            &mine,
            [
                Edit::SetInfo {
                    title: "Billing".to_owned(),
                    description: "As of March".to_owned(),
                },
                Edit::RenameStage {
                    id: StageId(4),
                    name: "Paying".to_owned(),
                },
            ],
        );
        check(
            &mine,
            &theirs,
            &[
                (
                    Change::Changed,
                    "map “Service blueprint”: title → “Billing”, description",
                ),
                (Change::Changed, "stage 4 “Pay”: name → “Paying”"),
            ],
        );
    }

    #[test]
    fn ideas_are_added_removed_and_reworded() {
        let mine = base();
        let theirs = edited(
            &mine,
            [
                Edit::SetIdea {
                    index: 0,
                    text: "Send reminders by email".to_owned(),
                },
                Edit::RemoveIdea(1),
                Edit::AddIdea {
                    index: 0,
                    idea: Idea {
                        text: "A chat on the invoice page".to_owned(),
                        date: day(3),
                    },
                },
            ],
        );
        check(
            &mine,
            &theirs,
            &[
                (
                    Change::Changed,
                    "idea “Send reminders by text”: text → “Send reminders by email”",
                ),
                (Change::OnlyMine, "idea “Pay by card at the door”"),
                (Change::OnlyTheirs, "idea “A chat on the invoice page”"),
            ],
        );
    }

    #[test]
    fn reordered_ideas_are_one_difference() {
        let mine = base();
        let moved = Idea {
            text: "Pay by card at the door".to_owned(),
            date: day(2),
        };
        let theirs = edited(
            &mine,
            [
                Edit::RemoveIdea(1),
                Edit::AddIdea {
                    index: 0,
                    idea: moved,
                },
            ],
        );
        check(
            &mine,
            &theirs,
            &[(Change::Changed, "parking lot: order of the ideas")],
        );
    }

    #[test]
    fn large_maps_compare_by_id() {
        let mine = crate::model::generate::generate(5_000, 7).expect("a generated map");
        check(&mine, &mine.clone(), &[]);
        let last = mine.touchpoints().last().map(|t| t.id);
        let Some(id) = last else {
            panic!("the generated map has touchpoints");
        };
        let theirs = edited(
            &mine,
            [Edit::UpdateTouchpoint {
                id,
                change: TouchpointChange::Actor("Someone else".to_owned()),
            }],
        );
        let differences = compare(&mine, &theirs);
        assert_eq!(differences.len(), 1);
        assert!(
            differences
                .iter()
                .all(|d| d.kind == Change::Changed && d.what.ends_with(": actor"))
        );
    }

    #[test]
    fn differences_are_told_in_the_language_of_the_thread() {
        crate::i18n::set_language(crate::i18n::Language::Finnish);
        let mine = base();
        let theirs = edited(
            &mine,
            [
                Edit::UpdateTouchpoint {
                    id: TouchpointId(2),
                    change: TouchpointChange::Owner("Laskutus".to_owned()),
                },
                Edit::RemoveIdea(1),
            ],
        );
        check(
            &mine,
            &theirs,
            &[
                (
                    Change::Changed,
                    "kosketuspiste 2 ”Pays the invoice”: vastuutaho",
                ),
                (Change::OnlyMine, "idea ”Pay by card at the door”"),
            ],
        );
    }

    #[test]
    fn long_names_are_cut_to_one_line() {
        assert_eq!(quoted("Pays\nthe   invoice"), "“Pays the invoice”");
        let long = "x".repeat(QUOTE_CHARS + 5);
        assert_eq!(quoted(&long), format!("“{}…”", "x".repeat(QUOTE_CHARS)));
    }
}
