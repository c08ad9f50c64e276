//! Command-line flags. The commands and their flags are a contract that scripts and checks call: add to
//! them freely, but keep what is here stable.

use clap::{Parser, Subcommand};
use std::{net::SocketAddr, path::PathBuf};

#[derive(Parser, Debug)]
#[command(
    name = "warta",
    version,
    about = "News intelligence: who said what, through whom, and when"
)]
pub struct Cli {
    /// Where the embedded store (SQLite and the search index) lives.
    #[arg(
        long,
        global = true,
        default_value = "./warta-data",
        env = "WARTA_DATA_DIR"
    )]
    pub data_dir: PathBuf,
    /// Your own alias table, added to the one warta ships: one entity per line, its canonical name then its
    /// other spellings, TAB-separated (`#` starts a comment). Where both name a spelling, yours wins.
    #[arg(long, global = true, env = "WARTA_ALIASES")]
    pub aliases: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Read documents (files, directories, .gz, JSON Lines, `-` for stdin) and store them.
    Ingest(IngestArgs),
    /// The extraction stage alone: per document its id, source, title, text, date, authors, outlet, language.
    Extract {
        /// Print JSON Lines, one object per document.
        #[arg(long)]
        jsonl: bool,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Run the pipeline on documents without storing them, and print what it found.
    Analyze {
        /// Print JSON Lines, one object per article.
        #[arg(long)]
        json: bool,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Full-text search over the stored articles.
    Search {
        query: String,
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
    /// Serve the web UI and JSON API, after ingesting PATHs if any are given.
    Serve {
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        #[command(flatten)]
        ingest: IngestArgs,
    },
    /// Tag named entities: `--conll` reads CoNLL on standard input (token in the first TAB-separated column,
    /// blank lines between sentences) and writes `token<TAB>label` with BIO labels.
    Ner {
        #[arg(long, required = true)]
        conll: bool,
    },
    /// Identify the language of each line of standard input: one ISO 639-1 code per line.
    Langid,
    /// Group articles into stories: JSON Lines on standard input, one `{"id", "story"}` line out per input line.
    Cluster,
    /// Score one stage on labelled data (default: ../shared/eval/…) and print the figures.
    Eval {
        #[arg(value_enum)]
        stage: EvalStage,
        /// The data set (a file or a directory, as the stage expects).
        path: Option<PathBuf>,
    },
    /// Write the stored articles (or those a search finds) to standard output, streamed.
    Export {
        /// Only the articles this search finds (best first, at most 10,000).
        #[arg(long)]
        query: Option<String>,
        #[arg(long, value_enum, default_value = "jsonl")]
        format: ExportFormatArg,
    },
    /// Counts of what the store holds.
    Stats {
        #[arg(long)]
        json: bool,
    },
}

#[derive(clap::Args, Debug)]
pub struct IngestArgs {
    /// Documents per transaction: a crash loses at most the batch in flight.
    #[arg(long, default_value_t = 256)]
    pub batch_size: usize,
    pub paths: Vec<PathBuf>,
}

/// The stages `warta eval` can score.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum EvalStage {
    /// Article bodies from HTML (the article-extraction benchmark): precision, recall, F1, speed.
    Extraction,
    /// Indonesian vs Malay sentences (DSLCC): accuracy, cross-validated, against whatlang.
    Langid,
    /// Gold article bodies that the residue cleaner would cut (target 0).
    Cleaning,
    /// Named entities on the IndoNLU sets (NERGRIT, NERP): entity-level precision, recall, F1, speed.
    Ner,
    /// Stories on the MDS event-clustering set: BCubed and ARI, against a TF-IDF + average-link baseline.
    Clustering,
    /// Who said what: the seeds through the pipeline, quote contents and sources on PolNeAR, and hand-labelled English news paragraphs.
    Attribution,
    /// Who said what in Indonesian: hand-labelled DSLCC news paragraphs and NERP sentences, quote precision and recall, speaker.
    AttributionId,
}

impl EvalStage {
    /// Where the stage's data lies under `../shared/eval/`.
    pub fn default_path(self) -> &'static str {
        match self {
            EvalStage::Extraction => "extraction",
            EvalStage::Langid => "langid/dslcc-v1-test-id-my.tsv",
            EvalStage::Cleaning => "extraction/ground-truth.json",
            EvalStage::Clustering => "clustering/mds_ac_dev_final.json",
            EvalStage::Ner => "ner-id",
            EvalStage::Attribution => "attribution-en/data/dev",
            EvalStage::AttributionId => "langid/dslcc-v1-test-id-my.tsv",
        }
    }
}

/// The file formats of `warta export`.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum ExportFormatArg {
    /// One article as JSON per line.
    Jsonl,
    /// One article per row: id, title, published, lang, outlet, original_outlet, authors, url, text.
    Csv,
}
