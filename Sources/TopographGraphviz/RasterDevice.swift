import CGraphviz

/// A Graphviz output device that keeps the pixels cairo drew instead of encoding them.
///
/// Graphviz's own `png:cairo` device hands the surface to libpng with its default settings, and
/// libpng's adaptive row filtering plus zlib level 6 cost about three quarters of `topograph
/// generate` on the reference model (callgrind). This device uses the same cairo renderer, so
/// the pixels are exactly those `dot -Tpng` draws; `PNGEncoder` then writes them with settings
/// that suit flat diagram colours.
///
/// How it plugs in: a device with an engine makes the cairo renderer draw onto an image surface and
/// leave its pixels in `job->imagedata` at the end of the page, then calls the engine's `format`
/// (the way Graphviz's own gdk and gd devices work). `format` copies them out.
enum RasterDevice {
    /// The name to pass to `gvRenderData`; the part after the colon selects the cairo renderer.
    static let format = "topograph-rgba:cairo"

    /// Takes the last page rendered, as PNG scanlines, or nil when nothing was drawn. Call under the lock.
    static func takeImage() -> PNGScanlines? {
        defer { captured = nil }
        return captured
    }

    nonisolated(unsafe) private static var captured: PNGScanlines?

    /// Called by Graphviz (under `Graphviz.lock`) once the page is drawn.
    private static func capture(_ job: UnsafeMutablePointer<GVJ_t>?) {
        guard let job, let data = job.pointee.imagedata else { return }
        let width = Int(job.pointee.width)
        let height = Int(job.pointee.height)
        // cairo's ARGB32 rows are exactly width * 4 bytes: its stride alignment is 4 bytes.
        // Converted here, before cairo frees the surface: no copy of the pixels is kept.
        let pixels = UnsafeRawPointer(data).assumingMemoryBound(to: UInt32.self)
        captured = PNGScanlines(
            premultipliedARGB: UnsafeBufferPointer(start: pixels, count: width * height), width: width, height: height)
    }

    /// The plugin library `LibGVC` adds to a context. Graphviz keeps pointers into it: it lives forever.
    nonisolated(unsafe) static let library: UnsafeMutablePointer<gvplugin_library_t> = {
        let features = UnsafeMutablePointer<gvdevice_features_t>.allocate(capacity: 1)
        // As Graphviz's png:cairo device: binary, true colour, no margin, 96 dpi by default.
        features.initialize(
            to: gvdevice_features_t(
                flags: GVDEVICE_BINARY_FORMAT | GVDEVICE_DOES_TRUECOLOR,
                default_margin: pointf(x: 0, y: 0), default_pagesize: pointf(x: 0, y: 0),
                default_dpi: pointf(x: 96, y: 96)))
        let engine = UnsafeMutablePointer<gvdevice_engine_t>.allocate(capacity: 1)
        engine.initialize(to: gvdevice_engine_t(initialize: nil, format: { RasterDevice.capture($0) }, finalize: nil))

        let types = UnsafeMutablePointer<gvplugin_installed_t>.allocate(capacity: 2)
        types[0] = gvplugin_installed_t(id: 0, type: strdup(format), quality: 1, engine: engine, features: features)
        types[1] = gvplugin_installed_t(id: 0, type: nil, quality: 0, engine: nil, features: nil)
        let apis = UnsafeMutablePointer<gvplugin_api_t>.allocate(capacity: 2)
        apis[0] = gvplugin_api_t(api: API_device, types: types)
        apis[1] = gvplugin_api_t(api: API_device, types: nil)
        let library = UnsafeMutablePointer<gvplugin_library_t>.allocate(capacity: 1)
        library.initialize(to: gvplugin_library_t(packagename: strdup("topograph"), apis: apis))
        return library
    }()
}
