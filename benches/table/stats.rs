//! Samples to figures: median, p95 and p99 by nearest rank, in the unit the
//! table shows (milliseconds for times, MiB for memory, syncs per entry).

use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Ms,
    MiB,
    /// fsync or fdatasync calls per entry.
    Syncs,
}

impl Unit {
    pub fn label(self) -> &'static str {
        match self {
            Unit::Ms => "ms",
            Unit::MiB => "MiB",
            Unit::Syncs => "syncs/entry",
        }
    }

    /// Enough digits to tell a sub-millisecond key from a 2 ms one.
    pub fn show(self, value: f64) -> String {
        if value.is_nan() {
            return "—".into();
        }
        match self {
            Unit::Ms if value < 10.0 => format!("{value:.3} ms"),
            Unit::Ms => format!("{value:.1} ms"),
            Unit::MiB => format!("{value:.1} MiB"),
            Unit::Syncs => format!("{value:.2} syncs/entry"),
        }
    }
}

/// One measurement's samples, summarised.
#[derive(Clone, Copy, Debug)]
pub struct Figure {
    pub unit: Unit,
    pub runs: usize,
    pub median: f64,
    pub p95: f64,
    pub p99: f64,
}

/// The sample at rank round((n - 1) × q) of the sorted samples.
pub fn percentile(sorted: &[f64], q: f64) -> f64 {
    let rank = ((sorted.len() - 1) as f64 * q).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

impl Figure {
    pub fn of(unit: Unit, mut samples: Vec<f64>) -> Figure {
        assert!(!samples.is_empty(), "a figure needs at least one sample");
        samples.sort_by(f64::total_cmp);
        Figure {
            unit,
            runs: samples.len(),
            median: percentile(&samples, 0.5),
            p95: percentile(&samples, 0.95),
            p99: percentile(&samples, 0.99),
        }
    }

    pub fn times(samples: &[Duration]) -> Figure {
        Figure::of(Unit::Ms, samples.iter().map(|d| d.as_secs_f64() * 1e3).collect())
    }

    /// Peak resident set sizes given in KiB, as the kernel reports them.
    pub fn kib(samples: &[u64]) -> Figure {
        Figure::of(Unit::MiB, samples.iter().map(|&k| k as f64 / 1024.0).collect())
    }
}
