//! Saving survives SIGKILL: `polku fmt` killed at any moment leaves the map either exactly
//! as it was or exactly as it would be after the save, never half written.
#![cfg(unix)]

use std::error::Error;
use std::fs;
use std::os::unix::process::ExitStatusExt as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// How many times `polku fmt` is started and killed.
const TRIALS: u32 = 200;

/// Big enough that a save takes a while, small enough that all trials finish in well under
/// a minute in a debug build.
const TOUCHPOINTS: &str = "2500";

/// Kills are spread over this many times one full run, so some land after the save is done.
const DELAY_SPREAD: f64 = 1.2;

type TestResult = Result<(), Box<dyn Error>>;

mod common;

/// polku, printing nothing.
fn quiet_polku() -> Command {
    let mut command = common::cli::polku_command();
    command.stdout(Stdio::null()).stderr(Stdio::null());
    command
}

/// The same map with all indentation removed: equivalent, but not in canonical form.
fn unindented(text: &str) -> String {
    text.lines().map(|line| line.trim_start()).fold(
        String::with_capacity(text.len()),
        |mut out, line| {
            out.push_str(line);
            out.push('\n');
            out
        },
    )
}

/// A tiny deterministic generator (xorshift64), so every run kills at the same offsets.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// How many temporary files killed saves left beside the map.
fn leftover_temporaries(folder: &Path) -> Result<usize, Box<dyn Error>> {
    let mut count = 0;
    for entry in fs::read_dir(folder)? {
        let name = entry?.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') && name.ends_with(".tmp") {
            count += 1;
        }
    }
    Ok(count)
}

#[test]
fn a_killed_save_leaves_the_old_or_the_new_file() -> TestResult {
    let started = Instant::now();
    let fixtures = tempfile::tempdir()?;
    let generated_path = fixtures.path().join("generated.ron");
    let status = quiet_polku()
        .args(["generate", "--touchpoints", TOUCHPOINTS])
        .arg(&generated_path)
        .status()?;
    assert!(status.success(), "polku generate failed: {status}");
    let generated = fs::read(&generated_path)?;
    let old = unindented(std::str::from_utf8(&generated)?).into_bytes();

    // One full run, to learn the new bytes and how long a run takes.
    let reference_path = fixtures.path().join("reference.ron");
    fs::write(&reference_path, &old)?;
    let run_started = Instant::now();
    let status = quiet_polku().arg("fmt").arg(&reference_path).status()?;
    let run_time = run_started.elapsed();
    assert!(status.success(), "polku fmt failed: {status}");
    let new = fs::read(&reference_path)?;
    assert_ne!(old, new, "fmt must rewrite the unindented map");
    assert_eq!(new, generated, "fmt must give back the generated map");

    let folder = tempfile::tempdir()?;
    let path = folder.path().join("map.ron");
    let max_delay_micros = u64::try_from(run_time.mul_f64(DELAY_SPREAD).as_micros())?;
    let mut random = XorShift(0x9E37_79B9_7F4A_7C15);
    let (mut kept_old, mut got_new) = (0u32, 0u32);
    for trial in 0..TRIALS {
        fs::write(&path, &old)?;
        let delay = Duration::from_micros(random.next() % (max_delay_micros + 1));
        let mut child = quiet_polku().arg("fmt").arg(&path).spawn()?;
        thread::sleep(delay);
        child.kill()?;
        let status = child.wait()?;
        let bytes = fs::read(&path)?;
        if bytes == old {
            kept_old += 1;
            assert!(
                status.signal().is_some(),
                "trial {trial}: fmt finished ({status}) but the file is unchanged"
            );
        } else if bytes == new {
            got_new += 1;
        } else {
            panic!(
                "trial {trial}: killed after {delay:?} ({status}), the file is neither old nor new \
                 ({} bytes, old {}, new {})",
                bytes.len(),
                old.len(),
                new.len()
            );
        }
    }

    let leftovers = leftover_temporaries(folder.path())?;
    eprintln!(
        "kill_during_save: {TRIALS} trials, {kept_old} old, {got_new} new, \
         {leftovers} leftover temp files; one run {run_time:?}, {} bytes; total {:?}",
        new.len(),
        started.elapsed()
    );
    assert!(kept_old > 0, "no kill landed before the save finished");
    assert!(got_new > 0, "no save finished before its kill");
    Ok(())
}
