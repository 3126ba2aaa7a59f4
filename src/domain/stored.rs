//! The one mapping of fora's enums to the ids the database and the catalogue
//! file keep, the names JSON output uses, and the labels the catalogue gives.

use std::fmt;

/// An id in the database that no variant has: the file was edited by hand
/// or damaged.
#[derive(Debug)]
pub struct UnknownId {
    pub what: &'static str,
    pub value: String,
}

impl fmt::Display for UnknownId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unexpected {} `{}` in the database", self.what, self.value)
    }
}

impl std::error::Error for UnknownId {}

/// Declares an enum with, per variant, the id kept in the database and the
/// catalogue file, optionally another name for JSON output (`"id" / "json"`),
/// and optionally the catalogue key of its label. It gets `ALL`, `id`,
/// `from_id`, `json_name`, `label` (when every variant has a key), serde
/// (written as the JSON name, or as the id after `: serde id`; read from
/// either name) and SQL conversion.
macro_rules! stored_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident $(: serde $ser:ident)? {
            $($(#[$vmeta:meta])* $variant:ident = $id:literal $(/ $json:literal)?, $key:literal;)+
        }
    ) => {
        stored_enum!(@common $(#[$meta])* $name $($ser)? { $($(#[$vmeta])* $variant = $id $(/ $json)?;)+ });

        impl $name {
            /// The variant's name in the user's language.
            pub fn label(self, lang: $crate::i18n::Lang) -> &'static str {
                lang.text(match self { $($name::$variant => $key),+ })
            }
        }
    };
    (
        $(#[$meta:meta])*
        pub enum $name:ident $(: serde $ser:ident)? {
            $($(#[$vmeta:meta])* $variant:ident = $id:literal $(/ $json:literal)?;)+
        }
    ) => {
        stored_enum!(@common $(#[$meta])* $name $($ser)? { $($(#[$vmeta])* $variant = $id $(/ $json)?;)+ });
    };
    (@common
        $(#[$meta:meta])*
        $name:ident $($ser:ident)? { $($(#[$vmeta:meta])* $variant:ident = $id:literal $(/ $json:literal)?;)+ }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id kept in the database and in the catalogue file.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            pub fn from_id(id: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.id() == id)
            }

            /// The stable name used in JSON output.
            pub fn json_name(self) -> &'static str {
                match self { $($name::$variant => stored_enum!(@json $id $(/ $json)?)),+ }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let value = *self;
                s.serialize_str(stored_enum!(@serialized value $($ser)?))
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let text = <String as serde::Deserialize>::deserialize(d)?;
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.id() == text || v.json_name() == text)
                    .ok_or_else(|| serde::de::Error::unknown_variant(&text, &[$($id),+]))
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.id().into())
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<$name> {
                let text = value.as_str()?;
                $name::from_id(text).ok_or_else(|| {
                    rusqlite::types::FromSqlError::Other(Box::new($crate::domain::stored::UnknownId {
                        what: stringify!($name),
                        value: text.to_string(),
                    }))
                })
            }
        }
    };
    (@serialized $value:ident) => { $value.json_name() };
    (@serialized $value:ident id) => { $value.id() };
    (@json $id:literal) => { $id };
    (@json $id:literal / $json:literal) => { $json };
}
