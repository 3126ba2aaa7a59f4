//! fora in the shell: the bash completion script completes forum ids from
//! the database, and the man page renders with the system's man.

use std::process::Command;

use crate::support::cli::Fora;

fn bin_dir() -> std::path::PathBuf {
    let bin = assert_cmd::cargo::cargo_bin("fora");
    bin.parent().unwrap().to_path_buf()
}

/// What bash's completion of `words` (the last one being typed) offers,
/// with fora's own script loaded.
fn complete(fora: &Fora, words: &[&str]) -> Vec<String> {
    let script = fora.dir.path().join("fora.bash");
    std::fs::write(&script, fora.ok(&["completions", "bash"])).unwrap();
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let drive = format!(
        "source '{}'\n\
         f=$(complete -p fora | sed -E 's/.* -F ([^ ]+) fora$/\\1/')\n\
         COMP_WORDS=({})\n\
         COMP_CWORD={}\n\
         COMP_LINE=\"${{COMP_WORDS[*]}}\"\n\
         COMP_POINT=${{#COMP_LINE}}\n\
         \"$f\" fora \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        script.display(),
        quoted.join(" "),
        words.len() - 1
    );
    let path = format!(
        "{}:{}",
        bin_dir().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &drive])
        .env("PATH", path)
        .env("FORA_DB", fora.db())
        .env_remove("FORA_LANG")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn bash_completes_forum_ids_from_the_database() {
    let fora = Fora::new();
    fora.ok(&["forums"]);
    let offered = complete(&fora, &["fora", "who", "lev"]);
    assert_eq!(offered, ["leveransforum", "leveransledning"]);
    // Subcommands come from the same definitions as the help.
    assert!(complete(&fora, &["fora", "compl"]).contains(&"completions".to_string()));
    // A meeting is named by its forum, then "latest" or one of its dates.
    assert_eq!(complete(&fora, &["fora", "show", "ledn"]), ["ledningsforum"]);
    fora.ok(&[
        "cancel",
        "leveransforum",
        "--date",
        "2026-11-20",
        "--reason",
        "Inga punkter",
    ]);
    let dates = complete(&fora, &["fora", "protocol", "draft", "leveransforum", ""]);
    assert!(dates.contains(&"latest".to_string()), "{dates:?}");
    assert!(dates.contains(&"2026-11-20".to_string()), "{dates:?}");
}

#[test]
fn the_man_page_renders_with_man() {
    let fora = Fora::new();
    let page = fora.dir.path().join("fora.1");
    std::fs::write(&page, fora.ok(&["--lang", "en", "man"])).unwrap();
    let out = Command::new("man")
        .arg("-l")
        .arg(&page)
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "100")
        .output()
        .expect("man is installed (.ci/run installs man-db)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("NAME"), "{text}");
    assert!(text.contains("Run the governance forums"), "{text}");
    assert!(text.contains("fora-completions(1)"), "{text}");
    // Subcommand pages for a man directory.
    let dir = fora.dir.path().join("man1");
    std::fs::create_dir(&dir).unwrap();
    fora.ok(&["man", "--dir", dir.to_str().unwrap()]);
    assert!(dir.join("fora-schedule.1").is_file());
}
