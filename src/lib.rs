//! fora: run the governance forums of a public-sector IT contract.

pub mod catalog;
pub mod domain;
pub mod i18n;
pub mod resolve;
pub mod store;
pub mod text;
