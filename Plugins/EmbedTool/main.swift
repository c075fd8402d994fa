// Placeholder: writes the DSL sources into a Swift file as string literals (issue: foundation).
