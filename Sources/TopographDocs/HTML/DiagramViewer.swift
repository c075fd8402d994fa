/// The page's diagram viewer: every view inline, each in a frame with zoom buttons, wheel zoom,
/// drag to pan and a link to the full-size file. Inline script and style only: the page works
/// offline and from `file://`, with no CDN.
public struct DiagramFigure: Hashable, Sendable {
    /// Shown above the diagram, e.g. "Overview: everything".
    public var caption: String
    /// The SVG document (Graphviz's output; its prolog is dropped).
    public var svg: String
    /// Link to the full-size file, relative to the page; nil when there is none.
    public var fullSize: String?
    /// The figure's HTML id, e.g. `view-overview`.
    public var id: String

    public init(caption: String, svg: String, fullSize: String?, id: String) {
        self.caption = caption
        self.svg = svg
        self.fullSize = fullSize
        self.id = id
    }
}

enum DiagramViewer {
    static func html(_ figures: [DiagramFigure]) -> String {
        let body = figures.map { figure in
            let link = figure.fullSize.map { "<a class=\"full\" href=\"\(HTMLPage.escape($0))\">full size</a>" } ?? ""
            return """
                <figure class="diagram" id="\(HTMLPage.escape(figure.id))">
                <figcaption><span>\(HTMLPage.escape(figure.caption))</span><span class="tools">\
                <button type="button" data-zoom="in" title="zoom in">+</button>\
                <button type="button" data-zoom="out" title="zoom out">−</button>\
                <button type="button" data-zoom="fit" title="fit">fit</button>\(link)</span></figcaption>
                <div class="viewport">
                \(figure.svg)
                </div>
                </figure>

                """
        }.joined()
        return "<section class=\"views\">\n\(body)</section>\n"
    }

    static let css = """
        figure.diagram { padding: 0; overflow: hidden; }
        figure.diagram figcaption { display: flex; justify-content: space-between; align-items: center; gap: 1rem;
          padding: 0.4rem 0.8rem; background: var(--soft); border-bottom: 1px solid var(--rule); font-weight: 600; }
        figure.diagram .tools { display: flex; gap: 0.3rem; align-items: center; font-weight: 400; }
        figure.diagram button { font: inherit; min-width: 2rem; padding: 0 0.4rem; border: 1px solid var(--rule);
          border-radius: 4px; background: #fff; cursor: pointer; }
        figure.diagram .viewport { height: 70vh; min-height: 15rem; cursor: grab; touch-action: none; }
        figure.diagram .viewport.dragging { cursor: grabbing; }
        figure.diagram .viewport svg { width: 100%; height: 100%; max-width: none; display: block; }
        :target { background: #fff8c5; scroll-margin-top: 1rem; }

        """

    /// Zoom keeps the point under the cursor still; a drag of more than a few pixels pans and
    /// swallows the click that ends it, so links in the diagram still work on a plain click.
    static let script = """
        (function () {
          document.querySelectorAll('figure.diagram').forEach(function (figure) {
            var port = figure.querySelector('.viewport'), svg = port.querySelector('svg');
            if (!svg) return;
            var box = svg.viewBox.baseVal, home = {x: box.x, y: box.y, w: box.width, h: box.height};
            svg.removeAttribute('width'); svg.removeAttribute('height');
            svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
            // As tall as the diagram at the page's width (a wide design leaves no empty band), at
            // most 70% of the window; the stylesheet's 70vh stands when scripts are off.
            function fitHeight() {
              var wanted = port.clientWidth * home.h / home.w;
              port.style.height = Math.max(240, Math.min(wanted, window.innerHeight * 0.7)) + 'px';
            }
            fitHeight();
            window.addEventListener('resize', fitHeight);
            function set(x, y, w, h) { svg.setAttribute('viewBox', [x, y, w, h].join(' ')); }
            function zoom(factor, cx, cy) {
              var w = box.width / factor, h = box.height / factor;
              if (w > home.w * 4 || w < home.w / 40) return;
              set(cx - (cx - box.x) / factor, cy - (cy - box.y) / factor, w, h);
            }
            function point(event) {
              var p = svg.createSVGPoint(); p.x = event.clientX; p.y = event.clientY;
              return p.matrixTransform(svg.getScreenCTM().inverse());
            }
            figure.querySelectorAll('button[data-zoom]').forEach(function (button) {
              button.addEventListener('click', function () {
                var kind = button.getAttribute('data-zoom');
                if (kind === 'fit') { set(home.x, home.y, home.w, home.h); return; }
                zoom(kind === 'in' ? 1.25 : 0.8, box.x + box.width / 2, box.y + box.height / 2);
              });
            });
            port.addEventListener('wheel', function (event) {
              event.preventDefault();
              var p = point(event);
              zoom(event.deltaY < 0 ? 1.15 : 1 / 1.15, p.x, p.y);
            }, {passive: false});
            var drag = null, moved = false;
            port.addEventListener('pointerdown', function (event) {
              if (event.button !== 0) return;
              drag = {x: event.clientX, y: event.clientY, bx: box.x, by: box.y, scale: 1 / svg.getScreenCTM().a}; moved = false;
            });
            port.addEventListener('pointermove', function (event) {
              if (!drag) return;
              var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
              if (!moved && Math.abs(dx) + Math.abs(dy) < 4) return;
              if (!moved) { moved = true; port.setPointerCapture(event.pointerId); port.classList.add('dragging'); }
              set(drag.bx - dx * drag.scale, drag.by - dy * drag.scale, box.width, box.height);
            });
            function end() { drag = null; port.classList.remove('dragging'); }
            port.addEventListener('pointerup', end);
            port.addEventListener('pointercancel', end);
            port.addEventListener('click', function (event) {
              if (moved) { event.preventDefault(); event.stopPropagation(); moved = false; }
            }, true);
          });
        })();

        """
}
