//! What can go wrong while answering a request, and how it is shown: a JSON error object under `/api`,
//! an HTML page everywhere else (rendered by [`crate::language::remember`], which knows the language).
//!
//! Internal failures (the store, a crashed blocking task) are logged in full and reported to the client
//! only as a generic message: their detail may name files or SQL and helps no reader.

use axum::{
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use warta_store::StoreError;

use crate::{api::ErrorBody, labels};

#[derive(Debug, thiserror::Error)]
pub(crate) enum Failure {
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    NotFound(&'static str),
    #[error("{}", labels::METHOD_NOT_ALLOWED)]
    MethodNotAllowed,
    #[error("store: {0}")]
    Store(#[from] StoreError),
    #[error("blocking task: {0}")]
    Task(#[from] tokio::task::JoinError),
}

impl Failure {
    pub(crate) fn status(&self) -> StatusCode {
        match self {
            Failure::BadRequest(_) => StatusCode::BAD_REQUEST,
            Failure::NotFound(_) => StatusCode::NOT_FOUND,
            Failure::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Failure::Store(_) | Failure::Task(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The message the client sees; logs the detail of internal failures, which the client never sees.
    pub(crate) fn public_message(&self) -> String {
        match self {
            Failure::Store(_) | Failure::Task(_) => {
                eprintln!("warta-server: {self}");
                labels::INTERNAL_ERROR.to_string()
            }
            _ => self.to_string(),
        }
    }
}

/// A failure answered as problem details: `{"type", "title", "status", "detail"}`.
#[derive(Debug)]
pub(crate) struct ApiError(pub(crate) Failure);

impl From<Failure> for ApiError {
    fn from(failure: Failure) -> ApiError {
        ApiError(failure)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.0.status();
        let body = ErrorBody::new(status, self.0.public_message());
        let mut response = (status, Json(body)).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        response
    }
}

/// A failure answered as an HTML page.
#[derive(Debug)]
pub(crate) struct PageError(pub(crate) Failure);

impl From<Failure> for PageError {
    fn from(failure: Failure) -> PageError {
        PageError(failure)
    }
}

/// The message of a failed page, left on the response for [`crate::language::remember`] to render in
/// the reader's language.
#[derive(Clone, Debug)]
pub(crate) struct FailedPage(pub(crate) String);

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let mut response = self.0.status().into_response();
        response
            .extensions_mut()
            .insert(FailedPage(self.0.public_message()));
        response
    }
}
