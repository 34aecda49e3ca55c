//! The real `polku` binary, run as a user runs it, in the language the test says it speaks
//! whatever the system running the tests speaks.

use std::process::{Command, Output};

/// The `LANG` of a system that speaks English: polku's own words, as the tests check them.
pub const ENGLISH: &str = "C";

/// The `LANG` of a system that speaks Finnish.
pub const FINNISH: &str = "fi_FI.UTF-8";

/// Makes `command` run with `LANG` set to `lang` and nothing that would override it.
pub fn speaking<'c>(command: &'c mut Command, lang: &str) -> &'c mut Command {
    command
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
}

/// The polku binary as a command on a system whose `LANG` is `lang`, to be given its
/// arguments, input and output.
pub fn polku_command_in(lang: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_polku"));
    speaking(&mut command, lang);
    command
}

/// The polku binary as a command on an English system.
pub fn polku_command() -> Command {
    polku_command_in(ENGLISH)
}

/// Runs `command` (polku, made by [`polku_command`]) to its end, and returns what it
/// printed and how it ended.
pub fn output_of(command: &mut Command) -> Output {
    match command.output() {
        Ok(output) => output,
        Err(error) => panic!("could not run polku: {error}"),
    }
}

/// Runs `polku ARGS` on a system whose `LANG` is `lang`.
pub fn polku_in(lang: &str, args: &[&str]) -> Output {
    output_of(polku_command_in(lang).args(args))
}

/// Runs `polku ARGS` on an English system.
pub fn polku(args: &[&str]) -> Output {
    polku_in(ENGLISH, args)
}

/// What a run printed on standard output.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// What a run printed on standard error.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
