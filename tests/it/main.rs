//! The integration tests, in one binary so that they link once: each module
//! tests one feature through the public interface or the real binary.

mod protocol_fixture;
mod support;

mod bad_input;
mod cancel;
mod catalog;
mod cli;
mod cli_export;
mod cli_followup;
mod cli_meetings;
mod cli_protocol;
mod concurrency;
mod crash;
mod demo;
mod edges;
mod followup;
mod hostile;
mod justering;
mod limits;
mod listings;
mod maintenance;
mod meeting_lock;
mod meetings;
mod people;
mod protocol;
mod protocol_followup;
mod protocol_versions;
mod pty;
mod pty_meeting;
mod review_files;
mod sanitizer;
mod signing;
mod store;
mod tui_edges;
mod tui_followup;
mod tui_home;
mod tui_meeting;
mod tui_people;
mod tui_proposals;
mod tui_registers;
mod tui_review;
mod tui_seating;
