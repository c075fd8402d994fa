@_exported import TopographModel
// The result builders live here (issue: foundation). Placeholder until then.
