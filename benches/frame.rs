//! One whole frame of the window, headless (egui without a GPU): the panels, the canvas
//! and tessellation, for generated maps of 500 and 5,000 touchpoints, fitted to the
//! window and at 100% zoom. Figures are in docs/benchmarks.md.

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Pos2, RawInput, Rect, vec2};
use polku::app::PolkuApp;
use polku::app::files::NoDialogs;
use polku::app::settings::Settings;

#[derive(Clone, Copy)]
enum View {
    Fit,
    ActualSize,
}

fn input(time: f64) -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1600.0, 1000.0))),
        time: Some(time),
        ..RawInput::default()
    }
}

fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    for touchpoints in [500, 5_000] {
        let journey = polku::model::generate::generate(touchpoints, 1)
            .unwrap_or_else(|errors| panic!("{errors:?}"));
        for (view, name) in [(View::Fit, "fit"), (View::ActualSize, "100%")] {
            let ctx = egui::Context::default();
            polku::ui::fonts::install_fonts(&ctx);
            let mut app = PolkuApp::with_journey(
                journey.clone(),
                None,
                Settings::default(),
                Box::new(NoDialogs),
            );
            let mut time = 0.0;
            // Settle the layout, fonts and view before timing.
            for i in 0..5 {
                if i == 2 {
                    match view {
                        View::Fit => app.canvas_mut().fit_requested = true,
                        View::ActualSize => app.canvas_mut().actual_size(),
                    }
                }
                time += 1.0 / 60.0;
                let output = ctx.run_ui(input(time), |ui| app.ui_root(ui));
                let _ = ctx.tessellate(output.shapes, output.pixels_per_point);
            }
            group.bench_function(format!("{touchpoints} touchpoints, {name}"), |b| {
                b.iter(|| {
                    time += 1.0 / 60.0;
                    let output = ctx.run_ui(input(time), |ui| app.ui_root(ui));
                    ctx.tessellate(output.shapes, output.pixels_per_point)
                });
            });
        }
    }
    group.finish();
}

criterion_group!(benches, frame);
criterion_main!(benches);
