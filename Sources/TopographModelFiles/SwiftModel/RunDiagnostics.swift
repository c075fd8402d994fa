import Foundation
import TopographModel

/// Turns compiler output and run-time failures of a model's program into model diagnostics.
enum RunDiagnostics {
    /// Every `file:line:column: error: message` line (llvm diagnostic style) as a diagnostic, with
    /// the compiler's notes that follow it kept as hints (they say what was expected there).
    static func compilerErrors(
        _ output: String, path: String, termination: Subprocess.Termination
    ) -> [ModelDiagnostic] {
        var errors: [ModelDiagnostic] = []
        var notes: [[String]] = []
        for line in output.split(separator: "\n") {
            if let marker = line.range(of: ": error: ") {
                errors.append(compilerError(line, marker: marker, path: path))
                notes.append([])
            } else if let marker = line.range(of: ": note: "), !errors.isEmpty {
                let note = String(line[marker.upperBound...])
                if !notes[notes.count - 1].contains(note) { notes[notes.count - 1].append(note) }
            }
        }
        for i in errors.indices where !notes[i].isEmpty {
            let explanation: [String] = BuilderContext.explanation(notes[i]).map { [$0] } ?? []
            let lines: [String] = explanation + notes[i].map { "note: \($0)" }
            errors[i].hint = lines.joined(separator: "\n  ")
        }
        if !errors.isEmpty { return errors }
        let reason = termination == .timedOut ? "took too long" : "failed (\(termination))"
        return [
            ModelDiagnostic(
                "compiling the model \(reason)", at: SourceLocation(file: path, line: 1),
                hint: output.isEmpty ? nil : lastLines(output))
        ]
    }

    private static func compilerError(_ line: Substring, marker: Range<Substring.Index>, path: String) -> ModelDiagnostic {
        let message = String(line[marker.upperBound...])
        let parts = line[..<marker.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 3, let lineNumber = Int(parts[parts.count - 2]), let column = Int(parts[parts.count - 1]) else {
            return ModelDiagnostic(message, at: SourceLocation(file: path, line: 1))
        }
        let file = parts.dropLast(2).joined(separator: ":")
        return ModelDiagnostic(message, at: SourceLocation(file: file, line: lineNumber, column: column))
    }

    /// A model's program that ran too long, crashed or exited with an error, at the model's line
    /// that was running: the innermost frame in the model file of the crash backtrace, else the
    /// line a `fatalError` names, else the top of the file.
    static func runFailure(
        _ termination: Subprocess.Termination, output: String, path: String, timeLimit: Double,
        memoryLimit: UInt64 = 0
    ) -> ModelDiagnostic {
        let fatal = fatalError(in: output)
        let modelLine =
            crashLine(in: output, path: path)
            ?? fatal?.location.flatMap { trap in
                isModelFile(trap.file, path: path) ? SourceLocation(file: path, line: trap.line) : nil
            }
        let location = modelLine ?? SourceLocation(file: path, line: 1)
        switch termination {
        case .timedOut:
            return ModelDiagnostic(
                "the model did not finish within \(formatted(timeLimit)) s and was stopped (an endless loop?)",
                at: location, hint: "fix the loop, or allow more time with TOPOGRAPH_MODEL_TIMEOUT=<seconds>")
        case .signalled(let signal):
            if memoryLimit > 0, output.contains("failed to allocate") || fatal == nil && signal == SIGKILL {
                return ModelDiagnostic(
                    "the model ran out of memory (its limit is \(memoryLimit >> 20) MB)", at: location,
                    hint: "allow more with TOPOGRAPH_MODEL_MEMORY=<megabytes> (0: no limit)")
            }
            guard let fatal else {
                if let reason = backtraceReason(in: output) {
                    return ModelDiagnostic("the model crashed at run time: \(reason)", at: location)
                }
                let name = String(cString: strsignal(signal))
                return ModelDiagnostic(
                    "the model crashed at run time (signal \(signal): \(name))", at: location,
                    hint: output.isEmpty ? nil : lastLines(output))
            }
            let origin = modelLine == nil ? fatal.location.map { " (in \($0.file):\($0.line))" } ?? "" : ""
            return ModelDiagnostic("the model crashed at run time: \(fatal.message)\(origin)", at: location)
        case .exited(let status):
            return ModelDiagnostic(
                "the model exited with status \(status)", at: location, hint: output.isEmpty ? nil : lastLines(output))
        }
    }

    /// The innermost frame of the Swift runtime's crash backtrace that lies in the model file
    /// (`... in model at /dir/model.swift:12:9`), with its column.
    static func crashLine(in output: String, path: String) -> SourceLocation? {
        for line in output.split(separator: "\n") {
            guard let marker = line.range(of: " at ", options: .backwards) else { continue }
            let parts = line[marker.upperBound...].split(separator: ":")
            guard parts.count >= 3, let lineNumber = Int(parts[parts.count - 2]),
                let column = Int(parts[parts.count - 1]),
                isModelFile(parts.dropLast(2).joined(separator: ":"), path: path)
            else { continue }
            return SourceLocation(file: path, line: lineNumber, column: column)
        }
        return nil
    }

    /// The runtime's one-line reason in a backtrace: `*** Program crashed: Bad pointer dereference ... ***`.
    private static func backtraceReason(in output: String) -> String? {
        let marker = "*** Program crashed: "
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix(marker) }) else { return nil }
        return line.dropFirst(marker.count).replacingOccurrences(of: " ***", with: "")
    }

    /// Traps name files as `Module/file.swift`, backtraces by absolute path: either may be the model.
    private static func isModelFile(_ file: String, path: String) -> Bool {
        let fileID = "\(ModelRun.moduleName)/\((path as NSString).lastPathComponent)"
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        return [path, fileID, absolute].contains(file)
    }

    /// Swift prints `file:line: Fatal error: message` when a program traps on purpose.
    static func fatalError(in output: String) -> (message: String, location: SourceLocation?)? {
        for line in output.split(separator: "\n") {
            guard let marker = line.range(of: "Fatal error: ") else { continue }
            let message = "Fatal error: " + line[marker.upperBound...]
            let head = line[..<marker.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: ": "))
            let parts = head.split(separator: ":")
            if parts.count >= 2, let lineNumber = Int(parts[parts.count - 1]) {
                let file = parts.dropLast().joined(separator: ":")
                return (message, SourceLocation(file: file, line: lineNumber))
            }
            return (message, nil)
        }
        return nil
    }

    private static func lastLines(_ output: String) -> String {
        output.split(separator: "\n").suffix(10).joined(separator: "\n  ")
    }

    private static func formatted(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
