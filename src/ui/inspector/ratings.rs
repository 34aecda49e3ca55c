//! Customer emotion and employee experience of one touchpoint: not rated, or −2…+2.

use egui::Ui;

use super::fields::chip_ui;
use crate::model::{Edit, Rating, Touchpoint, TouchpointChange};
use crate::ui::{Requests, style};

/// Shows a row of choices for each rating and asks for the ones the user picks.
pub(super) fn ratings_ui(ui: &mut Ui, touchpoint: &Touchpoint, requests: &mut Requests) {
    let id = touchpoint.id;
    let what = crate::tr!("inspector-emotion");
    let picked = rating_row_ui(ui, &what, touchpoint.emotion);
    if let Some(rating) = picked {
        let change = TouchpointChange::Emotion(rating);
        let label = crate::tr!("inspector-emotion-undo");
        requests.edit(Edit::UpdateTouchpoint { id, change }, label);
    }
    ui.add_space(4.0);
    let what = crate::tr!("inspector-employee");
    let picked = rating_row_ui(ui, &what, touchpoint.employee_experience);
    if let Some(rating) = picked {
        let change = TouchpointChange::EmployeeExperience(rating);
        let label = crate::tr!("inspector-employee-undo");
        requests.edit(Edit::UpdateTouchpoint { id, change }, label);
    }
}

/// A label over a row of buttons: "–" for not rated, then −2 to +2. Returns the rating
/// the user picked this frame, if it differs from `current`.
fn rating_row_ui(ui: &mut Ui, what: &str, current: Option<Rating>) -> Option<Option<Rating>> {
    ui.label(what);
    let mut picked = None;
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 3.0;
        let choices = std::iter::once(None).chain(Rating::ALL.map(Some));
        for choice in choices {
            let text = rating_text(choice);
            let name = match choice {
                None => crate::tr!("inspector-rating-none-name", what = what),
                Some(_) => crate::tr!("inspector-rating-name", what = what, rating = text.as_str()),
            };
            let fill = choice.map(style::rating_fill);
            let selected = choice == current;
            let response = chip_ui(ui, &text, selected, fill, &name);
            if response.clicked() && !selected {
                picked = Some(choice);
            }
        }
    });
    picked
}

/// "–" for not rated, "−2", "−1", "0", "+1", "+2" (with a real minus sign).
pub(super) fn rating_text(rating: Option<Rating>) -> String {
    rating.map_or_else(|| "–".to_owned(), |rating| rating.to_string())
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use crate::model::Rating;
    use crate::ui::inspector::testing::{self, ORDER};
    use crate::ui::selection::Selection;

    #[test]
    fn emotion_and_experience_are_rated_and_unrated() {
        let mut harness = testing::inspector(testing::journey(), Selection::touchpoint(ORDER));
        harness.get_by_label("Customer emotion −2").click();
        harness.run();
        harness.get_by_label("Employee experience +1").click();
        harness.run();
        let touchpoint = harness.state().journey().touchpoint(ORDER).cloned();
        assert_eq!(touchpoint.as_ref().and_then(|t| t.emotion), Rating::new(-2));
        assert_eq!(
            touchpoint.and_then(|t| t.employee_experience),
            Rating::new(1)
        );

        harness.get_by_label("Customer emotion not rated").click();
        harness.run();
        let bench = harness.state();
        let emotion = bench.journey().touchpoint(ORDER).and_then(|t| t.emotion);
        assert_eq!(emotion, None);
        assert_eq!(
            bench.done,
            [
                "Set customer emotion",
                "Set employee experience",
                "Set customer emotion"
            ]
        );
    }
}
