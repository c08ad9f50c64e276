//! Date expressions. SKELETON: the quote helper replaces this file.
