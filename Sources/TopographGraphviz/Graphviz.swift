import CGraphviz
// The only code touching libgvc (issue: diagrams). Placeholder until then.
