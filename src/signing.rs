//! Personal keys and signatures: Ed25519 keys in OpenSSH's format and SSHSIG
//! signatures (the format of `ssh-keygen -Y sign`), so that anyone with
//! OpenSSH can check an approval or a review response without fora.

use ssh_key::rand_core::OsRng;
use ssh_key::{Algorithm, HashAlg, LineEnding, PrivateKey, PublicKey, SshSig};
use zeroize::Zeroizing;

use crate::i18n::Message;
use crate::text::inert;

/// The SSHSIG namespace of every fora signature (`ssh-keygen -Y … -n fora-protocol`),
/// so that a signature made for fora is never valid for anything else, nor the reverse.
pub const NAMESPACE: &str = "fora-protocol";

/// The exact bytes an approver signs: the approved version's SHA-256 with its
/// meeting id and version number, one field a line, each line ending in "\n".
pub fn approval_message(meeting_id: i64, version: i64, sha256: &str) -> String {
    format!("fora-approval/1\nmeeting: {meeting_id}\nversion: {version}\nsha256: {sha256}\n")
}

/// Why a key or a signature cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// Not a private key in OpenSSH's format.
    NotPrivateKey,
    /// Not one line of an OpenSSH public key.
    NotPublicKey,
    /// A key of another kind than Ed25519.
    NotEd25519(String),
    WrongPassphrase,
    /// The key has a passphrase and none was given.
    NeedsPassphrase,
    NotSignature,
    /// A signature made for another program (its namespace).
    OtherNamespace(String),
    /// The signature does not match the signed text.
    BadSignature,
    Generate,
}

impl KeyError {
    pub fn message(&self) -> Message {
        match self {
            KeyError::NotPrivateKey => Message::new("err-key-not-private"),
            KeyError::NotPublicKey => Message::new("err-key-not-public"),
            KeyError::NotEd25519(kind) => Message::new("err-key-not-ed25519").arg("kind", inert(kind)),
            KeyError::WrongPassphrase => Message::new("err-key-wrong-passphrase"),
            KeyError::NeedsPassphrase => Message::new("err-key-needs-passphrase"),
            KeyError::NotSignature => Message::new("err-key-not-signature"),
            KeyError::OtherNamespace(found) => Message::new("err-key-other-namespace")
                .arg("found", inert(found))
                .arg("namespace", NAMESPACE),
            KeyError::BadSignature => Message::new("err-key-bad-signature"),
            KeyError::Generate => Message::new("err-key-generate"),
        }
    }
}

impl std::fmt::Display for KeyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

/// A new key pair: the private part in OpenSSH's format (encrypted when a
/// passphrase was given) and the public line.
pub struct KeyPair {
    pub private_openssh: Zeroizing<String>,
    pub public_openssh: String,
    pub fingerprint: String,
}

/// Makes a new Ed25519 key pair; `comment` is the public key's last word.
pub fn generate(comment: &str, passphrase: Option<&str>) -> Result<KeyPair, KeyError> {
    let mut key = PrivateKey::random(&mut OsRng, Algorithm::Ed25519).map_err(|_| KeyError::Generate)?;
    key.set_comment(comment);
    let public_openssh = key.public_key().to_openssh().map_err(|_| KeyError::Generate)?;
    let fingerprint = key.fingerprint(HashAlg::Sha256).to_string();
    let stored = match passphrase {
        Some(p) if !p.is_empty() => key.encrypt(&mut OsRng, p).map_err(|_| KeyError::Generate)?,
        _ => key,
    };
    let private_openssh = stored
        .to_openssh(LineEnding::LF)
        .map_err(|_| KeyError::Generate)?;
    Ok(KeyPair {
        private_openssh,
        public_openssh,
        fingerprint,
    })
}

/// A private key file's content, still locked if it has a passphrase.
pub struct SigningKey(PrivateKey);

impl SigningKey {
    pub fn parse(bytes: &[u8]) -> Result<SigningKey, KeyError> {
        let key = PrivateKey::from_openssh(bytes).map_err(|_| KeyError::NotPrivateKey)?;
        if key.algorithm() != Algorithm::Ed25519 {
            return Err(KeyError::NotEd25519(key.algorithm().to_string()));
        }
        Ok(SigningKey(key))
    }

    pub fn is_locked(&self) -> bool {
        self.0.is_encrypted()
    }

    pub fn unlock(self, passphrase: &str) -> Result<SigningKey, KeyError> {
        if !self.is_locked() {
            return Ok(self);
        }
        self.0
            .decrypt(passphrase)
            .map(SigningKey)
            .map_err(|_| KeyError::WrongPassphrase)
    }

    pub fn fingerprint(&self) -> String {
        self.0.fingerprint(HashAlg::Sha256).to_string()
    }

    /// The armored SSHSIG signature of `message`, as `ssh-keygen -Y sign` writes it.
    pub fn sign(&self, message: &[u8]) -> Result<String, KeyError> {
        if self.is_locked() {
            return Err(KeyError::NeedsPassphrase);
        }
        self.0
            .sign(NAMESPACE, HashAlg::Sha512, message)
            .and_then(|sig| sig.to_pem(LineEnding::LF))
            .map_err(|_| KeyError::Generate)
    }
}

/// Reads one public key line (`ssh-ed25519 AAAA… comment`); returns it
/// normalised and its fingerprint.
pub fn parse_public(text: &str) -> Result<(String, String), KeyError> {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'));
    let key = line
        .and_then(|l| PublicKey::from_openssh(l).ok())
        .ok_or(KeyError::NotPublicKey)?;
    if key.algorithm() != Algorithm::Ed25519 {
        return Err(KeyError::NotEd25519(key.algorithm().to_string()));
    }
    let openssh = key.to_openssh().map_err(|_| KeyError::NotPublicKey)?;
    Ok((openssh, key.fingerprint(HashAlg::Sha256).to_string()))
}

/// Checks an armored signature over `message` under fora's namespace; returns
/// the fingerprint of the key that made it. Whose key that is, the caller asks
/// the register.
pub fn check(signature: &str, message: &[u8]) -> Result<String, KeyError> {
    let sig = SshSig::from_pem(signature.trim()).map_err(|_| KeyError::NotSignature)?;
    if sig.namespace() != NAMESPACE {
        return Err(KeyError::OtherNamespace(sig.namespace().to_string()));
    }
    let key = PublicKey::from(sig.public_key().clone());
    key.verify(NAMESPACE, message, &sig)
        .map_err(|_| KeyError::BadSignature)?;
    Ok(key.fingerprint(HashAlg::Sha256).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_checks_only_for_its_own_message() {
        let pair = generate("anna", None).unwrap();
        let key = SigningKey::parse(pair.private_openssh.as_bytes()).unwrap();
        let message = approval_message(7, 2, "abc");
        let sig = key.sign(message.as_bytes()).unwrap();
        assert_eq!(check(&sig, message.as_bytes()).unwrap(), pair.fingerprint);
        assert_eq!(
            check(&sig, approval_message(7, 3, "abc").as_bytes()),
            Err(KeyError::BadSignature)
        );
    }

    #[test]
    fn a_key_with_a_passphrase_signs_only_when_unlocked() {
        let pair = generate("bo", Some("hemligt")).unwrap();
        let key = SigningKey::parse(pair.private_openssh.as_bytes()).unwrap();
        assert!(key.is_locked());
        assert_eq!(key.sign(b"x"), Err(KeyError::NeedsPassphrase));
        let key = SigningKey::parse(pair.private_openssh.as_bytes()).unwrap();
        assert!(matches!(key.unlock("fel"), Err(KeyError::WrongPassphrase)));
        let key = SigningKey::parse(pair.private_openssh.as_bytes())
            .unwrap()
            .unlock("hemligt")
            .unwrap();
        assert_eq!(key.fingerprint(), pair.fingerprint);
        assert!(check(&key.sign(b"x").unwrap(), b"x").is_ok());
    }
}
