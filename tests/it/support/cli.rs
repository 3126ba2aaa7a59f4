//! A fresh database in its own folder, and a way to run the real fora on it
//! as a user would (no FORA_LANG or FORA_DB from the environment).

use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;

pub struct Fora {
    pub dir: tempfile::TempDir,
}

impl Fora {
    pub fn new() -> Fora {
        Fora {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("fora.db")
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("fora").unwrap();
        cmd.env_remove("FORA_LANG")
            .env_remove("FORA_DB")
            .arg("--db")
            .arg(self.db())
            .args(args);
        cmd
    }

    /// The standard output of a run that succeeds.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd(args).assert().success().get_output().stdout.clone();
        String::from_utf8(out).unwrap()
    }

    pub fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }

    /// The standard error of a run that fails.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.cmd(args).assert().failure().get_output().stderr.clone();
        String::from_utf8(out).unwrap()
    }
}
