//! The customer emotion curve with the employee experience curve under it, along the
//! stages, for everyone or for one persona: where the journey dips for the customer, and
//! whether the people doing the work dip there too. Drawn with the painter.

use egui::text::{LayoutJob, TextWrapping};
use egui::{Align2, Color32, CornerRadius, FontId, Pos2, Rangef, Rect, RichText, Sense, Shape};
use egui::{Stroke, Ui, pos2, vec2};

use super::parts::{InsightsState, empty_ui, title_of};
use crate::model::analysis::{CurvePoint, curves};
use crate::model::{Journey, PersonaId, PersonaKind, Rating};
use crate::tr;
use crate::ui::Requests;
use crate::ui::commands::Command;
use crate::ui::inspector::fields::choice_ui;
use crate::ui::style;

/// Height of one chart, its margins included.
const CHART_HEIGHT: f32 = 86.0;

/// Room at the left of a chart for the scale (+2, 0, −2).
const SCALE_WIDTH: f32 = 22.0;

/// Space around the plot inside a chart, so the points at ±2 are drawn whole.
const MARGIN: f32 = 7.0;

/// The font of the scale and the stage names.
const SMALL: f32 = 11.0;

/// The persona picker, then the two curves for the chosen persona.
pub(super) fn curves_ui(
    ui: &mut Ui,
    journey: &Journey,
    state: &mut InsightsState,
    requests: &mut Requests,
) {
    // A persona removed since it was picked: show everyone rather than nothing.
    if state.persona.and_then(|id| journey.persona(id)).is_none() {
        state.persona = None;
    }
    persona_ui(ui, journey, state);

    let persona = state.persona.and_then(|id| journey.persona(id));
    let points = curves(journey, state.persona);
    let caption = match persona.map(|persona| persona.kind) {
        None => tr!("insights-curves-everyone-caption"),
        Some(PersonaKind::Customer) => {
            tr!("insights-curves-customer-caption", count = points.len())
        }
        Some(PersonaKind::Employee) => {
            tr!("insights-curves-employee-caption", count = points.len())
        }
    };
    ui.label(RichText::new(caption).weak().small());

    let rated = points
        .iter()
        .any(|p| p.emotion.is_some() || p.employee_experience.is_some());
    if !rated {
        ui.label(tr!("insights-curves-unrated"));
        empty_ui(ui, &tr!("insights-curves-unrated-help"));
        return;
    }
    let line = persona.map_or_else(
        || ui.visuals().text_color().gamma_multiply(0.6),
        |persona| {
            let [r, g, b] = persona.colour.0;
            Color32::from_rgb(r, g, b)
        },
    );
    let placed = place(&points, journey.stages().len());
    let emotion = Chart {
        key: "customer emotion",
        what: tr!("insights-customer-emotion"),
        rating: |p: &CurvePoint| p.emotion,
        line,
    };
    chart_ui(ui, journey, &emotion, &placed, requests);
    ui.add_space(6.0);
    let experience = Chart {
        key: "employee experience",
        what: tr!("insights-employee-experience"),
        rating: |p: &CurvePoint| p.employee_experience,
        line,
    };
    chart_ui(ui, journey, &experience, &placed, requests);
}

/// "Persona" and a combo box of everyone and each persona by name.
fn persona_ui(ui: &mut Ui, journey: &Journey, state: &mut InsightsState) {
    let options: Vec<(Option<PersonaId>, String)> =
        std::iter::once((None, tr!("insights-curves-everyone")))
            .chain(journey.personas().iter().map(|persona| {
                let name = persona.name.trim();
                let name = if name.is_empty() {
                    tr!("insights-unnamed", what = persona.id.to_string())
                } else {
                    name.to_owned()
                };
                (Some(persona.id), name)
            }))
            .collect();
    ui.horizontal(|ui| {
        let label = ui.label(tr!("insights-persona"));
        let id = ui.make_persistent_id("curves persona");
        let (response, picked) = choice_ui(ui, id, Some(state.persona), &options, None);
        response.labelled_by(label.id);
        if let Some(persona) = picked {
            state.persona = persona;
        }
    });
}

/// One of the two curves: what it rates, and the colour of its line.
struct Chart<F> {
    /// Tells the two charts' points apart in egui's ids, in every language.
    key: &'static str,
    what: String,
    rating: F,
    line: Color32,
}

/// Where each point goes across a chart, as a fraction of its width, in the order the
/// line joins them: stages evenly spaced, the points of a stage spread evenly across it
/// in journey order. Points in no stage the map has are left out.
fn place(points: &[CurvePoint], stages: usize) -> Vec<(f32, &CurvePoint)> {
    let mut in_stage = vec![0_usize; stages];
    for point in points {
        if let Some(n) = in_stage.get_mut(point.stage_index) {
            *n += 1;
        }
    }
    let mut before = vec![0_usize; stages];
    let mut placed: Vec<(f32, &CurvePoint)> = points
        .iter()
        .filter_map(|point| {
            let n = *in_stage.get(point.stage_index)?;
            let k = before.get_mut(point.stage_index)?;
            let within = (*k as f32 + 0.5) / n as f32;
            *k += 1;
            Some(((point.stage_index as f32 + within) / stages as f32, point))
        })
        .collect();
    // Journey order can step back to an earlier stage; a curve runs left to right.
    placed.sort_by(|a, b| a.0.total_cmp(&b.0));
    placed
}

/// Draws one curve over the stages, with its scale and the stage names under it.
/// Each point can be hovered for its touchpoint and rating, and clicked to show it.
fn chart_ui<F: Fn(&CurvePoint) -> Option<Rating>>(
    ui: &mut Ui,
    journey: &Journey,
    chart: &Chart<F>,
    placed: &[(f32, &CurvePoint)],
    requests: &mut Requests,
) {
    let what = chart.what.as_str();
    ui.label(RichText::new(what).strong());
    let (rect, _) =
        ui.allocate_exact_size(vec2(ui.available_width(), CHART_HEIGHT), Sense::hover());
    let plot = Rect::from_min_max(
        pos2(rect.left() + SCALE_WIDTH, rect.top() + MARGIN),
        pos2(rect.right() - MARGIN, rect.bottom() - MARGIN),
    );
    let y_of = |value: i8| plot.center().y - f32::from(value) / 4.0 * plot.height();
    let x_of = |fraction: f32| plot.left() + fraction * plot.width();
    let visuals = ui.visuals();
    let painter = ui.painter_at(rect);

    painter.rect_filled(
        plot.expand(MARGIN - 2.0),
        CornerRadius::same(3),
        visuals.faint_bg_color,
    );
    let grid = visuals.widgets.noninteractive.bg_stroke;
    let stages = journey.stages().len().max(1);
    for i in 1..stages {
        let x = x_of(i as f32 / stages as f32);
        painter.vline(
            x,
            plot.y_range(),
            Stroke::new(1.0, grid.color.gamma_multiply(0.6)),
        );
    }
    for value in Rating::MIN..=Rating::MAX {
        let stroke = if value == 0 {
            Stroke::new(1.0, visuals.weak_text_color())
        } else {
            Stroke::new(0.5, grid.color)
        };
        painter.hline(plot.x_range(), y_of(value), stroke);
    }
    for value in [Rating::MAX, 0, Rating::MIN] {
        let text = Rating::new(value.into()).map_or_else(String::new, |rating| rating.to_string());
        let pos = pos2(rect.left() + SCALE_WIDTH - 6.0, y_of(value));
        let font = FontId::proportional(SMALL);
        painter.text(
            pos,
            Align2::RIGHT_CENTER,
            text,
            font,
            visuals.weak_text_color(),
        );
    }

    let rated: Vec<(Pos2, &CurvePoint, Rating)> = placed
        .iter()
        .filter_map(|&(x, point)| {
            let rating = (chart.rating)(point)?;
            Some((pos2(x_of(x), y_of(rating.get())), point, rating))
        })
        .collect();
    if rated.is_empty() {
        let font = FontId::proportional(SMALL + 1.0);
        let colour = visuals.weak_text_color();
        painter.text(
            plot.center(),
            Align2::CENTER_CENTER,
            tr!("insights-chart-unrated"),
            font,
            colour,
        );
    }
    // The line joins the rated points only: an unrated step is bridged, not read as 0.
    let line: Vec<Pos2> = rated.iter().map(|&(pos, _, _)| pos).collect();
    if line.len() > 1 {
        painter.add(Shape::line(line, Stroke::new(1.5, chart.line)));
    }
    let outline = Stroke::new(1.0, visuals.panel_fill);
    for (pos, point, rating) in rated {
        let id = ui.make_persistent_id((chart.key, point.touchpoint));
        let hit = Rect::from_center_size(pos, vec2(14.0, 14.0)).intersect(rect);
        let response = ui.interact(hit, id, Sense::click());
        let radius = if response.hovered() { 6.0 } else { 4.5 };
        painter.circle(pos, radius, style::rating_fill(rating), outline);
        let title = title_of(journey, point.touchpoint);
        let value = crate::model::Rating::to_string(&rating);
        let label = tr!(
            "insights-point-name",
            what = what,
            title = title.as_str(),
            value = value.as_str()
        );
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, &label));
        let click = tr!("insights-click-to-show");
        let response = response
            .on_hover_cursor(egui::CursorIcon::PointingHand)
            .on_hover_text(format!("{title}\n{what}: {value}\n{click}"));
        if response.clicked() {
            requests.command(Command::ShowTouchpoint(point.touchpoint));
        }
    }
    stage_names_ui(ui, journey, plot.x_range());
}

/// The stage names under a chart, each centred on its stage. When they do not fit side
/// by side they take turns on two lines, so each gets the width of two stages; a name
/// still too long is cut short, and shown whole on hover.
fn stage_names_ui(ui: &mut Ui, journey: &Journey, x_range: Rangef) {
    let stages = journey.stages();
    if stages.is_empty() {
        return;
    }
    let column = x_range.span() / stages.len() as f32;
    let font = FontId::proportional(SMALL);
    let colour = ui.visuals().weak_text_color();
    let fits = stages.iter().all(|stage| {
        let galley = ui
            .painter()
            .layout_no_wrap(stage.name.clone(), font.clone(), colour);
        galley.size().x <= column - 4.0
    });
    let (lines, room) = if fits || stages.len() == 1 {
        (1, column - 4.0)
    } else {
        (2, 2.0 * column - 6.0)
    };
    let line_height = SMALL + 3.0;
    let (rect, _) = ui.allocate_exact_size(
        vec2(ui.available_width(), lines as f32 * line_height),
        Sense::hover(),
    );
    for (i, stage) in stages.iter().enumerate() {
        let mut job = LayoutJob::simple_singleline(stage.name.clone(), font.clone(), colour);
        job.wrap = TextWrapping {
            max_width: room.max(8.0),
            max_rows: 1,
            break_anywhere: true,
            overflow_character: Some('…'),
        };
        let galley = ui.painter().layout_job(job);
        let centre = x_range.min + (i as f32 + 0.5) * column;
        let width = galley.size().x;
        // Kept inside the chart: the first and last names may not hang over its edges.
        let left = (centre - width / 2.0)
            .min(rect.right() - width)
            .max(rect.left());
        let top = rect.top() + (i % lines) as f32 * line_height;
        let text_rect = Rect::from_min_size(pos2(left, top), galley.size()).intersect(rect);
        let elided = galley.elided;
        ui.painter().galley(text_rect.min, galley, colour);
        if elided {
            let id = ui.make_persistent_id(("stage name", stage.id));
            ui.interact(text_rect, id, Sense::hover())
                .on_hover_text(&stage.name);
        }
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use super::place;
    use crate::model::analysis::CurvePoint;
    use crate::model::{Rating, TouchpointId};
    use crate::ui::commands::Command;
    use crate::ui::insights::testing::{self, OPEN, PAYER};

    #[test]
    fn the_persona_picker_changes_the_curves() {
        let mut harness = testing::insights(testing::journey());
        harness.get_by_label("Customer emotion at Send confirmation: 0");
        harness.get_by_label("Employee experience at Call about the invoice: −2");

        harness.get_by_label("Persona").click();
        harness.run();
        harness.get_by_label("Careful payer").click();
        harness.run();
        assert_eq!(harness.state().view.state.persona, Some(PAYER));
        harness.get_by_label("Customer emotion at Open invoice: −2");
        assert!(
            harness
                .query_by_label("Customer emotion at Send confirmation: 0")
                .is_none()
        );
    }

    #[test]
    fn a_point_asks_to_show_its_touchpoint() {
        let mut harness = testing::insights(testing::journey());
        harness
            .get_by_label("Customer emotion at Open invoice: −2")
            .click();
        harness.run();
        assert_eq!(
            harness.state().view.commands,
            [Command::ShowTouchpoint(OPEN)]
        );
    }

    #[test]
    fn with_nothing_rated_it_says_so() {
        let harness = testing::insights(crate::model::templates::Template::Blueprint.journey());
        harness.get_by_label("No emotions rated yet");
    }

    #[test]
    fn points_spread_evenly_within_their_stage() {
        let point = |id, stage_index| CurvePoint {
            touchpoint: TouchpointId(id),
            stage_index,
            emotion: Rating::new(0),
            employee_experience: None,
        };
        // Journey order steps back from the second stage to the first.
        let points = [point(1, 0), point(2, 1), point(3, 0), point(4, 5)];
        let placed: Vec<(f32, u64)> = place(&points, 2)
            .into_iter()
            .map(|(x, p)| (x, p.touchpoint.0))
            .collect();
        assert_eq!(placed, [(0.125, 1), (0.375, 3), (0.75, 2)]);
    }
}
