//! `warta eval STAGE [PATH]`: scores one stage on labelled data and prints the figures. Without PATH, the
//! evaluation data is looked for in `../shared/eval/` (the layout of the project's shared folder).

use crate::cli::EvalStage;
use crate::output::emit;
use std::{path::PathBuf, process::ExitCode};

pub fn run(stage: EvalStage, path: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let path = path.unwrap_or_else(|| PathBuf::from("../shared/eval").join(stage.default_path()));
    match stage {
        EvalStage::Extraction => emit(warta_eval::extraction::evaluate(&path)?)?,
        EvalStage::Ner => emit(warta_eval::ner::evaluate(&path)?)?,
        EvalStage::Langid => emit(warta_eval::langid::evaluate(&path)?)?,
        EvalStage::Cleaning => emit(warta_eval::cleaning::evaluate(&path)?)?,
        EvalStage::Clustering => emit(warta_eval::clustering::evaluate(&path)?)?,
        EvalStage::Attribution => emit(warta_eval::attribution::evaluate(&path)?)?,
        EvalStage::AttributionId => emit(warta_eval::attribution::evaluate_indonesian(&path)?)?,
    }
    Ok(ExitCode::SUCCESS)
}
