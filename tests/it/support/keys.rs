//! Personal keys for tests that approve or respond as a person would.

use std::path::Path;

/// Makes a key pair with `fora key generate` in `dir` and registers its
/// public part for `name`, through `ok` (which runs fora and returns its
/// output); returns the private key's path.
pub fn register_key(ok: impl Fn(&[&str]) -> String, dir: &Path, name: &str) -> String {
    let key = dir
        .join(format!("{}.key", name.replace(' ', "_")))
        .display()
        .to_string();
    ok(&["key", "generate", "-o", &key]);
    let out = ok(&["people", "key", name, &format!("{key}.pub")]);
    assert!(out.starts_with("Registered key SHA256:"), "{out}");
    key
}

/// Writes a response file and, beside it, its signature made with `key`.
pub fn write_signed(path: &str, content: &str, key: &str) {
    std::fs::write(path, content).unwrap();
    let key = fora::signing::SigningKey::parse(&std::fs::read(key).unwrap()).unwrap();
    std::fs::write(format!("{path}.sig"), key.sign(content.as_bytes()).unwrap()).unwrap();
}
