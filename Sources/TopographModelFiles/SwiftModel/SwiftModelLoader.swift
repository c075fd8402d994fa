import TopographModel

enum SwiftModelLoader { static func load(_ path: String) throws -> Architecture { throw ModelError([ModelDiagnostic("Swift models are not supported yet", at: SourceLocation(file: path, line: 1))]) } }
