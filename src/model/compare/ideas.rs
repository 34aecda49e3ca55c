//! Comparing the parking lot, which has no ids: ideas are matched by text and date, and
//! those left over by the day they were parked. Only the parking lot: the rest of a map
//! is compared by id elsewhere.

use std::collections::{BTreeMap, HashMap, VecDeque};

use super::difference::{Difference, DifferenceKind};
use super::words::{Field, quoted};
use crate::model::concepts::Idea;
use crate::model::values::Date;

/// The parking lot has no ids: ideas that are the same on both sides (text and date) are
/// matched first; of the rest, ideas parked on the same day are taken for one idea reworded.
pub(super) fn compare_ideas(differences: &mut Vec<Difference>, mine: &[Idea], theirs: &[Idea]) {
    let (my_common, my_rest) = match_ideas(mine, theirs);
    let (their_common, their_rest) = match_ideas(theirs, mine);
    if my_common != their_common {
        differences.push(Difference {
            kind: DifferenceKind::Changed,
            thing: None,
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
                kind: DifferenceKind::Changed,
                thing: None,
                what: format!(
                    "{}: {} → {}",
                    idea_label(idea),
                    Field::Text.label(),
                    quoted(&theirs.text)
                ),
            },
            None => Difference {
                kind: DifferenceKind::OnlyMine,
                thing: None,
                what: idea_label(idea),
            },
        });
    }
    for (idea, reworded) in their_rest.iter().zip(reworded) {
        if !reworded {
            differences.push(Difference {
                kind: DifferenceKind::OnlyTheirs,
                thing: None,
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
