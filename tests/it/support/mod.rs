//! Helpers shared by the integration tests.
// Each test crate uses its own part of these helpers.
#![allow(dead_code)]

pub mod cli;
pub mod dump;
pub mod english;
pub mod keys;
pub mod meeting;
pub mod pty;
pub mod roster;
pub mod screen;
pub mod tools;
