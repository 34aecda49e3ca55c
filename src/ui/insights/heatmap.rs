//! The TERMS heatmap: stages down, Time, Emotion, Risk, Money and Situation across, each
//! cell coloured by the summed severity of the tags there. A click on a cell (or on a
//! column's letter) filters the canvas to it; it never changes the journey.

use egui::{Align, Align2, Color32, CornerRadius, FontId, Id, Label, Layout, Rect, Response};
use egui::{RichText, Sense, Stroke, StrokeKind, Ui, UiBuilder, pos2, vec2};

use super::parts::{active_stroke, area_name, empty_ui};
use crate::model::analysis::Insights;
use crate::model::{Journey, Severity, StageId, TermsArea};
use crate::tr;
use crate::ui::filter::Filter;
use crate::ui::style;

/// Space between the cells.
const GAP: f32 = 2.0;

/// The five columns of cells take this share of the width (within [`CELL_SIZES`]); the
/// stage names take the rest.
const CELLS_SHARE: f32 = 0.55;

/// The stage names get at most this much room, so the cells stay near their names in a
/// wide panel.
const MAX_NAME_WIDTH: f32 = 180.0;

/// The side of a cell, between these.
const CELL_SIZES: (f32, f32) = (18.0, 32.0);

/// Height of the row of column letters.
const HEADER_HEIGHT: f32 = 18.0;

/// Shows the heatmap of `insights` and sets `filter` when a cell is clicked.
pub(super) fn heatmap_ui(ui: &mut Ui, journey: &Journey, insights: &Insights, filter: &mut Filter) {
    if insights.heatmap.is_empty() {
        empty_ui(ui, &tr!("insights-heatmap-no-stages"));
        return;
    }
    // Rows sit closer than the panel's usual spacing, so the cells read as one grid.
    ui.scope(|ui| {
        ui.spacing_mut().item_spacing.y = GAP;
        grid_ui(ui, journey, insights, filter);
    });
    ui.add_space(4.0);
    if filter.area.is_some() || filter.stage.is_some() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(showing(journey, filter)).weak());
            if ui.button(tr!("insights-clear-filter")).clicked() {
                filter.area = None;
                filter.stage = None;
            }
        });
    } else if insights.terms.iter().all(|&n| n == 0) {
        empty_ui(ui, &tr!("insights-heatmap-untagged"));
    } else {
        empty_ui(ui, &tr!("insights-heatmap-help"));
    }
}

/// The column letters over a row of cells for each stage, with the stage names at the
/// left.
fn grid_ui(ui: &mut Ui, journey: &Journey, insights: &Insights, filter: &mut Filter) {
    let width = ui.available_width();
    let cell = (width * CELLS_SHARE / 5.0 - GAP).clamp(CELL_SIZES.0, CELL_SIZES.1);
    let name_width = (width - 5.0 * (cell + GAP)).clamp(0.0, MAX_NAME_WIDTH);
    let cell_x = |left: f32, column: usize| left + name_width + GAP + column as f32 * (cell + GAP);

    // The column letters, each a filter by its area in every stage.
    let (row, _) = ui.allocate_exact_size(vec2(width, HEADER_HEIGHT), Sense::hover());
    for (column, area) in TermsArea::ALL.into_iter().enumerate() {
        let rect = Rect::from_min_size(
            pos2(cell_x(row.left(), column), row.top()),
            vec2(cell, HEADER_HEIGHT),
        );
        let active = filter.area == Some(area) && filter.stage.is_none();
        let response = header_ui(ui, rect, area, active);
        if response.clicked() {
            toggle(filter, area, None);
        }
    }

    let unnamed = tr!("insights-unnamed-stage");
    for heat_row in &insights.heatmap {
        let stage = journey.stage(heat_row.stage);
        let name = stage
            .map(|s| s.name.trim())
            .filter(|name| !name.is_empty())
            .unwrap_or(&unnamed);
        let (row, _) = ui.allocate_exact_size(vec2(width, cell), Sense::hover());
        let name_rect = Rect::from_min_size(row.min, vec2(name_width, cell));
        // A child Ui of its own keeps the name to its column: a long name is cut short
        // (and shown whole on hover) instead of pushing the cells off the panel.
        let mut name_ui = ui.new_child(
            UiBuilder::new()
                .max_rect(name_rect)
                .layout(Layout::left_to_right(Align::Center)),
        );
        name_ui.add(Label::new(name).truncate());

        let cells = TermsArea::ALL.into_iter().zip(heat_row.areas).enumerate();
        for (column, (area, value)) in cells {
            let rect = Rect::from_min_size(
                pos2(cell_x(row.left(), column), row.top()),
                vec2(cell, cell),
            );
            let active = filter.area == Some(area) && filter.stage == Some(heat_row.stage);
            let label = tr!(
                "insights-cell-name",
                area = area_name(area),
                stage = name,
                value = value
            );
            let id = ui.make_persistent_id(("terms cell", heat_row.stage, area));
            let response = cell_ui(ui, id, rect, value, active, &label);
            if response.clicked() {
                toggle(filter, area, Some(heat_row.stage));
            }
        }
    }
}

/// A column's letter: a filter by that area in every stage.
fn header_ui(ui: &mut Ui, rect: Rect, area: TermsArea, active: bool) -> Response {
    let id = ui.make_persistent_id(("terms column", area));
    let response = ui.interact(rect, id, Sense::click());
    let painter = ui.painter();
    if response.hovered() {
        let fill = ui.visuals().widgets.hovered.weak_bg_fill;
        painter.rect_filled(rect, CornerRadius::same(2), fill);
    }
    if active {
        painter.rect_stroke(
            rect,
            CornerRadius::same(2),
            active_stroke(ui),
            StrokeKind::Inside,
        );
    }
    let font = FontId::proportional(13.0);
    let colour = ui.visuals().strong_text_color();
    painter.text(
        rect.center(),
        Align2::CENTER_CENTER,
        area.letter(),
        font,
        colour,
    );
    let name = area_name(area);
    let label = tr!("insights-column-name", area = name.as_str());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, &label));
    let action = if active {
        tr!("insights-click-to-clear")
    } else {
        tr!("insights-column-click", area = name.as_str())
    };
    response
        .on_hover_cursor(egui::CursorIcon::PointingHand)
        .on_hover_text(tr!(
            "insights-column-hover",
            area = name.as_str(),
            action = action
        ))
}

/// One cell: `value` as a colour and a number, outlined when it filters the canvas.
fn cell_ui(ui: &mut Ui, id: Id, rect: Rect, value: u32, active: bool, label: &str) -> Response {
    let response = ui.interact(rect, id, Sense::click());
    let painter = ui.painter();
    let fill = heat_fill(value).unwrap_or(ui.visuals().faint_bg_color);
    painter.rect_filled(rect, CornerRadius::same(3), fill);
    if active {
        painter.rect_stroke(
            rect,
            CornerRadius::same(3),
            active_stroke(ui),
            StrokeKind::Inside,
        );
    } else if response.hovered() {
        let stroke = Stroke::new(1.0, ui.visuals().widgets.hovered.fg_stroke.color);
        painter.rect_stroke(rect, CornerRadius::same(3), stroke, StrokeKind::Inside);
    } else if value == 0 {
        let stroke = ui.visuals().widgets.noninteractive.bg_stroke;
        painter.rect_stroke(rect, CornerRadius::same(3), stroke, StrokeKind::Inside);
    }
    if value > 0 {
        let font = FontId::proportional((rect.height() * 0.5).clamp(10.0, 13.0));
        let colour = style::text_on(fill);
        painter.text(rect.center(), Align2::CENTER_CENTER, value, font, colour);
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, label));
    let action = if active {
        tr!("insights-click-to-clear")
    } else {
        tr!("insights-cell-click")
    };
    response
        .on_hover_cursor(egui::CursorIcon::PointingHand)
        .on_hover_text(tr!("insights-cell-hover", label = label, action = action))
}

/// The colour of a cell whose tags add up to `value`, on a fixed scale so maps compare:
/// pale yellow for one minor problem, a deeper yellow for two (or one major), through the
/// severity colours of the chips, to dark red. `None` for no problem at all.
fn heat_fill(value: u32) -> Option<Color32> {
    match value {
        0 => None,
        1 => Some(Color32::from_rgb(252, 236, 178)),
        2 => Some(Color32::from_rgb(247, 219, 125)),
        3..=4 => Some(style::severity_fill(Severity::Minor)),
        5..=6 => Some(style::severity_fill(Severity::Major)),
        7..=9 => Some(style::severity_fill(Severity::Critical)),
        _ => Some(Color32::from_rgb(140, 20, 30)),
    }
}

/// Filters by `area` in `stage` (every stage with `None`), or clears the filter when it
/// is already that: a second click on the same cell undoes the first.
fn toggle(filter: &mut Filter, area: TermsArea, stage: Option<StageId>) {
    if filter.area == Some(area) && filter.stage == stage {
        filter.area = None;
        filter.stage = None;
    } else {
        filter.area = Some(area);
        filter.stage = stage;
    }
}

/// What the heatmap's filter shows, in words: "Showing Money in Pay".
fn showing(journey: &Journey, filter: &Filter) -> String {
    let stage = filter.stage.map(|id| {
        journey
            .stage(id)
            .map_or_else(|| id.to_string(), |stage| stage.name.clone())
    });
    let matching = journey
        .touchpoints()
        .filter(|t| filter.matches(journey, t))
        .count();
    let what = match (filter.area, stage) {
        (Some(area), Some(stage)) => {
            tr!(
                "insights-showing-area-in-stage",
                area = area_name(area),
                stage = stage
            )
        }
        (Some(area), None) => tr!("insights-showing-area", area = area_name(area)),
        (None, Some(stage)) => tr!("insights-showing-stage", stage = stage),
        (None, None) => tr!("insights-showing-everything"),
    };
    tr!(
        "insights-showing",
        what = what,
        touchpoints = tr!("touchpoint-count", count = matching)
    )
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use egui::Color32;

    use super::heat_fill;
    use crate::model::TermsArea;
    use crate::ui::insights::testing::{self, JOIN, PAY};

    #[test]
    fn a_cell_click_filters_the_canvas_and_a_second_clears_it() {
        let mut harness = testing::insights(testing::journey());
        harness.get_by_label("Money in Pay: 4").click();
        harness.run();
        let filter = &harness.state().view.filter;
        assert_eq!(filter.area, Some(TermsArea::Money));
        assert_eq!(filter.stage, Some(PAY));
        harness.get_by_label_contains("Showing Money in Pay: 2 touchpoints");

        harness.get_by_label("Money in Pay: 4").click();
        harness.run();
        let filter = &harness.state().view.filter;
        assert_eq!((filter.area, filter.stage), (None, None));
        assert!(harness.query_by_label("Clear filter").is_none());
    }

    #[test]
    fn another_cell_moves_the_filter_and_clear_filter_clears_it() {
        let mut harness = testing::insights(testing::journey());
        harness.get_by_label("Money in Pay: 4").click();
        harness.run();
        harness.get_by_label("Time in Join: 1").click();
        harness.run();
        let filter = &harness.state().view.filter;
        assert_eq!(
            (filter.area, filter.stage),
            (Some(TermsArea::Time), Some(JOIN))
        );

        harness.get_by_label("Clear filter").click();
        harness.run();
        let filter = &harness.state().view.filter;
        assert_eq!((filter.area, filter.stage), (None, None));
    }

    #[test]
    fn a_column_letter_filters_by_area_in_every_stage() {
        let mut harness = testing::insights(testing::journey());
        harness.get_by_label("Emotion in all stages").click();
        harness.run();
        let filter = &harness.state().view.filter;
        assert_eq!(
            (filter.area, filter.stage),
            (Some(TermsArea::Emotion), None)
        );
        harness.get_by_label("Emotion in all stages").click();
        harness.run();
        assert_eq!(harness.state().view.filter.area, None);
    }

    #[test]
    fn the_scale_grows_warmer_with_the_sum() {
        assert_eq!(heat_fill(0), None);
        let fills: Vec<_> = [1, 2, 3, 5, 7, 10]
            .into_iter()
            .filter_map(heat_fill)
            .collect();
        assert_eq!(fills.len(), 6);
        // Each step is less green than the one before: from pale yellow to dark red.
        assert!(fills.windows(2).all(|pair| pair[1].g() < pair[0].g()));
        // And far enough from the one before to be told apart at a glance.
        for pair in fills.windows(2) {
            let [a, b] = [pair[0].to_array(), pair[1].to_array()];
            let apart: u32 = (0..3).map(|i| u32::from(a[i].abs_diff(b[i]))).sum();
            assert!(apart >= 40, "{:?} and {:?} look alike", pair[0], pair[1]);
        }
    }

    /// The colour painted for the heatmap cell named `label`.
    fn painted_fill(harness: &egui_kittest::Harness<'_, impl Sized>, label: &str) -> Color32 {
        let rect = harness.get_by_label(label).rect();
        let fills: Vec<Color32> = harness
            .output()
            .shapes
            .iter()
            .filter_map(|clipped| match &clipped.shape {
                egui::Shape::Rect(shape) if shape.rect == rect => Some(shape.fill),
                _ => None,
            })
            .filter(|fill| *fill != Color32::TRANSPARENT)
            .collect();
        match fills.as_slice() {
            [fill] => *fill,
            _ => panic!("{label}: painted with {fills:?}"),
        }
    }

    #[test]
    fn one_minor_problem_and_one_major_look_different() {
        // Time in Join holds one minor tag, Emotion in Pay one major.
        let harness = testing::insights(testing::journey());
        let minor = painted_fill(&harness, "Time in Join: 1");
        let major = painted_fill(&harness, "Emotion in Pay: 2");
        assert_ne!(minor, major);
    }
}
