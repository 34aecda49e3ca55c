//! What needs fixing: promises no touchpoint redeems or secures, and the validation
//! warnings, each with a way to jump to what it is about.

use egui::{Button, RichText, Ui};

use super::parts::{
    InsightsState, LongList, SHORT_LIST, empty_ui, good_colour, more_ui, text_ui, title_of,
};
use crate::model::analysis::{Insights, PromiseCoverage};
use crate::model::{Journey, Subject, Warning};
use crate::tr;
use crate::ui::Requests;
use crate::ui::commands::Command;

/// Each promise with whether visible touchpoints redeem it and others secure it.
pub(super) fn promises_ui(ui: &mut Ui, journey: &Journey, insights: &Insights) {
    if insights.promises.is_empty() {
        empty_ui(ui, &tr!("insights-promises-empty"));
        return;
    }
    for (index, coverage) in insights.promises.iter().enumerate() {
        if index > 0 {
            ui.add_space(4.0);
        }
        let text = journey
            .promise(coverage.promise)
            .map(|promise| promise.text.trim())
            .filter(|text| !text.is_empty());
        let text = match text {
            Some(text) => tr!("insights-promise-text", text = text),
            None => tr!("insights-promise-no-text"),
        };
        text_ui(ui, text);
        let colour = if coverage.is_covered() {
            good_colour(ui)
        } else {
            ui.visuals().warn_fg_color
        };
        text_ui(ui, RichText::new(status(coverage)).color(colour).small())
            .on_hover_ui(|ui| coverage_ui(ui, journey, coverage));
    }
}

/// "✓ covered · redeemed by 2 · secured by 1", or what is missing.
fn status(coverage: &PromiseCoverage) -> String {
    let redeemed = coverage.redeemed_by.len();
    let secured = coverage.secured_by.len();
    let redeemed = if redeemed == 0 {
        tr!("insights-not-redeemed")
    } else {
        tr!("insights-redeemed-by", count = redeemed)
    };
    let secured = if secured == 0 {
        tr!("insights-not-secured")
    } else {
        tr!("insights-secured-by", count = secured)
    };
    if coverage.is_covered() {
        tr!("insights-covered", redeemed = redeemed, secured = secured)
    } else {
        tr!(
            "insights-not-covered",
            redeemed = redeemed,
            secured = secured
        )
    }
}

/// The hover text of a promise's status: the touchpoints that redeem and secure it.
fn coverage_ui(ui: &mut Ui, journey: &Journey, coverage: &PromiseCoverage) {
    let list = |ui: &mut Ui, heading: &str, ids: &[crate::model::TouchpointId], none: &str| {
        ui.label(RichText::new(heading).strong());
        if ids.is_empty() {
            ui.label(RichText::new(none).weak());
        }
        for &id in ids {
            ui.label(format!("• {}", title_of(journey, id)));
        }
    };
    list(
        ui,
        &tr!("insights-redeemed-where"),
        &coverage.redeemed_by,
        &tr!("insights-redeemed-nowhere"),
    );
    list(
        ui,
        &tr!("insights-secured-how"),
        &coverage.secured_by,
        &tr!("insights-secured-by-nothing"),
    );
}

/// The validation warnings, each saying what to do, with a button that shows what it is
/// about on the map when the canvas can select it.
pub(super) fn warnings_ui(
    ui: &mut Ui,
    insights: &Insights,
    state: &mut InsightsState,
    requests: &mut Requests,
) {
    if insights.warnings.is_empty() {
        ui.label(RichText::new(tr!("insights-no-warnings")).color(good_colour(ui)));
        return;
    }
    let shown = if state.all_warnings {
        insights.warnings.len()
    } else {
        SHORT_LIST
    };
    for (number, warning) in (1..).zip(insights.warnings.iter().take(shown)) {
        ui.horizontal_top(|ui| {
            let command = jump(warning);
            let name = tr!("insights-show-warning-name", number = number);
            let response = ui
                .add_enabled(command.is_some(), Button::new(tr!("insights-show")).small())
                .accessible_name(name);
            let response = match &command {
                Some(_) => response.on_hover_text(tr!("insights-show-hover")),
                None => response.on_disabled_hover_text(no_jump(warning)),
            };
            if let (true, Some(command)) = (response.clicked(), command) {
                requests.command(command);
            }
            text_ui(ui, sentence(&warning.to_string()));
        });
    }
    more_ui(
        ui,
        insights.warnings.len(),
        &mut state.all_warnings,
        LongList::Warnings,
    );
}

/// The command that shows what `warning` is about, if the canvas can select it.
fn jump(warning: &Warning) -> Option<Command> {
    match warning.subject()? {
        Subject::Touchpoint(id) => Some(Command::ShowTouchpoint(id)),
        Subject::Link(id) => Some(Command::ShowLink(id)),
        Subject::Lane(_)
        | Subject::Stage(_)
        | Subject::Persona(_)
        | Subject::Promise(_)
        | Subject::Map
        | Subject::Idea(_) => None,
    }
}

/// Why a warning has no jump, and where to fix it instead.
fn no_jump(warning: &Warning) -> String {
    match warning.subject() {
        None | Some(Subject::Map) => tr!("insights-no-jump-map"),
        Some(Subject::Idea(_)) => tr!("insights-no-jump-idea"),
        Some(Subject::Lane(_)) => tr!("insights-no-jump-lane"),
        Some(Subject::Stage(_)) => tr!("insights-no-jump-stage"),
        Some(Subject::Persona(_)) => tr!("insights-no-jump-persona"),
        Some(Subject::Promise(_)) => tr!("insights-no-jump-promise"),
        Some(Subject::Touchpoint(_) | Subject::Link(_)) => String::new(),
    }
}

/// `text` with a capital first letter: warnings are written to follow "warning: ".
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use super::sentence;
    use crate::model::Subject;
    use crate::model::analysis::Insights;
    use crate::model::templates::Template;
    use crate::ui::commands::Command;
    use crate::ui::insights::testing::{self, ARCHIVE};

    #[test]
    fn a_warning_shows_its_touchpoint() {
        let mut harness = testing::insights(testing::journey());
        harness.get_by_label_contains("\"Archive letters\" is linked to nothing");
        harness.get_by_label("Show warning 1").click();
        harness.run();
        assert_eq!(
            harness.state().view.commands,
            [Command::ShowTouchpoint(ARCHIVE)]
        );
    }

    #[test]
    fn a_warning_about_a_promise_has_no_jump() {
        let journey = testing::journey();
        let about_a_promise = Insights::of(&journey)
            .warnings
            .iter()
            .position(|w| matches!(w.subject(), Some(Subject::Promise(_))));
        let mut harness = testing::insights(journey);
        harness.get_by_label_contains("\"We call you back\" is redeemed by no visible");
        let number = about_a_promise.map_or(0, |index| index + 1);
        harness
            .get_by_label(&format!("Show warning {number}"))
            .click();
        harness.run();
        assert!(harness.state().view.commands.is_empty());
    }

    #[test]
    fn a_sound_map_says_so() {
        let harness = testing::insights(Template::Blueprint.journey());
        harness.get_by_label("No warnings");
        harness.get_by_label_contains("No promises yet");
    }

    #[test]
    fn promises_say_what_they_lack() {
        let harness = testing::insights(testing::journey());
        harness.get_by_label("✓ covered · redeemed by 1 · secured by 1");
        harness.get_by_label("⚠ not redeemed · not secured");
    }

    #[test]
    fn a_warning_reads_as_a_sentence() {
        assert_eq!(sentence("touchpoint 3 is linked"), "Touchpoint 3 is linked");
        assert_eq!(sentence(""), "");
    }
}
