//! The people screens opened from home: who sits where (`W`).

pub mod matrix;
pub mod seating;
