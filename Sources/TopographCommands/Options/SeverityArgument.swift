import ArgumentParser
import TopographModel

/// Lets `--severity-threshold note|warning|error` parse straight into the model's severity.
extension Severity: ExpressibleByArgument {}
