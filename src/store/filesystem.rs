//! Only local disks: SQLite's WAL journal keeps its index in memory shared by
//! the processes of one host, so a database on a network filesystem can be
//! corrupted by a second machine. fora refuses to open one there.

use std::path::Path;

use super::{Result, StoreError};

/// The network filesystem a `statfs` f_type stands for, or `None` for a local
/// one. The magic numbers are Linux's (linux/magic.h and the filesystems').
pub fn network_filesystem(f_type: i64) -> Option<&'static str> {
    Some(match f_type {
        0x6969 => "NFS",
        0x517B => "SMB",
        0xFF53_4D42 => "CIFS",
        0xFE53_4D42 => "SMB2",
        0x5346_414F | 0x6B41_4653 => "AFS",
        0x7375_7245 => "Coda",
        0x564C => "NCP",
        0x00C3_6400 => "CephFS",
        0x0BD0_0BD0 => "Lustre",
        0x4750_4653 => "GPFS",
        0x7461_636F => "OCFS2",
        0x0116_1970 => "GFS2",
        _ => return None,
    })
}

/// Refuses `path` when it (or, before it exists, its nearest existing
/// folder) is on a network filesystem.
pub fn require_local(path: &Path) -> Result<()> {
    let here = Path::new(".");
    let existing = path
        .ancestors()
        .map(|p| if p.as_os_str().is_empty() { here } else { p })
        .find(|p| p.exists());
    match existing.and_then(f_type).and_then(network_filesystem) {
        Some(kind) => Err(StoreError::NetworkFilesystem {
            path: path.display().to_string(),
            kind,
        }),
        None => Ok(()),
    }
}

/// The filesystem type of `path`; `None` when it cannot be told, and then
/// fora opens the file as before.
#[cfg(target_os = "linux")]
fn f_type(path: &Path) -> Option<i64> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;

    let c_path = CString::new(path.as_os_str().as_bytes()).ok()?;
    let mut buf = std::mem::MaybeUninit::<libc::statfs>::zeroed();
    // SAFETY: c_path is a valid NUL-terminated string and buf is large
    // enough for the statfs the call writes.
    let status = unsafe { libc::statfs(c_path.as_ptr(), buf.as_mut_ptr()) };
    if status != 0 {
        return None;
    }
    // SAFETY: statfs returned 0, so it filled buf.
    let stat = unsafe { buf.assume_init() };
    // f_type is a signed word on some targets; the magic numbers are 32-bit.
    #[allow(clippy::unnecessary_cast)]
    Some(stat.f_type as i64 & 0xFFFF_FFFF)
}

#[cfg(not(target_os = "linux"))]
fn f_type(_path: &Path) -> Option<i64> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_filesystems_are_told_from_local_ones() {
        assert_eq!(network_filesystem(0x6969), Some("NFS"));
        assert_eq!(network_filesystem(0xFF53_4D42), Some("CIFS"));
        assert_eq!(network_filesystem(0xFE53_4D42), Some("SMB2"));
        // ext4, tmpfs, btrfs, xfs, overlayfs
        for local in [0xEF53, 0x0102_1994, 0x9123_683E, 0x5846_5342, 0x794C_7630] {
            assert_eq!(network_filesystem(local), None, "{local:#x}");
        }
    }

    #[test]
    fn a_database_on_a_network_filesystem_is_refused_with_what_to_do() {
        crate::i18n::set_lang(crate::i18n::Lang::Sv);
        let err = StoreError::NetworkFilesystem {
            path: "/mnt/delat/fora.db".into(),
            kind: network_filesystem(0x6969).unwrap(),
        };
        let text = err.to_string();
        assert!(
            text.contains("/mnt/delat/fora.db ligger på en nätverksdisk (NFS)"),
            "{text}"
        );
        assert!(text.contains("lokal disk"), "{text}");
    }

    #[test]
    fn a_local_folder_is_accepted() {
        let dir = std::env::temp_dir().join("fora-local-check/not/yet/there.db");
        assert!(require_local(&dir).is_ok());
        assert!(require_local(Path::new("fora.db")).is_ok());
    }
}
