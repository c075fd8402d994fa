import TopographModel
// Pure Swift DOT encoder (issue: diagrams). Placeholder until then.
