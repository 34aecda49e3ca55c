//! The question at start about maps a crash (or a closed session) left behind: restore,
//! keep aside or discard each.

use crate::io::recovery::Recovered;

/// What the user chose for a recovered map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Restore,
    KeepAside,
    Discard,
}

/// Shows the maps in `recovered` with their choices; `restorable` tells whether one can
/// be restored now (not over a map with unsaved changes). Returns the choice made this
/// frame, for the map at that index.
pub fn recovered_ui(
    ctx: &egui::Context,
    recovered: &[Recovered],
    restorable: bool,
) -> Option<(usize, Choice)> {
    let now = crate::io::recovery::now_secs();
    let mut chosen = None;
    egui::Modal::new(egui::Id::unique("polku recovery")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        let crashed = recovered.iter().find_map(|r| r.crash_report.as_ref());
        if recovered.iter().any(|r| r.info.is_some()) {
            ui.heading(crate::tr!("app-recovery-title"));
            ui.label(crate::tr!("app-recovery-intro"));
        } else {
            ui.heading(crate::tr!("app-crashed-title"));
            ui.label(crate::tr!("app-crashed-nothing-lost"));
        }
        if let Some(report) = crashed {
            ui.label(crate::tr!(
                "app-crash-report",
                path = report.display().to_string()
            ));
        }
        ui.add_space(8.0);
        for (index, one) in recovered.iter().enumerate() {
            let Some(info) = &one.info else {
                if ui.button(crate::tr!("app-ok")).clicked() {
                    chosen = Some((index, Choice::Discard));
                }
                continue;
            };
            ui.group(|ui| {
                ui.strong(one.name());
                if let Some(original) = &info.original {
                    ui.weak(original.display().to_string());
                }
                ui.label(crate::tr!(
                    "app-autosaved-ago",
                    ago = crate::io::recovery::ago(info.written, now)
                ));
                ui.horizontal(|ui| {
                    let restore = ui
                        .add_enabled(restorable, egui::Button::new(crate::tr!("app-restore")))
                        .on_disabled_hover_text(crate::tr!("app-restore-one-map"));
                    if restore.clicked() {
                        chosen = Some((index, Choice::Restore));
                    }
                    if ui
                        .button(crate::tr!("app-keep-aside"))
                        .on_hover_text(crate::tr!("app-keep-aside-hover"))
                        .clicked()
                    {
                        chosen = Some((index, Choice::KeepAside));
                    }
                    if ui.button(crate::tr!("app-discard")).clicked() {
                        chosen = Some((index, Choice::Discard));
                    }
                });
            });
        }
    });
    chosen
}
