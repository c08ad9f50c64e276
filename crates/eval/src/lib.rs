//! The evaluation harness: each module reads one kind of labelled data, runs one stage of warta over it
//! and returns a report whose `Display` prints the figures beside the published baselines.
//!
//! The metrics themselves live with the stage they measure (`warta_extract::eval`, `warta_stories::eval`,
//! …); this crate holds the data readers and the loops. `warta eval STAGE [PATH]` is the command line.
//! Nothing here is tuned: where a stage has a parameter fitted on a data set, its report says so and gives
//! the cross-validated figure.

pub mod attribution;
pub mod cleaning;
pub mod clustering;
pub mod extraction;
pub mod langid;
pub mod ner;

use std::path::{Path, PathBuf};

/// A data set that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Data { path: PathBuf, message: String },
}

impl From<warta_attribution_tagger::train::TrainError> for EvalError {
    fn from(e: warta_attribution_tagger::train::TrainError) -> EvalError {
        match e {
            warta_attribution_tagger::train::TrainError::Io { path, source } => {
                EvalError::Io { path, source }
            }
        }
    }
}

pub(crate) fn read_to_string(path: &Path) -> Result<String, EvalError> {
    std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })
}

pub(crate) fn data_error(path: &Path, message: impl Into<String>) -> EvalError {
    EvalError::Data {
        path: path.to_path_buf(),
        message: message.into(),
    }
}
