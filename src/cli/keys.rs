//! `fora key generate` and `fora people key`: personal signing keys, their
//! passphrases, and whose key signed what.

use std::io::{IsTerminal, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Subcommand;

use super::{Context, print};
use crate::i18n::{fail, tr};
use crate::signing::{self, SigningKey};
use crate::text::inert;

#[derive(Subcommand, Debug)]
pub enum KeyCommand {
    #[command(about = "help-key-generate")]
    Generate {
        #[arg(short = 'o', long, help = "help-key-generate--output", value_name = "FILE")]
        output: Option<PathBuf>,
        #[arg(long, help = "help-key--passphrase-file", value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
        #[arg(long, help = "help-key-generate--comment", default_value = "fora")]
        comment: String,
    },
}

fn shown(path: &Path) -> String {
    inert(&path.display().to_string())
}

/// The first line of a passphrase file.
fn passphrase_from(file: &Path) -> Result<String> {
    let bytes = crate::files::read(file)?;
    let text = String::from_utf8(bytes).map_err(|_| fail!("err-key-passphrase-file", path = shown(file)))?;
    Ok(text.lines().next().unwrap_or("").to_string())
}

/// Asks for a passphrase on the terminal without showing what is typed.
fn prompt(question: &str) -> Result<String> {
    use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, read};
    eprint!("{question} ");
    let _ = std::io::stderr().flush();
    let io = |e: std::io::Error| fail!("err-cli-stdin", reason = crate::files::io_reason(&e).to_string());
    crossterm::terminal::enable_raw_mode().map_err(io)?;
    let mut typed = String::new();
    let outcome = loop {
        match read() {
            Ok(Event::Key(k)) if k.kind == KeyEventKind::Press => match k.code {
                KeyCode::Enter => break Ok(()),
                KeyCode::Esc => break Err(fail!("err-key-passphrase-cancelled")),
                KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                    break Err(fail!("err-key-passphrase-cancelled"));
                }
                KeyCode::Backspace => {
                    typed.pop();
                }
                KeyCode::Char(c) => typed.push(c),
                _ => {}
            },
            Ok(_) => {}
            Err(e) => break Err(io(e)),
        }
    };
    crossterm::terminal::disable_raw_mode().map_err(io)?;
    eprintln!();
    outcome.map(|()| typed)
}

fn on_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Reads a private key and unlocks it: with the passphrase file, or by
/// asking on the terminal.
pub fn signing_key(path: &Path, passphrase_file: Option<&Path>) -> Result<SigningKey> {
    let bytes = crate::files::read(path)?;
    let key = SigningKey::parse(&bytes)
        .map_err(|e| fail!("err-key-file", path = shown(path), problem = e.to_string()))?;
    if !key.is_locked() {
        return Ok(key);
    }
    let passphrase = match passphrase_file {
        Some(file) => passphrase_from(file)?,
        None if on_terminal() => prompt(&tr!(
            crate::i18n::lang(),
            "key-passphrase-for",
            path = shown(path)
        ))?,
        None => {
            return Err(fail!(
                "err-key-file",
                path = shown(path),
                problem = signing::KeyError::NeedsPassphrase.to_string()
            ));
        }
    };
    key.unlock(&passphrase)
        .map_err(|e| fail!("err-key-file", path = shown(path), problem = e.to_string()))
}

/// The key given, or else the default one from `fora key generate`.
pub fn key_path(given: Option<PathBuf>) -> Option<PathBuf> {
    given.or_else(|| crate::paths::default_key().filter(|p| p.exists()))
}

/// The reviewer's key for `fora review FILE`: the one given, else the
/// default one; on a terminal without either, asks for a key file (nothing
/// typed: the response is written unsigned).
pub fn reviewer_key(given: Option<PathBuf>, passphrase_file: Option<&Path>) -> Result<Option<SigningKey>> {
    let path = match key_path(given) {
        Some(path) => path,
        None if on_terminal() => {
            eprint!("{} ", crate::i18n::lang().text("key-file-prompt"));
            let mut answer = String::new();
            std::io::stdin()
                .read_line(&mut answer)
                .map_err(|e| fail!("err-cli-stdin", reason = crate::files::io_reason(&e).to_string()))?;
            match answer.trim() {
                "" => return Ok(None),
                typed => PathBuf::from(typed),
            }
        }
        None => return Ok(None),
    };
    signing_key(&path, passphrase_file).map(Some)
}

/// `fora key generate`: a new key pair; asks for a passphrase only on a terminal.
pub fn run(lang: crate::i18n::Lang, command: KeyCommand) -> Result<()> {
    let KeyCommand::Generate {
        output,
        passphrase_file,
        comment,
    } = command;
    let Some(path) = output.or_else(crate::paths::default_key) else {
        return Err(fail!("cli-no-data-dir"));
    };
    let public_path = PathBuf::from(format!("{}.pub", path.display()));
    for p in [&path, &public_path] {
        if p.exists() {
            return Err(fail!("err-key-exists", path = shown(p)));
        }
    }
    let passphrase = match &passphrase_file {
        Some(file) => Some(passphrase_from(file)?),
        None if on_terminal() => {
            let first = prompt(lang.text("key-passphrase-new"))?;
            if !first.is_empty() && prompt(lang.text("key-passphrase-again"))? != first {
                return Err(fail!("err-key-passphrase-mismatch"));
            }
            Some(first)
        }
        None => None,
    };
    let pair = signing::generate(&comment, passphrase.as_deref()).map_err(anyhow::Error::new)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| crate::files::FileError::Write {
                path: dir.to_path_buf(),
                cause: e,
            })?;
    }
    // The private key is made with mode 0600 and never replaces a file.
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&path)
        .and_then(|mut f| {
            f.write_all(pair.private_openssh.as_bytes())
                .and_then(|()| f.sync_all())
        })
        .map_err(|e| crate::files::FileError::Write {
            path: path.clone(),
            cause: e,
        })?;
    crate::files::write(&public_path, format!("{}\n", pair.public_openssh).as_bytes())?;
    let text = tr!(
        lang,
        "out-key-generated",
        private = shown(&path),
        public = shown(&public_path),
        key = pair.public_openssh.as_str(),
        fingerprint = pair.fingerprint.as_str()
    );
    print(&format!("{text}\n"))
}

/// `fora people key NAME [FILE.pub] [--remove FINGERPRINT]`: registers a
/// public key, marks one removed, or lists the person's keys.
pub fn people_key(
    ctx: &mut Context,
    person: &crate::store::people::Person,
    file: Option<&Path>,
    remove: Option<&str>,
) -> Result<()> {
    let lang = ctx.lang;
    let now = chrono::Local::now();
    if let Some(fingerprint) = remove {
        let key = ctx
            .store
            .person_keys(person.id)?
            .into_iter()
            .find(|k| k.fingerprint == fingerprint.trim())
            .ok_or_else(|| {
                fail!(
                    "err-key-not-theirs",
                    fingerprint = inert(fingerprint),
                    name = inert(&person.name)
                )
            })?;
        ctx.store.remove_key(key.id, now)?;
        let text = tr!(
            lang,
            "out-key-removed",
            fingerprint = key.fingerprint.as_str(),
            name = inert(&person.name)
        );
        return print(&format!("{text}\n"));
    }
    let Some(file) = file else {
        let keys = ctx.store.person_keys(person.id)?;
        if keys.is_empty() {
            return print(&format!(
                "{}\n",
                tr!(lang, "out-no-keys", name = inert(&person.name))
            ));
        }
        let mut text = String::new();
        for k in keys {
            let line = match &k.removed_at {
                Some(removed) => tr!(
                    lang,
                    "out-key-line-removed",
                    fingerprint = k.fingerprint.as_str(),
                    added = k.added_at.get(..10).unwrap_or(&k.added_at).to_string(),
                    removed = removed.get(..10).unwrap_or(removed).to_string()
                ),
                None => tr!(
                    lang,
                    "out-key-line",
                    fingerprint = k.fingerprint.as_str(),
                    added = k.added_at.get(..10).unwrap_or(&k.added_at).to_string()
                ),
            };
            text.push_str(&format!("{line}\n"));
        }
        return print(&text);
    };
    let bytes = crate::files::read(file)?;
    let (public, fingerprint) = std::str::from_utf8(&bytes)
        .map_err(|_| signing::KeyError::NotPublicKey)
        .and_then(signing::parse_public)
        .map_err(|e| fail!("err-key-file", path = shown(file), problem = e.to_string()))?;
    if let Some(known) = ctx.store.key_by_fingerprint(&fingerprint)? {
        return Err(fail!(
            "err-key-registered",
            fingerprint = fingerprint,
            name = inert(&known.person)
        ));
    }
    ctx.store.add_key(person.id, &public, &fingerprint, now)?;
    let text = tr!(
        lang,
        "out-key-registered",
        fingerprint = fingerprint.as_str(),
        name = inert(&person.name)
    );
    print(&format!("{text}\n"))
}
