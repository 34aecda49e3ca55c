//! What polku writes never destroys what it read: the output rules of every command that
//! writes (`export`, `report`, `import`, `new`, `generate`, `fmt`), and files that are not
//! regular files given as input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

mod common;

use common::cli::{ENGLISH, output_of, polku, polku_command, speaking, stderr, stdout};

fn example() -> PathBuf {
    common::example("online-order.ron")
}

/// A copy of an example map in `folder`.
fn map_in(folder: &Path) -> PathBuf {
    let path = folder.join("map.ron");
    if let Err(error) = std::fs::copy(example(), &path) {
        panic!("{error}");
    }
    path
}

fn text(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

#[test]
fn no_command_writes_over_the_map_it_reads() {
    let folder = tempfile::tempdir().unwrap();
    let map = map_in(folder.path());
    let link = folder.path().join("link.ron");
    std::os::unix::fs::symlink(&map, &link).unwrap();
    let before = text(&map);
    let map_name = map.display().to_string();
    for output in [&map, &link] {
        let out = output.display().to_string();
        for args in [
            vec![
                "report", &map_name, "--format", "csv", "-o", &out, "--force",
            ],
            vec!["report", &map_name, "--format", "md", "--output", &out],
            vec!["export", &map_name, "--svg", &out, "--force"],
            vec!["export", &map_name, "--pdf", &out],
        ] {
            let result = polku(&args);
            assert_eq!(result.status.code(), Some(1), "{args:?}");
            assert!(
                stderr(&result).contains("which polku is reading; write to another file"),
                "{args:?}: {}",
                stderr(&result)
            );
            assert_eq!(text(&map), before, "{args:?} changed the map");
        }
    }
    // The inventory an import reads is its input too.
    let inventory = folder.path().join("inventory.csv");
    std::fs::write(&inventory, "title,lane,stage\nA,Customer,S\n").unwrap();
    let name = inventory.display().to_string();
    let result = polku(&["import", &name, &name, "--force"]);
    assert_eq!(result.status.code(), Some(1));
    assert_eq!(text(&inventory), "title,lane,stage\nA,Customer,S\n");
}

#[test]
fn an_existing_output_is_replaced_only_with_force() {
    let folder = tempfile::tempdir().unwrap();
    let map = map_in(folder.path()).display().to_string();
    let picture = folder.path().join("map.svg");
    std::fs::write(&picture, "mine").unwrap();
    let out = picture.display().to_string();
    let result = polku(&["export", &map, "--svg", &out]);
    assert_eq!(result.status.code(), Some(1));
    assert!(
        stderr(&result).contains("add --force to overwrite it"),
        "{}",
        stderr(&result)
    );
    assert_eq!(text(&picture), "mine");
    let result = polku(&["export", &map, "--svg", &out, "--force"]);
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    assert!(text(&picture).contains("<svg"));
}

#[test]
fn a_link_is_written_through_and_stays_a_link() {
    let folder = tempfile::tempdir().unwrap();
    let map = folder.path().join("real.ron");
    // Not in canonical form: fmt has something to do.
    let messy = text(&example()).replace("    ", "  ");
    std::fs::write(&map, &messy).unwrap();
    let link = folder.path().join("link.ron");
    std::os::unix::fs::symlink("real.ron", &link).unwrap();
    let result = polku(&["fmt", &link.display().to_string()]);
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(text(&map), text(&example()));

    // An export through a link lands in the file it points to.
    let picture = folder.path().join("picture.svg");
    let picture_link = folder.path().join("picture-link.svg");
    std::os::unix::fs::symlink(&picture, &picture_link).unwrap();
    let out = picture_link.display().to_string();
    let result = polku(&["export", &map.display().to_string(), "--svg", &out]);
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    assert!(
        std::fs::symlink_metadata(&picture_link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(text(&picture).contains("<svg"));
}

#[test]
fn special_files_are_written_as_streams_and_stay_what_they_are() {
    let folder = tempfile::tempdir().unwrap();
    let map = map_in(folder.path()).display().to_string();
    for args in [
        vec!["export", &map, "--svg", "/dev/null"],
        vec!["report", &map, "--format", "md", "-o", "/dev/null"],
        vec!["new", "/dev/null"],
    ] {
        let result = polku(&args);
        assert_eq!(
            result.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&result)
        );
        let null = std::fs::metadata("/dev/null").unwrap();
        assert!(!null.is_file(), "{args:?} replaced /dev/null with a file");
    }
}

#[test]
fn a_dash_is_standard_output() {
    let folder = tempfile::tempdir().unwrap();
    let map = map_in(folder.path()).display().to_string();
    let result = polku(&["export", &map, "--svg", "-"]);
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    assert!(stdout(&result).contains("<svg"));
    let result = polku(&["report", &map, "--format", "csv", "-o", "-"]);
    assert!(stdout(&result).starts_with("id,title,lane,"));
    let inventory = folder.path().join("inventory.csv");
    std::fs::write(&inventory, "title,lane,stage\nA,Customer,S\n").unwrap();
    let result = polku(&["import", &inventory.display().to_string(), "-"]);
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    assert!(
        stdout(&result).starts_with("(\n    version: 1,"),
        "{}",
        stdout(&result)
    );
    assert!(!folder.path().join("-").exists());
}

/// Runs polku, and kills it if it has not finished after a while.
fn finishes(args: &[&str]) -> Option<Output> {
    let spawned = polku_command()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = spawned.unwrap_or_else(|error| panic!("could not run polku: {error}"));
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(20) {
        if matches!(child.try_wait(), Ok(Some(_))) {
            return match child.wait_with_output() {
                Ok(output) => Some(output),
                Err(error) => panic!("{args:?}: {error}"),
            };
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

#[test]
fn a_pipe_or_a_device_given_as_a_map_is_refused_at_once() {
    let folder = tempfile::tempdir().unwrap();
    let fifo = folder.path().join("map.ron");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let out = folder.path().join("out").display().to_string();
    for file in [fifo.display().to_string(), "/dev/zero".to_owned()] {
        for args in [
            vec!["check", &file],
            vec!["fmt", &file],
            vec!["insights", &file],
            vec!["export", &file, "--svg", &out],
            vec!["report", &file, "--format", "md"],
            vec!["import", &file, &out],
        ] {
            let Some(result) = finishes(&args) else {
                panic!("{args:?} never finished");
            };
            assert_eq!(result.status.code(), Some(1), "{args:?}");
            assert!(
                stderr(&result).contains("not a regular file but a device, a pipe or a socket"),
                "{args:?}: {}",
                stderr(&result)
            );
        }
    }
}

#[test]
fn fmt_keeps_a_map_with_comments_unless_told_to_drop_them() {
    let folder = tempfile::tempdir().unwrap();
    let map = folder.path().join("map.ron");
    let commented =
        text(&example()).replacen("    lanes: [", "    // Who does what.\n    lanes: [", 1);
    std::fs::write(&map, &commented).unwrap();
    let name = map.display().to_string();
    let line = commented
        .lines()
        .position(|l| l.contains("// Who"))
        .unwrap()
        + 1;
    let result = polku(&["fmt", &name]);
    assert_eq!(result.status.code(), Some(1));
    assert!(
        stderr(&result).starts_with(&format!("{name}:{line}:5: this map has comments")),
        "{}",
        stderr(&result)
    );
    assert!(stderr(&result).contains("--drop-comments"));
    assert_eq!(text(&map), commented);
    let result = polku(&["fmt", "--drop-comments", &name]);
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    assert_eq!(text(&map), text(&example()));
}

#[test]
fn a_rewrite_leaves_what_another_program_saved_meanwhile() {
    // What `polku fmt` does: read, work, and write back; here another program saves the
    // file between the reading and the writing.
    let folder = tempfile::tempdir().unwrap();
    let map = map_in(folder.path());
    let read = std::fs::read(&map).unwrap();
    let journey = polku::io::load_bytes(&read, &map).unwrap();
    std::fs::write(&map, "(version: 1, title: \"theirs\")").unwrap();
    let error = polku::io::save_unless_changed(&map, &journey, &read).unwrap_err();
    assert!(polku::io::ChangedMeanwhile::is(&error.source), "{error}");
    assert_eq!(text(&map), "(version: 1, title: \"theirs\")");
    // Unchanged, it is written.
    let read = std::fs::read(&map).unwrap();
    let theirs = polku::io::load_bytes(&read, &map).unwrap();
    polku::io::save_unless_changed(&map, &theirs, &read).unwrap();
    assert!(text(&map).contains("title: \"theirs\""));
    let names: Vec<_> = std::fs::read_dir(folder.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "a temporary file was left behind");
}

#[test]
fn dev_stdout_appends_to_what_the_shell_opened() {
    // `polku report … -o /dev/stdout >> log.txt`: the log keeps what it held.
    let folder = tempfile::tempdir().unwrap();
    let map = map_in(folder.path()).display().to_string();
    let log = folder.path().join("log.txt");
    std::fs::write(&log, "precious\n").unwrap();
    let appending = std::fs::OpenOptions::new().append(true).open(&log).unwrap();
    let status = polku_command()
        .args(["report", &map, "--format", "md", "-o", "/dev/stdout"])
        .stdout(appending)
        .status()
        .unwrap();
    assert!(status.success());
    let text = text(&log);
    assert!(text.starts_with("precious\n# Ordering online"), "{text}");
}

#[test]
fn output_that_cannot_be_written_is_said() {
    let folder = tempfile::tempdir().unwrap();
    let map = map_in(folder.path()).display().to_string();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let output = output_of(
        polku_command()
            .args(["report", &map, "--format", "md"])
            .stdout(full),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).starts_with("polku could not write all it had to say: the disk is full"),
        "{}",
        stderr(&output)
    );
}

/// What `polku ARGS` prints on a terminal (through `script`, which gives it one), and
/// whether it succeeded.
fn on_a_terminal(args: &str) -> (bool, String) {
    let command = format!("{} {args}", env!("CARGO_BIN_EXE_polku"));
    let output = speaking(&mut Command::new("script"), ENGLISH)
        .args(["-qec", &command, "/dev/null"])
        .output()
        .unwrap_or_else(|error| panic!("script (util-linux) is needed: {error}"));
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

#[test]
fn nothing_reaches_a_terminal_raw_through_a_device_either() {
    let folder = tempfile::tempdir().unwrap();
    let map = folder.path().join("map.ron");
    let escape = "\\u{1b}]0;PWNED\\u{7}\\u{1b}[2J";
    let hostile = text(&example())
        .replacen(
            "title: \"Ordering online",
            &format!("title: \"{escape}Ordering"),
            1,
        )
        .replacen(
            "title: \"Compares models",
            &format!("title: \"{escape}Compares"),
            1,
        );
    std::fs::write(&map, hostile).unwrap();
    let map = map.display().to_string();
    for args in [
        format!("report {map} --format md -o /dev/stdout"),
        format!("report {map} --format csv -o /dev/tty"),
        format!("export {map} --svg /dev/stdout"),
        format!("insights {map}"),
    ] {
        let (succeeded, printed) = on_a_terminal(&args);
        assert!(succeeded, "{args}: {printed}");
        assert!(!printed.contains('\u{1b}'), "{args}: {printed:?}");
        assert!(printed.contains("PWNED"), "{args}: {printed:?}");
    }
    let (succeeded, printed) = on_a_terminal(&format!("export {map} --png /dev/stdout"));
    assert!(!succeeded);
    assert!(
        printed.contains("would be written to the terminal"),
        "{printed}"
    );
}
