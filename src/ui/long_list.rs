//! Lists that may be long (a map's stages, a persona's path): past a few dozen rows they
//! scroll in a box of their own and only the rows in sight are drawn.

use egui::Ui;

/// A list longer than this (a map of hundreds of stages, a persona's path of thousands of
/// steps) scrolls on its own, and only the rows in sight are shown.
const LONG_LIST: usize = 30;
/// How many rows of a long list are in sight at once.
const ROWS_IN_SIGHT: f32 = 12.0;

/// The rows of a list of `count`, each drawn by `row` (which returns its height). A long
/// list scrolls in a box of its own and draws only the rows in sight, all as tall as the
/// first one was when last drawn.
pub fn rows_ui(ui: &mut Ui, salt: &str, count: usize, mut row: impl FnMut(&mut Ui, usize) -> f32) {
    if count <= LONG_LIST {
        for index in 0..count {
            row(ui, index);
        }
        return;
    }
    let height_id = ui.make_persistent_id((salt, "row height"));
    let height = ui
        .data(|data| data.get_temp::<f32>(height_id))
        .unwrap_or(ui.spacing().interact_size.y + 4.0);
    let spacing = ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical()
        .id_salt(salt)
        .max_height(ROWS_IN_SIGHT * (height + spacing))
        .auto_shrink([false, true])
        .show_rows(ui, height, count, |ui, range| {
            for index in range {
                let drawn = row(ui, index);
                if drawn > 0.0 && drawn != height {
                    ui.data_mut(|data| data.insert_temp(height_id, drawn));
                }
            }
        });
}
