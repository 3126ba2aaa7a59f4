//! A struct of fixed texts filled from the catalogue once per language, so a
//! screen reads `s.forums_title` with the field name checked by the compiler.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, PoisonError};

use super::Lang;

/// Declares a struct of `&'static str` texts, one field per catalogue key
/// `<prefix><field-name-in-kebab-case>`, and `for_lang`, which reads the
/// catalogue the first time a language is asked for and keeps the texts for
/// the life of the program. The struct also carries its `lang`, for the texts
/// that need arguments (`tr!(s.lang, …)`).
#[macro_export]
macro_rules! texts {
    (
        $(#[$meta:meta])*
        pub struct $name:ident, prefix $prefix:literal {
            $($(#[$doc:meta])* $field:ident,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, PartialEq, Eq)]
        pub struct $name {
            pub lang: $crate::i18n::Lang,
            $($(#[$doc])* pub $field: &'static str,)+
        }

        impl $name {
            /// What the catalogue keys of the fields start with.
            pub const PREFIX: &'static str = $prefix;
            /// The names of the fields that hold a text.
            pub const FIELDS: &'static [&'static str] = &[$(stringify!($field)),+];

            pub fn for_lang(lang: $crate::i18n::Lang) -> &'static $name {
                static ALL: ::std::sync::LazyLock<[$name; 2]> = ::std::sync::LazyLock::new(|| {
                    $crate::i18n::Lang::ALL.map(|lang| $name {
                        lang,
                        $($field: $crate::i18n::texts::text(lang, $prefix, stringify!($field)),)+
                    })
                });
                &ALL[lang as usize]
            }
        }
    };
}

/// The text of the field `field`: kept for the life of the program, which
/// reads each language's texts at most once.
pub fn text(lang: Lang, prefix: &str, field: &str) -> &'static str {
    let key = format!("{prefix}{}", field.replace('_', "-"));
    Box::leak(lang.format(&key, None).into_boxed_str())
}

/// The text of `key`, read from the catalogue once and kept for the life of
/// the program: for labels of a fixed set of things, such as the kinds of
/// entry, which many rows show.
pub fn label(lang: Lang, key: &'static str) -> &'static str {
    static KEPT: LazyLock<Mutex<HashMap<(Lang, &'static str), &'static str>>> = LazyLock::new(Mutex::default);
    let mut kept = KEPT.lock().unwrap_or_else(PoisonError::into_inner);
    kept.entry((lang, key))
        .or_insert_with(|| Box::leak(lang.format(key, None).into_boxed_str()))
}
