//! The list screens opened from home: the action and decision registers,
//! escalations, protocols awaiting approval and search, with the list
//! machinery they share (`listing`, and `window` for lists read a
//! window at a time) and the moving between them and home
//! (`screens`).

pub mod action_register;
pub mod approvals;
pub mod decision_register;
pub mod escalations;
pub mod listing;
pub mod screens;
pub mod search;
pub mod window;
