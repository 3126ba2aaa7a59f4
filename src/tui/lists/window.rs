//! A list too long to hold whole, read a window at a time around the rows
//! shown, as the selection moves (keyset paging in the store): opening a
//! register, and scrolling it, cost the same whatever the archive holds.

use crate::store::{Result, Store};

/// Rows read at a time.
pub const STEP: usize = 100;
/// At most this many rows are held.
pub const HOLD: usize = 3 * STEP;

/// Where to read from: the first rows, those after (or before) a row held
/// at an index, that row again and those after it, or the last rows.
pub enum Edge<'a, R> {
    First,
    After(&'a R, usize),
    From(&'a R),
    Before(&'a R, usize),
    Last,
}

/// Where the rows of one list come from.
pub trait Source {
    type Row;
    /// How many rows the list has, or None when that is not known without
    /// reading them all (search): the list then grows as it is read.
    fn count(&self, store: &Store) -> Result<Option<usize>>;
    /// At most `n` rows from `edge`, in the list's order.
    fn fetch(&mut self, store: &Store, edge: Edge<Self::Row>, n: usize) -> Result<Vec<Self::Row>>;
}

pub struct Window<S: Source> {
    source: S,
    /// Rows `start..start + rows.len()` of the list.
    rows: Vec<S::Row>,
    start: usize,
    total: Option<usize>,
    /// How many rows are known to be there: one past the furthest read.
    seen: usize,
    /// Whether the list's last row has been read.
    ended: bool,
}

impl<S: Source> Window<S> {
    /// The list's first rows.
    pub fn open(store: &Store, source: S) -> Result<Window<S>> {
        let mut window = Window {
            source,
            rows: Vec::new(),
            start: 0,
            total: None,
            seen: 0,
            ended: false,
        };
        window.total = window.source.count(store)?;
        window.restart(store)?;
        Ok(window)
    }

    pub fn source(&self) -> &S {
        &self.source
    }

    /// How many rows the list has, as far as is known: with no total, the
    /// rows read and, until the last was, one row still to read.
    pub fn len(&self) -> usize {
        self.total.unwrap_or(self.seen + usize::from(!self.ended))
    }

    /// Whether the list's length is only what was read so far.
    pub fn open_ended(&self) -> bool {
        self.total.is_none() && !self.ended
    }

    /// Takes note of `read` rows read onwards from row `from`, of `n` asked for.
    fn read_on(&mut self, from: usize, read: usize, n: usize) {
        self.seen = self.seen.max(from + read);
        if read < n {
            self.ended = true;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Row `index` of the list, if it is held.
    pub fn get(&self, index: usize) -> Option<&S::Row> {
        self.rows.get(index.checked_sub(self.start)?)
    }

    /// The rows held, with the index of the first: never more than [`HOLD`].
    pub fn held(&self) -> (usize, &[S::Row]) {
        (self.start, &self.rows)
    }

    /// Reads what is needed to hold the rows `wanted` (clamped to the list).
    pub fn show(&mut self, store: &Store, wanted: std::ops::Range<usize>) -> Result<()> {
        let wanted = wanted.start.min(self.len())..wanted.end.min(self.len());
        loop {
            let end = self.start + self.rows.len();
            if wanted.is_empty() || (wanted.start >= self.start && wanted.end <= end) {
                return Ok(());
            }
            if wanted.end > end {
                // The last rows when they hold the start of what is wanted
                // (End), else onwards from the last row held.
                let last_step = self
                    .total
                    .filter(|&t| wanted.start >= end + STEP && wanted.start + STEP >= t);
                match (self.rows.last(), last_step) {
                    (Some(last), None) => {
                        let read = self.source.fetch(store, Edge::After(last, end - 1), STEP)?;
                        self.read_on(end, read.len(), STEP);
                        if read.is_empty() {
                            // Fewer rows than counted: the list changed since.
                            self.total = self.total.map(|_| end);
                            return Ok(());
                        }
                        self.rows.extend(read);
                        while self.rows.len() > HOLD && self.start + STEP <= wanted.start {
                            self.rows.drain(..STEP);
                            self.start += STEP;
                        }
                    }
                    (_, Some(total)) => {
                        self.rows = self.source.fetch(store, Edge::Last, STEP)?;
                        self.start = total.saturating_sub(self.rows.len());
                    }
                    (None, None) => {
                        self.restart(store)?;
                        if self.rows.is_empty() {
                            return Ok(());
                        }
                    }
                }
            } else {
                let near = wanted.end + STEP > self.start;
                match self.rows.first() {
                    Some(first) if near && self.start > 0 => {
                        // Back to a multiple of STEP, where a source that
                        // reads only forwards has marked its place.
                        let n = match self.start % STEP {
                            0 => STEP,
                            part => part,
                        };
                        let mut read = self.source.fetch(store, Edge::Before(first, self.start), n)?;
                        if read.is_empty() {
                            return self.restart(store);
                        }
                        self.start -= read.len();
                        read.append(&mut self.rows);
                        self.rows = read;
                        let keep = HOLD.max(wanted.end - self.start);
                        self.rows.truncate(keep);
                    }
                    _ => {
                        self.restart(store)?;
                        if self.rows.is_empty() {
                            return Ok(());
                        }
                    }
                }
            }
        }
    }

    fn restart(&mut self, store: &Store) -> Result<()> {
        self.rows = self.source.fetch(store, Edge::First, STEP)?;
        self.start = 0;
        self.read_on(0, self.rows.len(), STEP);
        Ok(())
    }

    /// Reads the list again, from the first row held (or the one now in
    /// its place), after something may have changed it.
    pub fn reload(&mut self, store: &Store) -> Result<()> {
        self.total = self.source.count(store)?;
        let read = match self.rows.first() {
            Some(first) => self.source.fetch(store, Edge::From(first), STEP)?,
            None => Vec::new(),
        };
        if read.is_empty() {
            return self.restart(store);
        }
        self.read_on(self.start, read.len(), STEP);
        self.rows = read;
        if let Some(total) = self.total {
            self.start = self.start.min(total.saturating_sub(self.rows.len()));
        }
        Ok(())
    }
}
