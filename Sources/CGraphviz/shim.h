#include <graphviz/gvc.h>
// Device plugin types: Topograph registers its own raster device (TopographGraphviz/RasterDevice.swift).
#include <graphviz/gvplugin.h>
#include <graphviz/gvplugin_device.h>
