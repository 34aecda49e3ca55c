//! The insights panel: what the analyses found in the map, for a facilitator to point at.
//!
//! A summary line, then foldable sections: when the map has feedback, what changed, the
//! mirror and the sources ([`feedback`]); the TERMS heatmap ([`heatmap`]), the hidden
//! steps ranked by impact and the handoffs between owners ([`lists`]), promise coverage
//! and validation warnings ([`checks`]), and the emotion and experience curves
//! ([`curves`]). It reads the journey and the [`Insights`] the app computed from it; it
//! never changes the journey. A click on an entry asks the app to show that touchpoint or
//! link on the canvas; a click on the heatmap sets the canvas [`Filter`].

mod checks;
mod curves;
mod feedback;
mod heatmap;
mod lists;
mod parts;
#[cfg(test)]
pub(crate) mod testing;

use egui::Ui;
use egui::{CornerRadius, Frame, Label, Margin, RichText};

use super::Requests;
use super::filter::Filter;
use crate::io::feedback::MapFeedback;
use crate::model::analysis::Insights;
use crate::model::feedback::{Period, Window};
use crate::model::{Journey, TermsArea};
use crate::tr;
pub use parts::InsightsState;
use parts::{area_name, section_ui};

/// Shows what the analyses found in `journey`.
///
/// It fills `ui` from the top and can grow taller than a window: the caller places it in
/// a vertical `ScrollArea` inside a resizable side panel, and every part of it keeps to
/// the width it is given.
pub fn insights_ui(
    ui: &mut Ui,
    journey: &Journey,
    insights: &Insights,
    feedback: Option<(&MapFeedback, &mut Period, &mut Window)>,
    filter: &mut Filter,
    state: &mut InsightsState,
    requests: &mut Requests,
) {
    ui.heading(tr!("insights-title"));
    ui.add_space(4.0);
    summary_ui(ui, insights);

    // What customers and employees said comes first: what changed is what a team
    // looking at the map in the morning reacts to today.
    if let Some((feedback, period, window)) = feedback {
        section_ui(
            ui,
            "feedback changes",
            tr!("insights-feedback-changes"),
            |ui| {
                feedback::window_ui(ui, window, state);
                feedback::changes_ui(ui, journey, feedback, period, requests);
            },
        );
        section_ui(
            ui,
            "feedback mirror",
            tr!("insights-feedback-mirror"),
            |ui| {
                feedback::mirror_ui(ui, journey, feedback, requests);
            },
        );
        section_ui(
            ui,
            "feedback groups",
            tr!("insights-feedback-groups"),
            |ui| {
                feedback::groups_ui(ui, journey, feedback);
            },
        );
        section_ui(
            ui,
            "feedback sources",
            tr!("insights-feedback-sources"),
            |ui| {
                feedback::sources_ui(ui, feedback);
            },
        );
    }

    section_ui(ui, "heatmap", tr!("insights-heatmap"), |ui| {
        heatmap::heatmap_ui(ui, journey, insights, filter);
    });
    section_ui(ui, "hidden impact", tr!("insights-hidden-impact"), |ui| {
        lists::hidden_impact_ui(ui, journey, insights, state, requests);
    });
    let handoffs = tr!("insights-handoffs", count = insights.handoffs.len());
    section_ui(ui, "handoffs", handoffs, |ui| {
        lists::handoffs_ui(ui, journey, insights, state, requests);
    });
    let promises = tr!("insights-promises", count = insights.promises.len());
    section_ui(ui, "promises", promises, |ui| {
        checks::promises_ui(ui, journey, insights);
    });
    let warnings = tr!("insights-warnings", count = insights.warnings.len());
    section_ui(ui, "warnings", warnings, |ui| {
        checks::warnings_ui(ui, insights, state, requests);
    });
    section_ui(ui, "curves", tr!("insights-curves"), |ui| {
        curves::curves_ui(ui, journey, state, requests);
    });
}

/// The size of the map in one sentence, and how many touchpoints carry each TERMS area.
fn summary_ui(ui: &mut Ui, insights: &Insights) {
    ui.label(tr!(
        "insights-summary",
        touchpoints = tr!("touchpoint-count", count = insights.touchpoints),
        visible = insights.visible,
        hidden = insights.hidden,
        links = tr!("link-count", count = insights.links),
        handoffs = tr!("insights-handoff-count", count = insights.handoffs.len()),
    ));
    ui.add_space(2.0);
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        let fill = ui.visuals().faint_bg_color;
        for area in TermsArea::ALL {
            let n = insights.terms_count(area);
            let text = RichText::new(format!("{} {n}", area.letter())).monospace();
            let text = if n == 0 { text.weak() } else { text.strong() };
            Frame::new()
                .fill(fill)
                .corner_radius(CornerRadius::same(3))
                .inner_margin(Margin::symmetric(5, 1))
                .show(ui, |ui| ui.add(Label::new(text).selectable(false)))
                .response
                .on_hover_text(tr!(
                    "insights-terms-tagged",
                    area = area_name(area),
                    count = n
                ));
        }
    });
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use super::testing;
    use crate::ui::inspector::testing::assert_fits;

    #[test]
    fn the_summary_counts_the_map() {
        let harness = testing::insights(testing::journey());
        harness.get_by_label("8 touchpoints (4 visible, 4 hidden) · 9 links · 5 handoffs");
        harness.get_by_label("M 2");
        harness.get_by_label("S 0");
    }

    #[test]
    fn the_panel_fits_its_narrowest_and_widest_width() {
        for width in [220.0, 320.0, 560.0] {
            let mut harness = testing::insights_at(width, testing::journey());
            assert_fits(&harness);
            // Unfolded, filtering and with another persona, each part shows all it can.
            harness
                .get_by_label("Handoffs Billing → Customer service")
                .click();
            harness.run();
            harness.get_by_label("Money in Pay: 4").click();
            harness.run();
            harness.state_mut().view.state.persona = Some(testing::PAYER);
            harness.run();
            assert_fits(&harness);

            let mut harness = testing::insights_at(width, testing::telecom());
            assert_fits(&harness);
            harness.state_mut().view.state.all_handoffs = true;
            harness.state_mut().view.state.all_hidden_impact = true;
            harness.run();
            assert_fits(&harness);
        }
    }

    #[test]
    fn the_panel_speaks_finnish() {
        crate::i18n::set_language(crate::i18n::Language::Finnish);
        let mut harness = testing::insights_at(220.0, testing::journey());
        harness.get_by_label("Oivallukset");
        harness.get_by_label(
            "8 kosketuspistettä (4 näkyvissä, 4 piilossa) · 9 yhteyttä · 5 luovutusta",
        );
        harness.get_by_label("Raha kaikissa vaiheissa");
        harness.get_by_label("✓ katettu · lunastetaan 1 kohdassa · varmistetaan 1 kohdassa");
        harness.get_by_label("Asiakkaan tunne kohdassa Open invoice: −2");
        harness.get_by_label("Raha vaiheessa Pay: 4").click();
        harness.run();
        harness.get_by_label_contains("Näytetään Raha vaiheessa Pay: 2 kosketuspistettä");
        harness.get_by_label("Poista suodatin");
        assert_fits(&harness);

        // The longer Finnish words still fit a real map, its long lists cut short or not.
        let mut harness = testing::insights_at(220.0, testing::telecom());
        assert_fits(&harness);
        harness.state_mut().view.state.all_handoffs = true;
        harness.state_mut().view.state.all_hidden_impact = true;
        harness.state_mut().view.state.all_warnings = true;
        harness.run();
        assert_fits(&harness);
        harness.get_by_label_contains("Näytä vain 10 ensimmäistä");
    }

    #[test]
    fn the_feedback_sections_fit_and_show_the_touchpoint_asked_for() {
        for language in crate::i18n::Language::ALL {
            crate::i18n::set_language(language);
            for width in [220.0, 320.0] {
                let (journey, feedback) = testing::example_with_feedback();
                let harness = testing::insights_with_feedback(width, journey, feedback);
                assert_fits(&harness);
            }
        }
        crate::i18n::set_language(crate::i18n::Language::English);
        let (journey, feedback) = testing::example_with_feedback();
        let worst = feedback.summary.changes[0].touchpoint;
        let title = journey
            .touchpoint(worst)
            .map(|t| t.title.clone())
            .unwrap_or_default();
        let mut harness = testing::insights_with_feedback(320.0, journey, feedback);
        harness
            .get_by_label(&format!("Show {title} on the map"))
            .click();
        harness.run();
        assert_eq!(
            harness.state().view.0.commands,
            [crate::ui::commands::Command::ShowTouchpoint(worst)]
        );
    }

    #[test]
    fn the_days_typed_choose_the_window_and_a_wrong_one_is_said() {
        crate::i18n::set_language(crate::i18n::Language::English);
        let (journey, feedback) = testing::example_with_feedback();
        let mut harness = testing::insights_with_feedback(320.0, journey, feedback);
        harness.state_mut().view.0.state.feedback_since = "2026-11-20".to_owned();
        harness.run();
        let window = harness.state().view.2.1;
        assert_eq!(window.since, "2026-11-20".parse().ok());
        assert_eq!(window.until, None);
        harness.state_mut().view.0.state.feedback_until = "30.11.".to_owned();
        harness.run();
        harness.get_by_label("write a date as 2026-11-30");
        // The window stays as it was until the day reads as one.
        assert_eq!(harness.state().view.2.1, window);
        harness.state_mut().view.0.state.feedback_since.clear();
        harness.state_mut().view.0.state.feedback_until = "2026-11-30".to_owned();
        harness.run();
        let window = harness.state().view.2.1;
        assert_eq!(
            (window.since, window.until),
            (None, "2026-11-30".parse().ok())
        );
    }

    #[test]
    fn a_section_folds_away() {
        let mut harness = testing::insights(testing::journey());
        harness.get_by_label("Show hidden step 1: Print invoice");
        harness.get_by_label("Hidden impact").click();
        harness.run();
        assert!(
            harness
                .query_by_label("Show hidden step 1: Print invoice")
                .is_none()
        );
    }

    /// Renders the panel to look at, in the temporary folder: over the telecom example
    /// (`insights.png`, dark, 320 points wide; `insights-light.png`, light, 220 points,
    /// filtering) and over the small test map (`insights-shop.png`, with warnings).
    /// Needs a GPU adapter (`WGPU_BACKEND=gl` with Mesa will do).
    #[test]
    #[ignore = "renders pictures to look at: cargo test --lib ui::insights -- --ignored"]
    fn pictures_of_the_panel() {
        let looks = [
            (320.0, egui::Theme::Dark, "insights.png", testing::telecom()),
            (
                220.0,
                egui::Theme::Light,
                "insights-light.png",
                testing::telecom(),
            ),
            (
                320.0,
                egui::Theme::Light,
                "insights-shop.png",
                testing::journey(),
            ),
        ];
        for (width, theme, file, journey) in looks {
            let mut harness = testing::insights_at(width, journey);
            harness.ctx.set_theme(theme);
            harness.set_size(egui::vec2(width, 2600.0));
            harness.run();
            // The light one with the heatmap filtering the map, to see the active cell.
            if file == "insights-light.png" {
                harness.get_by_label("Money in Dispute: 4").click();
                harness.run();
            }
            let image = harness.render();
            assert!(image.is_ok(), "{:?}", image.err());
            if let Ok(image) = image {
                let saved = image.save(std::env::temp_dir().join(file));
                assert!(saved.is_ok(), "{saved:?}");
            }
        }
    }
}
