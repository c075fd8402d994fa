import TopographModel

/// Runs every rule over a model and returns the findings, sorted. Never throws.
public enum Validator {
    /// Every rule the validator knows, sorted by id.
    public static var catalogue: [RuleDescriptor] { [] }

    public static func validate(_ architecture: Architecture, today: String? = nil) -> [Finding] { [] }
}
