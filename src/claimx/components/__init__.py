"""claimx's spaCy components: classes only; registration lives in `claimx.factories`."""
