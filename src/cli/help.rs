//! The help of the command line in the system's language.
//!
//! clap's derive takes its help from the doc comments on [`Cli`], which are English. The
//! command is built from them as usual, and then every text a person reads in `--help`
//! is set again from the Fluent files: the about of each subcommand, the help of each
//! argument and of each possible value, the `--help` and `--version` flags, and the
//! headings (`Usage:`, `Commands:`, `Arguments:`, `Options:`). In English every text is
//! the same as the doc comment's, so the help reads the same as clap's own.
//!
//! clap's own error messages (an unknown option, a missing argument) stay English.

use std::ffi::OsStr;
use std::marker::PhantomData;

use clap::builder::{EnumValueParser, PossibleValue, StyledStr, TypedValueParser};
use clap::{Arg, ArgAction, Command, CommandFactory as _, ValueEnum};

use super::args::{Cli, ReportFormat, TemplateArg};
use crate::tr;

/// The whole command line, with its help in the language of the thread.
pub fn command() -> Command {
    let mut command = Cli::command()
        .about(tr!("cli-about"))
        .mut_args(|arg| arg_help(None, arg))
        .mut_subcommands(|subcommand| {
            let name = subcommand.get_name().to_owned();
            // `polku feedback add`: its own subcommands, named after it.
            let subcommand = subcommand.mut_subcommands(|nested| {
                let name = format!("{name} {}", nested.get_name());
                in_language(nested, &name)
            });
            in_language(subcommand, &name)
        });
    // The flags and the `help` subcommand that clap adds itself are only there once the
    // command is built.
    command.build();
    built_help(&mut command);
    command
}

/// `subcommand` (called `name`: `check`, `feedback add`) with its about and the help of
/// its arguments in the language of the thread.
fn in_language(subcommand: Command, name: &str) -> Command {
    let subcommand = match about(name) {
        Some(about) => subcommand.about(about),
        None => subcommand,
    };
    subcommand.mut_args(|arg| arg_help(Some(name), arg))
}

/// What a subcommand does, as `polku --help` lists it.
fn about(subcommand: &str) -> Option<String> {
    Some(match subcommand {
        "check" => tr!("cli-check-about"),
        "fmt" => tr!("cli-fmt-about"),
        "insights" => tr!("cli-insights-about"),
        "export" => tr!("cli-export-about"),
        "report" => tr!("cli-report-about"),
        "import" => tr!("cli-import-about"),
        "new" => tr!("cli-new-about"),
        "generate" => tr!("cli-generate-about"),
        "diff" => tr!("cli-diff-about"),
        "merge" => tr!("cli-merge-about"),
        "git-setup" => tr!("cli-git-setup-about"),
        "git-diff" => tr!("cli-git-diff-about"),
        "git-text" => tr!("cli-git-text-about"),
        "feedback" => tr!("cli-feedback-about"),
        "feedback add" => tr!("cli-feedback-add-about"),
        "feedback check" => tr!("cli-feedback-check-about"),
        _ => return None,
    })
}

/// `arg` of `subcommand` (`None` for polku itself) with its help in the language of the
/// thread; its possible values too, where they have any.
fn arg_help(subcommand: Option<&str>, arg: Arg) -> Arg {
    let help = match (subcommand, arg.get_id().as_str()) {
        (None, "file") => tr!("cli-arg-open-file"),
        (Some("check"), "files") => tr!("cli-arg-check-files"),
        (Some("fmt"), "check") => tr!("cli-arg-fmt-check"),
        (Some("fmt"), "drop_comments") => tr!("cli-arg-fmt-drop-comments"),
        (Some("fmt"), "files") => tr!("cli-arg-fmt-files"),
        (Some("insights"), "json") => tr!("cli-arg-insights-json"),
        (Some("insights"), "file") => tr!("cli-arg-insights-file"),
        (Some("insights"), "since") => tr!("cli-arg-insights-since"),
        (Some("insights"), "until") => tr!("cli-arg-insights-until"),
        (Some("insights"), "period") => tr!("cli-arg-insights-period"),
        (Some("export"), "file") => tr!("cli-arg-export-file"),
        (Some("export"), "svg") => tr!("cli-arg-export-svg"),
        (Some("export"), "png") => tr!("cli-arg-export-png"),
        (Some("export"), "scale") => tr!("cli-arg-export-scale"),
        (Some("export"), "pdf") => tr!("cli-arg-export-pdf"),
        (Some("export"), "page") => tr!("cli-arg-export-page"),
        (Some("export"), "tiles") => tr!("cli-arg-export-tiles"),
        (Some("export"), "force") => tr!("cli-arg-export-force"),
        (Some("report"), "file") => tr!("cli-arg-report-file"),
        (Some("diff"), "json") => tr!("cli-arg-diff-json"),
        (Some("diff"), "old") => tr!("cli-arg-diff-old"),
        (Some("diff"), "new") => tr!("cli-arg-diff-new"),
        (Some("merge"), "base") => tr!("cli-arg-merge-base"),
        (Some("merge"), "ours") => tr!("cli-arg-merge-ours"),
        (Some("merge"), "theirs") => tr!("cli-arg-merge-theirs"),
        (Some("merge"), "output") => tr!("cli-arg-merge-output"),
        (Some("merge"), "force") => tr!("cli-arg-merge-force"),
        (Some("merge"), "shown_as") => tr!("cli-arg-merge-shown-as"),
        (Some("git-diff"), "args") => tr!("cli-arg-git-diff-args"),
        (Some("git-text"), "file") => tr!("cli-arg-git-text-file"),
        (Some("feedback add"), "map") => tr!("cli-arg-feedback-map"),
        (Some("feedback add"), "file") => tr!("cli-arg-feedback-file"),
        (Some("feedback add"), "audience") => tr!("cli-arg-feedback-audience"),
        (Some("feedback add"), "touchpoint") => tr!("cli-arg-feedback-touchpoint"),
        (Some("feedback add"), "score") => tr!("cli-arg-feedback-score"),
        (Some("feedback add"), "scale") => tr!("cli-arg-feedback-scale"),
        (Some("feedback add"), "date") => tr!("cli-arg-feedback-date"),
        (Some("feedback add"), "comment") => tr!("cli-arg-feedback-comment"),
        (Some("feedback check"), "map") => tr!("cli-arg-feedback-map"),
        (Some("report"), "output") => tr!("cli-arg-report-output"),
        (Some("report"), "force") => tr!("cli-arg-report-force"),
        (Some("report"), "format") => {
            return arg.value_parser(Described::<ReportFormat>::new(|format| match format {
                ReportFormat::Md => tr!("cli-value-md"),
                ReportFormat::Html => tr!("cli-value-html"),
                ReportFormat::Csv => tr!("cli-value-csv"),
            }));
        }
        (Some("import"), "inventory") => tr!("cli-arg-import-inventory"),
        (Some("import"), "out") => tr!("cli-arg-import-out"),
        (Some("import"), "skip_bad_rows") => tr!("cli-arg-import-skip-bad-rows"),
        (Some("import"), "force") => tr!("cli-arg-import-force"),
        (Some("new"), "template") => {
            return arg.help(tr!("cli-arg-new-template")).value_parser(
                Described::<TemplateArg>::new(|template| match template {
                    TemplateArg::Blueprint => tr!("cli-value-blueprint"),
                    TemplateArg::Journey => tr!("cli-value-journey"),
                    TemplateArg::Employee => tr!("cli-value-employee"),
                }),
            );
        }
        (Some("new"), "force") => tr!("cli-arg-new-force"),
        (Some("new"), "file") => tr!("cli-arg-new-file"),
        (Some("generate"), "touchpoints") => tr!("cli-arg-generate-touchpoints"),
        (Some("generate"), "seed") => tr!("cli-arg-generate-seed"),
        (Some("generate"), "force") => tr!("cli-arg-generate-force"),
        (Some("generate"), "file") => tr!("cli-arg-generate-file"),
        _ => return arg,
    };
    arg.help(help)
}

/// A [`ValueEnum`] read as clap reads it, with the help of each value in the language of
/// the thread (the derive would take the English doc comments).
#[derive(Clone)]
struct Described<E> {
    values: Vec<PossibleValue>,
    _enum: PhantomData<E>,
}

impl<E: ValueEnum> Described<E> {
    fn new(help: impl Fn(&E) -> String) -> Self {
        let values = E::value_variants()
            .iter()
            .filter_map(|variant| Some(variant.to_possible_value()?.help(help(variant))))
            .collect();
        Self {
            values,
            _enum: PhantomData,
        }
    }
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for Described<E> {
    type Value = E;

    fn parse_ref(
        &self,
        command: &Command,
        arg: Option<&Arg>,
        value: &OsStr,
    ) -> clap::error::Result<E> {
        EnumValueParser::<E>::new().parse_ref(command, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.values.iter().cloned()))
    }
}

/// Sets the help of what clap added while building `command` (and each of its
/// subcommands): the `--help` and `--version` flags, the `help` subcommand, and the
/// headings of the help.
fn built_help(command: &mut Command) {
    let mut this = std::mem::take(command);
    if this.get_name() == "help" {
        this = this.about(tr!("cli-help-about"));
    }
    this = this.mut_args(|arg| match arg.get_id().as_str() {
        "help" if arg.get_long_help().is_some() => arg
            .help(tr!("cli-help-flag-short"))
            .long_help(tr!("cli-help-flag-long")),
        "help" => arg.help(tr!("cli-help-flag")),
        "version" => arg.help(tr!("cli-version-flag")),
        _ => arg,
    });
    if this.find_subcommand("help").is_some() && this.get_name() != "help" {
        // Building for the help expanded `help` into a copy of every subcommand, which
        // its own help would list; the parser takes the one it builds itself.
        this = this.mut_subcommand("help", |_| help_subcommand());
    }
    let template = help_template(&this);
    *command = this.help_template(template);
    for subcommand in command.get_subcommands_mut() {
        built_help(subcommand);
    }
}

/// The `help` subcommand as clap makes it when it parses (`polku help [COMMAND]...`).
fn help_subcommand() -> Command {
    Command::new("help")
        .about(tr!("cli-help-about"))
        .arg(
            Arg::new("subcommand")
                .action(ArgAction::Append)
                .num_args(..)
                .value_name("COMMAND")
                .help(tr!("cli-help-subcommand")),
        )
        .disable_help_flag(true)
        .disable_version_flag(true)
}

/// The layout of clap's own help, with the headings in the language of the thread and
/// styled as clap styles its own.
fn help_template(command: &Command) -> StyledStr {
    let styles = command.get_styles();
    let (usage, header) = (styles.get_usage(), styles.get_header());
    let commands = command.get_subcommands().any(|c| !c.is_hide_set());
    let positionals = command.get_positionals().any(|a| !a.is_hide_set());
    let options = (command.get_arguments()).any(|a| !a.is_positional() && !a.is_hide_set());
    let mut sections = Vec::new();
    for (shown, heading, tag) in [
        (commands, tr!("cli-heading-commands"), "{subcommands}"),
        (positionals, tr!("cli-heading-arguments"), "{positionals}"),
        (options, tr!("cli-heading-options"), "{options}"),
    ] {
        if shown {
            sections.push(format!("{header}{heading}:{header:#}\n{tag}"));
        }
    }
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}:{usage:#} {{usage}}",
        tr!("cli-heading-usage")
    );
    if !sections.is_empty() {
        template.push_str("\n\n");
        template.push_str(&sections.join("\n\n"));
    }
    template.push_str("{after-help}");
    StyledStr::from(template)
}

#[cfg(test)]
mod tests {
    use clap::FromArgMatches as _;

    use super::*;
    use crate::i18n::{Language, set_language};

    fn help(language: Language, args: &[&str]) -> String {
        set_language(language);
        let error = command().try_get_matches_from(args).err();
        error.map(|e| e.render().to_string()).unwrap_or_default()
    }

    #[test]
    fn help_is_in_the_language_of_the_thread() {
        let finnish = help(Language::Finnish, &["polku", "--help"]);
        assert!(finnish.contains("Käyttö:"), "{finnish}");
        assert!(finnish.contains("Komennot:"), "{finnish}");
        assert!(finnish.contains("Lataa ja tarkista kartat"), "{finnish}");
        let report = help(Language::Finnish, &["polku", "report", "--help"]);
        assert!(report.contains("Verkkosivu"), "{report}");
        let english = help(Language::English, &["polku", "--help"]);
        assert!(english.contains("Usage: polku [FILE]"), "{english}");
        assert!(english.contains("Load and validate maps"), "{english}");
    }

    #[test]
    fn values_still_parse_with_their_help_replaced() {
        set_language(Language::Finnish);
        let matches =
            command().try_get_matches_from(["polku", "report", "x.ron", "--format", "csv"]);
        let cli = matches.and_then(|m| Cli::from_arg_matches(&m));
        assert!(
            matches!(
                cli.map(|c| c.command),
                Ok(Some(super::super::args::Command::Report {
                    format: ReportFormat::Csv,
                    ..
                }))
            ),
            "the format did not parse"
        );
    }
}
