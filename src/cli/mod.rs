//! The command line: `polku [FILE]` opens the window; subcommands work without one.
//!
//! Each subcommand writes its report to the writers it is given and returns the exit
//! code, so the same code serves the binary and the tests. Everything it says, its help
//! included, is in the system's language (see `crate::i18n`).

mod args;
mod check;
mod diff;
mod export;
mod feedback;
mod feedback_report;
mod fmt;
mod git;
mod help;
mod import;
mod insights;
mod merge;
mod new;
mod printable;
mod report;

use std::io::{IsTerminal as _, Write};
use std::path::Path;
use std::process::ExitCode;

use clap::FromArgMatches as _;

pub use args::{Cli, Command, PageArg, PeriodArg, ReportFormat, TemplateArg, TilesArg};
pub use help::command;
pub use printable::{Printable, escaped, is_unprintable};

/// Runs polku with the process's arguments.
pub fn main() -> ExitCode {
    let matches = command().get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => error.format(&mut command()).exit(),
    };
    let terminal = std::io::stdout().is_terminal();
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    match cli.command {
        Some(command) => run_on(command, &mut out, &mut err, terminal),
        None => {
            drop((out, err));
            crate::app::run_window(cli.file)
        }
    }
}

/// Runs one subcommand, writing its report to `out` and its errors to `err`, as to a
/// standard output that is not a terminal.
pub fn run(command: Command, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    run_on(command, out, err, false)
}

/// Runs one subcommand. What it says for people (and, when `out` is a terminal, whatever
/// it writes there) goes through [`Printable`], so no text of a map can act on the
/// terminal; a file meant for programs written to a pipe arrives exactly as it is.
pub fn run_on(
    command: Command,
    out: &mut dyn Write,
    err: &mut dyn Write,
    terminal: bool,
) -> ExitCode {
    let err = &mut Printable::new(err);
    // Only what polku writes as a file's content to standard output may skip escaping,
    // and only when it goes to a program rather than a terminal.
    let exact = |path: &Path| path.as_os_str() == "-" && !terminal;
    let result = match command {
        Command::Check { files } => check::run(&files, &mut Printable::new(out), err),
        Command::Insights {
            json,
            file,
            since,
            until,
            period,
        } => {
            let window = crate::model::feedback::Window { since, until };
            let out = &mut Printable::new(out);
            insights::run(&file, json, &window, period.into(), out, err)
        }
        Command::Export {
            file,
            svg,
            png,
            scale,
            pdf,
            page,
            tiles,
            no_emotion_row,
            force,
        } => export::run(
            &file,
            export::Target::from_args(svg, png, scale, pdf, page, tiles),
            !no_emotion_row,
            force,
            terminal,
            out,
            err,
        ),
        Command::Report {
            file,
            format,
            output,
            force,
        } => report::run(&file, format, output.as_deref(), force, terminal, out, err),
        Command::Import {
            inventory,
            out: target,
            skip_bad_rows,
            force,
        } => {
            let out: &mut dyn Write = if exact(&target) {
                out
            } else {
                &mut Printable::new(out)
            };
            import::run(&inventory, &target, skip_bad_rows, force, out, err)
        }
        Command::Fmt {
            check,
            drop_comments,
            files,
        } => fmt::run(&files, check, drop_comments, &mut Printable::new(out), err),
        Command::New {
            template,
            force,
            file,
        } => {
            let out: &mut dyn Write = if exact(&file) {
                out
            } else {
                &mut Printable::new(out)
            };
            new::new(template.into(), &file, force, out, err)
        }
        Command::Diff { json, old, new } => {
            diff::run(&old, &new, json, &mut Printable::new(out), err)
        }
        Command::Merge {
            base,
            ours,
            theirs,
            output,
            force,
            shown_as,
        } => {
            let request = merge::Request {
                base: &base,
                ours: &ours,
                theirs: &theirs,
                output: output.as_deref(),
                force,
                shown_as: shown_as.as_deref(),
            };
            let to_program = output.is_none() && !terminal;
            let out: &mut dyn Write = if to_program {
                out
            } else {
                &mut Printable::new(out)
            };
            merge::run(&request, out, err)
        }
        Command::Feedback { action } => feedback::run(action, &mut Printable::new(out), err),
        Command::GitSetup => git::setup(&mut Printable::new(out), err),
        Command::GitDiff { args } => git::diff(&args, &mut Printable::new(out)),
        Command::GitText { file } => git::text(&file, &mut Printable::new(out)),
        Command::Generate {
            touchpoints,
            seed,
            force,
            file,
        } => {
            // The parser keeps the count within MAX_TOUCHPOINTS, which fits any usize.
            let touchpoints = usize::try_from(touchpoints).unwrap_or(usize::MAX);
            let out: &mut dyn Write = if exact(&file) {
                out
            } else {
                &mut Printable::new(out)
            };
            new::generated(touchpoints, seed, &file, force, out, err)
        }
    };
    match result {
        Ok(code) => code,
        // A closed pipe (`polku check … | head`) is not worth a message.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::FAILURE,
        // Anything else (a full disk behind `>`) is: nothing would say the output is short.
        Err(error) => {
            let _ = writeln!(
                err,
                "{}",
                crate::tr!("cli-could-not-print", reason = crate::io::reason(&error))
            );
            ExitCode::FAILURE
        }
    }
}
