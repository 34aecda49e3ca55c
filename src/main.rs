//! The `polku` program: the window, or a subcommand that works without one.

fn main() -> std::process::ExitCode {
    polku::cli::main()
}
