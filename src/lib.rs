//! fora: run the governance forums of a public-sector IT contract.

pub mod catalog;
pub mod cli;
pub mod dates;
pub mod demo;
pub mod domain;
pub mod files;
pub mod i18n;
pub mod paths;
pub mod people_csv;
pub mod protocol;
pub mod resolve;
pub mod signing;
pub mod store;
pub mod text;
pub mod tui;
