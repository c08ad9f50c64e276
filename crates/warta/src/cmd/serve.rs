//! `warta serve`: ingest the given paths (if any), then serve the web UI and the JSON API.

use crate::cli::IngestArgs;
use crate::cmd::ingest;
use anyhow::Context;
use std::{net::SocketAddr, process::ExitCode, sync::Arc};
use warta_store::Store;

pub fn run(store: Store, addr: SocketAddr, args: &IngestArgs) -> anyhow::Result<ExitCode> {
    if !args.paths.is_empty() {
        let summary = ingest::ingest(&store, args)?;
        crate::output::emit(summary)?;
    }
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("cannot listen on {addr}"))?;
        let local = listener.local_addr()?;
        crate::output::emit(format_args!(
            "warta: serving the web UI and JSON API on http://{local}\n"
        ))?;
        axum::serve(listener, warta_server::router(Arc::new(store)))
            .await
            .context("server failed")
    })?;
    Ok(ExitCode::SUCCESS)
}
