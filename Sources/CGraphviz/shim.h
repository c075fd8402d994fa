#include <graphviz/gvc.h>
// Device plugin types: Topograph registers its own raster device (TopographGraphviz/RasterDevice.swift).
#include <graphviz/gvplugin.h>
#include <graphviz/gvplugin_device.h>

// Graphviz 2.43's dot layout grows a rank's node array (`v`, with realloc) when it adds the node
// that carries a flat edge's label, but leaves the rank's `av` pointing at the old block, which
// gvFreeLayout then frees a second time: a double free that aborts the process or corrupts the
// heap, depending on what else the process allocated (later Graphviz updates both pointers).
// Called on the root graph after layout, before gvFreeLayout: the root's `av` is always its `v`.
static inline void topograph_repair_rank_arrays(Agraph_t *g) {
    if (!g || !GD_rank(g)) return;
    for (int r = GD_minrank(g); r <= GD_maxrank(g); r++) {
        if (GD_rank(g)[r].av != GD_rank(g)[r].v) GD_rank(g)[r].av = GD_rank(g)[r].v;
    }
}
