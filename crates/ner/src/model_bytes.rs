//! The pieces of a model file that warta's linear taggers share: a cursor that reads the file without
//! panicking, and the quantised weight table with the summing that scores a token.
//!
//! Both the NER tagger ([`crate::model`]) and the attribution tagger (`warta-attribution-tagger`) store one
//! row of per-label weights for every hashed feature, quantised to i16 with one float scale, and leave out
//! the rows that are all zero. On disk a table is a bit set saying which rows are stored (bit r set = row r
//! is stored), then the stored rows in row order, all little-endian. Each model's file puts its own header
//! around it.

/// The model bytes ran out before the file said they would.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("model file is truncated")]
pub struct Truncated;

/// A cursor over model bytes that fails instead of panicking when they run out.
pub struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, pos: 0 }
    }

    /// The next `n` bytes.
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], Truncated> {
        let slice = self
            .bytes
            .get(self.pos..self.pos.saturating_add(n))
            .ok_or(Truncated)?;
        self.pos += n;
        Ok(slice)
    }

    pub fn u32(&mut self) -> Result<u32, Truncated> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    pub fn f32(&mut self) -> Result<f32, Truncated> {
        Ok(f32::from_bits(self.u32()?))
    }

    /// Whether every byte has been read: a model file with bytes left over is not one warta wrote.
    pub fn at_end(&self) -> bool {
        self.pos == self.bytes.len()
    }
}

/// Feature weights quantised to i16: `rows × L`, row-major by feature, a stored weight q meaning
/// q × scale.
#[derive(Debug, Clone, PartialEq)]
pub struct WeightTable<const L: usize> {
    scale: f32,
    weights: Vec<i16>,
}

impl<const L: usize> WeightTable<L> {
    /// Quantises float weights (`rows × L`, row-major by feature), the largest one to `i16::MAX`.
    pub fn quantize(weights: &[f32]) -> WeightTable<L> {
        let max = weights.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 {
            max / f32::from(i16::MAX)
        } else {
            1.0
        };
        let weights = weights
            .iter()
            .map(|w| (w / scale).round().clamp(-32767.0, 32767.0) as i16)
            .collect();
        WeightTable { scale, weights }
    }

    /// What one quantised step is worth; model headers store it.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// Reads a table of `rows` rows written by [`WeightTable::write_rows`], with the `scale` the header
    /// gave.
    pub fn read_rows(
        r: &mut Reader<'_>,
        rows: usize,
        scale: f32,
    ) -> Result<WeightTable<L>, Truncated> {
        let present = r.take(rows.div_ceil(8))?;
        let mut weights = vec![0i16; rows * L];
        for (row, stored) in weights.chunks_mut(L).enumerate() {
            if present[row / 8] & (1 << (row % 8)) != 0 {
                for w in stored {
                    let b = r.take(2)?;
                    *w = i16::from_le_bytes([b[0], b[1]]);
                }
            }
        }
        Ok(WeightTable { scale, weights })
    }

    /// Appends the bit set of stored rows, then the rows that are not all zero.
    pub fn write_rows(&self, out: &mut Vec<u8>) {
        let stored = |row: &[i16]| row.iter().any(|&w| w != 0);
        let mut present = vec![0u8; (self.weights.len() / L).div_ceil(8)];
        for (r, row) in self.weights.chunks(L).enumerate() {
            if stored(row) {
                present[r / 8] |= 1 << (r % 8);
            }
        }
        out.extend_from_slice(&present);
        for row in self.weights.chunks(L).filter(|row| stored(row)) {
            for w in row {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
    }

    /// The summed weights of the given rows, per label; a row outside the table adds nothing.
    pub fn sum(&self, rows: impl IntoIterator<Item = usize>) -> [f32; L] {
        let mut sum = [0i32; L];
        for row in rows {
            let start = row * L;
            if let Some(row) = self.weights.get(start..start + L) {
                for (s, &w) in sum.iter_mut().zip(row) {
                    *s += i32::from(w);
                }
            }
        }
        sum.map(|s| s as f32 * self.scale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reader_fails_when_bytes_run_out() {
        let mut r = Reader::new(&[1, 0, 0, 0, 9]);
        assert_eq!(r.u32(), Ok(1));
        assert!(!r.at_end());
        assert_eq!(r.u32(), Err(Truncated));
        assert_eq!(r.take(usize::MAX), Err(Truncated));
        assert_eq!(r.take(1), Ok(&[9][..]));
        assert!(r.at_end());
    }

    #[test]
    fn table_round_trips_and_sums() {
        let mut weights = vec![0.0; 16 * 2];
        // The largest weight is i16::MAX, so one quantised step is worth exactly 1.
        weights[3 * 2 + 1] = 32767.0;
        weights[9 * 2] = -5.0;
        let table = WeightTable::<2>::quantize(&weights);
        let mut out = Vec::new();
        table.write_rows(&mut out);
        // Two bytes of row bits, two stored rows of two i16.
        assert_eq!(out.len(), 2 + 2 * 2 * 2);
        let mut r = Reader::new(&out);
        let read = WeightTable::<2>::read_rows(&mut r, 16, table.scale());
        assert_eq!(read, Ok(table.clone()));
        assert!(r.at_end());
        assert_eq!(table.scale(), 1.0);
        assert_eq!(table.sum([3, 9, 3, 99]), [-5.0, 65534.0]);
        let cut = &out[..out.len() - 1];
        assert_eq!(
            WeightTable::<2>::read_rows(&mut Reader::new(cut), 16, table.scale()),
            Err(Truncated)
        );
    }
}
