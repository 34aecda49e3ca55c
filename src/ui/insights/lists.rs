//! The two lists that point at the back office: hidden steps ranked by how many customer
//! moments they hold up, and handoffs where work crosses from one owner to another.
//! A click on an entry asks the app to show it on the canvas.

use std::collections::BTreeMap;

use egui::{RichText, Ui};

use super::parts::{
    InsightsState, LongList, SHORT_LIST, empty_ui, more_ui, row_ui, text_ui, title_of,
};
use crate::model::Journey;
use crate::model::analysis::{Handoff, HiddenImpact, Insights};
use crate::tr;
use crate::ui::Requests;
use crate::ui::commands::Command;

/// The hidden touchpoints, most supporting first; a click shows one on the map.
pub(super) fn hidden_impact_ui(
    ui: &mut Ui,
    journey: &Journey,
    insights: &Insights,
    state: &mut InsightsState,
    requests: &mut Requests,
) {
    if insights.hidden_impact.is_empty() {
        empty_ui(ui, &tr!("insights-hidden-impact-empty"));
        return;
    }
    let shown = if state.all_hidden_impact {
        insights.hidden_impact.len()
    } else {
        SHORT_LIST
    };
    let missing_lane = tr!("insights-missing-lane");
    for (rank, impact) in (1..).zip(insights.hidden_impact.iter().take(shown)) {
        let id = impact.touchpoint;
        let title = title_of(journey, id);
        let lane = journey
            .touchpoint(id)
            .and_then(|t| journey.lane(t.lane))
            .map_or(missing_lane.as_str(), |lane| lane.name.as_str());
        let supported = impact.visible_supported;
        let details = tr!(
            "insights-hidden-step-details",
            lane = lane,
            supported = supported,
            weight = impact.terms_weight
        );
        let name = tr!(
            "insights-hidden-step-name",
            rank = rank,
            title = title.as_str()
        );
        let response = row_ui(ui, &name, |ui| {
            let text = RichText::new(format!("{rank}. {title}"));
            text_ui(ui, if supported == 0 { text } else { text.strong() });
            text_ui(ui, RichText::new(details).weak().small());
        });
        let response = response.on_hover_ui(|ui| supports_ui(ui, journey, impact));
        if response.clicked() {
            requests.command(Command::ShowTouchpoint(id));
        }
    }
    more_ui(
        ui,
        insights.hidden_impact.len(),
        &mut state.all_hidden_impact,
        LongList::HiddenSteps,
    );
}

/// The hover text of a hidden step: the visible moments it holds up.
fn supports_ui(ui: &mut Ui, journey: &Journey, impact: &HiddenImpact) {
    if impact.supports.is_empty() {
        ui.label(tr!("insights-supports-nothing"));
    } else {
        ui.label(tr!("insights-supports"));
        for &id in &impact.supports {
            ui.label(format!("• {}", title_of(journey, id)));
        }
        if impact.more_supported() > 0 {
            ui.label(tr!(
                "insights-more-supported",
                count = impact.more_supported()
            ));
        }
    }
    ui.label(RichText::new(tr!("insights-click-to-show")).weak());
}

/// Handoffs between the same two owners, in link order.
struct Pair<'a> {
    from: &'a str,
    to: &'a str,
    handoffs: Vec<&'a Handoff>,
}

/// The handoffs grouped by owner pair (compared without case, as handoffs are found),
/// the pairs with the most handoffs first, then by name.
fn pairs(handoffs: &[Handoff]) -> Vec<Pair<'_>> {
    let mut groups: BTreeMap<(String, String), Pair<'_>> = BTreeMap::new();
    for handoff in handoffs {
        let key = (
            handoff.from_owner.to_lowercase(),
            handoff.to_owner.to_lowercase(),
        );
        groups
            .entry(key)
            .or_insert_with(|| Pair {
                from: &handoff.from_owner,
                to: &handoff.to_owner,
                handoffs: Vec::new(),
            })
            .handoffs
            .push(handoff);
    }
    let mut pairs: Vec<Pair<'_>> = groups.into_values().collect();
    // A stable sort keeps the pairs with as many handoffs in the map's order of names.
    pairs.sort_by_key(|pair| std::cmp::Reverse(pair.handoffs.len()));
    pairs
}

/// The handoffs, grouped by owner pair; a click on one shows its link on the map.
pub(super) fn handoffs_ui(
    ui: &mut Ui,
    journey: &Journey,
    insights: &Insights,
    state: &mut InsightsState,
    requests: &mut Requests,
) {
    if insights.handoffs.is_empty() {
        empty_ui(ui, &tr!("insights-handoffs-empty"));
        return;
    }
    let pairs = pairs(&insights.handoffs);
    // A long list shows one line per pair of owners, so it reads as the department
    // boundaries the work crosses; the touchpoints are in the hover text.
    let long = insights.handoffs.len() > SHORT_LIST;
    if long {
        let summary = tr!(
            "insights-handoffs-summary",
            handoffs = tr!("insights-handoff-count", count = insights.handoffs.len()),
            pairs = pairs.len()
        );
        ui.label(RichText::new(summary).weak().small());
    }
    let shown = if state.all_handoffs {
        pairs.len()
    } else {
        SHORT_LIST
    };
    for pair in pairs.iter().take(shown) {
        let owners = format!("{} → {}", pair.from, pair.to);
        let [handoff] = pair.handoffs.as_slice() else {
            pair_ui(ui, journey, pair, &owners, state, requests);
            continue;
        };
        let look = if long { Look::Owners } else { Look::Full };
        link_row_ui(ui, journey, &owners, handoff, look, requests);
    }
    more_ui(
        ui,
        pairs.len(),
        &mut state.all_handoffs,
        LongList::OwnerPairs,
    );
}

/// Several handoffs between the same owners: one row that unfolds to list them.
fn pair_ui(
    ui: &mut Ui,
    journey: &Journey,
    pair: &Pair<'_>,
    owners: &str,
    state: &mut InsightsState,
    requests: &mut Requests,
) {
    let key = (pair.from.to_lowercase(), pair.to.to_lowercase());
    let open = state.open_handoffs.contains(&key);
    let mark = if open { "▾" } else { "▸" };
    let n = pair.handoffs.len();
    let name = tr!("insights-handoff-pair-name", owners = owners);
    let response = row_ui(ui, &name, |ui| {
        text_ui(ui, RichText::new(format!("{mark} {owners} ×{n}")).strong());
    });
    let hover = if open {
        tr!("insights-handoff-pair-fold")
    } else {
        tr!("insights-handoff-pair-unfold")
    };
    if response.on_hover_text(hover).clicked() {
        if open {
            state.open_handoffs.remove(&key);
        } else {
            state.open_handoffs.insert(key);
        }
    }
    if open {
        ui.indent(("handoffs", pair.from, pair.to), |ui| {
            for handoff in &pair.handoffs {
                link_row_ui(ui, journey, owners, handoff, Look::Ends, requests);
            }
        });
    }
}

/// What a handoff's row shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Look {
    /// The owners over the two touchpoints.
    Full,
    /// The owners, with the touchpoints in the hover text: one line in a long list.
    Owners,
    /// The two touchpoints, under a row that names the owners.
    Ends,
}

/// One handoff; a click shows its link on the map.
fn link_row_ui(
    ui: &mut Ui,
    journey: &Journey,
    owners: &str,
    handoff: &Handoff,
    look: Look,
    requests: &mut Requests,
) {
    let ends = journey.link(handoff.link).map_or_else(
        || tr!("insights-missing", what = handoff.link.to_string()),
        |link| {
            format!(
                "{} → {}",
                title_of(journey, link.from),
                title_of(journey, link.to)
            )
        },
    );
    let name = tr!(
        "insights-handoff-name",
        owners = owners,
        ends = ends.as_str()
    );
    let response = row_ui(ui, &name, |ui| match look {
        Look::Full => {
            text_ui(ui, RichText::new(owners).strong());
            text_ui(ui, RichText::new(&ends).weak().small());
        }
        Look::Owners => {
            text_ui(ui, RichText::new(owners).strong());
        }
        Look::Ends => {
            text_ui(ui, &ends);
        }
    });
    let click = tr!("insights-click-to-show-link");
    let hover = match look {
        Look::Owners => format!("{ends}\n{click}"),
        Look::Full | Look::Ends => click,
    };
    if response.on_hover_text(hover).clicked() {
        requests.command(Command::ShowLink(handoff.link));
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use super::pairs;
    use crate::model::LinkId;
    use crate::model::analysis::Handoff;
    use crate::ui::commands::Command;
    use crate::ui::insights::testing::{self, PRINT, PRINT_TO_CONFIRM};

    #[test]
    fn a_hidden_impact_entry_asks_to_show_its_touchpoint() {
        let mut harness = testing::insights(testing::journey());
        harness
            .get_by_label("Show hidden step 1: Print invoice")
            .click();
        harness.run();
        assert_eq!(
            harness.state().view.commands,
            [Command::ShowTouchpoint(PRINT)]
        );
    }

    #[test]
    fn a_handoff_asks_to_show_its_link() {
        let mut harness = testing::insights(testing::journey());
        harness
            .get_by_label("Show handoff Billing → Sales: Print invoice → Send confirmation")
            .click();
        harness.run();
        assert_eq!(
            harness.state().view.commands,
            [Command::ShowLink(PRINT_TO_CONFIRM)]
        );
    }

    #[test]
    fn handoffs_between_the_same_owners_fold_under_one_row() {
        let mut harness = testing::insights(testing::journey());
        let link =
            "Show handoff Billing → Customer service: Print invoice → Call about the invoice";
        assert!(harness.query_by_label(link).is_none());
        harness
            .get_by_label("Handoffs Billing → Customer service")
            .click();
        harness.run();
        harness.get_by_label(link).click();
        harness.run();
        assert_eq!(
            harness.state().view.commands,
            [Command::ShowLink(LinkId(7))]
        );
    }

    #[test]
    fn pairs_ignore_case_and_put_the_busiest_first() {
        let handoff = |link, from: &str, to: &str| Handoff {
            link: LinkId(link),
            from_owner: from.to_owned(),
            to_owner: to.to_owned(),
        };
        let handoffs = [
            handoff(1, "Sales", "Billing"),
            handoff(2, "IT", "Billing"),
            handoff(3, "it", "billing"),
        ];
        let found: Vec<(&str, &str, usize)> = pairs(&handoffs)
            .iter()
            .map(|pair| (pair.from, pair.to, pair.handoffs.len()))
            .collect();
        assert_eq!(found, [("IT", "Billing", 2), ("Sales", "Billing", 1)]);
    }
}
