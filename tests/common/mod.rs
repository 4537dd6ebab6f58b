//! Shared end-to-end harness (see tests/README).
#![allow(dead_code)]
