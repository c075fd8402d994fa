/// The page's stylesheet: readable measure, system fonts, tables and code that hold up in print.
enum PageStyle {
    static let css = """
        :root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --rule: #d1d9e0; --soft: #f6f8fa; --accent: #0969da; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #fff;
          font: 16px/1.6 -apple-system, BlinkMacSystemFont, "Segoe UI", "DejaVu Sans", Helvetica, Arial, sans-serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
        h1, h2, h3, h4 { line-height: 1.25; margin: 2rem 0 0.75rem; }
        h1 { font-size: 2rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.3em; margin-top: 0; }
        h2 { font-size: 1.5rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.3em; }
        h3 { font-size: 1.2rem; }
        h4 { font-size: 1rem; }
        p, ul, ol, table, blockquote, figure { margin: 0 0 1rem; }
        li + li { margin-top: 0.25rem; }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        code { font: 0.875em/1.4 "DejaVu Sans Mono", SFMono-Regular, Menlo, Consolas, monospace;
          background: var(--soft); border-radius: 4px; padding: 0.1em 0.35em; }
        pre { background: var(--soft); padding: 1rem; overflow: auto; border-radius: 6px; }
        pre code { padding: 0; background: none; }
        blockquote { color: var(--muted); border-left: 0.25em solid var(--rule); padding: 0 1em; }
        table { border-collapse: collapse; display: block; overflow-x: auto; font-size: 0.9rem; }
        th, td { border: 1px solid var(--rule); padding: 0.35rem 0.7rem; text-align: left; vertical-align: top; }
        th { background: var(--soft); }
        tr:nth-child(2n) td { background: #fbfcfd; }
        img, svg { max-width: 100%; height: auto; }
        figure.diagram { border: 1px solid var(--rule); border-radius: 6px; padding: 1rem; overflow-x: auto; }
        @media print { main { max-width: none; padding: 0; } a { color: inherit; } }

        """
}
