//! The HTTP server. SKELETON: the server helper replaces this file.

use std::{net::SocketAddr, sync::Arc};
use warta_store::Store;

pub fn router(store: Arc<Store>) -> axum::Router {
    let _ = store;
    axum::Router::new()
}

pub async fn serve(store: Arc<Store>, addr: SocketAddr) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    axum::serve(listener, router(store)).await
}
