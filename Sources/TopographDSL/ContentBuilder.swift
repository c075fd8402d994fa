import TopographModel

/// The one result builder of the DSL: collects the elements of a block, with `if`, `for` and
/// helper functions returning arrays. `Element` is the context (`any ZoneContent`, ...), so a
/// block accepts only what may be nested there and anything else fails to compile.
///
/// `buildExpression` takes the position of each expression in the block (Swift fills `#line` in at
/// the expression), so an element made in a helper function is located where the helper is called.
@resultBuilder
public enum ContentBuilder<Element> {
    public static func buildExpression(
        _ element: Element, file: String = #filePath, line: Int = #line, column: Int = #column
    ) -> [Element] {
        [CallSite.wrap(element, at: SourceLocation(file, line, column))]
    }
    public static func buildExpression(
        _ elements: [Element], file: String = #filePath, line: Int = #line, column: Int = #column
    ) -> [Element] {
        elements.map { CallSite.wrap($0, at: SourceLocation(file, line, column)) }
    }
    public static func buildBlock(_ parts: [Element]...) -> [Element] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Element]?) -> [Element] { part ?? [] }
    public static func buildEither(first part: [Element]) -> [Element] { part }
    public static func buildEither(second part: [Element]) -> [Element] { part }
    public static func buildArray(_ parts: [[Element]]) -> [Element] { parts.flatMap { $0 } }
    public static func buildLimitedAvailability(_ part: [Element]) -> [Element] { part }
}

/// Builds the body of an `Architecture`: zones, servers, certificates, flows, accepted risks.
public typealias ArchitectureBuilder = ContentBuilder<any ArchitectureContent>
/// Builds the body of a `Zone`: servers and stand-alone components.
public typealias ZoneBuilder = ContentBuilder<any ZoneContent>
/// Builds the body of a `Server`: the components it runs.
public typealias ServerBuilder = ContentBuilder<any ServerContent>
/// Builds the body of a `Firewall`: its ordered `Allow`/`Deny` rules.
public typealias FirewallBuilder = ContentBuilder<any FirewallContent>

/// Anything the DSL can lower into the model. Only the DSL's own types conform.
public protocol DesignElement {
    /// Adds this element (and its children) to the model being built.
    func lower(into design: inout Lowering)
}

/// What may appear directly in an `Architecture`.
public protocol ArchitectureContent: DesignElement {}
/// What may appear in a `Zone`.
public protocol ZoneContent: DesignElement {}
/// What may run on a `Server`.
public protocol ServerContent: DesignElement {}
/// What may appear in a `Firewall`: its rules.
public protocol FirewallContent: DesignElement {}
/// A component: runs on a `Server` or stands alone in a `Zone`.
public protocol ComponentContent: ServerContent, ZoneContent {}
