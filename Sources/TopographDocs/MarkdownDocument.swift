import TopographModel
import CCmarkGFM
// Markdown and HTML design docs (issue: docs). Placeholder until then.
