//! The people screens opened from home: the register (`N`) and who sits
//! where (`W`).

pub mod matrix;
pub mod register;
pub mod seating;
