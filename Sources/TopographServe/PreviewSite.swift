import Foundation

/// Everything the preview serves at one moment, in memory: paths to bytes.
public struct PreviewSite: Sendable {
    /// One response body and how to describe it.
    public struct Resource: Sendable {
        public var contentType: String
        public var body: Data
        /// 200 for the design; 500 for the page that shows a model error in its place.
        public var status: Int

        public init(contentType: String, body: Data, status: Int = 200) {
            self.contentType = contentType
            self.body = body
            self.status = status
        }

        /// An HTML page; the server adds the reload script when it publishes the site.
        public static func page(_ html: String, status: Int = 200) -> Resource {
            Resource(contentType: Self.html, body: Data(html.utf8), status: status)
        }

        static let html = "text/html; charset=utf-8"

        public static func svg(_ data: Data) -> Resource { Resource(contentType: "image/svg+xml", body: data) }
    }

    /// Resources by absolute path ("/" is the page).
    public var resources: [String: Resource]

    public init(resources: [String: Resource]) { self.resources = resources }

    /// The site as published as `version`: each page reloads itself when a later version appears.
    func reloading(version: Int) -> PreviewSite {
        var site = self
        for (path, resource) in resources where resource.contentType == Resource.html {
            let html = String(decoding: resource.body, as: UTF8.self)
            site.resources[path]?.body = Data(ReloadScript.added(to: html, version: version).utf8)
        }
        return site
    }
}
