/// The inline script that reloads a preview page when the site changes: it long-polls
/// `/__topograph/changes?since=<version>`, which answers as soon as a newer site is published (or
/// after a while with the same version, to keep connections short). The scroll position survives
/// the reload. Inline and without dependencies: the preview works offline.
enum ReloadScript {
    static let endpoint = "/__topograph/changes"

    static func script(version: Int) -> String {
        """
        <script>
        (function () {
          var key = "topograph-scroll:" + location.pathname;
          var saved = sessionStorage.getItem(key);
          if (saved !== null) { sessionStorage.removeItem(key); window.scrollTo(0, Number(saved)); }
          var version = "\(version)";
          function poll(delay) {
            setTimeout(function () {
              fetch("\(endpoint)?since=" + version, {cache: "no-store"})
                .then(function (response) { return response.text(); })
                .then(function (text) {
                  if (text !== version) {
                    sessionStorage.setItem(key, String(window.scrollY));
                    location.reload();
                    return;
                  }
                  document.documentElement.removeAttribute("data-preview-offline");
                  poll(0);
                })
                .catch(function () {
                  // The server stopped or restarts: try again, quietly.
                  document.documentElement.setAttribute("data-preview-offline", "");
                  poll(1000);
                });
            }, delay);
          }
          poll(0);
        })();
        </script>

        """
    }

    /// `html` with the script before its closing body tag (or at the end).
    static func added(to html: String, version: Int) -> String {
        let script = script(version: version)
        guard let range = html.range(of: "</body>", options: .backwards) else { return html + script }
        return html.replacingCharacters(in: range, with: script + "</body>")
    }
}
