//! The question about the open file changed on disk: what happened, what differs once
//! the user asks, and the choices (reload, keep mine, compare).

use super::answer::Answer;
use crate::model::compare::{self, Difference};

/// The question about a changed file: what happened, the differences once asked for, and
/// the choices.
pub fn changed_on_disk_ui(
    ui: &mut egui::Ui,
    map_name: &str,
    modified: bool,
    saving: bool,
    differences: Option<&Result<Vec<Difference>, String>>,
) -> Option<Answer> {
    ui.heading(crate::tr!("app-changed-title", name = map_name));
    ui.add_space(4.0);
    ui.label(if saving {
        crate::tr!("app-changed-saving")
    } else {
        crate::tr!("app-changed")
    });
    if modified {
        ui.label(crate::tr!("app-changed-reload-loses"));
    }
    if let Some(differences) = differences {
        ui.add_space(6.0);
        differences_ui(ui, differences);
    }
    ui.add_space(10.0);
    let mut answer = None;
    ui.horizontal(|ui| {
        let reload = if modified {
            crate::tr!("app-reload-losing")
        } else {
            crate::tr!("app-reload")
        };
        if ui.button(reload).clicked() {
            answer = Some(Answer::Reload);
        }
        let keep = if saving {
            crate::tr!("app-save-mine")
        } else {
            crate::tr!("app-keep-mine")
        };
        if ui
            .button(keep)
            .on_hover_text(crate::tr!("app-keep-mine-hover"))
            .clicked()
        {
            answer = Some(Answer::KeepMine);
        }
        if differences.is_none() && ui.button(crate::tr!("app-compare")).clicked() {
            answer = Some(Answer::Compare);
        }
        if saving && ui.button(crate::tr!("app-cancel")).clicked() {
            answer = Some(Answer::Cancel);
        }
    });
    answer
}

fn differences_ui(ui: &mut egui::Ui, differences: &Result<Vec<Difference>, String>) {
    let differences = match differences {
        Ok(differences) => differences,
        Err(error) => {
            ui.label(format!("{}\n{error}", crate::tr!("app-compare-unreadable")));
            return;
        }
    };
    if differences.is_empty() {
        ui.label(crate::tr!("app-compare-same"));
        return;
    }
    egui::ScrollArea::vertical()
        .max_height(260.0)
        .show(ui, |ui| {
            for (kind, heading) in [
                (
                    compare::DifferenceKind::Changed,
                    crate::tr!("app-compare-different"),
                ),
                (
                    compare::DifferenceKind::OnlyTheirs,
                    crate::tr!("app-compare-only-disk"),
                ),
                (
                    compare::DifferenceKind::OnlyMine,
                    crate::tr!("app-compare-only-mine"),
                ),
            ] {
                let mut these = differences.iter().filter(|d| d.kind == kind).peekable();
                if these.peek().is_none() {
                    continue;
                }
                ui.strong(heading);
                for difference in these {
                    ui.label(format!("• {}", difference.what));
                }
                ui.add_space(4.0);
            }
        });
}
