"""Data protection: retention, subject access, erasure, encryption at rest, masked logs and backups."""
