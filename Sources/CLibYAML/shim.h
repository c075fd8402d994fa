// libyaml's event parser, read straight into Topograph's YAML nodes (TopographModelFiles/YAML/Nodes).
#include <yaml.h>
